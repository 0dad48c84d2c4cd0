/**
 * Economic (registration) type of an employer — 注册类型 / 经济类型.
 *
 * The enumeration is the list printed in 职业病危害项目申报表（2012年版）填表说明第8项: "按工商局注册的
 * 类型，填写国有企业、集体企业、股份合作企业、联营企业、有限责任公司、股份有限公司、私营企业、港澳台商
 * 投资企业、外商投资企业、其他企业" (page copies doczj.com/doc/0d10395763.html, ikanpan.com).
 *
 * Each type carries the three-digit group code of 关于划分企业登记注册类型的规定 (国统字〔2011〕86号;
 * codes from memory) — the scheme whose detailed codes the national surveillance case card uses in
 * table C_ZYB_1.8 (141 国有联营企业, 173 私营有限责任公司 …). The case-card code is filled only where
 * the loaded, partial table holds that exact group row (110, 120, 130, 190); nothing is added to it.
 */
import { CASE_CARD_CODE_TABLES } from '../catalogs/case-card-codes.catalog.ts';

/** Identifiers of the ten types on the 2012 declaration form, in the form's order. */
export const EMPLOYER_ECONOMIC_TYPES = [
  'state_owned',
  'collective',
  'joint_stock_cooperative',
  'associated',
  'limited_liability',
  'joint_stock',
  'private',
  'hk_macao_taiwan',
  'foreign',
  'other',
] as const;
export type EmployerEconomicType = (typeof EMPLOYER_ECONOMIC_TYPES)[number];

/** One economic type with its labels and codes. */
export interface EmployerEconomicTypeInfo {
  id: EmployerEconomicType;
  /** As printed in the form's instructions. */
  label: string;
  /** Group code of 国统字〔2011〕86号 (from memory): 110 … 190, 200 港澳台, 300 外商. */
  registrationCode: string;
  /** Code in the loaded case-card table C_ZYB_1.8 when it holds this group row, else null. */
  caseCardCode: string | null;
}

function caseCardGroupRow(code: string, label: string): string | null {
  const row = CASE_CARD_CODE_TABLES['C_ZYB_1.8'].rows.find((r) => r.code === code);
  // 190 is printed 其他企业（其他经济）: the group row when its name starts with the form's label.
  return row && row.name.startsWith(label) ? row.code : null;
}

function info(id: EmployerEconomicType, label: string, registrationCode: string): EmployerEconomicTypeInfo {
  return { id, label, registrationCode, caseCardCode: caseCardGroupRow(registrationCode, label) };
}

/** The ten types, keyed by identifier. */
export const EMPLOYER_ECONOMIC_TYPE_INFO: Readonly<Record<EmployerEconomicType, EmployerEconomicTypeInfo>> = {
  state_owned: info('state_owned', '国有企业', '110'),
  collective: info('collective', '集体企业', '120'),
  joint_stock_cooperative: info('joint_stock_cooperative', '股份合作企业', '130'),
  associated: info('associated', '联营企业', '140'),
  limited_liability: info('limited_liability', '有限责任公司', '150'),
  joint_stock: info('joint_stock', '股份有限公司', '160'),
  private: info('private', '私营企业', '170'),
  hk_macao_taiwan: info('hk_macao_taiwan', '港澳台商投资企业', '200'),
  foreign: info('foreign', '外商投资企业', '300'),
  other: info('other', '其他企业', '190'),
};

/** Type guard for stored or submitted values. */
export function isEmployerEconomicType(value: unknown): value is EmployerEconomicType {
  return typeof value === 'string' && (EMPLOYER_ECONOMIC_TYPES as readonly string[]).includes(value);
}

/**
 * The type of a registration or case-card code, by its group: `110`–`190` by the first two digits
 * (`173` 私营有限责任公司 → `private`, `143a` → `associated`), `2xx` → `hk_macao_taiwan`, `3xx` →
 * `foreign`. Null for anything else.
 */
export function employerEconomicTypeFromCode(code: string): EmployerEconomicType | null {
  const c = code.normalize('NFKC').trim();
  if (!/^\d{3}[a-z]?$/u.test(c)) return null;
  if (c.startsWith('2')) return 'hk_macao_taiwan';
  if (c.startsWith('3')) return 'foreign';
  const group = `${c.slice(0, 2)}0`;
  return EMPLOYER_ECONOMIC_TYPES.find((id) => EMPLOYER_ECONOMIC_TYPE_INFO[id].registrationCode === group) ?? null;
}

/** The type whose label is `text` (full-width and spaces ignored), or null. */
export function employerEconomicTypeFromLabel(text: string): EmployerEconomicType | null {
  const t = text.normalize('NFKC').replace(/\s+/gu, '');
  return EMPLOYER_ECONOMIC_TYPES.find((id) => EMPLOYER_ECONOMIC_TYPE_INFO[id].label === t) ?? null;
}
