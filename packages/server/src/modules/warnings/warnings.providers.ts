import { and, eq, isNull, ne } from 'drizzle-orm';
import { type WarningCondition, type WarningRule, daysPastDue, suspectedOdClusterConditions } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import type { AssessmentOversight } from '../assessments/assessments.oversight.ts';
import { exceedanceAlerts, rectificationTasks } from '../assessments/assessments.table.ts';
import type { DeclarationClocks } from '../declarations/declarations.clocks.ts';
import type { ExamsService } from '../exams/exams.service.ts';
import { suspectedOdReports } from '../exams/exams.table.ts';
import { sensorAlerts, sensorDevices } from '../monitoring/monitoring.table.ts';

/**
 * A source of warning conditions. Modules contribute providers explicitly in app.ts (like home
 * to-dos). `conditions` returns every condition of the rule that holds now, over the whole
 * installation (the evaluator is not scoped; the inbox is). A provider for the plan-indicator rule
 * returns one condition per region × indicator off track (`indicator:<id>:<regionCode>`, no employer).
 */
export interface WarningRuleProvider {
  rule: WarningRule;
  conditions(run: WarningRun): Promise<WarningCondition[]>;
}

/** What one evaluation gives the providers: the date (CST) and a context that sees everything, for services that take one. */
export interface WarningRun {
  asOf: string;
  ctx: Ctx;
}

const employerLink = (id: string, tab: string) => `/employers/${id}?tab=${tab}`;

/** Assessments (issue 5a): open exceedance alerts, and rectification tasks not yet closed (high once overdue). */
export function assessmentWarningProviders(db: Db): WarningRuleProvider[] {
  return [
    {
      rule: 'assessment_exceedance',
      async conditions() {
        const rows = await db.select().from(exceedanceAlerts).where(eq(exceedanceAlerts.state, 'open'));
        return rows.map((a) => ({
          rule: 'assessment_exceedance' as const,
          subjectKey: `alert:${a.id}`,
          regionCode: a.regionCode,
          employerId: a.employerId,
          severity: 'high' as const,
          params: { reportNumber: a.reportNumber, exceedingCount: a.exceedingCount, summary: a.summary.slice(0, 200) },
          link: `/rectifications/${a.taskId}`,
        }));
      },
    },
    {
      rule: 'rectification_open',
      async conditions({ asOf }) {
        const rows = await db.select().from(rectificationTasks).where(ne(rectificationTasks.state, 'closed'));
        return rows.map((t) => {
          const daysOverdue = daysPastDue(t.dueDate, asOf);
          return {
            rule: 'rectification_open' as const,
            subjectKey: `task:${t.id}`,
            regionCode: t.regionCode,
            employerId: t.employerId,
            severity: daysOverdue > 0 ? ('high' as const) : ('low' as const),
            params: { reportNumber: t.reportNumber, state: t.state, dueDate: t.dueDate, daysOverdue },
            link: `/rectifications/${t.id}`,
          };
        });
      },
    },
  ];
}

/** Overdue periodic workplace testing (assessments oversight: frequency rules in the domain). */
export function periodicTestingWarningProvider(oversight: AssessmentOversight): WarningRuleProvider {
  return {
    rule: 'periodic_testing_overdue',
    async conditions({ ctx }) {
      const rows = await oversight.overdueTesting(ctx);
      return rows.map((r) => ({
        rule: 'periodic_testing_overdue' as const,
        subjectKey: `employer:${r.employerId}`,
        regionCode: r.regionCode,
        employerId: r.employerId,
        severity: r.status === 'never_tested' || (r.daysOverdue ?? 0) > 180 ? ('high' as const) : ('medium' as const),
        params: { status: r.status, dueDate: r.dueDate, lastTestedOn: r.lastTestedOn, daysOverdue: r.daysOverdue ?? null },
        link: employerLink(r.employerId, 'assessments'),
      }));
    },
  };
}

