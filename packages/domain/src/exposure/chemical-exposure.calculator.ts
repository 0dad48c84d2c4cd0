/**
 * Chemical exposure against GBZ 2.1-2019 表1: C_TWA, C_STE and C_M from samples, checks against
 * PC-TWA / PC-STEL / MAC (§6.3.1–6.3.2), the peak-exposure rule for factors with only a PC-TWA
 * (§6.3.3), and the additive rule for mixtures (混合接触比值).
 *
 * Sampling arithmetic and its conventions (samples < 480 min, long shifts) are in
 * `exposure-samples.ts`; the amendment policy is in `oel.rule-pack.ts`.
 */
import { cite, editionOn, outcome, todayCst, type Provenance } from '../rules/rule-pack.ts';
import {
  IssueList,
  field,
  invalidInput,
  isAboveLimit,
  ruleUnavailable,
  type ExposureAmbiguousFactor,
  type ExposureCheckStatus,
  type ExposureInvalidInput,
  type ExposureRuleUnavailable,
  type ExposureUnknownFactor,
} from './exposure-results.ts';
import {
  compareWithLimit,
  computeCm,
  computeCste,
  computeCtwa8h,
  evaluatePeakExposure,
  readPeakSamples,
  readShortTermSamples,
  readTimedSamples,
  type OelPeakExposureDetail,
  type OelPeakSample,
  type OelShiftSampling,
  type OelShortTermSample,
  type OelTimedSample,
} from './exposure-samples.ts';
import { lookupOelFactor } from './oel-factor.lookup.ts';
import {
  gbz21Amendments,
  gbz21ChemicalPack,
  gbz21Edition2019,
  gbz21MixtureRule,
  gbz21PeakExposureRule,
  oelAmendmentInForce,
  type OelAmendment,
  type OelChemicalRow,
  type OelLimitType,
} from './oel.rule-pack.ts';

/** The limits used for a factor (null = the standard sets none, or it was not transcribed). */
export interface ChemicalLimits {
  mac: number | null;
  pcTwa: number | null;
  pcStel: number | null;
}

export type ChemicalCheckName = 'twa' | 'stel' | 'mac' | 'peak';

/** An amendment whose values were used. */
export interface OelAmendmentApplied {
  amendment: string;
  /** `confirmed_effective_date` once the date is confirmed; `caller_opt_in` while unconfirmed. */
  basis: 'confirmed_effective_date' | 'caller_opt_in';
  /** The date from which it was applied (confirmed, or the reported date under opt-in). */
  appliedFrom: string;
  status: string;
  limits: Partial<ChemicalLimits>;
  verified: false;
}

/** A reported amendment that changes this factor but was not applied. */
export interface OelAmendmentNotApplied {
  amendment: string;
  reason: 'unconfirmed_not_opted_in' | 'not_in_force_on_date';
  status: string;
  /** The limits it would set. */
  limits: Partial<ChemicalLimits>;
  /** Whether applying it would flip the overall compliance; null when it cannot be evaluated. */
  wouldChangeCompliance: boolean | null;
}

export interface ChemicalExposureInput {
  /** Name (Chinese or English, as printed in GBZ 2.1-2019 表1) or CAS number. */
  factor: string;
  /** Full-shift samples for C_TWA. */
  samples?: OelTimedSample[];
  /** Short-term (≤ 15 min) samples for C_STE, C_M and the §6.3.3 excursions. */
  shortTermSamples?: OelShortTermSample[];
  /** Peak samples for C_M / C_PE. */
  peakSamples?: OelPeakSample[];
  /** Event date YYYY-MM-DD (default: today in CST); picks the edition and amendments in force. */
  date?: string;
  /** Apply the reported but unconfirmed amendments from their reported dates (default false). */
  applyReportedAmendments?: boolean;
}

