import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import { type Database, ping } from './db/client.ts';
import { registerAuth } from './platform/auth/auth.plugin.ts';
import { registerErrorHandler } from './platform/http/error-handler.ts';
import type { RouteAccess } from './platform/http/route-access.ts';
import type { ZApp } from './platform/http/zod-app.ts';
import { auditVerifyJob, createAuditQueryService, registerAuditRoutes } from './modules/audit/audit.module.ts';
import { createJobsService, registerJobRoutes } from './platform/jobs/jobs.module.ts';
import type { JobHandler } from './platform/jobs/jobs.runner.ts';
import { type DataProtection, createDataProtection, loadDataKey } from './platform/crypto/data-keys.ts';
import { registerAuthRoutes } from './modules/auth/auth.routes.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { createDeclarationClocks, declarationTodos, registerDeclarationClockRoutes } from './modules/declarations/declarations.clocks.ts';
import { registerDeclarationRoutes } from './modules/declarations/declarations.routes.ts';
import { createDeclarationsService } from './modules/declarations/declarations.service.ts';
import { employerImportJob } from './modules/employers/employers.import.ts';
import { postImportJob } from './modules/employers/posts.import.ts';
import { registerEmployerRoutes } from './modules/employers/employers.routes.ts';
import { createDeclarationRateService, registerDeclarationRateRoutes } from './modules/indicators/declaration-rate.module.ts';
import { type IndicatorEngine, createIndicatorEngine } from './modules/indicators/indicators.engine.ts';
import { INDICATOR_PROVIDERS } from './modules/indicators/indicators.providers.ts';
import { registerIndicatorRoutes } from './modules/indicators/indicators.routes.ts';
import { createIndicatorsService } from './modules/indicators/indicators.service.ts';
import { createPlansService } from './modules/indicators/plans.service.ts';
import { indicatorWarningProvider } from './modules/indicators/indicators.warnings.ts';
import { registerPlanReportRoutes } from './modules/indicators/plan-reports.routes.ts';
import { createEmployersService } from './modules/employers/employers.service.ts';
import { type HomeTodoProvider, foundationTodos, registerHomeRoutes } from './modules/home/home.module.ts';
import { registerOrganisationRoutes } from './modules/organisations/organisations.routes.ts';
import { createOrganisationsService } from './modules/organisations/organisations.service.ts';
import { registerRegionRoutes } from './modules/regions/regions.routes.ts';
import { createRegionsService } from './modules/regions/regions.service.ts';
import { registerCalcRoutes } from './modules/toolbox/calc.routes.ts';
import { registerToolboxRoutes } from './modules/toolbox/toolbox.routes.ts';
import { registerUserRoutes } from './modules/users/users.routes.ts';
import { registerWorkerRoutes } from './modules/workers/workers.routes.ts';
import { workerImportJob } from './modules/workers/workers.import.ts';
import { createWorkersService } from './modules/workers/workers.service.ts';
import { createUsersService } from './modules/users/users.service.ts';
// assessments (issue 5a)
import { assessmentSurveillanceFlags } from './modules/assessments/assessments.flags.ts';
import { assessmentImportJob } from './modules/assessments/assessments.import.ts';
import { createAssessmentOversight } from './modules/assessments/assessments.oversight.ts';
import { registerAssessmentRoutes } from './modules/assessments/assessments.routes.ts';
import { createAssessmentsService } from './modules/assessments/assessments.service.ts';
import { assessmentTodos, createRectificationsService } from './modules/assessments/rectifications.service.ts';
// monitoring (issue 5M)
import { registerMonitoringRoutes } from './modules/monitoring/monitoring.routes.ts';
import { monitoringRetentionJob } from './modules/monitoring/monitoring.retention.ts';
import { createMonitoringService, monitoringTodos } from './modules/monitoring/monitoring.service.ts';
// issue 6e: occupational health exams
import { createExamIndicators } from './modules/exams/exams.indicators.ts';
import { examBatchJob } from './modules/exams/exams.jobs.ts';
import { examTodos, registerExamRoutes } from './modules/exams/exams.routes.ts';
import { createExamsService } from './modules/exams/exams.service.ts';
// radiation (issue 6R)
import { doseImportJob } from './modules/radiation/radiation.import.ts';
import { registerRadiationRoutes } from './modules/radiation/radiation.routes.ts';
import { createRadiationService, radiationTodos } from './modules/radiation/radiation.service.ts';
// early warning (issue 7)
import { warningsEvaluateJob } from './modules/warnings/warnings.evaluator.ts';
import {
  type WarningRuleProvider,
  assessmentWarningProviders,
  declarationWarningProvider,
  examOverdueWarningProvider,
  monitoringWarningProvider,
  periodicTestingWarningProvider,
  suspectedClusterWarningProvider,
} from './modules/warnings/warnings.providers.ts';
import { registerWarningRoutes } from './modules/warnings/warnings.routes.ts';
import { createWarningsService, warningTodos } from './modules/warnings/warnings.service.ts';

