import { jsonb, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';

/** Small key/value facts about this installation (which region edition and demo data are loaded). */
export const systemSettings = pgTable('system_settings', {
  key: varchar('key', { length: 64 }).primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
