import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { multipartBody, workbookOf } from '../../testing/multipart.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';
import { postHazards, posts } from '../employers/employers.table.ts';
import { employments, workers } from '../workers/workers.table.ts';
import { ASSESSMENT_IMPORT_COLUMNS } from './assessments.import.ts';
import { openSurveillanceFlags } from './assessments.filing.ts';
import { assessmentReports, surveillanceFlags } from './assessments.table.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

function fileBody(file: Buffer, fileName: string, fields: Record<string, string> = {}) {
  const m = multipartBody(file, fields, fileName);
  return { payload: m.payload, headers: m.headers };
}

describe('assessment reports: qualification, filing by form / batch / Excel, judgement, consequences, rectification', () => {
  let t: TestApp;
  let tech: Session;
  let county: Session;
  let city: Session;
  let neighbour: Session;
  let employer: Session;
  let inspector: Session;
  let employerId: string;
  let otherEmployerId: string;
  let ningxiaEmployerId: string;
  let grindingPostId: string;
  let qualificationId: string;
  let reportId: string;
  let taskId: string;

  const good = (over: Record<string, unknown> = {}) => ({
    employerId,
    kind: 'periodic_test',
    reportNumber: 'T-2026-001',
    samplingStartDate: '2026-06-02',
    samplingEndDate: '2026-06-03',
    reportDate: '2026-06-12',
    conclusion: '打磨岗位矽尘、噪声超标',
    points: [
      { postName: '打磨工', hazardFactor: '矽尘', location: '2号工位', measurement: { type: 'dust', fraction: 'total', freeSilicaPercent: 35, twaSamples: [{ concentration: 1.5, minutes: 160 }, { concentration: 1.2, minutes: 160 }, { concentration: 0.9, minutes: 160 }] } },
      { postName: '喷漆工', hazardFactor: '苯', measurement: { type: 'chemical', twaSamples: [{ concentration: 2, minutes: 480 }], stelSamples: [{ concentration: 5, minutes: 15 }] } },
      { postName: '打磨工', hazardFactor: '噪声', measurement: { type: 'noise', segments: [{ laeq: 90, hours: 4 }, { laeq: 80, hours: 4 }] } },
    ],
    ...over,
  });
  const file = (s: Session, body: unknown) => t.request(s, { method: 'POST', url: '/api/v1/assessment-reports', payload: body as Record<string, unknown> });
  const codes = (res: { json(): { details?: { issues?: { path: string; code: string }[] } } }) => (res.json().details?.issues ?? []).map((i) => `${i.path}:${i.code}`);

  before(async () => {
    t = await createTestApp();
    tech = await t.login('jm.jishu');
    county = await t.login('ts.weijian');
    city = await t.login('jm.weijian');
    neighbour = await t.login('kp.weijian');
    employer = await t.login('ts.qiye');
    inspector = await t.login('ts.jiandu');
    employerId = await t.orgId('台山市海宴五金制品有限公司（演示）');
    otherEmployerId = await t.orgId('台山市广海石材加工厂（演示）');
    ningxiaEmployerId = await t.orgId('吴忠市利通区铸造有限公司（演示）');
    // Posts with declared factors, and a worker employed on the grinding post.
    const [p] = await t.db.insert(posts).values({ employerId, regionCode: '440781111', name: '打磨工' }).returning({ id: posts.id });
    grindingPostId = p!.id;
    await t.db.insert(postHazards).values([
      { employerId, postId: grindingPostId, factorId: 'dust-1', factorName: '矽尘', category: '粉尘', exposedCount: 8 },
      { employerId, postId: grindingPostId, factorId: null, factorName: '噪声', category: '物理因素', exposedCount: 8 },
    ]);
    const [other] = await t.db.insert(posts).values({ employerId: otherEmployerId, regionCode: '440781110', name: '切割工' }).returning({ id: posts.id });
    await t.db.insert(postHazards).values({ employerId: otherEmployerId, postId: other!.id, factorId: null, factorName: '噪声', category: '物理因素', exposedCount: 3 });
    const [w] = await t.db
      .insert(workers)
      .values({ idNumberEnc: t.dataProtection.encrypt('440781199001010011'), idNumberBidx: 'assess-test-1', idNumberMasked: '4407**********0011', name: '打磨工甲', sex: 'male', birthDate: '1990-01-01' })
      .returning({ id: workers.id });
    await t.db.insert(employments).values({ employerId, regionCode: '440781111', workerId: w!.id, postId: grindingPostId, startDate: '2024-01-01' });
  });
  after(() => t.close());

  describe('qualifications', () => {
    it('the institution sees its demo 乙级 qualification; the city regulator maintains it; others cannot', async () => {
      const own = await t.request(tech, { method: 'GET', url: '/api/v1/tech-service-qualifications' });
      assert.equal(own.statusCode, 200, own.body);
      // Two demo qualifications: occupational-health testing, and the radiation-health one (personal dose monitoring, issue 6).
      assert.equal(own.json().length, 2);
      const q = own.json().find((x: { qualificationNumber: string }) => x.qualificationNumber.startsWith('粤卫职技字'));
      qualificationId = q.id;
      assert.equal(q.qualificationClass, 'B');
      assert.equal(q.isValidToday, true);
      assert.equal(q.verified, false);
      const byTech = await t.request(tech, { method: 'PUT', url: `/api/v1/tech-service-qualifications/${qualificationId}`, payload: { ...body(q) } });
      assert.equal(byTech.statusCode, 403);
      const byNeighbour = await t.request(neighbour, { method: 'PUT', url: `/api/v1/tech-service-qualifications/${qualificationId}`, payload: body(q) });
      assert.equal(byNeighbour.statusCode, 404);
      const bad = await t.request(city, { method: 'PUT', url: `/api/v1/tech-service-qualifications/${qualificationId}`, payload: { ...body(q), validTo: '2020-01-01' } });
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(codes(bad), ['validTo:qualification.dates_out_of_order']);
      const unknown = await t.request(city, { method: 'PUT', url: `/api/v1/tech-service-qualifications/${qualificationId}`, payload: { ...body(q), extra: 1 } });
      assert.equal(unknown.statusCode, 422);
    });
    it('a regulator registers qualifications only for institutions (422) in its region (404)', async () => {
      const notInstitution = await t.request(city, { method: 'POST', url: '/api/v1/tech-service-qualifications', payload: { ...body({ qualificationNumber: 'X-1' }), organisationId: employerId } });
      assert.equal(notInstitution.statusCode, 422);
      const institution = await t.orgId('江门市安康职业卫生技术服务有限公司（演示）');
      const outside = await t.request(neighbour, { method: 'POST', url: '/api/v1/tech-service-qualifications', payload: { ...body({ qualificationNumber: 'X-2' }), organisationId: institution } });
      assert.equal(outside.statusCode, 404);
      const dup = await t.request(city, { method: 'POST', url: '/api/v1/tech-service-qualifications', payload: { ...body({ qualificationNumber: '粤卫职技字（2024）第0101号（演示）' }), organisationId: institution } });
      assert.equal(dup.statusCode, 409);
    });
  });

  function body(q: Record<string, unknown>) {
    return {
      qualificationClass: 'B',
      qualificationNumber: q.qualificationNumber,
      validFrom: '2024-01-01',
      validTo: '2028-12-31',
      issuingProvinceCode: '44',
      categories: ['dust', 'chemical', 'physical'],
      serviceKinds: ['periodic_test', 'status_eval', 'pre_assessment', 'control_effect_eval'],
    };
  }

  describe('filing by web form', () => {
    it('401 without a session, 403 for an employer or a regulator', async () => {
      assert.equal((await file(null as unknown as Session, good())).statusCode, 401);
      assert.equal((await file(employer, good())).statusCode, 403);
      assert.equal((await file(county, good())).statusCode, 403);
    });
    it('files a periodic test; every point is judged with its citation and rule edition', async () => {
      const res = await file(tech, good());
      assert.equal(res.statusCode, 201, res.body);
      const r = res.json();
      reportId = r.id;
      assert.equal(r.version, 1);
      assert.deepEqual(r.points.map((p: { judgement: { verdict: string } }) => p.judgement.verdict), ['exceeding', 'compliant', 'exceeding']);
      const dust = r.points[0].judgement;
      assert.match(dust.factor, /矽尘/);
      assert.equal(dust.checks[0].limit, 1);
      assert.match(dust.citation, /GBZ 2\.1-2019 表2/);
      assert.equal(dust.ruleEdition, 'GBZ 2.1-2019');
      assert.equal(r.points[2].judgement.checks[0].value, 87.4);
      assert.equal(r.points[2].judgement.ruleEdition, 'GBZ 2.2-2007');
      assert.equal(r.points[0].postId, grindingPostId, 'matched to the employer post by name');
      assert.equal(r.rollUp.exceeding, 2);
      assert.equal(r.rollUp.compliantShare, 0.3333);
      assert.equal(r.rollUp.worstFactor.postName, '打磨工');
      assert.ok(r.consequences.taskId);
      assert.ok(r.consequences.alertId);
      taskId = r.consequences.taskId;
      // One worker on the grinding post × two exceeding factors (矽尘, 噪声).
      assert.equal(r.consequences.flaggedWorkers, 2);
      const flags = await openSurveillanceFlags(t.db, { employerIds: [employerId] });
      assert.deepEqual(flags.map((f) => f.hazardFactorCode).sort(), ['dust-1', 'physical-1']);
      assert.ok(flags.every((f) => f.reason === 'exceedance' && f.postId === grindingPostId && f.sourceReportId === reportId));
      // The exams module's overdue list shows the flagged worker as due, per exceeding factor.
      const due = await t.request(employer, { method: 'GET', url: `/api/v1/surveillance/overdue?employerId=${employerId}&kind=flagged` });
      assert.equal(due.statusCode, 200, due.body);
      const flagged = due.json().items as { workerId: string; hazardFactor: string }[];
      assert.deepEqual(new Set(flagged.map((i) => i.workerId)), new Set(flags.map((f) => f.workerId)));
      assert.equal(flagged.length, 2);
      assert.ok(flagged.some((i) => i.hazardFactor === '噪声'), JSON.stringify(flagged.map((i) => i.hazardFactor)));
      const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'assessment_report'), eq(auditLog.entityId, reportId)));
      assert.ok(audit.some((a) => a.action === 'assessment.file'));
    });
    it('the employer and its county regulator see the report, the alert and the task; a neighbour county gets 404', async () => {
      for (const s of [employer, county, city, inspector]) {
        const res = await t.request(s, { method: 'GET', url: `/api/v1/assessment-reports/${reportId}` });
        assert.equal(res.statusCode, 200, `${s.username} ${res.body}`);
      }
      assert.equal((await t.request(neighbour, { method: 'GET', url: `/api/v1/assessment-reports/${reportId}` })).statusCode, 404);
      const alerts = await t.request(county, { method: 'GET', url: '/api/v1/exceedance-alerts?state=open' });
      assert.ok(alerts.json().some((a: { reportId: string }) => a.reportId === reportId));
      const mine = await t.request(employer, { method: 'GET', url: '/api/v1/rectification-tasks' });
      assert.ok(mine.json().items.some((x: { id: string }) => x.id === taskId));
      assert.equal((await t.request(neighbour, { method: 'GET', url: `/api/v1/rectification-tasks/${taskId}` })).statusCode, 404);
      assert.equal((await t.request(tech, { method: 'GET', url: `/api/v1/rectification-tasks/${taskId}` })).statusCode, 403);
      const home = await t.request(county, { method: 'GET', url: '/api/v1/home' });
      assert.ok(home.json().todos.find((x: { key: string; count: number }) => x.key === 'assessments.open_alerts').count >= 1);
      const list = await t.request(county, { method: 'GET', url: '/api/v1/assessment-reports?verdict=exceeding&kind=periodic_test&regionCode=440781' });
      assert.ok(list.json().items.some((x: { id: string }) => x.id === reportId));
      const listNeighbour = await t.request(neighbour, { method: 'GET', url: '/api/v1/assessment-reports' });
      assert.equal(listNeighbour.json().items.length, 0);
    });
    it('duplicate report number of the same institution: 409', async () => {
      const res = await file(tech, good());
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().code, 'assessment.duplicate_number');
    });
    it('unknown employer (or not an employer): 404', async () => {
      assert.equal((await file(tech, good({ reportNumber: 'T-404', employerId: '00000000-0000-4000-8000-000000000000' }))).statusCode, 404);
      const authority = await t.orgId('台山市卫生健康局');
      assert.equal((await file(tech, good({ reportNumber: 'T-404b', employerId: authority }))).statusCode, 404);
    });
    it('unknown factor, dates out of order or in the future, bad samples: 422 naming the field; nothing written', async () => {
      const before = (await t.db.select().from(assessmentReports)).length;
      const unknown = await file(tech, good({ reportNumber: 'T-422a', points: [{ postName: '打磨工', hazardFactor: '不存在的化学物', measurement: { type: 'chemical', twaSamples: [{ concentration: 1, minutes: 480 }] } }] }));
      assert.equal(unknown.statusCode, 422);
      assert.deepEqual(codes(unknown), ['points.0.hazardFactor:assessment.unknown_factor']);
      const order = await file(tech, good({ reportNumber: 'T-422b', samplingStartDate: '2026-06-05', samplingEndDate: '2026-06-03' }));
      assert.deepEqual(codes(order), ['samplingEndDate:assessment.dates_out_of_order']);
      const future = await file(tech, good({ reportNumber: 'T-422c', reportDate: '2099-01-01' }));
      assert.deepEqual(codes(future), ['reportDate:assessment.date_in_future']);
      const samples = await file(tech, good({ reportNumber: 'T-422d', points: [{ postName: '打磨工', hazardFactor: '苯', measurement: { type: 'chemical', stelSamples: [{ concentration: 3, minutes: 30 }] } }] }));
      assert.deepEqual(codes(samples), ['points.0.measurement.stelSamples.0.minutes:assessment.minutes_invalid']);
      const shape = await file(tech, good({ reportNumber: 'T-422e', points: [{ postName: '打磨工', hazardFactor: '苯', measurement: { type: 'radiation' } }] }));
      assert.equal(shape.statusCode, 422);
      assert.equal((await t.db.select().from(assessmentReports)).length, before);
    });
    it('qualification: 乙级 outside its province, expired, kind not covered: 422 with the domain codes', async () => {
      const ningxia = await file(tech, good({ reportNumber: 'T-Q1', employerId: ningxiaEmployerId }));
      assert.equal(ningxia.statusCode, 422);
      assert.deepEqual(codes(ningxia), ['employerId:qualification.region_not_covered']);
      const q = (await t.request(city, { method: 'GET', url: '/api/v1/tech-service-qualifications' })).json().find((x: { id: string }) => x.id === qualificationId);
      const shrink = await t.request(city, { method: 'PUT', url: `/api/v1/tech-service-qualifications/${qualificationId}`, payload: { ...body(q), validTo: '2026-03-31', serviceKinds: ['periodic_test'] } });
      assert.equal(shrink.statusCode, 200, shrink.body);
      const expired = await file(tech, good({ reportNumber: 'T-Q2' }));
      assert.deepEqual(codes(expired), ['qualification:qualification.expired']);
      const kind = await file(tech, good({ reportNumber: 'T-Q3', kind: 'status_eval' }));
      assert.deepEqual(codes(kind), ['qualification:qualification.expired', 'kind:qualification.kind_not_covered']);
      const restore = await t.request(city, { method: 'PUT', url: `/api/v1/tech-service-qualifications/${qualificationId}`, payload: body(q) });
      assert.equal(restore.statusCode, 200);
    });
  });

  describe('attachment', () => {
    it('accepts a PDF by its bytes, refuses anything else (422), only for the filer (403), readable in scope', async () => {
      const png = await t.request(tech, { method: 'PUT', url: `/api/v1/assessment-reports/${reportId}/attachment`, ...fileBody(PNG, 'report.pdf') });
      assert.equal(png.statusCode, 422);
      assert.equal(png.json().details.issues[0].code, 'file.type_not_allowed');
      const byEmployer = await t.request(employer, { method: 'PUT', url: `/api/v1/assessment-reports/${reportId}/attachment`, ...fileBody(PDF, 'r.pdf') });
      assert.equal(byEmployer.statusCode, 403);
      const ok = await t.request(tech, { method: 'PUT', url: `/api/v1/assessment-reports/${reportId}/attachment`, ...fileBody(PDF, '检测报告.pdf') });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().sizeBytes, PDF.length);
      const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
      const tooLarge = await t.request(tech, { method: 'PUT', url: `/api/v1/assessment-reports/${reportId}/attachment`, ...fileBody(big, 'big.pdf') });
      assert.equal(tooLarge.statusCode, 413, tooLarge.body);
      assert.equal(tooLarge.json().code, 'file.too_large');
      const empty = await t.request(tech, { method: 'PUT', url: `/api/v1/assessment-reports/${reportId}/attachment`, ...fileBody(Buffer.alloc(0), 'empty.pdf') });
      assert.equal(empty.statusCode, 422);
      const get = await t.request(county, { method: 'GET', url: `/api/v1/assessment-reports/${reportId}/attachment` });
      assert.equal(get.statusCode, 200);
      assert.equal(get.headers['content-type'], 'application/pdf');
      assert.ok(get.rawPayload.subarray(0, 5).equals(Buffer.from('%PDF-')));
    });
  });

  describe('rectification workflow', () => {
    const act = (s: Session, action: string, reason?: string) => t.request(s, { method: 'POST', url: `/api/v1/rectification-tasks/${taskId}/${action}`, ...(reason === undefined ? {} : { payload: { reason } }) });
    const evidence = (s: Session, f = PDF) => t.request(s, { method: 'POST', url: `/api/v1/rectification-tasks/${taskId}/evidence`, ...fileBody(f, '整改报告.pdf', { note: '已加装局部排风' }) });

    it('open → evidence → reopened → evidence → closed, with 403/409/422 on the way', async () => {
      assert.equal((await act(county, 'close')).statusCode, 409, 'no evidence yet');
      assert.equal((await evidence(county)).statusCode, 403, 'a regulator cannot upload evidence');
      const badType = await t.request(employer, { method: 'POST', url: `/api/v1/rectification-tasks/${taskId}/evidence`, ...fileBody(Buffer.from('hello'), 'x.pdf') });
      assert.equal(badType.statusCode, 422);
      const sent = await evidence(employer);
      assert.equal(sent.statusCode, 200, sent.body);
      assert.equal(sent.json().state, 'evidence_submitted');
      assert.equal(sent.json().evidence.length, 1);
      assert.equal((await act(employer, 'close')).statusCode, 403);
      assert.equal((await act(neighbour, 'close')).statusCode, 404);
      assert.equal((await act(county, 'reopen', ' ')).statusCode, 422);
      const reopened = await act(county, 'reopen', '未见检测复核结果');
      assert.equal(reopened.json().state, 'reopened');
      assert.deepEqual(reopened.json().allowedActions, []);
      assert.equal((await evidence(employer)).json().state, 'evidence_submitted');
      const closed = await act(county, 'close');
      assert.equal(closed.statusCode, 200);
      assert.equal(closed.json().state, 'closed');
      assert.equal((await act(county, 'close')).statusCode, 409);
      const alerts = await t.request(employer, { method: 'GET', url: `/api/v1/exceedance-alerts?employerId=${employerId}` });
      assert.equal(alerts.json().find((a: { taskId: string }) => a.taskId === taskId).state, 'closed');
      const ev = closed.json().evidence[0];
      const download = await t.request(county, { method: 'GET', url: `/api/v1/rectification-tasks/${taskId}/evidence/${ev.id}` });
      assert.equal(download.statusCode, 200);
    });
  });

  describe('corrections are new versions', () => {
    it('a corrected report keeps the previous version; flags follow the current version', async () => {
      const { employerId: _e, reportNumber: _n, ...rest } = good();
      const corrected = { ...rest, points: rest.points.slice(1), correctionReason: '矽尘样品编号录入错误，复核后删除该点' };
      const byOther = await t.request(employer, { method: 'POST', url: `/api/v1/assessment-reports/${reportId}/versions`, payload: corrected });
      assert.equal(byOther.statusCode, 403);
      // The same validation as filing: a reason is required, and the domain rules name the field; nothing is written.
      const versionsBefore = (await t.db.select().from(assessmentReports)).length;
      const { correctionReason: _r, ...noReason } = corrected;
      const missing = await t.request(tech, { method: 'POST', url: `/api/v1/assessment-reports/${reportId}/versions`, payload: noReason });
      assert.equal(missing.statusCode, 422);
      const badDates = await t.request(tech, { method: 'POST', url: `/api/v1/assessment-reports/${reportId}/versions`, payload: { ...corrected, samplingStartDate: '2026-06-09' } });
      assert.deepEqual(codes(badDates), ['samplingEndDate:assessment.dates_out_of_order']);
      const badPoint = await t.request(tech, { method: 'POST', url: `/api/v1/assessment-reports/${reportId}/versions`, payload: { ...corrected, points: [{ postName: '打磨工', hazardFactor: '不存在的化学物', measurement: { type: 'chemical', twaSamples: [{ concentration: 1, minutes: 480 }] } }] } });
      assert.deepEqual(codes(badPoint), ['points.0.hazardFactor:assessment.unknown_factor']);
      assert.equal((await t.db.select().from(assessmentReports)).length, versionsBefore);
      const res = await t.request(tech, { method: 'POST', url: `/api/v1/assessment-reports/${reportId}/versions`, payload: corrected });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().version, 2);
      assert.deepEqual(res.json().versions.map((v: { version: number; isCurrent: boolean }) => [v.version, v.isCurrent]), [[1, false], [2, true]]);
      const old = await t.request(county, { method: 'GET', url: `/api/v1/assessment-reports/${reportId}` });
      assert.equal(old.json().isCurrent, false);
      assert.equal(old.json().points.length, 3);
      const again = await t.request(tech, { method: 'POST', url: `/api/v1/assessment-reports/${reportId}/versions`, payload: corrected });
      assert.equal(again.statusCode, 409, 'only the current version can be corrected');
      const attachOld = await t.request(tech, { method: 'PUT', url: `/api/v1/assessment-reports/${reportId}/attachment`, ...fileBody(PDF, 'v1.pdf') });
      assert.equal(attachOld.statusCode, 409, 'a superseded version is kept as filed');

      const flags = await openSurveillanceFlags(t.db, { employerIds: [employerId] });
      assert.deepEqual(flags.map((f) => f.hazardFactorCode), ['physical-1']);
      const cleared = await t.db.select().from(surveillanceFlags).where(eq(surveillanceFlags.sourceReportId, reportId));
      assert.ok(cleared.every((f) => f.clearedAt !== null));
      reportId = res.json().id;
    });

    it('an open rectification task follows the corrected version; its history records the correction', async () => {
      const filed = await file(tech, good({ reportNumber: 'T-COR', points: [{ postName: '喷漆工', hazardFactor: '苯', measurement: { type: 'chemical', twaSamples: [{ concentration: 2, minutes: 480 }], stelSamples: [{ concentration: 12, minutes: 15 }] } }] }));
      assert.equal(filed.statusCode, 201, filed.body);
      const openTaskId = filed.json().consequences.taskId as string;
      assert.ok(openTaskId);
      const { employerId: _e, reportNumber: _n, ...rest } = good();
      // The benzene STE sample was misread: 5 → within PC-STEL, so no exceedance is left.
      const v2 = await t.request(tech, {
        method: 'POST',
        url: `/api/v1/assessment-reports/${filed.json().id}/versions`,
        payload: { ...rest, points: [{ postName: '喷漆工', hazardFactor: '苯', measurement: { type: 'chemical', twaSamples: [{ concentration: 2, minutes: 480 }], stelSamples: [{ concentration: 5, minutes: 15 }] } }], correctionReason: '短时间接触样品读数更正' },
      });
      assert.equal(v2.statusCode, 201, v2.body);
      assert.equal(v2.json().exceedingCount, 0);
      const task = (await t.request(county, { method: 'GET', url: `/api/v1/rectification-tasks/${openTaskId}` })).json();
      assert.equal(task.reportId, v2.json().id);
      assert.equal(task.state, 'open', 'the regulator still closes it out');
      const corrected = task.events.find((e: { action: string }) => e.action === 'report_corrected');
      assert.match(corrected.note, /第2版，已无超标检测点（短时间接触样品读数更正）/);
      // v1, kept as filed, still shows the alert and the task its exceedance raised.
      const v1 = (await t.request(county, { method: 'GET', url: `/api/v1/assessment-reports/${filed.json().id}` })).json();
      assert.equal(v1.consequences.taskId, openTaskId);
      assert.ok(v1.consequences.alertId);
    });
  });

  describe('JSON batch', () => {
    it('is all or nothing: one bad report names reports.<i>.<field> and nothing is written', async () => {
      const before = (await t.db.select().from(assessmentReports)).length;
      const bad = await t.request(tech, {
        method: 'POST',
        url: '/api/v1/assessment-reports/batch',
        payload: { reports: [good({ reportNumber: 'B-1', employerId: otherEmployerId }), good({ reportNumber: 'B-2', samplingStartDate: '2026-06-09' })] },
      });
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(codes(bad), ['reports.1.samplingEndDate:assessment.dates_out_of_order']);
      assert.equal((await t.db.select().from(assessmentReports)).length, before);
      const dup = await t.request(tech, { method: 'POST', url: '/api/v1/assessment-reports/batch', payload: { reports: [good({ reportNumber: 'B-1' }), good({ reportNumber: 'B-1' })] } });
      assert.equal(dup.statusCode, 409);
      const ok = await t.request(tech, {
        method: 'POST',
        url: '/api/v1/assessment-reports/batch',
        payload: {
          reports: [
            good({ reportNumber: 'B-1', employerId: otherEmployerId, points: [{ postName: '切割工', hazardFactor: '噪声', measurement: { type: 'noise', lex8h: 84.2 } }] }),
            good({ reportNumber: 'B-2', kind: 'status_eval', points: [{ postName: '打磨工', hazardFactor: '高温', measurement: { type: 'heat', wbgt: 25, labourIntensityClass: 'II', exposureTimeRatePercent: 60 } }] }),
          ],
        },
      });
      assert.equal(ok.statusCode, 201, ok.body);
      assert.equal(ok.json().ids.length, 2);
    });
  });

  describe('Excel import (same validation, per-row errors, idempotent)', () => {
    const headers = ASSESSMENT_IMPORT_COLUMNS.map((c) => c.header);
    const uscc = async () => (await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}` })).json().uscc as string;
    const row = (number: string, u: string, post: string, factor: string, type: string, extra: Partial<Record<string, string>>) => {
      const base: Record<string, string> = { reportNumber: number, uscc: u, kind: '定期检测', samplingStartDate: '2026-07-01', samplingEndDate: '2026-07-01', reportDate: '2026-07-10', conclusion: '导入测试', postName: post, hazardFactor: factor, measurementType: type, ...extra };
      return ASSESSMENT_IMPORT_COLUMNS.map((c) => base[c.key] ?? '');
    };
    const upload = async (rows: string[][], mode: string) => {
      const res = await t.request(tech, { method: 'POST', url: '/api/v1/assessment-reports/import', ...multipartBody(await workbookOf(headers, rows), { mode }) });
      assert.equal(res.statusCode, 202, res.body);
      await t.drainJobs();
      return (await t.request(tech, { method: 'GET', url: `/api/v1/jobs/${res.json().jobId}` })).json().result;
    };

    it('files a report from rows, maps errors to rows and columns, and a re-upload files nothing twice', async () => {
      const u = await uscc();
      const rows = [
        row('X-1', u, '打磨工', '矽尘', '粉尘', { fraction: '总粉尘', freeSilicaPercent: '35', twaSamples: '0.5×240;0.4×240' }),
        row('X-1', u, '喷漆工', '苯', '化学', { twaSamples: '2×480', stelSamples: '12×15' }),
        row('X-1', u, '打磨工', '噪声', '噪声', { lex8h: '83' }),
        row('X-2', u, '打磨工', '没有这个因素', '化学', { twaSamples: '1×480' }),
      ];
      const strict = await upload(rows, 'all_or_nothing');
      assert.equal(strict.imported, 0);
      assert.deepEqual(strict.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]), [[5, '危害因素*', 'assessment.unknown_factor']]);
      const partial = await upload(rows, 'valid_rows');
      assert.equal(partial.imported, 3);
      assert.equal(partial.rejected, 1);
      const again = await upload(rows.slice(0, 3), 'valid_rows');
      assert.equal(again.imported, 0);
      assert.equal(again.alreadyPresent, 3);
      const list = await t.request(county, { method: 'GET', url: '/api/v1/assessment-reports?q=X-1' });
      const imported = list.json().items[0];
      assert.equal(imported.source, 'import');
      assert.equal(imported.exceedingCount, 1, '苯 C_STE 12 > PC-STEL 10');
      const history = await t.request(tech, { method: 'GET', url: '/api/v1/assessment-report-imports' });
      assert.equal(history.json().length, 3);
    });

    it('names the sheet-only errors by row and column: unknown employer, report type, measurement type, dust fraction, header rows that disagree', async () => {
      const u = await uscc();
      const rows = [
        row('X-3', '91440781MA00000000', '打磨工', '噪声', '噪声', { lex8h: '80' }),
        row('X-4', u, '打磨工', '噪声', '噪声', { kind: '年度检测', lex8h: '80' }),
        row('X-5', u, '打磨工', '噪声', '声音', { lex8h: '80' }),
        row('X-6', u, '打磨工', '矽尘', '粉尘', { fraction: '细粉尘', twaSamples: '0.5×480' }),
        row('X-7', u, '打磨工', '噪声', '噪声', { lex8h: '80' }),
        row('X-7', u, '喷漆工', '苯', '化学', { reportDate: '2026-07-11', twaSamples: '1×480' }),
        row('X-8', u, '打磨工', '噪声', '噪声', { lex8h: 'abc' }),
      ];
      const result = await upload(rows, 'valid_rows');
      assert.equal(result.imported, 0);
      assert.deepEqual(
        result.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]),
        [
          [2, '用人单位统一社会信用代码*', 'employer.not_found'],
          [3, '报告类型*', 'assessment.kind_invalid'],
          [4, '检测类型*', 'assessment.measurement_type_invalid'],
          [5, '粉尘组分', 'assessment.fraction_invalid'],
          [7, '报告日期*', 'assessment.header_mismatch'],
          // A value that is not a number reaches the domain as NaN (non-finite) and is refused there, like the form's.
          [8, 'L_EX,8h(dB(A))', 'assessment.level_invalid'],
        ],
      );
    });
  });

  describe('oversight lists and the indicator', () => {
    it('lists employers with hazards never tested; the employer page shows its testing clock and cross-check', async () => {
      const res = await t.request(county, { method: 'GET', url: '/api/v1/assessments/overdue-testing' });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json().map((r: { employerId: string }) => r.employerId), [], 'both 台山 employers with hazards have been tested');
      const own = await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}/periodic-testing` });
      assert.equal(own.statusCode, 200, own.body);
      assert.equal(own.json().status, 'due');
      assert.equal(own.json().intervalYears, 3);
      // 苯 at 喷漆工 (no such post declared) and 高温 at 打磨工 (B-2) were measured but not declared.
      assert.deepEqual(own.json().crossCheck.measuredNotDeclared.map((x: { postName: string; factorName: string }) => `${x.postName}:${x.factorName}`).sort(), ['喷漆工:苯', '打磨工:高温']);
      assert.deepEqual(own.json().crossCheck.declaredNotTested, []);
      assert.equal((await t.request(employer, { method: 'GET', url: '/api/v1/assessments/overdue-testing' })).statusCode, 403);
      const cross = await t.request(county, { method: 'GET', url: '/api/v1/assessments/cross-check' });
      assert.ok(cross.json().some((r: { employerId: string }) => r.employerId === employerId));
      // A third employer with hazards and no report appears as never tested.
      const kp = await t.orgId('开平市水口卫浴制造有限公司（演示）');
      const [p] = await t.db.insert(posts).values({ employerId: kp, regionCode: '440783117', name: '抛光工' }).returning({ id: posts.id });
      await t.db.insert(postHazards).values({ employerId: kp, postId: p!.id, factorId: null, factorName: '噪声', category: '物理因素', exposedCount: 4 });
      const kpList = await t.request(neighbour, { method: 'GET', url: '/api/v1/assessments/overdue-testing' });
      assert.deepEqual(kpList.json().map((r: { employerId: string; status: string }) => [r.employerId, r.status]), [[kp, 'never_tested']]);
    });

    it('monitoring pass rate for 台山 2026 equals a hand count of the current periodic-test points', async () => {
      const res = await t.request(county, { method: 'GET', url: '/api/v1/indicators/monitoring-pass-rate?regionCode=440781&year=2026' });
      assert.equal(res.statusCode, 200, res.body);
      // Current periodic tests in 台山, 2026:
      //  demo AK-JC-2026-0001: 矽尘 exceeding, 噪声 83.1 compliant, 苯 compliant            → 2 / 3
      //  T-2026-001 v2 (v1 superseded): 苯 compliant, 噪声 87.4 exceeding                  → 1 / 2
      //  B-1 (广海石材): 噪声 84.2 compliant                                               → 1 / 1
      //  B-2 is a status evaluation                                                        → not counted
      //  T-COR v2 (v1 superseded): 苯 STEL 5 compliant                                    → 1 / 1
      //  X-1 (import): 矽尘 0.45 compliant, 苯 STEL exceeding, 噪声 83 compliant          → 2 / 3
      const r = res.json();
      assert.deepEqual([r.numerator, r.denominator, r.value], [7, 10, 0.7]);
      assert.deepEqual([r.byCategory.dust.numerator, r.byCategory.dust.denominator], [1, 2]);
      assert.deepEqual([r.byCategory.chemical.numerator, r.byCategory.chemical.denominator], [3, 4]);
      assert.deepEqual([r.byCategory.physical.numerator, r.byCategory.physical.denominator], [3, 4]);
      assert.equal((await t.request(neighbour, { method: 'GET', url: '/api/v1/indicators/monitoring-pass-rate?regionCode=440781&year=2026' })).statusCode, 403);
      assert.equal((await t.request(county, { method: 'GET', url: '/api/v1/indicators/monitoring-pass-rate?regionCode=440799&year=2026' })).statusCode, 422);
    });
  });
});
