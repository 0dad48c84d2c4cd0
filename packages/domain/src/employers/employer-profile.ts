/**
 * The employer base record (用人单位职业健康基础数据库, issue 4) and its posts (岗位), as plain types
 * with field-level validators shared by the server schemas, the import and the web forms.
 */
import { type FieldIssue } from '../errors/errors.ts';
import { validatePhone } from '../validators/mobile.validator.ts';
import { validateRegionCode } from '../validators/region-code.validator.ts';
import { validateUscc } from '../validators/uscc.validator.ts';
import { isEmployerEconomicType, type EmployerEconomicType } from './economic-types.ts';
import { employerIndustrySection } from './employer-industry.ts';
import { isEmployerSizeClass, type EmployerSizeClass } from './employer-size.ts';
import { type HazardFactorReference, resolveHazardFactorReference } from './hazard-factor-reference.ts';

/** The registry fields of an employer that the declaration form also asks for. */
export interface EmployerProfile {
  /** 用人单位名称. */
  name: string;
  /** 统一社会信用代码 (GB 32100). */
  uscc: string;
  /** 单位注册地址. */
  registeredAddress: string;
  /** 工作场所地址. */
  workplaceAddress: string;
  /** Most specific region code (6-digit county or 9-digit township). */
  regionCode: string;
  /** GB/T 4754-2017 industry code, preferably down to 小类 with its letter (`C3511`). */
  industryCode: string;
  economicType: EmployerEconomicType | null;
  sizeClass: EmployerSizeClass | null;
  /** 法定代表人 (or 主要负责人 for employers without legal personality). */
  legalRepresentative: string | null;
  legalRepresentativePhone: string | null;
  /** 职业卫生管理人员 / 联系人. */
  ohManagerName: string | null;
  ohManagerPhone: string | null;
  /** 职业卫生管理机构 有/无. */
  hasOhManagementBody: boolean | null;
  /** 职业卫生管理人员数: 专职 / 兼职. */
  fullTimeOhManagers: number | null;
  partTimeOhManagers: number | null;
  /** 劳动者总人数 / 在册职工总数 — the employer's own staff, dispatched labour excluded. */
  staffCount: number | null;
  /** Dispatched or contracted workers working at the employer (劳务派遣/外委). */
  dispatchedWorkerCount: number | null;
  /** 职业病累计人数 (cumulative diagnosed cases, former workers included). */
  cumulativeOccupationalDiseaseCases: number | null;
}

/** One hazard factor of a post with its exposed workers. */
export interface PostHazard extends HazardFactorReference {
  /** 接触人数 on this post, dispatched/contracted labour included. */
  exposedCount: number;
  /** Of which dispatched/contracted labour, when known. */
  dispatchedExposedCount?: number | null;
}

/** A post (岗位) of an employer with its hazard factors. */
export interface EmployerPost {
  id: string;
  name: string;
  /** 作业场所 / 车间 the post belongs to. */
  workplaceName?: string | null;
  hazards: readonly PostHazard[];
}

const isBlank = (s: string | null | undefined): boolean => s === null || s === undefined || s.trim() === '';

/** True for a whole number ≥ 0 (counts of people, points, cases). */
export function isNonNegativeInteger(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

function countIssue(issues: FieldIssue[], path: string, value: number | null | undefined, area: string): void {
  if (value === null || value === undefined) return;
  if (!isNonNegativeInteger(value)) issues.push({ path, code: `${area}.count_invalid`, message: `${path} must be a whole number ≥ 0` });
}

/**
 * Field problems of an employer record: required name, addresses, region and industry; USCC by
 * GB 32100-2015 (check character); region code shape (GB/T 2260); a GB/T 4754-2017 code whose
 * section can be read; known economic type and size class; contact numbers; counts as whole
 * numbers ≥ 0. Paths are the field names (`uscc`, `ohManagerPhone`).
 */
export function employerProfileIssues(profile: EmployerProfile): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const required = (path: keyof EmployerProfile, value: string | null) => {
    if (isBlank(value)) issues.push({ path, code: 'employer.required', message: `${path} is required` });
  };
  required('name', profile.name);
  required('registeredAddress', profile.registeredAddress);
  required('workplaceAddress', profile.workplaceAddress);
  if (isBlank(profile.uscc)) required('uscc', profile.uscc);
  else {
    const v = validateUscc(profile.uscc);
    if (!v.ok) for (const i of v.issues) issues.push({ path: 'uscc', code: i.code, message: i.message });
  }
  if (isBlank(profile.regionCode)) required('regionCode', profile.regionCode);
  else {
    const v = validateRegionCode(profile.regionCode);
    if (!v.ok) for (const i of v.issues) issues.push({ path: 'regionCode', code: i.code, message: i.message });
  }
  if (isBlank(profile.industryCode)) required('industryCode', profile.industryCode);
  else if (employerIndustrySection(profile.industryCode).section === null) {
    issues.push({ path: 'industryCode', code: 'employer.industry_code_invalid', message: 'industryCode must be a GB/T 4754-2017 code such as C3511' });
  }
  if (profile.economicType !== null && !isEmployerEconomicType(profile.economicType)) {
    issues.push({ path: 'economicType', code: 'employer.economic_type_invalid', message: 'Unknown economic type' });
  }
  if (profile.sizeClass !== null && !isEmployerSizeClass(profile.sizeClass)) {
    issues.push({ path: 'sizeClass', code: 'employer.size_class_invalid', message: 'sizeClass must be large, medium, small or micro' });
  }
  for (const path of ['legalRepresentativePhone', 'ohManagerPhone'] as const) {
    const phone = profile[path];
    if (isBlank(phone)) continue;
    const v = validatePhone(phone ?? '');
    if (!v.ok) for (const i of v.issues) issues.push({ path, code: i.code, message: i.message });
  }
  for (const path of ['fullTimeOhManagers', 'partTimeOhManagers', 'staffCount', 'dispatchedWorkerCount', 'cumulativeOccupationalDiseaseCases'] as const) {
    countIssue(issues, path, profile[path], 'employer');
  }
  return issues;
}

