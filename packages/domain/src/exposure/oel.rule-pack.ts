/**
 * GBZ 2.1-2019 rule packs: chemical limits (表1), dust limits (表2), the peak-exposure rule (§6.3.3)
 * and the two reported amendments as separate, dated layers.
 *
 * Data: `./data/oels.json`, a copy of shared/reference/oels.json (see its `_meta` and per-row
 * `source`). Values are never completed here: a null stays null and the calculators answer
 * `ruleAvailable: false` for it.
 *
 * Amendments (第1号修改单: 苯 PC-TWA 3 / PC-STEL 6; 第2号修改单: adds 乙草胺) are reported by two
 * independent code sources but no official notice was seen, so their effective dates are unknown.
 * Policy: an amendment applies on an event date when (a) its effective date is confirmed here
 * (`effectiveFrom` set) and the date is on or after it, or (b) the caller opts in with
 * `applyReportedAmendments: true` and the date is on or after the reported date. Without either,
 * the printed 2019 value is used and the result lists the amendment as "not applied" with the value
 * it would give. Amendment rows are always `verified: false`.
 */
import type { Edition, Provenance, RulePack } from '../rules/rule-pack.ts';
import oelsJson from './data/oels.json' with { type: 'json' };

/** Limit types of GBZ 2.1-2019 表1 (§3: MAC, PC-TWA, PC-STEL). */
export type OelLimitType = 'MAC' | 'PC-TWA' | 'PC-STEL';

/** A row of GBZ 2.1-2019 表1 (化学有害因素). Null = unknown or not set; never zero. */
export interface OelChemicalRow {
  name: string;
  englishName: string | null;
  /** CAS numbers printed for the row (some rows list several, e.g. 钒 V₂O₅ and V). */
  casNumbers: string[];
  /** The CAS field as printed in the source, with qualifiers such as （Pb）. */
  casText: string | null;
  mac: number | null;
  pcTwa: number | null;
  pcStel: number | null;
  /** Unit of the limits and of the concentrations compared with them (mg/m³ except 二噁英类 pgTEQ/m³). */
  unit: string;
  /** 皮 / 敏 / G1 / G2A / G2B marks. */
  notation: string | null;
  /** Limit types the standard sets for this factor (cross-checked with an index of the official table). */
  limitTypes: OelLimitType[];
  /** 临界不良健康效应, where transcribed. */
  criticalEffect: string | null;
  /** Serial number in 表1, where known. */
  tableSeq: number | null;
  note: string | null;
}

/** A row of GBZ 2.1-2019 表2 (粉尘): PC-TWA for total and respirable dust, fibre limit where set. */
export interface OelDustRow {
  name: string;
  casNumbers: string[];
  casText: string | null;
  pcTwaTotalDust: number | null;
  pcTwaRespirableDust: number | null;
  /** Fibre PC-TWA (f/mL) for 石棉 and 人造矿物纤维绝热棉. */
  pcTwaFibre: number | null;
  unit: string;
  notation: string | null;
  criticalEffect: string | null;
  tableSeq: number | null;
  note: string | null;
}

/** A limit change made by an amendment to an existing 表1 row. */
export interface OelAmendmentChange {
  /** Name of the 表1 row it changes. */
  rowName: string;
  tableSeq: number | null;
  mac?: number | null;
  pcTwa?: number | null;
  pcStel?: number | null;
  source: string;
}

/** A reported amendment of GBZ 2.1-2019, kept as its own layer over the printed edition. */
export interface OelAmendment extends Provenance {
  id: 'gbz2.1-2019-amd1' | 'gbz2.1-2019-amd2';
  /** e.g. `第1号修改单`. */
  name: string;
  /** The GBZ 2.1-2019 edition with this amendment listed, for `cite()`. Its effectiveFrom is `assumedEffectiveFrom`. */
  edition: Edition;
  /** Date as reported by the sources (`2022-11`, `2025-05-01`); not an official effective date. */
  reportedDate: string;
  /** Confirmed effective date; null while unconfirmed (both are, today). */
  effectiveFrom: string | null;
  /** First day the amendment can apply when the caller opts in: the reported date (first of month when only a month is known). */
  assumedEffectiveFrom: string;
  status: string;
  sources: string[];
  changes: OelAmendmentChange[];
  /** 表1 rows added by the amendment (not in the 2019 printing). */
  addedRows: (OelChemicalRow & Provenance)[];
}

/** GBZ 2.1-2019 §6.3.3 peak-exposure (峰接触浓度) rule for factors with only a PC-TWA. */
export interface OelPeakExposureRule extends Provenance {
  /** Excursions above this multiple of PC-TWA are limited in duration, count and spacing. */
  excursionMultiple: number;
  maxExcursionMinutes: number;
  maxExcursionsPerShift: number;
  minMinutesBetweenExcursions: number;
  /** Never exceeded: C_PE ≤ peakMultiple × PC-TWA. */
  peakMultiple: number;
  clause: string;
  text: string;
}

