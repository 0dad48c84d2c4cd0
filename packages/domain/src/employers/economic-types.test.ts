import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EMPLOYER_ECONOMIC_TYPES,
  EMPLOYER_ECONOMIC_TYPE_INFO,
  employerEconomicTypeFromCode,
  employerEconomicTypeFromLabel,
  isEmployerEconomicType,
} from './economic-types.ts';

describe('economic (registration) types — 职业病危害项目申报表（2012年版）填表说明第8项', () => {
  it('lists the ten types of the form, in its order', () => {
    assert.deepEqual(
      EMPLOYER_ECONOMIC_TYPES.map((t) => EMPLOYER_ECONOMIC_TYPE_INFO[t].label),
      ['国有企业', '集体企业', '股份合作企业', '联营企业', '有限责任公司', '股份有限公司', '私营企业', '港澳台商投资企业', '外商投资企业', '其他企业'],
    );
  });

  it('uses the case-card code (C_ZYB_1.8) where the loaded table holds the group row, and nothing else', () => {
    assert.deepEqual(
      EMPLOYER_ECONOMIC_TYPES.filter((t) => EMPLOYER_ECONOMIC_TYPE_INFO[t].caseCardCode !== null).map((t) => [t, EMPLOYER_ECONOMIC_TYPE_INFO[t].caseCardCode]),
      [
        ['state_owned', '110'],
        ['collective', '120'],
        ['joint_stock_cooperative', '130'],
        ['other', '190'],
      ],
    );
  });

  it('maps detailed registration / case-card codes to their group (173 私营有限责任公司 → 私营企业, 143a → 联营企业)', () => {
    assert.equal(employerEconomicTypeFromCode('173'), 'private');
    assert.equal(employerEconomicTypeFromCode('143a'), 'associated');
    assert.equal(employerEconomicTypeFromCode('151'), 'limited_liability');
    assert.equal(employerEconomicTypeFromCode('210'), 'hk_macao_taiwan');
    assert.equal(employerEconomicTypeFromCode('330'), 'foreign');
    assert.equal(employerEconomicTypeFromCode('190'), 'other');
    assert.equal(employerEconomicTypeFromCode('990'), null);
    assert.equal(employerEconomicTypeFromCode('17'), null);
  });

  it('reads labels and guards stored values', () => {
    assert.equal(employerEconomicTypeFromLabel('私营企业'), 'private');
    assert.equal(employerEconomicTypeFromLabel('个体工商户'), null);
    assert.equal(isEmployerEconomicType('foreign'), true);
    assert.equal(isEmployerEconomicType('sole_trader'), false);
  });
});
