import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OhnetError } from '../errors/errors.ts';
import { employerHazardClass, employerIndustrySection, isIndustrialSection } from './employer-industry.ts';

describe('isIndustrialSection — GB/T 4754-2017 门类 B, C, D (工业)', () => {
  it('accepts letters, letter-prefixed and digit-only codes of 采矿业, 制造业, 电力热力燃气及水', () => {
    for (const code of ['B', 'c', 'C3511', '3511', 'D4411', '4411', 'B0610', '0610', ' C 2110 ']) assert.equal(isIndustrialSection(code), true, code);
  });

  it('rejects other sections and unreadable codes', () => {
    for (const code of ['A0111', 'E4710', 'F5112', 'Q8411', '', 'X1', 'B3511', '99']) assert.equal(isIndustrialSection(code), false, code);
  });

  it('places digit-only codes through the 大类 rows of the 2021 risk catalogue', () => {
    assert.deepEqual(employerIndustrySection('3511'), { code: 'C3511', section: employerIndustrySection('C').section });
    assert.equal(employerIndustrySection('3511').section?.name, '制造业');
    assert.equal(employerIndustrySection('B3511').section, null);
  });
});

describe('employerHazardClass — 建设项目职业病危害风险分类管理目录（2021年版）', () => {
  it('B0610 烟煤和无烟煤开采洗选 is 严重 (B061), with the catalogue citation', () => {
    const r = employerHazardClass('B0610', '2025-06-01');
    assert.equal(r.hazardClass, 'severe');
    assert.equal(r.isSevere, true);
    assert.equal(r.matchedCode, 'B061');
    assert.equal(r.citation, '建设项目职业病危害风险分类管理目录-2021 (国卫办职健发〔2021〕5号) B061 烟煤和无烟煤开采洗选');
    assert.equal(r.verified, true);
  });

  it('asterisk rule: C1951 制鞋 without benzene/n-hexane adhesives is managed as 一般', () => {
    assert.equal(employerHazardClass('C1951', '2025-06-01').hazardClass, 'severe');
    assert.equal(employerHazardClass('C1951', '2025-06-01', { usesListedSolvents: false }).hazardClass, 'general');
  });

  it('undecided cases stay null: a 门类 code, an unlisted industry, a date before the 2021 catalogue', () => {
    assert.deepEqual([employerHazardClass('C', '2025-06-01').status, employerHazardClass('C', '2025-06-01').isSevere], ['above_class_level', null]);
    assert.equal(employerHazardClass('J6611', '2025-06-01').status, 'not_covered');
    assert.equal(employerHazardClass('B0610', '2020-01-01').status, 'no_edition_in_force');
  });

  it('rejects a bad date', () => {
    assert.throws(() => employerHazardClass('B0610', '2025-02-30'), (e: unknown) => e instanceof OhnetError && e.code === 'validation.failed');
  });
});
