/**
 * Dust exposure against GBZ 2.1-2019 表2: total and respirable dust C_TWA vs their PC-TWA, the
 * §6.3.3 peak rule (dusts have only a PC-TWA), and the 矽尘 row chosen by free-SiO₂ content.
 */
import { cite, editionOn, outcome, todayCst, type Provenance } from '../rules/rule-pack.ts';
import {
  IssueList,
  field,
  invalidInput,
  ruleUnavailable,
  type ExposureAmbiguousFactor,
  type ExposureCheckStatus,
  type ExposureInvalidInput,
  type ExposureRuleUnavailable,
  type ExposureUnknownFactor,
} from './exposure-results.ts';
import {
  compareWithLimit,
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
import { gbz21DustPack, gbz21Edition2019, gbz21PeakExposureRule, type OelDustRow } from './oel.rule-pack.ts';

/** The three 矽尘 rows of 表2 by free-SiO₂ band (names as printed). */
const SILICA_BANDS = [
  { name: '矽尘（10%≤游离SiO2含量≤50%）', band: '10%≤SiO₂≤50%', includes: (p: number) => p >= 10 && p <= 50 },
  { name: '矽尘（50%<游离SiO2含量≤80%）', band: '50%<SiO₂≤80%', includes: (p: number) => p > 50 && p <= 80 },
  { name: '矽尘（游离SiO2含量>80%）', band: 'SiO₂>80%', includes: (p: number) => p > 80 && p <= 100 },
] as const;

const dustRows = gbz21DustPack.editions.flatMap((e) => e.rows);

function isSilicaRow(row: OelDustRow): boolean {
  return SILICA_BANDS.some((b) => b.name === row.name);
}

/** Rows printed for dust with < 10 % free SiO₂ (煤尘、水泥粉尘…): a higher content makes them 矽尘. */
function isLowSilicaRow(row: OelDustRow): boolean {
  return /SiO2(含量)?<10%/.test(row.name);
}

/**
 * The 矽尘 row of GBZ 2.1-2019 表2 for a free-SiO₂ content: 10–50 %, > 50–80 %, > 80 %.
 * Null below 10 % (not 矽尘: use the specific dust's row) or outside 0–100 %.
 */

/** The two dust fractions of GBZ 2.1-2019 表2 (总粉尘 / 呼吸性粉尘), as assessments and sensors name them. */
export const DUST_FRACTIONS = ['total', 'respirable'] as const;
export type DustFraction = (typeof DUST_FRACTIONS)[number];
export function silicaDustBand(freeSilicaPercent: number): { row: OelDustRow & Provenance; band: string } | null {
  const band = SILICA_BANDS.find((b) => b.includes(freeSilicaPercent));
  const row = band && dustRows.find((r) => r.name === band.name);
  return band && row ? { row, band: band.band } : null;
}

export interface DustFractionInput {
  /** Full-shift samples for C_TWA (mg/m³). */
  samples: OelTimedSample[];
  /** Short-term samples for the §6.3.3 excursion check. */
  shortTermSamples?: OelShortTermSample[];
  /** Peak samples for the 5 × PC-TWA ceiling. */
  peakSamples?: OelPeakSample[];
}

export interface DustExposureInput {
  /** Name as printed in 表2 (e.g. `电焊烟尘`, `矽尘`) or CAS number. */
  factor: string;
  /** Free-SiO₂ content (%) — required for 矽尘, checked against rows printed for < 10 %. */
  freeSilicaPercent?: number;
  totalDust?: DustFractionInput;
  respirableDust?: DustFractionInput;
  date?: string;
}

export type DustFractionOutcome =
  | {
      ruleAvailable: true;
      pcTwa: number;
      ctwa: number;
      sampling: OelShiftSampling;
      checks: { twa: ExposureCheckStatus; peak: ExposureCheckStatus };
      /** `peak` when no short-term or peak samples were given. */
      notEvaluated: 'peak'[];
      peak: OelPeakExposureDetail | null;
      compliant: boolean;
    }
  | { ruleAvailable: false; reason: 'limit_not_available'; message: string };

export interface DustExposureResult {
  status: 'ok';
  ruleAvailable: true;
  /** Printed 表2 name of the row used. */
  factor: string;
  /** Free-SiO₂ band when a 矽尘 row was chosen by content. */
  silicaBand: string | null;
  freeSilicaPercent: number | null;
  unit: string;
  date: string;
  limits: { pcTwaTotalDust: number | null; pcTwaRespirableDust: number | null };
  /** Null when that fraction was not measured. */
  total: DustFractionOutcome | null;
  respirable: DustFractionOutcome | null;
  /** false if any evaluated fraction exceeds; true if all requested fractions comply; null if none exceeds but one had no rule. */
  compliant: boolean | null;
  /** Every requested fraction had a rule and its peak check was evaluated. */
  complete: boolean;
  citation: string;
  verified: boolean;
}

export type DustExposureOutcome =
  | DustExposureResult
  | ExposureRuleUnavailable
  | ExposureInvalidInput
  | ExposureUnknownFactor
  | ExposureAmbiguousFactor;

interface FractionSamples {
  samples: OelTimedSample[];
  shortTerm: OelShortTermSample[];
  peaks: OelPeakSample[];
}

function readFraction(issues: IssueList, path: string, value: unknown): FractionSamples | null {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.add(path, 'calc.not_an_object', 'must be an object with samples');
    return null;
  }
  const samples = readTimedSamples(issues, `${path}.samples`, field(value, 'samples'), true);
  const shortTerm = readShortTermSamples(issues, `${path}.shortTermSamples`, field(value, 'shortTermSamples')) ?? [];
  const peaks = readPeakSamples(issues, `${path}.peakSamples`, field(value, 'peakSamples')) ?? [];
  return samples ? { samples, shortTerm, peaks } : null;
}