export interface ChemicalExposureResult {
  status: 'ok';
  ruleAvailable: true;
  /** Printed 表1 name of the factor. */
  factor: string;
  casNumbers: string[];
  /** Unit of concentrations and limits (mg/m³; pgTEQ/m³ for 二噁英类). */
  unit: string;
  notation: string | null;
  criticalEffect: string | null;
  date: string;
  ctwa: number | null;
  cste: number | null;
  cm: number | null;
  limits: ChemicalLimits;
  checks: Record<ChemicalCheckName, ExposureCheckStatus>;
  /** No check exceeds. */
  compliant: boolean;
  /** Every limit the standard sets for the factor was checked (see `notEvaluated`). */
  complete: boolean;
  /** Checks that apply to the factor but had no samples. */
  notEvaluated: ChemicalCheckName[];
  sampling: OelShiftSampling | null;
  /** §6.3.3 detail, for factors with only a PC-TWA and short-term or peak samples. */
  peak: OelPeakExposureDetail | null;
  /** Which edition and amendment the limits come from. */
  limitsBasis: { edition: string; amendment: string | null };
  amendmentsApplied: OelAmendmentApplied[];
  amendmentsNotApplied: OelAmendmentNotApplied[];
  citation: string;
  verified: boolean;
}

export type ChemicalExposureOutcome =
  | ChemicalExposureResult
  | ExposureRuleUnavailable
  | ExposureInvalidInput
  | ExposureUnknownFactor
  | ExposureAmbiguousFactor;

const LIMIT_KEY: Record<OelLimitType, keyof ChemicalLimits> = { MAC: 'mac', 'PC-TWA': 'pcTwa', 'PC-STEL': 'pcStel' };

interface ResolvedFactor {
  row: OelChemicalRow & Provenance;
  limits: ChemicalLimits;
  limitsBasis: { edition: string; amendment: string | null };
  applied: OelAmendmentApplied[];
  notApplied: (Omit<OelAmendmentNotApplied, 'wouldChangeCompliance'> & { fullLimits: ChemicalLimits })[];
  rows: Provenance[];
  limitCitation: string;
}

type FactorFailure = ExposureUnknownFactor | ExposureAmbiguousFactor | ExposureRuleUnavailable;

function tableClause(row: OelChemicalRow): string {
  return row.tableSeq === null ? '表1' : `表1 序号${row.tableSeq}`;
}

function limitsOf(row: OelChemicalRow): ChemicalLimits {
  return { mac: row.mac, pcTwa: row.pcTwa, pcStel: row.pcStel };
}

function changeLimits(change: { mac?: number | null; pcTwa?: number | null; pcStel?: number | null }): Partial<ChemicalLimits> {
  const out: Partial<ChemicalLimits> = {};
  if (change.mac !== undefined) out.mac = change.mac;
  if (change.pcTwa !== undefined) out.pcTwa = change.pcTwa;
  if (change.pcStel !== undefined) out.pcStel = change.pcStel;
  return out;
}

function appliedFrom(a: OelAmendment): { basis: OelAmendmentApplied['basis']; from: string } {
  return a.effectiveFrom !== null ? { basis: 'confirmed_effective_date', from: a.effectiveFrom } : { basis: 'caller_opt_in', from: a.assumedEffectiveFrom };
}

