import { resolveHazardFactor } from '../catalogs/hazard-factor.resolver.ts';
import type { HazardFactorCategory } from '../catalogs/hazard-factor.catalog.ts';
import { type RuleOutcome, cite } from '../rules/rule-pack.ts';
import { addDays } from '../surveillance/dates.ts';
import { examPlan } from '../surveillance/exam-plan.calculator.ts';
import { type Gbz188Row, type HealthExamType, findGbz188Factor, normaliseFactorName } from '../surveillance/gbz188.rule-pack.ts';
import { type HearingResult, type HearingSex, hearingAssessment } from '../surveillance/hearing.calculator.ts';
import { workerAgeOn } from '../employers/worker-identity.ts';
import { GBZ98_2020 } from '../radiation/editions.ts';
import type { ExamConclusion, ExamItems, ExamRecordInput } from './exam-record.ts';

/**
 * Automatic checks of a filed exam record against the domain rules (issue 6):
 *
 * 1. **Completeness** — the GBZ 188 required items (必检项目) for each factor × exam type, in the
 *    edition in force on the exam date, must have a result. Missing items flag the record
 *    `incomplete`; the record is kept. Required items are matched to the structured items (纯音听阈测试
 *    → audiometry, 胸片 → chestRadiograph, 肺功能, 血常规, 血铅或尿铅, 肝功能/血清ALT, 心电图); any other
 *    required item is satisfied by a coded item of the same name. Inquiry and clinical examination
 *    (症状询问, 内科/耳科常规检查) are not structured results and are listed as not checked.
 * 2. **Audiometry** — for noise, the GBZ 49 hearing calculator is run on the thresholds (age and sex
 *    from the ID number) and a conclusion that contradicts it is flagged.
 * 3. **Recheck** — a `recheck` conclusion opens a recheck due date: the institution's date, or the
 *    GBZ 188 recheck interval where the standard gives one (苯: 血常规异常者每周复查).
 * 4. **Radiation workers** — ionising radiation (`isRadiationExamFactor`) is examined under GBZ 98-2020,
 *    whose item list is not in the reference data: the factor is accepted (category 放射性因素) and
 *    flagged `rule_unavailable` with the GBZ 98 citation; its periods are `radiationExamSchedule`'s.
 *
 * Every flag carries its citation, the rule edition and whether the rows it used are verified.
 */

export type ExamFlagCode = 'incomplete' | 'audiometry_inconsistent' | 'rule_unavailable' | 'recheck_due' | 'suspected_od' | 'contraindication';

export interface ExamCheckFlag extends RuleOutcome {
  code: ExamFlagCode;
  hazardFactor: string | null;
  message: string;
  /** e.g. `GBZ 188-2025`, `GBZ 49-2014`. */
  ruleEdition: string | null;
  missingItems?: string[];
}

export interface ExamFactorCheck extends RuleOutcome {
  hazardFactor: string;
  matchedFactor: string | null;
  /** Hazard category of the 2015 catalogue (for indicators by category), null when unknown. */
  category: HazardFactorCategory | null;
  standard: string | null;
  section: string | null;
  ruleAvailable: boolean;
  requiredItems: string[] | null;
  missingItems: string[];
  /** Required items that are no structured result (inquiry, clinical examination). */
  notCheckedItems: string[];
  conclusion: ExamConclusion | null;
  recheckDueDate: string | null;
}

export interface ExamCheckResult extends RuleOutcome {
  /** The GBZ 188 edition applied, e.g. `GBZ 188-2025`. */
  ruleEdition: string | null;
  isComplete: boolean;
  flags: ExamCheckFlag[];
  factors: ExamFactorCheck[];
  /** GBZ 49 assessment of the audiogram, when one was filed. */
  hearing: HearingResult | null;
  /** Earliest recheck due date over the factors. */
  recheckDueDate: string | null;
}

type ItemTest = { kind: 'structured'; has: (items: ExamItems) => boolean } | { kind: 'clinical' } | { kind: 'named' };

