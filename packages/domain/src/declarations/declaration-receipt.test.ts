import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OhnetError } from '../errors/errors.ts';
import {
  DECLARATION_RECEIPT_NUMBER_PATTERN,
  formatDeclarationReceiptNumber,
  normaliseDeclarationReceiptNumber,
  parseDeclarationReceiptNumber,
  receiptSigningPayload,
} from './declaration-receipt.ts';

function issuesOf(fn: () => unknown): string[][] {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof OhnetError);
    assert.equal(e.code, 'validation.failed');
    return (e.details as { issues: { path: string; code: string }[] }).issues.map((i) => [i.path, i.code]);
  }
  assert.fail('expected a validation error');
}

describe('receipt numbers SB-<region>-<year>-<sequence>', () => {
  it('formats the 123rd receipt of 蓬江区 (440703) in 2025', () => {
    const n = formatDeclarationReceiptNumber({ regionCode: '440703', year: 2025, sequence: 123 });
    assert.equal(n, 'SB-440703-2025-0000123');
    assert.match(n, DECLARATION_RECEIPT_NUMBER_PATTERN);
  });

  it('a city-level authority (申报办法 第四条: 中央企业、省属企业 declare to the 设区的市) numbers with its city code', () => {
    assert.equal(formatDeclarationReceiptNumber({ regionCode: '440700', year: 2025, sequence: 9_999_999 }), 'SB-440700-2025-9999999');
  });

  it('refuses bad parts: a 9-digit township code, a year before 申报办法 (2012), sequence 0 or above 7 digits', () => {
    assert.deepEqual(issuesOf(() => formatDeclarationReceiptNumber({ regionCode: '440703001', year: 2011, sequence: 0 })), [
      ['regionCode', 'receipt.region_code_invalid'],
      ['year', 'receipt.year_invalid'],
      ['sequence', 'receipt.sequence_invalid'],
    ]);
    assert.deepEqual(issuesOf(() => formatDeclarationReceiptNumber({ regionCode: '990703', year: 2025, sequence: 10_000_000 })), [
      ['regionCode', 'receipt.region_code_invalid'],
      ['sequence', 'receipt.sequence_invalid'],
    ]);
  });

  it('parses what people type on the public page: full-width, lower case, spaces, no dashes', () => {
    for (const typed of ['SB-440703-2025-0000123', 'sb-440703-2025-0000123', 'ＳＢ－４４０７０３－２０２５－００００１２３', ' SB 440703 2025 0000123 ', 'SB44070320250000123']) {
      assert.equal(normaliseDeclarationReceiptNumber(typed), 'SB-440703-2025-0000123', typed);
      const r = parseDeclarationReceiptNumber(typed);
      assert.ok(r.ok, typed);
      if (r.ok) assert.deepEqual(r.value, { regionCode: '440703', year: 2025, sequence: 123 });
    }
  });

  it('rejects malformed numbers and impossible parts', () => {
    for (const bad of ['SB-440703-2025-123', 'SX-440703-2025-0000123', '', 'SB-440703-25-0000123']) {
      const r = parseDeclarationReceiptNumber(bad);
      assert.equal(r.ok, false, bad);
      if (!r.ok) assert.equal(r.issues[0]?.code, 'receipt.number_format');
    }
    const zero = parseDeclarationReceiptNumber('SB-440703-2025-0000000');
    assert.equal(zero.ok, false);
    if (!zero.ok) assert.equal(zero.issues[0]?.code, 'receipt.sequence_invalid');
  });
});

describe('receiptSigningPayload — the canonical text the server signs', () => {
  const base = { number: 'SB-440703-2025-0000123', uscc: '91110000802100433B', acceptedAt: '2025-06-12T09:30:00+08:00', kind: 'initial' as const };

  it('is versioned, one field per line, with the instant in UTC', () => {
    assert.equal(receiptSigningPayload(base), ['ohnet-declaration-receipt-v1', 'SB-440703-2025-0000123', '91110000802100433B', '2025-06-12T01:30:00.000Z', 'initial'].join('\n'));
  });

  it('is the same text however the fields were written (normalised number, lower-case USCC, Date or another zone)', () => {
    const same = receiptSigningPayload({ ...base, number: 'sb 440703 2025 0000123', uscc: '91110000802100433b', acceptedAt: new Date('2025-06-12T01:30:00Z') });
    assert.equal(same, receiptSigningPayload(base));
  });

  it('differs when any signed field differs', () => {
    const p = receiptSigningPayload(base);
    assert.notEqual(receiptSigningPayload({ ...base, kind: 'annual' }), p);
    assert.notEqual(receiptSigningPayload({ ...base, acceptedAt: '2025-06-12T09:30:01+08:00' }), p);
    assert.notEqual(receiptSigningPayload({ ...base, number: 'SB-440703-2025-0000124' }), p);
  });

  it('the number carries the acceptance year in CST: 2025-12-31T20:00Z is already 2026 in China', () => {
    assert.deepEqual(issuesOf(() => receiptSigningPayload({ ...base, acceptedAt: '2025-12-31T20:00:00Z' })), [['number', 'receipt.year_mismatch']]);
    assert.doesNotThrow(() => receiptSigningPayload({ ...base, number: 'SB-440703-2026-0000001', acceptedAt: '2025-12-31T20:00:00Z' }));
  });

  it('rejects a bad USCC (GB 32100 check character), an instant without zone, an unknown kind', () => {
    assert.deepEqual(
      issuesOf(() => receiptSigningPayload({ number: 'SB-440703-2025-0000123', uscc: '91110000802100433C', acceptedAt: '2025-06-12 09:30', kind: 'cancellation' as never })),
      [
        ['uscc', 'uscc.check_character'],
        ['acceptedAt', 'receipt.accepted_at_invalid'],
        ['kind', 'receipt.kind_invalid'],
      ],
    );
  });
});
