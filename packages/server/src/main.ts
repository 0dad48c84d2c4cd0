import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openAndPrepare } from './db/prepare.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDemoLoaded } from './db/seed/demo.seed.ts';
import { purgeExpiredSessions } from './platform/auth/sessions.ts';
import { startJobRunner } from './platform/jobs/jobs.runner.ts';
import { scheduleMonitoringRetention } from './modules/monitoring/monitoring.retention.ts';
import { startIndicatorRefresher } from './modules/indicators/indicators.refresher.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const started = Date.now();
  const { database } = await openAndPrepare(config, (m) => console.log(`[ohnet] ${m}`));
  const { app, jobHandlers, dataProtection, indicatorEngine } = await buildApp({
    config,
    database,
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
  });

  const runner = startJobRunner({ db: database.db, handlers: jobHandlers, log: app.log });
  const purge = setInterval(() => {
    purgeExpiredSessions(database.db, config.session.idleMinutes).catch((err: unknown) => app.log.warn({ err }, 'session purge failed'));
  }, 10 * 60_000);
  purge.unref();
  // monitoring (issue 5M): reduce old raw readings now and every 6 hours (the job is idempotent).
  void scheduleMonitoringRetention(database.db, app.log);
  const retention = setInterval(() => void scheduleMonitoringRetention(database.db, app.log), 6 * 3_600_000);
  retention.unref();
  // indicators (issue 7): aggregates follow every write within about a second.
  const stopIndicators = startIndicatorRefresher(database.db, indicatorEngine, app.log);

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    clearInterval(purge);
    clearInterval(retention);
    await stopIndicators();
    await app.close();
    await runner.stop();
    await database.close();
  });

  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  const lines = [
    `OHNet 职业健康一张网 is running at ${url}  (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    `API docs: ${url}/api/docs · personal-data key ${dataProtection.keyId}${config.dataKey ? ' (DATA_KEY)' : ` (generated, kept in ${config.dataDir}/ohnet-data.key: back it up with the data)`}`,
  ];
  if (await isDemoLoaded(database.db)) {
    lines.push(`Demo accounts (DEMO ONLY) — password for all: ${DEMO_PASSWORD}`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.username.padEnd(14)} ${a.label}`);
  } else {
    lines.push('No demo data. Create the first administrator with: npm run create-admin -- --username <name>');
  }
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