/** How a GBZ 188 required-item text is satisfied by the structured items. */
export function requiredItemTest(text: string): ItemTest {
  const t = normaliseFactorName(text);
  if (/症状询问|常规检查|体格检查/.test(t)) return { kind: 'clinical' };
  if (/纯音听阈/.test(t)) return { kind: 'structured', has: (i) => !!i.audiometry };
  if (/胸片|胸部x射线/.test(t)) return { kind: 'structured', has: (i) => !!i.chestRadiograph };
  if (/^肺功能/.test(t)) return { kind: 'structured', has: (i) => !!i.lungFunction };
  if (/^血常规/.test(t)) return { kind: 'structured', has: (i) => !!i.bloodCount };
  if (/血铅|尿铅/.test(t)) return { kind: 'structured', has: (i) => !!i.bloodLead || !!i.urineLead };
  if (/^肝功能|^血清alt/.test(t)) return { kind: 'structured', has: (i) => !!i.liverFunction };
  if (/^心电图/.test(t)) return { kind: 'structured', has: (i) => !!i.ecg };
  return { kind: 'named' };
}

function hasNamedItem(items: ExamItems, text: string): boolean {
  const want = normaliseFactorName(text);
  return (items.others ?? []).some((o) => normaliseFactorName(o.name) === want || normaliseFactorName(o.code) === want);
}

const CATEGORY_OF_GBZ188: Readonly<Record<string, HazardFactorCategory>> = { 粉尘: 'dust', 化学因素: 'chemical', 物理因素: 'physical', 放射性因素: 'radioactive', 特殊作业: 'other' };

/**
 * True for an ionising-radiation factor — exams of radiation workers (放射工作人员), which follow
 * GBZ 98-2020 rather than GBZ 188: `电离辐射` (also `电离辐射（放射工作人员）`, `放射性因素`), or a name
 * the 2015 catalogue resolves to its category 放射性因素 (radioactive-1 … radioactive-8, e.g. `X射线`).
 */
export function isRadiationExamFactor(factor: string): boolean {
  const n = normaliseFactorName(factor);
  if (n.startsWith('电离辐射') || n === '放射性因素') return true;
  const r = resolveHazardFactor(factor);
  if (r.factor) return r.factor.category === 'radioactive';
  return r.status === 'ambiguous' && r.candidates.length > 0 && r.candidates.every((c) => c.category === 'radioactive');
}

/** The catalogue category of a factor: from its GBZ 188 section, else ionising radiation (GBZ 98), else from the 2015 catalogue. */
export function hazardCategoryOf(factor: string, date: string): HazardFactorCategory | null {
  const found = findGbz188Factor(factor, date);
  if (found.found) return CATEGORY_OF_GBZ188[found.row.category] ?? null;
  if (isRadiationExamFactor(factor)) return 'radioactive';
  const r = resolveHazardFactor(factor);
  return r.factor?.category ?? null;
}

/** Why required items of a radiation-worker exam are not checked (GBZ 98's item list is not in the reference data). */
const GBZ98_ITEMS_UNAVAILABLE = `放射工作人员职业健康检查依 ${GBZ98_2020.standard}-${GBZ98_2020.edition}，其必检项目未收录于规则数据，未核对`;

/**
 * The GBZ 188 recheck interval in days for a factor × exam type, when the standard gives one
 * (e.g. 苯 GBZ 188-2025 §5.19.2.3 “血常规异常者每周复查1次” → 7; a range “1~2周” → its shorter end).
 */
export function gbz188RecheckInterval(factor: string, examType: HealthExamType, date: string): { days: number; text: string; citation: string; verified: boolean } | null {
  const found = findGbz188Factor(factor, date);
  if (!found.found) return null;
  const row: Gbz188Row = found.row;
  const text = row.parts[examType]?.recheck ?? row.parts.periodic?.recheck ?? null;
  if (!text) return null;
  let days: number | null = null;
  const range = /(\d+)\s*[~～\-–]\s*\d+\s*周/.exec(text);
  const weeks = /(\d+)\s*周/.exec(text);
  if (/每周/.test(text)) days = 7;
  else if (range) days = Number(range[1]) * 7;
  else if (weeks) days = Number(weeks[1]) * 7;
  if (days === null) return null;
  return { days, text, citation: cite(found.edition, row.section ? `§${row.section} (复查)` : '复查'), verified: row.verified };
}

const isNoise = (factor: string, date: string) => {
  const f = findGbz188Factor(factor, date);
  return f.found && f.row.key === '噪声';
};

