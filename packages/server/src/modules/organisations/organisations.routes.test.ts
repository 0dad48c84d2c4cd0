import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { buildUscc } from '@ohnet/domain';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';
import { organisations } from './organisations.table.ts';

const url = '/api/v1/organisations';

describe('organisations routes', () => {
  let t: TestApp;
  let county: Session; // 台山市卫生健康局
  let city: Session; // 江门市卫生健康局
  let employer: Session;
  let inspector: Session;
  let admin: Session;
  before(async () => {
    t = await createTestApp();
    county = await t.login('ts.weijian');
    city = await t.login('jm.weijian');
    employer = await t.login('ts.qiye');
    inspector = await t.login('ts.jiandu');
    admin = await t.login('admin');
  });
  after(() => t.close());

  const names = async (s: Session, query = '') => {
    const res = await t.request(s, { method: 'GET', url: `${url}?pageSize=200${query}` });
    assert.equal(res.statusCode, 200);
    return (res.json().items as { name: string }[]).map((o) => o.name);
  };

  it('a county regulator lists only its county; the city regulator also sees the neighbouring county', async () => {
    const countyNames = await names(county);
    assert.ok(countyNames.includes('台山市海宴五金制品有限公司（演示）'));
    assert.ok(!countyNames.includes('开平市水口卫浴制造有限公司（演示）'));
    assert.ok(!countyNames.includes('江门市卫生健康局'), 'the city above is outside a county scope');
    const cityNames = await names(city);
    assert.ok(cityNames.includes('开平市水口卫浴制造有限公司（演示）'));
    assert.ok(cityNames.includes('台山市海宴五金制品有限公司（演示）'));
    assert.ok(!cityNames.includes('吴忠市利通区铸造有限公司（演示）'));
  });

  it('an employer sees only itself', async () => {
    assert.deepEqual(await names(employer), ['台山市海宴五金制品有限公司（演示）']);
  });

  it('filters by type, region subtree, name and USCC prefix, with paging totals', async () => {
    assert.deepEqual(await names(city, '&type=employer&regionCode=440783'), ['开平市水口卫浴制造有限公司（演示）']);
    assert.deepEqual(await names(city, `&q=${encodeURIComponent('海宴')}`), ['台山市海宴五金制品有限公司（演示）']);
    const res = await t.request(city, { method: 'GET', url: `${url}?page=1&pageSize=2` });
    const body = res.json();
    assert.equal(body.items.length, 2);
    assert.ok(body.total > 2);
    const uscc = (await t.request(city, { method: 'GET', url: `${url}/${await t.orgId('台山市卫生健康局')}` })).json().uscc as string;
    assert.deepEqual(await names(city, `&q=${uscc.slice(0, 12)}`), ['台山市卫生健康局']);
  });

  it('answers 404 for an organisation outside the scope and for an unknown id', async () => {
    const kaiping = await t.orgId('开平市水口卫浴制造有限公司（演示）');
    const res = await t.request(county, { method: 'GET', url: `${url}/${kaiping}` });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().code, 'organisation.not_found');
    assert.equal((await t.request(county, { method: 'GET', url: `${url}/00000000-0000-4000-8000-000000000000` })).statusCode, 404);
    assert.equal((await t.request(county, { method: 'GET', url: `${url}/not-a-uuid` })).statusCode, 422);
  });

  it('creates an employer in the county, audited with the new values', async () => {
    const uscc = buildUscc('9', '1', '440781', '7654321A');
    const res = await t.request(county, {
      method: 'POST',
      url,
      payload: { type: 'employer', name: '台山市测试陶瓷有限公司', uscc, regionCode: '440781106', contactName: '王五', contactPhone: '13912345678' },
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.regionName, '广东省江门市台山市斗山镇');
    const rows = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'organisation.create'), eq(auditLog.entityId, body.id)));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.actorUsername, 'ts.weijian');
    assert.deepEqual(rows[0]!.changes!.uscc, { before: null, after: uscc });
    assert.equal(rows[0]!.regionCode, '440781106');
  });

  it('rejects bad input with 422 naming each field, and writes nothing', async () => {
    const before = (await t.db.select().from(organisations)).length;
    const res = await t.request(county, {
      method: 'POST',
      url,
      payload: { type: 'employer', name: 'x', uscc: '91440781MA00000000', regionCode: '4407', contactPhone: '12345', extra: 1 },
    });
    assert.equal(res.statusCode, 422);
    const issues = res.json().details.issues as { path: string; code: string }[];
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.code]));
    assert.ok('body.extra' in byPath, JSON.stringify(issues));
    assert.equal(byPath['body.uscc'], 'uscc.check_character');
    assert.ok(byPath['body.regionCode']);
    assert.ok(byPath['body.name']);
    assert.equal(byPath['body.contactPhone'], 'phone.format');
    assert.equal((await t.db.select().from(organisations)).length, before);
  });

  it('requires a USCC for employers and a department kind for other departments', async () => {
    const res = await t.request(county, { method: 'POST', url, payload: { type: 'other_department', name: '台山市医疗保障局', regionCode: '440781' } });
    assert.equal(res.statusCode, 422);
    const codes = res.json().details.issues.map((i: { code: string }) => i.code).sort();
    assert.deepEqual(codes, ['department_kind.required', 'uscc.required']);
  });

  it('answers 409 when the USCC is already registered', async () => {
    const taken = (await t.request(county, { method: 'GET', url: `${url}/${await t.orgId('台山市卫生健康局')}` })).json().uscc;
    const res = await t.request(county, { method: 'POST', url, payload: { type: 'employer', name: '重复代码企业', uscc: taken, regionCode: '440781' } });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'organisation.uscc_taken');
  });

  it('refuses to place an organisation outside the jurisdiction (403) and an unknown region (422)', async () => {
    const outside = await t.request(county, { method: 'POST', url, payload: { type: 'employer', name: '开平某厂', uscc: buildUscc('9', '1', '440783', '7654322A'), regionCode: '440783' } });
    assert.equal(outside.statusCode, 403);
    assert.equal(outside.json().code, 'scope.region_outside');
    const unknown = await t.request(county, { method: 'POST', url, payload: { type: 'employer', name: '某厂', uscc: buildUscc('9', '1', '440781', '7654323A'), regionCode: '440781999' } });
    assert.equal(unknown.statusCode, 422);
    assert.equal(unknown.json().details.issues[0].code, 'region.unknown');
  });

  it('roles without organisation:create get 403', async () => {
    const res = await t.request(inspector, { method: 'POST', url, payload: { type: 'employer', name: '某厂', uscc: buildUscc('9', '1', '440781', '7654324A'), regionCode: '440781' } });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'auth.permission_denied');
  });

  it('updates only visible organisations and audits the changed fields only', async () => {
    const id = await t.orgId('台山市广海石材加工厂（演示）');
    const res = await t.request(county, { method: 'PATCH', url: `${url}/${id}`, payload: { contactName: '赵六', address: '台山市广海镇' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().contactName, '赵六');
    const [row] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'organisation.update'), eq(auditLog.entityId, id)));
    assert.deepEqual(Object.keys(row!.changes!).sort(), ['address', 'contactName']);
    const kaiping = await t.orgId('开平市水口卫浴制造有限公司（演示）');
    assert.equal((await t.request(county, { method: 'PATCH', url: `${url}/${kaiping}`, payload: { contactName: 'x' } })).statusCode, 404);
  });

  it('a platform administrator sees every organisation', async () => {
    const all = await names(admin);
    assert.ok(all.includes('吴忠市利通区铸造有限公司（演示）') && all.includes('台山市卫生健康局'));
  });
});
