import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { DustFraction, MonitoringAlertKind, MonitoringFactorKind } from '@ohnet/domain';
import { posts } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';

/**
 * Online-monitoring devices (在线监测), one per sensor on an employer's post. The region code is
 * copied from the employer so scope filters need no join (docs/adr/0002). `code` is the device id
 * the sensor sends with its readings.
 */
export const sensorDevices = pgTable(
  'sensor_devices',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    postId: uuid('post_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    code: varchar('code', { length: 64 }).notNull(),
    factorKind: varchar('factor_kind', { length: 8 }).notNull().$type<MonitoringFactorKind>(),
    /** Printed name of the limit row (GBZ 2.1 表1/表2) or 噪声. */
    factorName: text('factor_name').notNull(),
    dustFraction: varchar('dust_fraction', { length: 12 }).$type<DustFraction>(),
    unit: varchar('unit', { length: 8 }).notNull(),
    location: text('location'),
    status: varchar('status', { length: 8 }).notNull().default('active').$type<'active' | 'retired'>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.employerId, t.id] }),
    uniqueIndex('sensor_devices_id_idx').on(t.id),
    uniqueIndex('sensor_devices_employer_code_idx').on(t.employerId, t.code),
    index('sensor_devices_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops')),
    foreignKey({ columns: [t.employerId, t.postId], foreignColumns: [posts.employerId, posts.id] }),
  ],
);

/**
 * API keys of a device: only the SHA-256 of the secret is kept; the key is shown once at creation.
 * Several per device so a key can be rotated without a gap; revoked keys stay for the record.
 */
export const sensorDeviceKeys = pgTable(
  'sensor_device_keys',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    deviceId: uuid('device_id').notNull(),
    employerId: uuid('employer_id').notNull(),
    /** Public part of the key (`ohk_<prefix>_<secret>`), used to find the row. */
    prefix: varchar('prefix', { length: 16 }).notNull(),
    secretHash: varchar('secret_hash', { length: 64 }).notNull(),
    label: text('label'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('sensor_device_keys_prefix_idx').on(t.prefix), index('sensor_device_keys_device_idx').on(t.deviceId)],
);

/** Raw readings, idempotent on (device, timestamp); reduced to 15-minute aggregates after the retention period. */
export const sensorReadings = pgTable(
  'sensor_readings',
  {
    deviceId: uuid('device_id').notNull(),
    ts: timestamp('ts', { withTimezone: true }).notNull(),
    value: doublePrecision('value').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.deviceId, t.ts] })],
);

/** 15-minute aggregates (kept after the raw readings are reduced) with the rolling 8-hour value at the quarter-hour's end. */
export const sensorAggregates = pgTable(
  'sensor_aggregates',
  {
    deviceId: uuid('device_id').notNull(),
    bucketStart: timestamp('bucket_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
    /** Arithmetic mean (mg/m³) or energy mean (dB(A)). */
    mean: doublePrecision('mean').notNull(),
    min: doublePrecision('min').notNull(),
    max: doublePrecision('max').notNull(),
    /** C_TWA or L_EX,8h over the 8 hours ending at bucket_start + 15 min. */
    rolling8h: doublePrecision('rolling_8h'),
    coveredMinutes: integer('covered_minutes'),
    /** True once the raw readings of this quarter-hour were deleted by the retention job. */
    isReduced: boolean('is_reduced').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.deviceId, t.bucketStart] })],
);

/**
 * Alert episodes: open while the rolling value is over the level, closed when it clears (domain
 * `stepMonitoringAlerts`). At most one open episode per device and kind.
 */
export const sensorAlerts = pgTable(
  'sensor_alerts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    deviceId: uuid('device_id').notNull(),
    employerId: uuid('employer_id').notNull(),
    postId: uuid('post_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    kind: varchar('kind', { length: 16 }).notNull().$type<MonitoringAlertKind>(),
    threshold: doublePrecision('threshold').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    peakValue: doublePrecision('peak_value').notNull(),
    peakAt: timestamp('peak_at', { withTimezone: true }).notNull(),
    citation: text('citation').notNull(),
    verified: boolean('verified').notNull(),
  },
  (t) => [
    uniqueIndex('sensor_alerts_one_open_idx').on(t.deviceId, t.kind).where(sql`${t.closedAt} is null`),
    index('sensor_alerts_device_idx').on(t.deviceId, t.openedAt),
    index('sensor_alerts_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops')),
  ],
);
