import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type RadiationWorkerRow, doseMonitoringRate, radiationExamRate } from './radiation-indicators.ts';

const q = (y: number, n: 1 | 2 | 3 | 4) => ({ periodStart: `${y}-${['01-01', '04-01', '07-01', '10-01'][n - 1]}`, periodEnd: `${y}-${['03-31', '06-30', '09-30', '12-31'][n - 1]}` });

// 台山 (440781) and 开平 (440783) under 江门 (440700).
const rows: RadiationWorkerRow[] = [
  { workerId: 'w1', regionCode: '440781111', isMedical: false, from: '2023-01-01', to: null, dosePeriods: [q(2025, 1), q(2025, 2)] },
  { workerId: 'w2', regionCode: '440781', isMedical: false, from: '2025-05-01', to: null, dosePeriods: [] },
  { workerId: 'w3', regionCode: '440781', isMedical: true, from: '2020-01-01', to: null, dosePeriods: [] }, // medical: not counted
  { workerId: 'w4', regionCode: '440783', isMedical: false, from: '2024-01-01', to: '2025-02-28', dosePeriods: [q(2024, 4)] }, // left early 2025, last record 2024
  { workerId: 'w5', regionCode: '440781', isMedical: false, from: '2024-01-01', to: '2024-12-31', dosePeriods: [q(2024, 4)] }, // not in 2025
  { workerId: 'w6', regionCode: '640302', isMedical: false, from: '2024-01-01', to: null, dosePeriods: [q(2025, 1)] }, // 吴忠: other region
  // w1 again at a second employer: counted once.
  { workerId: 'w1', regionCode: '440783', isMedical: false, from: '2025-07-01', to: null, dosePeriods: [] },
];

describe('非医疗放射工作人员个人剂量监测率', () => {
  it('counts by hand for 江门 2025: denominator w1 w2 w4, numerator w1', () => {
    const r = doseMonitoringRate({ regionCode: '440700', year: 2025, asOf: '2026-03-01', rows });
    assert.deepEqual(r.denominatorIds, ['w1', 'w2', 'w4']);
    assert.deepEqual(r.numeratorIds, ['w1']);
    assert.equal(r.value, 1 / 3);
    assert.equal(r.evaluatedOn, '2025-12-31');
    assert.equal(r.definition.verified, false);
  });

  it('for 台山 2024 w1 and w5 were in post; only w5 has a 2024 record', () => {
    const r = doseMonitoringRate({ regionCode: '440781', year: 2024, asOf: '2026-03-01', rows });
    assert.deepEqual(r.denominatorIds, ['w1', 'w5']);
    assert.deepEqual(r.numeratorIds, ['w5']);
  });

  it('a record after the as-of date does not count in the current year; an empty region is null', () => {
    const r = doseMonitoringRate({ regionCode: '440781', year: 2025, asOf: '2025-03-15', rows });
    assert.deepEqual(r.denominatorIds, ['w1']);
    assert.equal(r.evaluatedOn, '2025-03-15');
    assert.deepEqual(r.numeratorIds, ['w1']);
    assert.equal(doseMonitoringRate({ regionCode: '110105', year: 2025, asOf: '2026-01-01', rows }).value, null);
  });

  it('refuses a future year and a bad region code', () => {
    assert.throws(() => doseMonitoringRate({ regionCode: '4407', year: 2027, asOf: '2026-01-01', rows }), /Invalid indicator request/);
  });
});

describe('放射工作人员职业健康体检率 (definition; exam records come from part E)', () => {
  it('counts medical and non-medical workers; a worker with an overdue exam is not in the numerator', () => {
    const exRows: RadiationWorkerRow[] = [
      { workerId: 'a', regionCode: '440781', isMedical: true, from: '2024-03-01', to: null, dosePeriods: [], exams: [{ type: 'pre_employment', date: '2024-02-01' }] },
      { workerId: 'b', regionCode: '440781', isMedical: false, from: '2024-03-01', to: null, dosePeriods: [], exams: [] },
      { workerId: 'c', regionCode: '440781', isMedical: false, from: '2022-01-01', to: null, dosePeriods: [], exams: [{ type: 'pre_employment', date: '2021-12-01' }] },
    ];
    const r = radiationExamRate({ regionCode: '440781', year: 2025, asOf: '2026-01-10', rows: exRows });
    assert.deepEqual(r.denominatorIds, ['a', 'b', 'c']);
    // a: periodic due 2026-02-01 (not yet); b: no pre-employment exam; c: periodic due 2023-12-01 missed.
    assert.deepEqual(r.numeratorIds, ['a']);
  });
});