/**
 * Runs the automatic checks on a valid record (call {@link examRecordIssues} first).
 * `worker` gives the sex and birth date derived from the ID number (for the GBZ 49 correction).
 */
export function checkExamRecord(input: ExamRecordInput, worker: { sex: HearingSex; birthDate: string }): ExamCheckResult {
  const plan = examPlan({ hazardFactors: input.hazardFactors, examType: input.examType, examDate: input.examDate });
  const flags: ExamCheckFlag[] = [];
  const factors: ExamFactorCheck[] = [];
  for (const pf of plan.factors) {
    const c = input.conclusions.find((x) => x.hazardFactor.trim() === pf.factor.trim()) ?? null;
    const required = pf.requiredItems;
    const missing: string[] = [];
    const notChecked: string[] = [];
    for (const item of required ?? []) {
      const test = requiredItemTest(item);
      if (test.kind === 'clinical') notChecked.push(item);
      else if (test.kind === 'structured' ? !test.has(input.items) : !hasNamedItem(input.items, item)) missing.push(item);
    }
    let recheckDueDate: string | null = null;
    if (c?.conclusion === 'recheck') {
      const interval = c.recheckDueDate ? null : gbz188RecheckInterval(pf.factor, input.examType, input.examDate);
      recheckDueDate = c.recheckDueDate ?? (interval ? addDays(input.examDate, interval.days) : null);
      flags.push({
        code: 'recheck_due',
        hazardFactor: pf.factor,
        message: `复查：应于 ${recheckDueDate ?? '（未定）'} 前复查${interval ? `（${interval.text}）` : '（体检机构确定的复查日期）'}`,
        ruleEdition: pf.standard,
        citation: interval ? interval.citation : (pf.citation || 'GBZ 188'),
        verified: interval ? interval.verified : false,
      });
    }
    if (c?.conclusion === 'suspected_od' || c?.conclusion === 'contraindication') {
      flags.push({
        code: c.conclusion,
        hazardFactor: pf.factor,
        message: c.conclusion === 'suspected_od' ? `疑似职业病：${c.suspectedDisease ?? ''}` : `职业禁忌证：${c.contraindication ?? ''}`,
        ruleEdition: '职业健康检查管理办法-2019',
        // 职业健康检查管理办法 第十八条 (from memory; see surveillance/legal-clocks.ts): notify the employer
        // and report to the health authority without delay.
        citation: '职业健康检查管理办法-2019 第十八条（条号凭记忆）',
        verified: false,
      });
    }
    const radiation = !pf.ruleAvailable && isRadiationExamFactor(pf.factor);
    if (radiation) {
      flags.push({ code: 'rule_unavailable', hazardFactor: pf.factor, message: `无法核对必检项目：${GBZ98_ITEMS_UNAVAILABLE}`, ruleEdition: `${GBZ98_2020.standard}-${GBZ98_2020.edition}`, citation: cite(GBZ98_2020, '职业健康检查项目'), verified: false });
    } else if (!pf.ruleAvailable) {
      flags.push({ code: 'rule_unavailable', hazardFactor: pf.factor, message: `无法核对必检项目：${pf.reason ?? ''}`, ruleEdition: pf.standard, citation: pf.citation || 'GBZ 188', verified: false });
    } else if (missing.length > 0) {
      flags.push({
        code: 'incomplete',
        hazardFactor: pf.factor,
        message: `缺少 ${pf.standard} 规定的必检项目：${missing.join('、')}`,
        ruleEdition: pf.standard,
        citation: pf.citation,
        verified: pf.verified,
        missingItems: missing,
      });
    }
    factors.push({
      hazardFactor: pf.factor,
      matchedFactor: pf.matchedFactor,
      category: hazardCategoryOf(pf.factor, input.examDate),
      standard: radiation ? `${GBZ98_2020.standard}-${GBZ98_2020.edition}` : pf.standard,
      section: pf.section,
      ruleAvailable: pf.ruleAvailable,
      requiredItems: required,
      missingItems: missing,
      notCheckedItems: notChecked,
      conclusion: c?.conclusion ?? null,
      recheckDueDate,
      citation: pf.citation,
      verified: pf.verified,
    });
  }

  // Audiometry vs conclusion (noise only).
  let hearing: HearingResult | null = null;
  if (input.items.audiometry) {
    const age = workerAgeOn(worker.birthDate, input.examDate);
    if (age >= 16) {
      hearing = hearingAssessment({ age, sex: worker.sex, left: input.items.audiometry.left, right: input.items.audiometry.right });
      for (const f of factors) {
        if (!isNoise(f.hazardFactor, input.examDate) || f.conclusion === null) continue;
        const problem = audiometryInconsistency(f.conclusion, input.examType, hearing, input.items.audiometry, plan.standard ?? 'GBZ 188');
        if (problem) {
          flags.push({ code: 'audiometry_inconsistent', hazardFactor: f.hazardFactor, message: problem.message, ruleEdition: problem.edition, citation: problem.citation, verified: false });
        }
      }
    }
  }

  const recheckDates = factors.map((f) => f.recheckDueDate).filter((d): d is string => d !== null).sort();
  const citations = [...new Set([plan.citation, ...flags.map((f) => f.citation)].filter(Boolean))];
  return {
    ruleEdition: plan.standard,
    isComplete: !flags.some((f) => f.code === 'incomplete'),
    flags,
    factors,
    hearing,
    recheckDueDate: recheckDates[0] ?? null,
    citation: citations.join('; '),
    verified: false,
  };
}

