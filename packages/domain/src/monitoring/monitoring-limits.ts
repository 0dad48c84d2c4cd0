import { type DustFraction } from '../exposure/dust-exposure.calculator.ts';
/**
 * What an online-monitoring device (在线监测) is judged against: the 8-hour limit of its factor and
 * the action level, by the edition in force on the date of the reading.
 *
 * - Dust: PC-TWA of GBZ 2.1-2019 表2 (total or respirable fraction, as the device measures).
 * - Chemical: PC-TWA of GBZ 2.1-2019 表1; its PC-STEL (when set) is reported for the 15-minute
 *   average but not alerted on here (a sensor's 15-minute mean is not a C_STE sample).
 * - Noise: L_EX,8h 85 dB(A) of GBZ 2.2-2007 §11.2.1 (exceeds when > 85).
 *
 * Action level:
 * - dust and chemicals: half the OEL — GBZ 2.1-2019 §6.5.1 classifies exposure above 50 % of the
 *   OEL as level Ⅲ “显著接触，需采取行动” (oels.json, confidence high, not verified: `verified: false`);
 * - noise: 80 dB(A) — GBZ 188 §7.1 starts hearing surveillance at L_EX,8h ≥ 80 dB(A)
 *   (`noiseActionLevelPack`, not verified).
 */
import { cite, editionOn, outcome, type Provenance } from '../rules/rule-pack.ts';
import { ruleUnavailable, type ExposureRuleUnavailable } from '../exposure/exposure-results.ts';
import { lookupOelFactor } from '../exposure/oel-factor.lookup.ts';
import { gbz21ChemicalPack, gbz21DustPack, gbz21Edition2019 } from '../exposure/oel.rule-pack.ts';
import { gbz22Edition2007, gbz22PhysicalPack, noiseActionLevelPack, type NoiseLimitRow } from '../exposure/physical.rule-pack.ts';
import type { FieldIssue } from '../errors/errors.ts';

/** What a device measures. */
export const MONITORING_FACTOR_KINDS = ['dust', 'noise', 'chemical'] as const;
export type MonitoringFactorKind = (typeof MONITORING_FACTOR_KINDS)[number];

/** The one unit each kind of device reports in (shared/reference conventions: mg/m³, dB(A)). */
export const MONITORING_UNITS = { dust: 'mg/m³', chemical: 'mg/m³', noise: 'dB(A)' } as const satisfies Record<MonitoringFactorKind, string>;
export type MonitoringUnit = (typeof MONITORING_UNITS)[MonitoringFactorKind];


/** The catalogue name a noise device must carry (职业病危害因素分类目录 2015, 物理因素). */
export const NOISE_FACTOR_NAME = '噪声';

/** Share of the OEL from which a dust or chemical level is “显著接触” (GBZ 2.1-2019 §6.5.1, level Ⅲ: > 50 %). */
export const OEL_ACTION_FRACTION = 0.5;

const ACTION_LEVEL_OEL_CLAUSE = '§6.5.1 (表5 Ⅲ级: >50% OEL)';

/** Limits one device is judged against on a date. */
export interface MonitoringLimits {
  status: 'ok';
  factorKind: MonitoringFactorKind;
  /** Printed name of the limit row (`电焊烟尘`, `苯`, `噪声`). */
  factor: string;
  unit: MonitoringUnit;
  /** The rolling 8-hour quantity: C_TWA (dust, chemical) or L_EX,8h (noise). */
  metric: 'TWA8h' | 'LEX8h';
  /** The OEL: PC-TWA (mg/m³) or 85 dB(A). The limit is crossed when the value is above it. */
  limit: number;
  /** Half the PC-TWA, or 80 dB(A). Crossed when above it (noise: when at or above it). */
  actionLevel: number;
  /** PC-STEL for chemicals that have one (shown beside the 15-minute average), else null. */
  stel: number | null;
  /** Citation of the limit and of the action level. */
  citation: string;
  /** True only if every row used is verified (the action-level rows never are). */
  verified: boolean;
}

