import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, count, eq, sql } from 'drizzle-orm';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { users } from '../users/users.table.ts';
import { type Session, type TestApp, DEMO_PASSWORD, createTestApp } from '../../testing/test-app.ts';
import { healthExams, suspectedOdReports } from './exams.table.ts';
import { examIdFor } from './exams.testing.ts';

const flat = (v: number) => ({ '500': v, '1000': v, '2000': v, '3000': v, '4000': v, '6000': v });
const loss = { '500': 30, '1000': 35, '2000': 40, '3000': 60, '4000': 70, '6000': 65 };

describe('health exams API', () => {
  let t: TestApp;
  let tijian: Session;
  let qiye: Session;
  let weijian: Session;
  let kpWeijian: Session;
  let zhenduan: Session;
  let ynTijian: Session;
  let institutionId: string;
  let emp1Uscc: string;
  let emp2Uscc: string;
  let emp1Id: string;
  let diagId: string;
  const W1 = { idNumber: examIdFor(1), name: '陈大文' };

  const record = (over: Record<string, unknown> = {}) => ({
    examNumber: 'TS-0001',
    employerUscc: emp1Uscc,
    examType: 'periodic',
    examDate: '2026-09-10',
    worker: W1,
    hazardFactors: ['噪声'],
    items: { audiometry: { left: flat(15), right: flat(10) }, ecg: { isAbnormal: false } },
    conclusions: [{ hazardFactor: '噪声', conclusion: 'no_abnormality' }],
    ...over,
  });
  const post = (s: Session | null, url: string, payload: unknown) => t.request(s, { method: 'POST', url: `/api/v1${url}`, payload: payload as Record<string, unknown> });
  const get = (s: Session | null, url: string) => t.request(s, { method: 'GET', url: `/api/v1${url}` });
  const finish = async (s: Session, jobId: string) => {
    await t.drainJobs();
    return (await get(s, `/jobs/${jobId}`)).json();
  };

  before(async () => {
    t = await createTestApp();
    institutionId = await t.orgId('台山市职业健康体检中心（演示）');
    emp1Id = await t.orgId('台山市海宴五金制品有限公司（演示）');
    diagId = await t.orgId('江门市职业病诊断中心（演示）');
    const [e1] = await t.db.select({ uscc: organisations.uscc }).from(organisations).where(eq(organisations.id, emp1Id));
    const [e2] = await t.db.select({ uscc: organisations.uscc }).from(organisations).where(eq(organisations.name, '台山市广海石材加工厂（演示）'));
    emp1Uscc = e1!.uscc!;
    emp2Uscc = e2!.uscc!;
    // A second exam institution's account (昆明), to check institutions cannot read each other's records.
    const yn = await t.orgId('昆明市职业健康检查所（演示）');
    await t.db.insert(users).values({ organisationId: yn, regionCode: '530102', username: 'yn.tijian', displayName: '昆明体检', passwordHash: await hashPassword(DEMO_PASSWORD), roles: ['exam_staff'] });
    // An account of the second employer (石材厂), to check employers do not see each other's periods of a worker.
    const stoneOrg = (await t.db.select({ id: organisations.id, regionCode: organisations.regionCode }).from(organisations).where(eq(organisations.name, '台山市广海石材加工厂（演示）')))[0]!;
    await t.db.insert(users).values({ organisationId: stoneOrg.id, regionCode: stoneOrg.regionCode, username: 'ts.qiye2', displayName: '石材厂', passwordHash: await hashPassword(DEMO_PASSWORD), roles: ['employer_manager'] });
    const [a, b, c, d, e, f] = await Promise.all(['ts.tijian', 'ts.qiye', 'ts.weijian', 'kp.weijian', 'jm.zhenduan', 'yn.tijian'].map((u) => t.login(u)));
    [tijian, qiye, weijian, kpWeijian, zhenduan, ynTijian] = [a!, b!, c!, d!, e!, f!];
  });
  after(() => t.close());

  it('401 without a session, 403 for a role that may not file exams', async () => {
    assert.equal((await post(null, '/health-exams', record())).statusCode, 401);
    const res = await post(qiye, '/health-exams', record());
    assert.equal(res.statusCode, 403);
  });

  it('409 before the institution is filed; the filing is recorded and read back', async () => {
    const res = await post(tijian, '/health-exams', record());
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'exam_institution.not_filed');
    const put = await t.request(tijian, { method: 'PUT', url: `/api/v1/exam-institutions/${institutionId}/filing`, payload: { filingNumber: '粤职检备〔2024〕001号', hazardCategories: ['dust', 'physical'], isPublic: true, filedOn: '2024-03-01' } });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal(put.json().filing.isPublic, true);
    // Another institution's filing is not the caller's to change (404: not in scope).
    const yn = await t.orgId('昆明市职业健康检查所（演示）');
    assert.equal((await t.request(tijian, { method: 'PUT', url: `/api/v1/exam-institutions/${yn}/filing`, payload: { filingNumber: 'x', hazardCategories: ['dust'], isPublic: false, filedOn: '2024-01-01' } })).statusCode, 404);
  });

  it('files one exam from the form (201), and the same exam number again is 409', async () => {
    const res = await post(tijian, '/health-exams', record());
    assert.equal(res.statusCode, 201, res.body);
    const again = await post(tijian, '/health-exams', record());
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'exam.already_filed');
  });

  it('422 names each bad field and writes nothing', async () => {
    const before = Number((await t.db.select({ n: count() }).from(healthExams))[0]!.n);
    const res = await post(tijian, '/health-exams', record({ examNumber: 'TS-BAD', employerUscc: '91440781MA00000000', worker: { idNumber: '440781198001151230', name: '某' }, conclusions: [{ hazardFactor: '噪声', conclusion: 'suspected_od' }] }));
    assert.equal(res.statusCode, 422);
    const paths = res.json().details.issues.map((i: { path: string; code: string }) => `${i.path}:${i.code}`);
    assert.ok(paths.includes('body.worker.idNumber:id_number.check_character'), paths.join());
    assert.ok(paths.includes('body.conclusions.0.suspectedDisease:exam.suspected_disease_required'), paths.join());
    assert.ok(paths.includes('body.employerUscc:exam.employer_unknown'), paths.join());
    // A factor of a category the filing does not cover.
    const rad = await post(tijian, '/health-exams', record({ examNumber: 'TS-BZ', hazardFactors: ['苯'], conclusions: [{ hazardFactor: '苯', conclusion: 'no_abnormality' }] }));
    assert.equal(rad.statusCode, 422);
    assert.equal(rad.json().details.issues[0].code, 'exam.category_not_covered');
    // Unknown fields are rejected.
    assert.equal((await post(tijian, '/health-exams', { ...record({ examNumber: 'TS-X' }), extra: 1 })).statusCode, 422);
    assert.equal(Number((await t.db.select({ n: count() }).from(healthExams))[0]!.n), before);
  });

  let suspectedExamId = '';
  it('JSON batch: flags incomplete, creates the suspected report and the notice; re-sending duplicates nothing', async () => {
    const records = [
      record({ examNumber: 'TS-0002', worker: { idNumber: examIdFor(2), name: '李二' }, items: { audiometry: { left: flat(10), right: flat(10) } } }),
      record({
        examNumber: 'TS-0003',
        worker: { idNumber: examIdFor(3), name: '王三' },
        items: { audiometry: { left: loss, right: loss }, ecg: { isAbnormal: false } },
        conclusions: [{ hazardFactor: '噪声', conclusion: 'suspected_od', suspectedDisease: '职业性噪声聋', advice: '建议职业病诊断' }],
      }),
      record({ examNumber: 'TS-0004', worker: { idNumber: examIdFor(4), name: '赵四' }, examType: 'pre_employment', items: { audiometry: { left: { ...flat(10), '1000': 40 }, right: flat(10) }, ecg: { isAbnormal: false }, bloodCount: { isAbnormal: false }, liverFunction: { isAbnormal: false }, others: [{ code: 'U', name: '尿常规', value: '阴性' }] }, conclusions: [{ hazardFactor: '噪声', conclusion: 'contraindication', contraindication: '永久性感音神经性听力损失' }] }),
    ];
    const accepted = await post(tijian, '/health-exams/batches', { mode: 'all_or_nothing', records });
    assert.equal(accepted.statusCode, 202, accepted.body);
    const job = await finish(tijian, accepted.json().jobId);
    assert.equal(job.status, 'succeeded', JSON.stringify(job.error));
    assert.deepEqual({ imported: job.result.imported, incomplete: job.result.incomplete, s: job.result.suspectedReports, n: job.result.contraindicationNotices }, { imported: 3, incomplete: 1, s: 1, n: 1 });
    const again = await finish(tijian, (await post(tijian, '/health-exams/batches', { mode: 'all_or_nothing', records })).json().jobId);
    assert.deepEqual({ imported: again.result.imported, alreadyPresent: again.result.alreadyPresent }, { imported: 0, alreadyPresent: 3 });
    // A changed record under a number already filed is refused (corrections take a new number); the others stay "already present".
    const changed = [records[0], { ...records[1]!, examDate: '2026-09-11' }, records[2]];
    const third = await finish(tijian, (await post(tijian, '/health-exams/batches', { mode: 'valid_rows', records: changed })).json().jobId);
    assert.deepEqual(
      { imported: third.result.imported, alreadyPresent: third.result.alreadyPresent, problems: third.result.problems.map((p: { index: number; code: string }) => `${p.index}:${p.code}`) },
      { imported: 0, alreadyPresent: 2, problems: ['1:exam.number_taken'] },
    );
    assert.equal(Number((await t.db.select({ n: count() }).from(suspectedOdReports))[0]!.n), 1);
    const list = (await get(tijian, '/health-exams?flag=incomplete')).json();
    assert.deepEqual(list.items.map((i: { examNumber: string }) => i.examNumber), ['TS-0002']);
    const detail = (await get(tijian, `/health-exams/${list.items[0].id}`)).json();
    const flag = detail.checks.flags.find((f: { code: string }) => f.code === 'incomplete');
    assert.deepEqual(flag.missingItems, ['心电图']);
    assert.match(flag.citation, /GBZ 188-2025 §7\.1\.2/);
    suspectedExamId = (await get(tijian, '/health-exams?conclusion=suspected_od')).json().items[0].id;
  });

  it('all-or-nothing batch with one bad record writes nothing and names the record', async () => {
    const res = await post(tijian, '/health-exams/batches', { mode: 'all_or_nothing', records: [record({ examNumber: 'TS-0100', worker: { idNumber: examIdFor(100), name: '甲' } }), record({ examNumber: 'TS-0101', examDate: '2099-01-01' })] });
    const job = await finish(tijian, res.json().jobId);
    assert.equal(job.result.imported, 0);
    assert.deepEqual(job.result.problems.map((p: { index: number; code: string }) => `${p.index}:${p.code}`), ['1:exam.date_in_future']);
    assert.equal((await get(tijian, '/health-exams?q=TS-0100')).json().total, 0);
  });

  it('an institution cannot read another institution\'s records; an employer sees its own', async () => {
    assert.equal((await get(ynTijian, `/health-exams/${suspectedExamId}`)).statusCode, 404);
    assert.equal((await get(ynTijian, '/health-exams')).json().total, 0);
    // Nor the reports, notices, batches or batch jobs that came from them.
    assert.equal((await get(ynTijian, '/suspected-reports')).json().total, 0);
    assert.equal((await get(ynTijian, '/contraindication-notices')).json().total, 0);
    assert.deepEqual((await get(ynTijian, '/health-exam-batches')).json(), []);
    const [tsBatch] = (await get(tijian, '/health-exam-batches')).json() as { jobId: string }[];
    assert.equal((await get(ynTijian, `/jobs/${tsBatch!.jobId}`)).statusCode, 404);
    assert.equal((await get(qiye, `/health-exams/${suspectedExamId}`)).statusCode, 200);
    assert.equal((await get(kpWeijian, `/health-exams/${suspectedExamId}`)).statusCode, 404);
    assert.equal((await get(weijian, `/health-exams/${suspectedExamId}`)).statusCode, 200);
  });

  it('the suspected report reaches the employer and the county authority; its lifecycle is enforced', async () => {
    const mine = (await get(qiye, '/suspected-reports')).json();
    assert.equal(mine.total, 1);
    const id = mine.items[0].id;
    assert.deepEqual(mine.items[0].actions, ['acknowledge', 'arrange_diagnosis']);
    assert.equal((await get(weijian, `/suspected-reports/${id}`)).statusCode, 200);
    assert.equal((await get(kpWeijian, `/suspected-reports/${id}`)).statusCode, 404);
    assert.equal((await get(zhenduan, `/suspected-reports/${id}`)).statusCode, 404, 'not yet routed to the diagnosis institution');
    assert.equal((await post(weijian, `/suspected-reports/${id}/acknowledge`, {})).statusCode, 403);
    assert.equal((await post(qiye, `/suspected-reports/${id}/acknowledge`, { note: '已收到' })).json().state, 'employer_notified');
    assert.equal((await post(qiye, `/suspected-reports/${id}/acknowledge`, {})).statusCode, 409);
    const arranged = await post(qiye, `/suspected-reports/${id}/arrange-diagnosis`, { diagnosisInstitutionId: diagId });
    assert.equal(arranged.json().state, 'diagnosis_arranged');
    assert.equal((await post(zhenduan, `/suspected-reports/${id}/record-outcome`, { outcome: 'occupational_disease' })).statusCode, 422);
    const done = await post(zhenduan, `/suspected-reports/${id}/record-outcome`, { outcome: 'occupational_disease', outcomeDisease: '职业性噪声聋（轻度）' });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().state, 'diagnosed');
    assert.equal(done.json().history.length, 4);
    assert.equal((await post(weijian, `/suspected-reports/${id}/close`, { note: '重复' })).statusCode, 409);
  });

  it('the contraindication notice reaches the employer, who confirms the move once', async () => {
    const list = (await get(qiye, '/contraindication-notices')).json();
    assert.equal(list.total, 1);
    const n = list.items[0];
    assert.equal(n.state, 'issued');
    assert.equal((await post(tijian, `/contraindication-notices/${n.id}/confirm`, { movedOn: n.issuedOn, newPost: '仓库' })).statusCode, 403);
    const ok = await post(qiye, `/contraindication-notices/${n.id}/confirm`, { movedOn: n.issuedOn, newPost: '仓库管理' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().state, 'confirmed_moved');
    assert.equal((await post(qiye, `/contraindication-notices/${n.id}/confirm`, { movedOn: n.issuedOn, newPost: '仓库管理' })).statusCode, 409);
  });

  it('archive: the employer sees only its own period; the worker sees everything; every read is audited', async () => {
    // W1 was examined earlier for another employer (石材厂).
    const prev = await post(tijian, '/health-exams', record({ examNumber: 'TS-0200', employerUscc: emp2Uscc, examDate: '2026-08-05', examType: 'exit' }));
    assert.equal(prev.statusCode, 201, prev.body);
    const [w] = await t.db.select({ workerId: healthExams.workerId }).from(healthExams).where(eq(healthExams.examNumber, 'TS-0001'));
    const workerId = w!.workerId;
    const employerView = await get(qiye, `/workers/${workerId}/health-archive`);
    assert.equal(employerView.statusCode, 200, employerView.body);
    assert.deepEqual(employerView.json().exams.map((e: { examNumber: string }) => e.examNumber), ['TS-0001']);
    assert.equal((await get(qiye, `/health-exams/${prev.json().id}`)).statusCode, 404);
    assert.deepEqual((await get(qiye, `/health-exams?workerId=${workerId}`)).json().items.map((e: { examNumber: string }) => e.examNumber), ['TS-0001']);
    // The previous employer (石材厂) does not see the exams of the worker's current employer either; the county sees both.
    const stone = await t.login('ts.qiye2');
    assert.deepEqual((await get(stone, `/health-exams?workerId=${workerId}`)).json().items.map((e: { examNumber: string }) => e.examNumber), ['TS-0200']);
    assert.equal((await get(weijian, `/health-exams?workerId=${workerId}`)).json().total, 2);
    await t.db.update(users).set({ workerId }).where(eq(users.username, 'ts.laodongzhe'));
    const me = await t.login('ts.laodongzhe');
    const own = await get(me, '/me/health-archive');
    assert.equal(own.statusCode, 200, own.body);
    assert.deepEqual(own.json().exams.map((e: { examNumber: string }) => e.examNumber).sort(), ['TS-0001', 'TS-0200']);
    assert.ok(own.json().timeline.some((e: { kind: string }) => e.kind === 'exam'));
    // A worker reads only their own archive, never another worker's.
    assert.equal((await get(me, `/workers/${(await t.db.select({ w: healthExams.workerId }).from(healthExams).where(eq(healthExams.examNumber, 'TS-0003')))[0]!.w}/health-archive`)).statusCode, 403);
    const reads = await t.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, 'health_archive.read'), eq(auditLog.entityId, workerId)));
    assert.equal(Number(reads[0]!.n), 2);
  });

  it('overdue surveillance: a hired noise worker without a pre-employment exam is listed for the employer and the county', async () => {
    const postRes = await post(qiye, `/employers/${emp1Id}/posts`, { name: '冲压', hazards: [{ factorName: '噪声', exposedCount: 5 }] });
    const postId = postRes.json().id;
    const hire = await post(qiye, `/employers/${emp1Id}/workers`, { idNumber: examIdFor(9), name: '孙九', postId, startDate: '2025-02-01' });
    assert.equal(hire.statusCode, 201, hire.body);
    const list = (await get(qiye, '/surveillance/overdue')).json();
    const mine = list.items.filter((i: { workerName: string }) => i.workerName === '孙九');
    assert.deepEqual(mine.map((i: { kind: string }) => i.kind), ['no_pre_employment']);
    assert.ok((await get(weijian, '/surveillance/overdue?regionCode=440781')).json().items.some((i: { workerName: string }) => i.workerName === '孙九'));
    assert.equal((await get(kpWeijian, '/surveillance/overdue?regionCode=440781')).statusCode, 403);
    const home = (await get(qiye, '/home')).json();
    assert.ok(home.todos.some((x: { key: string; count: number }) => x.key === 'exams.surveillance_overdue' && x.count >= 1));
  });

  it('indicators: suspected OD per 1,000 examined by category, and the county share of public institutions', async () => {
    const rate = await get(weijian, '/indicators/suspected-od-rate?regionCode=440781&year=2026');
    assert.equal(rate.statusCode, 200, rate.body);
    const physical = rate.json().byCategory.find((c: { category: string }) => c.category === 'physical');
    assert.equal(physical.suspectedCount, 1);
    assert.equal(physical.examinedCount, 4);
    assert.equal(physical.ratePer1000, 250);
    const share = (await get(weijian, '/indicators/public-exam-institution-share?regionCode=440781')).json();
    assert.deepEqual({ n: share.numerator, d: share.denominator }, { n: 1, d: 1 });
    assert.equal((await get(kpWeijian, '/indicators/suspected-od-rate?regionCode=440781')).statusCode, 403);
    const reports = await t.db.select({ n: count() }).from(suspectedOdReports).where(sql`true`);
    assert.equal(Number(reports[0]!.n), 1);
  });
});
