import { and, eq, gte, isNull, like, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  PERIODIC_EXAM_COVERAGE_DEFINITION,
  PUBLIC_EXAM_INSTITUTION_COUNTY_SHARE_DEFINITION,
  SUSPECTED_OD_RATE_DEFINITION,
  publicInstitutionCountyShare,
  ratio,
  regionScopePrefix,
  suspectedOdRateByCategory,
  todayCst,
} from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import { postHazards } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { RegionsService } from '../regions/regions.service.ts';
import { regions } from '../regions/regions.table.ts';
import { employments } from '../workers/workers.table.ts';
import type { IndicatorQuerySchema } from './exams.schemas.ts';
import { examInstitutionFilings, healthExamConclusions, healthExams } from './exams.table.ts';

/**
 * The exam indicators of issue 6 (definitions in @ohnet/domain exams/exam-indicators.ts and
 * docs/INDICATORS.md): periodic-exam coverage of exposed workers, the share of counties with a public
 * exam institution, and suspected-OD counts and rates per 1,000 examined by hazard category.
 */
export function createExamIndicators(db: Db, regionsService: RegionsService) {
  async function place(ctx: Ctx, q: z.infer<typeof IndicatorQuerySchema>) {
    const { level } = await regionsService.readableRegion(ctx.actor.scope, q.regionCode);
    const today = todayCst();
    const year = q.year ?? Number(today.slice(0, 4));
    const asOf = `${year}-12-31` < today ? `${year}-12-31` : today;
    return { prefix: regionScopePrefix(q.regionCode, level), year, asOf, yearStart: `${year}-01-01` };
  }

  return {
    async periodicCoverage(ctx: Ctx, q: z.infer<typeof IndicatorQuerySchema>) {
      const { prefix, year, asOf, yearStart } = await place(ctx, q);
      // Exposed on E: an employment active on E on a post with a hazard factor.
      const exposed = await db
        .selectDistinct({ workerId: employments.workerId, employerId: employments.employerId })
        .from(employments)
        .innerJoin(postHazards, and(eq(postHazards.employerId, employments.employerId), eq(postHazards.postId, employments.postId)))
        .where(and(like(employments.regionCode, `${prefix}%`), lte(employments.startDate, asOf), or(isNull(employments.endDate), gte(employments.endDate, asOf))));
      const examined = await db
        .selectDistinct({ workerId: healthExams.workerId, employerId: healthExams.employerId })
        .from(healthExams)
        .where(and(like(healthExams.regionCode, `${prefix}%`), sql`${healthExams.examType} in ('periodic', 'pre_employment')`, gte(healthExams.examDate, yearStart), lte(healthExams.examDate, asOf)));
      const done = new Set(examined.map((e) => `${e.workerId}|${e.employerId}`));
      const n = exposed.filter((e) => done.has(`${e.workerId}|${e.employerId}`)).length;
      return { regionCode: q.regionCode, year, asOf, ...ratio(n, exposed.length), definition: { ...PERIODIC_EXAM_COVERAGE_DEFINITION } };
    },

    async publicInstitutionShare(ctx: Ctx, q: z.infer<typeof IndicatorQuerySchema>) {
      const { prefix, asOf } = await place(ctx, q);
      const counties = await db
        .select({ code: regions.code })
        .from(regions)
        .where(and(like(regions.code, `${prefix}%`), eq(regions.level, 'county'), lte(regions.validFrom, asOf), or(isNull(regions.validTo), sql`${regions.validTo} > ${asOf}`)));
      const inst = await db
        .select({ regionCode: organisations.regionCode, isPublic: examInstitutionFilings.isPublic })
        .from(examInstitutionFilings)
        .innerJoin(organisations, eq(organisations.id, examInstitutionFilings.institutionId))
        .where(and(like(organisations.regionCode, `${prefix}%`), eq(organisations.isActive, true), lte(examInstitutionFilings.filedOn, asOf)));
      const r = publicInstitutionCountyShare(counties.map((c) => c.code), inst);
      const { countiesWithout, ...value } = r;
      return { regionCode: q.regionCode, year: null, asOf, ...value, definition: { ...PUBLIC_EXAM_INSTITUTION_COUNTY_SHARE_DEFINITION }, detail: { countiesWithout } };
    },

    async suspectedRate(ctx: Ctx, q: z.infer<typeof IndicatorQuerySchema>) {
      const { prefix, year, asOf, yearStart } = await place(ctx, q);
      const rows = await db
        .select({ workerId: healthExams.workerId, category: healthExamConclusions.category, conclusion: healthExamConclusions.conclusion })
        .from(healthExamConclusions)
        .innerJoin(healthExams, eq(healthExams.id, healthExamConclusions.examId))
        .where(and(like(healthExams.regionCode, `${prefix}%`), gte(healthExams.examDate, yearStart), lte(healthExams.examDate, asOf)));
      return {
        regionCode: q.regionCode,
        year,
        byCategory: suspectedOdRateByCategory(rows.map((r) => ({ workerId: r.workerId, category: r.category, isSuspected: r.conclusion === 'suspected_od' }))),
        definition: { ...SUSPECTED_OD_RATE_DEFINITION },
      };
    },
  };
}
export type ExamIndicators = ReturnType<typeof createExamIndicators>;
