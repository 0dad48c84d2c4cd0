/**
 * Technical service institution qualifications (职业卫生技术服务机构资质) and the check that an
 * institution may file a given piece of work.
 *
 * Law: 职业卫生技术服务机构管理办法 (国家卫生健康委员会令第4号, 2020, in force 2021-02-01). The
 * institution holds a 甲级 or 乙级 qualification with a number and a validity period and a business
 * scope; it may only work inside that scope and while the qualification is valid. Details used here
 * are FROM MEMORY and not checked against the official text (`verified: false` on every result):
 * - validity 5 years (the check uses the stored valid-from/valid-to, whatever their span);
 * - 甲级 is recognised by the national health commission and may work nationwide; 乙级 is recognised
 *   by a provincial health commission and works inside that province (`issuingProvinceCode`);
 * - the scope is recorded as hazard categories (职业病危害因素分类目录 2015, the six declaration
 *   categories) and service kinds; 放射卫生 (personal dose monitoring) is a separate qualification
 *   line under the same rules (放射卫生技术服务机构管理办法), kept here as the service kind
 *   `personal_dose_monitoring`.
 */
import type { FieldIssue } from '../errors/errors.ts';
import { HAZARD_FACTOR_CATEGORIES, type HazardFactorCategory } from '../catalogs/hazard-factor.catalog.ts';

/** 甲级 / 乙级 (GLOSSARY: class A / B). */
export const TECH_SERVICE_CLASSES = ['A', 'B'] as const;
export type TechServiceClass = (typeof TECH_SERVICE_CLASSES)[number];
export const TECH_SERVICE_CLASS_LABELS: Readonly<Record<TechServiceClass, string>> = { A: '甲级', B: '乙级' };

/**
 * Service kinds of the business scope. The four assessment kinds use the GLOSSARY identifiers
 * (`periodic_test｜status_eval｜pre_assessment｜control_effect_eval`), plus personal dose monitoring.
 */
export const TECH_SERVICE_KINDS = ['periodic_test', 'status_eval', 'pre_assessment', 'control_effect_eval', 'personal_dose_monitoring'] as const;
export type TechServiceKind = (typeof TECH_SERVICE_KINDS)[number];
export const TECH_SERVICE_KIND_LABELS: Readonly<Record<TechServiceKind, string>> = {
  periodic_test: '职业病危害因素定期检测',
  status_eval: '职业病危害现状评价',
  pre_assessment: '职业病危害预评价',
  control_effect_eval: '职业病危害控制效果评价',
  personal_dose_monitoring: '个人剂量监测',
};

/** The hazard categories a scope may list (the six of 职业病危害因素分类目录 2015). */
export const TECH_SERVICE_CATEGORIES: readonly HazardFactorCategory[] = HAZARD_FACTOR_CATEGORIES.map((c) => c.id);

export const TECH_SERVICE_REGULATION = '职业卫生技术服务机构管理办法（国家卫生健康委员会令第4号，2020）';

/** A qualification as stored. */
export interface TechServiceQualification {
  qualificationClass: TechServiceClass;
  qualificationNumber: string;
  /** YYYY-MM-DD, inclusive. */
  validFrom: string;
  /** YYYY-MM-DD, inclusive. */
  validTo: string;
  /** Province (2-digit prefix, or a 6-digit code) that recognised a 乙级 qualification. */
  issuingProvinceCode: string;
  categories: readonly HazardFactorCategory[];
  serviceKinds: readonly TechServiceKind[];
  /** Revoked or suspended by the authority. */
  isRevoked?: boolean;
}

export interface FilingRequest {
  kind: TechServiceKind;
  /** Hazard categories of the measured points. */
  categories: readonly HazardFactorCategory[];
  /** The date the work was done (sampling start). */
  date: string;
  /** Region code of the employer tested. */
  employerRegionCode: string;
}

export type CanFileResult =
  | { ok: true; citation: string; verified: false }
  | { ok: false; issues: FieldIssue[]; citation: string; verified: false };