function evaluateFraction(label: string, limit: number | null, rowName: string, m: FractionSamples): DustFractionOutcome {
  if (limit === null) {
    return { ruleAvailable: false, reason: 'limit_not_available', message: `GBZ 2.1-2019 表2 as loaded gives no ${label} PC-TWA for ${rowName}` };
  }
  const { ctwa, sampling } = computeCtwa8h(m.samples);
  const twa = compareWithLimit(ctwa, limit);
  const hasPeakData = m.shortTerm.length > 0 || m.peaks.length > 0;
  const peak = hasPeakData ? evaluatePeakExposure(limit, gbz21PeakExposureRule, m.peaks, m.shortTerm) : null;
  return {
    ruleAvailable: true,
    pcTwa: limit,
    ctwa,
    sampling,
    checks: { twa, peak: peak?.status ?? 'not_applicable' },
    notEvaluated: peak ? [] : ['peak'],
    peak: peak?.detail ?? null,
    compliant: twa !== 'exceeds' && peak?.status !== 'exceeds',
  };
}

type DustRowChoice = { row: OelDustRow & Provenance; band: string | null } | ExposureInvalidInput | ExposureUnknownFactor | ExposureAmbiguousFactor | ExposureRuleUnavailable;

function chooseDustRow(factor: string, percent: number | null): DustRowChoice {
  const match = lookupOelFactor(factor);
  const silicaCandidates = match.status === 'ambiguous' && match.rows.every((r) => r.kind === 'dust' && isSilicaRow(r.row));
  if (silicaCandidates || (match.status === 'found' && match.kind === 'dust' && isSilicaRow(match.row))) {
    if (percent === null) return invalidInput([{ path: 'freeSilicaPercent', code: 'calc.required', message: '矽尘 needs the free-SiO₂ content (%)' }]);
    const chosen = silicaDustBand(percent);
    if (!chosen) {
      return ruleUnavailable('not_silica_dust', `free SiO₂ ${percent}% is below 10%: not 矽尘; evaluate the specific dust (e.g. 其他粉尘)`, cite(gbz21Edition2019, '表2'));
    }
    if (match.status === 'found' && match.row.name !== chosen.row.name) {
      return invalidInput([{ path: 'freeSilicaPercent', code: 'calc.silica_band_mismatch', message: `${percent}% falls in ${chosen.row.name}, not ${match.row.name}` }]);
    }
    return chosen;
  }
  if (match.status === 'found' && match.kind === 'dust') {
    if (percent !== null && percent >= 10 && isLowSilicaRow(match.row)) {
      return invalidInput([{ path: 'freeSilicaPercent', code: 'calc.silica_band_mismatch', message: `${match.row.name} applies below 10% free SiO₂; at ${percent}% evaluate as 矽尘` }]);
    }
    return { row: match.row, band: null };
  }
  if (match.status === 'ambiguous') {
    return {
      status: 'ambiguous_factor',
      code: 'calc.ambiguous_factor',
      factor,
      path: 'factor',
      candidates: match.candidates,
      message: `${factor} matches several rows: ${match.candidates.join('、')}`,
    };
  }
  const hint = match.status === 'found' ? `; ${match.row.name} is a chemical (表1): use chemicalExposure` : '';
  return { status: 'unknown_factor', code: 'calc.unknown_factor', factor, path: 'factor', message: `${factor} is not a dust of GBZ 2.1-2019 表2${hint}` };
}

