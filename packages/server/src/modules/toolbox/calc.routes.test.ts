import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, createTestApp } from '../../testing/test-app.ts';

describe('public toolbox: exposure calculators', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  const post = (url: string, payload: unknown) => t.request(null, { method: 'POST', url, payload: payload as object });

  it('noise: 92 dB(A) for 4 h + 85 dB(A) for 4 h → L_EX,8h 89.8 dB(A), over the 85 dB(A) limit (GBZ 2.2-2007 §11.2.1)', async () => {
    const res = await post('/api/v1/calc/noise-exposure', { segments: [{ laeq: 92, hours: 4 }, { laeq: 85, hours: 4 }], date: '2026-01-15' });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.lex8h, 89.8);
    assert.equal(body.limit, 85);
    assert.equal(body.actionLevel, 80);
    assert.equal(body.exceedsLimit, true);
    assert.equal(body.exceedsActionLevel, true);
    assert.match(body.citation, /GBZ 2\.2-2007/);
    assert.equal(typeof body.verified, 'boolean');
  });

  it('noise: 82 dB(A) for 8 h is under the limit but at the 80 dB(A) action level', async () => {
    const body = (await post('/api/v1/calc/noise-exposure', { segments: [{ laeq: 82, hours: 8 }] })).json();
    assert.equal(body.lex8h, 82);
    assert.equal(body.exceedsLimit, false);
    assert.equal(body.exceedsActionLevel, true);
  });

  it('noise: names each bad field (422)', async () => {
    const res = await post('/api/v1/calc/noise-exposure', { segments: [{ laeq: 90, hours: -1 }, { laeq: 90, hours: 30 }] });
    assert.equal(res.statusCode, 422);
    const paths = res.json().details.issues.map((i: { path: string }) => i.path);
    assert.ok(paths.includes('body.segments.0.hours'), JSON.stringify(paths));
    assert.ok(paths.includes('body.segments.1.hours'), JSON.stringify(paths));
    assert.equal((await post('/api/v1/calc/noise-exposure', { segments: [] })).statusCode, 422);
  });

  it('noise weekly: 88/86/84/82/80 dB(A) → L_EX,W 84.9 dB(A), compliant (GBZ 2.2-2007 §11.2.1)', async () => {
    const body = (await post('/api/v1/calc/noise-weekly', { days: [88, 86, 84, 82, 80].map((lex8h) => ({ lex8h })) })).json();
    assert.equal(body.lexw, 84.9);
    assert.equal(body.exceedsLimit, false);
  });

  it('chemical: toluene C_TWA 50 mg/m³ is at PC-TWA 50 (compliant); a 15-min 120 mg/m³ exceeds PC-STEL 100 (GBZ 2.1-2019 表1)', async () => {
    const ok = (await post('/api/v1/calc/chemical-exposure', { factor: '甲苯', samples: [{ concentration: 60, minutes: 240 }, { concentration: 40, minutes: 240 }], date: '2026-01-15' })).json();
    assert.equal(ok.ctwa, 50);
    assert.deepEqual(ok.limits, { mac: null, pcTwa: 50, pcStel: 100 });
    assert.equal(ok.checks.twa, 'compliant');
    assert.equal(ok.compliant, true);
    const bad = (await post('/api/v1/calc/chemical-exposure', { factor: '108-88-3', samples: [{ concentration: 30, minutes: 480 }], shortTermSamples: [{ concentration: 120, minutes: 15 }] })).json();
    assert.equal(bad.factor, '甲苯');
    assert.equal(bad.checks.stel, 'exceeds');
    assert.equal(bad.compliant, false);
  });

  it('chemical: an unknown factor is 422 calc.unknown_factor naming the field', async () => {
    const res = await post('/api/v1/calc/chemical-exposure', { factor: '不存在的物质', samples: [{ concentration: 1, minutes: 480 }] });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().code, 'calc.unknown_factor');
    assert.equal(res.json().details.issues[0].path, 'body.factor');
  });

  it('chemical: before GBZ 2.1-2019 took effect no edition is loaded → ruleAvailable false, never a number', async () => {
    const body = (await post('/api/v1/calc/chemical-exposure', { factor: '甲苯', samples: [{ concentration: 10, minutes: 480 }], date: '2019-01-01' })).json();
    assert.equal(body.ruleAvailable, false);
    assert.equal(body.verified, false);
    assert.ok(!('ctwa' in body));
  });
});

