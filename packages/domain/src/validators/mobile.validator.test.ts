import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskPhone, validateMobile, validatePhone } from './mobile.validator.ts';
import type { Validation } from './result.ts';

function issueCodes<T>(v: Validation<T>): string[] {
  assert.equal(v.ok, false, 'expected the input to be rejected');
  return v.ok ? [] : v.issues.map((i) => i.code);
}

function value<T>(v: Validation<T>): T {
  assert.ok(v.ok, `expected valid, got ${JSON.stringify(v)}`);
  return v.value;
}

describe('validateMobile (mainland 11-digit numbers, MIIT numbering plan 13–19)', () => {
  it('accepts a plain 11-digit number', () => {
    assert.equal(value(validateMobile('13800138000')), '13800138000');
  });

  it('accepts every second digit 3–9', () => {
    for (const d of '3456789') assert.equal(value(validateMobile(`1${d}912345678`)), `1${d}912345678`);
  });

  it('strips a +86 prefix', () => {
    assert.equal(value(validateMobile('+8613800138000')), '13800138000');
  });

  it('strips an 86 prefix without +', () => {
    assert.equal(value(validateMobile('8613800138000')), '13800138000');
  });

  it('removes spaces and hyphens, with or without +86', () => {
    assert.equal(value(validateMobile('138 0013 8000')), '13800138000');
    assert.equal(value(validateMobile('138-0013-8000')), '13800138000');
    assert.equal(value(validateMobile('+86 138 0013 8000')), '13800138000');
    assert.equal(value(validateMobile(' +86-138-0013-8000 ')), '13800138000');
    assert.equal(value(validateMobile('\t139\u00a01234\u00a05678')), '13912345678');
  });

  it('rejects 10 and 12 digits, reporting the length', () => {
    const short = validateMobile('1380013800');
    assert.deepEqual(issueCodes(short), ['mobile.length']);
    assert.ok(!short.ok && short.issues[0]!.message.includes('实际10位'));
    assert.deepEqual(issueCodes(validateMobile('138001380001')), ['mobile.length']);
  });

  it('does not strip 86 when what follows is not a mobile number', () => {
    // 86 is only stripped before 1 + ten digits; before 0750… it stays, so 13 digits remain
    assert.deepEqual(issueCodes(validateMobile('8607505512345')), ['mobile.length']);
  });

  it('rejects prefixes 10, 11 and 12 and numbers not starting with 1', () => {
    assert.deepEqual(issueCodes(validateMobile('10012345678')), ['mobile.prefix']);
    assert.deepEqual(issueCodes(validateMobile('11012345678')), ['mobile.prefix']);
    assert.deepEqual(issueCodes(validateMobile('12012345678')), ['mobile.prefix']);
    assert.deepEqual(issueCodes(validateMobile('23800138000')), ['mobile.prefix']);
    assert.deepEqual(issueCodes(validateMobile('+8612012345678')), ['mobile.prefix']);
  });

  it('rejects letters, brackets, dots and a + elsewhere', () => {
    assert.deepEqual(issueCodes(validateMobile('1380013800a')), ['mobile.character']);
    assert.deepEqual(issueCodes(validateMobile('(138)00138000')), ['mobile.character']);
    assert.deepEqual(issueCodes(validateMobile('138.0013.8000')), ['mobile.character']);
    assert.deepEqual(issueCodes(validateMobile('+13800138000')), ['mobile.character']);
  });

  it('rejects the empty string', () => {
    assert.deepEqual(issueCodes(validateMobile('')), ['mobile.character']);
  });
});

describe('validatePhone (mobile or fixed line)', () => {
  it('accepts a mobile number and returns it normalised', () => {
    assert.equal(value(validatePhone('+86 138 0013 8000')), '13800138000');
  });

  it('accepts the fixed-line number 0750-5512345 (area code 0750, 7-digit number)', () => {
    assert.equal(value(validatePhone('0750-5512345')), '0750-5512345');
  });

  it('accepts a 3-digit area code with an 8-digit number, with or without hyphen', () => {
    assert.equal(value(validatePhone('020-12345678')), '020-12345678');
    assert.equal(value(validatePhone('02012345678')), '02012345678');
  });

  it('accepts an extension of 1–6 digits', () => {
    assert.equal(value(validatePhone('0750-5512345-8')), '0750-5512345-8');
    assert.equal(value(validatePhone('0750-5512345-123456')), '0750-5512345-123456');
  });

  it('trims the fixed-line number but keeps its hyphens', () => {
    assert.equal(value(validatePhone('  0750-5512345 ')), '0750-5512345');
  });

  it('rejects fixed-line numbers that are too short or too long, or have a 7-digit extension', () => {
    assert.deepEqual(issueCodes(validatePhone('0750-551234')), ['phone.format']);
    assert.deepEqual(issueCodes(validatePhone('0750-551234567')), ['phone.format']);
    assert.deepEqual(issueCodes(validatePhone('0750-5512345-1234567')), ['phone.format']);
  });

  it('rejects a number without a leading 0 area code, or with spaces in a fixed-line number', () => {
    assert.deepEqual(issueCodes(validatePhone('7505512345')), ['phone.format']);
    assert.deepEqual(issueCodes(validatePhone('0750 5512345')), ['phone.format']);
    assert.deepEqual(issueCodes(validatePhone('12012345678')), ['phone.format']);
    assert.deepEqual(issueCodes(validatePhone('')), ['phone.format']);
  });
});

describe('maskPhone', () => {
  it('masks an 11-digit mobile as 138****5678', () => {
    assert.equal(maskPhone('13812345678'), '138****5678');
  });

  it('keeps the first 3 and last 4 characters of a fixed-line number', () => {
    assert.equal(maskPhone('0750-5512345'), '075*****2345');
  });

  it('with exactly 7 characters shows all of them', () => {
    assert.equal(maskPhone('5512345'), '5512345');
  });

  it('masks a string shorter than 7 characters completely', () => {
    assert.equal(maskPhone('123456'), '******');
    assert.equal(maskPhone(''), '');
  });
});