export interface MonitoringFactorInput {
  factorKind: MonitoringFactorKind;
  /** Catalogue / GBZ 2.1 printed name or CAS number; `噪声` for noise. */
  factorName: string;
  /** Dust devices only: which fraction the sensor reports (default total dust). */
  dustFraction?: DustFraction | null;
  /** YYYY-MM-DD: the limits in force on that date. */
  date: string;
}

export type MonitoringLimitsOutcome = MonitoringLimits | ExposureRuleUnavailable | { status: 'invalid'; issues: FieldIssue[] };

function invalid(path: string, code: string, message: string): { status: 'invalid'; issues: FieldIssue[] } {
  return { status: 'invalid', issues: [{ path, code, message }] };
}

/**
 * The limit and action level for a device's factor on a date. `invalid` when the name does not
 * fit the kind (a chemical name on a dust device, anything but 噪声 on a noise device) or matches
 * several rows (e.g. 矽尘 without its SiO₂ band: register the printed band name instead);
 * `rule_unavailable` when no edition is in force or the limit is not in the data.
 */
export function monitoringLimits(input: MonitoringFactorInput): MonitoringLimitsOutcome {
  const { factorKind, date } = input;
  const name = input.factorName.trim();
  if (factorKind === 'noise') {
    if (name !== NOISE_FACTOR_NAME) return invalid('factorName', 'monitoring.factor_kind_mismatch', `a noise device measures ${NOISE_FACTOR_NAME}, not ${name}`);
    const physical = editionOn(gbz22PhysicalPack, date);
    const limitRow = physical?.rows.find((r): r is NoiseLimitRow & Provenance => r.kind === 'noise_limit' && r.metric === 'LEX,8h');
    const action = editionOn(noiseActionLevelPack, date);
    const actionRow = action?.rows[0];
    if (!limitRow || !action || !actionRow) {
      return ruleUnavailable('no_edition_in_force', `no noise limit is loaded for ${date}`, cite(gbz22Edition2007, '§11.2.1'));
    }
    return {
      status: 'ok',
      factorKind,
      factor: NOISE_FACTOR_NAME,
      unit: MONITORING_UNITS.noise,
      metric: 'LEX8h',
      limit: limitRow.limitDbA,
      actionLevel: actionRow.actionLevelDbA,
      stel: null,
      ...outcome([cite(gbz22Edition2007, limitRow.clause), cite(action.edition, actionRow.clause)], [limitRow, actionRow]),
    };
  }
  if (name === '') return invalid('factorName', 'monitoring.factor_required', 'name the hazard factor the device measures');
  const match = lookupOelFactor(name);
  if (match.status === 'ambiguous') {
    return invalid('factorName', 'monitoring.factor_ambiguous', `${name} matches several limit rows: ${match.candidates.join('、')}`);
  }
  if (match.status === 'unknown') return invalid('factorName', 'monitoring.factor_unknown', `${name} has no limit row in GBZ 2.1-2019 as loaded`);
  if (match.kind !== factorKind) {
    return invalid('factorName', 'monitoring.factor_kind_mismatch', `${match.row.name} is a ${match.kind === 'dust' ? 'dust (表2)' : 'chemical (表1)'}, not a ${factorKind}`);
  }
  const inForce = factorKind === 'dust' ? editionOn(gbz21DustPack, date) !== null : editionOn(gbz21ChemicalPack, date) !== null;
  if (!inForce) {
    return ruleUnavailable('no_edition_in_force', `GBZ 2.1-2019 takes effect on ${gbz21Edition2019.effectiveFrom}; nothing is loaded for ${date}`, cite(gbz21Edition2019));
  }
  const actionCitation = cite(gbz21Edition2019, ACTION_LEVEL_OEL_CLAUSE);
  // The §6.5.1 table is not a verified transcription: any result using it is unverified.
  const actionProvenance: Provenance = { verified: false };
  if (match.kind === 'dust') {
    const fraction = input.dustFraction ?? 'total';
    const limit = fraction === 'total' ? match.row.pcTwaTotalDust : match.row.pcTwaRespirableDust;
    const clause = match.row.tableSeq === null ? '表2' : `表2 序号${match.row.tableSeq}`;
    if (limit === null) {
      return ruleUnavailable('limit_not_available', `GBZ 2.1-2019 表2 as loaded gives no ${fraction} dust PC-TWA for ${match.row.name}`, cite(gbz21Edition2019, clause));
    }
    return {
      status: 'ok',
      factorKind,
      factor: match.row.name,
      unit: MONITORING_UNITS.dust,
      metric: 'TWA8h',
      limit,
      actionLevel: limit * OEL_ACTION_FRACTION,
      stel: null,
      ...outcome([cite(gbz21Edition2019, clause), actionCitation], [match.row, actionProvenance]),
    };
  }
  const row = match.row;
  const clause = row.tableSeq === null ? '表1' : `表1 序号${row.tableSeq}`;
  if (row.unit !== MONITORING_UNITS.chemical) {
    return invalid('factorName', 'monitoring.unit_mismatch', `${row.name} is limited in ${row.unit}, not ${MONITORING_UNITS.chemical}`);
  }
  if (row.pcTwa === null) {
    return ruleUnavailable('limit_not_available', `${row.name} has no PC-TWA in GBZ 2.1-2019 表1 as loaded (MAC-only factors are not monitored as 8-hour averages)`, cite(gbz21Edition2019, clause));
  }
  return {
    status: 'ok',
    factorKind,
    factor: row.name,
    unit: MONITORING_UNITS.chemical,
    metric: 'TWA8h',
    limit: row.pcTwa,
    actionLevel: row.pcTwa * OEL_ACTION_FRACTION,
    stel: row.pcStel,
    ...outcome([cite(gbz21Edition2019, clause), actionCitation], [row, actionProvenance]),
  };
}