describe('public toolbox: dust, heat and staging', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  const post = (url: string, payload: unknown) => t.request(null, { method: 'POST', url, payload: payload as object });

  it('dust: 12 % free SiO₂ selects the 10–50 % silica band (GBZ 2.1-2019 表2): total 1.2 exceeds 1, respirable 0.5 is under 0.7', async () => {
    const body = (
      await post('/api/v1/calc/dust-exposure', {
        factor: '矽尘',
        freeSilicaPercent: 12,
        totalDust: { samples: [{ concentration: 1.2, minutes: 480 }] },
        respirableDust: { samples: [{ concentration: 0.5, minutes: 480 }] },
        date: '2026-01-15',
      })
    ).json();
    assert.equal(body.silicaBand, '10%≤SiO₂≤50%');
    assert.deepEqual(body.limits, { pcTwaTotalDust: 1, pcTwaRespirableDust: 0.7 });
    assert.equal(body.total.checks.twa, 'exceeds');
    assert.equal(body.respirable.checks.twa, 'compliant');
    assert.equal(body.compliant, false);
  });

  it('dust: free SiO₂ outside 0–100 % is a 422 on that field', async () => {
    const res = await post('/api/v1/calc/dust-exposure', { factor: '矽尘', freeSilicaPercent: 140, totalDust: { samples: [{ concentration: 1, minutes: 480 }] } });
    assert.equal(res.statusCode, 422);
    assert.ok(res.json().details.issues.some((i: { path: string }) => i.path === 'body.freeSilicaPercent'));
  });

  it('heat: class II work at 75 % exposure time has a WBGT limit of 29 ℃ (GBZ 2.2-2007 表8); 29.5 ℃ exceeds it', async () => {
    const body = (await post('/api/v1/calc/heat-stress', { labourIntensityClass: 'II', exposureTimeRatePercent: 75, wbgt: 29.5 })).json();
    assert.equal(body.limit, 29);
    assert.equal(body.exceedsLimit, true);
    assert.match(body.citation, /GBZ 2\.2-2007 表8/);
    const hot = (await post('/api/v1/calc/heat-stress', { labourIntensityClass: 'II', exposureTimeRatePercent: 75, hotRegion: true })).json();
    assert.equal(hot.limit, 30, '+1 ℃ in hot regions (§10.2.2)');
  });

  it('staging: profusion 1/1 and 1/0 in three zones suggests stage I (GBZ 70-2015 §5.1 a), as decision support', async () => {
    const body = (
      await post('/api/v1/calc/pneumoconiosis-staging', {
        zones: { rightUpper: '1/1', rightMiddle: '1/0', rightLower: '0/1', leftUpper: '1/1', leftMiddle: '0/0', leftLower: '0/0' },
      })
    ).json();
    assert.equal(body.stage, 1);
    assert.equal(body.stageLabel, '尘肺壹期');
    assert.equal(body.decisionSupportOnly, true);
    assert.equal(body.verified, false);
  });

  it('staging: a 25 × 12 mm large opacity suggests stage III (§5.3 a)', async () => {
    const zones = { rightUpper: '2/2', rightMiddle: '2/1', rightLower: '1/1', leftUpper: '2/2', leftMiddle: '1/1', leftLower: '0/1' };
    const body = (await post('/api/v1/calc/pneumoconiosis-staging', { zones, largeOpacities: [{ longMm: 25, shortMm: 12 }] })).json();
    assert.equal(body.stage, 3);
  });

  it('staging: an unknown profusion code is 422 naming the zone', async () => {
    const res = await post('/api/v1/calc/pneumoconiosis-staging', { zones: { rightUpper: '4/4', rightMiddle: '0/0', rightLower: '0/0', leftUpper: '0/0', leftMiddle: '0/0', leftLower: '0/0' } });
    assert.equal(res.statusCode, 422);
    assert.ok(res.json().details.issues.some((i: { path: string }) => i.path === 'body.zones.rightUpper'));
  });
});
