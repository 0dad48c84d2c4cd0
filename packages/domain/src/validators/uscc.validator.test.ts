import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Validation } from './result.ts';
import {
  USCC_AUTHORITIES,
  USCC_CHARSET,
  type UsccInfo,
  buildUscc,
  organisationCodeCheckCharacter,
  usccCheckCharacter,
  validateUscc,
} from './uscc.validator.ts';

function issueCodes<T>(v: Validation<T>): string[] {
  assert.equal(v.ok, false, 'expected the input to be rejected');
  return v.ok ? [] : v.issues.map((i) => i.code);
}

function ok(v: Validation<UsccInfo>): UsccInfo {
  assert.ok(v.ok, `expected valid, got ${JSON.stringify(v)}`);
  return v.value;
}

describe('USCC character set (GB 32100-2015 §4.2)', () => {
  it('has 31 symbols: digits and upper-case letters except I, O, Z, S, V', () => {
    assert.equal(USCC_CHARSET.length, 31);
    assert.equal(new Set(USCC_CHARSET).size, 31);
    for (const c of 'IOZSV') assert.ok(!USCC_CHARSET.includes(c), `${c} must be excluded`);
    for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') assert.ok(USCC_CHARSET.includes(c));
  });

  it('maps each symbol to its index as its value (A=10, Y=30)', () => {
    assert.equal(USCC_CHARSET.indexOf('A'), 10);
    assert.equal(USCC_CHARSET.indexOf('H'), 17);
    assert.equal(USCC_CHARSET.indexOf('J'), 18);
    assert.equal(USCC_CHARSET.indexOf('Y'), 30);
  });
});

describe('usccCheckCharacter (GB 32100-2015 §4.4, W_i = 3^(i−1) mod 31)', () => {
  it('computes B for 91110000802100433 (published vector)', () => {
    assert.equal(usccCheckCharacter('91110000802100433'), 'B');
  });

  it('computes 3 for 91350100M000100Y4 (published vector)', () => {
    assert.equal(usccCheckCharacter('91350100M000100Y4'), '3');
  });

  it('maps a computed value of 31 to 0', () => {
    // Σ ≡ 0 (mod 31) → 31 − 0 = 31 → '0'; this body was found by search and checked by hand.
    assert.equal(usccCheckCharacter('91440781000000035'), '0');
  });
});

describe('organisationCodeCheckCharacter (GB 11714-1997, W = 3 7 9 10 5 8 4 2)', () => {
  it('computes 3 for 80210043 (organisation code 80210043-3 in 91110000802100433B)', () => {
    // 8·3 + 0·7 + 2·9 + 1·10 + 0·5 + 0·8 + 4·4 + 3·2 = 74; 74 mod 11 = 8; 11 − 8 = 3
    assert.equal(organisationCodeCheckCharacter('80210043'), '3');
  });

  it('computes 4 for M000100Y (letters valued A=10 … M=22, Y=34)', () => {
    // 22·3 + 1·5 + 34·2 = 139; 139 mod 11 = 7; 11 − 7 = 4 — matches 91350100M000100Y43
    assert.equal(organisationCodeCheckCharacter('M000100Y'), '4');
  });

  it('maps 10 to X', () => {
    // 6·2 = 12; 12 mod 11 = 1; 11 − 1 = 10 → X
    assert.equal(organisationCodeCheckCharacter('00000006'), 'X');
  });

  it('maps 11 to 0', () => {
    // Σ = 0 → 11 − 0 = 11 → 0
    assert.equal(organisationCodeCheckCharacter('00000000'), '0');
  });

  it('computes 8 for 12345678', () => {
    // 3 + 14 + 27 + 40 + 25 + 48 + 28 + 16 = 201; 201 mod 11 = 3; 11 − 3 = 8
    assert.equal(organisationCodeCheckCharacter('12345678'), '8');
  });
});

