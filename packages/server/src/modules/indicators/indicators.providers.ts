import { type SQL, sql } from 'drizzle-orm';
import {
  DECLARATION_RATE_DEFINITION,
  type DeclarationFilingKind,
  type DeclarationState,
  classifyRadiationWorker,
  declarationRateContribution,
  doseMonitoringRate,
  radiationExamRate,
  type RadiationExamType,
  isCountyCode,
  maskName,
} from '@ohnet/domain';
import { type Db, queryRows } from '../../db/client.ts';
import { type DrillRecord, type Fact, type IndicatorProvider, evaluationDate } from './indicators.engine.ts';

/**
 * The computed indicators (issue 7), one provider each, reading the records of the modules that
 * feed them. Every provider's facts for an employer depend only on rows carrying that employer's id,
 * which is what lets the engine recompute one employer at a time and stay exact. Where that makes a
 * definition differ from a module's on-the-fly endpoint it is said below and in docs/INDICATORS.md.
 */


const inList = (ids: readonly string[]): SQL => sql`(${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`;
const uuidList = (ids: readonly string[]): SQL => sql`(${sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `)})`;
const isoDay = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

async function allEmployers(db: Db): Promise<string[]> {
  return (await queryRows<{ id: string }>(db, sql`select id from organisations where type = 'employer'`)).map((r) => r.id);
}

async function employerLabels(db: Db, ids: readonly string[]): Promise<Map<string, { name: string; regionCode: string }>> {
  if (ids.length === 0) return new Map();
  const list = await queryRows<{ id: string; name: string; region_code: string }>(db, sql`select id, name, region_code from organisations where id in ${uuidList(ids)}`);
  return new Map(list.map((r) => [r.id, { name: r.name, regionCode: r.region_code }]));
}

/** Drill-through rows for `employerId:workerId` subjects: the worker's name masked. */
async function describeEmployments(db: Db, keys: readonly string[]): Promise<DrillRecord[]> {
  const pairs = keys.map((k) => k.split(':') as [string, string]);
  const workerIds = [...new Set(pairs.map((p) => p[1]))];
  const employers = await employerLabels(db, [...new Set(pairs.map((p) => p[0]))]);
  const workers = workerIds.length
    ? new Map((await queryRows<{ id: string; name: string; id_number_masked: string }>(db, sql`select id, name, id_number_masked from workers where id in ${uuidList(workerIds)}`)).map((w) => [w.id, w]))
    : new Map<string, { id: string; name: string; id_number_masked: string }>();
  return pairs.map(([employerId, workerId]) => {
    const w = workers.get(workerId);
    const e = employers.get(employerId);
    return {
      subjectKey: `${employerId}:${workerId}`,
      label: w ? maskName(w.name) : workerId,
      detail: w?.id_number_masked ?? null,
      employerId,
      employerName: e?.name ?? null,
      regionCode: e?.regionCode ?? '',
      href: `/workers/${workerId}/archive`,
    };
  });
}

// ---------------------------------------------------------------- 申报率

/** 工业企业职业病危害项目申报率 (declarations/declaration-rate.ts, `declarationRateContribution`). */
export const declarationRateProvider: IndicatorProvider = {
  indicatorId: DECLARATION_RATE_DEFINITION.id,
  groupKind: 'employer',
  categorised: false,
  async facts(db, ids, years, today) {
    const employers = await queryRows<{ id: string; region_code: string; is_active: boolean; created_at: unknown; updated_at: unknown; industry_code: string | null; has_hazards: boolean }>(db, sql`select o.id, o.region_code, o.is_active, o.created_at, o.updated_at, p.industry_code,
          exists (select 1 from post_hazards ph join posts po on po.employer_id = ph.employer_id and po.id = ph.post_id
                  where po.employer_id = o.id and po.is_active and ph.exposed_count > 0) as has_hazards
        from organisations o left join employer_profiles p on p.employer_id = o.id
        where o.type = 'employer' and o.id in ${uuidList(ids)}`);
    const decls = await queryRows<{ employer_id: string; kind: DeclarationFilingKind; state: DeclarationState; accepted_at: unknown }>(db, sql`select employer_id, kind, state, accepted_at from declarations where employer_id in ${uuidList(ids)}`);
    const out: Fact[] = [];
    for (const e of employers) {
      const row = {
        employerId: e.id,
        regionCode: e.region_code,
        industryCode: e.industry_code ?? '',
        hasHazards: Boolean(e.has_hazards),
        activeFrom: isoDay(e.created_at),
        // Deactivation is the closest record of an employer ceasing business (as the module's endpoint).
        activeTo: e.is_active ? null : isoDay(e.updated_at),
        declarations: decls
          .filter((d) => d.employer_id === e.id)
          .map((d) => ({ kind: d.kind, state: d.state, acceptedAt: d.accepted_at === null ? null : d.accepted_at instanceof Date ? d.accepted_at.toISOString() : String(d.accepted_at) })),
      };
      for (const y of years) {
        const c = declarationRateContribution(row, `${y}-01-01`, evaluationDate(y, today));
        if (c.inDenominator) out.push({ indicatorId: DECLARATION_RATE_DEFINITION.id, period: String(y), category: '', subjectKey: e.id, regionCode: e.region_code, employerId: e.id, num: c.inNumerator ? 1 : 0, den: 1 });
      }
    }
    return out;
  },
  allGroups: allEmployers,
  async describe(db, keys) {
    const labels = await employerLabels(db, keys);
    return keys.map((k) => ({ subjectKey: k, label: labels.get(k)?.name ?? k, detail: null, employerId: k, employerName: labels.get(k)?.name ?? null, regionCode: labels.get(k)?.regionCode ?? '', href: `/employers/${k}` }));
  },
};

// ---------------------------------------------------------------- 监测合格率

const VERDICT_ZH: Record<string, string> = { compliant: '合格', exceeding: '超标', not_judgeable: '无法判定' };

/**
 * 工作场所职业病危害因素监测合格率 (assessments/monitoring-pass-rate.ts): points of current periodic
 * tests by sampling year; compliant 1/1, exceeding 0/1, not judgeable left out. Also per category.
 */
export const monitoringPassRateProvider: IndicatorProvider = {
  indicatorId: 'workplace_hazard_monitoring_pass_rate',
  groupKind: 'employer',
  categorised: true,
  async facts(db, ids, years, today) {
    const first = `${years[0]}-01-01`;
    const last = evaluationDate(years.at(-1) as number, today);
    const points = await queryRows<{ id: string; employer_id: string; region_code: string; sampling_date: unknown; category: string; verdict: string }>(db, sql`select p.id, p.employer_id, p.region_code, p.sampling_date, p.category, p.verdict
        from assessment_points p join assessment_reports r on r.employer_id = p.employer_id and r.id = p.report_id
        where p.employer_id in ${uuidList(ids)} and r.kind = 'periodic_test' and r.is_current
          and p.sampling_date between ${first} and ${last} and p.verdict in ('compliant', 'exceeding')`);
    const out: Fact[] = [];
    for (const p of points) {
      const num = p.verdict === 'compliant' ? 1 : 0;
      const base = { indicatorId: 'workplace_hazard_monitoring_pass_rate', period: isoDay(p.sampling_date).slice(0, 4), subjectKey: p.id, regionCode: p.region_code, employerId: p.employer_id, num, den: 1 } as const;
      out.push({ ...base, category: '' }, { ...base, category: p.category });
    }
    return out;
  },
  allGroups: allEmployers,
  async describe(db, keys) {
    if (keys.length === 0) return [];
    const list = await queryRows<{ id: string; employer_id: string; employer_name: string; region_code: string; report_id: string; report_number: string; post_name: string; factor: string; sampling_date: unknown; verdict: string }>(db, sql`select p.id, p.employer_id, o.name as employer_name, p.region_code, p.report_id, r.report_number, p.post_name, p.factor, p.sampling_date, p.verdict
        from assessment_points p join assessment_reports r on r.employer_id = p.employer_id and r.id = p.report_id join organisations o on o.id = p.employer_id
        where p.id in ${uuidList(keys)}`);
    return list.map((p) => ({
      subjectKey: p.id,
      label: `${p.post_name} · ${p.factor}`,
      detail: `${p.report_number} · ${isoDay(p.sampling_date)} · ${VERDICT_ZH[p.verdict] ?? p.verdict}`,
      employerId: p.employer_id,
      employerName: p.employer_name,
      regionCode: p.region_code,
      href: `/assessments/${p.report_id}`,
    }));
  },
};

// ---------------------------------------------------------------- radiation workers (two indicators)

interface RadiationEpisode extends Record<string, unknown> {
  worker_id: string;
  employer_id: string;
  region_code: string;
  start_date: unknown;
  end_date: unknown;
  section: string | null;
}

/** Employment episodes of these employers on a post with an ionising-radiation factor (放射性因素), with the employer's industry section. */
function radiationEpisodes(db: Db, ids: readonly string[]): Promise<RadiationEpisode[]> {
  return queryRows<RadiationEpisode>(db, sql`select e.worker_id, e.employer_id, e.region_code, e.start_date, e.end_date, p.industry_section as section
    from employments e left join employer_profiles p on p.employer_id = e.employer_id
    where e.employer_id in ${uuidList(ids)} and exists (select 1 from post_hazards ph where ph.employer_id = e.employer_id and ph.post_id = e.post_id
      and (ph.factor_id like 'radioactive-%' or ph.category = '放射性因素'))`);
}

/** Episodes grouped by employment (`employerId:workerId`). */
function byKey(episodes: readonly RadiationEpisode[]): Map<string, RadiationEpisode[]> {
  const out = new Map<string, RadiationEpisode[]>();
  for (const e of episodes) out.set(`${e.employer_id}:${e.worker_id}`, [...(out.get(`${e.employer_id}:${e.worker_id}`) ?? []), e]);
  return out;
}

// ---------------------------------------------------------------- 个人剂量监测率

/**
 * 非医疗放射工作人员个人剂量监测率 (radiation/radiation-indicators.ts `doseMonitoringRate`), counted
 * per employment (worker × employer) with the dose records filed for that employer.
 */
export const doseMonitoringRateProvider: IndicatorProvider = {
  indicatorId: 'non_medical_radiation_worker_dose_monitoring_rate',
  groupKind: 'employer',
  categorised: false,
  async facts(db, ids, years, today) {
    const episodes = await radiationEpisodes(db, ids);
    if (episodes.length === 0) return [];
    const records = await queryRows<{ worker_id: string; employer_id: string; period_start: unknown; period_end: unknown; category: string | null }>(db, sql`select worker_id, employer_id, period_start, period_end, occupation_category as category from dose_records
        where employer_id in ${uuidList(ids)} and superseded_at is null`);
    const out: Fact[] = [];
    const byEmployment = byKey(episodes);
    for (const [key, eps] of byEmployment) {
      const [employerId, workerId] = key.split(':') as [string, string];
      const mine = records.filter((r) => r.worker_id === workerId && r.employer_id === employerId);
      const category = mine.filter((r) => r.category).sort((a, b) => isoDay(b.period_end).localeCompare(isoDay(a.period_end)))[0]?.category ?? null;
      const regionCode = eps[0]!.region_code;
      const input = eps.map((e) => ({
        workerId,
        regionCode,
        isMedical: classifyRadiationWorker({ categoryCode: category, industrySection: e.section }).isMedical,
        from: isoDay(e.start_date),
        to: e.end_date === null ? null : isoDay(e.end_date),
        dosePeriods: mine.map((r) => ({ periodStart: isoDay(r.period_start), periodEnd: isoDay(r.period_end) })),
      }));
      for (const y of years) {
        const r = doseMonitoringRate({ regionCode, year: y, asOf: evaluationDate(y, today), rows: input });
        if (r.denominator > 0) out.push({ indicatorId: 'non_medical_radiation_worker_dose_monitoring_rate', period: String(y), category: '', subjectKey: key, regionCode, employerId, num: r.numerator > 0 ? 1 : 0, den: 1 });
      }
    }
    return out;
  },
  allGroups: allEmployers,
  describe: describeEmployments,
};

// ---------------------------------------------------------------- 放射诊疗单位放射工作人员职业健康体检率

/**
 * 放射诊疗单位放射工作人员职业健康体检率 (radiation/radiation-indicators.ts `radiationExamRate`,
 * GBZ 98 schedule): employments on a radiation post at a medical radiology unit (industry section Q),
 * in the numerator when no radiation exam is overdue on the evaluation date; exams filed for that
 * employer with a conclusion for an ionising-radiation factor count.
 */
export const radiologyExamRateProvider: IndicatorProvider = {
  indicatorId: 'radiology_unit_radiation_worker_exam_rate',
  groupKind: 'employer',
  categorised: false,
  async facts(db, ids, years, today) {
    const episodes = (await radiationEpisodes(db, ids)).filter((e) => classifyRadiationWorker({ industrySection: e.section }).isMedical);
    if (episodes.length === 0) return [];
    const exams = await queryRows<{ worker_id: string; employer_id: string; exam_type: RadiationExamType; exam_date: unknown }>(db, sql`select distinct x.worker_id, x.employer_id, x.exam_type, x.exam_date from health_exams x join health_exam_conclusions c on c.exam_id = x.id
        where x.employer_id in ${uuidList(ids)} and c.category = 'radioactive' and x.exam_type in ('pre_employment', 'periodic', 'exit')`);
    const out: Fact[] = [];
    const byEmployment = byKey(episodes);
    for (const [key, eps] of byEmployment) {
      const [employerId, workerId] = key.split(':') as [string, string];
      const mine = exams.filter((x) => x.worker_id === workerId && x.employer_id === employerId).map((x) => ({ type: x.exam_type, date: isoDay(x.exam_date) }));
      const regionCode = eps[0]!.region_code;
      const input = eps.map((e) => ({ workerId, regionCode, isMedical: true, from: isoDay(e.start_date), to: e.end_date === null ? null : isoDay(e.end_date), dosePeriods: [], exams: mine }));
      for (const y of years) {
        const r = radiationExamRate({ regionCode, year: y, asOf: evaluationDate(y, today), rows: input });
        if (r.denominator > 0) out.push({ indicatorId: 'radiology_unit_radiation_worker_exam_rate', period: String(y), category: '', subjectKey: key, regionCode, employerId, num: r.numerator > 0 ? 1 : 0, den: 1 });
      }
    }
    return out;
  },
  allGroups: allEmployers,
  describe: describeEmployments,
};

// ---------------------------------------------------------------- 在岗期间职业健康检查覆盖率

/**
 * Periodic-exam coverage (exams/exam-indicators.ts): employments on a post with a hazard factor,
 * active on the evaluation date; covered when the worker had a periodic or pre-employment exam for
 * that employer in the year up to that date.
 */
export const periodicExamCoverageProvider: IndicatorProvider = {
  indicatorId: 'periodic_exam_coverage',
  groupKind: 'employer',
  categorised: false,
  async facts(db, ids, years, today) {
    const episodes = await queryRows<{ worker_id: string; employer_id: string; region_code: string; start_date: unknown; end_date: unknown }>(db, sql`select e.worker_id, e.employer_id, e.region_code, e.start_date, e.end_date from employments e
        where e.employer_id in ${uuidList(ids)} and exists (select 1 from post_hazards ph where ph.employer_id = e.employer_id and ph.post_id = e.post_id)`);
    if (episodes.length === 0) return [];
    const exams = await queryRows<{ worker_id: string; employer_id: string; exam_date: unknown }>(db, sql`select worker_id, employer_id, exam_date from health_exams
        where employer_id in ${uuidList(ids)} and exam_type in ('periodic', 'pre_employment') and exam_date >= ${`${years[0]}-01-01`}`);
    const examDates = new Map<string, string[]>();
    for (const x of exams) examDates.set(`${x.employer_id}:${x.worker_id}`, [...(examDates.get(`${x.employer_id}:${x.worker_id}`) ?? []), isoDay(x.exam_date)]);
    const out: Fact[] = [];
    for (const y of years) {
      const asOf = evaluationDate(y, today);
      const start = `${y}-01-01`;
      for (const e of episodes) {
        if (isoDay(e.start_date) > asOf || (e.end_date !== null && isoDay(e.end_date) < asOf)) continue;
        const key = `${e.employer_id}:${e.worker_id}`;
        const covered = (examDates.get(key) ?? []).some((d) => d >= start && d <= asOf);
        out.push({ indicatorId: 'periodic_exam_coverage', period: String(y), category: '', subjectKey: key, regionCode: e.region_code, employerId: e.employer_id, num: covered ? 1 : 0, den: 1 });
      }
    }
    return out;
  },
  allGroups: allEmployers,
  describe: describeEmployments,
};

// ---------------------------------------------------------------- 疑似职业病检出率

/**
 * Suspected occupational disease per 1,000 examined (exams/exam-indicators.ts): workers examined for
 * an employer in the year (up to the evaluation date) below the line, those with a suspected-OD
 * conclusion above it; overall and per hazard category; counted per employment.
 */
export const suspectedOdRateProvider: IndicatorProvider = {
  indicatorId: 'suspected_od_rate_per_1000_examined',
  groupKind: 'employer',
  categorised: true,
  async facts(db, ids, years, today) {
    const list = await queryRows<{ worker_id: string; employer_id: string; region_code: string; exam_date: unknown; category: string | null; conclusion: string }>(db, sql`select x.worker_id, x.employer_id, x.region_code, x.exam_date, c.category, c.conclusion
        from health_exams x join health_exam_conclusions c on c.exam_id = x.id
        where x.employer_id in ${uuidList(ids)} and x.exam_date >= ${`${years[0]}-01-01`} and x.exam_date <= ${evaluationDate(years.at(-1) as number, today)}
        order by x.exam_date, x.id`);
    const cells = new Map<string, Fact>();
    for (const r of list) {
      const period = isoDay(r.exam_date).slice(0, 4);
      const subjectKey = `${r.employer_id}:${r.worker_id}`;
      for (const category of ['', r.category ?? 'unknown']) {
        const k = `${period}|${category}|${subjectKey}`;
        const f = cells.get(k) ?? { indicatorId: 'suspected_od_rate_per_1000_examined', period, category, subjectKey, regionCode: r.region_code, employerId: r.employer_id, num: 0 as const, den: 1 as const };
        if (r.conclusion === 'suspected_od') f.num = 1;
        cells.set(k, f);
      }
    }
    return [...cells.values()];
  },
  allGroups: allEmployers,
  describe: describeEmployments,
};

// ---------------------------------------------------------------- 县区公立职业健康检查机构覆盖

const EXAM_INSTITUTIONS = 'exam_institutions';

/**
 * 县区至少确定1家公立医疗卫生机构承担职业健康检查工作 (exams/exam-indicators.ts
 * `publicInstitutionCountyShare`): each county valid on the evaluation date is 0/1 below the line and
 * 1 above when an active public exam institution filed by then sits in it. One global group.
 */
export const countyPublicExamInstitutionProvider: IndicatorProvider = {
  indicatorId: 'county_public_exam_institution_coverage',
  groupKind: 'global',
  globalKey: EXAM_INSTITUTIONS,
  categorised: false,
  async facts(db, _keys, years, today) {
    const counties = await queryRows<{ code: string; valid_from: unknown; valid_to: unknown }>(db, sql`select code, valid_from, valid_to from regions where level = 'county'`);
    const inst = await queryRows<{ region_code: string; filed_on: unknown }>(db, sql`select o.region_code, f.filed_on from exam_institution_filings f join organisations o on o.id = f.institution_id where f.is_public and o.is_active`);
    const out: Fact[] = [];
    for (const y of years) {
      const asOf = evaluationDate(y, today);
      const covered = new Set(inst.filter((i) => isoDay(i.filed_on) <= asOf).map((i) => i.region_code.slice(0, 6)));
      for (const c of counties) {
        if (!isCountyCode(c.code) || isoDay(c.valid_from) > asOf || (c.valid_to !== null && isoDay(c.valid_to) <= asOf)) continue;
        out.push({ indicatorId: 'county_public_exam_institution_coverage', period: String(y), category: '', subjectKey: c.code, regionCode: c.code, employerId: null, num: covered.has(c.code) ? 1 : 0, den: 1 });
      }
    }
    return out;
  },
  allGroups: async () => [EXAM_INSTITUTIONS],
  async describe(db, keys) {
    if (keys.length === 0) return [];
    const names = new Map((await queryRows<{ code: string; name: string }>(db, sql`select code, name from regions where code in ${inList(keys)}`)).map((r) => [r.code, r.name]));
    return keys.map((k) => ({ subjectKey: k, label: names.get(k) ?? k, detail: k, employerId: null, employerName: null, regionCode: k, href: `/exam-institutions?regionCode=${k}` }));
  },
};

/** Every computed indicator, in catalogue order. */
export const INDICATOR_PROVIDERS: readonly IndicatorProvider[] = [
  declarationRateProvider,
  monitoringPassRateProvider,
  doseMonitoringRateProvider,
  countyPublicExamInstitutionProvider,
  radiologyExamRateProvider,
  periodicExamCoverageProvider,
  suspectedOdRateProvider,
];
