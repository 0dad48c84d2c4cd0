import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type SQL, and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import {
  BUCKET_MS,
  type MonitoringLimits,
  OhnetError,
  ROLLING_WINDOW_MS,
  type OpenAlertEpisode,
  aggregateBucket,
  bucketStartOf,
  errors,
  evaluationTimes,
  monitoringLimits,
  replayMonitoringAlerts,
  rollingExposure,
  todayCst,
  validateMonitoringDevice,
  validateSensorReadings,
} from '@ohnet/domain';
import type { Config } from '../../config.ts';
import { type Db, transaction } from '../../db/client.ts';
import { scopeCondition } from '../../platform/access/scope.sql.ts';
import { auditWho, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import { posts } from '../employers/employers.table.ts';
import type { HomeTodoProvider } from '../home/home.module.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { IngestReadingsInput, RegisterDeviceInput } from './monitoring.schemas.ts';
import { sensorAggregates, sensorAlerts, sensorDeviceKeys, sensorDevices, sensorReadings } from './monitoring.table.ts';

type DeviceRow = typeof sensorDevices.$inferSelect;
type KeyRow = typeof sensorDeviceKeys.$inferSelect;

const deviceScope = { regionCode: sensorDevices.regionCode, organisationIds: [sensorDevices.employerId] };
const alertScope = { regionCode: sensorAlerts.regionCode, organisationIds: [sensorAlerts.employerId] };

const KEY_PATTERN = /^ohk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A new device key: 12 hex characters to find it, 32 random bytes as the secret (only its SHA-256 is stored). */
function newKey(): { prefix: string; secret: string; full: string; hash: string } {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { prefix, secret, full: `ohk_${prefix}_${secret}`, hash: sha256(secret) };
}

/** The first quarter-hour whose raw readings are still kept: earlier ones are reduced to aggregates. */
export function retentionCutoff(config: Pick<Config, 'monitoring'>, now: Date): Date {
  return bucketStartOf(new Date(now.getTime() - config.monitoring.rawRetentionDays * 86_400_000));
}

function presentKey(k: KeyRow) {
  return { id: k.id, prefix: k.prefix, label: k.label, createdAt: k.createdAt.toISOString(), revokedAt: k.revokedAt?.toISOString() ?? null, lastUsedAt: k.lastUsedAt?.toISOString() ?? null };
}

function limitsFor(d: Pick<DeviceRow, 'factorKind' | 'factorName' | 'dustFraction'>, date: string) {
  return monitoringLimits({ factorKind: d.factorKind, factorName: d.factorName, dustFraction: d.dustFraction, date });
}

function presentLimits(l: MonitoringLimits) {
  return { factor: l.factor, metric: l.metric, limit: l.limit, actionLevel: l.actionLevel, stel: l.stel, citation: l.citation, verified: l.verified };
}

const alertColumns = {
  a: sensorAlerts,
  deviceCode: sensorDevices.code,
  factorName: sensorDevices.factorName,
  unit: sensorDevices.unit,
  employerName: organisations.name,
  postName: posts.name,
};
type AlertJoined = { a: typeof sensorAlerts.$inferSelect; deviceCode: string; factorName: string; unit: string; employerName: string; postName: string };

function presentAlert(r: AlertJoined) {
  const a = r.a;
  return {
    id: a.id,
    deviceId: a.deviceId,
    deviceCode: r.deviceCode,
    employerId: a.employerId,
    employerName: r.employerName,
    postId: a.postId,
    postName: r.postName,
    factorName: r.factorName,
    unit: r.unit,
    kind: a.kind,
    threshold: a.threshold,
    openedAt: a.openedAt.toISOString(),
    closedAt: a.closedAt?.toISOString() ?? null,
    peakValue: a.peakValue,
    peakAt: a.peakAt.toISOString(),
    citation: a.citation,
    verified: a.verified,
  };
}

/**
 * Recomputes what readings in the given quarter-hours change: their 15-minute aggregates, the
 * rolling 8-hour value of every quarter-hour from the first one affected to the device's latest,
 * and the alert episodes from that point on (episodes opened later are replayed, an episode open
 * at that point is continued). Late or out-of-order data therefore gives the same result as data
 * sent in order.
 */
export async function recomputeDevice(tx: Db, device: DeviceRow, affectedBuckets: readonly number[]): Promise<void> {
  if (affectedBuckets.length === 0) return;
  const unique = [...new Set(affectedBuckets)].sort((a, b) => a - b);
  const first = unique[0]!;
  const last = unique[unique.length - 1]!;
  const raw = await tx
    .select({ ts: sensorReadings.ts, value: sensorReadings.value })
    .from(sensorReadings)
    .where(and(eq(sensorReadings.deviceId, device.id), gte(sensorReadings.ts, new Date(first)), lt(sensorReadings.ts, new Date(last + BUCKET_MS))));
  const byBucket = new Map<number, number[]>();
  for (const r of raw) {
    const b = bucketStartOf(r.ts).getTime();
    if (unique.includes(b)) byBucket.set(b, [...(byBucket.get(b) ?? []), r.value]);
  }
  for (const [b, values] of byBucket) {
    const agg = aggregateBucket(device.factorKind, values)!;
    await tx
      .insert(sensorAggregates)
      .values({ deviceId: device.id, bucketStart: new Date(b), ...agg })
      .onConflictDoUpdate({ target: [sensorAggregates.deviceId, sensorAggregates.bucketStart], set: { count: agg.count, mean: agg.mean, min: agg.min, max: agg.max } });
  }

  const [latest] = await tx.select({ b: sql<Date>`max(${sensorAggregates.bucketStart})` }).from(sensorAggregates).where(eq(sensorAggregates.deviceId, device.id));
  if (!latest?.b) return;
  const from = new Date(first + BUCKET_MS);
  const to = new Date(new Date(latest.b).getTime() + BUCKET_MS);
  const buckets = await tx
    .select({ start: sensorAggregates.bucketStart, mean: sensorAggregates.mean })
    .from(sensorAggregates)
    .where(and(eq(sensorAggregates.deviceId, device.id), gte(sensorAggregates.bucketStart, new Date(from.getTime() - ROLLING_WINDOW_MS - BUCKET_MS)), lt(sensorAggregates.bucketStart, to)));
  const withData = new Set(buckets.map((b) => b.start.getTime()));
  const limitsByDate = new Map<string, MonitoringLimits | null>();
  const limitsOn = (at: Date) => {
    const date = todayCst(at);
    if (!limitsByDate.has(date)) {
      const l = limitsFor(device, date);
      limitsByDate.set(date, l.status === 'ok' ? l : null);
    }
    return limitsByDate.get(date)!;
  };

  const rollingRows: SQL[] = [];
  const evaluations = [];
  for (const at of evaluationTimes(from, to)) {
    const r = rollingExposure(device.factorKind, buckets, at);
    const bucket = at.getTime() - BUCKET_MS;
    if (withData.has(bucket)) rollingRows.push(sql`(${new Date(bucket).toISOString()}::timestamptz, ${r.value}::double precision, ${r.coveredMinutes}::integer)`);
    const limits = limitsOn(at);
    if (limits) evaluations.push({ at, value: r.value, limits });
  }
  if (rollingRows.length > 0) {
    await tx.execute(sql`update sensor_aggregates a set rolling_8h = v.r, covered_minutes = v.c
      from (values ${sql.join(rollingRows, sql`, `)}) as v(b, r, c)
      where a.device_id = ${device.id} and a.bucket_start = v.b`);
  }

  // Episodes: those opened from `from` on are replayed; one open at `from` is continued.
  await tx.delete(sensorAlerts).where(and(eq(sensorAlerts.deviceId, device.id), gte(sensorAlerts.openedAt, from)));
  const carried = await tx
    .select()
    .from(sensorAlerts)
    .where(and(eq(sensorAlerts.deviceId, device.id), lt(sensorAlerts.openedAt, from), or(isNull(sensorAlerts.closedAt), gte(sensorAlerts.closedAt, from))));
  const idOf = new Map<string, string>();
  const initial: OpenAlertEpisode[] = carried.map((c) => {
    idOf.set(`${c.kind}@${c.openedAt.getTime()}`, c.id);
    return { kind: c.kind, openedAt: c.openedAt, threshold: c.threshold, peakValue: c.peakValue, peakAt: c.peakAt };
  });
  const { open, closed } = replayMonitoringAlerts(initial, evaluations);
  if (carried.length > 0) await tx.update(sensorAlerts).set({ closedAt: null }).where(inArray(sensorAlerts.id, carried.map((c) => c.id)));
  const citationAt = (at: Date) => limitsOn(at) ?? { citation: '', verified: false };
  const write = async (e: OpenAlertEpisode, closedAt: Date | null) => {
    const id = idOf.get(`${e.kind}@${e.openedAt.getTime()}`);
    if (id) {
      await tx.update(sensorAlerts).set({ closedAt, peakValue: e.peakValue, peakAt: e.peakAt }).where(eq(sensorAlerts.id, id));
      return;
    }
    const lim = citationAt(e.openedAt);
    await tx.insert(sensorAlerts).values({
      deviceId: device.id,
      employerId: device.employerId,
      postId: device.postId,
      regionCode: device.regionCode,
      kind: e.kind,
      threshold: e.threshold,
      openedAt: e.openedAt,
      closedAt,
      peakValue: e.peakValue,
      peakAt: e.peakAt,
      citation: lim.citation,
      verified: lim.verified,
    });
  };
  for (const c of closed) await write(c, c.closedAt);
  for (const o of open) await write(o, null);
}

/**
 * Online monitoring: devices on employers' posts with per-device API keys, ingestion of readings
 * (authenticated by key, idempotent per device and timestamp), 15-minute aggregates, rolling 8-hour
 * values and alert episodes; employers manage their own devices, regulators those in their region.
 */
export function createMonitoringService(db: Db, config: Config, employersService: EmployersService, now: () => Date = () => new Date()) {
  async function visibleDevice(ctx: Ctx, id: string): Promise<DeviceRow> {
    const [d] = await db.select().from(sensorDevices).where(and(eq(sensorDevices.id, id), scopeCondition(ctx.actor.scope, deviceScope)));
    if (!d) throw errors.notFound('monitoring_device', id);
    return d;
  }

  async function alertsWhere(where: SQL | undefined, opts: { limit?: number; offset?: number } = {}) {
    const q = db
      .select(alertColumns)
      .from(sensorAlerts)
      .innerJoin(sensorDevices, eq(sensorDevices.id, sensorAlerts.deviceId))
      .innerJoin(organisations, eq(organisations.id, sensorAlerts.employerId))
      .innerJoin(posts, and(eq(posts.employerId, sensorAlerts.employerId), eq(posts.id, sensorAlerts.postId)))
      .where(where)
      .orderBy(desc(sensorAlerts.openedAt), asc(sensorAlerts.kind))
      .$dynamic();
    if (opts.limit !== undefined) q.limit(opts.limit).offset(opts.offset ?? 0);
    return ((await q) as AlertJoined[]).map(presentAlert);
  }

  async function deviceState(d: DeviceRow, postName: string) {
    const today = todayCst(now());
    const limits = limitsFor(d, today);
    const [latest] = await db.select({ ts: sensorReadings.ts, value: sensorReadings.value }).from(sensorReadings).where(eq(sensorReadings.deviceId, d.id)).orderBy(desc(sensorReadings.ts)).limit(1);
    const [agg] = await db.select().from(sensorAggregates).where(eq(sensorAggregates.deviceId, d.id)).orderBy(desc(sensorAggregates.bucketStart)).limit(1);
    const [rolling] = await db
      .select()
      .from(sensorAggregates)
      .where(and(eq(sensorAggregates.deviceId, d.id), isNotNull(sensorAggregates.rolling8h)))
      .orderBy(desc(sensorAggregates.bucketStart))
      .limit(1);
    const keys = await db.select().from(sensorDeviceKeys).where(eq(sensorDeviceKeys.deviceId, d.id)).orderBy(asc(sensorDeviceKeys.createdAt));
    return {
      id: d.id,
      employerId: d.employerId,
      postId: d.postId,
      postName,
      code: d.code,
      factorKind: d.factorKind,
      factorName: d.factorName,
      dustFraction: d.dustFraction,
      unit: d.unit,
      location: d.location,
      status: d.status,
      limits: limits.status === 'ok' ? presentLimits(limits) : null,
      limitsUnavailable: limits.status === 'ok' ? null : limits.status === 'invalid' ? limits.issues.map((i) => i.message).join('; ') : limits.message,
      latest: latest ? { at: latest.ts.toISOString(), value: latest.value } : agg ? { at: new Date(agg.bucketStart.getTime() + BUCKET_MS).toISOString(), value: agg.mean } : null,
      latest15min: agg ? { bucketStart: agg.bucketStart.toISOString(), mean: agg.mean, count: agg.count } : null,
      rolling8h: rolling && rolling.rolling8h !== null ? { at: new Date(rolling.bucketStart.getTime() + BUCKET_MS).toISOString(), value: rolling.rolling8h, coveredMinutes: rolling.coveredMinutes ?? 0 } : null,
      openAlerts: await alertsWhere(and(eq(sensorAlerts.deviceId, d.id), isNull(sensorAlerts.closedAt))),
      keys: keys.map(presentKey),
    };
  }

  async function postNameOf(d: DeviceRow): Promise<string> {
    const [p] = await db.select({ name: posts.name }).from(posts).where(and(eq(posts.employerId, d.employerId), eq(posts.id, d.postId)));
    return p?.name ?? '';
  }

  async function issueKeyTx(tx: Db, ctx: Ctx, d: DeviceRow, label: string | null) {
    const k = newKey();
    const [row] = await tx.insert(sensorDeviceKeys).values({ deviceId: d.id, employerId: d.employerId, prefix: k.prefix, secretHash: k.hash, label, createdBy: ctx.actor.userId }).returning();
    await writeAudit(tx, auditWho(ctx), [{ action: 'monitoring.key.issue', entityType: 'monitoring_device', entityId: d.id, regionCode: d.regionCode, meta: { keyId: row!.id, prefix: k.prefix, label } }]);
    return { key: presentKey(row!), secret: k.full };
  }

  return {
    /** Registers a device on one of the employer's posts and issues its first key (shown once). */
    async register(ctx: Ctx, employerId: string, input: RegisterDeviceInput) {
      const employer = await employersService.get(ctx, employerId);
      const post = employer.posts.find((p) => p.id === input.postId);
      const issues = [] as { path: string; code: string; message: string }[];
      if (!post) issues.push({ path: 'postId', code: 'monitoring.post_unknown', message: '岗位不属于该用人单位' });
      else if (!post.isActive) issues.push({ path: 'postId', code: 'monitoring.post_inactive', message: '岗位已停用' });
      const checked = validateMonitoringDevice({ ...input, dustFraction: input.dustFraction ?? null }, todayCst(now()));
      issues.push(...checked.issues);
      if (issues.length > 0) throw errors.invalid(issues);
      const [taken] = await db.select({ id: sensorDevices.id }).from(sensorDevices).where(and(eq(sensorDevices.employerId, employerId), eq(sensorDevices.code, input.code)));
      if (taken) throw errors.conflict('monitoring.device_code_taken', `设备编号 ${input.code} 已登记`, { deviceId: taken.id });
      const { device, issued } = await transaction(db, async (tx) => {
        const [device] = await tx
          .insert(sensorDevices)
          .values({
            employerId,
            postId: input.postId,
            regionCode: employer.regionCode,
            code: input.code,
            factorKind: input.factorKind,
            factorName: checked.limits!.factor,
            dustFraction: input.factorKind === 'dust' ? (input.dustFraction ?? 'total') : null,
            unit: input.unit,
            location: input.location ?? null,
          })
          .returning();
        await writeAudit(tx, auditWho(ctx), [
          {
            action: 'monitoring.device.register',
            entityType: 'monitoring_device',
            entityId: device!.id,
            regionCode: employer.regionCode,
            changes: { code: { before: null, after: input.code }, factor: { before: null, after: checked.limits!.factor }, postId: { before: null, after: input.postId } },
          },
        ]);
        return { device: device!, issued: await issueKeyTx(tx, ctx, device!, 'initial') };
      });
      return { device: await deviceState(device, post!.name), ...issued };
    },

    async issueKey(ctx: Ctx, deviceId: string, label: string | null) {
      const d = await visibleDevice(ctx, deviceId);
      if (d.status !== 'active') throw errors.conflict('monitoring.device_retired', '设备已停用，不能签发密钥');
      return transaction(db, (tx) => issueKeyTx(tx, ctx, d, label));
    },

    async revokeKey(ctx: Ctx, deviceId: string, keyId: string) {
      const d = await visibleDevice(ctx, deviceId);
      const [k] = await db.select().from(sensorDeviceKeys).where(and(eq(sensorDeviceKeys.id, keyId), eq(sensorDeviceKeys.deviceId, d.id)));
      if (!k) throw errors.notFound('monitoring_key', keyId);
      if (k.revokedAt) throw errors.conflict('monitoring.key_already_revoked', '密钥已吊销');
      const [row] = await transaction(db, async (tx) => {
        const updated = await tx.update(sensorDeviceKeys).set({ revokedAt: now(), revokedBy: ctx.actor.userId }).where(eq(sensorDeviceKeys.id, k.id)).returning();
        await writeAudit(tx, auditWho(ctx), [{ action: 'monitoring.key.revoke', entityType: 'monitoring_device', entityId: d.id, regionCode: d.regionCode, meta: { keyId: k.id, prefix: k.prefix } }]);
        return updated;
      });
      return presentKey(row!);
    },

    /** Retires a device: its keys stop working; its data and alerts stay (open alerts are closed now). */
    async retire(ctx: Ctx, deviceId: string) {
      const d = await visibleDevice(ctx, deviceId);
      if (d.status === 'retired') throw errors.conflict('monitoring.device_retired', '设备已停用');
      await transaction(db, async (tx) => {
        const at = now();
        await tx.update(sensorDevices).set({ status: 'retired', updatedAt: at }).where(eq(sensorDevices.id, d.id));
        await tx.update(sensorDeviceKeys).set({ revokedAt: at, revokedBy: ctx.actor.userId }).where(and(eq(sensorDeviceKeys.deviceId, d.id), isNull(sensorDeviceKeys.revokedAt)));
        await writeAudit(tx, auditWho(ctx), [{ action: 'monitoring.device.retire', entityType: 'monitoring_device', entityId: d.id, regionCode: d.regionCode, changes: { status: { before: 'active', after: 'retired' } } }]);
      });
      return deviceState({ ...d, status: 'retired' }, await postNameOf(d));
    },

    /** The live page of an employer: every device with its latest values and open alerts. */
    async forEmployer(ctx: Ctx, employerId: string) {
      const employer = await employersService.get(ctx, employerId);
      const devices = await db.select().from(sensorDevices).where(eq(sensorDevices.employerId, employerId)).orderBy(asc(sensorDevices.code));
      const names = new Map(employer.posts.map((p) => [p.id, p.name]));
      return {
        employerId,
        employerName: employer.name,
        asOf: now().toISOString(),
        devices: await Promise.all(devices.map((d) => deviceState(d, names.get(d.postId) ?? ''))),
      };
    },

    /** 15-minute points (mean, min, max, rolling 8-hour value) of the `hours` hours up to the latest data, and the episodes overlapping them. */
    async series(ctx: Ctx, deviceId: string, hours: number) {
      const d = await visibleDevice(ctx, deviceId);
      const [last] = await db.select({ b: sql<Date | null>`max(${sensorAggregates.bucketStart})` }).from(sensorAggregates).where(eq(sensorAggregates.deviceId, d.id));
      // The period ends with the device's latest data (now, for a device that is sending).
      const to = last?.b ? new Date(new Date(last.b).getTime() + BUCKET_MS) : now();
      const from = new Date(to.getTime() - hours * 3_600_000);
      const points = await db
        .select()
        .from(sensorAggregates)
        .where(and(eq(sensorAggregates.deviceId, d.id), gte(sensorAggregates.bucketStart, from), lt(sensorAggregates.bucketStart, to)))
        .orderBy(asc(sensorAggregates.bucketStart));
      return {
        device: await deviceState(d, await postNameOf(d)),
        from: from.toISOString(),
        to: to.toISOString(),
        points: points.map((p) => ({ bucketStart: p.bucketStart.toISOString(), mean: p.mean, min: p.min, max: p.max, count: p.count, rolling8h: p.rolling8h })),
        alerts: await alertsWhere(and(eq(sensorAlerts.deviceId, d.id), lte(sensorAlerts.openedAt, to), or(isNull(sensorAlerts.closedAt), gte(sensorAlerts.closedAt, from)))),
      };
    },

    async alerts(ctx: Ctx, q: { state: 'open' | 'closed' | 'all'; employerId?: string; page: number; pageSize: number }) {
      const where = and(
        scopeCondition(ctx.actor.scope, alertScope),
        q.state === 'open' ? isNull(sensorAlerts.closedAt) : q.state === 'closed' ? isNotNull(sensorAlerts.closedAt) : undefined,
        q.employerId ? eq(sensorAlerts.employerId, q.employerId) : undefined,
      );
      const [items, totals] = await Promise.all([alertsWhere(where, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }), db.select({ n: count() }).from(sensorAlerts).where(where)]);
      return { items, total: Number(totals[0]?.n ?? 0), page: q.page, pageSize: q.pageSize };
    },

    async countOpenAlerts(ctx: Ctx): Promise<number> {
      const [r] = await db.select({ n: count() }).from(sensorAlerts).where(and(isNull(sensorAlerts.closedAt), scopeCondition(ctx.actor.scope, alertScope)));
      return Number(r?.n ?? 0);
    },

    /**
     * Ingestion (no session): the key in `x-device-key` names one device; the body's deviceId must be
     * that device's code. Partial acceptance: valid readings are stored, readings already stored for
     * the same timestamp are reported as duplicates (the first value is kept), invalid ones are
     * reported with their index and reason; a batch is never refused for a bad reading.
     */
    async ingest(keyHeader: string | undefined, body: IngestReadingsInput) {
      if (!keyHeader) throw new OhnetError('unauthenticated', 'monitoring.key_missing', '缺少设备密钥（x-device-key）');
      const m = KEY_PATTERN.exec(keyHeader);
      const [key] = m ? await db.select().from(sensorDeviceKeys).where(eq(sensorDeviceKeys.prefix, m[1]!)) : [];
      const expected = key ? Buffer.from(key.secretHash, 'hex') : null;
      if (!m || !key || !expected || !timingSafeEqual(expected, Buffer.from(sha256(m[2]!), 'hex'))) {
        throw new OhnetError('unauthenticated', 'monitoring.key_invalid', '设备密钥无效');
      }
      if (key.revokedAt) throw new OhnetError('unauthenticated', 'monitoring.key_revoked', '设备密钥已吊销，请使用新密钥');
      const [device] = await db.select().from(sensorDevices).where(eq(sensorDevices.id, key.deviceId));
      if (!device) throw new OhnetError('unauthenticated', 'monitoring.key_invalid', '设备密钥无效');
      if (device.code !== body.deviceId) {
        const [other] = await db.select({ id: sensorDevices.id }).from(sensorDevices).where(and(eq(sensorDevices.employerId, device.employerId), eq(sensorDevices.code, body.deviceId)));
        if (!other) throw errors.notFound('monitoring_device', body.deviceId);
        throw errors.forbidden('monitoring.key_not_for_device', `该密钥属于设备 ${device.code}，不能上报 ${body.deviceId} 的数据`);
      }
      if (device.status !== 'active') throw errors.conflict('monitoring.device_retired', '设备已停用');
      const at = now();
      const check = validateSensorReadings(body.readings, { factorKind: device.factorKind, now: at, notBefore: retentionCutoff(config, at) });
      return transaction(db, async (tx) => {
        const inserted = check.valid.length
          ? await tx
              .insert(sensorReadings)
              .values(check.valid.map((r) => ({ deviceId: device.id, ts: r.at, value: r.value })))
              .onConflictDoNothing()
              .returning({ ts: sensorReadings.ts })
          : [];
        const stored = new Set(inserted.map((r) => r.ts.getTime()));
        const duplicates = [...check.duplicatesInBatch, ...check.valid.filter((r) => !stored.has(r.at.getTime()))]
          .map((r) => ({ index: r.index, timestamp: r.at.toISOString() }))
          .sort((a, b) => a.index - b.index);
        await recomputeDevice(tx, device, inserted.map((r) => bucketStartOf(r.ts).getTime()));
        await tx.update(sensorDeviceKeys).set({ lastUsedAt: at }).where(eq(sensorDeviceKeys.id, key.id));
        const open = await tx.select().from(sensorAlerts).where(and(eq(sensorAlerts.deviceId, device.id), isNull(sensorAlerts.closedAt))).orderBy(asc(sensorAlerts.kind));
        return {
          deviceId: device.code,
          received: body.readings.length,
          accepted: inserted.length,
          duplicates,
          rejected: check.rejected,
          openAlerts: open.map((o) => ({ kind: o.kind, openedAt: o.openedAt.toISOString(), threshold: o.threshold })),
        };
      });
    },
  };
}
export type MonitoringService = ReturnType<typeof createMonitoringService>;

/** Home to-do: open monitoring alerts in the actor's scope (employer: its own; regulator: its region). */
export function monitoringTodos(service: MonitoringService): HomeTodoProvider[] {
  return [{ key: 'monitoring.open_alerts', permission: 'monitoring:read', severity: 'warning', href: '/monitoring/alerts', count: (ctx) => service.countOpenAlerts(ctx) }];
}
