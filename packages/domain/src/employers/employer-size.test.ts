import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPLOYER_SIZE_CLASSES, EMPLOYER_SIZE_CLASS_INFO, employerSizeClass, employerSizeClassFromText } from './employer-size.ts';

describe('size classes 大/中/小/微', () => {
  it('carry the national case-card codes of C_ZYB_1.7 (002 大, 003 中, 004 小, 006 微型)', () => {
    assert.deepEqual(
      EMPLOYER_SIZE_CLASSES.map((s) => [EMPLOYER_SIZE_CLASS_INFO[s].label, EMPLOYER_SIZE_CLASS_INFO[s].caseCardCode]),
      [
        ['大', '002'],
        ['中', '003'],
        ['小', '004'],
        ['微', '006'],
      ],
    );
  });

  it('read the form label, the long label, the case-card code; 005 不详 is no class', () => {
    assert.equal(employerSizeClassFromText('微'), 'micro');
    assert.equal(employerSizeClassFromText(' 中型 '), 'medium');
    assert.equal(employerSizeClassFromText('002'), 'large');
    assert.equal(employerSizeClassFromText('005'), null);
    assert.equal(employerSizeClassFromText('特大型'), null);
  });
});

describe('employerSizeClass — 统计上大中小微型企业划分办法（2017）附表 工业 (from memory)', () => {
  const at = (employees: number | null, revenue: number | null, industryCode = 'C3511') => employerSizeClass({ industryCode, employees, revenueTenThousandYuan: revenue });

  it('大型: X ≥ 1000 and Y ≥ 40000 万元', () => {
    const r = at(1200, 50000);
    assert.equal(r.status, 'classified');
    assert.equal(r.sizeClass, 'large');
    assert.match(r.citation, /统计上大中小微型企业划分办法-2017 附表 工业/);
    assert.equal(r.verified, false);
  });

  it('"须同时满足所列指标的下限，否则下划一档": 1200 staff but 30000 万元 → 中型; 500 staff but 1000 万元 → 小型', () => {
    const medium = at(1200, 30000);
    assert.equal(medium.sizeClass, 'medium');
    assert.match(medium.notes[0] ?? '', /下划一档/);
    assert.equal(at(500, 1000).sizeClass, 'small');
    assert.equal(at(300, 2000).sizeClass, 'medium');
    assert.equal(at(20, 300).sizeClass, 'small');
  });

  it('"微型企业只须满足所列指标中的一项即可": 15 staff (revenue unknown) or 200 万元 → 微型', () => {
    assert.equal(at(15, null).sizeClass, 'micro');
    assert.equal(at(250, 200).sizeClass, 'micro');
    assert.equal(at(null, 299).sizeClass, 'micro');
  });

  it('both figures are needed above 微型', () => {
    assert.equal(at(25, null).status, 'insufficient_data');
    assert.equal(at(null, null).status, 'insufficient_data');
  });

  it('covers 工业 only (门类 B, C, D); other sections are not guessed', () => {
    assert.equal(at(50, 5000, 'B0610').sizeClass, 'small');
    assert.equal(at(50, 5000, 'D4411').sizeClass, 'small');
    assert.equal(at(50, 5000, 'F5112').status, 'rule_not_loaded');
  });

  it('invalid input: unreadable code, negative or non-finite figures', () => {
    assert.equal(at(50, 5000, 'Z99').status, 'invalid_input');
    assert.equal(at(-1, 5000).status, 'invalid_input');
    assert.equal(at(50, Number.NaN).status, 'invalid_input');
  });
});
