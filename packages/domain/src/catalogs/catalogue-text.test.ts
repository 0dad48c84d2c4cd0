import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as domain from '../index.ts';
import { chineseOrdinal } from './catalogue-edition.ts';
import { casNumbersIn, catalogueTextKey, hasValidCasCheckDigit, restrictionOf, withoutParentheticals } from './catalogue-text.ts';
import * as catalogs from './index.ts';

describe('catalogueTextKey', () => {
  it('folds width, spaces, brackets, case and 硅/矽', () => {
    assert.equal(catalogueTextKey('矽尘（游离ＳｉＯ₂含量≥10%）'), '矽尘(游离sio2含量≥10%)');
    assert.equal(catalogueTextKey(' 二氧化硅　粉尘 '), '二氧化矽粉尘');
    assert.equal(catalogueTextKey('【X射线】'), '(x射线)');
    assert.equal(catalogueTextKey('SiO2>=10%'), 'sio2≥10%');
  });

  it('drops parenthesised parts, nested or not', () => {
    assert.equal(withoutParentheticals('麻尘(亚麻、黄麻和苎麻)(游离sio2含量<10%)'), '麻尘');
    assert.equal(withoutParentheticals('a(b(c))d'), 'ad');
  });

  it('reads 限于 qualifiers and CAS cells', () => {
    assert.equal(restrictionOf('刮研作业（限于手工刮研作业人员）'), '限于手工刮研作业人员');
    assert.equal(restrictionOf('噪声'), null);
    assert.deepEqual(casNumbersIn('7803-51-2、1314-84-7、20859-73-8'), ['7803-51-2', '1314-84-7', '20859-73-8']);
    assert.deepEqual(casNumbersIn('7439-92-1（铅）'), ['7439-92-1']);
    assert.deepEqual(casNumbersIn(null), []);
  });

  it('checks the CAS check digit', () => {
    assert.ok(hasValidCasCheckDigit('71-43-2')); // benzene
    assert.ok(hasValidCasCheckDigit('7732-18-5')); // water, the CAS worked example
    assert.ok(!hasValidCasCheckDigit('71-43-3'));
    assert.ok(!hasValidCasCheckDigit('1979-6-1')); // the Excel-mangled 79-06-1
  });

  it('writes category ordinals in Chinese', () => {
    assert.deepEqual([1, 5, 10, 11, 12].map(chineseOrdinal), ['一', '五', '十', '十一', '十二']);
  });
});

describe('catalogs barrel', () => {
  it('is re-exported unchanged by the package entry point', () => {
    for (const [key, value] of Object.entries(catalogs)) {
      assert.ok(key in domain, `${key} missing from @ohnet/domain`);
      assert.equal((domain as Record<string, unknown>)[key], value, key);
    }
  });
});
