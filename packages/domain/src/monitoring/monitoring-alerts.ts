/**
 * Alert episodes of an online-monitoring device: one episode per device and level (action level,
 * limit) is open while its condition holds — never two at once (de-duplicated) — and closes when
 * the rolling 8-hour value has cleared the threshold with hysteresis, so a value hovering around
 * the threshold does not open and close an alert every quarter-hour.
 *
 * Opening (the limits' own comparison):
 * - `limit`: value > limit (GBZ 2.1-2019 §6.3.2 C_TWA ≤ PC-TWA; GBZ 2.2-2007 §11.2.1 L_EX,8h ≤ 85);
 * - `action_level`: value > action level for dust/chemicals (§6.5.1 level Ⅲ is “> 50 % OEL”),
 *   value ≥ 80 dB(A) for noise (GBZ 188 §7.1 “≥ 80 dB”).
 * Closing (hysteresis, a platform choice, not a rule of any standard):
 * - dust/chemicals: value < 90 % of the threshold;
 * - noise: value < threshold − 1 dB (1 dB ≈ 79 % of the sound energy).
 * A window without data counts as no exposure (see sensor-readings.ts), so it clears.
 */
import type { MonitoringLimits } from './monitoring-limits.ts';
import type { MonitoringFactorKind } from './monitoring-limits.ts';

export const MONITORING_ALERT_KINDS = ['action_level', 'limit'] as const;
export type MonitoringAlertKind = (typeof MONITORING_ALERT_KINDS)[number];

/** Closing margins (documented above). */
export const ALERT_HYSTERESIS = { concentrationFraction: 0.9, noiseDb: 1 } as const;

export interface MonitoringEvaluation {
  at: Date;
  /** Rolling 8-hour value; null when the window had no data. */
  value: number | null;
  limits: Pick<MonitoringLimits, 'factorKind' | 'limit' | 'actionLevel'>;
}

export interface OpenAlertEpisode {
  kind: MonitoringAlertKind;
  openedAt: Date;
  /** The threshold that was crossed (for the record: limits may change with an edition). */
  threshold: number;
  peakValue: number;
  peakAt: Date;
}

export interface ClosedAlertEpisode extends OpenAlertEpisode {
  closedAt: Date;
}

function thresholdOf(kind: MonitoringAlertKind, limits: MonitoringEvaluation['limits']): number {
  return kind === 'limit' ? limits.limit : limits.actionLevel;
}

/** Whether the value crosses the level (opening condition). */
export function crossesLevel(factorKind: MonitoringFactorKind, kind: MonitoringAlertKind, value: number | null, threshold: number): boolean {
  if (value === null) return false;
  if (factorKind === 'noise' && kind === 'action_level') return value >= threshold;
  return value > threshold + Math.abs(threshold) * 1e-9;
}

/** Whether the value has cleared the level with the hysteresis margin (closing condition). */
export function clearsLevel(factorKind: MonitoringFactorKind, value: number | null, threshold: number): boolean {
  if (value === null) return true;
  return factorKind === 'noise' ? value < threshold - ALERT_HYSTERESIS.noiseDb : value < threshold * ALERT_HYSTERESIS.concentrationFraction;
}

export interface AlertStep {
  open: OpenAlertEpisode[];
  opened: OpenAlertEpisode[];
  closed: ClosedAlertEpisode[];
}

/**
 * One evaluation: opens an episode per level newly crossed (unless one is already open), updates
 * the peak of open ones, and closes those whose level has cleared. Pure; the input is not mutated.
 */
export function stepMonitoringAlerts(open: readonly OpenAlertEpisode[], ev: MonitoringEvaluation): AlertStep {
  const next: OpenAlertEpisode[] = [];
  const opened: OpenAlertEpisode[] = [];
  const closed: ClosedAlertEpisode[] = [];
  const fk = ev.limits.factorKind;
  for (const kind of MONITORING_ALERT_KINDS) {
    const current = open.find((e) => e.kind === kind);
    if (current) {
      if (clearsLevel(fk, ev.value, current.threshold)) {
        closed.push({ ...current, closedAt: ev.at });
      } else {
        const higher = ev.value !== null && ev.value > current.peakValue;
        next.push(higher ? { ...current, peakValue: ev.value!, peakAt: ev.at } : current);
      }
      continue;
    }
    const threshold = thresholdOf(kind, ev.limits);
    if (crossesLevel(fk, kind, ev.value, threshold)) {
      const episode = { kind, openedAt: ev.at, threshold, peakValue: ev.value!, peakAt: ev.at };
      next.push(episode);
      opened.push(episode);
    }
  }
  return { open: next, opened, closed };
}

/**
 * Replays evaluations in time order from the episodes open before the first one. Returns the
 * episodes still open and every episode closed during the replay (in closing order).
 */
export function replayMonitoringAlerts(initiallyOpen: readonly OpenAlertEpisode[], evaluations: readonly MonitoringEvaluation[]): { open: OpenAlertEpisode[]; closed: ClosedAlertEpisode[] } {
  let open = [...initiallyOpen];
  const closed: ClosedAlertEpisode[] = [];
  for (const ev of [...evaluations].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const step = stepMonitoringAlerts(open, ev);
    open = step.open;
    closed.push(...step.closed);
  }
  return { open, closed };
}