interface RawAmendmentOverride {
  by: string;
  mac?: number | null;
  pcTwa?: number | null;
  pcStel?: number | null;
  sources: string[];
}

interface RawChemical {
  name: string;
  cas: string | null;
  mac: number | null;
  pcTwa: number | null;
  pcStel: number | null;
  unit: string;
  notation: string | null;
  limitTypes: string[];
  confidence: string;
  source: string;
  note: string | null;
  verified: boolean;
  englishName?: string;
  criticalEffect?: string | null;
  tableSeq?: number;
  amendment?: RawAmendmentOverride;
}

interface RawDust {
  name: string;
  cas: string | null;
  pcTwaTotalDust: number | null;
  pcTwaRespirableDust: number | null;
  unit: string;
  confidence: string;
  source: string;
  note: string | null;
  verified: boolean;
  notation?: string | null;
  criticalEffect?: string | null;
  tableSeq?: number;
  pcTwaFibre?: number;
}

interface RawAmendment {
  name: string;
  reportedDate: string;
  effective: string | null;
  changes: string[];
  status: string;
  sources: string[];
}

interface RawPeakRule {
  appliesTo: string;
  rule: string;
  source: string;
  clause: string;
  confidence: string;
}

interface RawOels {
  _meta: { standard: string; announcement: string };
  excursionRules: { 'GBZ2.1-2019_peakExposure': RawPeakRule };
  chemicals: RawChemical[];
  dusts: RawDust[];
  amendments: RawAmendment[];
}

// Structural check of the JSON against the fields used here (fails typecheck if the file drifts).
const raw: RawOels = oelsJson;

const DATA_SOURCE = 'shared/reference/oels.json (copied to packages/domain/src/exposure/data/oels.json)';

/**
 * GBZ 2.1-2019 工作场所有害因素职业接触限值 第1部分：化学有害因素 — 国卫通〔2019〕10号,
 * effective 2020-04-01, replaces GBZ 2.1-2007 (oels.json `_meta.announcement`).
 */
export const gbz21Edition2019: Edition = {
  standard: 'GBZ 2.1',
  edition: '2019',
  title: '工作场所有害因素职业接触限值 第1部分：化学有害因素',
  effectiveFrom: '2020-04-01',
  effectiveTo: null,
  source: `${DATA_SOURCE}; ${raw._meta.announcement}`,
};

const CAS_PATTERN = /\d{2,7}-\d{2}-\d/g;

function casNumbersOf(cas: string | null): string[] {
  return cas ? [...cas.normalize('NFKC').matchAll(CAS_PATTERN)].map((m) => m[0]) : [];
}

function isLimitType(s: string): s is OelLimitType {
  return s === 'MAC' || s === 'PC-TWA' || s === 'PC-STEL';
}

function toChemicalRow(r: RawChemical): OelChemicalRow & Provenance {
  const limitTypes = r.limitTypes.map((t) => {
    if (!isLimitType(t)) throw new Error(`oels.json: unknown limit type ${t} for ${r.name}`);
    return t;
  });
  return {
    name: r.name,
    englishName: r.englishName ?? null,
    casNumbers: casNumbersOf(r.cas),
    casText: r.cas,
    mac: r.mac,
    pcTwa: r.pcTwa,
    pcStel: r.pcStel,
    unit: r.unit,
    notation: r.notation,
    limitTypes,
    criticalEffect: r.criticalEffect ?? null,
    tableSeq: r.tableSeq ?? null,
    note: r.note,
    verified: r.verified,
    source: r.source,
    confidence: r.confidence,
  };
}

function toDustRow(r: RawDust): OelDustRow & Provenance {
  return {
    name: r.name,
    casNumbers: casNumbersOf(r.cas),
    casText: r.cas,
    pcTwaTotalDust: r.pcTwaTotalDust,
    pcTwaRespirableDust: r.pcTwaRespirableDust,
    pcTwaFibre: r.pcTwaFibre ?? null,
    unit: r.unit,
    notation: r.notation ?? null,
    criticalEffect: r.criticalEffect ?? null,
    tableSeq: r.tableSeq ?? null,
    note: r.note,
    verified: r.verified,
    source: r.source,
    confidence: r.confidence,
  };
}

/** A row added by an amendment names it in its source (乙草胺: "…by the reported 第2号修改单…"). */
function addedBy(r: RawChemical): string | null {
  const m = /第(\d)号修改单/.exec(r.source);
  return m && /^Added/.test(r.source) ? `第${m[1]}号修改单` : null;
}

function firstDayOf(reported: string): string {
  return /^\d{4}-\d{2}$/.test(reported) ? `${reported}-01` : reported;
}

const printedChemicals = raw.chemicals.filter((r) => addedBy(r) === null).map(toChemicalRow);

