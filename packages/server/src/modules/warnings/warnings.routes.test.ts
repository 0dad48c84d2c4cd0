import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { todayCst } from '@ohnet/domain';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';
import { seedExamDemo } from '../exams/exams.demo.ts';
import { suspectedOdReports } from '../exams/exams.table.ts';
import { exceedanceAlerts, rectificationTasks } from '../assessments/assessments.table.ts';
import { sensorAlerts, sensorDevices } from '../monitoring/monitoring.table.ts';
import { employments } from '../workers/workers.table.ts';
import { warningEvents, warnings } from './warnings.table.ts';

type Page = { items: { id: string; rule: string; employerId: string | null; regionName: string | null; state: string; severity: string; params: Record<string, unknown>; lastSeenAt: string }[]; total: number };

describe('early warning: evaluation, de-duplication, inbox, lifecycle and scope', () => {
  let t: TestApp;
  let county: Session;
  let city: Session;
  let neighbour: Session;
  let employer: Session;
  let inspector: Session;
  let tech: Session;
  let employerId: string;
  let extraReportId: string;
  let clusterId: string;

  const get = (s: Session | null, url: string) => t.request(s, { method: 'GET', url });
  const post = (s: Session | null, url: string, payload?: Record<string, unknown>) => t.request(s, { method: 'POST', url, ...(payload ? { payload } : {}) });
  const evaluate = async (s: Session = county) => {
    const res = await post(s, '/api/v1/warnings/evaluate');
    assert.equal(res.statusCode, 202, res.body);
    const { jobId } = res.json() as { jobId: string };
    await t.drainJobs();
    const job = (await get(s, `/api/v1/jobs/${jobId}`)).json();
    assert.equal(job.status, 'succeeded', JSON.stringify(job.error));
    return job.result as { opened: number; updated: number; cleared: number; conditions: number; byRule: Record<string, number> };
  };
  const clusters = async () => (await get(county, '/api/v1/warnings?rule=suspected_od_cluster&pageSize=50')).json() as Page;
  const issueCodes = (res: { json(): { details?: { issues?: { code: string }[] } } }) => (res.json().details?.issues ?? []).map((i) => i.code);

  before(async () => {
    t = await createTestApp();
    // Demo-like data: the demo exams (one suspected 职业性噪声聋 at 台山市海宴五金) and a second suspected
    // report at the same employer today, for another worker of the same noise post.
    await seedExamDemo(t.db, t.dataProtection);
    employerId = await t.orgId('台山市海宴五金制品有限公司（演示）');
    const [first] = await t.db.select().from(suspectedOdReports).where(eq(suspectedOdReports.employerId, employerId));
    assert.ok(first, 'the exam demo files one suspected report');
    const other = (await t.db.select({ workerId: employments.workerId }).from(employments).where(eq(employments.employerId, employerId))).find((e) => e.workerId !== first.workerId)!;
    const [extra] = await t.db
      .insert(suspectedOdReports)
      .values({ ...first, id: undefined, workerId: other.workerId, reportedOn: todayCst(), history: [], updatedAt: new Date() })
      .returning({ id: suspectedOdReports.id });
    extraReportId = extra!.id;
    county = await t.login('ts.weijian');
    city = await t.login('jm.weijian');
    neighbour = await t.login('kp.weijian');
    employer = await t.login('ts.qiye');
    inspector = await t.login('ts.jiandu');
    tech = await t.login('jm.jishu');
  });
  after(() => t.close());

  it('the evaluator raises warnings from the demo records, a cluster among them', async () => {
    const r = await evaluate();
    assert.ok(r.opened > 0 && r.opened === r.conditions, JSON.stringify(r));
    assert.equal(r.byRule.suspected_od_cluster, 1);
    assert.ok((r.byRule.declaration_overdue ?? 0) >= 1, 'an employer with hazards and no declaration');
    assert.ok((r.byRule.exam_overdue ?? 0) >= 1, 'demo workers without a pre-employment exam');
    const page = await clusters();
    assert.equal(page.total, 1);
    const c = page.items[0]!;
    assert.equal(c.employerId, employerId);
    assert.equal(c.params.count, 2);
    assert.equal(c.severity, 'high'); // the same disease twice
    assert.match(c.regionName ?? '', /^广东省江门市台山市/);
    clusterId = c.id;
    // One overdue-exam warning per employer, with the count (not one per worker).
    const exams = (await get(county, '/api/v1/warnings?rule=exam_overdue')).json() as Page;
    const mine = exams.items.filter((w) => w.employerId === employerId);
    assert.equal(mine.length, 1);
    assert.ok(Number(mine[0]!.params.workers) >= 4);
  });

  it('evaluating again duplicates nothing and refreshes lastSeenAt', async () => {
    const before = await t.db.select({ id: warnings.id }).from(warnings);
    const seenBefore = (await clusters()).items[0]!.lastSeenAt;
    const r = await evaluate();
    assert.equal(r.opened, 0);
    assert.equal(r.cleared, 0);
    assert.equal(r.updated, before.length);
    assert.equal((await t.db.select({ id: warnings.id }).from(warnings)).length, before.length);
    assert.ok((await clusters()).items[0]!.lastSeenAt > seenBefore);
  });

  it('401 without a session, 403 without the permission, 404 outside scope or unknown, 422 for bad input', async () => {
    assert.equal((await get(null, '/api/v1/warnings')).statusCode, 401);
    assert.equal((await get(tech, '/api/v1/warnings')).statusCode, 403);
    assert.equal((await post(employer, '/api/v1/warnings/evaluate')).statusCode, 403);
    assert.equal((await post(inspector, `/api/v1/warnings/${clusterId}/acknowledge`)).statusCode, 403);
    assert.equal((await post(employer, `/api/v1/warnings/${clusterId}/acknowledge`)).statusCode, 403);
    const far = await get(neighbour, `/api/v1/warnings/${clusterId}`);
    assert.equal(far.statusCode, 404);
    assert.equal(far.json().code, 'warning.not_found');
    assert.equal((await post(neighbour, `/api/v1/warnings/${clusterId}/acknowledge`)).statusCode, 404);
    assert.equal((await get(county, '/api/v1/warnings/00000000-0000-4000-8000-000000000000')).statusCode, 404);
    assert.equal((await get(county, '/api/v1/warnings?severity=urgent')).statusCode, 422);
    const outside = await get(county, '/api/v1/warnings?regionCode=440783');
    assert.equal(outside.statusCode, 403);
    assert.equal(outside.json().code, 'scope.region_outside');
    assert.equal((await get(county, '/api/v1/warnings?regionCode=999999')).statusCode, 422);
  });

  it('acknowledge → assign → close with a comment; wrong steps are 409, missing comment or bad assignee 422; every step audited', async () => {
    const ack = await post(county, `/api/v1/warnings/${clusterId}/acknowledge`, { comment: '已知悉，安排核查' });
    assert.equal(ack.statusCode, 200, ack.body);
    assert.equal(ack.json().state, 'acknowledged');
    const again = await post(county, `/api/v1/warnings/${clusterId}/acknowledge`);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'warning.invalid_transition');

    assert.equal((await post(county, `/api/v1/warnings/${clusterId}/assign`, {})).statusCode, 422);
    const far = await post(county, `/api/v1/warnings/${clusterId}/assign`, { assigneeId: await t.userId('kp.weijian') });
    assert.equal(far.statusCode, 422);
    assert.deepEqual(issueCodes(far), ['warning.assignee_invalid']);
    const notHandler = await post(county, `/api/v1/warnings/${clusterId}/assign`, { assigneeId: await t.userId('ts.jiandu') });
    assert.deepEqual(issueCodes(notHandler), ['warning.assignee_invalid']);
    const candidates = (await get(county, `/api/v1/warnings/${clusterId}/assignees`)).json() as { id: string; displayName: string }[];
    const countyId = await t.userId('ts.weijian');
    assert.ok(candidates.some((c) => c.id === countyId));
    const kpId = await t.userId('kp.weijian');
    assert.ok(!candidates.some((c) => c.id === kpId));
    // The city may assign it to the county (a user of its region who sees the warning).
    const assigned = await post(city, `/api/v1/warnings/${clusterId}/assign`, { assigneeId: countyId, comment: '请台山市卫健局核查' });
    assert.equal(assigned.statusCode, 200, assigned.body);
    assert.equal(assigned.json().assigneeName, '县卫健局演示');
    const home = (await get(county, '/api/v1/home')).json() as { todos: { key: string; count: number }[] };
    assert.equal(home.todos.find((x) => x.key === 'warnings.assigned_to_me')?.count, 1);

    const blank = await post(county, `/api/v1/warnings/${clusterId}/close`, { comment: '   ' });
    assert.equal(blank.statusCode, 422);
    assert.deepEqual(issueCodes(blank), ['warning.comment_required']);
    assert.equal((await post(county, `/api/v1/warnings/${clusterId}/close`, {})).statusCode, 422);
    const closed = await post(county, `/api/v1/warnings/${clusterId}/close`, { comment: '已现场核查，两例均已安排诊断' });
    assert.equal(closed.statusCode, 200, closed.body);
    const d = closed.json();
    assert.equal(d.state, 'closed');
    assert.deepEqual(d.allowedActions, []);
    assert.deepEqual(
      d.events.map((e: { action: string; actorName: string | null; comment: string | null }) => [e.action, e.actorName, e.comment]),
      [
        ['opened', null, null],
        ['acknowledge', '县卫健局演示', '已知悉，安排核查'],
        ['assign', '市卫健局演示', '请台山市卫健局核查'],
        ['close', '县卫健局演示', '已现场核查，两例均已安排诊断'],
      ],
    );
    assert.equal((await post(county, `/api/v1/warnings/${clusterId}/close`, { comment: 'again' })).statusCode, 409);
    const audit = await t.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'warning'), eq(auditLog.entityId, clusterId)));
    assert.deepEqual(audit.map((a) => a.action).sort(), ['warning.acknowledge', 'warning.assign', 'warning.close']);
  });

  it('closed while the condition persists: no new warning; cleared and recurring: a new one; an active one is marked cleared', async () => {
    await evaluate();
    assert.equal((await clusters()).total, 1, 'still the closed one');

    await t.db.delete(suspectedOdReports).where(eq(suspectedOdReports.id, extraReportId));
    const gone = await evaluate();
    assert.equal(gone.cleared, 1);
    const [closedRow] = await t.db.select().from(warnings).where(eq(warnings.id, clusterId));
    assert.equal(closedRow!.state, 'closed', 'a closed warning stays closed');
    assert.ok(closedRow!.clearedAt);

    const [first] = await t.db.select().from(suspectedOdReports).where(eq(suspectedOdReports.employerId, employerId));
    const [back] = await t.db.insert(suspectedOdReports).values({ ...first!, id: undefined, reportedOn: todayCst(), history: [] }).returning({ id: suspectedOdReports.id });
    const recurred = await evaluate();
    assert.equal(recurred.opened, 1);
    const page = await clusters();
    assert.equal(page.total, 2);
    const fresh = page.items.find((w) => w.id !== clusterId)!;
    assert.equal(fresh.state, 'open');

    await t.db.delete(suspectedOdReports).where(eq(suspectedOdReports.id, back!.id));
    await evaluate();
    const [cleared] = await t.db.select().from(warnings).where(eq(warnings.id, fresh.id));
    assert.equal(cleared!.state, 'cleared');
    const ev = await t.db.select().from(warningEvents).where(eq(warningEvents.warningId, fresh.id));
    assert.deepEqual(ev.map((e) => e.action).sort(), ['cleared', 'opened']);
    assert.equal((await post(county, `/api/v1/warnings/${fresh.id}/acknowledge`)).statusCode, 409);
  });

  it('exceedance, rectification and monitoring warnings follow their records: opened, escalated, cleared', async () => {
    const byRule = async (rule: string) => ((await get(county, `/api/v1/warnings?rule=${rule}&pageSize=50`)).json() as Page).items;
    // The demo's exceedance (assessment demo seed) raised an alert and a rectification task due in the past.
    const [task] = await t.db.select().from(rectificationTasks).where(eq(rectificationTasks.employerId, employerId));
    assert.ok(task, 'the assessment demo raises a rectification task');
    const rect = (await byRule('rectification_open')).find((w) => w.employerId === employerId)!;
    assert.equal(rect.severity, task.dueDate < todayCst() ? 'high' : 'low');
    assert.ok((await byRule('assessment_exceedance')).some((w) => w.employerId === employerId && w.state === 'open'));

    // A monitoring alarm over the limit opens a high warning.
    const [device] = await t.db.select().from(sensorDevices).where(eq(sensorDevices.employerId, employerId));
    assert.ok(device, 'the monitoring demo registers devices');
    await t.db.update(sensorAlerts).set({ closedAt: new Date() }).where(eq(sensorAlerts.deviceId, device.id));
    const [alarm] = await t.db
      .insert(sensorAlerts)
      .values({ deviceId: device.id, employerId, postId: device.postId, regionCode: device.regionCode, kind: 'limit', threshold: 1, openedAt: new Date(), peakValue: 2.5, peakAt: new Date(), citation: 'GBZ 2.1-2019', verified: false })
      .returning({ id: sensorAlerts.id });
    await evaluate();
    const opened = (await byRule('monitoring_alert')).find((w) => w.state === 'open' && w.params.deviceCode === device.code && w.params.peakValue === 2.5)!;
    assert.equal(opened.severity, 'high');

    // The task is closed (and its alert with it), the episode ends: all three warnings clear.
    await t.db.update(rectificationTasks).set({ state: 'closed', closedAt: new Date() }).where(eq(rectificationTasks.id, task.id));
    await t.db.update(exceedanceAlerts).set({ state: 'closed', closedAt: new Date() }).where(eq(exceedanceAlerts.taskId, task.id));
    await t.db.update(sensorAlerts).set({ closedAt: new Date() }).where(eq(sensorAlerts.id, alarm!.id));
    await evaluate();
    assert.equal((await byRule('rectification_open')).find((w) => w.id === rect.id)!.state, 'cleared');
    assert.ok((await byRule('assessment_exceedance')).filter((w) => w.employerId === employerId).every((w) => w.state === 'cleared'));
    assert.equal((await byRule('monitoring_alert')).find((w) => w.id === opened.id)!.state, 'cleared');
  });

  it('an employer sees the warnings about itself only, read-only; regulators their region; counts match the list', async () => {
    const own = (await get(employer, '/api/v1/warnings?pageSize=200')).json() as Page;
    assert.ok(own.total > 0);
    assert.ok(own.items.every((w) => w.employerId === employerId));
    const d = (await get(employer, `/api/v1/warnings/${clusterId}`)).json();
    assert.deepEqual(d.allowedActions, []);
    const far = (await get(neighbour, '/api/v1/warnings?pageSize=200')).json() as Page;
    assert.ok(!far.items.some((w) => w.employerId === employerId));

    const summary = (await get(county, '/api/v1/warnings/summary')).json() as { activeBySeverity: Record<string, number>; byState: Record<string, number> };
    const active = (await get(county, '/api/v1/warnings?state=active')).json() as Page;
    assert.equal(summary.activeBySeverity.high! + summary.activeBySeverity.medium! + summary.activeBySeverity.low!, active.total);
    for (const state of ['open', 'acknowledged', 'assigned', 'closed', 'cleared']) {
      assert.equal(summary.byState[state], ((await get(county, `/api/v1/warnings?state=${state}`)).json() as Page).total, state);
    }
    assert.equal(summary.byState.closed, 1);
    const high = (await get(county, '/api/v1/warnings?state=active&severity=high')).json() as Page;
    assert.equal(high.total, summary.activeBySeverity.high);
    const home = (await get(employer, '/api/v1/home')).json() as { todos: { key: string; count: number }[] };
    assert.equal(home.todos.find((x) => x.key === 'warnings.open')?.count, (await get(employer, '/api/v1/warnings?state=open')).json().total);
  });
});