/** Finds the factor in 表1 and settles its limits on `date` under the amendment policy. */
function resolveChemicalFactor(query: string, path: string, date: string, applyReported: boolean): ResolvedFactor | FactorFailure {
  const base = cite(gbz21Edition2019, '表1');
  if (!editionOn(gbz21ChemicalPack, date)) {
    return ruleUnavailable('no_edition_in_force', `GBZ 2.1-2019 takes effect on ${gbz21Edition2019.effectiveFrom}; no earlier edition is loaded for ${date}`, base);
  }
  const match = lookupOelFactor(query);
  if (match.status === 'unknown' || (match.status === 'found' && match.kind === 'dust')) {
    const hint = match.status === 'found' ? `; ${match.row.name} is a dust (GBZ 2.1-2019 表2): use dustExposure` : '';
    return { status: 'unknown_factor', code: 'calc.unknown_factor', factor: query, path, message: `${query} is not a factor of GBZ 2.1-2019 表1${hint}` };
  }
  if (match.status === 'ambiguous') {
    return {
      status: 'ambiguous_factor',
      code: 'calc.ambiguous_factor',
      factor: query,
      path,
      candidates: match.candidates,
      message: `${query} matches several rows: ${match.candidates.join('、')}`,
    };
  }
  const { row, addedBy } = match;
  if (addedBy) {
    if (!oelAmendmentInForce(addedBy, date, applyReported)) {
      return ruleUnavailable(
        'amendment_not_applied',
        `${row.name} is only in the reported GBZ 2.1-2019 ${addedBy.name} (${addedBy.status}); pass applyReportedAmendments: true to evaluate it from ${addedBy.assumedEffectiveFrom}`,
        cite(addedBy.edition, tableClause(row)),
      );
    }
    const { basis, from } = appliedFrom(addedBy);
    return {
      row,
      limits: limitsOf(row),
      limitsBasis: { edition: cite(gbz21Edition2019), amendment: addedBy.name },
      applied: [{ amendment: `GBZ 2.1-2019 ${addedBy.name}`, basis, appliedFrom: from, status: addedBy.status, limits: limitsOf(row), verified: false }],
      notApplied: [],
      rows: [row, addedBy],
      limitCitation: cite(addedBy.edition, tableClause(row)),
    };
  }
  let limits = limitsOf(row);
  let amendment: OelAmendment | null = null;
  const applied: OelAmendmentApplied[] = [];
  const notApplied: ResolvedFactor['notApplied'] = [];
  const rows: Provenance[] = [row];
  for (const a of gbz21Amendments) {
    const change = a.changes.find((c) => c.rowName === row.name);
    if (!change) continue;
    const changed = changeLimits(change);
    if (oelAmendmentInForce(a, date, applyReported)) {
      limits = { ...limits, ...changed };
      amendment = a;
      rows.push(a);
      const { basis, from } = appliedFrom(a);
      applied.push({ amendment: `GBZ 2.1-2019 ${a.name}`, basis, appliedFrom: from, status: a.status, limits: changed, verified: false });
    } else {
      notApplied.push({
        amendment: `GBZ 2.1-2019 ${a.name}`,
        reason: a.effectiveFrom === null && !applyReported ? 'unconfirmed_not_opted_in' : 'not_in_force_on_date',
        status: a.status,
        limits: changed,
        fullLimits: { ...limits, ...changed },
      });
    }
  }
  return {
    row,
    limits,
    limitsBasis: { edition: cite(gbz21Edition2019), amendment: amendment?.name ?? null },
    applied,
    notApplied,
    rows,
    limitCitation: amendment ? cite(amendment.edition, tableClause(row)) : cite(gbz21Edition2019, tableClause(row)),
  };
}

interface Measured {
  samples: OelTimedSample[] | null;
  shortTerm: OelShortTermSample[];
  peaks: OelPeakSample[];
}

interface Evaluation {
  ctwa: number | null;
  cste: number | null;
  cm: number | null;
  sampling: OelShiftSampling | null;
  checks: Record<ChemicalCheckName, ExposureCheckStatus>;
  notEvaluated: ChemicalCheckName[];
  peak: OelPeakExposureDetail | null;
  clauses: string[];
  usesPeakRule: boolean;
  missingLimit: OelLimitType | null;
}

/** True for factors with a PC-TWA and neither PC-STEL nor MAC: the §6.3.3 peak rule applies. */
function onlyPcTwa(types: readonly OelLimitType[]): boolean {
  return types.includes('PC-TWA') && !types.includes('PC-STEL') && !types.includes('MAC');
}

