import { z } from 'zod';
import type { Config } from '../../config.ts';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { UuidParamSchema, errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import {
  AlertListQuerySchema,
  AlertPageSchema,
  DEVICE_KEY_HEADER,
  DeviceKeyParamsSchema,
  DeviceKeySchema,
  DeviceSeriesQuerySchema,
  DeviceSeriesSchema,
  DeviceStateSchema,
  EmployerMonitoringSchema,
  IngestReadingsSchema,
  IngestResultSchema,
  IssuedKeySchema,
  MAX_READINGS_PER_BATCH,
  NewKeySchema,
  RegisterDeviceSchema,
} from './monitoring.schemas.ts';
import type { MonitoringService } from './monitoring.service.ts';

const tags = ['monitoring'];

export function registerMonitoringRoutes(app: ZApp, service: MonitoringService, config: Config): void {
  // Devices authenticate with their own key, not a session: the route is public for the session
  // check and the service answers 401 for a missing, unknown or revoked key.
  app.post('/monitoring/readings', {
    config: {
      access: access.public,
      rateLimit: {
        max: config.monitoring.ingestRateLimitPerMinute,
        timeWindow: '1 minute',
        keyGenerator: (req) => {
          const key = req.headers[DEVICE_KEY_HEADER];
          return typeof key === 'string' ? `device:${key.slice(0, 16)}` : `ip:${req.ip}`;
        },
      },
    },
    schema: {
      tags,
      summary: `在线监测数据上报 Ingest a batch of readings (device key in ${DEVICE_KEY_HEADER}; up to ${MAX_READINGS_PER_BATCH} readings; partial acceptance: accepted / duplicates / rejected with index and reason)`,
      security: [],
      headers: z.object({ [DEVICE_KEY_HEADER]: z.string().optional().describe('Device key ohk_<prefix>_<secret>, issued at registration or rotation') }),
      body: IngestReadingsSchema,
      response: { 200: IngestResultSchema, ...errorResponses },
    },
    handler: (req) => service.ingest(req.headers[DEVICE_KEY_HEADER], req.body),
  });

  app.get('/employers/:id/monitoring', {
    config: { access: access.permission('monitoring:read') },
    schema: { tags, summary: '在线监测实时情况 Devices of an employer with latest value, 15-min average, rolling 8-h value vs limit, open alerts', params: UuidParamSchema, response: { 200: EmployerMonitoringSchema, ...errorResponses } },
    handler: (req) => service.forEmployer(ctxOf(req), req.params.id),
  });
  app.post('/employers/:id/monitoring/devices', {
    config: { access: access.permission('monitoring:manage') },
    schema: {
      tags,
      summary: '登记监测设备 Register a device on a post; answers its first key once',
      params: UuidParamSchema,
      body: RegisterDeviceSchema,
      response: { 201: z.object({ device: DeviceStateSchema, key: DeviceKeySchema, secret: z.string() }).meta({ id: 'RegisteredDevice' }), ...errorResponses },
    },
    handler: async (req, reply) => reply.status(201).send(await service.register(ctxOf(req), req.params.id, req.body)),
  });
  app.get('/monitoring/devices/:id/series', {
    config: { access: access.permission('monitoring:read') },
    schema: { tags, summary: '监测曲线 15-minute points and rolling 8-h values of the last hours (default 24)', params: UuidParamSchema, querystring: DeviceSeriesQuerySchema, response: { 200: DeviceSeriesSchema, ...errorResponses } },
    handler: (req) => service.series(ctxOf(req), req.params.id, req.query.hours),
  });
  app.post('/monitoring/devices/:id/keys', {
    config: { access: access.permission('monitoring:manage') },
    schema: { tags, summary: '签发新密钥 Issue another key for rotation (shown once)', params: UuidParamSchema, body: NewKeySchema, response: { 201: IssuedKeySchema, ...errorResponses } },
    handler: async (req, reply) => reply.status(201).send(await service.issueKey(ctxOf(req), req.params.id, req.body.label ?? null)),
  });
  app.post('/monitoring/devices/:id/keys/:keyId/revoke', {
    config: { access: access.permission('monitoring:manage') },
    schema: { tags, summary: '吊销密钥 Revoke a device key', params: DeviceKeyParamsSchema, response: { 200: DeviceKeySchema, ...errorResponses } },
    handler: (req) => service.revokeKey(ctxOf(req), req.params.id, req.params.keyId),
  });
  app.post('/monitoring/devices/:id/retire', {
    config: { access: access.permission('monitoring:manage') },
    schema: { tags, summary: '停用设备 Retire a device (its keys are revoked; data and alerts kept)', params: UuidParamSchema, response: { 200: DeviceStateSchema, ...errorResponses } },
    handler: (req) => service.retire(ctxOf(req), req.params.id),
  });
  app.get('/monitoring/alerts', {
    config: { access: access.permission('monitoring:read', { scoped: false }) },
    schema: { tags, summary: '在线监测预警 Alert episodes in scope (default: open)', querystring: AlertListQuerySchema, response: { 200: AlertPageSchema, ...errorResponses } },
    handler: (req) => service.alerts(ctxOf(req), req.query),
  });
}
