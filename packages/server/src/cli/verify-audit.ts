/** Verifies the audit hash chain of the configured database: npm run audit:verify */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { verifyAuditChain } from '../platform/audit/audit.writer.ts';

const config = loadConfig();
const database = await openDatabase(config.database.kind === 'postgres' ? { kind: 'postgres', url: config.database.url } : { kind: 'pglite', dataDir: config.database.dataDir });
try {
  const result = await verifyAuditChain(database.db);
  if (result.ok) console.log(`audit chain OK: ${result.checked} entries, last hash ${result.lastHash}`);
  else {
    console.error(`audit chain BROKEN at seq ${result.firstBroken?.seq} (${result.firstBroken?.reason}) after ${result.checked} good entries`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
