/**
 * The indicator engine's promise (issue 7): aggregates kept up to date incrementally equal a full
 * recomputation from the records, after any sequence of inserts, updates and deletes on the tables
 * that feed the indicators — whichever path writes them (here: plain SQL through Drizzle, so only
 * the triggers can know). Runs on PGlite and, with DATABASE_URL, on PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { buildUscc, todayCst } from '@ohnet/domain';
import { assessmentPoints, assessmentReports } from '../assessments/assessments.table.ts';
import { declarations } from '../declarations/declarations.table.ts';
import { employerProfiles, postHazards, posts } from '../employers/employers.table.ts';
import { examInstitutionFilings, healthExamConclusions, healthExams } from '../exams/exams.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { doseRecords } from '../radiation/radiation.table.ts';
import { employments, workers } from '../workers/workers.table.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';

/** Small deterministic PRNG (mulberry32) so a failing sequence can be replayed from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T, chance: (p: number) => next() < p };
}

const REGIONS = ['440781106', '440781101', '440781', '440783', '440783102', '440703'];
const CATEGORIES = ['dust', 'chemical', 'physical', 'radioactive'] as const;

describe('indicator engine: incremental aggregates = full recomputation', () => {
  let t: TestApp;
  let county: Session;
  const today = todayCst();
  const year = Number(today.slice(0, 4));
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

  before(async () => {
    t = await createTestApp();
    county = await t.login('ts.weijian');
  });
  after(() => t.close());

  async function all<T>(q: ReturnType<typeof sql>): Promise<T[]> {
    const res = await t.db.execute(q);
    return (Array.isArray(res) ? res : ((res as { rows?: T[] }).rows ?? [])) as T[];
  }
  const ids = async (q: ReturnType<typeof sql>) => (await all<{ id: string }>(q)).map((x) => x.id);

  for (const seed of [7, 2026]) {
    it(`stays exact through a random sequence of 160 writes (seed ${seed}), drained at random points`, async () => {
      const r = prng(seed);
      await t.indicatorEngine.drain(t.db);
      let serial = 0;
      const uniq = () => `${seed}-${++serial}`;
      // A pool of workers and two exam institutions (one public), written directly.
      const workerIds: string[] = [];
      for (let i = 0; i < 12; i++) {
        const [w] = await t.db
          .insert(workers)
          .values({ idNumberEnc: `enc-${uniq()}`, idNumberBidx: `bidx-${uniq()}`, idNumberMasked: '4407**********0000', name: `测试工人${i}`, sex: i % 2 ? 'male' : 'female', birthDate: '1985-01-01' })
          .returning({ id: workers.id });
        workerIds.push(w!.id);
      }
      const institutions: string[] = [];
      for (const isPublic of [true, false]) {
        const [o] = await t.db.insert(organisations).values({ type: 'exam_institution', name: `体检机构${uniq()}`, regionCode: '440703' }).returning({ id: organisations.id });
        await t.db.insert(examInstitutionFilings).values({ institutionId: o!.id, regionCode: '440703', filingNumber: `BA-${uniq()}`, hazardCategories: ['dust'], isPublic, filedOn: daysAgo(400) });
        institutions.push(o!.id);
      }
      const [tech] = await t.db.insert(organisations).values({ type: 'tech_service_institution', name: `技术服务${uniq()}`, regionCode: '440703' }).returning({ id: organisations.id });

      const ops: Record<string, () => Promise<void>> = {
        async newEmployer() {
          const region = r.pick(REGIONS);
          const [o] = await t.db
            .insert(organisations)
            .values({ type: 'employer', name: `随机企业${uniq()}`, uscc: buildUscc('9', '1', region.slice(0, 6), String(60_000_000 + seed * 1000 + serial)), regionCode: region })
            .returning({ id: organisations.id });
          const industry = r.pick(['C3391', 'C3032', 'E4700', 'B0610', 'Q8411']);
          await t.db.insert(employerProfiles).values({ employerId: o!.id, regionCode: region, industryCode: industry, industrySection: industry.charAt(0), staffCount: 30 });
          const [p] = await t.db.insert(posts).values({ employerId: o!.id, regionCode: region, name: '岗位' }).returning({ id: posts.id });
          const radiation = r.chance(0.3);
          await t.db.insert(postHazards).values({ employerId: o!.id, postId: p!.id, factorId: radiation ? 'radioactive-1' : 'physical-1', factorName: radiation ? 'X射线' : '噪声', category: radiation ? '放射性因素' : '物理因素', exposedCount: 4 });
        },
        async declare() {
          const [e] = await ids(sql`select id from organisations where type = 'employer' order by random() limit 1`);
          if (!e) return;
          const [o] = await t.db.select({ regionCode: organisations.regionCode }).from(organisations).where(eq(organisations.id, e));
          await t.db.insert(declarations).values({ employerId: e, regionCode: o!.regionCode, kind: 'initial', state: r.chance(0.8) ? 'accepted' : 'submitted', year, content: {}, acceptedAt: new Date(Date.now() - r.int(600) * 86_400_000) });
        },
        async deleteDeclaration() {
          const [d] = await ids(sql`select id from declarations order by random() limit 1`);
          if (d) await t.db.execute(sql`delete from declaration_events where declaration_id = ${d}`).catch(() => undefined);
          if (d) await t.db.delete(declarations).where(eq(declarations.id, d)).catch(() => undefined);
        },
        async toggleActive() {
          await t.db.execute(sql`update organisations set is_active = not is_active, updated_at = now() where id = (select id from organisations where type = 'employer' and name like '随机企业%' order by random() limit 1)`);
        },
        async moveEmployer() {
          await t.db.execute(sql`update organisations set region_code = ${r.pick(REGIONS)} where id = (select id from organisations where type = 'employer' and name like '随机企业%' order by random() limit 1)`);
        },
        async exposure() {
          await t.db.execute(sql`update post_hazards set exposed_count = ${r.pick([0, 3])} where (employer_id, post_id) = (select employer_id, post_id from post_hazards order by random() limit 1)`);
        },
        async employ() {
          const [post] = await all<{ employer_id: string; id: string; region_code: string }>(sql`select employer_id, id, region_code from posts where name = '岗位' order by random() limit 1`);
          if (!post) return;
          await t.db.insert(employments).values({ employerId: post.employer_id, regionCode: post.region_code, workerId: r.pick(workerIds), postId: post.id, startDate: daysAgo(30 + r.int(1500)), endDate: r.chance(0.2) ? daysAgo(r.int(30)) : null });
        },
        async endEmployment() {
          await t.db.execute(sql`update employments set end_date = ${daysAgo(r.int(400))} where (employer_id, id) = (select employer_id, id from employments where worker_id in (${sql.join(workerIds.map((w) => sql`${w}::uuid`), sql`, `)}) order by random() limit 1)`);
        },
        async exam() {
          const [e] = await all<{ employer_id: string; worker_id: string; region_code: string }>(
            sql`select employer_id, worker_id, region_code from employments where worker_id in (${sql.join(workerIds.map((w) => sql`${w}::uuid`), sql`, `)}) order by random() limit 1`,
          );
          if (!e) return;
          const [x] = await t.db
            .insert(healthExams)
            .values({
              institutionId: r.pick(institutions),
              employerId: e.employer_id,
              regionCode: e.region_code,
              workerId: e.worker_id,
              examNumber: `EX-${uniq()}`,
              examType: r.pick(['periodic', 'pre_employment', 'exit'] as const),
              examDate: daysAgo(r.int(900)),
              hazardFactors: ['噪声'],
              items: {},
              checks: { incomplete: [], findings: [] } as never,
              isComplete: true,
              flagCodes: [],
              contentHash: `h-${uniq()}`,
            })
            .returning({ id: healthExams.id });
          for (let k = 0; k < 1 + r.int(2); k++) {
            await t.db.insert(healthExamConclusions).values({ examId: x!.id, hazardFactor: '噪声', category: r.pick(CATEGORIES), conclusion: r.chance(0.3) ? 'suspected_od' : 'no_abnormality' });
          }
        },
        async deleteExam() {
          await t.db.execute(sql`delete from health_exams where id = (select id from health_exams where exam_number like ${`EX-${seed}-%`} order by random() limit 1)`);
        },
        async changeConclusion() {
          await t.db.execute(sql`update health_exam_conclusions set conclusion = ${r.pick(['suspected_od', 'no_abnormality', 'contraindication'])} where id = (select c.id from health_exam_conclusions c join health_exams x on x.id = c.exam_id where x.exam_number like ${`EX-${seed}-%`} order by random() limit 1)`);
        },
        async report() {
          const [e] = await ids(sql`select id from organisations where type = 'employer' order by random() limit 1`);
          if (!e) return;
          const [o] = await t.db.select({ regionCode: organisations.regionCode }).from(organisations).where(eq(organisations.id, e));
          const sampling = daysAgo(r.int(900));
          const [rep] = await t.db
            .insert(assessmentReports)
            .values({ employerId: e, regionCode: o!.regionCode, institutionId: tech!.id, qualificationId: tech!.id, kind: r.chance(0.8) ? 'periodic_test' : 'status_eval', reportNumber: `R-${uniq()}`, version: 1, samplingStartDate: sampling, samplingEndDate: sampling, reportDate: sampling, conclusion: '见报告', pointCount: 3, exceedingCount: 0, compliantCount: 3, source: 'batch' })
            .returning({ id: assessmentReports.id });
          for (let k = 1; k <= 3; k++) {
            await t.db.insert(assessmentPoints).values({
              employerId: e,
              reportId: rep!.id,
              regionCode: o!.regionCode,
              institutionId: tech!.id,
              seq: k,
              postName: '岗位',
              hazardFactor: '噪声',
              factor: '噪声',
              category: r.pick(CATEGORIES),
              measurementType: 'noise',
              samplingDate: sampling,
              measurement: {},
              verdict: r.pick(['compliant', 'compliant', 'exceeding', 'not_judgeable']),
              judgement: {} as never,
              citation: 'GBZ 2.2-2007',
              ruleEdition: 'test',
              verified: false,
            });
          }
        },
        async supersedeReport() {
          await t.db.execute(sql`update assessment_reports set is_current = not is_current where (employer_id, id) = (select employer_id, id from assessment_reports where report_number like ${`R-${seed}-%`} order by random() limit 1)`);
        },
        async flipVerdict() {
          await t.db.execute(sql`update assessment_points set verdict = case when verdict = 'compliant' then 'exceeding' else 'compliant' end where (employer_id, id) = (select p.employer_id, p.id from assessment_points p join assessment_reports r on r.id = p.report_id where r.report_number like ${`R-${seed}-%`} order by random() limit 1)`);
        },
        async dose() {
          const [e] = await all<{ employer_id: string; worker_id: string; region_code: string }>(sql`select e.employer_id, e.worker_id, e.region_code from employments e join post_hazards ph on ph.employer_id = e.employer_id and ph.post_id = e.post_id
            where ph.category = '放射性因素' and e.worker_id in (${sql.join(workerIds.map((w) => sql`${w}::uuid`), sql`, `)}) order by random() limit 1`);
          if (!e) return;
          const start = daysAgo(90 + r.int(800));
          await t.db.insert(doseRecords).values({
            employerId: e.employer_id,
            regionCode: e.region_code,
            institutionId: tech!.id,
            workerId: e.worker_id,
            occupationCategory: r.pick(['2A', '3A', null]),
            periodStart: start,
            periodEnd: new Date(Date.parse(start) + 89 * 86_400_000).toISOString().slice(0, 10),
            hp10Msv: 0.2,
            overInvestigationLevel: false,
            flags: { investigation: { levelMsv: 1.25, exceeded: false, citation: 'GBZ 128', verified: false }, warnings: [] },
          });
        },
        async supersedeDose() {
          await t.db.execute(sql`update dose_records set superseded_at = now() where (employer_id, id) = (select employer_id, id from dose_records where institution_id = ${tech!.id} and superseded_at is null order by random() limit 1)`);
        },
        async institution() {
          await t.db.execute(sql`update exam_institution_filings set is_public = not is_public where institution_id = ${r.pick(institutions)}`);
        },
        async moveInstitution() {
          await t.db.execute(sql`update organisations set region_code = ${r.pick(['440703', '440781', '440783'])} where id = ${r.pick(institutions)}`);
        },
        async drainSome() {
          await t.indicatorEngine.drain(t.db, { batch: 1 + r.int(4), maxRounds: 1 });
        },
      };
      const names = Object.keys(ops);
      // Employers first, so later writes have something to touch.
      for (let i = 0; i < 6; i++) await ops.newEmployer!();
      for (let i = 0; i < 160; i++) {
        const name = i % 10 === 9 ? 'drainSome' : r.pick(names);
        await ops[name]!();
      }
      const result = await t.indicatorEngine.check(t.db);
      assert.deepEqual(result.differences.slice(0, 10), [], `seed ${seed}: ${result.differences.length} differences`);
      assert.ok(result.ok);
      assert.ok(result.facts > 50, `expected a meaningful number of facts, got ${result.facts}`);
    });
  }

  it('a full recomputation gives the same aggregates as the incremental ones', async () => {
    await t.indicatorEngine.drain(t.db);
    const snapshot = async () => {
      const res = await t.db.execute(sql`select indicator_id, period, category, region_code, num, den, facts from indicator_aggregates order by 1, 2, 3, 4`);
      return JSON.stringify(Array.isArray(res) ? res : (res as { rows: unknown[] }).rows);
    };
    // A medical radiology unit with one radiation worker and a radiation exam, so the radiology
    // exam rate surely has facts (the random sequences may not build one).
    const [hospital] = await t.db.insert(organisations).values({ type: 'employer', name: '放射诊疗测试医院', uscc: buildUscc('1', '2', '440781', '66000001'), regionCode: '440781101' }).returning({ id: organisations.id });
    await t.db.insert(employerProfiles).values({ employerId: hospital!.id, regionCode: '440781101', industryCode: 'Q8411', industrySection: 'Q', staffCount: 300 });
    const [xray] = await t.db.insert(posts).values({ employerId: hospital!.id, regionCode: '440781101', name: '放射科' }).returning({ id: posts.id });
    await t.db.insert(postHazards).values({ employerId: hospital!.id, postId: xray!.id, factorId: 'radioactive-3', factorName: 'X射线', category: '放射性因素', exposedCount: 3 });
    const [radiographer] = await t.db.insert(workers).values({ idNumberEnc: 'enc-radiographer', idNumberBidx: 'bidx-radiographer', idNumberMasked: '4407**********0001', name: '放射技师', sex: 'female', birthDate: '1990-01-01' }).returning({ id: workers.id });
    await t.db.insert(employments).values({ employerId: hospital!.id, regionCode: '440781101', workerId: radiographer!.id, postId: xray!.id, startDate: daysAgo(800) });
    const [inst] = await t.db.insert(organisations).values({ type: 'exam_institution', name: '放射体检测试机构', regionCode: '440781' }).returning({ id: organisations.id });
    const [exam] = await t.db
      .insert(healthExams)
      .values({ institutionId: inst!.id, employerId: hospital!.id, regionCode: '440781101', workerId: radiographer!.id, examNumber: 'RAD-1', examType: 'periodic', examDate: daysAgo(100), hazardFactors: ['电离辐射'], items: {}, checks: { incomplete: [], findings: [] } as never, isComplete: true, flagCodes: [], contentHash: 'rad-1' })
      .returning({ id: healthExams.id });
    await t.db.insert(healthExamConclusions).values({ examId: exam!.id, hazardFactor: '电离辐射', category: 'radioactive', conclusion: 'no_abnormality' });
    await t.indicatorEngine.drain(t.db);
    // The sequences above (and the unit just made) gave every computed indicator facts to compare.
    const got = new Set((await all<{ indicator_id: string }>(sql`select distinct indicator_id from indicator_facts`)).map((x) => x.indicator_id));
    for (const p of t.indicatorEngine.providers) assert.ok(got.has(p.indicatorId), `${p.indicatorId} has no facts`);
    const incremental = await snapshot();
    await t.indicatorEngine.recomputeAll(t.db);
    assert.equal(await snapshot(), incremental);
  });

  it('a write is visible in the next read of the values API (no rebuild)', async () => {
    const url = `/api/v1/indicators/values?regionCode=440781&year=${year}`;
    const before = (await t.request(county, { method: 'GET', url })).json().items.find((i: { indicatorId: string }) => i.indicatorId === 'industrial_employer_declaration_rate');
    const [o] = await t.db.insert(organisations).values({ type: 'employer', name: '新登记铸造厂', uscc: buildUscc('9', '1', '440781', '88000001'), regionCode: '440781106' }).returning({ id: organisations.id });
    await t.db.insert(employerProfiles).values({ employerId: o!.id, regionCode: '440781106', industryCode: 'C3391', industrySection: 'C', staffCount: 20 });
    const [p] = await t.db.insert(posts).values({ employerId: o!.id, regionCode: '440781106', name: '浇注' }).returning({ id: posts.id });
    await t.db.insert(postHazards).values({ employerId: o!.id, postId: p!.id, factorId: 'dust-1', factorName: '矽尘', category: '粉尘', exposedCount: 3 });
    const afterRes = (await t.request(county, { method: 'GET', url })).json().items.find((i: { indicatorId: string }) => i.indicatorId === 'industrial_employer_declaration_rate');
    assert.equal(afterRes.denominator, before.denominator + 1);
    assert.equal(afterRes.numerator, before.numerator);
    await t.db.insert(declarations).values({ employerId: o!.id, regionCode: '440781106', kind: 'initial', state: 'accepted', year, content: {}, acceptedAt: new Date() });
    const declared = (await t.request(county, { method: 'GET', url })).json().items.find((i: { indicatorId: string }) => i.indicatorId === 'industrial_employer_declaration_rate');
    assert.equal(declared.numerator, before.numerator + 1);
  });

  it('agrees with the declaration-rate and monitoring-pass-rate endpoints of their modules', async () => {
    const city = await t.login('jm.weijian');
    for (const regionCode of ['440781', '440783', '440700']) {
      const values = (await t.request(city, { method: 'GET', url: `/api/v1/indicators/values?regionCode=${regionCode}&year=${year}` })).json();
      const find = (id: string) => values.items.find((i: { indicatorId: string }) => i.indicatorId === id);
      const decl = (await t.request(city, { method: 'GET', url: `/api/v1/indicators/declaration-rate?regionCode=${regionCode}&year=${year}` })).json();
      assert.equal(find('industrial_employer_declaration_rate').numerator, decl.numerator, `${regionCode} declaration numerator`);
      assert.equal(find('industrial_employer_declaration_rate').denominator, decl.denominator, `${regionCode} declaration denominator`);
      const pass = (await t.request(city, { method: 'GET', url: `/api/v1/indicators/monitoring-pass-rate?regionCode=${regionCode}&year=${year}` })).json();
      assert.equal(find('workplace_hazard_monitoring_pass_rate').numerator, pass.numerator, `${regionCode} pass-rate numerator`);
      assert.equal(find('workplace_hazard_monitoring_pass_rate').denominator, pass.denominator, `${regionCode} pass-rate denominator`);
    }
  });
});