export const API_PREFIX = '/api/v1';

export interface AppDeps {
  config: Config;
  database: Database;
  /** Encryption, blind indexes and signatures for personal data; built from the config's key when absent. */
  dataProtection?: DataProtection;
  /** Pino options or false; tests pass false. */
  logger?: FastifyServerOptions['logger'];
}

/** A route as the access-matrix test sees it. */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

export interface BuiltApp {
  app: FastifyInstance;
  routes: RegisteredRoute[];
  /** The background job kinds the modules provide; main.ts runs them (tests drain them). */
  jobHandlers: JobHandler[];
  dataProtection: DataProtection;
  /** The indicator engine: main.ts drains it in the background; tests drain it themselves. */
  indicatorEngine: IndicatorEngine;
}

/** Builds the HTTP application around a database. Tests call this; main.ts adds listening and shutdown. */
export async function buildApp(deps: AppDeps): Promise<BuiltApp> {
  const { config, database } = deps;
  const db = database.db;
  // For the modules that hold personal data (workers, exams): created at start-up, so a missing or
  // bad key stops the server before it serves anything, and one key serves every module.
  const dataProtection = deps.dataProtection ?? createDataProtection(loadDataKey({ dataKey: config.dataKey, dataDir: config.dataDir, env: config.env }));
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: true,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every /api route must declare its access; record them for the access-matrix test.
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(API_PREFIX)) return;
    const accessDecl = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (!accessDecl) throw new Error(`Route ${String(route.method)} ${route.url} declares no access (config.access)`);
    for (const m of [route.method].flat()) if (m !== 'HEAD') routes.push({ method: m, url: route.url, access: accessDecl });
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandler(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects CSS-in-JS style tags; swagger-ui needs inline styles too.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyRateLimit, { global: false });
  // Uploads (imports): one file per request, at most 20 MB; JSON bodies keep BODY_LIMIT_BYTES.
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: 20 * 1024 * 1024, fields: 5 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OHNet API (职业健康一张网)',
        version: '1.0.0',
        description:
          'Occupational-health management platform. Sign in with POST /api/v1/auth/login (session cookie); send the csrfToken from the session in `x-csrf-token` on every unsafe request. Errors are `{ code, message, details }`.',
      },
      servers: [],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ohnet_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerAuth(app, { db, config });

  // Services: each gets only what it uses.
  const regions = createRegionsService(db);
  const organisations = createOrganisationsService(db, regions);
  const users = createUsersService(db, organisations);
  const auth = createAuthService(db, config, regions);
  const audit = createAuditQueryService(db);
  const jobs = createJobsService(db);
  const employers = createEmployersService(db, regions);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- handlers are heterogeneous by design
  const jobHandlers: JobHandler<any, unknown>[] = [auditVerifyJob(), workerImportJob(dataProtection), employerImportJob(), postImportJob()];
  // Area modules (issues 5 and 6): each contributes job handlers and home to-dos.
  const monitoring = createMonitoringService(db, config, employers);
  const exams = createExamsService(db, dataProtection, { flagProviders: [assessmentSurveillanceFlags] });
  // Plans and indicators (issue 7): the engine keeps indicator aggregates fresh from every module's records.
  const indicatorEngine = createIndicatorEngine(INDICATOR_PROVIDERS);
  const indicators = createIndicatorsService(db, indicatorEngine, regions);
  const plans = createPlansService(db, indicators, regions);
  const declarationClocks = createDeclarationClocks(db, employers);
  const assessmentOversight = createAssessmentOversight(db, employers, regions);
  // Early warning (issue 7): each area's rules, listed explicitly; the plan-indicator rule joins here too.
  const warningProviders: WarningRuleProvider[] = [
    ...assessmentWarningProviders(db),
    periodicTestingWarningProvider(assessmentOversight),
    declarationWarningProvider(declarationClocks),
    examOverdueWarningProvider(exams),
    suspectedClusterWarningProvider(db),
    monitoringWarningProvider(db),
    indicatorWarningProvider(plans),
  ];
  jobHandlers.push(assessmentImportJob(), monitoringRetentionJob(config), examBatchJob(dataProtection), doseImportJob(dataProtection), warningsEvaluateJob(warningProviders));
  const homeTodos: HomeTodoProvider[] = [...foundationTodos(users), ...declarationTodos(db), ...assessmentTodos(db), ...monitoringTodos(monitoring), ...examTodos(exams), ...radiationTodos(db), ...warningTodos(db)];

  await app.register(
    async (api) => {
      const z = api as unknown as ZApp;
      registerAuthRoutes(z, auth, config);
      registerRegionRoutes(z, regions);
      registerOrganisationRoutes(z, organisations);
      registerUserRoutes(z, users);
      registerAuditRoutes(z, audit);
      registerJobRoutes(z, jobs);
      registerEmployerRoutes(z, employers, db);
      registerWorkerRoutes(z, createWorkersService(db, dataProtection, employers));
      registerDeclarationRoutes(z, createDeclarationsService(db, dataProtection, employers), config);
      registerDeclarationRateRoutes(z, createDeclarationRateService(db, regions));
      registerDeclarationClockRoutes(z, declarationClocks);
      registerToolboxRoutes(z, config);
      registerCalcRoutes(z, config);
      registerAssessmentRoutes(z, { assessments: createAssessmentsService(db), rectifications: createRectificationsService(db), oversight: assessmentOversight, db });
      registerMonitoringRoutes(z, monitoring, config);
      registerExamRoutes(z, exams, createExamIndicators(db, regions));
      registerRadiationRoutes(z, createRadiationService(db, dataProtection, regions));
      registerIndicatorRoutes(z, { indicators, plans });
      registerWarningRoutes(z, createWarningsService(db, regions));
      registerPlanReportRoutes(z, { db, indicators, plans });
      registerHomeRoutes(z, { providers: homeTodos, organisations });
    },
    { prefix: API_PREFIX },
  );

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await ping(db);
      return { status: 'ready', database: database.kind };
    } catch {
      return reply.status(503).send({ code: 'server.not_ready', message: 'database unavailable' });
    }
  });

  // The built web app. Files are looked up per request (a rebuild needs no restart); any other GET
  // outside /api falls back to index.html so client-side routes load the app.
  const hasWeb = existsSync(path.join(config.webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: config.webDist, prefix: '/', wildcard: true, index: false, maxAge: '1h' });
    app.get('/', { schema: { hide: true } }, (_req, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false }));
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !path.extname(request.url.split('?')[0] ?? '');
    if (hasWeb && isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    return reply.status(404).send({ code: 'route.not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` });
  });

  return { app, routes, jobHandlers: jobHandlers as JobHandler[], dataProtection, indicatorEngine };
}
