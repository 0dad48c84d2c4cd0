/**
 * GBZ 188 health-check periods (健康检查周期) as evaluable data.
 *
 * Each rule restates, branch by branch, the period text of one section in data/gbz188.json (the
 * `text` of every branch is the data's wording, so a reviewer can compare them side by side).
 * Branches are tried in order; the first whose condition holds gives the period. A branch whose
 * condition needs an input that was not given makes the period undetermined (the exam plan then
 * lists the options instead of guessing). Texts whose levels are missing in the source are kept
 * as `unresolvable` branches: they are shown, never evaluated.
 */

/** GBZ/T 229 作业分级 grade: 0 相对无害, 1 轻度危害 (Ⅰ级), 2 中度危害 (Ⅱ级), 3 重度危害 (Ⅲ级). */
export type Gbz188WorkGrade = 0 | 1 | 2 | 3;

export type Gbz188DriverClass = 'large_or_commercial' | 'small_non_commercial';

/** Inputs a period rule may depend on. */
export interface Gbz188PeriodContext {
  /** Noise exposure L_EX,8h / L_Aeq,8h in dB(A). */
  noiseLevel?: number;
  /** 生产性粉尘作业分级 (GBZ/T 229.1). */
  dustGrade?: Gbz188WorkGrade;
  /** 有毒作业分级 (GBZ/T 229.2). */
  toxicGrade?: Gbz188WorkGrade;
  /**
   * Chest film shows pneumoconiosis-like small opacities with profusion ≥ 0/1 in at least 2 zones
   * or ≥ 1 in one zone (GBZ 188-2025 §6.1.2.3 b); 2014: 观察对象). Absent means false.
   */
  smallOpacityObservation?: boolean;
  /** Blood lead, μg/L. */
  bloodLeadUgPerL?: number;
  /** Urine lead, μg/L (used when blood lead is not given). */
  urineLeadUgPerL?: number;
  /** Years since the worker first started this exposure (formaldehyde, organic dust). */
  yearsSinceFirstExposure?: number;
  /** Driver class of GBZ 188-2025 §9.4.1 (大型车及营运性 / 小型车及非营运性). */
  driverClass?: Gbz188DriverClass;
}

export type Gbz188PeriodCondition =
  | { kind: 'always' }
  /** min inclusive, max exclusive, dB(A). */
  | { kind: 'noise'; min?: number; max?: number }
  /** Inclusive grade bounds. */
  | { kind: 'dustGrade'; min?: Gbz188WorkGrade; max?: Gbz188WorkGrade }
  | { kind: 'toxicGrade'; min?: Gbz188WorkGrade; max?: Gbz188WorkGrade }
  | { kind: 'smallOpacityObservation' }
  /** Blood lead [bloodMin, bloodMax] or, without blood lead, urine lead [urineMin, urineMax]; bounds inclusive, `Max` exclusive when `maxExclusive`. */
  | { kind: 'lead'; bloodMin?: number; bloodMax?: number; urineMin?: number; urineMax?: number; maxExclusive?: boolean }
  /** min inclusive, max exclusive, years. */
  | { kind: 'yearsSinceFirstExposure'; min?: number; max?: number }
  | { kind: 'driverClass'; value: Gbz188DriverClass }
  /** The source lost the levels this branch depends on. */
  | { kind: 'unresolvable'; reason: string };

export interface Gbz188PeriodBranch {
  id: string;
  when: Gbz188PeriodCondition;
  /** Period in months; for a range (e.g. 2–3 years) the shorter end. */
  months: number | null;
  /** When the standard gives a range, e.g. [24, 36]. */
  rangeMonths?: [number, number];
  /** What the period applies to when it is not the full exam (e.g. `复查血铅或尿铅`). */
  scope?: string;
  /** For how many years this branch applies before the next one takes over (e.g. observation: 5). */
  forYears?: number;
  /** The data's wording. */
  text: string;
}

/** A period that runs alongside the main one for part of the exam (e.g. 肝功能 every 6 months). */
export interface Gbz188SupplementaryPeriod {
  scope: string;
  months: number | null;
  text: string;
}

export interface Gbz188PeriodRule {
  branches: Gbz188PeriodBranch[];
  supplementary?: Gbz188SupplementaryPeriod[];
  /** Timing notes that do not change the interval (e.g. heat: before the hot season). */
  note?: string;
}

