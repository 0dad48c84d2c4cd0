#!/usr/bin/env node
/**
 * Runs the Node test suites: domain unit tests and server service/route tests (on PGlite, or on
 * PostgreSQL when DATABASE_URL is set). Prepares the database template first, runs the files with
 * node's test runner, and ends with one line `N passed, N failed`.
 *   node scripts/run-tests.mjs                 all suites (PGlite unless DATABASE_URL)
 *   node scripts/run-tests.mjs --integration-only   server suites only (used for the PostgreSQL pass)
 *   node scripts/run-tests.mjs <file>...       just these files
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const integrationOnly = args.includes('--integration-only');
const explicit = args.filter((a) => !a.startsWith('--'));

function findTests(dir) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (entry.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const domainTests = findTests(path.join(root, 'packages/domain/src'));
const serverTests = findTests(path.join(root, 'packages/server/src'));
const files = explicit.length ? explicit.map((f) => path.resolve(f)) : integrationOnly ? serverTests : [...domainTests, ...serverTests];

function run(cmd, argv, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: root, stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', env: process.env });
    let out = '';
    if (opts.capture) {
      child.stdout.on('data', (d) => {
        out += d;
        process.stdout.write(d);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const db = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
console.log(`# suites: ${files.length} files on ${db}`);
if (files.some((f) => f.includes(`${path.sep}server${path.sep}`))) {
  const prep = await run(process.execPath, ['--import', 'tsx', 'packages/server/src/testing/prepare-template.ts']);
  if (prep.code !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2';
const { code, out } = await run(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=tap', ...files],
  { capture: true },
);
const pass = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
const fail = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? (code === 0 ? 0 : 1)) + Number(/^# cancelled (\d+)/m.exec(out)?.[1] ?? 0); // a cancelled test (failed hook) is a failure
console.log(`${pass} passed, ${fail} failed`);
process.exit(code === 0 && fail === 0 ? 0 : 1);