/** Problems with a qualification record itself (dates in order, number present, scope non-empty). */
export function qualificationIssues(q: Partial<TechServiceQualification>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
  if (!q.qualificationClass || !(TECH_SERVICE_CLASSES as readonly string[]).includes(q.qualificationClass)) {
    issues.push({ path: 'qualificationClass', code: 'qualification.class_invalid', message: '资质等级应为甲级或乙级' });
  }
  if (!q.qualificationNumber || q.qualificationNumber.trim() === '') issues.push({ path: 'qualificationNumber', code: 'qualification.number_required', message: '资质证书编号必填' });
  if (!isDate(q.validFrom)) issues.push({ path: 'validFrom', code: 'qualification.date_invalid', message: '有效期起始日期无效' });
  if (!isDate(q.validTo)) issues.push({ path: 'validTo', code: 'qualification.date_invalid', message: '有效期截止日期无效' });
  if (isDate(q.validFrom) && isDate(q.validTo) && (q.validFrom as string) > (q.validTo as string)) {
    issues.push({ path: 'validTo', code: 'qualification.dates_out_of_order', message: '有效期截止日期早于起始日期' });
  }
  if (!q.issuingProvinceCode || !/^\d{2}(\d{4})?$/.test(q.issuingProvinceCode)) {
    issues.push({ path: 'issuingProvinceCode', code: 'qualification.province_invalid', message: '发证省份代码应为2位或6位数字' });
  }
  if (!q.categories || q.categories.length === 0) issues.push({ path: 'categories', code: 'qualification.scope_empty', message: '业务范围至少包含一类危害因素' });
  else q.categories.forEach((c, i) => {
    if (!TECH_SERVICE_CATEGORIES.includes(c)) issues.push({ path: `categories.${i}`, code: 'qualification.category_invalid', message: `未知的危害因素类别 ${String(c)}` });
  });
  if (!q.serviceKinds || q.serviceKinds.length === 0) issues.push({ path: 'serviceKinds', code: 'qualification.scope_empty', message: '业务范围至少包含一项服务类型' });
  else q.serviceKinds.forEach((k, i) => {
    if (!(TECH_SERVICE_KINDS as readonly string[]).includes(k)) issues.push({ path: `serviceKinds.${i}`, code: 'qualification.kind_invalid', message: `未知的服务类型 ${String(k)}` });
  });
  return issues;
}

/** True when the qualification is valid on `date` (inclusive range, not revoked). */
export function isQualificationValidOn(q: TechServiceQualification, date: string): boolean {
  return !q.isRevoked && q.validFrom <= date && date <= q.validTo;
}

/**
 * May an institution holding `q` file this work? Checks, each as a structured issue:
 * revoked (`qualification.revoked`), not yet valid / expired on the work date
 * (`qualification.not_yet_valid` / `qualification.expired`), service kind outside the scope
 * (`qualification.kind_not_covered`), a hazard category outside the scope
 * (`qualification.category_not_covered`, one per category), and a 乙级 qualification used outside
 * its province (`qualification.region_not_covered`).
 */
export function canFile(q: TechServiceQualification, work: FilingRequest): CanFileResult {
  const citation = `${TECH_SERVICE_REGULATION}（资质等级、业务范围与有效期；条款未核对）`;
  const issues: FieldIssue[] = [];
  if (q.isRevoked) issues.push({ path: 'qualification', code: 'qualification.revoked', message: `资质证书${q.qualificationNumber}已被撤销或暂停` });
  if (work.date < q.validFrom) {
    issues.push({ path: 'qualification', code: 'qualification.not_yet_valid', message: `资质证书${q.qualificationNumber}自${q.validFrom}起有效，检测日期${work.date}不在有效期内` });
  } else if (work.date > q.validTo) {
    issues.push({ path: 'qualification', code: 'qualification.expired', message: `资质证书${q.qualificationNumber}已于${q.validTo}过期（检测日期${work.date}）` });
  }
  if (!q.serviceKinds.includes(work.kind)) {
    issues.push({ path: 'kind', code: 'qualification.kind_not_covered', message: `业务范围不含“${TECH_SERVICE_KIND_LABELS[work.kind]}”` });
  }
  for (const c of [...new Set(work.categories)]) {
    if (!q.categories.includes(c)) {
      const name = HAZARD_FACTOR_CATEGORIES.find((x) => x.id === c)?.name ?? c;
      issues.push({ path: 'points', code: 'qualification.category_not_covered', message: `业务范围不含“${name}”类危害因素` });
    }
  }
  if (q.qualificationClass === 'B' && !work.employerRegionCode.startsWith(q.issuingProvinceCode.slice(0, 2))) {
    issues.push({ path: 'employerId', code: 'qualification.region_not_covered', message: '乙级资质只能在发证省份内开展技术服务' });
  }
  return issues.length === 0 ? { ok: true, citation, verified: false } : { ok: false, issues, citation, verified: false };
}
