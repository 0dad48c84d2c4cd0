import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { buildUscc, idNumberCheckCharacter } from '@ohnet/domain';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { multipartBody, workbookOf } from '../../testing/multipart.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';
import { DOSE_IMPORT_COLUMNS } from './radiation.import.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { users } from '../users/users.table.ts';
import { techServiceQualifications } from '../assessments/assessments.table.ts';
import { doseRecords } from './radiation.table.ts';

const idOf = (first17: string) => first17 + idNumberCheckCharacter(first17);
const A = idOf('44078119880305101'); // 李射线, radiographer
const B = idOf('44078119920711202'); // 赵探伤, radiographer without records
const C = idOf('44078119850101303'); // 周打磨, noise post only
const Q = [
  ['2025-01-01', '2025-03-31'],
  ['2025-04-01', '2025-06-30'],
  ['2025-07-01', '2025-09-30'],
  ['2025-10-01', '2025-12-31'],
] as const;
const rec = (idNumber: string, name: string, q: number, hp10Msv: number, extra: Record<string, unknown> = {}) => ({ idNumber, name, periodStart: Q[q]![0], periodEnd: Q[q]![1], hp10Msv, ...extra });

describe('radiation: personal dose records', () => {
  let t: TestApp;
  let lab: Session;
  let employer: Session;
  let county: Session;
  let neighbour: Session;
  let otherLab: Session;
  let employerId: string;
  let otherEmployerId: string;
  let otherLabOrgId = '';
  const workerIds: Record<string, string> = {};
  before(async () => {
    t = await createTestApp();
    lab = await t.login('jm.jishu');
    employer = await t.login('ts.qiye');
    county = await t.login('ts.weijian');
    neighbour = await t.login('kp.weijian');
    employerId = await t.orgId('台山市海宴五金制品有限公司（演示）');
    otherEmployerId = await t.orgId('台山市广海石材加工厂（演示）');
    const post = await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/posts`, payload: { name: '工业探伤', hazards: [{ factorName: 'X射线装置（含CT机）产生的电离辐射（X射线）', exposedCount: 2 }] } });
    assert.equal(post.statusCode, 201, post.body);
    const noisePost = await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/posts`, payload: { name: '打磨', hazards: [{ factorName: '噪声', exposedCount: 1 }] } });
    for (const [id, name, postId] of [
      [A, '李射线', post.json().id],
      [B, '赵探伤', post.json().id],
      [C, '周打磨', noisePost.json().id],
    ] as const) {
      const res = await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/workers`, payload: { idNumber: id, name, postId, startDate: '2024-01-01' } });
      assert.equal(res.statusCode, 201, res.body);
      workerIds[name] = res.json().workerId;
    }
    // A second dosimetry service, to check that institutions see only what they filed.
    const admin = await t.login('admin');
    const org = await t.request(admin, { method: 'POST', url: '/api/v1/organisations', payload: { type: 'tech_service_institution', name: '江门市测试剂量检测所（测试）', uscc: buildUscc('9', '1', '440703', '77889900'), regionCode: '440703' } });
    assert.equal(org.statusCode, 201, org.body);
    otherLabOrgId = org.json().id;
    const user = await t.request(admin, { method: 'POST', url: '/api/v1/users', payload: { username: 'test.dose2', displayName: '测试', organisationId: org.json().id, roles: ['tech_service_staff'], password: 'Dose-Lab-Two-2026' } });
    assert.equal(user.statusCode, 201, user.body);
    const first = await t.login('test.dose2', 'Dose-Lab-Two-2026');
    const changed = await t.request(first, { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'Dose-Lab-Two-2026', newPassword: 'Dose-Lab-Two-2027!' } });
    assert.equal(changed.statusCode, 200, changed.body);
    otherLab = await t.login('test.dose2', 'Dose-Lab-Two-2027!');
  });
  after(() => t.close());

  const batch = (records: unknown[], extra: Record<string, unknown> = {}) => ({ method: 'POST' as const, url: '/api/v1/dose-records/batch', payload: { employerId, records, ...extra } });

  it('refuses anonymous callers (401) and accounts that do not file dose records (403)', async () => {
    assert.equal((await t.request(null, batch([rec(A, '李射线', 0, 0.1)]))).statusCode, 401);
    const res = await t.request(employer, batch([rec(A, '李射线', 0, 0.1)]));
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'auth.permission_denied');
  });

  it('all-or-nothing: one bad record refuses the batch with every problem named, and writes nothing', async () => {
    const res = await t.request(
      lab,
      batch([
        rec(A, '李射线', 0, 0.32),
        { ...rec(A, '李射线', 1, -0.2) },
        { idNumber: A, name: '李射线', periodStart: '2025-07-01', periodEnd: '2025-10-15', hp10Msv: 0.1 },
        rec(idOf('44078119700101404'), '无此人', 0, 0.1),
        rec(A, '李四', 2, 0.1),
        rec(A, '李射线', 3, 0.1, { occupationCategory: '9Z' }),
      ]),
    );
    assert.equal(res.statusCode, 422, res.body);
    const issues = res.json().details.issues as { path: string; code: string }[];
    assert.deepEqual(
      issues.map((i) => `${i.path} ${i.code}`),
      [
        'body.records.1.hp10Msv dose.value_invalid',
        'body.records.2.periodEnd dose.period_too_long',
        'body.records.3.idNumber dose.worker_unknown',
        'body.records.4.name worker.identity_conflict',
        'body.records.5.occupationCategory dose.category_unknown',
      ],
    );
    assert.equal((await t.db.select().from(doseRecords)).length, 0);
  });

  it('files a year of quarterly records; the quarter above 1.25 mSv is flagged; the re-sent batch adds nothing', async () => {
    const records = [rec(A, '李射线', 0, 0.32, { occupationCategory: '3B' }), rec(A, '李射线', 1, 1.86, { occupationCategory: '3B', hp007Msv: 2.1 }), rec(A, '李射线', 2, 0.41), rec(A, '李射线', 3, 0.27)];
    const first = await t.request(lab, batch(records, { batchNumber: 'JMAK-2025-Q' }));
    assert.equal(first.statusCode, 200, first.body);
    assert.deepEqual(first.json(), { total: 4, imported: 4, alreadyPresent: 0, rejected: 0, overInvestigationLevel: 1, errors: [] });
    const again = await t.request(lab, batch(records, { batchNumber: 'JMAK-2025-Q' }));
    assert.deepEqual(again.json(), { total: 4, imported: 0, alreadyPresent: 4, rejected: 0, overInvestigationLevel: 0, errors: [] });
    assert.equal((await t.db.select().from(doseRecords)).length, 4);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'dose_record.file'));
    assert.equal(audit.length, 1);
    assert.ok(!JSON.stringify(audit).includes(A), 'no ID number in the audit trail');
  });

  it('valid_rows: writes the valid records and reports the others (overlap, not employed, not a worker of the employer)', async () => {
    const res = await t.request(
      lab,
      batch(
        [
          { idNumber: A, name: '李射线', periodStart: '2025-03-01', periodEnd: '2025-04-30', hp10Msv: 0.2 }, // overlaps Q1/Q2
          { idNumber: C, name: '周打磨', periodStart: '2023-01-01', periodEnd: '2023-03-31', hp10Msv: 0.1 }, // before employment
          rec(C, '周打磨', 0, 0.05),
        ],
        { mode: 'valid_rows' },
      ),
    );
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.imported, 1);
    assert.equal(body.rejected, 2);
    assert.deepEqual(body.errors.map((e: { index: number; code: string }) => `${e.index} ${e.code}`), ['0 dose.period_overlap', '1 dose.worker_not_employed']);
    const other = await t.request(lab, { ...batch([rec(A, '李射线', 0, 0.1)]), payload: { employerId: otherEmployerId, records: [rec(A, '李射线', 0, 0.1)] } });
    assert.equal(other.statusCode, 422);
    assert.equal(other.json().details.issues[0].code, 'dose.worker_not_employed');
  });

  it('the web form files one record: 201, an identical re-send 200, different values for the same period 409', async () => {
    const body = { employerId, ...rec(B, '赵探伤', 3, 0.15, { hp3Msv: 0.16 }) };
    const created = await t.request(lab, { method: 'POST', url: '/api/v1/dose-records', payload: body });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().overInvestigationLevel, false);
    const again = await t.request(lab, { method: 'POST', url: '/api/v1/dose-records', payload: body });
    assert.equal(again.statusCode, 200);
    assert.deepEqual([again.json().id, again.json().created], [created.json().id, false]);
    const changed = await t.request(lab, { method: 'POST', url: '/api/v1/dose-records', payload: { ...body, hp10Msv: 0.5 } });
    assert.equal(changed.statusCode, 409);
    assert.equal(changed.json().code, 'dose.record_conflict');
    const unknownField = await t.request(lab, { method: 'POST', url: '/api/v1/dose-records', payload: { ...body, hp10: 1 } });
    assert.equal(unknownField.statusCode, 422);
    const [{ uscc } = { uscc: '' }] = await t.db.select({ uscc: organisations.uscc }).from(organisations).where(eq(organisations.id, employerId));
    const { employerId: _e, ...byCode } = body;
    const viaUscc = await t.request(lab, { method: 'POST', url: '/api/v1/dose-records', payload: { ...byCode, employerUscc: uscc } });
    assert.deepEqual([viaUscc.statusCode, viaUscc.json().id], [200, created.json().id]);
    const noEmployer = await t.request(lab, { method: 'POST', url: '/api/v1/dose-records', payload: byCode });
    assert.equal(noEmployer.json().details.issues[0].code, 'dose.employer_required');
    const bad = await t.request(lab, { method: 'POST', url: '/api/v1/dose-records', payload: { ...body, periodStart: '2025-12-31', periodEnd: '2025-10-01' } });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().details.issues[0].path, 'body.periodEnd');
  });

  it('scope: the employer and its county see the records, the neighbouring county and another institution do not (404 on the history)', async () => {
    const mine = (await t.request(employer, { method: 'GET', url: '/api/v1/dose-records?year=2025' })).json();
    assert.equal(mine.total, 6);
    assert.ok(mine.items.every((r: { idNumberMasked: string }) => r.idNumberMasked.includes('*')));
    assert.ok(!JSON.stringify(mine).includes(A));
    assert.equal((await t.request(county, { method: 'GET', url: '/api/v1/dose-records?overLevel=true' })).json().total, 1);
    assert.equal((await t.request(neighbour, { method: 'GET', url: '/api/v1/dose-records' })).json().total, 0);
    assert.equal((await t.request(otherLab, { method: 'GET', url: '/api/v1/dose-records' })).json().total, 0);
    assert.equal((await t.request(lab, { method: 'GET', url: '/api/v1/dose-records' })).json().total, 6);
    const id = workerIds['李射线'];
    assert.equal((await t.request(neighbour, { method: 'GET', url: `/api/v1/workers/${id}/dose-history` })).statusCode, 404);
    assert.equal((await t.request(otherLab, { method: 'GET', url: `/api/v1/workers/${id}/dose-history` })).statusCode, 404);
    assert.equal((await t.request(county, { method: 'GET', url: `/api/v1/workers/00000000-0000-4000-8000-000000000000/dose-history` })).statusCode, 404);
  });

  it('a worker sees their own dose records and history only', async () => {
    await t.db.update(users).set({ workerId: workerIds['李射线']! }).where(eq(users.username, 'ts.laodongzhe'));
    const me = await t.login('ts.laodongzhe');
    const list = (await t.request(me, { method: 'GET', url: '/api/v1/dose-records' })).json();
    assert.equal(list.total, 4);
    assert.ok(list.items.every((r: { workerId: string }) => r.workerId === workerIds['李射线']));
    assert.equal((await t.request(me, { method: 'GET', url: `/api/v1/workers/${workerIds['李射线']}/dose-history` })).statusCode, 200);
    assert.equal((await t.request(me, { method: 'GET', url: `/api/v1/workers/${workerIds['赵探伤']}/dose-history` })).statusCode, 404);
    assert.equal((await t.request(me, { method: 'POST', url: '/api/v1/dose-records/batch', payload: { employerId, records: [rec(A, '李射线', 0, 0.1)] } })).statusCode, 403);
  });

  it('the dose history sums the year (2.86 mSv), checks the GB 18871 limits and flags the investigation level; the read is audited', async () => {
    const id = workerIds['李射线']!;
    const res = await t.request(county, { method: 'GET', url: `/api/v1/workers/${id}/dose-history` });
    assert.equal(res.statusCode, 200, res.body);
    const h = res.json();
    assert.equal(h.records.length, 4);
    assert.equal(h.recordsOutsideScope, 0);
    assert.deepEqual(h.annual.map((a: { year: number; hp10Msv: number; fiveYearHp10Msv: number }) => [a.year, a.hp10Msv, a.fiveYearHp10Msv]), [[2025, 2.86, 2.86]]);
    assert.deepEqual(h.flags.map((f: { level: string; code: string; thresholdMsv: number }) => [f.level, f.code, f.thresholdMsv]), [['investigation', 'investigation_level_exceeded', 1.25]]);
    assert.deepEqual([h.classification.isMedical, h.classification.categoryCode], [false, '3B']);
    assert.equal(h.limits.find((l: { code: string }) => l.code === 'annual_effective_exceeded').limitMsv, 50);
    const reads = await t.db.select().from(auditLog).where(eq(auditLog.action, 'worker.read'));
    assert.ok(reads.some((r) => r.entityId === id && r.actorUsername === 'ts.weijian'));
  });

  it('lists the workers over the investigation level for the employer and the regulator, and counts them on the home page', async () => {
    for (const s of [employer, county]) {
      const res = await t.request(s, { method: 'GET', url: '/api/v1/dose-records/over-level?year=2025' });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json().map((w: { workerName: string; level: string; yearHp10Msv: number }) => [w.workerName, w.level, w.yearHp10Msv]), [['李射线', 'investigation', 2.86]]);
    }
    assert.deepEqual((await t.request(neighbour, { method: 'GET', url: '/api/v1/dose-records/over-level?year=2025' })).json(), []);
    // The alert counts workers with an over-level period that ended in the last 12 months.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const todoOf = async (s: Session) => ((await t.request(s, { method: 'GET', url: '/api/v1/home' })).json().todos as { key: string; count: number }[]).find((x) => x.key === 'dose.over_investigation_level')?.count;
    const before = await todoOf(employer);
    const recent = await t.request(lab, { method: 'POST', url: '/api/v1/dose-records', payload: { employerId, idNumber: B, name: '赵探伤', periodStart: day(-70), periodEnd: day(-10), hp10Msv: 1.3 } });
    assert.equal(recent.statusCode, 201, recent.body);
    assert.equal(recent.json().overInvestigationLevel, true);
    assert.equal(await todoOf(employer), (before ?? 0) + 1);
    assert.equal(await todoOf(county), (before ?? 0) + 1);
    assert.equal(await todoOf(neighbour), 0);
  });

  it('Excel import: template, per-row errors, all-or-nothing writes nothing, valid rows import, re-upload adds nothing', async () => {
    const tpl = await t.request(lab, { method: 'GET', url: '/api/v1/dose-records/import-template' });
    assert.equal(tpl.statusCode, 200);
    const [uscc] = await t.db.select({ uscc: organisations.uscc }).from(organisations).where(eq(organisations.id, employerId));
    const header = DOSE_IMPORT_COLUMNS.map((c) => c.header);
    const rows = [
      [uscc!.uscc, C, '周打磨', '2025-04-01', '2025-06-30', '0.06', '', '', '3B', 'R-1'],
      [uscc!.uscc, C, '周打磨', '2025-07-01', '2025-09-30', 'abc', '', '', '', ''],
      ['91440781MA0000000X', C, '周打磨', '2025-10-01', '2025-12-31', '0.05', '', '', '', ''],
    ];
    const upload = async (mode: string) => {
      const body = multipartBody(await workbookOf(header, rows), { mode });
      const res = await t.request(lab, { method: 'POST', url: '/api/v1/dose-records/import', payload: body.payload, headers: body.headers });
      assert.equal(res.statusCode, 202, res.body);
      await t.drainJobs();
      const job = (await t.request(lab, { method: 'GET', url: `/api/v1/jobs/${res.json().jobId}` })).json();
      return job.result as { imported: number; alreadyPresent: number; rejected: number; errors: { row: number; column: string; code: string }[] };
    };
    const strict = await upload('all_or_nothing');
    assert.deepEqual([strict.imported, strict.rejected], [0, 2]);
    assert.deepEqual(strict.errors.map((e) => `${e.row} ${e.code}`), ['3 dose.value_invalid', '4 dose.employer_unknown']);
    assert.equal(strict.errors[0]!.column, 'Hp(10)*(mSv)');
    const lenient = await upload('valid_rows');
    assert.deepEqual([lenient.imported, lenient.alreadyPresent, lenient.rejected], [1, 0, 2]);
    const again = await upload('valid_rows');
    assert.deepEqual([again.imported, again.alreadyPresent, again.rejected], [0, 1, 2]);
    const history = (await t.request(lab, { method: 'GET', url: '/api/v1/dose-record-imports' })).json();
    assert.equal(history.length, 3);
    assert.deepEqual((await t.request(otherLab, { method: 'GET', url: '/api/v1/dose-record-imports' })).json(), []);
    const wrongFile = multipartBody(await workbookOf(['foo'], [['bar']]), { mode: 'valid_rows' });
    assert.equal((await t.request(lab, { method: 'POST', url: '/api/v1/dose-records/import', payload: wrongFile.payload, headers: wrongFile.headers })).statusCode, 422);
  });

  it('indicator 非医疗放射工作人员个人剂量监测率 matches a hand count, and is refused outside the jurisdiction', async () => {
    // Radiation post holders at the employer: 李射线 (records in 2025) and 赵探伤 (one record, Q4 2025);
    // 周打磨 holds a noise post only and is not a radiation worker even though a record was filed.
    const res = await t.request(county, { method: 'GET', url: '/api/v1/indicators/dose-monitoring-rate?regionCode=440781&year=2025' });
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json();
    assert.deepEqual([r.numerator, r.denominator, r.value], [2, 2, 1]);
    assert.deepEqual(r.denominatorIds, [workerIds['李射线'], workerIds['赵探伤']].sort());
    const y2024 = (await t.request(county, { method: 'GET', url: '/api/v1/indicators/dose-monitoring-rate?regionCode=440781&year=2024' })).json();
    assert.deepEqual([y2024.numerator, y2024.denominator], [0, 2]);
    assert.equal((await t.request(county, { method: 'GET', url: '/api/v1/indicators/dose-monitoring-rate?regionCode=640300&year=2025' })).statusCode, 403);
    assert.equal((await t.request(county, { method: 'GET', url: '/api/v1/indicators/dose-monitoring-rate?regionCode=999999&year=2025' })).statusCode, 422);
  });

  it('corrections: the filing institution supersedes a record with a new version; the sums follow; the old version stays', async () => {
    const id = workerIds['李射线']!;
    const records = (await t.request(lab, { method: 'GET', url: `/api/v1/dose-records?workerId=${id}&overLevel=true` })).json().items as { id: string; hp10Msv: number }[];
    assert.equal(records.length, 1);
    const q2 = records[0]!.id;
    const url = `/api/v1/dose-records/${q2}/correct`;
    assert.equal((await t.request(employer, { method: 'POST', url, payload: { hp10Msv: 1.06, reason: '读数录入错误' } })).statusCode, 403);
    assert.equal((await t.request(otherLab, { method: 'POST', url, payload: { hp10Msv: 1.06, reason: '读数录入错误' } })).statusCode, 404);
    const same = await t.request(lab, { method: 'POST', url, payload: { hp10Msv: 1.86, hp007Msv: 2.1, reason: '无变化' } });
    assert.deepEqual([same.statusCode, same.json().details.issues[0].code], [422, 'dose.correction_unchanged']);
    const res = await t.request(lab, { method: 'POST', url, payload: { hp10Msv: 1.06, hp007Msv: 1.2, reason: '剂量计读数录入错误，按复核报告更正' } });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().overInvestigationLevel, false);
    assert.equal((await t.request(lab, { method: 'POST', url, payload: { hp10Msv: 1.0, reason: '再次更正' } })).statusCode, 409);
    const h = (await t.request(county, { method: 'GET', url: `/api/v1/workers/${id}/dose-history` })).json();
    assert.deepEqual(h.annual.map((a: { year: number; hp10Msv: number }) => [a.year, a.hp10Msv]), [[2025, 2.06]]);
    assert.deepEqual(h.flags, []);
    assert.equal(h.records.find((r: { supersedesId: string | null }) => r.supersedesId === q2).correctionReason, '剂量计读数录入错误，按复核报告更正');
    assert.equal((await t.db.select().from(doseRecords).where(eq(doseRecords.id, q2)))[0]!.supersededAt instanceof Date, true);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'dose_record.correct'));
    assert.equal(audit.length, 1);
    // Re-sending the original batch now conflicts on Q2 (the current version differs) and writes nothing.
    const resend = await t.request(lab, batch([rec(A, '李射线', 1, 1.86, { occupationCategory: '3B', hp007Msv: 2.1 })]));
    assert.equal(resend.json().details.issues[0].code, 'dose.record_conflict');
  });

  it('indicator 放射工作人员职业健康体检率: radiation exams (电离辐射) on the GBZ 98 schedule, matching a hand count', async () => {
    // The exam institution's filing must cover 放射性因素 before it may file radiation exams.
    const tijian = await t.login('ts.tijian');
    const inst = await t.orgId('台山市职业健康体检中心（演示）');
    const [emp] = await t.db.select({ uscc: organisations.uscc }).from(organisations).where(eq(organisations.id, employerId));
    const exam = (n: string, idNumber: string, name: string, examType: string, examDate: string, factor: string) => ({
      method: 'POST' as const,
      url: '/api/v1/health-exams',
      payload: { examNumber: n, employerUscc: emp!.uscc, examType, examDate, worker: { idNumber, name }, hazardFactors: [factor], items: { bloodCount: { wbc: 6, hgb: 140, plt: 220, isAbnormal: false }, ecg: { isAbnormal: false } }, conclusions: [{ hazardFactor: factor, conclusion: 'no_abnormality' }] },
    });
    const file = (hazardCategories: string[]) => t.request(tijian, { method: 'PUT', url: `/api/v1/exam-institutions/${inst}/filing`, payload: { filingNumber: '粤职检备RAD', hazardCategories, isPublic: true, filedOn: '2020-01-01' } });
    assert.equal((await file(['dust', 'chemical', 'physical'])).statusCode, 200);
    const refused = await t.request(tijian, exam('RAD-0', A, '李射线', 'pre_employment', '2023-12-20', '电离辐射'));
    assert.equal(refused.statusCode, 422, refused.body);
    assert.deepEqual(refused.json().details.issues.map((i: { code: string }) => i.code), ['exam.category_not_covered']);
    assert.equal((await file(['dust', 'chemical', 'physical', 'radioactive'])).statusCode, 200);
    // 李射线 (on the X-ray post since 2024-01-01): pre-employment 2023-12-20 and periodic 2025-11-10 → never overdue.
    // 赵探伤 (same post): only a noise exam, which is no radiation exam → pre-employment overdue.
    for (const req of [
      exam('RAD-1', A, '李射线', 'pre_employment', '2023-12-20', '电离辐射'),
      exam('RAD-2', A, '李射线', 'periodic', '2025-11-10', 'X射线'),
      exam('RAD-3', B, '赵探伤', 'pre_employment', '2023-12-20', '噪声'),
    ]) {
      const res = await t.request(tijian, req);
      assert.equal(res.statusCode, 201, res.body);
    }
    const detail = (await t.request(tijian, { method: 'GET', url: '/api/v1/health-exams?q=RAD-1' })).json().items[0];
    assert.deepEqual(detail.flagCodes, ['rule_unavailable']); // GBZ 98's items are not in the reference data: not checked, not invented
    const url = (year: number, asOf?: string) => `/api/v1/indicators/radiation-exam-rate?regionCode=440781&year=${year}${asOf ? `&asOf=${asOf}` : ''}`;
    const r2025 = (await t.request(county, { method: 'GET', url: url(2025) })).json();
    assert.deepEqual([r2025.indicator, r2025.numerator, r2025.denominator, r2025.value], ['radiation_worker_exam_rate', 1, 2, 0.5]);
    assert.deepEqual(r2025.numeratorIds, [workerIds['李射线']]);
    assert.deepEqual([...r2025.denominatorIds].sort(), [workerIds['李射线'], workerIds['赵探伤']].sort());
    assert.equal(r2025.definition.name, '放射工作人员职业健康体检率');
    // Without the 2025 periodic exam 李射线 would be overdue at the end of 2025 (due 2025-12-20): on 2025-12-19 the pre-employment exam still suffices.
    const early = (await t.request(county, { method: 'GET', url: url(2025, '2025-12-19') })).json();
    assert.deepEqual([early.numerator, early.denominator], [1, 2]);
    assert.equal((await t.request(neighbour, { method: 'GET', url: url(2025) })).statusCode, 403);
    assert.equal((await t.request(county, { method: 'GET', url: '/api/v1/indicators/radiation-exam-rate?regionCode=999999&year=2025' })).statusCode, 422);
  });

  it('only an institution qualified for personal dose monitoring files dose records: 403 dose.filer_not_qualified naming why, and a 乙级 qualification stays in its province', async () => {
    const filed = (await t.db.select().from(doseRecords)).length;
    const attempt = () => t.request(otherLab, batch([rec(B, '赵探伤', 0, 0.1)]));
    const refusal = async (code: string) => {
      const res = await attempt();
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(res.json().code, 'dose.filer_not_qualified');
      assert.deepEqual(res.json().details.issues.map((i: { code: string }) => i.code), [code]);
    };
    // No qualification at all.
    await refusal('qualification.missing');
    // A qualification for assessments only: the scope lacks 个人剂量监测.
    const qual = { organisationId: otherLabOrgId, regionCode: '440703', qualificationClass: 'B' as const, issuingProvinceCode: '44', categories: ['radioactive' as const] };
    await t.db.insert(techServiceQualifications).values({ ...qual, qualificationNumber: 'TEST-QA-1', validFrom: '2024-01-01', validTo: '2099-12-31', serviceKinds: ['periodic_test'] });
    await refusal('qualification.kind_not_covered');
    // Dose monitoring in scope, but expired (the latest qualification is the one named).
    await t.db.delete(techServiceQualifications).where(eq(techServiceQualifications.qualificationNumber, 'TEST-QA-1'));
    await t.db.insert(techServiceQualifications).values({ ...qual, qualificationNumber: 'TEST-QA-2', validFrom: '2019-01-01', validTo: '2023-12-31', serviceKinds: ['personal_dose_monitoring'] });
    await refusal('qualification.expired');
    // The Excel upload is refused at once too, before any job is queued.
    const upload = multipartBody(await workbookOf(DOSE_IMPORT_COLUMNS.map((c) => c.header), [DOSE_IMPORT_COLUMNS.map(() => 'x')]), { mode: 'valid_rows' }, '剂量.xlsx');
    const imported = await t.request(otherLab, { method: 'POST', url: '/api/v1/dose-records/import', payload: upload.payload, headers: upload.headers });
    assert.deepEqual([imported.statusCode, imported.json().code], [403, 'dose.filer_not_qualified']);
    // A valid 乙级 dose-monitoring qualification of another province (广西): the 台山 employer is outside it.
    await t.db.insert(techServiceQualifications).values({ ...qual, qualificationNumber: 'TEST-QA-3', issuingProvinceCode: '45', validFrom: '2024-01-01', validTo: '2099-12-31', serviceKinds: ['personal_dose_monitoring'] });
    const outside = await attempt();
    assert.equal(outside.statusCode, 422, outside.body);
    assert.deepEqual(outside.json().details.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`), ['body.records.0.employerId qualification.region_not_covered']);
    assert.equal((await t.db.select().from(doseRecords)).length, filed);
    // The demo dosimetry service (jm.jishu) is qualified: it filed everything above.
    assert.ok(filed > 0);
  });
});
