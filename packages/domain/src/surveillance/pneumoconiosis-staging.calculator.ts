import { type FieldIssue, errors } from '../errors/errors.ts';
import { type Provenance, type RuleOutcome, type RulePack, cite, outcome } from '../rules/rule-pack.ts';
import { GBZ188_2025, GBZ70_2015 } from './editions.ts';

/**
 * Pneumoconiosis staging from the chest-film reading (GBZ 70-2015 职业性尘肺病的诊断 §5), as a
 * decision-support suggestion: the diagnosis itself is made by a diagnosis institution from the
 * exposure history, the films and the exclusion of other diseases (GBZ 70 诊断原则).
 *
 * Terms (GBZ 70, from memory; the definitions are not in shared/reference):
 * - six lung zones (上/中/下 × 左/右); each zone's small-opacity profusion on the 12-point ILO
 *   scale 0/- … 3/+; the major category is the first digit;
 * - 总体密集度 (overall profusion): the highest major category over the six zones;
 * - 分布范围 (distribution): the number of zones with profusion of category 1 (1/0) or above;
 * - 大阴影 (large opacity): an opacity whose longest diameter exceeds 10 mm.
 *
 * Reading of the criteria: "总体密集度 n 级" is read as "at least n" when a stronger film does not
 * meet the next stage (e.g. overall 2 over three zones is stage I), and "达到 k 个肺区" as ≥ k,
 * "超过 4 个肺区" as > 4.
 */

export const LUNG_ZONES = ['rightUpper', 'rightMiddle', 'rightLower', 'leftUpper', 'leftMiddle', 'leftLower'] as const;
export type LungZone = (typeof LUNG_ZONES)[number];

/** ILO 12-point profusion scale used by GBZ 70. */
export const PNEUMOCONIOSIS_PROFUSIONS = ['0/-', '0/0', '0/1', '1/0', '1/1', '1/2', '2/1', '2/2', '2/3', '3/2', '3/3', '3/+'] as const;
export type SmallOpacityProfusion = (typeof PNEUMOCONIOSIS_PROFUSIONS)[number];

export interface LargeOpacity {
  /** Longest diameter, mm (> 10 mm by definition). */
  longMm: number;
  /** Diameter perpendicular to it, mm. */
  shortMm: number;
}

export interface PleuralPlaqueFindings {
  present: boolean;
  /** 胸膜斑已累及部分心缘或膈面 (stage II asbestos criteria). */
  involvesCardiacBorderOrDiaphragm?: boolean;
  /** 单个或两侧多个胸膜斑长度之和超过单侧胸壁长度的二分之一，或累及心缘使其部分显示蓬乱 (stage III asbestos criterion). */
  extensiveOrShaggyCardiacBorder?: boolean;
}

export interface PneumoconiosisStagingInput {
  /** SmallOpacityProfusion of small opacities per lung zone. */
  zones: Record<LungZone, SmallOpacityProfusion>;
  largeOpacities?: LargeOpacity[];
  /** 小阴影聚集 (local clustering of small opacities short of a large opacity). */
  smallOpacityAggregation?: boolean;
  /** The worker was exposed to asbestos dust: enables the pleural-plaque criteria. */
  asbestosExposure?: boolean;
  pleuralPlaques?: PleuralPlaqueFindings;
}

export type PneumoconiosisStage = 0 | 1 | 2 | 3;

export interface PneumoconiosisStagingCriterion extends Provenance {
  id: string;
  stage: 1 | 2 | 3;
  /** Clause of GBZ 70-2015, e.g. `§5.3 a)`. */
  clause: string;
  asbestosOnly: boolean;
  /** The criterion's wording. */
  text: string;
}

export interface PneumoconiosisStagingResult extends RuleOutcome {
  /** 0 = does not meet stage I (未达壹期); 1–3 = 壹期/贰期/叁期. */
  stage: PneumoconiosisStage;
  stageLabel: '未达尘肺壹期' | '尘肺壹期' | '尘肺贰期' | '尘肺叁期';
  overallProfusion: 0 | 1 | 2 | 3;
  /** Zones with profusion ≥ 1/0. */
  distributionZones: number;
  /** Zones with profusion ≥ 0/1. */
  zonesAtLeast01: number;
  largestOpacity: LargeOpacity | null;
  /** Every criterion the film meets, highest stage first. */
  matchedCriteria: PneumoconiosisStagingCriterion[];
  /** How the stage was reached, step by step. */
  rulePath: string[];
  /**
   * GBZ 188-2025 §6.1.2.3 b): small opacities ≥ 0/1 in at least 2 zones or ≥ 1 in one zone, without a
   * stage → yearly chest film for 5 years.
   */
  surveillanceObservation: boolean;
  decisionSupportOnly: true;
}

