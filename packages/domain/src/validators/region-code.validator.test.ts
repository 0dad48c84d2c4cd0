import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROVINCE_PREFIXES } from '../regions/region.ts';
import { type RegionCodeInfo, validateRegionCode } from './region-code.validator.ts';
import type { Validation } from './result.ts';

function issueCodes<T>(v: Validation<T>): string[] {
  assert.equal(v.ok, false, 'expected the input to be rejected');
  return v.ok ? [] : v.issues.map((i) => i.code);
}

function ok(v: Validation<RegionCodeInfo>): RegionCodeInfo {
  assert.ok(v.ok, `expected valid, got ${JSON.stringify(v)}`);
  return v.value;
}

describe('validateRegionCode (GB/T 2260 six digits, NBS nine-digit townships)', () => {
  it('accepts a province code 440000 (广东省)', () => {
    assert.deepEqual(ok(validateRegionCode('440000')), { code: '440000', suggestedLevel: 'province', provinceCode: '440000' });
  });

  it('accepts a city code 440700 (江门市)', () => {
    assert.deepEqual(ok(validateRegionCode('440700')), { code: '440700', suggestedLevel: 'city', provinceCode: '440000' });
  });

  it('accepts a county code 440781 (台山市)', () => {
    assert.deepEqual(ok(validateRegionCode('440781')), { code: '440781', suggestedLevel: 'county', provinceCode: '440000' });
  });

  it('accepts a nine-digit township code 440781001', () => {
    assert.deepEqual(ok(validateRegionCode('440781001')), { code: '440781001', suggestedLevel: 'township', provinceCode: '440000' });
  });

  it('accepts the municipal district 120112 (天津市津南区) as county level under province 120000', () => {
    const info = ok(validateRegionCode('120112'));
    assert.equal(info.suggestedLevel, 'county');
    assert.equal(info.provinceCode, '120000');
  });

  it('trims surrounding whitespace', () => {
    assert.equal(ok(validateRegionCode(' 440781 ')).code, '440781');
  });

  it('accepts every listed province prefix, including 71, 81 and 82', () => {
    for (const p of PROVINCE_PREFIXES) assert.equal(ok(validateRegionCode(`${p}0000`)).suggestedLevel, 'province', p);
    assert.equal(ok(validateRegionCode('810000')).provinceCode, '810000');
  });

  it('rejects province prefixes that do not exist (00, 10, 16, 24, 47, 99)', () => {
    for (const p of ['00', '10', '16', '24', '47', '99']) {
      const v = validateRegionCode(`${p}0101`);
      assert.deepEqual(issueCodes(v), ['region_code.province'], p);
      assert.ok(!v.ok && v.issues[0]!.message.includes(`“${p}”`));
    }
  });

  it('rejects lengths other than 6 and 9, reporting the length', () => {
    for (const code of ['44', '4407', '44078', '4407810', '44078100', '4407810010']) {
      assert.deepEqual(issueCodes(validateRegionCode(code)), ['region_code.length'], code);
    }
    const v = validateRegionCode('4407810');
    assert.ok(!v.ok && v.issues[0]!.message.includes('实际7位'));
  });

  it('rejects non-digit characters and the empty string', () => {
    assert.deepEqual(issueCodes(validateRegionCode('44o781')), ['region_code.character']);
    assert.deepEqual(issueCodes(validateRegionCode('440-781')), ['region_code.character']);
    assert.deepEqual(issueCodes(validateRegionCode('4407 81')), ['region_code.character']);
    assert.deepEqual(issueCodes(validateRegionCode('')), ['region_code.character']);
  });
});
