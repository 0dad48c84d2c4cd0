/**
 * GBZ 2.2-2007 physical limits used by the noise and heat calculators, and the 80 dB(A) noise
 * action level of GBZ 188 (hearing surveillance).
 *
 * Values come from `./data/oels.json` → `physicalGBZ2.2-2007` (itself from CovD831/ohs-report
 * `knowledge/data/gbz22_physical.json`, read from the official scanned PDF). The rows used here
 * were compared one by one with that file (commit f2c8ec9d6d9786bd91885f5554d8a6539777b8bf) and
 * match, so they are marked `verified: true` under the README's definition ("matches a
 * transcription of the official text found in a public source"); that repo itself marks them
 * unreviewed. Clause numbers (§10.2.2, §11.2.1, 表8, 表10, 表13) are the ones that file and
 * `knowledge/judge_cli.py` of the same repo give.
 */
import type { Edition, Provenance, RulePack } from '../rules/rule-pack.ts';
import oelsJson from './data/oels.json' with { type: 'json' };

/** 体力劳动强度分级 (GBZ 2.2-2007 表13). */
export type LabourIntensityClass = 'I' | 'II' | 'III' | 'IV';

/** 接触时间率 columns of the WBGT table (GBZ 2.2-2007 表8), in %. */
export type ExposureTimeRateBand = 25 | 50 | 75 | 100;

export const LABOUR_INTENSITY_CLASSES: readonly LabourIntensityClass[] = ['I', 'II', 'III', 'IV'];
export const EXPOSURE_TIME_RATE_BANDS: readonly ExposureTimeRateBand[] = [25, 50, 75, 100];

export interface NoiseLimitRow {
  kind: 'noise_limit';
  /** L_EX,8h for a 5-day week; L_EX,W (40 h) when the week is not 5 days. */
  metric: 'LEX,8h' | 'LEX,W';
  limitDbA: number;
  clause: string;
}

export interface ImpulseNoiseLimitRow {
  kind: 'impulse_noise_limit';
  /** Band covers minImpulsesExclusive < n ≤ maxImpulsesPerDay. */
  minImpulsesExclusive: number;
  maxImpulsesPerDay: number;
  peakLimitDbA: number;
  clause: string;
}

export interface WbgtLimitRow {
  kind: 'wbgt_limit';
  exposureTimeRatePercent: ExposureTimeRateBand;
  labourIntensityClass: LabourIntensityClass;
  /** WBGT limit in ℃; null if the cell were missing (it is not). */
  limitDegC: number | null;
  clause: string;
}

export interface WbgtAdjustmentRow {
  kind: 'wbgt_adjustment';
  /** Added to every WBGT limit where the local summer outdoor ventilation design temperature is ≥ 30 ℃. */
  addDegC: number;
  condition: string;
  clause: string;
}

export interface LabourIntensityRow {
  kind: 'labour_intensity';
  labourIntensityClass: LabourIntensityClass;
  /** Class covers minIndexExclusive < n ≤ maxIndex (null = open end). */
  minIndexExclusive: number | null;
  maxIndex: number | null;
  clause: string;
}

export type Gbz22PhysicalRow = NoiseLimitRow | ImpulseNoiseLimitRow | WbgtLimitRow | WbgtAdjustmentRow | LabourIntensityRow;

/** The hearing-conservation action level: periodic hearing surveillance from 80 dB(A). */
export interface NoiseActionLevelRow {
  actionLevelDbA: number;
  rule: string;
  clause: string;
}

type RawPhysical = {
  noise: {
    LEX8h_dBA: number;
    LEXw_dBA: number;
    impulsePeakLimits: { minExclusive?: number; maxImpulsesPerDay: number; peakLimit_dBA: number }[];
  };
  heatWBGT_degC: {
    byExposureTimeRatePercentAndLaborClass: Record<'100' | '75' | '50' | '25', Record<LabourIntensityClass, number | null>>;
    adjustment: string;
    laborIntensityIndex: Record<LabourIntensityClass, string>;
  };
};

const rawPhysical: RawPhysical = oelsJson['physicalGBZ2.2-2007'];

const PHYSICAL_SOURCE =
  'oels.json physicalGBZ2.2-2007 = CovD831/ohs-report knowledge/data/gbz22_physical.json @ f2c8ec9d6d9786bd91885f5554d8a6539777b8bf (read from the official scanned PDF; unreviewed there); compared value by value';

/**
 * GBZ 2.2-2007 工作场所有害因素职业接触限值 第2部分：物理因素. Effective 2007-11-01: issued with
 * GBZ 2.1-2007 (2007-04-12 / 2007-11-01 per a page copy of GBZ 2.1-2007), date not separately
 * confirmed. No newer edition in force (CovD831/ohs-report gbz22_loader.py: no amendment, no new edition).
 */
export const gbz22Edition2007: Edition = {
  standard: 'GBZ 2.2',
  edition: '2007',
  title: '工作场所有害因素职业接触限值 第2部分：物理因素',
  effectiveFrom: '2007-11-01',
  effectiveTo: null,
  source: PHYSICAL_SOURCE,
};

const prov: Provenance = { verified: true, source: PHYSICAL_SOURCE, confidence: 'medium' };

