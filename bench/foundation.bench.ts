/**
 * Foundation benchmark: start-up of the embedded database (first start with migrations, 44,700
 * regions and demo data; a warm restart), and the latency of the commonest authenticated requests
 * through the whole HTTP stack (app.inject: routing, session lookup, scope filter, serialisation)
 * on PGlite and, when DATABASE_URL is set, on PostgreSQL. Writes bench/results/foundation-<db>.json
 * and prints a Markdown table for docs/PERFORMANCE.md.
 *   node --import tsx bench/foundation.bench.ts            (PGlite)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx bench/foundation.bench.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../packages/server/src/app.ts';
import { testConfig } from '../packages/server/src/config.ts';
import { openAndPrepare } from '../packages/server/src/db/prepare.ts';
import { DEMO_PASSWORD } from '../packages/server/src/db/seed/demo.seed.ts';
import { createTestDatabase } from '../packages/server/src/testing/test-db.ts';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 500);
const db = process.env.DATABASE_URL ? 'postgresql' : 'pglite';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeStartup(): Promise<{ firstMs: number; warmMs: number } | null> {
  if (db !== 'pglite') return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ohnet-bench-'));
  try {
    const config = testConfig({ database: { kind: 'pglite', dataDir: dir }, demo: true });
    let t = performance.now();
    const first = await openAndPrepare(config);
    const firstMs = performance.now() - t;
    await first.database.close();
    t = performance.now();
    const warm = await openAndPrepare(config);
    const warmMs = performance.now() - t;
    await warm.database.close();
    return { firstMs, warmMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const startup = await timeStartup();
  const database = await createTestDatabase();
  const { app } = await buildApp({ config: testConfig({ loginRateLimitPerMinute: 1_000_000, toolboxRateLimitPerMinute: 1_000_000 }), database });
  await app.ready();
  const login = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
    return `ohnet_sid=${res.cookies.find((c) => c.name === 'ohnet_sid')!.value}`;
  };
  const regulator = await login('jm.weijian');
  const admin = await login('admin');

  const scenarios: { name: string; run: () => Promise<{ statusCode: number }> }[] = [
    { name: 'GET /auth/session (regulator)', run: () => app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: regulator } }) },
    { name: 'GET /organisations page of 20 (city regulator, region scope)', run: () => app.inject({ method: 'GET', url: '/api/v1/organisations?pageSize=20', headers: { cookie: regulator } }) },
    { name: 'GET /regions?parentCode=440700', run: () => app.inject({ method: 'GET', url: '/api/v1/regions?parentCode=440700', headers: { cookie: regulator } }) },
    { name: 'GET /regions/search?q=镇 within 440700', run: () => app.inject({ method: 'GET', url: `/api/v1/regions/search?q=${encodeURIComponent('镇')}&within=440700&limit=50`, headers: { cookie: regulator } }) },
    { name: 'GET /users page of 20 (admin)', run: () => app.inject({ method: 'GET', url: '/api/v1/users?pageSize=20', headers: { cookie: admin } }) },
    { name: 'POST /calc/noise-exposure (public)', run: () => app.inject({ method: 'POST', url: '/api/v1/calc/noise-exposure', payload: { segments: [{ laeq: 92, hours: 4 }, { laeq: 85, hours: 4 }] } }) },
  ];
  const rows: { name: string; p50: number; p95: number; p99: number; perSecond: number }[] = [];
  for (const s of scenarios) {
    for (let i = 0; i < 20; i++) await s.run(); // warm-up
    const times: number[] = [];
    const t0 = performance.now();
    for (let i = 0; i < ITERATIONS; i++) {
      const t = performance.now();
      const res = await s.run();
      times.push(performance.now() - t);
      if (res.statusCode >= 400) throw new Error(`${s.name}: HTTP ${res.statusCode}`);
    }
    const total = performance.now() - t0;
    times.sort((a, b) => a - b);
    rows.push({ name: s.name, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), perSecond: (ITERATIONS / total) * 1000 });
  }
  const loginTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await login('ts.cdc');
    loginTimes.push(performance.now() - t);
  }
  loginTimes.sort((a, b) => a - b);
  await app.close();
  await database.close();

  const result = { db, date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, iterations: ITERATIONS, startup, rows, loginP50: percentile(loginTimes, 50) };
  mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(path.join(import.meta.dirname, 'results', `foundation-${db}.json`), JSON.stringify(result, null, 2));
  const f = (n: number) => n.toFixed(2);
  console.log(`\n### ${db} — ${result.date.slice(0, 10)}, Node ${process.version}, ${result.cpus} × ${result.cpuModel}, ${ITERATIONS} sequential requests each\n`);
  if (startup) console.log(`First start (migrations + 44,700 regions + demo data): ${(startup.firstMs / 1000).toFixed(1)} s; warm restart: ${(startup.warmMs / 1000).toFixed(2)} s\n`);
  console.log('| request | p50 ms | p95 ms | p99 ms | req/s (one client) |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${r.perSecond.toFixed(0)} |`);
  console.log(`| POST /auth/login (argon2id verify) | ${f(result.loginP50)} | | | |`);
}

await main();
