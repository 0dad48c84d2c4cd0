import { addDays, daysBetween } from '../surveillance/dates.ts';
import type { WarningCondition, WarningSeverity } from './warning-rules.ts';

/**
 * Suspected occupational-disease clusters (疑似职业病聚集): two or more suspected-OD reports at one
 * employer within 90 days. The threshold and window are OHNet policy from issue 7 — no standard
 * fixes them; 职业病防治法 第五十条 only requires each suspected case to be reported — and are
 * parameters here so a province can set its own.
 *
 * Windows are anchored, so each cluster keeps one identity as time passes: per employer, the
 * reports are sorted by date; a window opens at the earliest report not yet in a window and covers
 * `windowDays` days from it (the opening day plus `windowDays - 1`); the next window opens at the
 * first report after it. A window holding at least `minReports` reports is a cluster, keyed by
 * employer and opening date. Loading the employer's whole history gives the same windows on every
 * evaluation, whatever day it runs.
 *
 * A cluster stays a warning while it is recent: until `windowDays` days after its last report
 * (then the condition clears; a later cluster is a new window and a new warning).
 */
export interface SuspectedReportForCluster {
  id: string;
  employerId: string;
  regionCode: string;
  /** ISO date the report was made. */
  reportedOn: string;
  suspectedDisease: string;
}

export interface SuspectedOdCluster {
  employerId: string;
  regionCode: string;
  windowStart: string;
  windowEnd: string;
  reportIds: string[];
  diseases: string[];
  firstReportedOn: string;
  lastReportedOn: string;
}

export const SUSPECTED_OD_CLUSTER_DEFAULTS = { windowDays: 90, minReports: 2 } as const;

/** Every cluster in the reports (current or not), per employer and anchored window. */
export function suspectedOdClusters(reports: readonly SuspectedReportForCluster[], opts: { windowDays?: number; minReports?: number } = {}): SuspectedOdCluster[] {
  const windowDays = opts.windowDays ?? SUSPECTED_OD_CLUSTER_DEFAULTS.windowDays;
  const minReports = opts.minReports ?? SUSPECTED_OD_CLUSTER_DEFAULTS.minReports;
  const byEmployer = new Map<string, SuspectedReportForCluster[]>();
  for (const r of reports) byEmployer.set(r.employerId, [...(byEmployer.get(r.employerId) ?? []), r]);
  const out: SuspectedOdCluster[] = [];
  for (const [employerId, list] of byEmployer) {
    const sorted = [...list].sort((a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.id.localeCompare(b.id));
    let i = 0;
    while (i < sorted.length) {
      const windowStart = sorted[i]!.reportedOn;
      const windowEnd = addDays(windowStart, windowDays - 1);
      let j = i;
      while (j < sorted.length && sorted[j]!.reportedOn <= windowEnd) j++;
      const members = sorted.slice(i, j);
      if (members.length >= minReports) {
        out.push({
          employerId,
          regionCode: members[members.length - 1]!.regionCode,
          windowStart,
          windowEnd,
          reportIds: members.map((m) => m.id),
          diseases: [...new Set(members.map((m) => m.suspectedDisease))],
          firstReportedOn: members[0]!.reportedOn,
          lastReportedOn: members[members.length - 1]!.reportedOn,
        });
      }
      i = j;
    }
  }
  return out;
}

/** Whether a cluster still warns on `asOf`: within `windowDays` days after its last report. */
export function isClusterCurrent(c: Pick<SuspectedOdCluster, 'lastReportedOn'>, asOf: string, windowDays: number = SUSPECTED_OD_CLUSTER_DEFAULTS.windowDays): boolean {
  const age = daysBetween(c.lastReportedOn, asOf);
  return age >= 0 && age < windowDays;
}

/** Three or more reports, or the same disease twice, is high; otherwise medium. */
export function clusterSeverity(c: Pick<SuspectedOdCluster, 'reportIds' | 'diseases'>): WarningSeverity {
  return c.reportIds.length >= 3 || c.diseases.length < c.reportIds.length ? 'high' : 'medium';
}

/** The current clusters as warning conditions (subject `employer:<id>:<windowStart>`). */
export function suspectedOdClusterConditions(reports: readonly SuspectedReportForCluster[], asOf: string, opts: { windowDays?: number; minReports?: number } = {}): WarningCondition[] {
  const windowDays = opts.windowDays ?? SUSPECTED_OD_CLUSTER_DEFAULTS.windowDays;
  return suspectedOdClusters(
    reports.filter((r) => r.reportedOn <= asOf),
    opts,
  )
    .filter((c) => isClusterCurrent(c, asOf, windowDays))
    .map((c) => ({
      rule: 'suspected_od_cluster' as const,
      subjectKey: `employer:${c.employerId}:${c.windowStart}`,
      regionCode: c.regionCode,
      employerId: c.employerId,
      severity: clusterSeverity(c),
      params: { count: c.reportIds.length, diseases: c.diseases.join('、'), from: c.firstReportedOn, to: c.lastReportedOn },
      link: `/suspected-reports?employerId=${c.employerId}`,
    }));
}
