import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateOpenApi } from './cli/export-openapi.ts';
import { type TestApp, createTestApp } from './testing/test-app.ts';

describe('HTTP conventions', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ bodyLimitBytes: 4096 });
  });
  after(() => t.close());

  it('/healthz and /readyz answer', async () => {
    assert.equal((await t.request(null, { method: 'GET', url: '/healthz' })).json().status, 'ok');
    const ready = await t.request(null, { method: 'GET', url: '/readyz' });
    assert.equal(ready.statusCode, 200);
    assert.equal(ready.json().database, t.database.kind);
  });

  it('echoes a caller-supplied request id and generates one otherwise', async () => {
    const res = await t.request(null, { method: 'GET', url: '/healthz', headers: { 'x-request-id': 'trace-abc-123' } });
    assert.equal(res.headers['x-request-id'], 'trace-abc-123');
    const gen = await t.request(null, { method: 'GET', url: '/healthz' });
    assert.match(String(gen.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  });

  it('answers unknown API routes with 404 in the error shape', async () => {
    const res = await t.request(null, { method: 'GET', url: '/api/v1/nothing-here' });
    assert.equal(res.statusCode, 404);
    assert.deepEqual(Object.keys(res.json()).sort(), ['code', 'message']);
    assert.equal(res.json().code, 'route.not_found');
  });

  it('refuses oversized bodies with 413 and malformed JSON with 400', async () => {
    const big = await t.request(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x', password: 'y'.repeat(10_000) } });
    assert.equal(big.statusCode, 413);
    assert.equal(big.json().code, 'request.too_large');
    const bad = await t.request(null, { method: 'POST', url: '/api/v1/auth/login', payload: '{"username":', headers: { 'content-type': 'application/json' } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().code, 'request.malformed_json');
  });

  it('sets security headers', async () => {
    const res = await t.request(null, { method: 'GET', url: '/healthz' });
    assert.ok(String(res.headers['content-security-policy']).includes("default-src 'self'"));
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });

  it('serves the OpenAPI 3.1 document at /api/docs/json', async () => {
    const res = await t.request(null, { method: 'GET', url: '/api/docs/json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/api/v1/organisations/{id}'].patch);
  });

  it('the committed packages/api-client/openapi.json matches the routes (run `npm run openapi` if not)', async () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, '../../api-client/openapi.json'), 'utf8');
    assert.equal(committed, await generateOpenApi());
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 with the error shape once a client exceeds the per-minute sign-in limit', async () => {
    const t = await createTestApp({ loginRateLimitPerMinute: 3 });
    try {
      const attempt = () => t.request(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'Wrong-pass-1' } });
      for (let i = 0; i < 3; i++) assert.equal((await attempt()).statusCode, 401);
      const limited = await attempt();
      assert.equal(limited.statusCode, 429);
      assert.equal(limited.json().code, 'request.rate_limited');
    } finally {
      await t.close();
    }
  });
});

describe('serving the web app', () => {
  it('serves index.html for / and client routes, files as files, and JSON 404s for the rest', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dist = mkdtempSync(path.join(tmpdir(), 'ohnet-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>职业健康一张网</title>');
    writeFileSync(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');
    const t = await createTestApp({ webDist: dist });
    try {
      for (const url of ['/', '/organisations', '/admin/users?status=locked']) {
        const res = await t.request(null, { method: 'GET', url });
        assert.equal(res.statusCode, 200, url);
        assert.match(res.body, /职业健康一张网/);
        assert.equal(res.headers['cache-control'], 'no-cache');
      }
      const asset = await t.request(null, { method: 'GET', url: '/assets/app-1.js' });
      assert.equal(asset.body, 'console.log(1)');
      // A file added after start-up (a rebuild) is served without a restart.
      writeFileSync(path.join(dist, 'assets', 'app-2.js'), 'console.log(2)');
      assert.equal((await t.request(null, { method: 'GET', url: '/assets/app-2.js' })).body, 'console.log(2)');
      assert.equal((await t.request(null, { method: 'GET', url: '/assets/missing.js' })).json().code, 'route.not_found');
      assert.equal((await t.request(null, { method: 'GET', url: '/api/v1/nothing' })).json().code, 'route.not_found');
    } finally {
      await t.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
