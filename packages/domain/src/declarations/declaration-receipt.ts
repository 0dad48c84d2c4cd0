/**
 * The declaration receipt (职业病危害项目申报回执): its number, and the canonical text the server
 * signs (HMAC) to make the verification code that the public page checks without login.
 *
 * The receiving authority issues the receipt on acceptance (职业病危害项目申报办法 第六条, article
 * number from memory). The number format is OHNet's own — the national system's numbering is not
 * public —:
 *
 *     SB-<6-digit region code of the accepting authority>-<year>-<7-digit sequence>
 *     SB-440703-2025-0000123
 *
 * - `SB` = 申报; the region code is the GB/T 2260 code of the health authority that accepted the
 *   declaration — a county in most cases, a city for 中央企业/省属企业 projects, which declare to the
 *   设区的市级 authority (申报办法 第四条);
 * - `year` is the acceptance year in China Standard Time;
 * - the sequence counts receipts of that authority in that year from 0000001 (the server allocates it
 *   in the same transaction as the acceptance).
 */
import { type FieldIssue, errors } from '../errors/errors.ts';
import { type Validation, invalid, valid } from '../validators/result.ts';
import { validateRegionCode } from '../validators/region-code.validator.ts';
import { validateUscc } from '../validators/uscc.validator.ts';
import { type DeclarationFilingKind, isDeclarationFilingKind } from './declaration.workflow.ts';

/** `SB-440703-2025-0000123`. */
export const DECLARATION_RECEIPT_NUMBER_PATTERN = /^SB-(\d{6})-(\d{4})-(\d{7})$/u;

/** Largest sequence a receipt number can hold. */
export const DECLARATION_RECEIPT_MAX_SEQUENCE = 9_999_999;

/** The parts of a receipt number. */
export interface DeclarationReceiptNumberParts {
  /** GB/T 2260 code of the accepting authority's region. */
  regionCode: string;
  year: number;
  /** 1 … 9 999 999. */
  sequence: number;
}

/** First year a receipt can carry: 职业病危害项目申报办法 took effect on 2012-06-01. */
const FIRST_YEAR = 2012;

function partsIssues(parts: DeclarationReceiptNumberParts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const region = validateRegionCode(parts.regionCode);
  if (!region.ok || parts.regionCode.length !== 6) {
    issues.push({ path: 'regionCode', code: 'receipt.region_code_invalid', message: 'The region code must be a 6-digit GB/T 2260 code' });
  }
  if (!Number.isInteger(parts.year) || parts.year < FIRST_YEAR || parts.year > 9999) {
    issues.push({ path: 'year', code: 'receipt.year_invalid', message: `The year must be ${FIRST_YEAR}–9999` });
  }
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > DECLARATION_RECEIPT_MAX_SEQUENCE) {
    issues.push({ path: 'sequence', code: 'receipt.sequence_invalid', message: `The sequence must be 1–${DECLARATION_RECEIPT_MAX_SEQUENCE}` });
  }
  return issues;
}

/**
 * Formats a receipt number: `{ regionCode: '440703', year: 2025, sequence: 123 }` →
 * `SB-440703-2025-0000123`.
 *
 * @throws OhnetError `validation.failed` for a bad region code, year or sequence.
 */
export function formatDeclarationReceiptNumber(parts: DeclarationReceiptNumberParts): string {
  const issues = partsIssues(parts);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid receipt number parts');
  return `SB-${parts.regionCode}-${parts.year}-${String(parts.sequence).padStart(7, '0')}`;
}

/**
 * Normalises what a person types on the public verification page: full-width characters, spaces,
 * lower case and dash variants (`ｓｂ－440703 2025－0000123` → `SB-440703-2025-0000123`).
 */
export function normaliseDeclarationReceiptNumber(input: string): string {
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[‐‑‒–—―−_]/gu, '-')
    .replace(/\s+/gu, '-')
    .replace(/-+/gu, '-')
    .replace(/^-|-$/gu, '');
  // Accept the digits without separators too: SB4407032025 0000123.
  const digits = /^SB-?(\d{6})-?(\d{4})-?(\d{7})$/u.exec(compact);
  return digits ? `SB-${digits[1]}-${digits[2]}-${digits[3]}` : compact;
}

