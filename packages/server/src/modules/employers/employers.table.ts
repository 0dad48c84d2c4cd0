import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { EmployerEconomicType, EmployerSizeClass } from '@ohnet/domain';
import { organisations } from '../organisations/organisations.table.ts';

/**
 * The employer base record (用人单位职业健康基础数据库): the profile an employer organisation has on
 * top of the registry row. Keyed by the employer's organisation id; the region code is copied from
 * the organisation so scope filters need no join (docs/adr/0002).
 */
export const employerProfiles = pgTable(
  'employer_profiles',
  {
    employerId: uuid('employer_id')
      .primaryKey()
      .references(() => organisations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    registeredAddress: text('registered_address'),
    workplaceAddress: text('workplace_address'),
    /** GB/T 4754-2017 code, down to 小类 with its section letter where known (`C3511`). */
    industryCode: varchar('industry_code', { length: 8 }),
    industrySection: varchar('industry_section', { length: 1 }),
    economicType: varchar('economic_type', { length: 40 }).$type<EmployerEconomicType>(),
    sizeClass: varchar('size_class', { length: 8 }).$type<EmployerSizeClass>(),
    legalRepresentative: text('legal_representative'),
    legalRepresentativePhone: varchar('legal_representative_phone', { length: 32 }),
    ohManagerName: text('oh_manager_name'),
    ohManagerPhone: varchar('oh_manager_phone', { length: 32 }),
    hasOhManagementBody: boolean('has_oh_management_body'),
    fullTimeOhManagers: integer('full_time_oh_managers'),
    partTimeOhManagers: integer('part_time_oh_managers'),
    staffCount: integer('staff_count'),
    dispatchedWorkerCount: integer('dispatched_worker_count'),
    cumulativeOdCases: integer('cumulative_od_cases'),
    /** Derived from the industry by the 2021 construction-project risk catalogue: severe | general | null (not covered). */
    hazardClass: varchar('hazard_class', { length: 8 }).$type<'severe' | 'general'>(),
    hazardClassCitation: text('hazard_class_citation'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('employer_profiles_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops')),
    index('employer_profiles_section_idx').on(t.industrySection),
  ],
);

/** A post (岗位) of an employer. Distributed by employer: its keys include employer_id. */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    name: text('name').notNull(),
    workplaceName: text('workplace_name'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.id] }), index('posts_id_idx').on(t.id)],
);

/** A hazard factor on a post with its exposed workers (dispatched labour included). */
export const postHazards = pgTable(
  'post_hazards',
  {
    employerId: uuid('employer_id').notNull(),
    postId: uuid('post_id').notNull(),
    /** Catalogue row id (职业病危害因素分类目录 2015), or null when only named (a factor the catalogue has but the data lacks). */
    factorId: varchar('factor_id', { length: 40 }),
    factorName: text('factor_name').notNull(),
    /** Hazard category (粉尘, 化学因素, …) as the catalogue gives it. */
    category: varchar('category', { length: 16 }),
    exposedCount: integer('exposed_count').notNull(),
    dispatchedExposedCount: integer('dispatched_exposed_count'),
  },
  (t) => [
    primaryKey({ columns: [t.employerId, t.postId, t.factorName] }),
    foreignKey({ columns: [t.employerId, t.postId], foreignColumns: [posts.employerId, posts.id] }).onDelete('cascade'),
  ],
);
