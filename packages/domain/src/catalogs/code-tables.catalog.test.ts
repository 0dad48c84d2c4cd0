import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CASE_CARD_CODE_TABLES,
  CASE_CARD_CONCLUSION_CODES,
  CASE_CARD_EXAM_TYPE_CODES,
  caseCardCodeFor,
  caseCardCodeName,
} from './case-card-codes.catalog.ts';
import { resolveHazardFactor } from './hazard-factor.resolver.ts';
import { GBT4754_SECTIONS, industrySectionByCode, industrySectionByName } from './industry-sections.catalog.ts';

describe('GB/T 4754-2017 sections', () => {
  it('has the 20 门类 A–T in order', () => {
    assert.equal(GBT4754_SECTIONS.map((s) => s.code).join(''), 'ABCDEFGHIJKLMNOPQRST');
  });

  it('verifies the 12 sections printed by the 2021 risk catalogue', () => {
    assert.equal(
      GBT4754_SECTIONS.filter((s) => s.verified)
        .map((s) => s.code)
        .join(''),
      'ABCDEFGHMNOQ',
    );
  });

  it('looks a section up by letter, by industry code and by name', () => {
    assert.equal(industrySectionByCode('C3511').section?.name, '制造业');
    assert.equal(industrySectionByCode('c').citation, 'GB/T 4754-2017 门类 C');
    assert.equal(industrySectionByCode('C').verified, true);
    assert.equal(industrySectionByCode('I').verified, false);
    assert.equal(industrySectionByCode('U').section, null);
    assert.equal(industrySectionByName('信息传输、软件和信息技术服务业').section?.code, 'I');
    assert.equal(industrySectionByName('').section, null);
  });
});

describe('surveillance case-card code tables (C_ZYB_1.x)', () => {
  it('holds exam types 1–5 and conclusions 1–5 as in GBZ 188', () => {
    assert.deepEqual(
      CASE_CARD_CODE_TABLES['C_ZYB_1.3'].rows.map((r) => [r.code, r.name]),
      [
        ['1', '上岗前职业健康检查'],
        ['2', '在岗期间职业健康检查'],
        ['3', '离岗时职业健康检查'],
        ['4', '离岗后健康检查'],
        ['5', '应急健康检查'],
      ],
    );
    assert.equal(caseCardCodeName('C_ZYB_1.6', '3').entry?.name, '疑似职业病');
    assert.equal(caseCardCodeName('C_ZYB_1.6', '3').citation, '重点职业病监测个案卡代码表 C_ZYB_1.6 代码 3');
    assert.equal(caseCardCodeFor('C_ZYB_1.3', ' 应急健康检查 ').entry?.code, '5');
    assert.deepEqual(CASE_CARD_EXAM_TYPE_CODES, { pre_employment: '1', periodic: '2', exit: '3', post_employment: '4', emergency: '5' });
    assert.deepEqual(CASE_CARD_CONCLUSION_CODES, { no_abnormality: '1', recheck: '2', suspected_od: '3', contraindication: '4', other_finding: '5' });
  });

  it('keeps codes as strings (002, 143a) and adds no rows', () => {
    assert.equal(caseCardCodeName('C_ZYB_1.7', '002').entry?.name, '大');
    assert.equal(caseCardCodeName('C_ZYB_1.7', '2').entry, null);
    assert.equal(caseCardCodeName('C_ZYB_1.5', '9').entry?.name, '不详');
    assert.equal(CASE_CARD_CODE_TABLES['C_ZYB_1.8'].rows.length, 19);
    assert.equal(CASE_CARD_CODE_TABLES['C_ZYB_1.8'].complete, false);
    assert.equal(CASE_CARD_CODE_TABLES['C_ZYB_1.2'].rows.length, 7);
    assert.equal(caseCardCodeName('C_ZYB_1.2', '8').entry, null);
  });

  it('does not mark interface seed data as verified', () => {
    for (const table of Object.values(CASE_CARD_CODE_TABLES)) assert.ok(table.rows.every((r) => !r.verified && r.source));
    assert.equal(caseCardCodeName('C_ZYB_1.6', '1').verified, false);
  });

  it('links every hazard-factor code name to a catalogue item', () => {
    const expected: Record<string, string> = { '5': 'dust-1', '6': 'dust-2', '7': 'dust-5', '56': 'physical-1', '60': 'chemical-1', '90': 'chemical-28', '118': 'biological-2' };
    for (const row of CASE_CARD_CODE_TABLES['C_ZYB_1.2'].rows) {
      assert.equal(resolveHazardFactor(row.name).factor?.id, expected[row.code], row.name);
    }
  });
});
