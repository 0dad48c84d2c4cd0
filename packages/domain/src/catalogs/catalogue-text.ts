/**
 * Text keys for matching free text against catalogue names.
 *
 * Employers and exam institutions type factor and disease names with full-width or half-width
 * characters, stray spaces, different brackets and the variant character 硅 for 矽 (GB/T 16418
 * and most modern texts write 硅; the 2013/2024 disease catalogue and the 2015 hazard-factor
 * catalogue write 矽尘/矽肺). A key folds those differences away; it is only ever compared with
 * another key, never shown.
 */

/**
 * The comparison key of a catalogue name or of free text.
 *
 * - NFKC: full-width letters, digits and punctuation become half-width (`（` → `(`, `ＳｉＯ２` →
 *   `SiO2`), subscripts become digits (`SiO₂` → `SiO2`);
 * - all whitespace removed (including the ideographic space U+3000);
 * - brackets 【】〔〕[] become (), dash variants become `-`, `>=`/`≧` become `≥`;
 * - 硅 becomes 矽 (same element, see above);
 * - Latin letters lower-cased (`X射线` = `x射线`).
 */
export function catalogueTextKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[【〔［[]/gu, '(')
    .replace(/[】〕］\]]/gu, ')')
    .replace(/[‐‑‒–—―−]/gu, '-')
    .replace(/>=|≧/gu, '≥')
    .replace(/<=|≦/gu, '≤')
    .replace(/硅/gu, '矽')
    .toLowerCase();
}

/** The key with every parenthesised part removed: `矽尘(游离sio2含量≥10%)` → `矽尘`. */
export function withoutParentheticals(key: string): string {
  let previous = key;
  for (;;) {
    const next = previous.replace(/\([^()]*\)/gu, '');
    if (next === previous) return next;
    previous = next;
  }
}

/** The contents of the parenthesised parts of a key, outermost-first order not guaranteed. */
export function parentheticals(key: string): string[] {
  return [...key.matchAll(/\(([^()]*)\)/gu)].map((m) => m[1] ?? '').filter((s) => s.length > 0);
}

/** A `限于…` qualifier inside a catalogue name (e.g. `艾滋病病毒（限于医疗卫生人员及人民警察）`), or null. */
export function restrictionOf(name: string): string | null {
  const match = /[（(](限于[^）)]*)[）)]/u.exec(name);
  return match?.[1] ?? null;
}

/** CAS Registry Numbers printed in a catalogue cell (`7803-51-2、1314-84-7`, `7439-92-1（铅）`). */
export function casNumbersIn(cell: string | null): string[] {
  if (cell === null) return [];
  return [...cell.normalize('NFKC').matchAll(/\b\d{2,7}-\d{2}-\d\b/gu)].map((m) => m[0]);
}

/**
 * True when a CAS Registry Number has the right shape and check digit (CAS: the check digit is
 * the sum of each digit times its position counted from the right, modulo 10).
 */
export function hasValidCasCheckDigit(cas: string): boolean {
  const match = /^(\d{2,7})-(\d{2})-(\d)$/u.exec(cas);
  if (!match) return false;
  const digits = `${match[1]}${match[2]}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += (digits.length - i) * Number(digits[i]);
  return sum % 10 === Number(match[3]);
}
