import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DECLARATION_RATE_DEFINITION } from '../declarations/declaration-rate.ts';
import {
  INDICATOR_CATALOGUE,
  INDICATOR_DIRECTIONS,
  INDICATOR_LEVELS,
  INDICATOR_MODULES,
  INDICATOR_ROLLUPS,
  INDICATOR_UNITS,
  indicatorDefinition,
  isIndicatorId,
} from './indicator-catalogue.ts';

describe('indicator catalogue', () => {
  it('has unique snake_case ids', () => {
    const ids = INDICATOR_CATALOGUE.map((d) => d.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, id);
    assert.equal(ids.length, 21);
  });

  it('gives every definition names, a unit, direction, roll-up, level, feeds and a source', () => {
    for (const d of INDICATOR_CATALOGUE) {
      assert.ok(d.nameZh.trim() && d.nameEn.trim() && d.numerator.trim() && d.definition.trim() && d.source.trim(), d.id);
      assert.ok(INDICATOR_UNITS.includes(d.unit), d.id);
      assert.ok(INDICATOR_DIRECTIONS.includes(d.direction), d.id);
      assert.ok(INDICATOR_ROLLUPS.includes(d.rollup), d.id);
      assert.ok(INDICATOR_LEVELS.includes(d.countedPerLevel), d.id);
      assert.ok(d.feeds.length > 0 && d.feeds.every((m) => INDICATOR_MODULES.includes(m)), d.id);
    }
  });

  it('pairs units with roll-ups and denominators (counts sum; ratios and rates divide summed parts)', () => {
    const expected = { ratio: 'ratio_of_sums', count: 'sum', rate_per_1000: 'rate_of_sums' } as const;
    for (const d of INDICATOR_CATALOGUE) {
      assert.equal(d.rollup, expected[d.unit], d.id);
      assert.equal(d.denominator === null, d.unit === 'count', d.id);
    }
  });

  it('marks the indicators the server computes (issues 4–7), each by a module that feeds it', () => {
    const computed = INDICATOR_CATALOGUE.filter((d) => d.computedBy !== null);
    assert.deepEqual(computed.map((d) => [d.id, d.computedBy]), [
      ['industrial_employer_declaration_rate', 'declarations'],
      ['workplace_hazard_monitoring_pass_rate', 'assessments'],
      ['non_medical_radiation_worker_dose_monitoring_rate', 'radiation'],
      ['county_public_exam_institution_coverage', 'exams'],
      ['periodic_exam_coverage', 'exams'],
      ['suspected_od_rate_per_1000_examined', 'exams'],
    ]);
    for (const d of computed) assert.ok(d.computedBy !== null && d.feeds.includes(d.computedBy));
  });

  it('shares id and name with the declaration-rate definition the server computes', () => {
    const d = indicatorDefinition(DECLARATION_RATE_DEFINITION.id);
    assert.ok(d);
    assert.equal(d.nameZh, DECLARATION_RATE_DEFINITION.name);
    assert.equal(d.unit, DECLARATION_RATE_DEFINITION.unit);
  });

  it('keeps every definition unverified: the national indicator notes were not available', () => {
    assert.ok(INDICATOR_CATALOGUE.every((d) => !d.verified));
  });

  it('keeps the lower-is-better indicators apart', () => {
    assert.deepEqual(
      INDICATOR_CATALOGUE.filter((d) => d.direction === 'lower_better').map((d) => d.id),
      ['short_exposure_new_pneumoconiosis_share', 'suspected_od_rate_per_1000_examined'],
    );
  });

  it('separates public designation from capability for exam and diagnosis institutions', () => {
    assert.match(indicatorDefinition('county_public_exam_institution_coverage')?.numerator ?? '', /public/);
    assert.doesNotMatch(indicatorDefinition('county_capable_exam_institution_coverage')?.numerator ?? '', /public/);
    assert.equal(indicatorDefinition('city_public_diagnosis_institution_coverage')?.countedPerLevel, 'city');
    assert.equal(indicatorDefinition('provincial_od_prevention_institute_established')?.countedPerLevel, 'province');
  });

  it('looks definitions up by id', () => {
    assert.equal(indicatorDefinition('workplace_hazard_monitoring_pass_rate')?.nameZh, '工作场所职业病危害因素监测合格率');
    assert.equal(indicatorDefinition('nope'), null);
    assert.equal(isIndicatorId('work_injury_insurance_insured'), true);
    assert.equal(isIndicatorId('Work_injury_insurance_insured'), false);
    assert.equal(isIndicatorId(42), false);
  });
});
