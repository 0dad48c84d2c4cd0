import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type IdNumberInfo, idNumberCheckCharacter, maskIdNumber, validateIdNumber } from './id-number.validator.ts';
import type { Validation } from './result.ts';

/** A fixed "today" so the tests do not depend on the clock. */
const TODAY = new Date('2024-06-01T00:00:00Z');

function issueCodes<T>(v: Validation<T>): string[] {
  assert.equal(v.ok, false, 'expected the input to be rejected');
  return v.ok ? [] : v.issues.map((i) => i.code);
}

function ok(v: Validation<IdNumberInfo>): IdNumberInfo {
  assert.ok(v.ok, `expected valid, got ${JSON.stringify(v)}`);
  return v.value;
}

describe('idNumberCheckCharacter (GB 11643-1999 §5.5, ISO 7064 MOD 11-2)', () => {
  it('computes X for 11010519491231002 (the example in GB 11643-1999)', () => {
    assert.equal(idNumberCheckCharacter('11010519491231002'), 'X');
  });

  it('computes 8 for 44078119900101123 (worked by hand)', () => {
    // weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    // 4·7 + 4·9 + 0·10 + 7·5 + 8·8 + 1·4 + 1·2 + 9·1 + 9·6 + 0·3 + 0·7 + 1·9 + 0·10 + 1·5 + 1·8 + 2·4 + 3·2
    // = 28+36+0+35+64+4+2+9+54+0+0+9+0+5+8+8+6 = 268; 268 mod 11 = 4; (12 − 4) mod 11 = 8
    assert.equal(idNumberCheckCharacter('44078119900101123'), '8');
  });

  it('maps a remainder of 1 to check 0 (the (12 − S) mod 11 wrap)', () => {
    // 44078120000229123: S ≡ 1 (mod 11) → (12 − 1) mod 11 = 0
    assert.equal(idNumberCheckCharacter('44078120000229123'), '0');
  });

  it('the full number satisfies Σ a_i·W_i ≡ 1 (mod 11) with W_1 = 1 for the check position', () => {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, 1];
    for (const id of ['11010519491231002X', '440781199001011238', '44078119900101122X', '440781200002291230']) {
      const sum = [...id].reduce((s, c, i) => s + (c === 'X' ? 10 : Number(c)) * weights[i]!, 0);
      assert.equal(sum % 11, 1, id);
      assert.equal(idNumberCheckCharacter(id.slice(0, 17)), id.charAt(17), id);
    }
  });
});