function evaluateChecks(types: readonly OelLimitType[], limits: ChemicalLimits, m: Measured): Evaluation {
  const twa = m.samples ? computeCtwa8h(m.samples) : null;
  const ctwa = twa?.ctwa ?? null;
  const cste = computeCste(m.shortTerm);
  const cm = computeCm(m.peaks, m.shortTerm);
  const checks: Record<ChemicalCheckName, ExposureCheckStatus> = { twa: 'not_applicable', stel: 'not_applicable', mac: 'not_applicable', peak: 'not_applicable' };
  const notEvaluated: ChemicalCheckName[] = [];
  const clauses: string[] = [];
  let missingLimit: OelLimitType | null = null;

  const check = (name: Exclude<ChemicalCheckName, 'peak'>, type: OelLimitType, value: number | null, clause: string): void => {
    if (!types.includes(type)) return;
    if (value === null) {
      notEvaluated.push(name);
      return;
    }
    const limit = limits[LIMIT_KEY[type]];
    if (limit === null) {
      missingLimit ??= type;
      return;
    }
    checks[name] = compareWithLimit(value, limit);
    clauses.push(clause);
  };
  check('mac', 'MAC', cm, '§6.3.1');
  check('twa', 'PC-TWA', ctwa, '§6.3.2');
  check('stel', 'PC-STEL', cste, '§6.3.2');

  let peak: OelPeakExposureDetail | null = null;
  let usesPeakRule = false;
  if (onlyPcTwa(types)) {
    if (m.peaks.length === 0 && m.shortTerm.length === 0) notEvaluated.push('peak');
    else if (limits.pcTwa === null) missingLimit ??= 'PC-TWA';
    else {
      const r = evaluatePeakExposure(limits.pcTwa, gbz21PeakExposureRule, m.peaks, m.shortTerm);
      checks.peak = r.status;
      peak = r.detail;
      usesPeakRule = true;
      clauses.push(gbz21PeakExposureRule.clause);
    }
  }
  return { ctwa, cste, cm, sampling: twa?.sampling ?? null, checks, notEvaluated, peak, clauses, usesPeakRule, missingLimit };
}

function isCompliant(checks: Record<ChemicalCheckName, ExposureCheckStatus>): boolean {
  return Object.values(checks).every((s) => s !== 'exceeds');
}

function readMeasured(issues: IssueList, input: unknown): Measured {
  const samples = readTimedSamples(issues, 'samples', field(input, 'samples'), false);
  const shortTerm = readShortTermSamples(issues, 'shortTermSamples', field(input, 'shortTermSamples')) ?? [];
  const peaks = readPeakSamples(issues, 'peakSamples', field(input, 'peakSamples')) ?? [];
  if (issues.isEmpty && !samples && shortTerm.length === 0 && peaks.length === 0) {
    issues.add('samples', 'calc.required', 'give samples, shortTermSamples or peakSamples');
  }
  return { samples, shortTerm, peaks };
}

/**
 * Evaluates one chemical factor against GBZ 2.1-2019 表1 on the event date.
 *
 * - C_TWA = Σ(C_i·T_i)/480 min vs PC-TWA (§6.3.2); C_STE = max C·T/15 vs PC-STEL (§6.3.2);
 *   C_M = max peak/short-term concentration vs MAC (§6.3.1); for factors with only a PC-TWA the
 *   peak rule of §6.3.3 (≤ 5 × PC-TWA; excursions > 3 × PC-TWA ≤ 15 min, ≤ 4, ≥ 1 h apart).
 *   Formulas: GBZ 159-2004; see `exposure-samples.ts` for < 480 min and long shifts.
 * - Checks without samples are `not_applicable` and listed in `notEvaluated` (`complete: false`).
 * - A limit the standard sets but the data hold as null → `rule_unavailable` (`limit_not_available`).
 * - Reported amendments apply only when confirmed or opted into (`applyReportedAmendments`);
 *   `limitsBasis`, `amendmentsApplied` and `amendmentsNotApplied` say which values were used.
 */
