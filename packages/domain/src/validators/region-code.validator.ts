import { PROVINCE_PREFIXES, type RegionLevel, levelSuggestedByCode } from '../regions/region.ts';
import { type Validation, invalid, valid } from './result.ts';

export interface RegionCodeInfo {
  code: string;
  /** Level implied by the code's shape; the region table is authoritative. */
  suggestedLevel: RegionLevel;
  provinceCode: string;
}

/**
 * GB/T 2260 region code (6 digits) or NBS township code (9 digits). Checks shape and province
 * prefix only: whether the code exists on a date is answered by the region table.
 */
export function validateRegionCode(input: string): Validation<RegionCodeInfo> {
  const code = input.trim();
  if (!/^\d+$/.test(code)) return invalid({ code: 'region_code.character', message: '行政区划代码只能包含数字' });
  if (code.length !== 6 && code.length !== 9) {
    return invalid({ code: 'region_code.length', message: `行政区划代码应为6位（省市县）或9位（乡镇街道），实际${code.length}位` });
  }
  const province = code.slice(0, 2);
  if (!(PROVINCE_PREFIXES as readonly string[]).includes(province)) {
    return invalid({ code: 'region_code.province', message: `前两位“${province}”不是省级行政区划代码` });
  }
  const level = levelSuggestedByCode(code);
  if (level === null) return invalid({ code: 'region_code.length', message: '行政区划代码格式错误' });
  return valid({ code, suggestedLevel: level, provinceCode: `${province}0000` });
}