export interface MonitoringDeviceInput {
  code: string;
  factorKind: MonitoringFactorKind;
  factorName: string;
  unit: string;
  dustFraction?: DustFraction | null;
  location?: string | null;
}

/** Device codes: letters, digits, `-`, `_`, `.`, 3–64 characters (they travel in the ingestion body). */
const DEVICE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;

/**
 * Checks a device registration: code shape, the unit fixed by the kind (mg/m³ for dust and
 * chemicals, dB(A) for noise), a dust fraction only on dust devices, and a factor that has a limit
 * on `date`. Returns the field issues (empty when fine) and the limits when resolved.
 */
export function validateMonitoringDevice(input: MonitoringDeviceInput, date: string): { issues: FieldIssue[]; limits: MonitoringLimits | null } {
  const issues: FieldIssue[] = [];
  if (!DEVICE_CODE.test(input.code)) issues.push({ path: 'code', code: 'monitoring.device_code_format', message: '设备编号为 3–64 位字母、数字或 . _ -' });
  const expected = MONITORING_UNITS[input.factorKind];
  if (input.unit !== expected) issues.push({ path: 'unit', code: 'monitoring.unit_mismatch', message: `${input.factorKind} devices report in ${expected}, not ${input.unit}` });
  if (input.factorKind !== 'dust' && input.dustFraction) issues.push({ path: 'dustFraction', code: 'monitoring.dust_fraction_not_applicable', message: 'only dust devices have a dust fraction' });
  const limits = monitoringLimits({ factorKind: input.factorKind, factorName: input.factorName, dustFraction: input.dustFraction ?? null, date });
  if (limits.status === 'invalid') issues.push(...limits.issues);
  else if (limits.status === 'rule_unavailable') issues.push({ path: 'factorName', code: 'monitoring.limit_unavailable', message: limits.message });
  return { issues, limits: limits.status === 'ok' ? limits : null };
}
