import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BUCKET_MS,
  type BucketMean,
  aggregateBucket,
  bucketStartOf,
  clearsLevel,
  crossesLevel,
  evaluationTimes,
  monitoringLimits,
  replayMonitoringAlerts,
  rollingExposure,
  stepMonitoringAlerts,
  validateMonitoringDevice,
  validateSensorReadings,
  type MonitoringEvaluation,
  type MonitoringLimits,
} from './index.ts';

const DAY = '2026-03-02';
const at = (hhmm: string) => new Date(`${DAY}T${hhmm}:00+08:00`);

function ok(r: ReturnType<typeof monitoringLimits>): MonitoringLimits {
  assert.equal(r.status, 'ok', JSON.stringify(r));
  return r as MonitoringLimits;
}

describe('monitoringLimits', () => {
  it('noise: 85 dB(A) L_EX,8h (GBZ 2.2-2007 §11.2.1) and the 80 dB(A) action level (GBZ 188-2014 §7.1)', () => {
    const l = ok(monitoringLimits({ factorKind: 'noise', factorName: '噪声', date: DAY }));
    assert.equal(l.limit, 85);
    assert.equal(l.actionLevel, 80);
    assert.equal(l.unit, 'dB(A)');
    assert.equal(l.metric, 'LEX8h');
    assert.match(l.citation, /GBZ 2\.2-2007 §11\.2\.1/);
    assert.match(l.citation, /GBZ 188-2014 §7\.1/);
    assert.equal(l.verified, false, 'the GBZ 188 action-level row is not verified');
  });

  it('noise after 2026-08-01 cites GBZ 188-2025', () => {
    assert.match(ok(monitoringLimits({ factorKind: 'noise', factorName: '噪声', date: '2026-09-01' })).citation, /GBZ 188-2025 §7\.1/);
  });

  it('dust: PC-TWA of 表2 for the fraction, action level half of it (GBZ 2.1-2019 §6.5.1)', () => {
    const total = ok(monitoringLimits({ factorKind: 'dust', factorName: '铝金属、铝合金粉尘', date: DAY }));
    assert.equal(total.limit, 3);
    assert.equal(total.actionLevel, 1.5);
    assert.match(total.citation, /GBZ 2\.1-2019 表2/);
    assert.match(total.citation, /§6\.5\.1/);
    assert.equal(total.verified, false, 'the §6.5.1 table is unverified, so the result is');
    const resp = ok(monitoringLimits({ factorKind: 'dust', factorName: '矽尘（10%≤游离SiO2含量≤50%）', dustFraction: 'respirable', date: DAY }));
    assert.equal(resp.limit, 0.7);
  });

  it('dust fraction without a limit is rule_unavailable, not a number', () => {
    const r = monitoringLimits({ factorKind: 'dust', factorName: '电焊烟尘', dustFraction: 'respirable', date: DAY });
    assert.equal(r.status, 'rule_unavailable');
  });

  it('chemical: benzene PC-TWA 6 (2019 printing), PC-STEL 10 reported', () => {
    const l = ok(monitoringLimits({ factorKind: 'chemical', factorName: '苯', date: DAY }));
    assert.equal(l.limit, 6);
    assert.equal(l.actionLevel, 3);
    assert.equal(l.stel, 10);
  });

  it('rejects a factor that does not fit the kind, an ambiguous name and dates before GBZ 2.1-2019', () => {
    assert.equal(monitoringLimits({ factorKind: 'dust', factorName: '苯', date: DAY }).status, 'invalid');
    assert.equal(monitoringLimits({ factorKind: 'noise', factorName: '电焊烟尘', date: DAY }).status, 'invalid');
    const amb = monitoringLimits({ factorKind: 'dust', factorName: '矽尘', date: DAY });
    assert.equal(amb.status, 'invalid');
    assert.equal(amb.status === 'invalid' && amb.issues[0]!.code, 'monitoring.factor_ambiguous');
    assert.equal(monitoringLimits({ factorKind: 'dust', factorName: '电焊烟尘', date: '2019-06-01' }).status, 'rule_unavailable');
  });
});

describe('validateMonitoringDevice', () => {
  it('accepts a dust device in mg/m³ and a noise device in dB(A)', () => {
    assert.deepEqual(validateMonitoringDevice({ code: 'TS-DUST-01', factorKind: 'dust', factorName: '电焊烟尘', unit: 'mg/m³' }, DAY).issues, []);
    assert.deepEqual(validateMonitoringDevice({ code: 'TS-NOISE-01', factorKind: 'noise', factorName: '噪声', unit: 'dB(A)' }, DAY).issues, []);
  });

  it('names each bad field: unit of another kind, code shape, fraction on a noise device', () => {
    const r = validateMonitoringDevice({ code: 'x', factorKind: 'noise', factorName: '噪声', unit: 'mg/m³', dustFraction: 'total' }, DAY);
    assert.deepEqual(
      r.issues.map((i) => [i.path, i.code]),
      [
        ['code', 'monitoring.device_code_format'],
        ['unit', 'monitoring.unit_mismatch'],
        ['dustFraction', 'monitoring.dust_fraction_not_applicable'],
      ],
    );
  });
});

