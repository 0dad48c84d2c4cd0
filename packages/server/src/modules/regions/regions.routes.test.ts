import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';

describe('regions routes', () => {
  let t: TestApp;
  let s: Session;
  before(async () => {
    t = await createTestApp();
    s = await t.login('ts.qiye');
  });
  after(() => t.close());
  const get = (url: string) => t.request(s, { method: 'GET', url });

  it('lists the 31 mainland provinces', async () => {
    const res = await get('/api/v1/regions');
    assert.equal(res.statusCode, 200);
    const codes = res.json().map((r: { code: string }) => r.code);
    assert.equal(codes.length, 31);
    assert.ok(codes.includes('440000') && codes.includes('530000') && codes.includes('120000'));
  });

  it('lists a city\'s counties with child counts', async () => {
    const res = await get('/api/v1/regions?parentCode=440700');
    const taishan = res.json().find((r: { code: string }) => r.code === '440781');
    assert.equal(taishan.name, '台山市');
    assert.equal(taishan.level, 'county');
    assert.equal(taishan.fullName, '广东省江门市台山市');
    assert.equal(taishan.childCount, 17, '台山: 1 street + 16 towns (NBS 2023)');
  });

  it('gives a township with its ancestors, province first', async () => {
    const res = await get('/api/v1/regions/440781111');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.name, '海宴镇');
    assert.equal(body.level, 'township');
    assert.deepEqual(body.ancestors.map((a: { code: string }) => a.code), ['440000', '440700', '440781']);
  });

  it('skips the 市辖区 placeholder in full names of municipalities', async () => {
    const res = await get('/api/v1/regions/120112');
    assert.equal(res.json().fullName, '天津市津南区');
    assert.deepEqual(res.json().ancestors.map((a: { code: string }) => a.code), ['120000', '120100']);
  });

  it('hangs 东莞\'s townships directly on the city', async () => {
    const res = await get('/api/v1/regions?parentCode=441900');
    assert.ok(res.json().length > 20);
    assert.ok(res.json().every((r: { level: string }) => r.level === 'township'));
  });

  it('returns a subtree to the requested depth', async () => {
    const one = (await get('/api/v1/regions/440700/subtree?depth=1')).json();
    assert.ok(one.every((r: { level: string }) => r.level === 'city' || r.level === 'county'));
    const two = (await get('/api/v1/regions/440700/subtree?depth=2')).json();
    assert.ok(two.some((r: { code: string }) => r.code === '440781111'));
  });

  it('searches by name (higher levels first) and by code prefix, optionally within a region', async () => {
    const byName = (await get(`/api/v1/regions/search?q=${encodeURIComponent('台山')}`)).json();
    assert.ok(byName.some((r: { code: string }) => r.code === '440781'));
    const within = (await get(`/api/v1/regions/search?q=${encodeURIComponent('镇')}&within=440781&limit=50`)).json();
    assert.equal(within.length, 16);
    assert.ok(within.every((r: { code: string }) => r.code.startsWith('440781')));
    const byCode = (await get('/api/v1/regions/search?q=6403&level=county')).json();
    assert.deepEqual(byCode.map((r: { name: string }) => r.name), ['利通区', '红寺堡区', '盐池县', '同心县', '青铜峡市']);
  });

  it('answers 404 for an unknown code and 422 for a malformed one', async () => {
    const missing = await get('/api/v1/regions/440799');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().code, 'region.not_found');
    assert.equal((await get('/api/v1/regions/44')).statusCode, 422);
    assert.equal((await get('/api/v1/regions/search?q=')).statusCode, 422);
  });

  it('honours effective dates: a region closed before the asOf date is not found', async () => {
    // Simulate a code change: 440781 closed on 2030-01-01.
    await t.database.db.execute(
      (await import('drizzle-orm')).sql`update regions set valid_to = '2030-01-01' where code = '440781'`,
    );
    assert.equal((await get('/api/v1/regions/440781?asOf=2029-12-31')).statusCode, 200);
    assert.equal((await get('/api/v1/regions/440781?asOf=2030-01-01')).statusCode, 404);
  });

  it('needs a session', async () => {
    assert.equal((await t.request(null, { method: 'GET', url: '/api/v1/regions' })).statusCode, 401);
  });
});
