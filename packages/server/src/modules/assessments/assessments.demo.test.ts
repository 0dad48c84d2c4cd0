import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, createTestApp } from '../../testing/test-app.ts';
import { seedExamDemo } from '../exams/exams.demo.ts';
import { openSurveillanceFlags } from './assessments.filing.ts';
import { seedAssessmentDemo } from './assessments.demo.ts';

describe('demo assessment reports', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    // As prepare.ts does: the exams demo first (its 冲压 post and workers), then the reports.
    assert.equal(await seedExamDemo(t.db, t.dataProtection), true);
  });
  after(() => t.close());

  it('loads once, through the filing path: judged points, alerts, tasks, flags and a corrected version', async () => {
    assert.equal(await seedAssessmentDemo(t.db), true);
    assert.equal(await seedAssessmentDemo(t.db), false);
    const county = await t.login('ts.weijian');
    const reports = (await t.request(county, { method: 'GET', url: '/api/v1/assessment-reports?pageSize=50' })).json();
    const byNumber = new Map(reports.items.map((r: { reportNumber: string }) => [r.reportNumber, r]));
    // 台山 sees its two employers' reports (the seed's first one included), not 开平's.
    assert.deepEqual([...byNumber.keys()].sort(), ['AK-JC-2026-0001（演示）', 'AK-JC-2026-0052（演示）', 'AK-JC-2026-0087（演示）']);
    const haiyan = byNumber.get('AK-JC-2026-0087（演示）') as { id: string; exceedingCount: number; pointCount: number };
    assert.deepEqual([haiyan.pointCount, haiyan.exceedingCount], [3, 1]);
    assert.equal((byNumber.get('AK-JC-2026-0052（演示）') as { exceedingCount: number }).exceedingCount, 2);

    const detail = (await t.request(county, { method: 'GET', url: `/api/v1/assessment-reports/${haiyan.id}` })).json();
    const noise = detail.points.find((p: { hazardFactor: string }) => p.hazardFactor === '噪声');
    assert.equal(noise.judgement.verdict, 'exceeding');
    assert.match(noise.judgement.citation, /GBZ 2\.2/);
    assert.equal(detail.consequences.flaggedWorkers, 4, 'the four workers on 冲压（演示）');
    assert.ok(detail.consequences.taskId && detail.consequences.alertId);

    const alerts = (await t.request(county, { method: 'GET', url: '/api/v1/exceedance-alerts?state=open' })).json();
    assert.deepEqual(alerts.map((a: { reportNumber: string }) => a.reportNumber).sort(), ['AK-JC-2026-0001（演示）', 'AK-JC-2026-0052（演示）', 'AK-JC-2026-0087（演示）']);
    const tasks = (await t.request(county, { method: 'GET', url: '/api/v1/rectification-tasks' })).json();
    assert.equal(tasks.total, 3);
    const flags = await openSurveillanceFlags(t.db, { employerIds: [detail.employerId] });
    assert.equal(flags.length, 4);
    assert.ok(flags.every((f) => f.hazardFactorCode === flags[0]!.hazardFactorCode && f.sourceReportId === haiyan.id));

    // 开平: all compliant, corrected once; v1 is kept and no task was raised.
    const kaiping = await t.login('kp.weijian');
    const kp = (await t.request(kaiping, { method: 'GET', url: '/api/v1/assessment-reports?includeSuperseded=true' })).json();
    assert.deepEqual(kp.items.map((r: { version: number; isCurrent: boolean; exceedingCount: number }) => [r.version, r.isCurrent, r.exceedingCount]).sort(), [
      [1, false, 0],
      [2, true, 0],
    ]);
    assert.equal((await t.request(kaiping, { method: 'GET', url: '/api/v1/rectification-tasks' })).json().total, 0);
  });
});