describe('validateSensorReadings', () => {
  const now = new Date('2026-03-02T10:00:00Z');

  it('accepts good readings sorted by time and reports each bad one by index and field', () => {
    const r = validateSensorReadings(
      [
        { timestamp: '2026-03-02T09:01:00Z', value: 82.5 },
        { timestamp: '2026-03-02T09:00:00+00:00', value: 81, unit: 'dB(A)' },
        { timestamp: '2026-03-02 09:02:00', value: 80 },
        { timestamp: '2026-03-02T10:06:00Z', value: 80 },
        { timestamp: '2026-03-02T09:03:00Z', value: Infinity },
        { timestamp: '2026-03-02T09:04:00Z', value: 'NaN' },
        { timestamp: '2026-03-02T09:05:00Z', value: 80, unit: 'mg/m³' },
        { timestamp: '2026-03-02T09:06:00Z', value: 250 },
        { timestamp: '2026-03-02T09:01:00.000Z', value: 90 },
      ],
      { factorKind: 'noise', now },
    );
    assert.deepEqual(
      r.valid.map((v) => v.index),
      [1, 0],
    );
    assert.deepEqual(
      r.rejected.map((i) => [i.index, i.path, i.code]),
      [
        [2, 'readings.2.timestamp', 'monitoring.timestamp_invalid'],
        [3, 'readings.3.timestamp', 'monitoring.timestamp_in_future'],
        [4, 'readings.4.value', 'monitoring.value_not_finite'],
        [5, 'readings.5.value', 'monitoring.value_not_finite'],
        [6, 'readings.6.unit', 'monitoring.unit_mismatch'],
        [7, 'readings.7.value', 'monitoring.value_out_of_range'],
      ],
    );
    assert.deepEqual(
      r.duplicatesInBatch.map((d) => d.index),
      [8],
    );
  });

  it('allows the clock skew (5 min by default) and refuses readings before the retention cut', () => {
    const r = validateSensorReadings(
      [
        { timestamp: '2026-03-02T10:04:59Z', value: 1 },
        { timestamp: '2026-02-01T00:00:00Z', value: 1 },
        { timestamp: '2026-03-02T09:00:00Z', value: -0.1 },
      ],
      { factorKind: 'dust', now, notBefore: new Date('2026-02-15T00:00:00Z') },
    );
    assert.deepEqual(
      r.valid.map((v) => v.index),
      [0],
    );
    assert.deepEqual(
      r.rejected.map((i) => i.code),
      ['monitoring.timestamp_too_old', 'monitoring.value_out_of_range'],
    );
  });
});

describe('15-minute aggregates and the rolling 8-hour value', () => {
  it('buckets by quarter-hour', () => {
    assert.equal(bucketStartOf(new Date('2026-03-02T09:14:59.999Z')).toISOString(), '2026-03-02T09:00:00.000Z');
    assert.equal(bucketStartOf(new Date('2026-03-02T09:15:00Z')).toISOString(), '2026-03-02T09:15:00.000Z');
  });

  it('averages concentrations arithmetically and noise by energy', () => {
    assert.deepEqual(aggregateBucket('dust', [1, 2, 3]), { count: 3, mean: 2, min: 1, max: 3 });
    // 10·lg((10^8.0 + 10^9.0)/2) = 10·lg(5.5e8) = 87.40 dB(A): the loud minute dominates.
    const noise = aggregateBucket('noise', [80, 90])!;
    assert.equal(Math.round(noise.mean * 100) / 100, 87.4);
    assert.equal(aggregateBucket('noise', []), null);
  });

  it('dust: 8 h at 4 mg/m³ gives C_TWA 4; 4 h gives 2 (the rest of the window counts as zero)', () => {
    const full: BucketMean[] = Array.from({ length: 32 }, (_, i) => ({ start: new Date(at('08:00').getTime() + i * BUCKET_MS), mean: 4 }));
    assert.deepEqual(rollingExposure('dust', full, at('16:00')), { value: 4, coveredMinutes: 480 });
    assert.deepEqual(rollingExposure('dust', full.slice(16), at('16:00')), { value: 2, coveredMinutes: 240 });
    // Quarter-hours outside [t − 8 h, t) or not yet complete are ignored.
    assert.deepEqual(rollingExposure('dust', full, at('12:00')), { value: 2, coveredMinutes: 240 });
    assert.deepEqual(rollingExposure('dust', [], at('12:00')), { value: null, coveredMinutes: 0 });
  });

  it('noise: 4 h at 88 dB(A) and 4 h at 70 dB(A) give L_EX,8h 85.1 (GBZ/T 189.8 energy average)', () => {
    const buckets: BucketMean[] = Array.from({ length: 32 }, (_, i) => ({ start: new Date(at('08:00').getTime() + i * BUCKET_MS), mean: i < 16 ? 88 : 70 }));
    // 10·lg(0.5·10^8.8 + 0.5·10^7.0) = 85.06 → 85.1
    assert.deepEqual(rollingExposure('noise', buckets, at('16:00')), { value: 85.1, coveredMinutes: 480 });
  });

  it('lists the quarter-hour boundaries of a span', () => {
    assert.deepEqual(
      evaluationTimes(new Date('2026-03-02T09:05:00Z'), new Date('2026-03-02T09:45:00Z')).map((d) => d.toISOString().slice(11, 16)),
      ['09:15', '09:30', '09:45'],
    );
  });
});

