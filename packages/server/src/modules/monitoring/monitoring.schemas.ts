import { z } from 'zod';
import { DUST_FRACTIONS, MONITORING_ALERT_KINDS, MONITORING_FACTOR_KINDS } from '@ohnet/domain';
import { PageQuerySchema, pageOf } from '../../platform/http/common.schemas.ts';

/** Readings per ingestion request. */
export const MAX_READINGS_PER_BATCH = 1000;
/** The header a device authenticates with: `ohk_<prefix>_<secret>`. */
export const DEVICE_KEY_HEADER = 'x-device-key';

// Timestamp and value are checked reading by reading by the domain (so one bad reading does not
// refuse the batch); the schema only fixes the shape and documents the expected types.
const ReadingSchema = z
  .object({
    timestamp: z.unknown().meta({ type: 'string', format: 'date-time', description: 'ISO 8601 with a time zone; at most 5 min ahead of the server clock' }),
    value: z.unknown().meta({ type: 'number', description: 'finite number in the device unit (mg/m³ or dB(A))' }),
    unit: z.unknown().optional().meta({ type: 'string', description: 'optional; must equal the device unit when sent' }),
  })
  .strict();

export const IngestReadingsSchema = z
  .object({
    deviceId: z.string().trim().min(1).max(64).describe('The device code the key was issued for'),
    readings: z.array(ReadingSchema).min(1).max(MAX_READINGS_PER_BATCH),
  })
  .strict()
  .meta({ id: 'IngestReadings' });
export type IngestReadingsInput = z.infer<typeof IngestReadingsSchema>;

const IssueSchema = z.object({ index: z.number().int(), path: z.string(), code: z.string(), message: z.string() });

export const IngestResultSchema = z
  .object({
    deviceId: z.string(),
    received: z.number().int(),
    accepted: z.number().int(),
    duplicates: z.array(z.object({ index: z.number().int(), timestamp: z.string() })).describe('Already stored for this device and timestamp (or repeated in the batch): ignored, the first value is kept'),
    rejected: z.array(IssueSchema).describe('Refused readings with their index and reason; the others were stored'),
    openAlerts: z.array(z.object({ kind: z.enum(MONITORING_ALERT_KINDS), openedAt: z.string(), threshold: z.number() })),
  })
  .meta({ id: 'IngestResult' });

export const RegisterDeviceSchema = z
  .object({
    postId: z.string().uuid(),
    code: z.string().trim().min(1).max(64),
    factorKind: z.enum(MONITORING_FACTOR_KINDS),
    factorName: z.string().trim().min(1).max(120),
    unit: z.string().trim().min(1).max(8),
    dustFraction: z.enum(DUST_FRACTIONS).nullable().optional(),
    location: z.string().trim().max(200).nullable().optional(),
  })
  .strict()
  .meta({ id: 'RegisterDevice' });
export type RegisterDeviceInput = z.infer<typeof RegisterDeviceSchema>;

export const NewKeySchema = z.object({ label: z.string().trim().max(80).nullable().optional() }).strict().meta({ id: 'NewDeviceKey' });

export const DeviceKeySchema = z
  .object({ id: z.string(), prefix: z.string(), label: z.string().nullable(), createdAt: z.string(), revokedAt: z.string().nullable(), lastUsedAt: z.string().nullable() })
  .meta({ id: 'DeviceKey' });

export const IssuedKeySchema = z
  .object({ key: DeviceKeySchema, secret: z.string().describe('The full key, shown only in this response: send it in x-device-key') })
  .meta({ id: 'IssuedDeviceKey' });

const LimitsSchema = z
  .object({ factor: z.string(), metric: z.enum(['TWA8h', 'LEX8h']), limit: z.number(), actionLevel: z.number(), stel: z.number().nullable(), citation: z.string(), verified: z.boolean() })
  .meta({ id: 'MonitoringLimits' });

export const AlertSchema = z
  .object({
    id: z.string(),
    deviceId: z.string(),
    deviceCode: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    postId: z.string(),
    postName: z.string(),
    factorName: z.string(),
    unit: z.string(),
    kind: z.enum(MONITORING_ALERT_KINDS),
    threshold: z.number(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    peakValue: z.number(),
    peakAt: z.string(),
    citation: z.string(),
    verified: z.boolean(),
  })
  .meta({ id: 'MonitoringAlert' });

export const DeviceStateSchema = z
  .object({
    id: z.string(),
    employerId: z.string(),
    postId: z.string(),
    postName: z.string(),
    code: z.string(),
    factorKind: z.enum(MONITORING_FACTOR_KINDS),
    factorName: z.string(),
    dustFraction: z.enum(DUST_FRACTIONS).nullable(),
    unit: z.string(),
    location: z.string().nullable(),
    status: z.enum(['active', 'retired']),
    limits: LimitsSchema.nullable().describe('Null when no limit is in force today (see limitsUnavailable)'),
    limitsUnavailable: z.string().nullable(),
    latest: z.object({ at: z.string(), value: z.number() }).nullable(),
    latest15min: z.object({ bucketStart: z.string(), mean: z.number(), count: z.number().int() }).nullable(),
    rolling8h: z.object({ at: z.string(), value: z.number(), coveredMinutes: z.number().int() }).nullable(),
    openAlerts: z.array(AlertSchema),
    keys: z.array(DeviceKeySchema),
  })
  .meta({ id: 'MonitoringDeviceState' });

export const EmployerMonitoringSchema = z
  .object({ employerId: z.string(), employerName: z.string(), asOf: z.string(), devices: z.array(DeviceStateSchema) })
  .meta({ id: 'EmployerMonitoring' });

export const DeviceSeriesQuerySchema = z.object({ hours: z.coerce.number().int().min(1).max(168).default(24) }).strict();

export const DeviceSeriesSchema = z
  .object({
    device: DeviceStateSchema,
    from: z.string(),
    to: z.string(),
    points: z.array(z.object({ bucketStart: z.string(), mean: z.number(), min: z.number(), max: z.number(), count: z.number().int(), rolling8h: z.number().nullable() })),
    alerts: z.array(AlertSchema).describe('Episodes overlapping the period'),
  })
  .meta({ id: 'MonitoringDeviceSeries' });

export const AlertListQuerySchema = PageQuerySchema.extend({
  state: z.enum(['open', 'closed', 'all']).default('open'),
  employerId: z.string().uuid().optional(),
}).strict();

export const AlertPageSchema = pageOf(AlertSchema).meta({ id: 'MonitoringAlertPage' });

export const DeviceKeyParamsSchema = z.object({ id: z.string().uuid(), keyId: z.string().uuid() });