/** Declarations: employers with hazards whose declaration is overdue (medium) or was never made (high). */
export function declarationWarningProvider(clocks: DeclarationClocks): WarningRuleProvider {
  return {
    rule: 'declaration_overdue',
    async conditions({ ctx }) {
      const rows = await clocks.overdue(ctx);
      return rows.map((r) => ({
        rule: 'declaration_overdue' as const,
        subjectKey: `employer:${r.employerId}`,
        regionCode: r.regionCode,
        employerId: r.employerId,
        severity: r.status === 'undeclared' ? ('high' as const) : ('medium' as const),
        params: { status: r.status, dueDate: r.dueDate, lastAcceptedOn: r.lastAcceptedOn },
        link: employerLink(r.employerId, 'declarations'),
      }));
    },
  };
}

/**
 * Exams: overdue occupational health surveillance, aggregated to one condition per employer with
 * the number of workers and items (the list itself can be long; the link opens it).
 */
export function examOverdueWarningProvider(exams: ExamsService): WarningRuleProvider {
  return {
    rule: 'exam_overdue',
    async conditions({ ctx }) {
      const { items } = await exams.overdue(ctx, {});
      const byEmployer = new Map<string, { regionCode: string; workers: Set<string>; items: number; oldest: string }>();
      for (const i of items) {
        const e = byEmployer.get(i.employerId) ?? { regionCode: i.regionCode, workers: new Set<string>(), items: 0, oldest: i.dueDate };
        e.workers.add(i.workerId);
        e.items++;
        if (i.dueDate < e.oldest) e.oldest = i.dueDate;
        byEmployer.set(i.employerId, e);
      }
      return [...byEmployer].map(([employerId, e]) => ({
        rule: 'exam_overdue' as const,
        subjectKey: `employer:${employerId}`,
        regionCode: e.regionCode,
        employerId,
        severity: e.workers.size >= 10 ? ('high' as const) : ('medium' as const),
        params: { workers: e.workers.size, items: e.items, oldestDueDate: e.oldest },
        link: `/surveillance/overdue?employerId=${employerId}`,
      }));
    },
  };
}

/** Exams: suspected-OD clusters (domain `suspectedOdClusterConditions`; the employer's whole history keeps windows stable). */
export function suspectedClusterWarningProvider(db: Db): WarningRuleProvider {
  return {
    rule: 'suspected_od_cluster',
    async conditions({ asOf }) {
      const rows = await db
        .select({ id: suspectedOdReports.id, employerId: suspectedOdReports.employerId, regionCode: suspectedOdReports.regionCode, reportedOn: suspectedOdReports.reportedOn, suspectedDisease: suspectedOdReports.suspectedDisease })
        .from(suspectedOdReports);
      return suspectedOdClusterConditions(rows, asOf);
    },
  };
}

/** Online monitoring: open alert episodes (limit exceeded: high; action level: medium); cleared when the episode closes. */
export function monitoringWarningProvider(db: Db): WarningRuleProvider {
  return {
    rule: 'monitoring_alert',
    async conditions() {
      const rows = await db
        .select({ a: sensorAlerts, deviceCode: sensorDevices.code, factorName: sensorDevices.factorName, unit: sensorDevices.unit })
        .from(sensorAlerts)
        .innerJoin(sensorDevices, eq(sensorDevices.id, sensorAlerts.deviceId))
        .where(and(isNull(sensorAlerts.closedAt)));
      return rows.map(({ a, deviceCode, factorName, unit }) => ({
        rule: 'monitoring_alert' as const,
        subjectKey: `alert:${a.id}`,
        regionCode: a.regionCode,
        employerId: a.employerId,
        severity: a.kind === 'limit' ? ('high' as const) : ('medium' as const),
        params: { kind: a.kind, deviceCode, factorName, threshold: a.threshold, peakValue: Math.round(a.peakValue * 100) / 100, unit, openedAt: a.openedAt.toISOString() },
        link: `/monitoring/employers/${a.employerId}`,
      }));
    },
  };
}
