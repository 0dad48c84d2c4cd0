import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { WarningAction, WarningRule, WarningSeverity, WarningState } from '@ohnet/domain';

/**
 * Early warnings (预警): one row per rule + subject key and *episode* (the time its condition
 * lasts). The evaluator opens, refreshes (`last_seen_at`) and clears rows; people acknowledge,
 * assign and close them. At most one row per rule + subject has `cleared_at` null.
 */
export const warnings = pgTable(
  'warnings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    rule: varchar('rule', { length: 40 }).notNull().$type<WarningRule>(),
    subjectKey: text('subject_key').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    employerId: uuid('employer_id'),
    severity: varchar('severity', { length: 8 }).notNull().$type<WarningSeverity>(),
    /** Short Chinese title and detail as evaluated (audit, export); the web app renders `params` in the user's language. */
    title: text('title').notNull(),
    detail: text('detail').notNull(),
    params: jsonb('params').notNull().$type<Record<string, string | number | null>>(),
    /** Web path (with query) of the records behind the warning. */
    link: text('link').notNull(),
    state: varchar('state', { length: 16 }).notNull().$type<WarningState>(),
    assigneeId: uuid('assignee_id'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the condition was last found gone (ends the episode); null while it persists. */
    clearedAt: timestamp('cleared_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('warnings_one_episode_uq').on(t.rule, t.subjectKey).where(sql`${t.clearedAt} is null`),
    index('warnings_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops'), t.state),
    index('warnings_employer_idx').on(t.employerId, t.state),
    index('warnings_assignee_idx').on(t.assigneeId, t.state),
  ],
);

/** The history of a warning: opened / cleared by the evaluator, and every action with its actor and comment. */
export const warningEvents = pgTable(
  'warning_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    warningId: uuid('warning_id')
      .notNull()
      .references(() => warnings.id, { onDelete: 'cascade' }),
    action: varchar('action', { length: 16 }).notNull().$type<WarningAction | 'opened' | 'cleared'>(),
    fromState: varchar('from_state', { length: 16 }).$type<WarningState>(),
    toState: varchar('to_state', { length: 16 }).notNull().$type<WarningState>(),
    comment: text('comment'),
    actorId: uuid('actor_id'),
    /** Names as they were at the time (null actor = the evaluator). */
    actorName: text('actor_name'),
    actorOrganisationName: text('actor_organisation_name'),
    assigneeId: uuid('assignee_id'),
    assigneeName: text('assignee_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('warning_events_warning_idx').on(t.warningId, t.at)],
);