const SOURCE_2009 = 'GBZ 70-2009 wording quoted at job.xctmr.com/archiver/?tid-9682.html; 2015 clause layout from memory';

/** GBZ 70-2015 §5 staging criteria. `verified: false`: no transcription of the 2015 text was found. */
export const GBZ70_STAGING_CRITERIA: readonly PneumoconiosisStagingCriterion[] = [
  { id: 'III_a', stage: 3, clause: '§5.3 a)', asbestosOnly: false, text: '有大阴影出现，其长径不小于20 mm，短径不小于10 mm', verified: false, source: SOURCE_2009 },
  { id: 'III_b', stage: 3, clause: '§5.3 b)', asbestosOnly: false, text: '有总体密集度3级的小阴影，分布范围超过4个肺区并有小阴影聚集', verified: false, source: SOURCE_2009 },
  { id: 'III_c', stage: 3, clause: '§5.3 c)', asbestosOnly: false, text: '有总体密集度3级的小阴影，分布范围超过4个肺区并有大阴影', verified: false, source: SOURCE_2009 },
  {
    id: 'III_d',
    stage: 3,
    clause: '§5.3 d)',
    asbestosOnly: true,
    text: '接触石棉粉尘，有总体密集度3级的小阴影，分布范围超过4个肺区，同时单个或两侧多个胸膜斑长度之和超过单侧胸壁长度的二分之一或累及心缘使其部分显示蓬乱',
    verified: false,
    source: SOURCE_2009,
  },
  { id: 'II_a', stage: 2, clause: '§5.2 a)', asbestosOnly: false, text: '有总体密集度2级的小阴影，分布范围超过4个肺区', verified: false, source: SOURCE_2009 },
  { id: 'II_b', stage: 2, clause: '§5.2 b)', asbestosOnly: false, text: '有总体密集度3级的小阴影，分布范围达到4个肺区', verified: false, source: SOURCE_2009 },
  {
    id: 'II_c',
    stage: 2,
    clause: '§5.2 c)',
    asbestosOnly: true,
    text: '接触石棉粉尘，有总体密集度1级的小阴影，分布范围超过4个肺区，同时出现胸膜斑并已累及部分心缘或膈面',
    verified: false,
    source: SOURCE_2009,
  },
  {
    id: 'II_d',
    stage: 2,
    clause: '§5.2 d)',
    asbestosOnly: true,
    text: '接触石棉粉尘，有总体密集度2级的小阴影，分布范围达到4个肺区，同时出现胸膜斑并已累及部分心缘或膈面',
    verified: false,
    source: SOURCE_2009,
  },
  { id: 'I_a', stage: 1, clause: '§5.1 a)', asbestosOnly: false, text: '有总体密集度1级的小阴影，分布范围至少达到2个肺区', verified: false, source: SOURCE_2009 },
  {
    id: 'I_b',
    stage: 1,
    clause: '§5.1 b)',
    asbestosOnly: true,
    text: '接触石棉粉尘，有总体密集度1级的小阴影，分布范围只有1个肺区，同时出现胸膜斑',
    verified: false,
    source: SOURCE_2009,
  },
  {
    id: 'I_c',
    stage: 1,
    clause: '§5.1 c)',
    asbestosOnly: true,
    text: '接触石棉粉尘，小阴影总体密集度为0，但至少有两个肺区小阴影密集度为0/1，同时出现胸膜斑',
    verified: false,
    source: SOURCE_2009,
  },
];