const always: Gbz188PeriodCondition = { kind: 'always' };
const yearly = (text: string): Gbz188PeriodRule => ({ branches: [{ id: 'fixed', when: always, months: 12, text }] });
const every = (months: number, text: string): Gbz188PeriodRule => ({ branches: [{ id: 'fixed', when: always, months, text }] });
const unresolvable = (text: string, reason: string): Gbz188PeriodBranch => ({ id: 'unresolvable', when: { kind: 'unresolvable', reason }, months: null, text });

/** GBZ 188-2025 §x.y.2.3 periods, keyed by factor key. Source: data `edition2025.sections[].onDuty.period`. */
export const GBZ188_PERIODS_2025: Readonly<Record<string, Gbz188PeriodRule>> = {
  铅及其无机化合物: {
    branches: [
      {
        id: 'lead_400_600',
        when: { kind: 'lead', bloodMin: 400, bloodMax: 600, urineMin: 70, urineMax: 120 },
        months: 3,
        scope: '复查血铅或尿铅',
        text: '血铅1.9–2.9 μmol/L（400–600 μg/L）或尿铅0.34–0.58 μmol/L（70–120 μg/L）：每3个月复查血铅或尿铅',
      },
      {
        id: 'lead_below_400',
        when: { kind: 'lead', bloodMax: 400, urineMax: 70, maxExclusive: true },
        months: 12,
        text: '血铅<1.9 μmol/L（400 μg/L）或尿铅<0.34 μmol/L（70 μg/L）：1年',
      },
    ],
  },
  汞及其无机化合物: {
    branches: [
      { id: 'toxic_grade_2_plus', when: { kind: 'toxicGrade', min: 2 }, months: 12, text: '有毒作业分级（GBZ/T 229.2）Ⅱ级及以上：1年' },
      { id: 'toxic_grade_1_or_below', when: { kind: 'toxicGrade', max: 1 }, months: 24, text: 'Ⅰ级及以下：2年' },
    ],
  },
  锰及其无机化合物: yearly('1年'),
  镉及其无机化合物: yearly('1年'),
  铬及其无机化合物: yearly('1年'),
  磷及其无机化合物: {
    branches: [{ id: 'fixed', when: always, months: 12, text: '健康检查：1年' }],
    supplementary: [{ scope: '肝功能', months: 6, text: '肝功能：半年' }],
  },
  氟及其无机化合物: yearly('1年'),
  苯: yearly('1年'),
  汽油: yearly('1年'),
  正己烷: yearly('1年'),
  氯气: yearly('1年'),
  二氧化硫: yearly('1年'),
  氮氧化物: yearly('1年'),
  氨: yearly('1年'),
  甲醛: {
    branches: [
      { id: 'first_2_years', when: { kind: 'yearsSinceFirstExposure', max: 2 }, months: 6, text: '初次接触甲醛的前2年：半年' },
      { id: 'after_2_years', when: { kind: 'yearsSinceFirstExposure', min: 2 }, months: 12, text: '2年后：1年' },
    ],
    supplementary: [
      { scope: '鼻及咽部常规检查（在岗期间新发过敏性鼻炎者）', months: 3, text: '在岗期间新发过敏性鼻炎者：鼻及咽部常规检查每3个月1次，连续观察1年后改为1年' },
    ],
  },
  有机氟: yearly('1年'),
  有机磷: {
    branches: [{ id: 'fixed', when: always, months: 36, text: '健康检查：3年' }],
    supplementary: [{ scope: '胆碱酯酶测定', months: 6, text: '胆碱酯酶测定：半年' }],
  },
  酸雾或酸酐: every(24, '2年'),
  '煤焦油、煤焦油沥青、石油沥青': yearly('1年'),
  游离二氧化硅粉尘: {
    branches: [
      {
        id: 'small_opacity_observation',
        when: { kind: 'smallOpacityObservation' },
        months: 12,
        forYears: 5,
        text: '胸片有尘肺样小阴影改变且至少2个肺区小阴影密集度达0/1、或1个肺区达1级：每年1次，连续观察5年；5年内未确诊者按上一条执行',
      },
      { id: 'dust_grade_2_plus', when: { kind: 'dustGrade', min: 2 }, months: 12, text: 'Ⅱ级及以上：1年' },
      { id: 'dust_grade_1_or_below', when: { kind: 'dustGrade', max: 1 }, months: 24, text: '生产性粉尘作业分级（GBZ/T 229.1）Ⅰ级及以下：2年' },
    ],
  },
  煤尘: {
    branches: [
      {
        id: 'small_opacity_observation',
        when: { kind: 'smallOpacityObservation' },
        months: 12,
        forYears: 5,
        text: '胸片有尘肺样小阴影改变且至少2个肺区小阴影密集度达0/1、或1个肺区达1级：每年1次，连续观察5年；5年内未确诊者按上一条执行',
      },
      { id: 'dust_grade_2_plus', when: { kind: 'dustGrade', min: 2 }, months: 24, text: 'Ⅱ级及以上：2年' },
      { id: 'dust_grade_1_or_below', when: { kind: 'dustGrade', max: 1 }, months: 36, text: '生产性粉尘作业分级（GBZ/T 229.1）Ⅰ级及以下：3年' },
    ],
  },
  其他致尘肺病的无机粉尘: {
    branches: [
      {
        id: 'small_opacity_observation',
        when: { kind: 'smallOpacityObservation' },
        months: 12,
        forYears: 5,
        text: '胸片有尘肺样小阴影改变且至少2个肺区小阴影密集度达0/1、或1个肺区达1级：每年1次，连续观察5年；5年内未确诊者按上一条执行',
      },
      { id: 'dust_grade_2_plus', when: { kind: 'dustGrade', min: 2 }, months: 24, rangeMonths: [24, 36], text: 'Ⅱ级及以上：2–3年' },
      { id: 'dust_grade_1_or_below', when: { kind: 'dustGrade', max: 1 }, months: 48, text: '生产性粉尘作业分级（GBZ/T 229.1）Ⅰ级及以下：4年' },
    ],
  },
  有机粉尘: {
    branches: [
      { id: 'first_2_years', when: { kind: 'yearsSinceFirstExposure', max: 2 }, months: 6, text: '开始工作的前2年：半年，连续观察2年' },
      { id: 'dust_grade_2_plus', when: { kind: 'dustGrade', min: 2 }, months: 12, text: 'Ⅱ级及以上：1年' },
      { id: 'dust_grade_1_or_below', when: { kind: 'dustGrade', max: 1 }, months: 24, rangeMonths: [24, 36], text: '生产性粉尘作业分级（GBZ/T 229.1）Ⅰ级及以下：2–3年' },
    ],
    supplementary: [{ scope: '鼻及咽部常规检查（新发过敏性鼻炎者）', months: 3, text: '新发过敏性鼻炎者：鼻及咽部常规检查每3个月1次，连续观察1年' }],
  },
  金属及其化合物粉尘: every(24, '2年'),
  噪声: {
    branches: [
      { id: 'noise_85_plus', when: { kind: 'noise', min: 85 }, months: 12, text: '噪声暴露LAeq,8h≥85 dB：1年' },
      { id: 'noise_80_85', when: { kind: 'noise', min: 80, max: 85 }, months: 24, text: '80 dB≤LAeq,8h<85 dB：2年' },
    ],
  },
  手传振动: every(24, '2年'),
  高温: {
    ...yearly('1年，在每年高温季节到来之前进行；不定期高温作业者在工期内最热月到来之前进行'),
    note: '在每年高温季节到来之前进行；不定期高温作业者在工期内最热月到来之前进行',
  },
  紫外辐射: every(24, '2年'),
  电工作业: every(24, '2年'),
  高处作业: yearly('1年'),
  压力容器作业: every(24, '2年'),
  职业机动车驾驶作业: {
    branches: [
      { id: 'large_or_commercial', when: { kind: 'driverClass', value: 'large_or_commercial' }, months: 12, text: '大型车及营运性职业驾驶员：1年' },
      { id: 'small_non_commercial', when: { kind: 'driverClass', value: 'small_non_commercial' }, months: 24, text: '小型车及非营运性职业驾驶员：2年' },
    ],
  },
  高原作业: yearly('1年'),
};

