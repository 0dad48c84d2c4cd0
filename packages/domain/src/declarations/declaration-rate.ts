/**
 * Indicator 工业企业职业病危害项目申报率 (declaration rate of industrial employers), for a region and a
 * year. The target (≥ 90%) is an indicator of 国家职业病防治规划（2021—2025年）; its official definition
 * was not found (shared/reference README "still missing"), so the definition below is OHNet's and is
 * kept as data next to the function that computes it.
 */
import { type FieldIssue, errors } from '../errors/errors.ts';
import { isInScope } from '../access/scope.ts';
import { isIndustrialSection } from '../employers/employer-industry.ts';
import { todayCst } from '../rules/rule-pack.ts';
import { levelSuggestedByCode, regionScopePrefix } from '../regions/region.ts';
import { isIsoDate } from '../surveillance/dates.ts';
import { declarationDeadlines } from '../surveillance/legal-clocks.ts';
import { type DeclarationFilingKind, type DeclarationState } from './declaration.workflow.ts';

/** The indicator definition, as data (shown with every value). */
export const DECLARATION_RATE_DEFINITION = {
  id: 'industrial_employer_declaration_rate',
  name: '工业企业职业病危害项目申报率',
  unit: 'ratio',
  industrialSections: ['B', 'C', 'D'],
  target: { value: 0.9, comparison: '≥', source: '国家职业病防治规划（2021—2025年）(document number and indicator notes not seen)' },
  evaluationDate:
    'E = 31 December of the year; for the current year, the as-of date if earlier. For an employer that stopped operating during the year, its own last active day.',
  denominator:
    'Employers whose registered region lies in the region (code-prefix subtree), whose GB/T 4754-2017 industry is in 门类 B (采矿业), C (制造业) or D (电力、热力、燃气及水生产和供应业), that have at least one hazard factor, and that were active on at least one day of the year up to E (activeFrom ≤ E and activeTo null or ≥ 1 January).',
  numerator:
    'Denominator employers whose declaration is current on their evaluation date: the latest declaration accepted on or before that date exists, and its annual update is not overdue on that date, i.e. the date is at most 13 months after the acceptance (职业病危害项目申报系统年度更新规则: 超过13个月视为不及时更新; computed with declarationDeadlines).',
  exclusions:
    'Declarations in draft, submitted, returned or withdrawn state do not count; change declarations owed under 申报办法 第八条 do not make a declaration non-current (the rows carry no change events); hasHazards is the registry flag as given.',
  verified: false,
  source: 'OHNet definition (issue 4); annual-update interval from surveillance/legal-clocks.ts (declaration_annual, unverified)',
} as const;

/** One employer as the indicator sees it. */
export interface DeclarationRateRow {
  employerId: string;
  /** Most specific region code of the employer (county or township). */
  regionCode: string;
  /** GB/T 4754-2017 code (`C3511`, `3511`, `C`). */
  industryCode: string;
  /** At least one hazard factor on its posts. */
  hasHazards: boolean;
  /** First day of operation (or of registration in OHNet), YYYY-MM-DD. */
  activeFrom: string;
  /** Last day of operation; null while operating. */
  activeTo: string | null;
  declarations: readonly { kind: DeclarationFilingKind; state: DeclarationState; acceptedAt: string | null }[];
}

export interface DeclarationRateInput {
  /** Region whose subtree is counted (6-digit GB/T 2260 or 9-digit township code). */
  regionCode: string;
  year: number;
  /** Default today (CST); a year after the as-of year is refused. */
  asOf?: string;
  rows: readonly DeclarationRateRow[];
}

export interface DeclarationRateResult {
  regionCode: string;
  year: number;
  /** The evaluation date E. */
  evaluatedOn: string;
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator; null when the denominator is 0. */
  value: number | null;
  numeratorIds: readonly string[];
  denominatorIds: readonly string[];
  definition: typeof DECLARATION_RATE_DEFINITION;
}

/**
 * True when an employer's declaration is current on `date`: the latest declaration accepted on or
 * before `date` is at most 13 months old (its annual update not overdue), per
 * `declarationDeadlines({ kind: 'annual' })`. `acceptedAt` may be a date or a timestamp; its first 10
 * characters (the CST calendar day, as stored) are used.
 */
export function isDeclarationCurrent(declarations: DeclarationRateRow['declarations'], date: string): boolean {
  const accepted = declarations
    .filter((d) => d.state === 'accepted' && d.acceptedAt !== null)
    .map((d) => (d.acceptedAt ?? '').slice(0, 10))
    .filter((d) => isIsoDate(d) && d <= date)
    .sort();
  const latest = accepted.at(-1);
  if (latest === undefined) return false;
  return !declarationDeadlines({ kind: 'annual', eventDate: latest, asOf: date }).overdue;
}

