import { type RuleOutcome, cite, editionOn } from '../rules/rule-pack.ts';
import { addMonths } from '../surveillance/dates.ts';
import { examPlan } from '../surveillance/exam-plan.calculator.ts';
import { type HealthExamType, factorKey, findGbz188Factor, gbz188RulePack } from '../surveillance/gbz188.rule-pack.ts';

/**
 * Overdue occupational health surveillance (职业健康监护) from a worker's exposure episodes and the
 * GBZ 188 periods:
 *
 * - `no_pre_employment`: an exposure episode has started and the employer has no pre-employment
 *   exam for that factor (GBZ 188 §4 上岗前职业健康检查 is due before the worker starts the job).
 * - `periodic_overdue`: an ongoing exposure whose last exam (pre-employment or periodic) for the
 *   factor at this employer is older than the GBZ 188 period (examPlan's nextDueDate) on `asOf`.
 *   When the period depends on an input OHNet does not hold (noise level, dust grade …), the
 *   shortest period the standard offers is used and `periodAssumed` says so.
 * - `exit_missing`: an exposure episode has ended and the employer has no exit exam for the factor
 *   dated on or after the episode began (GBZ 188 §4 离岗时职业健康检查).
 * - `flagged`: a worker flagged by another module (e.g. an exceedance at the post, issue 5) with no
 *   exam for that factor at that employer since the flag.
 *
 * Factors GBZ 188 does not cover (or whose section is not in the reference data) produce no
 * `periodic_overdue` item: their period is unknown and is never invented.
 */

export const SURVEILLANCE_DUE_KINDS = ['no_pre_employment', 'periodic_overdue', 'exit_missing', 'flagged'] as const;
export type SurveillanceDueKind = (typeof SURVEILLANCE_DUE_KINDS)[number];

export interface SurveillanceExposure {
  workerId: string;
  employerId: string;
  hazardFactor: string;
  from: string;
  /** Last day of exposure; null while ongoing. */
  to: string | null;
}

export interface SurveillanceExamFact {
  workerId: string;
  employerId: string;
  examType: HealthExamType;
  examDate: string;
  hazardFactors: readonly string[];
}

/** A worker flagged as due for an exam by another module (the plug-in point for assessment flags). */
export interface SurveillanceFlag {
  workerId: string;
  employerId: string;
  hazardFactor: string;
  flaggedOn: string;
  reason: string;
  citation: string;
}

export interface SurveillanceDueItem extends RuleOutcome {
  workerId: string;
  employerId: string;
  hazardFactor: string;
  kind: SurveillanceDueKind;
  /** When the exam was (or is) due. */
  dueDate: string;
  lastExamDate: string | null;
  periodMonths: number | null;
  periodAssumed: boolean;
  note: string | null;
}

const sameFactor = (a: string, b: string) => factorKey(a) === factorKey(b);

function examsFor(exams: readonly SurveillanceExamFact[], e: { workerId: string; employerId: string; hazardFactor: string }, types: readonly HealthExamType[]) {
  return exams
    .filter((x) => x.workerId === e.workerId && x.employerId === e.employerId && types.includes(x.examType) && x.hazardFactors.some((f) => sameFactor(f, e.hazardFactor)))
    .sort((a, b) => a.examDate.localeCompare(b.examDate));
}

function gbz188Cite(date: string, part: string): { citation: string; verified: boolean } {
  const pack = editionOn(gbz188RulePack, date);
  return { citation: pack ? cite(pack.edition, part) : `GBZ 188 ${part}`, verified: false };
}

/** The due and overdue exams on `asOf` (see the module comment). */
export function surveillanceDue(input: {
  asOf: string;
  exposures: readonly SurveillanceExposure[];
  exams: readonly SurveillanceExamFact[];
  flags?: readonly SurveillanceFlag[];
}): SurveillanceDueItem[] {
  const { asOf, exams } = input;
  const out: SurveillanceDueItem[] = [];
  const seen = new Set<string>();
  const push = (item: SurveillanceDueItem) => {
    const k = `${item.workerId}|${item.employerId}|${factorKey(item.hazardFactor)}|${item.kind}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(item);
  };
  for (const e of input.exposures) {
    if (e.from > asOf) continue;
    const base = { workerId: e.workerId, employerId: e.employerId, hazardFactor: e.hazardFactor };
    const pre = examsFor(exams, e, ['pre_employment']);
    if (pre.length === 0) {
      push({ ...base, kind: 'no_pre_employment', dueDate: e.from, lastExamDate: null, periodMonths: null, periodAssumed: false, note: null, ...gbz188Cite(e.from, '§4（上岗前职业健康检查）') });
    }
    const ended = e.to !== null && e.to <= asOf;
    if (ended) {
      const exit = examsFor(exams, e, ['exit']).filter((x) => x.examDate >= e.from);
      if (exit.length === 0) {
        push({ ...base, kind: 'exit_missing', dueDate: e.to!, lastExamDate: null, periodMonths: null, periodAssumed: false, note: null, ...gbz188Cite(e.to!, '§4（离岗时职业健康检查）') });
      }
      continue;
    }
    const last = examsFor(exams, e, ['pre_employment', 'periodic']).at(-1);
    if (!last) continue; // covered by no_pre_employment
    if (!findGbz188Factor(e.hazardFactor, last.examDate).found) continue;
    const f = examPlan({ hazardFactors: [e.hazardFactor], examType: 'periodic', examDate: last.examDate }).factors[0]!;
    let months = f.periodMonths;
    let assumed = false;
    if (months === null) {
      const options = f.periodOptions.map((o) => o.months).filter((m): m is number => m !== null);
      if (options.length === 0) continue;
      months = Math.min(...options);
      assumed = true;
    }
    const due = addMonths(last.examDate, months);
    if (due < asOf) {
      push({
        ...base,
        kind: 'periodic_overdue',
        dueDate: due,
        lastExamDate: last.examDate,
        periodMonths: months,
        periodAssumed: assumed,
        note: assumed ? `周期取决于${f.periodNote ?? '未提供的接触水平'}；按标准中最短周期 ${months} 个月计` : null,
        citation: f.citation,
        verified: f.verified,
      });
    }
  }
  for (const fl of input.flags ?? []) {
    const since = exams.some((x) => x.workerId === fl.workerId && x.employerId === fl.employerId && x.examDate >= fl.flaggedOn && x.hazardFactors.some((f) => sameFactor(f, fl.hazardFactor)));
    if (since) continue;
    push({ workerId: fl.workerId, employerId: fl.employerId, hazardFactor: fl.hazardFactor, kind: 'flagged', dueDate: fl.flaggedOn, lastExamDate: null, periodMonths: null, periodAssumed: false, note: fl.reason, citation: fl.citation, verified: false });
  }
  return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.workerId.localeCompare(b.workerId));
}