/** What a post is checked against. */
export interface PostContext {
  /** The employer's staff and dispatched workers; when both are known, exposed counts may not exceed their sum. */
  staffCount?: number | null;
  dispatchedWorkerCount?: number | null;
  /** Event date for the catalogue edition (the 2015 catalogue applies from 2015-11-17). */
  date?: string;
}

/**
 * Field problems of a post: a name; for each hazard, a factor that resolves to one catalogue row
 * (`post.unknown_hazard_factor`, `post.ambiguous_hazard_factor`; a name known to be in the catalogue
 * but not loaded is accepted), no factor twice, exposed counts as whole numbers, dispatched ≤
 * exposed, and exposed ≤ staff + dispatched workers when the employer's numbers are known.
 */
export function postIssues(post: EmployerPost, context: PostContext = {}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (isBlank(post.name)) issues.push({ path: 'name', code: 'post.required', message: 'name is required' });
  const seen = new Map<string, number>();
  const { staffCount, dispatchedWorkerCount } = context;
  const headcount = isNonNegativeInteger(staffCount) && isNonNegativeInteger(dispatchedWorkerCount) ? staffCount + dispatchedWorkerCount : null;
  post.hazards.forEach((h, i) => {
    const base = `hazards.${i}`;
    const r = resolveHazardFactorReference(h, context.date);
    if (r.status === 'unknown') {
      issues.push({ path: `${base}.factorName`, code: 'post.unknown_hazard_factor', message: `“${h.factorId ?? h.factorName}” is not in 职业病危害因素分类目录` });
    } else if (r.status === 'ambiguous') {
      issues.push({ path: `${base}.factorName`, code: 'post.ambiguous_hazard_factor', message: `“${h.factorName}” matches ${r.candidates.map((c) => c.name).join('、')}; choose one` });
    }
    const key = r.factor?.id ?? `name:${h.factorName.trim()}`;
    const first = seen.get(key);
    if (first !== undefined) issues.push({ path: `${base}.factorName`, code: 'post.duplicate_hazard_factor', message: `Same factor as hazards.${first}` });
    else seen.set(key, i);
    if (!isNonNegativeInteger(h.exposedCount)) {
      issues.push({ path: `${base}.exposedCount`, code: 'post.count_invalid', message: 'exposedCount must be a whole number ≥ 0' });
      return;
    }
    const dispatched = h.dispatchedExposedCount;
    if (dispatched !== null && dispatched !== undefined) {
      if (!isNonNegativeInteger(dispatched)) issues.push({ path: `${base}.dispatchedExposedCount`, code: 'post.count_invalid', message: 'dispatchedExposedCount must be a whole number ≥ 0' });
      else if (dispatched > h.exposedCount) issues.push({ path: `${base}.dispatchedExposedCount`, code: 'post.dispatched_exceeds_exposed', message: 'Dispatched workers are part of the exposed workers' });
    }
    if (headcount !== null && h.exposedCount > headcount) {
      issues.push({ path: `${base}.exposedCount`, code: 'post.exposed_exceeds_staff', message: `${h.exposedCount} exposed is more than the ${headcount} staff and dispatched workers` });
    }
  });
  return issues;
}
