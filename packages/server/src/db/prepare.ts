import type { Config } from '../config.ts';
import { type Database, openDatabase } from './client.ts';
import { seedDemo } from './seed/demo.seed.ts';
import { seedRegions } from './seed/regions.seed.ts';
import { createDataProtection, loadDataKey } from '../platform/crypto/data-keys.ts';
import { seedExamDemo } from '../modules/exams/exams.demo.ts';
import { seedRadiationDemo } from '../modules/radiation/radiation.demo.ts';
import { seedDemoPlans } from '../modules/indicators/plans.service.ts';
import { seedEmployerBaseDemo } from '../modules/employers/employers.demo.ts';
import { seedAssessmentDemo } from '../modules/assessments/assessments.demo.ts';

export interface PrepareReport {
  regionsLoaded: number;
  demoLoaded: boolean;
}

/** Opens the configured database, applies migrations, loads regions and (if configured) demo data. */
export async function openAndPrepare(config: Config, log: (msg: string) => void = () => {}): Promise<{ database: Database; report: PrepareReport }> {
  const database = await openDatabase(
    config.database.kind === 'postgres' ? { kind: 'postgres', url: config.database.url } : { kind: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    log(`database: ${database.kind}${config.database.kind === 'pglite' ? ` (${config.database.dataDir ?? 'in memory'})` : ''}; applying migrations`);
    await database.migrate();
    const regions = await seedRegions(database.db, config.regionProvinces);
    if (!regions.skipped) log(`regions: loaded ${regions.loaded}`);
    const demoLoaded = config.demo ? await seedDemo(database.db) : false;
    if (demoLoaded) log('demo data: loaded');
    if (config.demo) {
      // Demo workers (exams, radiation) carry encrypted ID numbers: load the data key once for both.
      const dp = createDataProtection(loadDataKey({ dataKey: config.dataKey, dataDir: config.dataDir, env: config.env }));
      if (await seedExamDemo(database.db, dp)) log('demo exams: loaded');
      if (await seedRadiationDemo(database.db, dp)) log('demo data: radiation workers loaded');
      const plans = await seedDemoPlans(database.db);
      if (plans > 0) log(`demo plans: loaded ${plans} (shared/seeds)`);
      // After the exams demo: its 冲压 post and workers are where a demo exceedance raises surveillance flags.
      if (await seedAssessmentDemo(database.db)) log('demo data: assessment reports loaded');
      if (await seedEmployerBaseDemo(database.db)) log('demo data: employer profiles and posts for the plan indicators loaded');
    }
    return { database, report: { regionsLoaded: regions.loaded, demoLoaded } };
  } catch (e) {
    await database.close();
    throw e;
  }
}
