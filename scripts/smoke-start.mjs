#!/usr/bin/env node
/**
 * Starts the real server process (main.ts) against the configured database, waits until it is
 * ready, signs in with a demo account, checks the session, and stops it with SIGTERM (graceful
 * shutdown must exit 0). Used by CI on PostgreSQL to prove start-up migrations and seeding work there.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = 3900 + Math.floor(Math.random() * 90);
const server = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
  cwd: root,
  env: { ...process.env, PORT: String(port), DEMO: '1', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
const checks = [];
const check = (name, ok) => {
  checks.push({ name, ok });
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}`);
};
let ready = false;
for (let i = 0; i < 240 && !ready; i++) {
  try {
    ready = (await fetch(`${base}/readyz`)).ok;
  } catch {
    await new Promise((r) => setTimeout(r, 500));
  }
}
check('server became ready', ready);
if (ready) {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'ts.weijian', password: 'Ohnet#Demo2026' }) });
  check('demo account signs in', res.status === 200);
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
  const session = await fetch(`${base}/api/v1/auth/session`, { headers: { cookie } });
  const body = session.ok ? await session.json() : null;
  check('session shows the 台山 scope', body?.scope?.rootRegionCode === '440781');
}
server.kill('SIGTERM');
const code = await new Promise((r) => server.once('exit', (c) => r(c)));
check('graceful shutdown exits 0', code === 0);
const failed = checks.filter((c) => !c.ok).length;
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
