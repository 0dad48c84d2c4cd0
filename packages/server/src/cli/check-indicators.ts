/**
 * Checks that the stored indicator facts and aggregates equal a full recomputation from the records,
 * on the configured database (PGlite data dir, or PostgreSQL with DATABASE_URL):
 *   npm run indicators:check            — report differences (exit 1 when any)
 *   npm run indicators:check -- --repair — rebuild everything from the records when they differ
 */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { createIndicatorEngine } from '../modules/indicators/indicators.engine.ts';
import { INDICATOR_PROVIDERS } from '../modules/indicators/indicators.providers.ts';

const config = loadConfig();
const database = await openDatabase(config.database.kind === 'postgres' ? { kind: 'postgres', url: config.database.url } : { kind: 'pglite', dataDir: config.database.dataDir });
const engine = createIndicatorEngine(INDICATOR_PROVIDERS);
try {
  const started = Date.now();
  const result = await engine.check(database.db);
  const took = ((Date.now() - started) / 1000).toFixed(1);
  if (result.ok) {
    console.log(`indicators OK: ${result.facts} facts, ${result.aggregates} aggregate cells equal a full recomputation (${took} s)`);
  } else {
    console.error(`indicators DIFFER from a full recomputation: ${result.differences.length} differences (${took} s)`);
    for (const d of result.differences.slice(0, 20)) console.error(`  ${d}`);
    if (process.argv.includes('--repair')) {
      const r = await engine.recomputeAll(database.db);
      console.log(`rebuilt from the records: ${r.facts} facts`);
    } else process.exitCode = 1;
  }
} finally {
  await database.close();
}