/**
 * GBZ 188-2014 on-duty periods, keyed by factor key. Sources: data `factors[].onDuty.period` and
 * `onDutyPeriodList2014` (renrendoc.com copy whose grading levels were lost — those branches are
 * `unresolvable`).
 */
export const GBZ188_PERIODS_2014: Readonly<Record<string, Gbz188PeriodRule>> = {
  游离二氧化硅粉尘: {
    branches: [
      { id: 'small_opacity_observation', when: { kind: 'smallOpacityObservation' }, months: 12, forYears: 5, text: '胸片表现为观察对象者：每年1次，连续观察5年，5年内不能确诊者按前述周期执行' },
      { id: 'dust_grade_2_plus', when: { kind: 'dustGrade', min: 2 }, months: 12, text: '生产性粉尘作业分级II级及以上：1年1次' },
      { id: 'dust_grade_1_or_below', when: { kind: 'dustGrade', max: 1 }, months: 24, text: '作业场所粉尘浓度符合标准、生产性粉尘作业分级I级：2年1次' },
    ],
  },
  煤尘: {
    branches: [
      { id: 'small_opacity_observation', when: { kind: 'smallOpacityObservation' }, months: 12, forYears: 5, text: '观察对象：每年1次，连续5年' },
      { id: 'dust_grade_2_plus', when: { kind: 'dustGrade', min: 2 }, months: 24, text: 'II级及以上：2年1次' },
      { id: 'dust_grade_1_or_below', when: { kind: 'dustGrade', max: 1 }, months: 36, text: '生产性粉尘作业分级I级：3年1次' },
    ],
  },
  噪声: {
    branches: [
      { id: 'noise_85_plus', when: { kind: 'noise', min: 85 }, months: 12, text: '作业场所噪声8h等效声级≥85dB：1年1次' },
      { id: 'noise_80_85', when: { kind: 'noise', min: 80, max: 85 }, months: 24, text: '作业场所噪声8h等效声级≥80dB且<85dB：2年1次' },
    ],
  },
  苯: yearly('1年1次'),
  铅及其无机化合物: {
    branches: [
      { id: 'lead_400_600', when: { kind: 'lead', bloodMin: 400, bloodMax: 600, urineMin: 70, urineMax: 120 }, months: 3, scope: '复查血铅或尿铅', text: '血铅400~600μg/L或尿铅70~120μg/L：每3个月复查血铅或尿铅1次' },
      { id: 'lead_below_400', when: { kind: 'lead', bloodMax: 400, urineMax: 70, maxExclusive: true }, months: 12, text: '血铅<400μg/L或尿铅<70μg/L：每年1次' },
    ],
  },
  正己烷: yearly('1年1次'),
  锰及其无机化合物: yearly('1年1次'),
  高温: { ...yearly('1年1次，应在每年高温季节到来之前进行'), note: '应在每年高温季节到来之前进行' },
  手传振动: every(24, '2年1次'),
  一氧化碳: every(36, '3年1次'),
  硫化氢: every(36, '3年1次'),
  // onDutyPeriodList2014 only
  四乙基铅: every(36, '1次/3年'),
  汞及其无机化合物: { branches: [unresolvable('分级较高者1次/年；较低者1次/2年（原文级别缺失）', 'the grading levels are missing in the source copy')] },
  铍及其无机化合物: yearly('1次/年'),
  镉及其无机化合物: yearly('1次/年'),
  铬及其无机化合物: yearly('1次/年'),
  氧化锌: yearly('1次/年'),
  砷: {
    branches: [unresolvable('分级较高者1次/年，较低者1次/2年', 'the grading levels are missing in the source copy')],
    supplementary: [{ scope: '肝功能', months: 6, text: '肝功能1次/半年' }],
  },
  砷化氢: every(36, '1次/3年'),
  磷及其无机化合物: {
    branches: [unresolvable('健康检查（原文显示1次/半年，疑有误）', 'the source copy shows 1次/半年 for the full exam, flagged as a probable error')],
    supplementary: [{ scope: '肝功能', months: 6, text: '肝功能1次/半年' }],
  },
  磷化氢: yearly('1次/年'),
  钡化合物: every(36, '1次/3年'),
  钒及其无机化合物: every(36, '1次/3年'),
  三烷基锡: every(36, '1次/3年'),
  铊及其无机化合物: yearly('1次/年'),
  羰基镍: yearly('1次/年'),
  氟及其无机化合物: yearly('1次/年'),
  二硫化碳: yearly('1次/年'),
  四氯化碳: {
    branches: [{ id: 'fixed', when: always, months: 36, text: '健康检查1次/3年' }],
    supplementary: [{ scope: '肝功能', months: 6, text: '肝功能1次/半年' }],
  },
  甲醇: every(36, '1次/3年'),
  汽油: yearly('1次/年'),
  溴甲烷: every(36, '1次/3年'),
  '1,2-二氯乙烷': every(36, '1次/3年'),
  苯的氨基与硝基化合物: every(36, '1次/3年'),
  三硝基甲苯: {
    branches: [{ id: 'fixed', when: always, months: 12, text: '健康检查1次/年' }],
    supplementary: [{ scope: '肝功能', months: 6, text: '肝功能1次/半年' }],
  },
  联苯胺: yearly('1次/年'),
  氯气: yearly('1次/年'),
  二氧化硫: yearly('1次/年'),
  氮氧化物: yearly('1次/年'),
  氨: yearly('1次/年'),
  光气: every(36, '1次/3年'),
  甲醛: yearly('1次/年'),
  一甲胺: yearly('1次/年'),
  氯乙烯: {
    branches: [unresolvable('分级较高者1次/年，较低者1次/2年', 'the grading levels are missing in the source copy')],
    supplementary: [{ scope: '肝功能', months: 6, text: '肝功能1次/半年' }],
  },
  三氯乙烯: {
    branches: [{ id: 'fixed', when: always, months: 36, text: '健康检查1次/3年' }],
    supplementary: [{ scope: '皮肤科常规检查（上岗后前3个月）', months: null, text: '上岗后前3个月皮肤科常规检查1次/周' }],
  },
  氯丙烯: yearly('1次/年'),
};