/**
 * Evaluates dust exposure against GBZ 2.1-2019 表2 on the event date: C_TWA = Σ(C_i·T_i)/480
 * (GBZ 159-2004) of total and/or respirable dust vs the row's PC-TWA, and the §6.3.3 peak rule
 * when short-term or peak samples are given. For 矽尘 the row is chosen by free SiO₂ (10–50 %,
 * > 50–80 %, > 80 %; below 10 % → `rule_unavailable` `not_silica_dust`). A fraction whose limit is
 * null answers `ruleAvailable: false` for that fraction; if no requested fraction has a limit the
 * whole result is `rule_unavailable`.
 */
export function dustExposure(input: DustExposureInput): DustExposureOutcome {
  const issues = new IssueList();
  const factor = issues.text('factor', field(input, 'factor'));
  const date = issues.date('date', field(input, 'date'));
  const rawPercent = field(input, 'freeSilicaPercent');
  const percent = rawPercent === undefined ? null : issues.number('freeSilicaPercent', rawPercent, { min: 0, max: 100 });
  const total = readFraction(issues, 'totalDust', field(input, 'totalDust'));
  const respirable = readFraction(issues, 'respirableDust', field(input, 'respirableDust'));
  if (issues.isEmpty && field(input, 'totalDust') === undefined && field(input, 'respirableDust') === undefined) {
    issues.add('totalDust', 'calc.required', 'give totalDust or respirableDust samples');
  }
  if (!issues.isEmpty || factor === null || date === null) return invalidInput(issues.issues);
  const eventDate = date ?? todayCst();
  if (!editionOn(gbz21DustPack, eventDate)) {
    return ruleUnavailable('no_edition_in_force', `GBZ 2.1-2019 takes effect on ${gbz21Edition2019.effectiveFrom}; no earlier edition is loaded for ${eventDate}`, cite(gbz21Edition2019, '表2'));
  }
  const choice = chooseDustRow(factor, percent);
  if ('status' in choice) return choice;
  const { row, band } = choice;
  const totalOutcome = total ? evaluateFraction('total-dust', row.pcTwaTotalDust, row.name, total) : null;
  const respirableOutcome = respirable ? evaluateFraction('respirable-dust', row.pcTwaRespirableDust, row.name, respirable) : null;
  const requested = [totalOutcome, respirableOutcome].filter((o): o is DustFractionOutcome => o !== null);
  const tableCitation = cite(gbz21Edition2019, row.tableSeq === null ? '表2' : `表2 序号${row.tableSeq}`);
  const available = requested.filter((o) => o.ruleAvailable);
  if (available.length === 0) {
    const first = requested[0];
    return ruleUnavailable('limit_not_available', first && !first.ruleAvailable ? first.message : `no limit for ${row.name}`, tableCitation);
  }
  const anyExceeds = available.some((o) => !o.compliant);
  const usesPeak = available.some((o) => o.peak !== null);
  const citations = [tableCitation, `${cite(gbz21Edition2019)} §6.3.2`, 'GBZ 159-2004 (C_TWA)'];
  if (usesPeak) citations.push(`${cite(gbz21Edition2019)} ${gbz21PeakExposureRule.clause}`);
  return {
    status: 'ok',
    ruleAvailable: true,
    factor: row.name,
    silicaBand: band,
    freeSilicaPercent: percent,
    unit: row.unit,
    date: eventDate,
    limits: { pcTwaTotalDust: row.pcTwaTotalDust, pcTwaRespirableDust: row.pcTwaRespirableDust },
    total: totalOutcome,
    respirable: respirableOutcome,
    compliant: anyExceeds ? false : available.length === requested.length ? true : null,
    complete: available.length === requested.length && available.every((o) => o.notEvaluated.length === 0),
    ...outcome(citations, usesPeak ? [row, gbz21PeakExposureRule] : [row]),
  };
}
