import { and, desc, eq, sql } from 'drizzle-orm';
import {
  INDICATOR_CATALOGUE,
  type IndicatorDefinition,
  type IndicatorValue,
  type Plan,
  errors,
  evaluatePlan,
  impliedAncestorCodes,
  indicatorDefinition,
  indicatorValueIssues,
  levelSuggestedByCode,
  regionScopePrefix,
  todayCst,
} from '@ohnet/domain';
import { type Db, queryRows, transaction } from '../../db/client.ts';
import { auditWho, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import type { RegionsService } from '../regions/regions.service.ts';
import { type IndicatorEngine, INDICATOR_FIRST_YEAR } from './indicators.engine.ts';
import { indicatorManualValues } from './indicators.table.ts';

/**
 * Reads of the indicator engine for people: values of every catalogue indicator for a region and
 * year (computed from the aggregates, or entered by hand), child regions, trends and the records
 * behind a value. Every read drains the engine's queue first, so a write is visible in the next read.
 */


export interface Cell {
  numerator: number;
  denominator: number;
  value: number | null;
}

/** The value of summed facts in the indicator's unit: a ratio 0–1, a rate per 1,000, or a count. */
export function valueOf(def: Pick<IndicatorDefinition, 'unit'>, num: number, den: number): number | null {
  if (def.unit === 'count') return num;
  if (den === 0) return null;
  return def.unit === 'rate_per_1000' ? (num / den) * 1000 : num / den;
}

export interface IndicatorValueItem {
  indicatorId: string;
  computed: boolean;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  source: 'computed' | 'manual' | null;
  sourceNote: string | null;
  asOf: string | null;
  byCategory: { category: string; numerator: number; denominator: number; value: number | null }[];
}

export function createIndicatorsService(db: Db, engine: IndicatorEngine, regionsService: RegionsService) {
  const place = (ctx: Ctx, regionCode: string) => regionsService.readableRegion(ctx.actor.scope, regionCode);

  function checkYear(year: number): void {
    const current = Number(todayCst().slice(0, 4));
    if (!Number.isInteger(year) || year < INDICATOR_FIRST_YEAR || year > current) {
      throw errors.invalid([{ path: 'querystring.year', code: 'indicator.year_invalid', message: `年度须在${INDICATOR_FIRST_YEAR}–${current}之间` }]);
    }
  }

  function requireDefinition(indicatorId: string): IndicatorDefinition {
    const def = indicatorDefinition(indicatorId);
    if (!def) throw errors.notFound('indicator', indicatorId);
    return def;
  }

  /** Σ aggregates under a region prefix for one period: indicator → category → cell. */
  async function sums(prefix: string, period: string, indicatorId?: string): Promise<Map<string, Map<string, { num: number; den: number }>>> {
    const list = await queryRows<{ indicator_id: string; category: string; num: string | number; den: string | number }>(db, sql`select indicator_id, category, sum(num) as num, sum(den) as den from indicator_aggregates
        where period = ${period} and region_code like ${`${prefix}%`} ${indicatorId ? sql`and indicator_id = ${indicatorId}` : sql``}
        group by indicator_id, category`);
    const out = new Map<string, Map<string, { num: number; den: number }>>();
    for (const r of list) {
      const m = out.get(r.indicator_id) ?? new Map<string, { num: number; den: number }>();
      m.set(r.category, { num: Number(r.num), den: Number(r.den) });
      out.set(r.indicator_id, m);
    }
    return out;
  }

  async function latestManual(indicatorId: string, regionCode: string, year: number) {
    const [m] = await db
      .select()
      .from(indicatorManualValues)
      .where(and(eq(indicatorManualValues.indicatorId, indicatorId), eq(indicatorManualValues.regionCode, regionCode), eq(indicatorManualValues.year, year)))
      .orderBy(desc(indicatorManualValues.asOf), desc(indicatorManualValues.enteredAt))
      .limit(1);
    return m ?? null;
  }

  /** The latest hand-entered value of each indicator for a region and year. */
  async function latestManualAll(regionCode: string, year: number) {
    const list = await db
      .select()
      .from(indicatorManualValues)
      .where(and(eq(indicatorManualValues.regionCode, regionCode), eq(indicatorManualValues.year, year)))
      .orderBy(desc(indicatorManualValues.asOf), desc(indicatorManualValues.enteredAt));
    const out = new Map<string, (typeof list)[number]>();
    for (const m of list) if (!out.has(m.indicatorId)) out.set(m.indicatorId, m);
    return out;
  }

  /** Every catalogue indicator for a region and year (no scope check: callers check). */
  async function valuesFor(regionCode: string, prefix: string, year: number): Promise<IndicatorValueItem[]> {
    await engine.drain(db);
    const computed = await sums(prefix, String(year));
    const manual = await latestManualAll(regionCode, year);
    const today = todayCst();
    const asOf = `${year}-12-31` < today ? `${year}-12-31` : today;
    const out: IndicatorValueItem[] = [];
    for (const def of INDICATOR_CATALOGUE) {
      const provider = engine.provider(def.id);
      if (provider) {
        const cells = computed.get(def.id) ?? new Map<string, { num: number; den: number }>();
        const total = cells.get('') ?? { num: 0, den: 0 };
        out.push({
          indicatorId: def.id,
          computed: true,
          numerator: total.num,
          denominator: total.den,
          value: valueOf(def, total.num, total.den),
          source: 'computed',
          sourceNote: null,
          asOf,
          byCategory: [...cells.entries()].filter(([c]) => c !== '').sort(([a], [b]) => a.localeCompare(b)).map(([category, c]) => ({ category, numerator: c.num, denominator: c.den, value: valueOf(def, c.num, c.den) })),
        });
      } else {
        const m = manual.get(def.id) ?? null;
        out.push({ indicatorId: def.id, computed: false, numerator: null, denominator: null, value: m?.value ?? null, source: m ? 'manual' : null, sourceNote: m?.sourceNote ?? null, asOf: m?.asOf ?? null, byCategory: [] });
      }
    }
    return out;
  }

  return {
    engine,

    catalogue() {
      return {
        items: INDICATOR_CATALOGUE.map((d) => ({
          id: d.id,
          nameZh: d.nameZh,
          nameEn: d.nameEn,
          unit: d.unit,
          direction: d.direction,
          rollup: d.rollup,
          computedBy: engine.provider(d.id) ? d.computedBy : null,
          categorised: engine.provider(d.id)?.categorised ?? false,
          numerator: d.numerator,
          denominator: d.denominator,
          definition: d.definition,
          source: d.source,
          verified: d.verified,
        })),
      };
    },

    async values(ctx: Ctx, q: { regionCode: string; year: number }) {
      const { prefix } = await place(ctx, q.regionCode);
      checkYear(q.year);
      const region = await regionsService.get(q.regionCode);
      const items = await valuesFor(q.regionCode, prefix, q.year);
      const today = todayCst();
      return { regionCode: q.regionCode, regionName: region.name, year: q.year, asOf: `${q.year}-12-31` < today ? `${q.year}-12-31` : today, items };
    },

    /** For the plan service: values of a region without the caller's scope check (the plan's own entries). */
    valuesFor,

    async children(ctx: Ctx, indicatorId: string, q: { regionCode: string; year: number }) {
      const def = requireDefinition(indicatorId);
      const { level, prefix } = await place(ctx, q.regionCode);
      checkYear(q.year);
      await engine.drain(db);
      const kids = await regionsService.children(q.regionCode);
      const leaf = await queryRows<{ region_code: string; num: string | number; den: string | number }>(db, sql`select region_code, num, den from indicator_aggregates where indicator_id = ${indicatorId} and period = ${String(q.year)} and category = '' and region_code like ${`${prefix}%`}`);
      const items = kids.map((k) => {
        const p = regionScopePrefix(k.code, k.level);
        let num = 0;
        let den = 0;
        for (const r of leaf) {
          if (!r.region_code.startsWith(p)) continue;
          num += Number(r.num);
          den += Number(r.den);
        }
        const computed = engine.provider(indicatorId) !== null;
        return { regionCode: k.code, name: k.name, level: k.level, numerator: computed ? num : null, denominator: computed ? den : null, value: computed ? valueOf(def, num, den) : null };
      });
      return { regionCode: q.regionCode, level, indicatorId, year: q.year, items };
    },

    async trend(ctx: Ctx, indicatorId: string, q: { regionCode: string; from?: number; to?: number }) {
      const def = requireDefinition(indicatorId);
      const { prefix } = await place(ctx, q.regionCode);
      const current = Number(todayCst().slice(0, 4));
      const from = q.from ?? INDICATOR_FIRST_YEAR;
      const to = q.to ?? current;
      if (from > to || from < INDICATOR_FIRST_YEAR || to > current) throw errors.invalid([{ path: 'querystring.from', code: 'indicator.years_invalid', message: `年度范围须在${INDICATOR_FIRST_YEAR}–${current}之间且起始不晚于结束` }]);
      await engine.drain(db);
      const list = await queryRows<{ period: string; num: string | number; den: string | number }>(db, sql`select period, sum(num) as num, sum(den) as den from indicator_aggregates
          where indicator_id = ${indicatorId} and category = '' and region_code like ${`${prefix}%`} and period between ${String(from)} and ${String(to)}
          group by period`);
      const byYear = new Map(list.map((r) => [Number(r.period), r]));
      const items = [];
      for (let y = from; y <= to; y++) {
        const r = byYear.get(y);
        if (engine.provider(indicatorId)) {
          const num = Number(r?.num ?? 0);
          const den = Number(r?.den ?? 0);
          items.push({ year: y, numerator: num, denominator: den, value: valueOf(def, num, den), source: 'computed' as const });
        } else {
          const m = await latestManual(indicatorId, q.regionCode, y);
          items.push({ year: y, numerator: null, denominator: null, value: m?.value ?? null, source: m ? ('manual' as const) : null });
        }
      }
      return { regionCode: q.regionCode, indicatorId, items };
    },

    /** The records behind a value: the facts in the numerator or the denominator, labelled by the provider. */
    async records(ctx: Ctx, indicatorId: string, q: { regionCode: string; year: number; side: 'numerator' | 'denominator'; category?: string; page: number; pageSize: number }) {
      requireDefinition(indicatorId);
      const provider = engine.provider(indicatorId);
      if (!provider) throw errors.conflict('indicator.not_computed', `指标${indicatorId}尚未由系统计算，没有可列出的记录`, { indicatorId });
      const { prefix } = await place(ctx, q.regionCode);
      checkYear(q.year);
      await engine.drain(db);
      const where = sql`indicator_id = ${indicatorId} and period = ${String(q.year)} and category = ${q.category ?? ''} and region_code like ${`${prefix}%`} ${q.side === 'numerator' ? sql`and num = 1` : sql`and den = 1`}`;
      const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from indicator_facts where ${where}`);
      const facts = await queryRows<{ subject_key: string; num: number }>(db, sql`select subject_key, num from indicator_facts where ${where} order by region_code, subject_key limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
      const described = new Map((await provider.describe(db, facts.map((f) => f.subject_key))).map((d) => [d.subjectKey, d]));
      return {
        total: Number(count?.n ?? 0),
        page: q.page,
        pageSize: q.pageSize,
        items: facts.map((f) => {
          const d = described.get(f.subject_key);
          return {
            subjectKey: f.subject_key,
            label: d?.label ?? f.subject_key,
            detail: d?.detail ?? null,
            employerId: d?.employerId ?? null,
            employerName: d?.employerName ?? null,
            regionCode: d?.regionCode ?? '',
            href: d?.href ?? null,
            inNumerator: Number(f.num) === 1,
          };
        }),
      };
    },

    async enterManualValue(ctx: Ctx, body: { indicatorId: string; regionCode: string; year: number; value: number; sourceNote: string; asOf: string }) {
      await place(ctx, body.regionCode);
      checkYear(body.year);
      const candidate: IndicatorValue = { indicatorId: body.indicatorId, regionCode: body.regionCode, value: body.value, source: 'manual', sourceNote: body.sourceNote, asOf: body.asOf };
      const issues = indicatorValueIssues(candidate, 'body');
      // A module-computed indicator (by the engine) is never entered by hand.
      if (engine.provider(body.indicatorId) && !issues.some((i) => i.code === 'plan.value_computed_indicator')) {
        issues.push({ path: 'body.indicatorId', code: 'plan.value_computed_indicator', message: `${body.indicatorId}由系统根据业务数据计算，不能手工填报` });
      }
      if (issues.length > 0) throw errors.invalid(issues);
      return transaction(db, async (tx) => {
        const [row] = await tx
          .insert(indicatorManualValues)
          .values({ indicatorId: body.indicatorId, regionCode: body.regionCode, year: body.year, value: body.value, sourceNote: body.sourceNote.trim(), asOf: body.asOf, enteredBy: ctx.actor.userId })
          .returning({ id: indicatorManualValues.id });
        await writeAudit(tx, auditWho(ctx), [
          { action: 'indicator_value.enter', entityType: 'indicator_value', entityId: row!.id, regionCode: body.regionCode, changes: { value: { before: null, after: body.value } }, meta: { indicatorId: body.indicatorId, year: body.year, sourceNote: body.sourceNote } },
        ]);
        return { id: row!.id };
      });
    },

    /** Indicator values used by a plan evaluation: for each entry's region, computed and manual. */
    async planValues(plan: Plan, asOf: string): Promise<{ values: IndicatorValue[]; cells: Map<string, Cell> }> {
      const year = Number(asOf.slice(0, 4));
      const values: IndicatorValue[] = [];
      const cells = new Map<string, Cell>();
      const regionsNeeded = new Set<string>([plan.regionCode, ...impliedAncestorCodes(plan.regionCode)]);
      for (const code of regionsNeeded) {
        const level = levelSuggestedByCode(code);
        if (!level || !(await regionsService.levelOf(code))) continue;
        const items = await valuesFor(code, regionScopePrefix(code, level), Math.max(INDICATOR_FIRST_YEAR, Math.min(year, Number(todayCst().slice(0, 4)))));
        for (const it of items) {
          if (it.value === null || it.source === null) continue;
          values.push({ indicatorId: it.indicatorId, regionCode: code, value: it.value, source: it.source, sourceNote: it.sourceNote, asOf: it.asOf && it.asOf <= asOf ? it.asOf : asOf });
          if (it.computed) cells.set(`${it.indicatorId}|${code}`, { numerator: it.numerator ?? 0, denominator: it.denominator ?? 0, value: it.value });
        }
      }
      return { values, cells };
    },

    evaluatePlan,
  };
}
export type IndicatorsService = ReturnType<typeof createIndicatorsService>;