/** Parses and checks a receipt number (normalised first). */
export function parseDeclarationReceiptNumber(input: string): Validation<DeclarationReceiptNumberParts> {
  const number = normaliseDeclarationReceiptNumber(input);
  const m = DECLARATION_RECEIPT_NUMBER_PATTERN.exec(number);
  if (!m) return invalid({ code: 'receipt.number_format', message: '回执编号格式应为 SB-区划代码(6位)-年份-序号(7位)' });
  const parts = { regionCode: m[1]!, year: Number(m[2]), sequence: Number(m[3]) };
  const issues = partsIssues(parts);
  if (issues.length > 0) return invalid(...issues.map(({ code, message }) => ({ code, message })));
  return valid(parts);
}

/** What the verification code vouches for. */
export interface ReceiptSigningInput {
  number: string;
  uscc: string;
  /** Acceptance instant: ISO 8601 with a zone (`2025-06-10T09:30:00+08:00`) or a `Date`. */
  acceptedAt: string | Date;
  kind: DeclarationFilingKind;
}

/** Version tag of the signed text; a new layout gets a new tag, old receipts keep verifying. */
export const RECEIPT_SIGNING_PAYLOAD_VERSION = 'ohnet-declaration-receipt-v1';

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/u;

function cstYear(t: Date): number {
  return new Date(t.getTime() + 8 * 3_600_000).getUTCFullYear();
}

/**
 * The canonical text the server signs with HMAC for a receipt's verification code:
 *
 *     ohnet-declaration-receipt-v1\n<number>\n<USCC>\n<acceptedAt as UTC, ms>\n<kind>
 *
 * Each field is normalised first (receipt number as by {@link normaliseDeclarationReceiptNumber},
 * USCC upper-case, instant as `toISOString()`), so the same receipt always gives the same text; the
 * fields cannot contain a newline, so the text cannot be re-split differently.
 *
 * @throws OhnetError `validation.failed` when the number, USCC (GB 32100), instant or kind is bad, or
 *   the number's year is not the acceptance year in CST (`receipt.year_mismatch`).
 */
export function receiptSigningPayload(input: ReceiptSigningInput): string {
  const issues: FieldIssue[] = [];
  const parsed = parseDeclarationReceiptNumber(input.number);
  if (!parsed.ok) for (const i of parsed.issues) issues.push({ path: 'number', code: i.code, message: i.message });
  const uscc = validateUscc(input.uscc);
  if (!uscc.ok) for (const i of uscc.issues) issues.push({ path: 'uscc', code: i.code, message: i.message });
  const at = input.acceptedAt instanceof Date ? input.acceptedAt : ISO_WITH_ZONE.test(input.acceptedAt) ? new Date(input.acceptedAt) : null;
  if (at === null || Number.isNaN(at.getTime())) {
    issues.push({ path: 'acceptedAt', code: 'receipt.accepted_at_invalid', message: 'acceptedAt must be an ISO 8601 instant with a time zone' });
  } else if (parsed.ok && parsed.value.year !== cstYear(at)) {
    issues.push({ path: 'number', code: 'receipt.year_mismatch', message: `The receipt year ${parsed.value.year} is not the acceptance year ${cstYear(at)} (CST)` });
  }
  if (!isDeclarationFilingKind(input.kind)) issues.push({ path: 'kind', code: 'receipt.kind_invalid', message: 'kind must be initial, change or annual' });
  if (issues.length > 0 || !parsed.ok || !uscc.ok || at === null) throw errors.invalid(issues, 'Invalid receipt');
  return [RECEIPT_SIGNING_PAYLOAD_VERSION, normaliseDeclarationReceiptNumber(input.number), uscc.value.uscc, at.toISOString(), input.kind].join('\n');
}