/** GBZ 70-2015 staging criteria as a rule pack (11 criteria in §5.1–5.3). */
export const gbz70StagingRulePack: RulePack<PneumoconiosisStagingCriterion> = {
  id: 'gbz70-staging',
  name: 'GBZ 70-2015 尘肺病诊断分期 (X射线胸片表现)',
  editions: [{ edition: GBZ70_2015, rows: GBZ70_STAGING_CRITERIA, officialRowCount: 11 }],
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Field-level problems with a staging request (empty when valid). */
export function pneumoconiosisStagingInputIssues(input: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, code: string, message: string) => issues.push({ path, code, message });
  if (!isRecord(input)) {
    add('', 'staging.body_invalid', 'The request must be an object');
    return issues;
  }
  const zones = input.zones;
  if (!isRecord(zones)) {
    add('zones', 'staging.zones_required', `zones must give a profusion for ${LUNG_ZONES.join(', ')}`);
  } else {
    for (const z of LUNG_ZONES) {
      const p = zones[z];
      if (typeof p !== 'string' || !(PNEUMOCONIOSIS_PROFUSIONS as readonly string[]).includes(p)) {
        add(`zones.${z}`, 'staging.profusion_invalid', `zones.${z} must be one of ${PNEUMOCONIOSIS_PROFUSIONS.join(' ')}`);
      }
    }
  }
  if (input.largeOpacities !== undefined) {
    if (!Array.isArray(input.largeOpacities)) add('largeOpacities', 'staging.large_opacities_invalid', 'largeOpacities must be a list');
    else
      input.largeOpacities.forEach((o: unknown, i) => {
        if (!isRecord(o) || typeof o.longMm !== 'number' || typeof o.shortMm !== 'number' || !Number.isFinite(o.longMm) || !Number.isFinite(o.shortMm)) {
          add(`largeOpacities.${i}`, 'staging.large_opacity_invalid', 'A large opacity needs longMm and shortMm in mm');
        } else if (o.shortMm <= 0 || o.shortMm > o.longMm) {
          add(`largeOpacities.${i}.shortMm`, 'staging.large_opacity_invalid', 'shortMm must be > 0 and not exceed longMm');
        } else if (o.longMm <= 10) {
          add(`largeOpacities.${i}.longMm`, 'staging.large_opacity_too_small', 'A large opacity (大阴影) is longer than 10 mm; record smaller opacities as small-opacity profusion');
        }
      });
  }
  for (const f of ['smallOpacityAggregation', 'asbestosExposure'] as const) {
    if (input[f] !== undefined && typeof input[f] !== 'boolean') add(f, 'staging.flag_invalid', `${f} must be true or false`);
  }
  const pp = input.pleuralPlaques;
  if (pp !== undefined) {
    if (!isRecord(pp) || typeof pp.present !== 'boolean') add('pleuralPlaques.present', 'staging.flag_invalid', 'pleuralPlaques.present must be true or false');
    else
      for (const f of ['involvesCardiacBorderOrDiaphragm', 'extensiveOrShaggyCardiacBorder'] as const) {
        if (pp[f] !== undefined && typeof pp[f] !== 'boolean') add(`pleuralPlaques.${f}`, 'staging.flag_invalid', `pleuralPlaques.${f} must be true or false`);
      }
  }
  return issues;
}

const major = (p: SmallOpacityProfusion): 0 | 1 | 2 | 3 => Number(p.charAt(0)) as 0 | 1 | 2 | 3;
const rank = (p: SmallOpacityProfusion): number => PNEUMOCONIOSIS_PROFUSIONS.indexOf(p);
const LABEL: Record<PneumoconiosisStage, PneumoconiosisStagingResult['stageLabel']> = { 0: '未达尘肺壹期', 1: '尘肺壹期', 2: '尘肺贰期', 3: '尘肺叁期' };

/**
 * Suggested pneumoconiosis stage from a chest-film reading (GBZ 70-2015 §5.1 尘肺壹期, §5.2 贰期,
 * §5.3 叁期, including the asbestos pleural-plaque criteria §5.1 b)–c), §5.2 c)–d), §5.3 d)), with
 * every matched criterion and the rule path. Also flags the GBZ 188-2025 §6.1.2.3 b) observation
 * status (yearly chest film for 5 years) for films below stage I.
 *
 * Decision support only (`decisionSupportOnly: true`); `verified` is false because the 2015 text
 * was not found in a public transcription (criteria restated from GBZ 70-2009 and memory).
 *
 * @throws OhnetError `validation.failed` (422) listing every bad field.
 */