describe('alert episodes', () => {
  const dust = { factorKind: 'dust' as const, limit: 4, actionLevel: 2 };
  const noise = { factorKind: 'noise' as const, limit: 85, actionLevel: 80 };
  const ev = (hhmm: string, value: number | null, limits: MonitoringEvaluation['limits'] = dust): MonitoringEvaluation => ({ at: at(hhmm), value, limits });

  it('opening follows each standard: > half the OEL, > OEL, noise ≥ 80 and > 85', () => {
    assert.equal(crossesLevel('dust', 'action_level', 2, 2), false);
    assert.equal(crossesLevel('dust', 'action_level', 2.01, 2), true);
    assert.equal(crossesLevel('noise', 'action_level', 80, 80), true);
    assert.equal(crossesLevel('noise', 'limit', 85, 85), false);
    assert.equal(crossesLevel('noise', 'limit', 85.1, 85), true);
  });

  it('closing needs the hysteresis margin: 90 % of the threshold, or 1 dB under it', () => {
    assert.equal(clearsLevel('dust', 3.7, 4), false);
    assert.equal(clearsLevel('dust', 3.59, 4), true);
    assert.equal(clearsLevel('noise', 84.1, 85), false);
    assert.equal(clearsLevel('noise', 83.9, 85), true);
    assert.equal(clearsLevel('noise', null, 85), true);
  });

  it('opens once while the condition persists, follows the peak, closes when cleared', () => {
    const { open, closed } = replayMonitoringAlerts([], [ev('09:00', 1.8), ev('09:15', 2.5), ev('09:30', 4.2), ev('09:45', 4.8), ev('10:00', 3.8), ev('10:15', 3.5), ev('10:30', 1.9), ev('10:45', 1.7)]);
    assert.deepEqual(open, []);
    assert.deepEqual(
      closed.map((c) => [c.kind, c.openedAt.toISOString(), c.closedAt.toISOString(), c.peakValue]),
      [
        // limit 4: open at 4.2 (09:30), stays at 3.8 (≥ 3.6), closes at 3.5 (10:15)
        ['limit', at('09:30').toISOString(), at('10:15').toISOString(), 4.8],
        // action level 2: open at 2.5 (09:15), stays at 1.9 (≥ 1.8), closes at 1.7 (10:45)
        ['action_level', at('09:15').toISOString(), at('10:45').toISOString(), 4.8],
      ],
    );
  });

  it('a value hovering at the threshold keeps one episode instead of flapping', () => {
    const values = [85.2, 84.8, 85.3, 84.5, 85.1];
    const r = replayMonitoringAlerts([], values.map((v, i) => ev(`09:${String(i * 10).padStart(2, '0')}`, v, noise)));
    assert.equal(r.closed.length, 0);
    assert.deepEqual(
      r.open.map((o) => [o.kind, o.openedAt.toISOString(), o.peakValue]).sort(),
      [
        ['action_level', at('09:00').toISOString(), 85.3],
        ['limit', at('09:00').toISOString(), 85.3],
      ],
    );
  });

  it('continues from episodes already open (replay after late data)', () => {
    const initial = [{ kind: 'limit' as const, openedAt: at('08:00'), threshold: 4, peakValue: 5, peakAt: at('08:00') }];
    const step = stepMonitoringAlerts(initial, ev('09:00', 4.1));
    assert.deepEqual(step.opened.map((o) => o.kind), ['action_level']);
    assert.deepEqual(step.open.find((o) => o.kind === 'limit')?.openedAt, at('08:00'));
  });
});
