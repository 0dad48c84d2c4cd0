import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The only reader of process.env. Validated once at startup; every problem is listed together.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const bool = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().default(path.join(repoRoot, 'data')),
  /** Master key for personal-data encryption, base64 ≥ 32 bytes; required in production (see platform/crypto). */
  DATA_KEY: z.string().optional(),
  DEMO: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  COOKIE_SECURE: bool.default(false),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Public toolbox (no sign-in): generous enough for integrations. */
  TOOLBOX_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  WEB_DIST: z.string().default(path.join(repoRoot, 'packages/web/dist')),
  /** Regions: load the whole country (default) or only these comma-separated province prefixes. */
  REGION_PROVINCES: z.string().optional(),
  // online monitoring (issue 5M)
  /** Raw sensor readings older than this are reduced to 15-minute aggregates and deleted. */
  MONITORING_RAW_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Ingestion requests per minute per device key. */
  MONITORING_INGEST_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };
  /** Where local state lives (PGlite files, the generated data key when DATA_KEY is unset). */
  dataDir: string;
  dataKey: string | undefined;
  demo: boolean;
  logLevel: string;
  session: { idleMinutes: number; maxHours: number; cookieSecure: boolean };
  loginRateLimitPerMinute: number;
  toolboxRateLimitPerMinute: number;
  bodyLimitBytes: number;
  webDist: string;
  regionProvinces: string[] | null;
  repoRoot: string;
  // online monitoring (issue 5M)
  monitoring: { rawRetentionDays: number; ingestRateLimitPerMinute: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const config: Config = {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: path.resolve(e.DATA_DIR) },
    dataDir: path.resolve(e.DATA_DIR),
    dataKey: e.DATA_KEY,
    demo: e.DEMO,
    logLevel: e.LOG_LEVEL,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS, cookieSecure: e.COOKIE_SECURE },
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    toolboxRateLimitPerMinute: e.TOOLBOX_RATE_LIMIT_PER_MINUTE,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    webDist: e.WEB_DIST,
    regionProvinces: e.REGION_PROVINCES ? e.REGION_PROVINCES.split(',').map((s) => s.trim()).filter(Boolean) : null,
    repoRoot,
    // online monitoring (issue 5M)
    monitoring: { rawRetentionDays: e.MONITORING_RAW_RETENTION_DAYS, ingestRateLimitPerMinute: e.MONITORING_INGEST_RATE_LIMIT_PER_MINUTE },
  };
  return Object.freeze(config);
}

/** Configuration for tests: in-memory PGlite unless the caller passes a database. */
export function testConfig(overrides: Partial<Config> = {}): Readonly<Config> {
  // A fixed key: tests never touch a key file.
  const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO: '0', DATA_KEY: Buffer.alloc(32, 42).toString('base64') });
  return Object.freeze({ ...base, database: { kind: 'pglite' as const, dataDir: null }, ...overrides });
}
