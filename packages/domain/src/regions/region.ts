/**
 * Administrative regions (行政区划).
 *
 * Codes: GB/T 2260 six-digit codes for province (xx0000), city (xxxx00) and county levels, and the
 * National Bureau of Statistics nine-digit township codes (county code + 3 digits, GB/T 10114).
 * A region's level is stored with it: the code alone is ambiguous in a few places (东莞, 中山,
 * 儋州 have townships directly under a city-level code).
 *
 * Records carry the most specific region code valid on their date; "is inside" is a code-prefix
 * test, so roll-ups and scope filters need no recursive queries (see docs/adr/0002-keys-and-regions.md).
 */
export const REGION_LEVELS = ['province', 'city', 'county', 'township'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

const PREFIX_LENGTH: Record<RegionLevel, number> = { province: 2, city: 4, county: 6, township: 9 };

/** The code prefix shared by a region and everything below it. */
export function regionScopePrefix(code: string, level: RegionLevel): string {
  return code.slice(0, PREFIX_LENGTH[level]);
}

/** True when `code` (any level) lies inside the subtree whose prefix is `prefix`. */
export function isCodeWithinPrefix(code: string, prefix: string): boolean {
  return code.startsWith(prefix);
}

/** Depth order of levels, for "is this level above that one" checks. */
export function levelRank(level: RegionLevel): number {
  return REGION_LEVELS.indexOf(level);
}

/** Province-level codes (GB/T 2260 first two digits) that exist, incl. 71 台湾, 81 香港, 82 澳门. */
export const PROVINCE_PREFIXES = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44',
  '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
] as const;

/**
 * The level a code suggests on its own (6 digits: xx0000 province, xxxx00 city, else county;
 * 9 digits: township). Use the stored level when the region table is at hand.
 */
export function levelSuggestedByCode(code: string): RegionLevel | null {
  if (/^\d{9}$/.test(code)) return 'township';
  if (!/^\d{6}$/.test(code)) return null;
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The region's ancestors' codes as the code implies them, nearest last (e.g. 440781001 → 440000, 440700, 440781). */
export function impliedAncestorCodes(code: string): string[] {
  const out: string[] = [];
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  const county = code.slice(0, 6);
  if (code !== province) out.push(province);
  if (code.length >= 6 && city !== code && city !== province) out.push(city);
  if (code.length === 9 && county !== city) out.push(county);
  return out;
}