/**
 * GBZ 188-2014 离岗后医学随访 (post-employment follow-up), keyed by factor key. Source: data
 * `factors[].postLeaveFollowUp` (memory, unconfirmed).
 */
export const GBZ188_FOLLOW_UP_2014: Readonly<Record<string, Gbz188PeriodRule>> = {
  游离二氧化硅粉尘: {
    branches: [{ id: 'follow_up', when: always, months: 36, text: '随访周期原则上每3年1次' }],
    note: '接尘工龄≤10年：随访10年；接尘工龄>10年：随访21年；接尘工龄≤5年且接触浓度符合国家卫生标准者可不随访',
  },
};

export type Gbz188PeriodEvaluation =
  | { status: 'determined'; branch: Gbz188PeriodBranch }
  | { status: 'undetermined'; missing: string; options: Gbz188PeriodBranch[] }
  | { status: 'no_branch'; reason: string; options: Gbz188PeriodBranch[] };

type Test = boolean | { missing: string } | { unresolvable: string };

function inRange(v: number, min: number | undefined, max: number | undefined, maxExclusive = true): boolean {
  if (min !== undefined && v < min) return false;
  if (max !== undefined && (maxExclusive ? v >= max : v > max)) return false;
  return true;
}

function test(c: Gbz188PeriodCondition, ctx: Gbz188PeriodContext): Test {
  switch (c.kind) {
    case 'always':
      return true;
    case 'noise':
      return ctx.noiseLevel === undefined ? { missing: 'noiseLevel' } : inRange(ctx.noiseLevel, c.min, c.max);
    case 'dustGrade':
      return ctx.dustGrade === undefined ? { missing: 'dustGrade' } : inRange(ctx.dustGrade, c.min, c.max, false);
    case 'toxicGrade':
      return ctx.toxicGrade === undefined ? { missing: 'toxicGrade' } : inRange(ctx.toxicGrade, c.min, c.max, false);
    case 'smallOpacityObservation':
      return ctx.smallOpacityObservation === true;
    case 'lead': {
      // "400–600 μg/L" is read as 400 ≤ x ≤ 600 and "<400" as x < 400, as the data writes them.
      const exclusive = c.maxExclusive ?? false;
      if (ctx.bloodLeadUgPerL !== undefined) return inRange(ctx.bloodLeadUgPerL, c.bloodMin, c.bloodMax, exclusive);
      if (ctx.urineLeadUgPerL !== undefined) return inRange(ctx.urineLeadUgPerL, c.urineMin, c.urineMax, exclusive);
      return { missing: 'bloodLeadUgPerL' };
    }
    case 'yearsSinceFirstExposure':
      return ctx.yearsSinceFirstExposure === undefined ? { missing: 'yearsSinceFirstExposure' } : inRange(ctx.yearsSinceFirstExposure, c.min, c.max);
    case 'driverClass':
      return ctx.driverClass === undefined ? { missing: 'driverClass' } : ctx.driverClass === c.value;
    case 'unresolvable':
      return { unresolvable: c.reason };
  }
}

/** Evaluates a period rule against the given context (see the module comment for the semantics). */
export function evaluateGbz188Period(rule: Gbz188PeriodRule, ctx: Gbz188PeriodContext): Gbz188PeriodEvaluation {
  for (const branch of rule.branches) {
    const t = test(branch.when, ctx);
    if (t === true) return { status: 'determined', branch };
    if (t === false) continue;
    if ('missing' in t) return { status: 'undetermined', missing: t.missing, options: rule.branches };
    return { status: 'no_branch', reason: t.unresolvable, options: rule.branches };
  }
  return { status: 'no_branch', reason: 'no period branch of the standard covers the given exposure', options: rule.branches };
}
