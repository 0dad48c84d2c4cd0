import { inArray } from 'drizzle-orm';
import { maskIdNumber, workerIdentityFromIdNumber } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import type { DataProtection } from '../../platform/crypto/data-keys.ts';
import { workers } from './workers.table.ts';

/** The blind-index purpose of resident ID numbers. */
const ID_NUMBER_PURPOSE = 'id_number';

/** The keyed blind index of a (validated, upper-case) resident ID number: the only way any module looks a worker up by number. */
export function idNumberIndex(dp: DataProtection, idNumber: string): string {
  return dp.blindIndex(ID_NUMBER_PURPOSE, idNumber);
}

/** For list searches by "name or the full 18-character number": the index when the text is a whole number, else null. */
export function idNumberSearchIndex(dp: DataProtection, text: string | null | undefined): string | null {
  return text && /^\d{17}[\dXx]$/.test(text) ? idNumberIndex(dp, text.toUpperCase()) : null;
}

/** Registered workers by blind index, one query per 1,000. */
async function workersByIndex(db: Db, bidxs: readonly string[]): Promise<Map<string, typeof workers.$inferSelect>> {
  const byBidx = new Map<string, typeof workers.$inferSelect>();
  for (let i = 0; i < bidxs.length; i += 1000) {
    const rows = await db.select().from(workers).where(inArray(workers.idNumberBidx, bidxs.slice(i, i + 1000)));
    for (const r of rows) byBidx.set(r.idNumberBidx, r);
  }
  return byBidx;
}

/**
 * Finds registered workers by ID number (validated, upper-case) in bulk, never registering anyone:
 * for filings that need the worker to be known already (dose records). Keyed by the ID number given;
 * numbers nobody registered are absent.
 */
export async function findWorkers(db: Db, dp: DataProtection, idNumbers: readonly string[]): Promise<Map<string, { id: string; name: string }>> {
  const unique = [...new Set(idNumbers)];
  const byBidx = await workersByIndex(
    db,
    unique.map((n) => idNumberIndex(dp, n)),
  );
  const out = new Map<string, { id: string; name: string }>();
  for (const n of unique) {
    const row = byBidx.get(idNumberIndex(dp, n));
    if (row) out.set(n, { id: row.id, name: row.name });
  }
  return out;
}

export interface BulkWorker {
  /** A valid GB 11643 number (validate first). */
  idNumber: string;
  name: string;
}

export interface BulkWorkerResult {
  /** By ID number: the worker id, or a name conflict with the registered name (masked). */
  byIdNumber: Map<string, { id: string; sex: 'male' | 'female'; birthDate: string } | { conflict: string }>;
  created: number;
}

/**
 * Finds workers by the blind index of their ID number, in bulk (one query per 1,000), and registers
 * the ones not yet known (multi-row inserts). A number registered under another name is a conflict,
 * never a silent merge. Call inside the caller's transaction.
 */
export async function findOrCreateWorkers(tx: Db, dp: DataProtection, list: readonly BulkWorker[]): Promise<BulkWorkerResult> {
  const unique = new Map<string, BulkWorker & { bidx: string }>();
  for (const w of list) if (!unique.has(w.idNumber)) unique.set(w.idNumber, { ...w, bidx: idNumberIndex(dp, w.idNumber) });
  const all = [...unique.values()];
  const byBidx = await workersByIndex(tx, all.map((w) => w.bidx));
  const fresh = all.filter((w) => !byBidx.has(w.bidx));
  for (let i = 0; i < fresh.length; i += 500) {
    const values = fresh.slice(i, i + 500).map((w) => {
      const identity = workerIdentityFromIdNumber(w.idNumber);
      if (!identity.ok) throw new Error('findOrCreateWorkers: validate ID numbers first');
      return { idNumberEnc: dp.encrypt(w.idNumber), idNumberBidx: w.bidx, idNumberMasked: maskIdNumber(w.idNumber), name: w.name, sex: identity.value.sex, birthDate: identity.value.birthDate };
    });
    const inserted = await tx.insert(workers).values(values).returning();
    for (const r of inserted) byBidx.set(r.idNumberBidx, r);
  }
  const byIdNumber: BulkWorkerResult['byIdNumber'] = new Map();
  for (const w of all) {
    const row = byBidx.get(w.bidx)!;
    byIdNumber.set(w.idNumber, row.name === w.name ? { id: row.id, sex: row.sex, birthDate: row.birthDate } : { conflict: `${row.name.slice(0, 1)}**` });
  }
  return { byIdNumber, created: fresh.length };
}