/**
 * A noise conclusion that contradicts the audiogram:
 * - 疑似职业病 (职业性噪声聋) needs the GBZ 49-2014 precondition — binaural high-frequency average
 *   ≥ 40 dB — and a better-ear weighted value ≥ 26 dB (grade at least mild);
 * - “目前未见异常” or “其他疾病或异常” with a positive screening (GBZ 188-2025 §7.1.2.2: refer for
 *   recheck / diagnosis) is inconsistent;
 * - at a pre-employment exam, a speech-frequency threshold > 25 dB HL in either ear is a listed
 *   contraindication (GBZ 188-2025 §7.1.1.1 a); concluding “目前未见异常” then is inconsistent.
 */
function audiometryInconsistency(
  conclusion: ExamConclusion,
  examType: HealthExamType,
  h: HearingResult,
  a: NonNullable<ExamItems['audiometry']>,
  gbz188: string,
): { message: string; citation: string; edition: string } | null {
  // Sub-clauses are cited for 2025 only: the 2014 transcription has section numbers alone.
  const is2025 = gbz188 === 'GBZ 188-2025';
  if (conclusion === 'suspected_od' && h.grade === 'none') {
    return {
      message: `结论为疑似职业性噪声聋，但听阈不满足 GBZ 49 条件（双耳高频平均 ${h.binauralHighFrequencyAverage} dB，较好耳加权 ${h.weightedSpeechFrequency} dB）`,
      citation: 'GBZ 49-2014 §4（双耳高频平均听阈≥40 dB，较好耳语频加权≥26 dB）',
      edition: 'GBZ 49-2014',
    };
  }
  if ((conclusion === 'no_abnormality' || conclusion === 'other_finding') && h.screeningPositive) {
    return {
      message: `双耳高频平均听阈 ${h.binauralHighFrequencyAverage} dB ≥ 40 dB，结论却为“${conclusion === 'no_abnormality' ? '目前未见异常' : '其他疾病或异常'}”（应复查或报告疑似职业病）`,
      citation: `${gbz188} ${is2025 ? '§7.1.2.2' : '§7.1'}; GBZ 49-2014`,
      edition: gbz188,
    };
  }
  if (examType === 'pre_employment' && conclusion === 'no_abnormality') {
    const over = (['left', 'right'] as const).flatMap((ear) => (['500', '1000', '2000'] as const).filter((f) => a[ear][f] > 25).map((f) => `${ear === 'left' ? '左' : '右'}耳${f} Hz`));
    if (over.length > 0) {
      return {
        message: `上岗前：${over.join('、')} 听阈 > 25 dB HL，属噪声作业职业禁忌证情形，结论却为“目前未见异常”`,
        citation: `${gbz188} ${is2025 ? '§7.1.1.1 a)' : '§7.1（上岗前职业禁忌证）'}`,
        edition: gbz188,
      };
    }
  }
  return null;
}
