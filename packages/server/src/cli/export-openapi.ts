/**
 * Writes the OpenAPI document generated from the routes to packages/api-client/openapi.json.
 * `--check` fails (exit 1) when the committed file differs: CI runs it so the contract never drifts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '../app.ts';
import { testConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';

export async function generateOpenApi(): Promise<string> {
  const config = testConfig();
  // No database access happens while building the document; an in-memory PGlite satisfies the type.
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    const { app } = await buildApp({ config, database });
    await app.ready();
    const doc = app.swagger();
    await app.close();
    return `${JSON.stringify(doc, null, 2)}\n`;
  } finally {
    await database.close();
  }
}

const target = path.resolve(import.meta.dirname, '../../../api-client/openapi.json');
if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const doc = await generateOpenApi();
  if (process.argv.includes('--check')) {
    const current = (() => {
      try {
        return readFileSync(target, 'utf8');
      } catch {
        return '';
      }
    })();
    if (current !== doc) {
      console.error('packages/api-client/openapi.json is stale: run `npm run openapi` and commit the result.');
      process.exit(1);
    }
    console.log('openapi.json is up to date');
  } else {
    writeFileSync(target, doc);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}
