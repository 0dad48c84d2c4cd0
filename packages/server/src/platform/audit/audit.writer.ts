import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { type Db, transaction } from '../../db/client.ts';
import type { Ctx } from '../http/actor.ts';
import { auditLog } from './audit.table.ts';

export interface AuditEvent {
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  regionCode?: string | null;
  changes?: Record<string, { before: unknown; after: unknown }> | null;
  meta?: Record<string, unknown> | null;
}

/** Who did it: a signed-in actor, or an anonymous request (failed sign-in). */
export interface AuditWho {
  userId: string | null;
  username: string | null;
  organisationId: string | null;
  roles: readonly string[];
  requestId: string | null;
  ip: string | null;
}

export function auditWho(ctx: Ctx): AuditWho {
  return {
    userId: ctx.actor.userId,
    username: ctx.actor.username,
    organisationId: ctx.actor.organisation.id,
    roles: ctx.actor.roles,
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so jsonb's own key order does not matter. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export interface HashedFields {
  occurredAt: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  organisationId: string | null;
  roles: readonly string[];
  action: string;
  entityType: string | null;
  entityId: string | null;
  regionCode: string | null;
  requestId: string | null;
  ip: string | null;
  changes: unknown;
  meta: unknown;
}

export function entryHash(prevHash: string, f: HashedFields): string {
  const body = canonicalJson({ ...f, occurredAt: f.occurredAt.toISOString(), roles: [...f.roles] });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Plain JSON (dates → ISO strings, undefined dropped) so the stored jsonb hashes the same when read back. */
function toJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}

/**
 * Appends audit entries inside the caller's transaction: the entry commits or rolls back with the
 * change it describes. A transaction-scoped advisory lock orders writers across processes so the
 * chain stays linear.
 */
export async function writeAudit(tx: Db, who: AuditWho, events: readonly AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('ohnet.audit'))`);
  const last = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  let prev = last[0]?.hash ?? GENESIS_HASH;
  const occurredAt = new Date();
  const rows = events.map((e) => {
    const fields: HashedFields = {
      occurredAt,
      actorUserId: who.userId,
      actorUsername: who.username,
      organisationId: who.organisationId,
      roles: who.roles,
      action: e.action,
      entityType: e.entityType ?? null,
      entityId: e.entityId ?? null,
      regionCode: e.regionCode ?? null,
      requestId: who.requestId,
      ip: who.ip,
      changes: toJson(e.changes),
      meta: toJson(e.meta),
    };
    const hash = entryHash(prev, fields);
    const row = { ...fields, roles: [...fields.roles], prevHash: prev, hash } as typeof auditLog.$inferInsert;
    prev = hash;
    return row;
  });
  await tx.insert(auditLog).values(rows);
}

/** Opens its own transaction: for events that must be kept although the request fails (failed sign-in). */
export async function writeAuditNow(db: Db, who: AuditWho, events: readonly AuditEvent[]): Promise<void> {
  await transaction(db, (tx) => writeAudit(tx, who, events));
}

/**
 * The changed fields between two snapshots, as `{ field: { before, after } }`; fields listed in
 * `omit` (secrets) are never recorded.
 */
export function diffChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  omit: readonly string[] = [],
): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    if (omit.includes(k)) continue;
    const b = before?.[k] ?? null;
    const a = after?.[k] ?? null;
    if (canonicalJson(b) !== canonicalJson(a)) out[k] = { before: toJson(b), after: toJson(a) };
  }
  return out;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** The first entry whose hash or link does not match, if any. */
  firstBroken: { seq: number; reason: 'hash_mismatch' | 'link_mismatch' } | null;
  lastHash: string;
}

/** Walks the whole chain in pages (keeps memory flat on large trails), reporting progress per page. */
export async function verifyAuditChain(db: Db, pageSize = 5000, onProgress?: (checked: number, total: number) => Promise<void>): Promise<ChainVerification> {
  const total = onProgress ? Number((await db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]?.n ?? 0) : 0;
  let prev = GENESIS_HASH;
  let checked = 0;
  let after = 0;
  for (;;) {
    const page = await db.select().from(auditLog).where(gt(auditLog.seq, after)).orderBy(asc(auditLog.seq)).limit(pageSize);
    if (page.length === 0) break;
    for (const r of page) {
      if (r.prevHash !== prev) return { ok: false, checked, firstBroken: { seq: r.seq, reason: 'link_mismatch' }, lastHash: prev };
      const expected = entryHash(prev, {
        occurredAt: r.occurredAt,
        actorUserId: r.actorUserId,
        actorUsername: r.actorUsername,
        organisationId: r.organisationId,
        roles: r.roles,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        regionCode: r.regionCode,
        requestId: r.requestId,
        ip: r.ip,
        changes: r.changes,
        meta: r.meta,
      });
      if (expected !== r.hash) return { ok: false, checked, firstBroken: { seq: r.seq, reason: 'hash_mismatch' }, lastHash: prev };
      prev = r.hash;
      checked++;
      after = r.seq;
    }
    if (onProgress) await onProgress(checked, total);
  }
  return { ok: true, checked, firstBroken: null, lastHash: prev };
}

/**
 * Records that the actor read personal or health data (PIPL; issue: every read of a worker's
 * personal or health data is audited). One entry per entity read; call it from the service that
 * serves the data, in the same transaction as nothing else — reads must be audited even when the
 * response is later cut off, so it opens its own transaction.
 */
export async function auditRead(db: Db, ctx: Ctx, entityType: string, reads: readonly { id: string; regionCode: string | null }[], purpose?: string): Promise<void> {
  await writeAuditNow(
    db,
    auditWho(ctx),
    reads.map((r) => ({ action: `${entityType}.read`, entityType, entityId: r.id, regionCode: r.regionCode, meta: purpose ? { purpose } : null })),
  );
}
