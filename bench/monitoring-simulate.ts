/**
 * Online-monitoring simulation (a test script, not a timed benchmark): streams a simulated day of
 * readings for one dust and one noise device through the ingestion API, a quarter-hour at a time,
 * and prints when each alert opens and closes.
 *
 *   node --import tsx bench/monitoring-simulate.ts [--day YYYY-MM-DD]
 *     In-memory: a fresh PGlite database with the demo data; registers two devices on a new post of
 *     台山市海宴五金制品有限公司（演示） as ts.qiye and streams yesterday (China time) by default.
 *
 *   node --import tsx bench/monitoring-simulate.ts --url http://127.0.0.1:3000 \
 *       --dust-device HY-DUST-01 --dust-key ohk_… --noise-device HY-NOISE-01 --noise-key ohk_… [--day …]
 *     Against a running server, with devices and keys registered on the live page.
 */
import { parseArgs } from 'node:util';
import { todayCst } from '@ohnet/domain';
import { type SimulatedKind, simulatedReadings } from '../packages/server/src/modules/monitoring/monitoring.simulation.ts';
import { createTestApp } from '../packages/server/src/testing/test-app.ts';

interface IngestAnswer {
  accepted: number;
  rejected: { index: number; code: string }[];
  openAlerts: { kind: string; openedAt: string; threshold: number }[];
}
type Send = (kind: SimulatedKind, readings: { timestamp: string; value: number }[]) => Promise<IngestAnswer>;

const { values: args } = parseArgs({
  options: {
    day: { type: 'string' },
    url: { type: 'string' },
    'dust-device': { type: 'string' },
    'dust-key': { type: 'string' },
    'noise-device': { type: 'string' },
    'noise-key': { type: 'string' },
  },
});

const day = args.day ?? todayCst(new Date(Date.now() - 86_400_000));
const cst = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(11, 16);

async function inMemory(): Promise<{ send: Send; close: () => Promise<void> }> {
  const t = await createTestApp({ monitoring: { rawRetentionDays: 3650, ingestRateLimitPerMinute: 1_000_000 } });
  const session = await t.login('ts.qiye');
  const employerId = await t.orgId('台山市海宴五金制品有限公司（演示）');
  const post = await t.request(session, { method: 'POST', url: `/api/v1/employers/${employerId}/posts`, payload: { name: '仿真岗位（焊接/冲压）', hazards: [{ factorName: '电焊烟尘', exposedCount: 4 }, { factorName: '噪声', exposedCount: 4 }] } });
  if (post.statusCode !== 201) throw new Error(`post: ${post.body}`);
  const keys = new Map<SimulatedKind, { code: string; key: string }>();
  for (const [kind, body] of [
    ['dust', { code: 'SIM-DUST-01', factorKind: 'dust', factorName: '电焊烟尘', unit: 'mg/m³', location: '焊接工位' }],
    ['noise', { code: 'SIM-NOISE-01', factorKind: 'noise', factorName: '噪声', unit: 'dB(A)', location: '冲压线' }],
  ] as const) {
    const res = await t.request(session, { method: 'POST', url: `/api/v1/employers/${employerId}/monitoring/devices`, payload: { postId: post.json().id, ...body } });
    if (res.statusCode !== 201) throw new Error(`device: ${res.body}`);
    const limits = res.json().device.limits;
    console.log(`registered ${body.code}: ${limits.factor}, limit ${limits.limit}, action level ${limits.actionLevel} ${body.unit} (${limits.citation})`);
    keys.set(kind, { code: body.code, key: res.json().secret });
  }
  const send: Send = async (kind, readings) => {
    const k = keys.get(kind)!;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/monitoring/readings', headers: { 'x-device-key': k.key }, payload: { deviceId: k.code, readings } });
    if (res.statusCode !== 200) throw new Error(`ingest ${kind}: ${res.statusCode} ${res.body}`);
    return res.json() as IngestAnswer;
  };
  return { send, close: () => t.close() };
}

function overHttp(base: string): { send: Send; close: () => Promise<void> } {
  const devices: Record<SimulatedKind, { code: string | undefined; key: string | undefined }> = {
    dust: { code: args['dust-device'], key: args['dust-key'] },
    noise: { code: args['noise-device'], key: args['noise-key'] },
  };
  for (const [kind, d] of Object.entries(devices)) if (!d.code || !d.key) throw new Error(`--${kind}-device and --${kind}-key are required with --url`);
  const send: Send = async (kind, readings) => {
    const d = devices[kind];
    const res = await fetch(new URL('/api/v1/monitoring/readings', base), { method: 'POST', headers: { 'content-type': 'application/json', 'x-device-key': d.key! }, body: JSON.stringify({ deviceId: d.code, readings }) });
    if (res.status !== 200) throw new Error(`ingest ${kind}: ${res.status} ${await res.text()}`);
    return (await res.json()) as IngestAnswer;
  };
  return { send, close: async () => undefined };
}

async function main(): Promise<void> {
  const { send, close } = args.url ? overHttp(args.url) : await inMemory();
  console.log(`streaming ${day} (China time), a quarter-hour per request per device`);
  const open = new Map<string, string>();
  let accepted = 0;
  try {
    for (let m = 0; m < 24 * 60; m += 15) {
      for (const kind of ['dust', 'noise'] as const) {
        const answer = await send(kind, simulatedReadings(kind, day, m, m + 15));
        accepted += answer.accepted;
        if (answer.rejected.length) console.log(`  ${kind}: rejected ${JSON.stringify(answer.rejected)}`);
        const now = new Set(answer.openAlerts.map((a) => `${kind} ${a.kind}`));
        for (const a of answer.openAlerts) {
          const key = `${kind} ${a.kind}`;
          if (!open.has(key)) {
            open.set(key, a.openedAt);
            console.log(`${cst(a.openedAt)}  OPEN   ${key.padEnd(20)} (rolling 8-h value over ${a.threshold})`);
          }
        }
        for (const [key, openedAt] of [...open]) {
          if (key.startsWith(kind) && !now.has(key)) {
            open.delete(key);
            const at = new Date(Date.parse(`${day}T00:00:00+08:00`) + (m + 15) * 60_000).toISOString();
            console.log(`${cst(at)}  CLOSED ${key.padEnd(20)} (opened ${cst(openedAt)})`);
          }
        }
      }
    }
    console.log(`done: ${accepted} readings accepted; still open: ${[...open.keys()].join(', ') || 'none'}`);
  } finally {
    await close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
