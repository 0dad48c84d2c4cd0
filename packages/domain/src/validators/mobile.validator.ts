import { type Validation, invalid, valid } from './result.ts';

/**
 * Mainland mobile number: 11 digits starting 13–19 (MIIT numbering plan); an optional +86/86 prefix,
 * spaces and hyphens are accepted and removed.
 */
export function validateMobile(input: string): Validation<string> {
  const digits = input.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  if (!/^\d+$/.test(digits)) return invalid({ code: 'mobile.character', message: '手机号只能包含数字' });
  if (digits.length !== 11) return invalid({ code: 'mobile.length', message: `手机号应为11位，实际${digits.length}位` });
  if (!/^1[3-9]/.test(digits)) return invalid({ code: 'mobile.prefix', message: '手机号应以13–19开头' });
  return valid(digits);
}

/** Fixed-line or mobile contact number: mobile, or area code + number (e.g. 0750-5512345), optional extension. */
export function validatePhone(input: string): Validation<string> {
  const v = input.trim();
  const m = validateMobile(v);
  if (m.ok) return m;
  if (/^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(v)) return valid(v);
  return invalid({ code: 'phone.format', message: '电话号码格式应为手机号或“区号-号码”' });
}

/** Masks a phone number for lists: 138****5678. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}
