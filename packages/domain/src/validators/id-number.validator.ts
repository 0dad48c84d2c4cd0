import { type Validation, invalid, valid } from './result.ts';

/**
 * Resident ID number (公民身份号码), GB 11643-1999.
 * 1–6 address code (GB/T 2260 at issue) · 7–14 birth date · 15–17 sequence (odd = male) · 18 check.
 * Check (GB 11643 §5.5 / ISO 7064 MOD 11-2): S = Σ a_i·W_i; check = (12 − S mod 11) mod 11; 10 → X.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

export type Sex = 'male' | 'female';

export interface IdNumberInfo {
  idNumber: string;
  addressCode: string;
  /** ISO date YYYY-MM-DD. */
  birthDate: string;
  sex: Sex;
}

export function idNumberCheckCharacter(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17.charAt(i)) * WEIGHTS[i]!;
  const c = (12 - (s % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * @param today the date the number is checked on (birth dates after it are rejected); defaults to now.
 */
export function validateIdNumber(input: string, today: Date = new Date()): Validation<IdNumberInfo> {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) {
    return invalid({ code: 'id_number.length', message: `身份证号应为18位，实际${value.length}位` });
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return invalid({ code: 'id_number.character', message: '身份证号前17位应为数字，第18位为数字或X' });
  }
  const addressCode = value.slice(0, 6);
  if (!/^[1-9]\d{5}$/.test(addressCode) || addressCode.endsWith('0000')) {
    return invalid({ code: 'id_number.address_code', message: `地址码“${addressCode}”不是县级行政区划代码` });
  }
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  if (y < 1900 || !isRealDate(y, m, d)) {
    return invalid({ code: 'id_number.birth_date', message: `出生日期“${value.slice(6, 14)}”无效` });
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  // Compare calendar dates in China Standard Time (UTC+8), where the numbers are issued.
  const todayCst = new Date(today.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (birthDate > todayCst) {
    return invalid({ code: 'id_number.birth_date_future', message: `出生日期${birthDate}晚于今天` });
  }
  const expected = idNumberCheckCharacter(value.slice(0, 17));
  if (value.charAt(17) !== expected) {
    return invalid({ code: 'id_number.check_character', message: `校验码错误：第18位应为“${expected}”` });
  }
  const sex: Sex = Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return valid({ idNumber: value, addressCode, birthDate, sex });
}

/** Masks an ID number for lists: first 4 and last 4 characters kept (`4401**********1234`). */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length < 8) return '*'.repeat(idNumber.length);
  return idNumber.slice(0, 4) + '*'.repeat(idNumber.length - 8) + idNumber.slice(-4);
}
