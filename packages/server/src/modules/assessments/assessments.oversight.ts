import { and, eq, inArray, sql } from 'drizzle-orm';
import { MONITORING_PASS_RATE_DEFINITION, crossCheckDeclaredTested, errors, monitoringPassRate, nextPeriodicTestDue, todayCst } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import { scopeCondition } from '../../platform/access/scope.sql.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import { employerProfiles, postHazards, posts } from '../employers/employers.table.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { RegionsService } from '../regions/regions.service.ts';
import { assessmentPoints, assessmentReports } from './assessments.table.ts';

const HAS_HAZARDS = sql<boolean>`exists (select 1 from "post_hazards" ph join "posts" p on p.employer_id = ph.employer_id and p.id = ph.post_id
  where p.employer_id = "organisations"."id" and p.is_active and ph.exposed_count > 0)`;

/**
 * What regulators watch beyond single reports: employers overdue for periodic testing (frequency
 * rules in the domain), factors measured but not declared / declared but never tested, and the
 * 工作场所职业病危害因素监测合格率 indicator.
 */
export function createAssessmentOversight(db: Db, employersService: EmployersService, regionsService: RegionsService) {
  /** Sampling date of the latest current periodic test or status evaluation, per employer. */
  async function lastTested(employerIds: string[]): Promise<Map<string, string>> {
    if (employerIds.length === 0) return new Map();
    const rows = await db
      .select({ employerId: assessmentReports.employerId, last: sql<string>`max(${assessmentReports.samplingStartDate})::text` })
      .from(assessmentReports)
      .where(and(inArray(assessmentReports.employerId, employerIds), eq(assessmentReports.isCurrent, true), inArray(assessmentReports.kind, ['periodic_test', 'status_eval'])))
      .groupBy(assessmentReports.employerId);
    return new Map(rows.map((r) => [r.employerId, r.last]));
  }

  async function declaredAndTested(employerIds: string[]) {
    if (employerIds.length === 0) return { declared: [], tested: [] };
    const [declared, tested] = await Promise.all([
      db
        .select({ employerId: posts.employerId, postName: posts.name, factorName: postHazards.factorName })
        .from(postHazards)
        .innerJoin(posts, and(eq(posts.employerId, postHazards.employerId), eq(posts.id, postHazards.postId)))
        .where(and(inArray(posts.employerId, employerIds), eq(posts.isActive, true))),
      db
        .selectDistinct({ employerId: assessmentPoints.employerId, postName: assessmentPoints.postName, factorName: assessmentPoints.factor })
        .from(assessmentPoints)
        .innerJoin(assessmentReports, and(eq(assessmentReports.employerId, assessmentPoints.employerId), eq(assessmentReports.id, assessmentPoints.reportId)))
        .where(and(inArray(assessmentPoints.employerId, employerIds), eq(assessmentReports.isCurrent, true))),
    ]);
    return { declared, tested };
  }

  function requireRegion(ctx: Ctx) {
    if (ctx.actor.scope.kind !== 'region' && ctx.actor.scope.kind !== 'all') throw errors.forbidden('scope.region_required', '仅辖区监管部门可查看');
  }

  async function employersWithHazards(ctx: Ctx) {
    return db
      .select({ id: organisations.id, name: organisations.name, regionCode: organisations.regionCode, hazardClass: employerProfiles.hazardClass })
      .from(organisations)
      .leftJoin(employerProfiles, eq(employerProfiles.employerId, organisations.id))
      .where(and(eq(organisations.type, 'employer'), eq(organisations.isActive, true), scopeCondition(ctx.actor.scope, { regionCode: organisations.regionCode, organisationIds: [organisations.id] }), HAS_HAZARDS));
  }

  return {
    /** Employers with hazards in the regulator's region whose periodic testing is overdue or missing. */
    async overdueTesting(ctx: Ctx) {
      requireRegion(ctx);
      const rows = await employersWithHazards(ctx);
      const last = await lastTested(rows.map((r) => r.id));
      const asOf = todayCst();
      const out = [];
      for (const r of rows) {
        const due = nextPeriodicTestDue({ hazardClass: r.hazardClass ?? null, lastTestedOn: last.get(r.id) ?? null, asOf });
        if (due.status === 'due') continue;
        out.push({ employerId: r.id, name: r.name, regionCode: r.regionCode, hazardClass: r.hazardClass ?? null, status: due.status as 'never_tested' | 'overdue', intervalYears: due.intervalYears, lastTestedOn: due.lastTestedOn, dueDate: due.dueDate, daysOverdue: due.daysOverdue, citation: due.citation, verified: due.verified });
      }
      return out.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name));
    },

    /** Employers in the region whose measured and declared factors differ. */
    async crossCheck(ctx: Ctx) {
      requireRegion(ctx);
      const rows = await employersWithHazards(ctx);
      const tested = await lastTested(rows.map((r) => r.id));
      const withReports = rows.filter((r) => tested.has(r.id));
      const data = await declaredAndTested(withReports.map((r) => r.id));
      return withReports
        .map((r) => ({
          employerId: r.id,
          name: r.name,
          regionCode: r.regionCode,
          ...crossCheckDeclaredTested(
            data.declared.filter((d) => d.employerId === r.id),
            data.tested.filter((t) => t.employerId === r.id),
          ),
        }))
        .filter((r) => r.measuredNotDeclared.length > 0 || r.declaredNotTested.length > 0);
    },

    /** One employer's testing clock and cross-check (employer page). */
    async forEmployer(ctx: Ctx, employerId: string) {
      const e = await employersService.get(ctx, employerId); // 404 outside scope
      const [profile] = await db.select({ hazardClass: employerProfiles.hazardClass }).from(employerProfiles).where(eq(employerProfiles.employerId, e.id));
      const last = await lastTested([e.id]);
      const due = nextPeriodicTestDue({ hazardClass: profile?.hazardClass ?? null, lastTestedOn: last.get(e.id) ?? null, asOf: todayCst() });
      const data = await declaredAndTested([e.id]);
      return { ...due, crossCheck: crossCheckDeclaredTested(data.declared, data.tested) };
    },

    /** 工作场所职业病危害因素监测合格率 for a region and year (see docs/INDICATORS.md). */
    async passRate(ctx: Ctx, q: { regionCode: string; year: number }) {
      const { prefix } = await regionsService.readableRegion(ctx.actor.scope, q.regionCode);
      const rows = await db
        .select({ pointId: assessmentPoints.id, regionCode: assessmentPoints.regionCode, reportKind: assessmentReports.kind, isCurrentVersion: assessmentReports.isCurrent, samplingDate: assessmentPoints.samplingDate, category: assessmentPoints.category, verdict: assessmentPoints.verdict })
        .from(assessmentPoints)
        .innerJoin(assessmentReports, and(eq(assessmentReports.employerId, assessmentPoints.employerId), eq(assessmentReports.id, assessmentPoints.reportId)))
        .where(and(sql`${assessmentPoints.regionCode} like ${`${prefix}%`}`, sql`${assessmentPoints.samplingDate} between ${`${q.year}-01-01`} and ${`${q.year}-12-31`}`));
      const r = monitoringPassRate({ regionPrefix: prefix, year: q.year, points: rows });
      return { indicator: 'monitoring_pass_rate' as const, regionCode: q.regionCode, year: q.year, numerator: r.numerator, denominator: r.denominator, notJudgeable: r.notJudgeable, value: r.value, byCategory: r.byCategory, definition: { ...MONITORING_PASS_RATE_DEFINITION } as Record<string, unknown> };
    },
  };
}
export type AssessmentOversight = ReturnType<typeof createAssessmentOversight>;
