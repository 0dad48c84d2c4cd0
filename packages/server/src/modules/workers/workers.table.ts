import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.table.ts';

/**
 * One longitudinal record per person (劳动者), across employers. The resident ID number is stored
 * encrypted (AES-256-GCM) with a keyed blind index for exact look-up and a masked copy for lists
 * (platform/crypto/data-keys.ts); the phone is encrypted too.
 */
export const workers = pgTable(
  'workers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberBidx: varchar('id_number_bidx', { length: 64 }).notNull(),
    /** `4407**********1238`: safe to show in lists without decrypting. */
    idNumberMasked: varchar('id_number_masked', { length: 18 }).notNull(),
    name: text('name').notNull(),
    sex: varchar('sex', { length: 6 }).notNull().$type<'male' | 'female'>(),
    birthDate: date('birth_date').notNull(),
    phoneEnc: text('phone_enc'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('workers_id_number_bidx_uq').on(t.idNumberBidx)],
);

/** An employment episode: worker × employer (× host employer for dispatched labour) × post × dates. */
export const employments = pgTable(
  'employments',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => workers.id),
    /** 用工单位 for dispatched labour (劳务派遣): where the worker actually works. */
    hostEmployerId: uuid('host_employer_id').references(() => organisations.id),
    isDispatched: boolean('is_dispatched').notNull().default(false),
    postId: uuid('post_id'),
    jobType: text('job_type'),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.employerId, t.id] }),
    index('employments_worker_idx').on(t.workerId),
    index('employments_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops')),
  ],
);
