import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';

const url = '/api/v1/users';

describe('users routes (account administration)', () => {
  let t: TestApp;
  let admin: Session;
  let regulator: Session;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    regulator = await t.login('ts.weijian');
  });
  after(() => t.close());

  it('only account administrators may list accounts', async () => {
    const res = await t.request(regulator, { method: 'GET', url });
    assert.equal(res.statusCode, 403);
    const ok = await t.request(admin, { method: 'GET', url: `${url}?pageSize=100` });
    assert.equal(ok.statusCode, 200);
    assert.ok(ok.json().total >= 15);
    assert.ok(!('passwordHash' in ok.json().items[0]), 'never exposes the hash');
  });

  it('creates an account with a generated temporary password that must be changed at first sign-in', async () => {
    const orgId = await t.orgId('台山市卫生健康局');
    const res = await t.request(admin, { method: 'POST', url, payload: { username: 'ts.zhangsan', displayName: '张三', organisationId: orgId, roles: ['regulator'], phone: '13800001111' } });
    assert.equal(res.statusCode, 201, res.body);
    const { user, temporaryPassword } = res.json();
    assert.equal(user.organisationName, '台山市卫生健康局');
    assert.equal(user.mustChangePassword, true);
    assert.equal(typeof temporaryPassword, 'string');
    const s = await t.login('ts.zhangsan', temporaryPassword);
    const blocked = await t.request(s, { method: 'GET', url: '/api/v1/organisations' });
    assert.equal(blocked.json().code, 'auth.password_change_required');
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'user.create'), eq(auditLog.entityId, user.id)));
    assert.equal(audit.length, 1);
    assert.ok(!JSON.stringify(audit[0]).includes(temporaryPassword), 'the password never reaches the audit trail');
  });

  it('rejects roles that do not fit the organisation, weak passwords and unknown organisations (422)', async () => {
    const employerId = await t.orgId('台山市海宴五金制品有限公司（演示）');
    const res = await t.request(admin, { method: 'POST', url, payload: { username: 'bad.roles', displayName: 'x', organisationId: employerId, roles: ['regulator', 'worker'], password: 'weak' } });
    assert.equal(res.statusCode, 422);
    const codes = res.json().details.issues.map((i: { code: string }) => i.code);
    assert.ok(codes.includes('user.role_not_allowed_for_organisation'));
    assert.ok(codes.includes('user.worker_role_exclusive'));
    assert.ok(codes.includes('password.too_short'));
    const unknown = await t.request(admin, { method: 'POST', url, payload: { username: 'no.org', displayName: 'x', organisationId: '00000000-0000-4000-8000-000000000000', roles: ['regulator'] } });
    assert.equal(unknown.statusCode, 422);
    assert.equal(unknown.json().details.issues[0].path, 'body.organisationId');
  });

  it('answers 409 for a taken username (case-insensitive)', async () => {
    const orgId = await t.orgId('台山市卫生健康局');
    const res = await t.request(admin, { method: 'POST', url, payload: { username: 'TS.WEIJIAN', displayName: 'x', organisationId: orgId, roles: ['regulator'] } });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'user.username_taken');
  });

  it('disables an account (ending its sessions), refuses a second disable (409), and enables it again', async () => {
    const victim = await t.login('ts.cdc');
    const id = await t.userId('ts.cdc');
    const res = await t.request(admin, { method: 'POST', url: `${url}/${id}/disable` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().isDisabled, true);
    assert.equal((await t.request(victim, { method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
    assert.equal((await t.request(admin, { method: 'POST', url: `${url}/${id}/disable` })).statusCode, 409);
    assert.equal((await t.request(admin, { method: 'POST', url: `${url}/${id}/enable` })).json().isDisabled, false);
    await t.login('ts.cdc');
  });

  it('an administrator cannot disable their own account', async () => {
    const res = await t.request(admin, { method: 'POST', url: `${url}/${await t.userId('admin')}/disable` });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'user.cannot_disable_self');
  });

  it('resets a password: the old one stops working, the temporary one works once changed', async () => {
    const id = await t.userId('jm.jishu');
    const res = await t.request(admin, { method: 'POST', url: `${url}/${id}/reset-password` });
    assert.equal(res.statusCode, 200);
    const temp = res.json().temporaryPassword as string;
    const old = await t.request(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'jm.jishu', password: 'Ohnet#Demo2026' } });
    assert.equal(old.statusCode, 401);
    const s = await t.login('jm.jishu', temp);
    assert.equal((await t.request(s, { method: 'GET', url: '/api/v1/auth/session' })).json().user.mustChangePassword, true);
  });

  it('unlocks an account locked by failed sign-ins', async () => {
    for (let i = 0; i < 5; i++) await t.request(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'wz.weijian', password: `Bad-password-${i}` } });
    const id = await t.userId('wz.weijian');
    const locked = await t.request(admin, { method: 'GET', url: `${url}?status=locked` });
    assert.ok(locked.json().items.some((u: { id: string }) => u.id === id));
    const res = await t.request(admin, { method: 'POST', url: `${url}/${id}/unlock` });
    assert.equal(res.json().isLocked, false);
    await t.login('wz.weijian');
  });

  it('updates roles and contact details with validation', async () => {
    const id = await t.userId('yn.weijian');
    const bad = await t.request(admin, { method: 'PATCH', url: `${url}/${id}`, payload: { roles: ['exam_staff'] } });
    assert.equal(bad.statusCode, 422);
    const ok = await t.request(admin, { method: 'PATCH', url: `${url}/${id}`, payload: { displayName: '云南省卫健委职健处', phone: '0871-67195123' } });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().displayName, '云南省卫健委职健处');
    const [row] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'user.update'), eq(auditLog.entityId, id)));
    assert.deepEqual(Object.keys(row!.changes!).sort(), ['displayName', 'phone']);
  });

  it('answers 404 for an unknown user', async () => {
    assert.equal((await t.request(admin, { method: 'GET', url: `${url}/00000000-0000-4000-8000-000000000000` })).statusCode, 404);
  });
});