describe('validateUscc', () => {
  it('accepts 91110000802100433B and splits it into its parts', () => {
    assert.deepEqual(ok(validateUscc('91110000802100433B')), {
      uscc: '91110000802100433B',
      authorityCode: '9',
      authorityName: '工商/市场监管',
      categoryCode: '1',
      regionCode: '110000',
      organisationCode: '802100433',
    });
  });

  it('accepts 91350100M000100Y43 (letters inside the organisation code)', () => {
    const info = ok(validateUscc('91350100M000100Y43'));
    assert.equal(info.regionCode, '350100');
    assert.equal(info.organisationCode, 'M000100Y4');
    assert.equal(info.authorityCode, '9');
    assert.equal(info.categoryCode, '1');
  });

  it('normalises lower-case input to upper case', () => {
    const info = ok(validateUscc('91350100m000100y43'));
    assert.equal(info.uscc, '91350100M000100Y43');
    assert.equal(info.organisationCode, 'M000100Y4');
  });

  it('trims surrounding whitespace', () => {
    assert.equal(ok(validateUscc('  91110000802100433B\t\n')).uscc, '91110000802100433B');
  });

  it('rejects a wrong check character and names the expected one', () => {
    const v = validateUscc('91110000802100433A');
    assert.deepEqual(issueCodes(v), ['uscc.check_character']);
    assert.ok(!v.ok && v.issues[0]!.message.includes('“B”'));
  });

  it('rejects every other check character for the same body', () => {
    for (const c of USCC_CHARSET) {
      if (c === 'B') continue;
      assert.deepEqual(issueCodes(validateUscc(`91110000802100433${c}`)), ['uscc.check_character'], c);
    }
  });

  it('rejects a single-character change in the body (check character no longer matches)', () => {
    assert.deepEqual(issueCodes(validateUscc('91110000802100443B')), ['uscc.check_character']);
    assert.deepEqual(issueCodes(validateUscc('92110000802100433B')), ['uscc.check_character']);
  });

  for (const c of ['I', 'O', 'Z', 'S', 'V']) {
    it(`rejects the forbidden character ${c} and names its position`, () => {
      const v = validateUscc(`91110000${c}02100433B`);
      assert.deepEqual(issueCodes(v), ['uscc.character']);
      assert.ok(!v.ok && v.issues[0]!.message.includes('第9位'), v.ok ? '' : v.issues[0]!.message);
      assert.ok(!v.ok && v.issues[0]!.message.includes(`“${c}”`));
    });
  }

  it('rejects a forbidden lower-case letter after normalisation (o → O)', () => {
    assert.deepEqual(issueCodes(validateUscc('91110000o02100433B')), ['uscc.character']);
  });

  it('rejects punctuation and inner spaces', () => {
    assert.deepEqual(issueCodes(validateUscc('91110000-802100433')), ['uscc.character']);
    assert.deepEqual(issueCodes(validateUscc('9111000080 100433B')), ['uscc.character']);
  });

  it('rejects wrong lengths (17, 19, 0) and reports the actual length', () => {
    const short = validateUscc('91110000802100433');
    assert.deepEqual(issueCodes(short), ['uscc.length']);
    assert.ok(!short.ok && short.issues[0]!.message.includes('实际17位'));
    assert.deepEqual(issueCodes(validateUscc('91110000802100433BB')), ['uscc.length']);
    assert.deepEqual(issueCodes(validateUscc('')), ['uscc.length']);
    assert.deepEqual(issueCodes(validateUscc('   ')), ['uscc.length']);
  });

  it('rejects an 18-character code whose region segment (positions 3–8) is not all digits', () => {
    // A is in the charset, so the character check passes; the GB/T 2260 segment must still be digits.
    const first17 = '91A10000802100433';
    const code = first17 + usccCheckCharacter(first17);
    assert.deepEqual(issueCodes(validateUscc(code)), ['uscc.region_segment']);
  });

  it('reports null as the authority name for an authority not in Table 1', () => {
    const info = ok(validateUscc('B1440781123456788J'));
    assert.equal(info.authorityCode, 'B');
    assert.equal(info.authorityName, null);
  });

  it('names the authorities listed in Table 1', () => {
    assert.equal(USCC_AUTHORITIES['1'], '机构编制');
    assert.equal(USCC_AUTHORITIES['5'], '民政');
    assert.equal(USCC_AUTHORITIES['9'], '工商/市场监管');
    assert.equal(USCC_AUTHORITIES['Y'], '其他');
    for (const k of Object.keys(USCC_AUTHORITIES)) assert.ok(USCC_CHARSET.includes(k), k);
  });
});

describe('buildUscc', () => {
  it('rebuilds the published vector 91110000802100433B from its parts', () => {
    assert.equal(buildUscc('9', '1', '110000', '80210043'), '91110000802100433B');
  });

  it('rebuilds the published vector 91350100M000100Y43 from its parts', () => {
    assert.equal(buildUscc('9', '1', '350100', 'M000100Y'), '91350100M000100Y43');
  });

  it('produces a code that validates, whose organisation code ends with its GB 11714 check character', () => {
    const uscc = buildUscc('9', '1', '440781', 'MA4W3A1B');
    assert.equal(uscc, '91440781MA4W3A1B3B');
    const info = ok(validateUscc(uscc));
    assert.equal(info.regionCode, '440781');
    assert.equal(info.organisationCode, 'MA4W3A1B3');
    assert.equal(info.organisationCode.charAt(8), organisationCodeCheckCharacter(info.organisationCode.slice(0, 8)));
  });

  it('carries an X organisation check character into a valid USCC', () => {
    const uscc = buildUscc('9', '1', '440781', '00000006');
    assert.equal(uscc, '9144078100000006XD');
    assert.equal(ok(validateUscc(uscc)).organisationCode, '00000006X');
  });

  it('produces valid codes for a range of bodies', () => {
    for (let n = 0; n < 500; n++) {
      const body = String(n * 7919).padStart(8, '0');
      const uscc = buildUscc('5', '2', '120112', body);
      assert.equal(uscc.length, 18);
      const info = ok(validateUscc(uscc));
      assert.equal(info.organisationCode, body + organisationCodeCheckCharacter(body));
      assert.equal(info.authorityName, '民政');
    }
  });
});
