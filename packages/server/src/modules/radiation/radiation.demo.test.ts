import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, createTestApp } from '../../testing/test-app.ts';
import { RADIATION_DEMO_EMPLOYER, seedRadiationDemo } from './radiation.demo.ts';
import { doseRecords } from './radiation.table.ts';

describe('radiation demo data', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('loads a radiography employer with quarterly records filed by jm.jishu, once', async () => {
    assert.equal(await seedRadiationDemo(t.db, t.dataProtection, '2026-11-22'), true);
    assert.equal(await seedRadiationDemo(t.db, t.dataProtection, '2026-11-22'), false);
    assert.equal((await t.db.select().from(doseRecords)).length, 21);
    const county = await t.login('ts.weijian');
    const over = (await t.request(county, { method: 'GET', url: '/api/v1/dose-records/over-level?year=2025' })).json();
    assert.deepEqual(over.map((w: { workerName: string; yearHp10Msv: number }) => [w.workerName, w.yearHp10Msv]), [['黄志坚', 2.67]]);
    const rate = (await t.request(county, { method: 'GET', url: '/api/v1/indicators/dose-monitoring-rate?regionCode=440781&year=2026&asOf=2026-11-22' })).json();
    assert.deepEqual([rate.numerator, rate.denominator], [3, 4]);
    const lab = await t.login('jm.jishu');
    const list = (await t.request(lab, { method: 'GET', url: `/api/v1/dose-records?employerId=${await t.orgId(RADIATION_DEMO_EMPLOYER)}&pageSize=50` })).json();
    assert.equal(list.total, 21);
  });
});
