#!/usr/bin/env node
/**
 * Browser journeys: builds the web app, starts the real server on a free port with a fresh
 * embedded database and demo data, runs e2e/journeys/*.spec.ts in Debian's chromium through
 * playwright-core, stops the server, and ends with `N passed, N failed`. Screenshots land in
 * e2e/artifacts/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync('npm', ['run', 'build', '-w', '@ohnet/web'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const port = await new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const dataDir = mkdtempSync(path.join(tmpdir(), 'ohnet-e2e-'));
const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: '1', LOG_LEVEL: 'warn', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' };
delete env.DATABASE_URL; // journeys run against the default embedded mode, as `npm start` does
const server = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
server.stdout.on('data', (d) => process.stdout.write(`[server] ${d}`));

const base = `http://127.0.0.1:${port}`;
const deadline = Date.now() + 120_000;
let ready = false;
while (Date.now() < deadline) {
  try {
    const r = await fetch(`${base}/readyz`);
    if (r.ok) {
      ready = true;
      break;
    }
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 500));
}

let code = 1;
let pass = 0;
let fail = 1;
if (ready) {
  const dir = path.join(root, 'e2e/journeys');
  // `npm run test:e2e -- declaration` runs only the journeys whose file name contains a given word.
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.spec.ts') && (only.length === 0 || only.some((w) => f.includes(w))))
    .map((f) => path.join(dir, f));
  const out = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...files], {
      cwd: root,
      env: { ...process.env, E2E_BASE_URL: base },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (d) => {
      text += d;
      process.stdout.write(d);
    });
    child.on('close', (c) => {
      code = c ?? 1;
      resolve(text);
    });
  });
  pass = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
  fail = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? (code === 0 ? 0 : 1)) + Number(/^# cancelled (\d+)/m.exec(out)?.[1] ?? 0); // a cancelled test (failed hook) is a failure
} else {
  console.error('server did not become ready within 120 s');
}
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dataDir, { recursive: true, force: true });
console.log(`${pass} passed, ${fail} failed`);
process.exit(ready && code === 0 && fail === 0 ? 0 : 1);
