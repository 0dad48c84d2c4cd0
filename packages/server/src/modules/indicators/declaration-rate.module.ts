import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type DeclarationFilingKind, type DeclarationState, declarationRate, regionScopePrefix, todayCst } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import { errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import { declarations } from '../declarations/declarations.table.ts';
import { employerProfiles } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { RegionsService } from '../regions/regions.service.ts';

/**
 * 工业企业职业病危害项目申报率 for a region and year (issue 4), computed by the domain's
 * `declarationRate` from the records themselves. The dashboard issue builds on this endpoint; the
 * definition (numerator, denominator, what "current" means) is returned with every value.
 */
export const DeclarationRateQuerySchema = z
  .object({
    regionCode: z.string().regex(/^\d{6}(\d{3})?$/),
    year: z.coerce.number().int(),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('Evaluation date for the current year (default today, CST)'),
  })
  .strict();

export const DeclarationRateSchema = z
  .object({
    indicator: z.literal('declaration_rate'),
    regionCode: z.string(),
    year: z.number().int(),
    evaluatedOn: z.string(),
    numerator: z.number().int(),
    denominator: z.number().int(),
    value: z.number().nullable().describe('numerator ÷ denominator (0–1); null when the denominator is 0'),
    numeratorIds: z.array(z.string()),
    denominatorIds: z.array(z.string()),
    definition: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'DeclarationRate' });

export function createDeclarationRateService(db: Db, regionsService: RegionsService) {
  return {
    async compute(ctx: Ctx, q: z.infer<typeof DeclarationRateQuerySchema>) {
      // An indicator over a region outside the actor's jurisdiction is not theirs to read.
      const { level } = await regionsService.readableRegion(ctx.actor.scope, q.regionCode);
      const prefix = regionScopePrefix(q.regionCode, level);
      const employers = await db
        .select({
          id: organisations.id,
          regionCode: organisations.regionCode,
          isActive: organisations.isActive,
          createdAt: organisations.createdAt,
          updatedAt: organisations.updatedAt,
          industryCode: employerProfiles.industryCode,
          hasHazards: sql<boolean>`exists (select 1 from "post_hazards" ph join "posts" p on p.employer_id = ph.employer_id and p.id = ph.post_id
            where p.employer_id = "organisations"."id" and p.is_active and ph.exposed_count > 0)`,
        })
        .from(organisations)
        .leftJoin(employerProfiles, eq(employerProfiles.employerId, organisations.id))
        .where(and(eq(organisations.type, 'employer'), like(organisations.regionCode, `${prefix}%`)));
      const ids = employers.map((e) => e.id);
      const decls = ids.length
        ? await db.select({ employerId: declarations.employerId, kind: declarations.kind, state: declarations.state, acceptedAt: declarations.acceptedAt }).from(declarations).where(inArray(declarations.employerId, ids))
        : [];
      const result = declarationRate({
        regionCode: q.regionCode,
        year: q.year,
        asOf: q.asOf ?? todayCst(),
        rows: employers.map((e) => ({
          employerId: e.id,
          regionCode: e.regionCode,
          industryCode: e.industryCode ?? '',
          hasHazards: Boolean(e.hasHazards),
          activeFrom: e.createdAt.toISOString().slice(0, 10),
          // Deactivation is the closest record of an employer ceasing business.
          activeTo: e.isActive ? null : e.updatedAt.toISOString().slice(0, 10),
          declarations: decls
            .filter((d) => d.employerId === e.id)
            .map((d) => ({ kind: d.kind as DeclarationFilingKind, state: d.state as DeclarationState, acceptedAt: d.acceptedAt?.toISOString() ?? null })),
        })),
      });
      return { indicator: 'declaration_rate' as const, ...result, numeratorIds: [...result.numeratorIds], denominatorIds: [...result.denominatorIds], definition: result.definition as unknown as Record<string, unknown> };
    },
  };
}

export function registerDeclarationRateRoutes(app: ZApp, service: ReturnType<typeof createDeclarationRateService>): void {
  app.get('/indicators/declaration-rate', {
    config: { access: access.permission('indicator:read', { scoped: true }) },
    schema: {
      tags: ['indicators'],
      summary: '工业企业职业病危害项目申报率 Declaration rate for a region and year, with its definition and the ids behind it',
      description: 'See `definition` in the response (also in docs/INDICATORS.md) for numerator, denominator and the rule for a current declaration.',
      querystring: DeclarationRateQuerySchema,
      response: { 200: DeclarationRateSchema, ...errorResponses },
    },
    handler: (req) => service.compute(ctxOf(req), req.query),
  });
}
