import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.table.ts';
import { workers } from '../workers/workers.table.ts';

/** What the rules found on a record when it was filed (kept so the judgement is reproducible). */
export interface DoseRecordFlags {
  investigation: { levelMsv: number; exceeded: boolean; citation: string; verified: boolean };
  warnings: { code: string; message: string }[];
}

/**
 * Personal dose records (个人剂量监测结果): one monitoring period of one radiation worker, filed by a
 * dosimetry service (a technical service institution). Placed for scoping by the employer's region,
 * the employer and the filing institution, and the worker. Idempotent on (institution, worker,
 * period): a re-sent record with the same values is "already present". A correction supersedes
 * the record (kept, with `superseded_at`) by a new version that points to it.
 */
export const doseRecords = pgTable(
  'dose_records',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    /** The employer's region code when filed. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => organisations.id),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => workers.id),
    postId: uuid('post_id'),
    /** GBZ 128-2019 occupational category (2A … 5D), when the institution reports it. */
    occupationCategory: varchar('occupation_category', { length: 4 }),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    hp10Msv: doublePrecision('hp10_msv').notNull(),
    hp3Msv: doublePrecision('hp3_msv'),
    hp007Msv: doublePrecision('hp007_msv'),
    reportNumber: varchar('report_number', { length: 64 }),
    batchNumber: varchar('batch_number', { length: 64 }),
    /** Hp(10) above the GBZ 128-2019 investigation level for the period. */
    overInvestigationLevel: boolean('over_investigation_level').notNull(),
    flags: jsonb('flags').notNull().$type<DoseRecordFlags>(),
    filedByUserId: uuid('filed_by_user_id'),
    /** Corrections are new versions: the record this one corrects, and when this one was corrected. */
    supersedesId: uuid('supersedes_id'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    correctionReason: text('correction_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.employerId, t.id] }),
    index('dose_records_id_idx').on(t.id),
    // One current version per institution, worker and period; corrected versions are kept.
    uniqueIndex('dose_records_institution_worker_period_uq').on(t.employerId, t.institutionId, t.workerId, t.periodStart, t.periodEnd).where(sql`superseded_at is null`),
    index('dose_records_worker_idx').on(t.workerId, t.periodStart),
    index('dose_records_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops'), t.periodEnd),
    index('dose_records_institution_idx').on(t.institutionId),
  ],
);
