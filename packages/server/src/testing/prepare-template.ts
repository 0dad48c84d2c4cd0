/** Builds the test template once before the test files run (called by scripts/run-tests.mjs). */
import { preparePgTemplate, preparePgliteTemplate } from './test-db.ts';

const started = Date.now();
if (process.env.DATABASE_URL) {
  const name = await preparePgTemplate(process.env.DATABASE_URL);
  console.log(`# test template: PostgreSQL database ${name} (${Date.now() - started} ms)`);
} else {
  const file = await preparePgliteTemplate();
  console.log(`# test template: PGlite dump ${file} (${Date.now() - started} ms)`);
}