/**
 * What one employer contributes to the declaration rate of a year: in the denominator when it is
 * an industrial employer with hazard factors active during [yearStart, evaluatedOn]; in the numerator
 * when its declaration is also current on the evaluation date (or on its last day of operation).
 * The indicator engine stores these per employer; {@link declarationRate} sums them.
 */
export function declarationRateContribution(r: DeclarationRateRow, yearStart: string, evaluatedOn: string): { inDenominator: boolean; inNumerator: boolean } {
  if (!r.hasHazards || !isIndustrialSection(r.industryCode)) return { inDenominator: false, inNumerator: false };
  if (r.activeFrom > evaluatedOn || (r.activeTo !== null && r.activeTo < yearStart)) return { inDenominator: false, inNumerator: false };
  const employerDate = r.activeTo !== null && r.activeTo < evaluatedOn ? r.activeTo : evaluatedOn;
  return { inDenominator: true, inNumerator: isDeclarationCurrent(r.declarations, employerDate) };
}

function inputIssues(input: DeclarationRateInput, asOf: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (levelSuggestedByCode(input.regionCode) === null) issues.push({ path: 'regionCode', code: 'indicator.region_code_invalid', message: 'regionCode must be a 6- or 9-digit region code' });
  if (!isIsoDate(asOf)) issues.push({ path: 'asOf', code: 'indicator.date_invalid', message: 'asOf must be YYYY-MM-DD' });
  else if (!Number.isInteger(input.year) || input.year < 2012 || input.year > Number(asOf.slice(0, 4))) {
    issues.push({ path: 'year', code: 'indicator.year_invalid', message: `year must be 2012–${asOf.slice(0, 4)}` });
  }
  input.rows.forEach((r, i) => {
    if (!isIsoDate(r.activeFrom)) issues.push({ path: `rows.${i}.activeFrom`, code: 'indicator.date_invalid', message: 'activeFrom must be YYYY-MM-DD' });
    if (r.activeTo !== null && !isIsoDate(r.activeTo)) issues.push({ path: `rows.${i}.activeTo`, code: 'indicator.date_invalid', message: 'activeTo must be YYYY-MM-DD or null' });
    else if (r.activeTo !== null && isIsoDate(r.activeFrom) && r.activeTo < r.activeFrom) issues.push({ path: `rows.${i}.activeTo`, code: 'indicator.dates_out_of_order', message: 'activeTo is before activeFrom' });
    r.declarations.forEach((d, j) => {
      if (d.acceptedAt !== null && !isIsoDate(d.acceptedAt.slice(0, 10))) {
        issues.push({ path: `rows.${i}.declarations.${j}.acceptedAt`, code: 'indicator.date_invalid', message: 'acceptedAt must start with YYYY-MM-DD' });
      }
    });
  });
  return issues;
}

/**
 * 工业企业职业病危害项目申报率 of a region and year, by {@link DECLARATION_RATE_DEFINITION}: the
 * denominator and numerator employers (ids sorted), their counts and the ratio. Pure: the server
 * selects the rows (employers of the region with their accepted declarations) and passes them in;
 * rows outside the region subtree are ignored here as well.
 *
 * @throws OhnetError `validation.failed` for a bad region code, year, as-of date or row date.
 */
export function declarationRate(input: DeclarationRateInput): DeclarationRateResult {
  const asOf = input.asOf ?? todayCst();
  const issues = inputIssues(input, asOf);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid declaration-rate request');
  const level = levelSuggestedByCode(input.regionCode);
  const prefix = level === null ? input.regionCode : regionScopePrefix(input.regionCode, level);
  const yearStart = `${input.year}-01-01`;
  const yearEnd = `${input.year}-12-31`;
  const evaluatedOn = asOf < yearEnd ? asOf : yearEnd;

  const denominator: string[] = [];
  const numerator: string[] = [];
  for (const r of input.rows) {
    if (!isInScope({ kind: 'region', regionCode: input.regionCode, regionPrefix: prefix }, { regionCode: r.regionCode, organisationIds: [] })) continue;
    const c = declarationRateContribution(r, yearStart, evaluatedOn);
    if (c.inDenominator) denominator.push(r.employerId);
    if (c.inNumerator) numerator.push(r.employerId);
  }
  denominator.sort();
  numerator.sort();
  return {
    regionCode: input.regionCode,
    year: input.year,
    evaluatedOn,
    numerator: numerator.length,
    denominator: denominator.length,
    value: denominator.length === 0 ? null : numerator.length / denominator.length,
    numeratorIds: numerator,
    denominatorIds: denominator,
    definition: DECLARATION_RATE_DEFINITION,
  };
}
