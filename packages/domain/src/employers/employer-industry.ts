/**
 * An employer's industry (GB/T 4754-2017 国民经济行业分类): its section (门类), whether it is
 * "industrial" for the declaration-rate indicator, and the severe/general hazard class that the
 * 2021 construction-project risk catalogue derives from it.
 */
import { riskClassForIndustry, type IndustryRiskStatus } from '../catalogs/construction-risk.catalog.ts';
import { industrySectionByCode, type IndustrySection } from '../catalogs/industry-sections.catalog.ts';
import { errors } from '../errors/errors.ts';
import { type RuleOutcome } from '../rules/rule-pack.ts';
import { isIsoDate } from '../surveillance/dates.ts';
import { type EmployerHazardClass } from '../surveillance/legal-clocks.ts';

/**
 * The sections that make an employer an 工业企业 (industrial enterprise) in statistics and in the
 * indicator 工业企业职业病危害项目申报率: B 采矿业, C 制造业, D 电力、热力、燃气及水生产和供应业
 * (the 工业 row of 统计上大中小微型企业划分办法 lists exactly these three 门类).
 */
export const INDUSTRIAL_SECTIONS = ['B', 'C', 'D'] as const;
export type IndustrialSection = (typeof INDUSTRIAL_SECTIONS)[number];

/** Result of {@link employerIndustrySection}. */
export interface EmployerIndustrySection {
  /** The code with its section letter (`C3511`), or null when it cannot be read. */
  code: string | null;
  section: IndustrySection | null;
}

/**
 * The GB/T 4754-2017 section of an employer's industry code. Letter-prefixed codes (`C3511`, `c`)
 * are read by their letter; digit-only codes (`3511`) through the 大类 rows of the 2021 risk
 * catalogue, which list every 大类 of sections B–D (B06–B12, C13–C43, D44–D46). A letter that
 * contradicts its 大类 (`B3511`) gives null.
 */
export function employerIndustrySection(industryCode: string): EmployerIndustrySection {
  const risk = riskClassForIndustry(industryCode);
  if (risk.status === 'invalid_code') return { code: null, section: null };
  const letter = risk.code?.charAt(0) ?? '';
  const section = /^[A-T]$/u.test(letter) ? industrySectionByCode(letter).section : null;
  return { code: section ? risk.code : null, section };
}

/**
 * True when the industry code lies in GB/T 4754-2017 门类 B, C or D (采矿业, 制造业, 电力、热力、
 * 燃气及水生产和供应业). Accepts `C`, `C3511`, `3511`; false for unreadable codes.
 */
export function isIndustrialSection(industryCode: string): boolean {
  const code = employerIndustrySection(industryCode).section?.code;
  return code !== undefined && (INDUSTRIAL_SECTIONS as readonly string[]).includes(code);
}

/** Result of {@link employerHazardClass}. */
export interface EmployerHazardClassResult extends RuleOutcome {
  /** 严重 → `severe`, 一般 → `general`; null when the catalogue does not decide. */
  hazardClass: EmployerHazardClass | null;
  /** True for 职业病危害严重 industries, false for 一般, null when undecided. */
  isSevere: boolean | null;
  status: IndustryRiskStatus;
  /** The catalogue code that decided (`B061`), when one did. */
  matchedCode: string | null;
  notes: readonly string[];
}

/**
 * Whether an employer's industry is 职业病危害严重 or 一般 under 建设项目职业病危害风险分类管理目录
 * （2021年版）(国卫办职健发〔2021〕5号), as of `date` — the catalogue also sets the periodic testing
 * frequency of 工作场所职业卫生管理规定 第二十条 (severe: yearly, general: every 3 years), so the result
 * feeds `periodicTestingDeadlines`.
 *
 * Wraps `riskClassForIndustry`: split 中类 (`needs_sub_item`), 门类/大类 codes (`above_class_level`)
 * and unlisted industries (`not_covered`) stay undecided (`hazardClass: null`) — an unlisted industry
 * is never read as 一般. `options` passes the asterisk (solvent) rule and split-row choice through.
 *
 * @example employerHazardClass('B0610', '2025-06-01').hazardClass // 'severe' (B061 烟煤和无烟煤开采洗选)
 * @throws OhnetError `validation.failed` when `date` is not YYYY-MM-DD.
 */
export function employerHazardClass(
  industryCode: string,
  date: string,
  options: { usesListedSolvents?: boolean; subItem?: string } = {},
): EmployerHazardClassResult {
  if (!isIsoDate(date)) throw errors.invalid([{ path: 'date', code: 'employer.date_invalid', message: 'date must be YYYY-MM-DD' }]);
  const r = riskClassForIndustry(industryCode, { ...options, date });
  return {
    hazardClass: r.riskClass,
    isSevere: r.riskClass === null ? null : r.riskClass === 'severe',
    status: r.status,
    matchedCode: r.status === 'classified' ? (r.matchedRow?.code ?? r.matchedRow?.parentCode ?? null) : null,
    notes: r.notes,
    citation: r.citation,
    verified: r.verified,
  };
}
