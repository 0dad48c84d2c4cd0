import { type Validation, invalid, valid } from './result.ts';

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 *
 * Layout: 1 registration authority · 2 organisation category · 3–8 region code (GB/T 2260)
 * · 9–17 organisation code (GB 11714, with its own check character at 17) · 18 check character.
 * Character set: digits and upper-case letters without I, O, Z, S, V (31 symbols, value = index).
 * Check character (GB 32100 §4.4): C18 = 31 − (Σ value(c_i)·W_i mod 31), W_i = 3^(i−1) mod 31; 31 → 0.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** GB 11714 organisation code: weights for the first 8 characters. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Registration authorities named in GB 32100 Table 1 (others may be added by the state). */
export const USCC_AUTHORITIES: Record<string, string> = {
  '1': '机构编制',
  '2': '外交',
  '3': '司法行政',
  '4': '文化',
  '5': '民政',
  '6': '旅游',
  '7': '宗教',
  '8': '工会',
  '9': '工商/市场监管',
  A: '中央军委改革和编制办公室',
  N: '农业',
  Y: '其他',
};

export interface UsccInfo {
  uscc: string;
  authorityCode: string;
  authorityName: string | null;
  categoryCode: string;
  regionCode: string;
  organisationCode: string;
}

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17.charAt(i));
    sum += v * WEIGHTS[i]!;
  }
  const c = 31 - (sum % 31);
  return USCC_CHARSET.charAt(c === 31 ? 0 : c);
}

/** GB 11714 check character of a 9-character organisation code: C9 = 11 − (Σ v_i·W_i mod 11); 10 → X, 11 → 0. */
export function organisationCodeCheckCharacter(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = first8.charAt(i);
    const v = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55; // A → 10 … Z → 35
    sum += v * ORG_WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function validateUscc(input: string): Validation<UsccInfo> {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) {
    return invalid({ code: 'uscc.length', message: `统一社会信用代码应为18位，实际${value.length}位` });
  }
  for (let i = 0; i < 18; i++) {
    if (!USCC_CHARSET.includes(value.charAt(i))) {
      return invalid({
        code: 'uscc.character',
        message: `第${i + 1}位字符“${value.charAt(i)}”不在GB 32100字符集中（不使用I、O、Z、S、V）`,
      });
    }
  }
  const regionCode = value.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) {
    return invalid({ code: 'uscc.region_segment', message: '第3–8位登记管理机关行政区划码应为6位数字' });
  }
  const expected = usccCheckCharacter(value.slice(0, 17));
  if (value.charAt(17) !== expected) {
    return invalid({ code: 'uscc.check_character', message: `校验码错误：第18位应为“${expected}”` });
  }
  return valid({
    uscc: value,
    authorityCode: value.charAt(0),
    authorityName: USCC_AUTHORITIES[value.charAt(0)] ?? null,
    categoryCode: value.charAt(1),
    regionCode,
    organisationCode: value.slice(8, 17),
  });
}

/**
 * Builds a valid USCC from its parts (used by demo data and the benchmark generator).
 * The organisation code gets its GB 11714 check character, the whole its GB 32100 one.
 */
export function buildUscc(authority: string, category: string, regionCode: string, orgCodeBody8: string): string {
  const org = orgCodeBody8 + organisationCodeCheckCharacter(orgCodeBody8);
  const first17 = `${authority}${category}${regionCode}${org}`;
  return first17 + usccCheckCharacter(first17);
}