function buildAmendment(a: RawAmendment): OelAmendment {
  const name = a.name.replace(/^GBZ 2\.1-2019\s*/, '');
  const assumedEffectiveFrom = firstDayOf(a.effective ?? a.reportedDate);
  const changes: OelAmendmentChange[] = raw.chemicals
    .filter((r) => r.amendment?.by.includes(name))
    .map((r) => {
      const o = r.amendment as RawAmendmentOverride;
      const change: OelAmendmentChange = { rowName: r.name, tableSeq: r.tableSeq ?? null, source: o.sources.join('; ') };
      if ('mac' in o) change.mac = o.mac ?? null;
      if ('pcTwa' in o) change.pcTwa = o.pcTwa ?? null;
      if ('pcStel' in o) change.pcStel = o.pcStel ?? null;
      return change;
    });
  const addedRows = raw.chemicals.filter((r) => addedBy(r) === name).map(toChemicalRow);
  return {
    id: name === '第1号修改单' ? 'gbz2.1-2019-amd1' : 'gbz2.1-2019-amd2',
    name,
    edition: { ...gbz21Edition2019, amendments: [name], effectiveFrom: assumedEffectiveFrom, source: a.sources.join('; ') },
    reportedDate: a.reportedDate,
    effectiveFrom: a.effective,
    assumedEffectiveFrom,
    status: a.status,
    sources: a.sources,
    changes,
    addedRows,
    verified: false,
    source: a.sources.join('; '),
    confidence: 'unconfirmed',
  };
}

/** The reported amendments of GBZ 2.1-2019, in order (第1号, 第2号). Both unconfirmed, `verified: false`. */
export const gbz21Amendments: readonly OelAmendment[] = raw.amendments.map(buildAmendment);

/** GBZ 2.1-2019 表1 as printed in 2019 (rows added by amendments live in `gbz21Amendments`). */
export const gbz21ChemicalPack: RulePack<OelChemicalRow> = {
  id: 'gbz2.1-chemical',
  name: 'GBZ 2.1 化学有害因素职业接触限值 (表1)',
  editions: [{ edition: gbz21Edition2019, rows: printedChemicals, officialRowCount: 358 }],
};

/** GBZ 2.1-2019 表2 (粉尘). The official entry count (~49) is not confirmed, hence null. */
export const gbz21DustPack: RulePack<OelDustRow> = {
  id: 'gbz2.1-dust',
  name: 'GBZ 2.1 粉尘职业接触限值 (表2)',
  editions: [{ edition: gbz21Edition2019, rows: raw.dusts.map(toDustRow), officialRowCount: null }],
};

const peakRaw = raw.excursionRules['GBZ2.1-2019_peakExposure'];

/**
 * GBZ 2.1-2019 §6.3.3: for factors with only a PC-TWA, excursions above 3 × PC-TWA may last at
 * most 15 min each, at most 4 times a shift, at least 1 h apart, and exposure may never exceed
 * 5 × PC-TWA. Not marked verified in the data (confidence high, from a summary of the clause).
 */
export const gbz21PeakExposureRule: OelPeakExposureRule = {
  excursionMultiple: 3,
  maxExcursionMinutes: 15,
  maxExcursionsPerShift: 4,
  minMinutesBetweenExcursions: 60,
  peakMultiple: 5,
  clause: '§6.3.3',
  text: peakRaw.rule,
  verified: false,
  source: peakRaw.source,
  confidence: peakRaw.confidence,
};

/** Whether `amendment` applies on `date` under the policy described at the top of this file. */
export function oelAmendmentInForce(amendment: OelAmendment, date: string, applyReportedAmendments: boolean): boolean {
  if (amendment.effectiveFrom !== null) return date >= amendment.effectiveFrom;
  return applyReportedAmendments && date >= amendment.assumedEffectiveFrom;
}

/** The additive rule for mixtures acting on the same target organ: Σ C_i / L_i ≤ 1. */
export interface OelMixtureRule extends Provenance {
  clause: string;
  text: string;
}

/**
 * GBZ 2.1-2019 混合接触比值: when several factors act on the same target organ or system (or are
 * known to act additively), Σ C_i / L_i must not exceed 1. The clause number (§3.8, the term
 * 混合接触比值) is from a single third-party source (CovD831/ohs-report knowledge/judge_cli.py
 * `mixed_ratio`), not from the reference data; the rule itself is the long-standing GBZ 2 additive
 * formula. Hence `verified: false`.
 */
export const gbz21MixtureRule: OelMixtureRule = {
  clause: '§3.8 (混合接触比值)',
  text: 'Σ C_i / L_i ≤ 1 for factors acting on the same target organ or system',
  verified: false,
  source: 'CovD831/ohs-report knowledge/judge_cli.py @ 5d528215c8e08d8ff32975a157801c10b4bf6900 (mixed_ratio: "混合接触比值 (3.8)")',
  confidence: 'medium',
};
