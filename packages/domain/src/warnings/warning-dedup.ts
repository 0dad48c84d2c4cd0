import type { WarningCondition } from './warning-rules.ts';
import { type WarningState, isWarningActive } from './warning.workflow.ts';

/**
 * A stored warning as the de-duplication needs it. An *episode* is the time a condition lasts:
 * it starts when the condition first appears and ends (`clearedAt` set) when it is no longer seen.
 * A user closing the warning ends the work on it, not the episode.
 */
export interface StoredWarning {
  id: string;
  rule: string;
  subjectKey: string;
  state: WarningState;
  /** Null while the condition that raised it persists. */
  clearedAt: string | null;
}

export interface WarningReconciliation {
  /** Conditions without a current episode: a new warning each. */
  open: WarningCondition[];
  /** Conditions seen again: refresh `lastSeenAt` (and severity, title, link unless closed). */
  update: { id: string; condition: WarningCondition; isClosed: boolean }[];
  /** Episodes whose condition is gone: set `clearedAt`; `toState` is `cleared` unless a user closed it. */
  clear: { id: string; toState: WarningState }[];
}

export const subjectOf = (w: { rule: string; subjectKey: string }) => `${w.rule}\u0000${w.subjectKey}`;

/**
 * One warning per rule + subject key while the condition persists:
 * - a condition with a current episode (a warning whose `clearedAt` is null, in any state, closed
 *   included) updates that warning — so closing a warning while the condition persists does not
 *   make a new one appear;
 * - a condition without one opens a new warning (first appearance, or a recurrence after it cleared);
 * - a current episode whose condition is no longer seen is cleared: state `cleared` when someone
 *   still had to act on it, unchanged when a user had closed it.
 * Conditions repeated within one evaluation count once (the first wins).
 */
export function reconcileWarnings(current: readonly StoredWarning[], conditions: readonly WarningCondition[]): WarningReconciliation {
  const episodes = new Map<string, StoredWarning>();
  for (const w of current) if (w.clearedAt === null) episodes.set(subjectOf(w), w);
  const seen = new Set<string>();
  const out: WarningReconciliation = { open: [], update: [], clear: [] };
  for (const c of conditions) {
    const k = subjectOf(c);
    if (seen.has(k)) continue;
    seen.add(k);
    const w = episodes.get(k);
    if (w) out.update.push({ id: w.id, condition: c, isClosed: !isWarningActive(w.state) });
    else out.open.push(c);
  }
  for (const [k, w] of episodes) {
    if (!seen.has(k)) out.clear.push({ id: w.id, toState: isWarningActive(w.state) ? 'cleared' : w.state });
  }
  return out;
}