export function chemicalExposure(input: ChemicalExposureInput): ChemicalExposureOutcome {
  const issues = new IssueList();
  const factor = issues.text('factor', field(input, 'factor'));
  const date = issues.date('date', field(input, 'date'));
  const applyReported = issues.flag('applyReportedAmendments', field(input, 'applyReportedAmendments'));
  const measured = readMeasured(issues, input);
  if (!issues.isEmpty || factor === null || date === null) return invalidInput(issues.issues);
  const eventDate = date ?? todayCst();

  const resolved = resolveChemicalFactor(factor, 'factor', eventDate, applyReported);
  if ('status' in resolved) return resolved;
  const { row } = resolved;
  const evaluation = evaluateChecks(row.limitTypes, resolved.limits, measured);
  if (evaluation.missingLimit !== null) {
    return ruleUnavailable(
      'limit_not_available',
      `GBZ 2.1-2019 sets a ${evaluation.missingLimit} for ${row.name} but the rule pack has no value for it`,
      resolved.limitCitation,
    );
  }
  const compliant = isCompliant(evaluation.checks);
  const amendmentsNotApplied: OelAmendmentNotApplied[] = resolved.notApplied.map(({ fullLimits, ...rest }) => {
    const alt = evaluateChecks(row.limitTypes, fullLimits, measured);
    return { ...rest, wouldChangeCompliance: alt.missingLimit === null ? isCompliant(alt.checks) !== compliant : null };
  });
  const edition = cite(gbz21Edition2019);
  const citations = [resolved.limitCitation, ...evaluation.clauses.map((c) => `${edition} ${c}`)];
  if (evaluation.ctwa !== null || evaluation.cste !== null) citations.push('GBZ 159-2004 (C_TWA, C_STE)');
  const used: Provenance[] = evaluation.usesPeakRule ? [...resolved.rows, gbz21PeakExposureRule] : resolved.rows;
  return {
    status: 'ok',
    ruleAvailable: true,
    factor: row.name,
    casNumbers: row.casNumbers,
    unit: row.unit,
    notation: row.notation,
    criticalEffect: row.criticalEffect,
    date: eventDate,
    ctwa: evaluation.ctwa,
    cste: evaluation.cste,
    cm: evaluation.cm,
    limits: resolved.limits,
    checks: evaluation.checks,
    compliant,
    complete: evaluation.notEvaluated.length === 0,
    notEvaluated: evaluation.notEvaluated,
    sampling: evaluation.sampling,
    peak: evaluation.peak,
    limitsBasis: resolved.limitsBasis,
    amendmentsApplied: resolved.applied,
    amendmentsNotApplied,
    ...outcome(citations, used),
  };
}

export interface ChemicalMixtureComponentInput {
  factor: string;
  /** Measured C_TWA, C_STE and/or C_M of this factor (same unit as its limits). */
  ctwa?: number;
  cste?: number;
  cm?: number;
}

export interface ChemicalMixtureInput {
  /**
   * Factors the caller declares to act on the same target organ or system (or known to be
   * additive). The data hold critical effects for few rows, so the declaration is the caller's;
   * `sharedCriticalEffects` shows what the data say.
   */
  components: ChemicalMixtureComponentInput[];
  date?: string;
  applyReportedAmendments?: boolean;
}

export interface ChemicalMixtureComponentResult {
  factor: string;
  criticalEffect: string | null;
  limits: ChemicalLimits;
  /** C/L per limit type; null when not measured or the factor has no such limit. */
  ratios: { twa: number | null; stel: number | null; mac: number | null };
}

/** Σ C_i/L_i over the components that have both the measurement and the limit. */
export interface ChemicalMixtureIndex {
  sum: number;
  status: ExposureCheckStatus;
  factors: string[];
}

