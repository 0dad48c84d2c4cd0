import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * Append-only audit trail. Each row's `hash` covers its content and the previous row's hash, so
 * any edit or deletion breaks the chain (`npm run audit:verify`). A trigger refuses UPDATE and
 * DELETE (migration 0001).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: varchar('actor_username', { length: 64 }),
    organisationId: uuid('organisation_id'),
    roles: text('roles').array().notNull(),
    /** `entity.verb`, e.g. `organisation.create`, `user.disable`, `auth.login_failed`, `worker.read`. */
    action: varchar('action', { length: 64 }).notNull(),
    entityType: varchar('entity_type', { length: 64 }),
    entityId: text('entity_id'),
    regionCode: varchar('region_code', { length: 12 }),
    requestId: varchar('request_id', { length: 64 }),
    ip: varchar('ip', { length: 64 }),
    /** Changed fields only: `{ field: { before, after } }`. */
    changes: jsonb('changes').$type<Record<string, { before: unknown; after: unknown }>>(),
    meta: jsonb('meta').$type<Record<string, unknown>>(),
    prevHash: varchar('prev_hash', { length: 64 }).notNull(),
    hash: varchar('hash', { length: 64 }).notNull(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_actor_idx').on(t.actorUserId),
    index('audit_log_time_idx').on(t.occurredAt),
    index('audit_log_action_idx').on(t.action),
  ],
);
