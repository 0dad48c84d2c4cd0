import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OhnetError } from '../errors/errors.ts';
import { DECLARATION_RATE_DEFINITION, type DeclarationRateRow, declarationRate, isDeclarationCurrent } from './declaration-rate.ts';

const accepted = (acceptedAt: string) => ({ kind: 'initial' as const, state: 'accepted' as const, acceptedAt });

function row(employerId: string, over: Partial<DeclarationRateRow>): DeclarationRateRow {
  return { employerId, regionCode: '440703', industryCode: 'C2110', hasHazards: true, activeFrom: '2018-01-01', activeTo: null, declarations: [], ...over };
}

/**
 * 江门市 (4407): 蓬江区 440703 and 江海区 440704. Hand-computed for 2025 (E = 2025-12-31):
 * the annual update is overdue more than 13 months after the last acceptance.
 */
const ROWS: DeclarationRateRow[] = [
  row('A', { regionCode: '440703001', declarations: [accepted('2025-03-14')] }), // current to 2026-04-14 → N
  row('B', { industryCode: 'B1011', declarations: [accepted('2024-10-31')] }), // overdue after 2025-11-30 → D only
  row('C', { industryCode: 'D4411', declarations: [accepted('2024-12-31')] }), // current to 2026-01-31 → N
  row('D', { industryCode: 'F5112', declarations: [accepted('2025-03-01')] }), // wholesale: not industrial → out
  row('E', { industryCode: 'C3130', hasHazards: false }), // no hazard factor → out
  row('F', { regionCode: '440704', declarations: [accepted('2025-09-01')] }), // 江海区: out of 蓬江区, N for the city
  row('G', { activeFrom: '2025-06-01' }), // opened in 2025, never declared → D only
  row('H', { activeTo: '2025-05-31', declarations: [accepted('2024-06-30')] }), // closed: judged on 2025-05-31, current to 2025-07-30 → N
  row('I', { activeTo: '2024-12-31', declarations: [accepted('2024-06-30')] }), // closed before 2025 → out
  row('J', { declarations: [{ kind: 'initial', state: 'submitted', acceptedAt: null }] }), // not accepted → D only
  row('K', { declarations: [accepted('2026-01-10')] }), // accepted after E → D only (N in 2026)
  row('L', { industryCode: '3511', declarations: [{ kind: 'annual', state: 'accepted', acceptedAt: '2025-07-01T10:00:00+08:00' }] }), // digits-only C code, timestamp → N
  row('M', { activeFrom: '2026-02-01' }), // opens after the as-of date → out
];

describe('工业企业职业病危害项目申报率 — hand-computed examples', () => {
  it('蓬江区 2025: 4 of 8 industrial employers with hazards have a current declaration on 2025-12-31', () => {
    const r = declarationRate({ regionCode: '440703', year: 2025, asOf: '2026-01-15', rows: ROWS });
    assert.equal(r.evaluatedOn, '2025-12-31');
    assert.deepEqual(r.denominatorIds, ['A', 'B', 'C', 'G', 'H', 'J', 'K', 'L']);
    assert.deepEqual(r.numeratorIds, ['A', 'C', 'H', 'L']);
    assert.equal(r.numerator, 4);
    assert.equal(r.denominator, 8);
    assert.equal(r.value, 0.5);
  });

  it('江门市 (city 440700) 2025 adds 江海区: 5 of 9', () => {
    const r = declarationRate({ regionCode: '440700', year: 2025, asOf: '2026-01-15', rows: ROWS });
    assert.deepEqual(r.numeratorIds, ['A', 'C', 'F', 'H', 'L']);
    assert.equal(r.denominator, 9);
    assert.equal(r.value, 5 / 9);
  });

  it('the current year is judged on the as-of date: 蓬江区 2026 on 2026-01-15 → 4 of 7 (H closed in 2025; K now counts)', () => {
    const r = declarationRate({ regionCode: '440703', year: 2026, asOf: '2026-01-15', rows: ROWS });
    assert.equal(r.evaluatedOn, '2026-01-15');
    assert.deepEqual(r.denominatorIds, ['A', 'B', 'C', 'G', 'J', 'K', 'L']);
    assert.deepEqual(r.numeratorIds, ['A', 'C', 'K', 'L']);
    assert.equal(r.value, 4 / 7);
  });

  it('a region without industrial employers has no value (null, not 0 or 100%)', () => {
    const r = declarationRate({ regionCode: '110105', year: 2025, asOf: '2026-01-15', rows: ROWS });
    assert.deepEqual([r.numerator, r.denominator, r.value], [0, 0, null]);
  });

  it('carries its definition: sections B, C, D; target ≥ 90% (国家职业病防治规划（2021—2025年）)', () => {
    const r = declarationRate({ regionCode: '440703', year: 2025, asOf: '2026-01-15', rows: [] });
    assert.equal(r.definition, DECLARATION_RATE_DEFINITION);
    assert.deepEqual([...r.definition.industrialSections], ['B', 'C', 'D']);
    assert.equal(r.definition.target.value, 0.9);
  });

  it('rejects a future year, a bad region code and bad row dates', () => {
    const issues = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        assert.ok(e instanceof OhnetError);
        return (e.details as { issues: { path: string; code: string }[] }).issues.map((i) => [i.path, i.code]);
      }
      assert.fail('expected an error');
    };
    assert.deepEqual(issues(() => declarationRate({ regionCode: '4407', year: 2027, asOf: '2026-01-15', rows: [row('X', { activeFrom: '2025-13-01', activeTo: '2025-01-01' })] })), [
      ['regionCode', 'indicator.region_code_invalid'],
      ['year', 'indicator.year_invalid'],
      ['rows.0.activeFrom', 'indicator.date_invalid'],
    ]);
    assert.deepEqual(issues(() => declarationRate({ regionCode: '440703', year: 2025, asOf: '2026-01-15', rows: [row('Y', { activeFrom: '2025-06-01', activeTo: '2025-01-01' })] })), [
      ['rows.0.activeTo', 'indicator.dates_out_of_order'],
    ]);
  });
});

describe('isDeclarationCurrent — latest accepted declaration at most 13 months old', () => {
  it('2024-10-31 is current through 2025-11-30 and not on 2025-12-01', () => {
    assert.equal(isDeclarationCurrent([accepted('2024-10-31')], '2025-11-30'), true);
    assert.equal(isDeclarationCurrent([accepted('2024-10-31')], '2025-12-01'), false);
  });

  it('uses the latest acceptance on or before the date, ignoring other states', () => {
    const ds = [accepted('2023-01-10'), accepted('2025-02-01'), { kind: 'change' as const, state: 'returned' as const, acceptedAt: null }];
    assert.equal(isDeclarationCurrent(ds, '2025-06-30'), true);
    assert.equal(isDeclarationCurrent(ds, '2024-06-30'), false); // only the 2023 one existed then, 17 months old
    assert.equal(isDeclarationCurrent([], '2025-06-30'), false);
  });
});