export interface ChemicalMixtureResult {
  status: 'ok';
  ruleAvailable: true;
  date: string;
  components: ChemicalMixtureComponentResult[];
  indices: { twa: ChemicalMixtureIndex | null; stel: ChemicalMixtureIndex | null; mac: ChemicalMixtureIndex | null };
  /** No index above 1. */
  compliant: boolean;
  additivityBasis: 'declared_by_caller';
  /** Critical-effect terms every component shares according to the data ([] when unknown for any). */
  sharedCriticalEffects: string[];
  /** Components whose critical effect the data do not hold. */
  criticalEffectUnknown: string[];
  amendmentsApplied: OelAmendmentApplied[];
  /** Reported amendments that would change a component's limits, with whether they would flip compliance. */
  amendmentsNotApplied: OelAmendmentNotApplied[];
  citation: string;
  verified: boolean;
}

export type ChemicalMixtureOutcome =
  | ChemicalMixtureResult
  | ExposureRuleUnavailable
  | ExposureInvalidInput
  | ExposureUnknownFactor
  | ExposureAmbiguousFactor;

function effectTerms(effect: string): string[] {
  return effect
    .split(/[；;、，,]/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

function mixtureIndex(parts: { factor: string; ratio: number | null }[]): ChemicalMixtureIndex | null {
  const used = parts.filter((p): p is { factor: string; ratio: number } => p.ratio !== null);
  if (used.length === 0) return null;
  const sum = used.reduce((acc, p) => acc + p.ratio, 0);
  return { sum, status: isAboveLimit(sum, 1) ? 'exceeds' : 'compliant', factors: used.map((p) => p.factor) };
}

interface MixtureEntry {
  resolved: ResolvedFactor;
  measured: { ctwa: number | null; cste: number | null; cm: number | null };
}

type MixtureEvaluation =
  | { results: ChemicalMixtureComponentResult[]; indices: ChemicalMixtureResult['indices']; compliant: boolean }
  | { missing: ResolvedFactor };

/** Σ C_i/L_i per limit type with the limits `limitsOf` picks for each component. */
function evaluateMixture(entries: readonly MixtureEntry[], limitsOf: (e: MixtureEntry) => ChemicalLimits): MixtureEvaluation {
  const results: ChemicalMixtureComponentResult[] = [];
  for (const e of entries) {
    const { row } = e.resolved;
    const limits = limitsOf(e);
    const ratio = (type: OelLimitType, value: number | null): number | null | 'missing' => {
      if (value === null || !row.limitTypes.includes(type)) return null;
      const limit = limits[LIMIT_KEY[type]];
      return limit === null ? 'missing' : value / limit;
    };
    const twa = ratio('PC-TWA', e.measured.ctwa);
    const stel = ratio('PC-STEL', e.measured.cste);
    const mac = ratio('MAC', e.measured.cm);
    if (twa === 'missing' || stel === 'missing' || mac === 'missing') return { missing: e.resolved };
    results.push({ factor: row.name, criticalEffect: row.criticalEffect, limits, ratios: { twa, stel, mac } });
  }
  const indices = {
    twa: mixtureIndex(results.map((r) => ({ factor: r.factor, ratio: r.ratios.twa }))),
    stel: mixtureIndex(results.map((r) => ({ factor: r.factor, ratio: r.ratios.stel }))),
    mac: mixtureIndex(results.map((r) => ({ factor: r.factor, ratio: r.ratios.mac }))),
  };
  return { results, indices, compliant: [indices.twa, indices.stel, indices.mac].every((x) => x === null || x.status !== 'exceeds') };
}

/**
 * GBZ 2.1-2019 混合接触比值 (§3.8, clause number from one third-party source): for factors acting on
 * the same target organ, Σ C_i/L_i ≤ 1, computed separately for C_TWA/PC-TWA, C_STE/PC-STEL and
 * C_M/MAC. Needs at least two distinct factors; each needs at least one measurement.
 */
export function chemicalMixtureExposure(input: ChemicalMixtureInput): ChemicalMixtureOutcome {
  const issues = new IssueList();
  const date = issues.date('date', field(input, 'date'));
  const applyReported = issues.flag('applyReportedAmendments', field(input, 'applyReportedAmendments'));
  const list = issues.array('components', field(input, 'components'), { required: true, nonEmpty: true, maxLength: 50 });
  if (list && list.length < 2) issues.add('components', 'calc.too_few', 'a mixture needs at least two factors');
  const comps: { factor: string; ctwa: number | null; cste: number | null; cm: number | null }[] = [];
  (list ?? []).forEach((c, i) => {
    const factor = issues.text(`components.${i}.factor`, field(c, 'factor'));
    const read = (key: 'ctwa' | 'cste' | 'cm'): number | null => {
      const v = field(c, key);
      return v === undefined ? null : issues.number(`components.${i}.${key}`, v, { min: 0 });
    };
    const ctwa = read('ctwa');
    const cste = read('cste');
    const cm = read('cm');
    if (field(c, 'ctwa') === undefined && field(c, 'cste') === undefined && field(c, 'cm') === undefined) {
      issues.add(`components.${i}`, 'calc.required', 'give ctwa, cste or cm');
    }
    if (factor !== null) comps.push({ factor, ctwa, cste, cm });
  });
  if (!issues.isEmpty || date === null) return invalidInput(issues.issues);
  const eventDate = date ?? todayCst();

  const entries: MixtureEntry[] = [];
  const rows: Provenance[] = [gbz21MixtureRule];
  const citations: string[] = [];
  const applied: OelAmendmentApplied[] = [];
  const seen = new Map<string, number>();
  for (const [i, c] of comps.entries()) {
    const resolved = resolveChemicalFactor(c.factor, `components.${i}.factor`, eventDate, applyReported);
    if ('status' in resolved) return resolved;
    const first = seen.get(resolved.row.name);
    if (first !== undefined) {
      return invalidInput([{ path: `components.${i}.factor`, code: 'calc.duplicate_factor', message: `${resolved.row.name} is already components.${first}` }]);
    }
    seen.set(resolved.row.name, i);
    entries.push({ resolved, measured: c });
    rows.push(...resolved.rows);
    citations.push(resolved.limitCitation);
    applied.push(...resolved.applied);
  }
  const evaluated = evaluateMixture(entries, (e) => e.resolved.limits);
  if ('missing' in evaluated) {
    return ruleUnavailable('limit_not_available', `GBZ 2.1-2019 sets a limit for ${evaluated.missing.row.name} that the rule pack has no value for`, evaluated.missing.limitCitation);
  }
  const { results, indices, compliant } = evaluated;
  const notApplied = new Map<string, OelAmendmentNotApplied>();
  for (const e of entries) {
    for (const na of e.resolved.notApplied) {
      if (notApplied.has(na.amendment)) continue;
      const alt = evaluateMixture(entries, (x) => x.resolved.notApplied.find((n) => n.amendment === na.amendment)?.fullLimits ?? x.resolved.limits);
      const { fullLimits: _full, ...rest } = na;
      notApplied.set(na.amendment, { ...rest, wouldChangeCompliance: 'missing' in alt ? null : alt.compliant !== compliant });
    }
  }
  const known = results.filter((r) => r.criticalEffect !== null);
  const criticalEffectUnknown = results.filter((r) => r.criticalEffect === null).map((r) => r.factor);
  const [firstKnown, ...otherKnown] = known.map((r) => effectTerms(r.criticalEffect ?? ''));
  const sharedCriticalEffects =
    criticalEffectUnknown.length === 0 && firstKnown ? firstKnown.filter((t) => otherKnown.every((terms) => terms.includes(t))) : [];
  return {
    status: 'ok',
    ruleAvailable: true,
    date: eventDate,
    components: results,
    indices,
    compliant,
    additivityBasis: 'declared_by_caller',
    sharedCriticalEffects,
    criticalEffectUnknown,
    amendmentsApplied: applied,
    amendmentsNotApplied: [...notApplied.values()],
    ...outcome([`${cite(gbz21Edition2019)} ${gbz21MixtureRule.clause}`, ...citations], rows),
  };
}
