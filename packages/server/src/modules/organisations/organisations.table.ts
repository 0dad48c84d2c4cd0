import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { DepartmentKind, OrganisationType } from '@ohnet/domain';

/** One registry for every kind of organisation. A reference table in a distributed deployment. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    type: varchar('type', { length: 32 }).notNull().$type<OrganisationType>(),
    name: text('name').notNull(),
    /** Unified social credit code (GB 32100), validated on write; unique when present. */
    uscc: varchar('uscc', { length: 18 }),
    /** Most specific region the organisation sits in (county or township for employers). */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    departmentKind: varchar('department_kind', { length: 40 }).$type<DepartmentKind>(),
    address: text('address'),
    contactName: text('contact_name'),
    contactPhone: varchar('contact_phone', { length: 32 }),
    contactEmail: text('contact_email'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_uscc_uq').on(t.uscc),
    index('organisations_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops')),
    index('organisations_type_idx').on(t.type),
  ],
);