function labourBounds(text: string): { min: number | null; max: number | null } {
  // "n ≤ 15" | "15 < n ≤ 20" | "n > 25"
  const nums = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  if (/^n\s*≤/.test(text)) return { min: null, max: nums[0] ?? null };
  if (/^n\s*>/.test(text)) return { min: nums[0] ?? null, max: null };
  return { min: nums[0] ?? null, max: nums[1] ?? null };
}

function buildPhysicalRows(): (Gbz22PhysicalRow & Provenance)[] {
  const rows: (Gbz22PhysicalRow & Provenance)[] = [
    { kind: 'noise_limit', metric: 'LEX,8h', limitDbA: rawPhysical.noise.LEX8h_dBA, clause: '§11.2.1', ...prov },
    { kind: 'noise_limit', metric: 'LEX,W', limitDbA: rawPhysical.noise.LEXw_dBA, clause: '§11.2.1', ...prov },
  ];
  for (const r of rawPhysical.noise.impulsePeakLimits) {
    rows.push({
      kind: 'impulse_noise_limit',
      minImpulsesExclusive: r.minExclusive ?? 0,
      maxImpulsesPerDay: r.maxImpulsesPerDay,
      peakLimitDbA: r.peakLimit_dBA,
      clause: '表10',
      ...prov,
    });
  }
  const table = rawPhysical.heatWBGT_degC.byExposureTimeRatePercentAndLaborClass;
  for (const band of EXPOSURE_TIME_RATE_BANDS) {
    const column = table[String(band) as keyof typeof table];
    for (const cls of LABOUR_INTENSITY_CLASSES) {
      rows.push({ kind: 'wbgt_limit', exposureTimeRatePercent: band, labourIntensityClass: cls, limitDegC: column[cls] ?? null, clause: '表8', ...prov });
    }
  }
  rows.push({ kind: 'wbgt_adjustment', addDegC: 1, condition: rawPhysical.heatWBGT_degC.adjustment, clause: '§10.2.2', ...prov });
  for (const cls of LABOUR_INTENSITY_CLASSES) {
    const b = labourBounds(rawPhysical.heatWBGT_degC.laborIntensityIndex[cls]);
    rows.push({ kind: 'labour_intensity', labourIntensityClass: cls, minIndexExclusive: b.min, maxIndex: b.max, clause: '表13', ...prov });
  }
  return rows;
}

/** GBZ 2.2-2007 rows for noise (§11.2.1, 表10), heat (表8, §10.2.2) and labour intensity (表13). */
export const gbz22PhysicalPack: RulePack<Gbz22PhysicalRow> = {
  id: 'gbz2.2-physical',
  name: 'GBZ 2.2 物理因素职业接触限值 (噪声、高温)',
  editions: [{ edition: gbz22Edition2007, rows: buildPhysicalRows(), officialRowCount: null }],
};

/** GBZ 188-2014 职业健康监护技术规范: issued 2014-05-14, effective 2014-10-01 (gbz188.json `_meta`). */
export const gbz188Edition2014: Edition = {
  standard: 'GBZ 188',
  edition: '2014',
  title: '职业健康监护技术规范',
  effectiveFrom: '2014-10-01',
  effectiveTo: '2026-08-01',
  source: 'shared/reference/gbz188.json',
};

/** GBZ 188-2025: issued 2025-08-20, effective 2026-08-01 (gbz188.json `edition2025`; official notice not seen). */
export const gbz188Edition2025: Edition = {
  standard: 'GBZ 188',
  edition: '2025',
  title: '职业健康监护技术规范',
  effectiveFrom: '2026-08-01',
  effectiveTo: null,
  source: 'shared/reference/gbz188.json edition2025',
};

/**
 * The 80 dB(A) action level: GBZ 188 §7.1 (噪声, 在岗期间) sets hearing surveillance every 2 years
 * for 80 ≤ L_EX,8h < 85 dB(A) and yearly from 85 dB(A). Same rule in both editions; neither row is
 * a verified transcription (2014: page quote; 2025: third-party transcription), so `verified: false`.
 */
export const noiseActionLevelPack: RulePack<NoiseActionLevelRow> = {
  id: 'gbz188-noise-action-level',
  name: '噪声作业健康监护起点 (80 dB(A))',
  editions: [
    {
      edition: gbz188Edition2014,
      rows: [
        {
          actionLevelDbA: 80,
          rule: '作业场所噪声8h等效声级≥85dB：1年1次；≥80dB且<85dB：2年1次',
          clause: '§7.1',
          verified: false,
          source: 'gbz188.json factors[噪声].onDuty.period: g230.com/index.php/694827448522369644.html quoting GBZ 188-2014',
          confidence: 'high',
        },
      ],
      officialRowCount: null,
    },
    {
      edition: gbz188Edition2025,
      rows: [
        {
          actionLevelDbA: 80,
          rule: '噪声暴露LAeq,8h≥85 dB：1年；80 dB≤LAeq,8h<85 dB：2年',
          clause: '§7.1',
          verified: false,
          source: 'gbz188.json edition2025.sections[7.1]: ileon520/zhiyebing GBZ188_2025.txt @ a7471593c09fbc36a33b15f0d6f4fde022105474',
          confidence: 'medium',
        },
      ],
      officialRowCount: null,
    },
  ],
};