describe('validateIdNumber', () => {
  it('accepts the GB 11643-1999 example 11010519491231002X: born 1949-12-31, female', () => {
    assert.deepEqual(ok(validateIdNumber('11010519491231002X', TODAY)), {
      idNumber: '11010519491231002X',
      addressCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female', // 17th digit 2 is even
    });
  });

  it('accepts a male example 440781199001011238 (17th digit 3 is odd)', () => {
    assert.deepEqual(ok(validateIdNumber('440781199001011238', TODAY)), {
      idNumber: '440781199001011238',
      addressCode: '440781',
      birthDate: '1990-01-01',
      sex: 'male',
    });
  });

  it('treats 0 as an even sequence digit (female)', () => {
    // 17th digit 0
    const first17 = '44078119900101120';
    assert.equal(ok(validateIdNumber(first17 + idNumberCheckCharacter(first17), TODAY)).sex, 'female');
  });

  it('accepts a lower-case x check character and normalises it', () => {
    assert.equal(ok(validateIdNumber('11010519491231002x', TODAY)).idNumber, '11010519491231002X');
  });

  it('trims surrounding whitespace', () => {
    assert.equal(ok(validateIdNumber(' 440781199001011238 ', TODAY)).idNumber, '440781199001011238');
  });

  it('rejects a wrong check character and names the expected one', () => {
    const v = validateIdNumber('110105194912310021', TODAY);
    assert.deepEqual(issueCodes(v), ['id_number.check_character']);
    assert.ok(!v.ok && v.issues[0]!.message.includes('“X”'));
    assert.deepEqual(issueCodes(validateIdNumber('440781199001011234', TODAY)), ['id_number.check_character']);
  });

  it('rejects every wrong check character for the same body', () => {
    for (const c of '0123456789X') {
      if (c === '8') continue;
      assert.deepEqual(issueCodes(validateIdNumber(`44078119900101123${c}`, TODAY)), ['id_number.check_character'], c);
    }
  });

  it('rejects 30 February', () => {
    const v = validateIdNumber('440781199002301230', TODAY);
    assert.deepEqual(issueCodes(v), ['id_number.birth_date']);
    assert.ok(!v.ok && v.issues[0]!.message.includes('19900230'));
  });

  it('accepts 29 February in the leap year 2000', () => {
    assert.equal(ok(validateIdNumber('440781200002291230', TODAY)).birthDate, '2000-02-29');
  });

  it('rejects 29 February 1900 (1900 is not a leap year)', () => {
    assert.deepEqual(issueCodes(validateIdNumber('440781190002291234', TODAY)), ['id_number.birth_date']);
  });

  it('rejects month 13, month 00 and day 00 / 32', () => {
    for (const date of ['19901301', '19900001', '19900100', '19900132']) {
      const first17 = `440781${date}123`;
      const id = first17 + idNumberCheckCharacter(first17);
      assert.deepEqual(issueCodes(validateIdNumber(id, TODAY)), ['id_number.birth_date'], date);
    }
  });

  it('rejects a birth year before 1900', () => {
    assert.deepEqual(issueCodes(validateIdNumber('440781189912311232', TODAY)), ['id_number.birth_date']);
  });

  it('rejects a birth date after the given today (2024-06-02 checked on 2024-06-01)', () => {
    const v = validateIdNumber('440781202406021236', TODAY);
    assert.deepEqual(issueCodes(v), ['id_number.birth_date_future']);
    assert.ok(!v.ok && v.issues[0]!.message.includes('2024-06-02'));
  });

  it('accepts a birth date equal to today', () => {
    assert.equal(ok(validateIdNumber('440781202406011230', TODAY)).birthDate, '2024-06-01');
  });

  it('accepts the future-dated number once today has passed its birth date', () => {
    assert.equal(ok(validateIdNumber('440781202406021236', new Date('2024-06-03T00:00:00Z'))).birthDate, '2024-06-02');
  });

  it('rejects a province-level address code ending 0000', () => {
    const v = validateIdNumber('440000199001011231', TODAY); // check character is correct for this body
    assert.deepEqual(issueCodes(v), ['id_number.address_code']);
    assert.ok(!v.ok && v.issues[0]!.message.includes('440000'));
  });

  it('rejects an address code starting with 0', () => {
    assert.deepEqual(issueCodes(validateIdNumber('010105199001011239', TODAY)), ['id_number.address_code']);
  });

  it('accepts a city-level address code ending 00 (used on older numbers)', () => {
    assert.equal(ok(validateIdNumber('440100199001011237', TODAY)).addressCode, '440100');
  });

  it('rejects the 15-digit first-generation format and other wrong lengths, reporting the length', () => {
    const v = validateIdNumber('110105491231002', TODAY);
    assert.deepEqual(issueCodes(v), ['id_number.length']);
    assert.ok(!v.ok && v.issues[0]!.message.includes('实际15位'));
    assert.deepEqual(issueCodes(validateIdNumber('11010519491231002X0', TODAY)), ['id_number.length']);
    assert.deepEqual(issueCodes(validateIdNumber('', TODAY)), ['id_number.length']);
  });

  it('rejects a letter other than X in the check position, or any letter in the first 17', () => {
    assert.deepEqual(issueCodes(validateIdNumber('11010519491231002Y', TODAY)), ['id_number.character']);
    assert.deepEqual(issueCodes(validateIdNumber('1101051949123100X2', TODAY)), ['id_number.character']);
    assert.deepEqual(issueCodes(validateIdNumber('11010519491231 02X', TODAY)), ['id_number.character']);
  });

  it('defaults today to now, so a valid historical number validates without the argument', () => {
    assert.equal(validateIdNumber('11010519491231002X').ok, true);
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 4 and last 4 characters of an 18-character number', () => {
    assert.equal(maskIdNumber('440781199001011234'), '4407**********1234');
  });

  it('keeps an X check character visible', () => {
    assert.equal(maskIdNumber('11010519491231002X'), '1101**********002X');
  });

  it('masks the middle of a 15-character number', () => {
    assert.equal(maskIdNumber('110105491231002'), '1101*******1002');
  });

  it('with exactly 8 characters shows all of them (no middle)', () => {
    assert.equal(maskIdNumber('12345678'), '12345678');
  });

  it('masks a string shorter than 8 characters completely', () => {
    assert.equal(maskIdNumber('1234567'), '*******');
    assert.equal(maskIdNumber(''), '');
  });
});

describe('validateIdNumber: birth date compared in China Standard Time', () => {
  it('accepts a birth date of today at 06:00 Beijing time (still the previous day in UTC)', () => {
    const r = validateIdNumber('440781202406011230', new Date('2024-06-01T06:00:00+08:00'));
    assert.equal(r.ok, true);
  });
});
