import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { buildApp, type RegisteredRoute } from '../app.ts';
import { type Config, testConfig } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed/demo.seed.ts';
import { organisations } from '../modules/organisations/organisations.table.ts';
import { users } from '../modules/users/users.table.ts';
import { SESSION_COOKIE } from '../platform/auth/sessions.ts';
import type { DataProtection } from '../platform/crypto/data-keys.ts';
import type { IndicatorEngine } from '../modules/indicators/indicators.engine.ts';
import { startJobRunner } from '../platform/jobs/jobs.runner.ts';
import { createTestDatabase } from './test-db.ts';

export interface Session {
  username: string;
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: FastifyInstance;
  routes: RegisteredRoute[];
  database: Database;
  db: Db;
  config: Config;
  dataProtection: DataProtection;
  /** The indicator engine (issue 7): reads drain it; tests may drain or check it directly. */
  indicatorEngine: IndicatorEngine;
  /** Signs in with a demo account (or any account and password). */
  login(username: string, password?: string): Promise<Session>;
  /** Sends a request as a session (cookie + CSRF header); `session: null` sends it anonymously. */
  request(session: Session | null, opts: InjectOptions): Promise<LightMyRequestResponse>;
  /** Runs every queued background job now (tests have no polling runner); returns how many ran. */
  drainJobs(): Promise<number>;
  /** The id of a demo organisation by its exact name. */
  orgId(name: string): Promise<string>;
  userId(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig({ loginRateLimitPerMinute: 10_000, ...overrides });
  const { app, routes, jobHandlers, dataProtection, indicatorEngine } = await buildApp({ config, database });
  await app.ready();
  const runner = startJobRunner({ db: database.db, handlers: jobHandlers, autoStart: false });

  async function request(session: Session | null, opts: InjectOptions): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) };
    if (session) {
      headers.cookie = `${SESSION_COOKIE}=${session.cookie}`;
      headers['x-csrf-token'] = session.csrfToken;
    }
    return app.inject({ ...opts, headers });
  }

  return {
    app,
    routes,
    database,
    db: database.db,
    config,
    dataProtection,
    indicatorEngine,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
      if (!cookie) throw new Error('no session cookie');
      return { username, cookie: cookie.value, csrfToken: (res.json() as { csrfToken: string }).csrfToken };
    },
    request,
    drainJobs: () => runner.drain(),
    async orgId(name) {
      const rows = await database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name));
      if (!rows[0]) throw new Error(`no organisation ${name}`);
      return rows[0].id;
    },
    async userId(username) {
      const rows = await database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
      if (!rows[0]) throw new Error(`no user ${username}`);
      return rows[0].id;
    },
    async close() {
      await runner.stop();
      await app.close();
      await database.close();
    },
  };
}

export { DEMO_ACCOUNTS, DEMO_PASSWORD };