export function pneumoconiosisStaging(input: PneumoconiosisStagingInput): PneumoconiosisStagingResult {
  const issues = pneumoconiosisStagingInputIssues(input);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid staging request');

  const profusions = LUNG_ZONES.map((z) => input.zones[z]);
  const overall = Math.max(...profusions.map(major)) as 0 | 1 | 2 | 3;
  const distribution = profusions.filter((p) => major(p) >= 1).length;
  const atLeast01 = profusions.filter((p) => rank(p) >= rank('0/1')).length;
  const large = [...(input.largeOpacities ?? [])].sort((a, b) => b.longMm - a.longMm || b.shortMm - a.shortMm);
  const hasLarge = large.length > 0;
  const hasStageIIILarge = large.some((o) => o.longMm >= 20 && o.shortMm >= 10);
  const aggregation = input.smallOpacityAggregation === true;
  const asbestos = input.asbestosExposure === true;
  const plaques = input.pleuralPlaques;
  const plaquePresent = asbestos && plaques?.present === true;
  const plaqueBorder = plaquePresent && plaques?.involvesCardiacBorderOrDiaphragm === true;
  const plaqueExtensive = plaquePresent && plaques?.extensiveOrShaggyCardiacBorder === true;

  const meets: Record<string, boolean> = {
    III_a: hasStageIIILarge,
    III_b: overall === 3 && distribution > 4 && aggregation,
    III_c: overall === 3 && distribution > 4 && hasLarge,
    III_d: overall === 3 && distribution > 4 && plaqueExtensive,
    II_a: overall >= 2 && distribution > 4,
    II_b: overall === 3 && distribution >= 4,
    II_c: overall >= 1 && distribution > 4 && plaqueBorder,
    II_d: overall >= 2 && distribution >= 4 && plaqueBorder,
    I_a: overall >= 1 && distribution >= 2,
    I_b: overall >= 1 && distribution >= 1 && plaquePresent,
    I_c: overall === 0 && atLeast01 >= 2 && plaquePresent,
  };
  const matched = GBZ70_STAGING_CRITERIA.filter((c) => meets[c.id] === true);
  const stage = (matched[0]?.stage ?? 0) as PneumoconiosisStage;

  const rulePath = [
    `Zone profusions: ${LUNG_ZONES.map((z) => `${z} ${input.zones[z]}`).join(', ')}`,
    `总体密集度 (overall profusion) = ${overall}; 分布范围 (zones ≥ 1/0) = ${distribution}; zones ≥ 0/1 = ${atLeast01}`,
    hasLarge ? `Largest large opacity ${large[0]!.longMm} × ${large[0]!.shortMm} mm` : 'No large opacity',
    `小阴影聚集: ${aggregation ? 'yes' : 'no'}; asbestos exposure: ${asbestos ? 'yes' : 'no'}${asbestos ? `; pleural plaques: ${plaques?.present ? 'yes' : 'no'}` : ''}`,
  ];
  if (!asbestos && plaques?.present) rulePath.push('Pleural plaques ignored: the plaque criteria apply only to asbestos exposure');
  rulePath.push(
    matched.length > 0
      ? `Matched: ${matched.map((c) => `${c.clause} (stage ${c.stage})`).join(', ')} → ${LABEL[stage]}`
      : 'No stage criterion met → 未达尘肺壹期',
  );
  const surveillanceObservation = stage === 0 && (atLeast01 >= 2 || distribution >= 1);
  if (surveillanceObservation) rulePath.push('GBZ 188-2025 §6.1.2.3 b): observe with a yearly chest film for 5 years');

  const citations = matched.length > 0 ? matched.map((c) => cite(GBZ70_2015, c.clause)) : [cite(GBZ70_2015, '§5')];
  if (surveillanceObservation) citations.push(cite(GBZ188_2025, '§6.1.2.3 b)'));
  return {
    stage,
    stageLabel: LABEL[stage],
    overallProfusion: overall,
    distributionZones: distribution,
    zonesAtLeast01: atLeast01,
    largestOpacity: large[0] ?? null,
    matchedCriteria: matched,
    rulePath,
    surveillanceObservation,
    decisionSupportOnly: true,
    ...outcome(citations, matched.length > 0 ? matched : GBZ70_STAGING_CRITERIA),
  };
}
