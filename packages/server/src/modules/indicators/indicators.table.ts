import { sql } from 'drizzle-orm';
import { bigint, bigserial, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { PlanEntry, PlanEvaluation, PlanStatus } from '@ohnet/domain';
import { bytea } from '../assessments/assessments.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { users } from '../users/users.table.ts';

/**
 * Indicator facts: what one record (an employer, a worker's employment, a measurement point, a
 * county) contributes to one indicator in one period — 0/1 above and below the line. They are
 * recomputed per *group* (all facts of one employer, or of one global source such as the exam
 * institution registry) whenever a record of that group changes, and the aggregates below move
 * by the difference. Drill-through reads the facts, so the records behind a value are exactly the
 * ones counted.
 */
export const indicatorFacts = pgTable(
  'indicator_facts',
  {
    indicatorId: varchar('indicator_id', { length: 64 }).notNull(),
    /** Calendar year as text (`2026`); room for quarters (`2026Q3`). */
    period: varchar('period', { length: 8 }).notNull(),
    /** '' for the indicator as a whole; a hazard category for the per-category breakdown. */
    category: varchar('category', { length: 16 }).notNull().default(''),
    /** `employer` (key = employer id) or `global` (key = a provider's source). */
    groupKind: varchar('group_kind', { length: 12 }).notNull(),
    groupKey: varchar('group_key', { length: 64 }).notNull(),
    /** The record counted: employer id, `employerId:workerId`, point id, county code. */
    subjectKey: varchar('subject_key', { length: 120 }).notNull(),
    /** Leaf region of the record (6- or 9-digit GB/T 2260 code), denormalised for roll-up. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    employerId: uuid('employer_id'),
    num: smallint('num').notNull(),
    den: smallint('den').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.period, t.category, t.groupKind, t.groupKey, t.subjectKey] }),
    index('indicator_facts_group_idx').on(t.groupKind, t.groupKey),
    index('indicator_facts_drill_idx').using('btree', t.indicatorId, t.period, t.category, t.regionCode.op('varchar_pattern_ops')),
  ],
);

/** Σ facts per indicator × period × category × leaf region, kept up to date by deltas. */
export const indicatorAggregates = pgTable(
  'indicator_aggregates',
  {
    indicatorId: varchar('indicator_id', { length: 64 }).notNull(),
    period: varchar('period', { length: 8 }).notNull(),
    category: varchar('category', { length: 16 }).notNull().default(''),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    num: bigint('num', { mode: 'number' }).notNull(),
    den: bigint('den', { mode: 'number' }).notNull(),
    facts: bigint('facts', { mode: 'number' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.period, t.category, t.regionCode] }), index('indicator_aggregates_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops'), t.period)],
);

/**
 * Groups whose facts are stale, as an append-only queue: statement-level triggers on the source
 * tables insert one row per group touched by a statement (every write path — API, import, job,
 * SQL — marks them; writers never wait on the engine), and the engine drains it: it locks a batch
 * of rows (`SKIP LOCKED`), recomputes their groups (one advisory lock per group) and deletes exactly
 * the rows it read, so a group marked again meanwhile is refreshed again.
 */
export const indicatorDirty = pgTable('indicator_dirty', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  groupKind: varchar('group_kind', { length: 12 }).notNull(),
  groupKey: varchar('group_key', { length: 64 }).notNull(),
  markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Values entered by hand for indicators no module computes yet (工伤保险参保人数 from the
 * social-security department, 知晓率 from a survey), always with their source and date.
 */
export const indicatorManualValues = pgTable(
  'indicator_manual_values',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    indicatorId: varchar('indicator_id', { length: 64 }).notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    year: integer('year').notNull(),
    value: doublePrecision('value').notNull(),
    sourceNote: text('source_note').notNull(),
    asOf: date('as_of').notNull(),
    enteredBy: uuid('entered_by').references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('indicator_manual_values_idx').on(t.indicatorId, t.regionCode, t.year)],
);

/** A region's plan (职业病防治规划): period, status, evaluation dates and its indicator entries. */
export const plans = pgTable(
  'plans',
  {
    id: varchar('id', { length: 64 }).primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    regionName: text('region_name').notNull(),
    name: text('name').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    status: varchar('status', { length: 24 }).notNull().$type<PlanStatus>(),
    evaluations: jsonb('evaluations').notNull().$type<PlanEvaluation[]>(),
    entries: jsonb('entries').notNull().$type<PlanEntry[]>(),
    source: text('source').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plans_region_idx').on(t.regionCode)],
);

/** Generated mid-term / final evaluation reports, with the data snapshot they were made from. */
export const planReports = pgTable(
  'plan_reports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    planId: varchar('plan_id', { length: 64 })
      .notNull()
      .references(() => plans.id),
    kind: varchar('kind', { length: 12 }).notNull(),
    asOf: date('as_of').notNull(),
    snapshot: jsonb('snapshot').notNull().$type<Record<string, unknown>>(),
    pdf: bytea('pdf'),
    xlsx: bytea('xlsx'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    generatedBy: uuid('generated_by').references(() => users.id),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_reports_plan_idx').on(t.planId, t.generatedAt)],
);
