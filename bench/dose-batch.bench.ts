/**
 * Dose-record batch benchmark (issue 6R): one JSON batch of N records (N/4 radiation workers ×
 * 4 quarters) through the full HTTP stack — validation, worker look-up by blind index, employment
 * and overlap checks, one transaction — then the identical batch again (idempotent: nothing
 * written). PGlite by default; PostgreSQL when DATABASE_URL is set.
 *   node --import tsx bench/dose-batch.bench.ts              (N = 20000)
 *   BENCH_RECORDS=5000 node --import tsx bench/dose-batch.bench.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { idNumberCheckCharacter, maskIdNumber } from '@ohnet/domain';
import { employments, workers } from '../packages/server/src/modules/workers/workers.table.ts';
import { postHazards, posts } from '../packages/server/src/modules/employers/employers.table.ts';
import { createTestApp } from '../packages/server/src/testing/test-app.ts';

const N = Number(process.env.BENCH_RECORDS ?? 20_000);
const db = process.env.DATABASE_URL ? 'postgresql' : 'pglite';
const QUARTERS = [
  ['2025-01-01', '2025-03-31'],
  ['2025-04-01', '2025-06-30'],
  ['2025-07-01', '2025-09-30'],
  ['2025-10-01', '2025-12-31'],
] as const;

const t = await createTestApp({ bodyLimitBytes: 32 * 1024 * 1024 });
try {
  const employerId = await t.orgId('台山市海宴五金制品有限公司（演示）');
  const [post] = await t.db.insert(posts).values({ employerId, regionCode: '440781111', name: '工业探伤' }).returning({ id: posts.id });
  await t.db.insert(postHazards).values({ employerId, postId: post!.id, factorId: 'radioactive-3', factorName: 'X射线装置（含CT机）产生的电离辐射（X射线）', category: '放射性因素', exposedCount: N / 4 });
  const people = Array.from({ length: N / 4 }, (_, i) => {
    const body = `440781${1960 + Math.floor(i / 1000)}${String(1 + (Math.floor(i / 100) % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
    return { idNumber: body + idNumberCheckCharacter(body), name: `剂量工${i}` };
  });
  for (let s = 0; s < people.length; s += 1000) {
    const chunk = people.slice(s, s + 1000);
    const rows = await t.db
      .insert(workers)
      .values(chunk.map((p) => ({ idNumberEnc: t.dataProtection.encrypt(p.idNumber), idNumberBidx: t.dataProtection.blindIndex('id_number', p.idNumber), idNumberMasked: maskIdNumber(p.idNumber), name: p.name, sex: 'male' as const, birthDate: '1980-01-01' })))
      .returning({ id: workers.id });
    await t.db.insert(employments).values(rows.map((r) => ({ employerId, regionCode: '440781111', workerId: r.id, postId: post!.id, startDate: '2024-01-01' })));
  }
  const records = people.flatMap((p, i) => QUARTERS.map(([periodStart, periodEnd], q) => ({ idNumber: p.idNumber, name: p.name, periodStart, periodEnd, hp10Msv: Number((((i * 7 + q * 13) % 150) / 100).toFixed(2)) })));
  const lab = await t.login('jm.jishu');
  const payload = { employerId, mode: 'all_or_nothing', records };
  const bytes = Buffer.byteLength(JSON.stringify(payload));
  const timed = async () => {
    const start = performance.now();
    const res = await t.request(lab, { method: 'POST', url: '/api/v1/dose-records/batch', payload });
    const ms = performance.now() - start;
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body.slice(0, 300)}`);
    return { ms, body: res.json() as { imported: number; alreadyPresent: number; overInvestigationLevel: number } };
  };
  const first = await timed();
  const again = await timed();
  const result = {
    db,
    records: N,
    payloadBytes: bytes,
    firstMs: Math.round(first.ms),
    firstImported: first.body.imported,
    overInvestigationLevel: first.body.overInvestigationLevel,
    resendMs: Math.round(again.ms),
    resendAlreadyPresent: again.body.alreadyPresent,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
    date: new Date().toISOString(),
  };
  const dir = path.join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `dose-batch-${db}.json`), JSON.stringify(result, null, 2));
  console.log(`| dose batch (${db}) | ${N} records, ${(bytes / 1e6).toFixed(1)} MB | first ${result.firstMs} ms (${result.firstImported} written) | re-send ${result.resendMs} ms (${result.resendAlreadyPresent} already present) |`);
} finally {
  await t.close();
}
