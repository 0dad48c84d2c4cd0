import { z } from 'zod';
import { errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import {
  AsOfQuerySchema,
  ChildrenQuerySchema,
  CodeParamSchema,
  RegionDetailSchema,
  RegionSchema,
  SearchQuerySchema,
  SubtreeQuerySchema,
} from './regions.schemas.ts';
import type { RegionsService } from './regions.service.ts';

const tags = ['regions'];
// Regions are reference data: readable by every role, not subject to the actor's scope.
const read = access.permission('region:read', { scoped: false });

export function registerRegionRoutes(app: ZApp, regions: RegionsService): void {
  app.get('/regions', {
    config: { access: read },
    schema: { tags, summary: '下级行政区划 Children of a region (or the provinces)', querystring: ChildrenQuerySchema, response: { 200: z.array(RegionSchema), ...errorResponses } },
    handler: (req) => regions.children(req.query.parentCode, req.query.asOf),
  });
  app.get('/regions/search', {
    config: { access: read },
    schema: { tags, summary: '按名称或代码搜索 Search by name or code', querystring: SearchQuerySchema, response: { 200: z.array(RegionSchema), ...errorResponses } },
    handler: (req) => regions.search(req.query.q, req.query),
  });
  app.get('/regions/:code', {
    config: { access: read },
    schema: { tags, summary: '行政区划详情 One region with its ancestors', params: CodeParamSchema, querystring: AsOfQuerySchema, response: { 200: RegionDetailSchema, ...errorResponses } },
    handler: (req) => regions.get(req.params.code, req.query.asOf),
  });
  app.get('/regions/:code/ancestors', {
    config: { access: read },
    schema: { tags, summary: '上级行政区划 Ancestors, province first', params: CodeParamSchema, querystring: AsOfQuerySchema, response: { 200: z.array(RegionSchema), ...errorResponses } },
    handler: (req) => regions.ancestors(req.params.code, req.query.asOf),
  });
  app.get('/regions/:code/subtree', {
    config: { access: read },
    schema: { tags, summary: '辖区子树 The region and its descendants to a depth', params: CodeParamSchema, querystring: SubtreeQuerySchema, response: { 200: z.array(RegionSchema), ...errorResponses } },
    handler: (req) => regions.subtree(req.params.code, req.query.depth, req.query.asOf),
  });
}
