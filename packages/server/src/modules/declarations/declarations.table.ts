import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { DeclarationAction, DeclarationFilingKind, DeclarationState } from '@ohnet/domain';
import { organisations } from '../organisations/organisations.table.ts';

/**
 * Hazard declarations (职业病危害项目申报). The form content is stored as filed (jsonb); the state
 * changes only through the domain workflow; every step is kept in `declaration_events`.
 */
export const declarations = pgTable(
  'declarations',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    kind: varchar('kind', { length: 8 }).notNull().$type<DeclarationFilingKind>(),
    state: varchar('state', { length: 12 }).notNull().$type<DeclarationState>(),
    year: integer('year').notNull(),
    content: jsonb('content').notNull().$type<Record<string, unknown>>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    reviewerOrganisationId: uuid('reviewer_organisation_id'),
    receiptNumber: varchar('receipt_number', { length: 32 }),
    receiptCode: varchar('receipt_code', { length: 16 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.employerId, t.id] }),
    index('declarations_id_idx').on(t.id),
    index('declarations_region_state_idx').using('btree', t.regionCode.op('varchar_pattern_ops'), t.state),
  ],
);

/** Receipt numbers are unique; a separate table keyed by the number itself (distributed-safe). */
export const declarationReceipts = pgTable('declaration_receipts', {
  receiptNumber: varchar('receipt_number', { length: 32 }).primaryKey(),
  employerId: uuid('employer_id').notNull(),
  declarationId: uuid('declaration_id').notNull(),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Per accepting authority and year, the last receipt sequence used (locked row per issue). */
export const receiptSequences = pgTable(
  'receipt_sequences',
  {
    authorityRegionCode: varchar('authority_region_code', { length: 12 }).notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.authorityRegionCode, t.year] })],
);

/** The history both sides see: every step with its actor and reason. */
export const declarationEvents = pgTable(
  'declaration_events',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id').notNull(),
    declarationId: uuid('declaration_id').notNull(),
    action: varchar('action', { length: 12 }).notNull().$type<DeclarationAction | 'create' | 'edit'>(),
    fromState: varchar('from_state', { length: 12 }),
    toState: varchar('to_state', { length: 12 }).notNull(),
    reason: text('reason'),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    actorOrganisationName: text('actor_organisation_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.id] }), index('declaration_events_declaration_idx').on(t.declarationId)],
);
