import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, createTestApp } from '../../testing/test-app.ts';
import { seedExamDemo } from './exams.demo.ts';

describe('demo exams', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('loads once: the filed institution, flagged exams, a suspected report, a notice and ts.laodongzhe\'s archive', async () => {
    assert.equal(await seedExamDemo(t.db, t.dataProtection), true);
    assert.equal(await seedExamDemo(t.db, t.dataProtection), false);
    const tijian = await t.login('ts.tijian');
    const exams = (await t.request(tijian, { method: 'GET', url: '/api/v1/health-exams' })).json();
    assert.equal(exams.total, 5);
    assert.ok(exams.items.some((e: { flagCodes: string[] }) => e.flagCodes.includes('incomplete')));
    const qiye = await t.login('ts.qiye');
    assert.equal((await t.request(qiye, { method: 'GET', url: '/api/v1/suspected-reports' })).json().total, 1);
    assert.equal((await t.request(qiye, { method: 'GET', url: '/api/v1/contraindication-notices' })).json().total, 1);
    // The employer sees 4 of its own exams, not the exit exam filed for 广海石材.
    assert.equal((await t.request(qiye, { method: 'GET', url: '/api/v1/health-exams' })).json().total, 4);
    const me = await t.login('ts.laodongzhe');
    const archive = (await t.request(me, { method: 'GET', url: '/api/v1/me/health-archive' })).json();
    assert.equal(archive.worker.name, '黄志明');
    assert.deepEqual(archive.exams.map((e: { examType: string }) => e.examType).sort(), ['exit', 'periodic']);
    assert.equal(new Set(archive.employments.map((e: { employerId: string }) => e.employerId)).size, 2);
  });
});
