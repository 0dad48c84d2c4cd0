import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { LOGIN_MAX_FAILURES } from '@ohnet/domain';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { type TestApp, createTestApp } from '../../testing/test-app.ts';
import { users } from '../users/users.table.ts';

describe('auth routes', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('signs in with a demo account, sets an httpOnly SameSite=Strict cookie and returns scope', async () => {
    const res = await t.request(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'ts.weijian', password: 'Ohnet#Demo2026' } });
    assert.equal(res.statusCode, 200);
    const cookie = res.cookies.find((c) => c.name === 'ohnet_sid');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    const body = res.json();
    assert.equal(body.organisation.name, '台山市卫生健康局');
    assert.deepEqual(body.scope, { kind: 'region', rootRegionCode: '440781', rootRegionName: '广东省江门市台山市' });
    assert.ok(body.permissions.includes('organisation:read'));
    assert.equal(typeof body.csrfToken, 'string');
    assert.match(res.headers['x-request-id'] as string, /^[0-9a-f-]{36}$/);
  });

  it('usernames are case-insensitive', async () => {
    const s = await t.login('TS.WEIJIAN');
    const res = await t.request(s, { method: 'GET', url: '/api/v1/auth/session' });
    assert.equal(res.json().user.username, 'ts.weijian');
  });

  it('answers 401 with a stable code for a wrong password and for an unknown user, and audits both', async () => {
    for (const username of ['ts.cdc', 'nobody.here']) {
      const res = await t.request(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'wrong-Password1' } });
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().code, 'auth.invalid_credentials');
    }
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, 'auth.login_failed'));
    assert.ok(rows.some((r) => r.actorUsername === 'nobody.here' && (r.meta as { reason: string }).reason === 'unknown_user'));
    assert.ok(rows.some((r) => r.actorUsername === 'ts.cdc' && (r.meta as { reason: string }).reason === 'bad_password'));
  });

  it(`locks the account after ${LOGIN_MAX_FAILURES} wrong passwords, even for the right password`, async () => {
    for (let i = 1; i <= LOGIN_MAX_FAILURES; i++) {
      const res = await t.request(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'ts.renshe', password: `Wrong-pass-${i}` } });
      assert.equal(res.json().code, i < LOGIN_MAX_FAILURES ? 'auth.invalid_credentials' : 'auth.account_locked');
    }
    const res = await t.request(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'ts.renshe', password: 'Ohnet#Demo2026' } });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().code, 'auth.account_locked');
    const [row] = await t.db.select().from(users).where(eq(users.username, 'ts.renshe'));
    assert.ok(row?.lockedUntil && row.lockedUntil > new Date());
  });

  it('refuses a disabled account', async () => {
    await t.db.update(users).set({ isDisabled: true }).where(eq(users.username, 'jm.zhenduan'));
    const res = await t.request(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'jm.zhenduan', password: 'Ohnet#Demo2026' } });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().code, 'auth.account_disabled');
  });

  it('rejects unknown fields and empty values with 422 naming each field', async () => {
    const res = await t.request(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: '', password: 'x', remember: true } });
    assert.equal(res.statusCode, 422);
    const body = res.json();
    assert.equal(body.code, 'validation.failed');
    const paths = body.details.issues.map((i: { path: string }) => i.path);
    assert.ok(paths.some((p: string) => p.includes('remember')), JSON.stringify(paths));
  });

  it('GET /auth/session answers 401 without a session and after logout', async () => {
    assert.equal((await t.request(null, { method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
    const s = await t.login('ts.jiandu');
    assert.equal((await t.request(s, { method: 'GET', url: '/api/v1/auth/session' })).statusCode, 200);
    const out = await t.request(s, { method: 'POST', url: '/api/v1/auth/logout' });
    assert.equal(out.statusCode, 200);
    const res = await t.request(s, { method: 'GET', url: '/api/v1/auth/session' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().code, 'auth.unauthenticated');
  });

  it('requires the CSRF header on unsafe requests', async () => {
    const s = await t.login('ts.weijian');
    const res = await t.request({ ...s, csrfToken: 'forged' }, { method: 'POST', url: '/api/v1/auth/logout' });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'auth.csrf_token_invalid');
  });

  it('changes the own password under the policy, ends other sessions, and keeps the current one', async () => {
    const s1 = await t.login('kp.weijian');
    const s2 = await t.login('kp.weijian');
    const weak = await t.request(s1, { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'Ohnet#Demo2026', newPassword: 'short' } });
    assert.equal(weak.statusCode, 422);
    const codes = weak.json().details.issues.map((i: { code: string }) => i.code);
    assert.ok(codes.includes('password.too_short'));
    const wrong = await t.request(s1, { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'nope', newPassword: 'A-much-better-Passw0rd' } });
    assert.equal(wrong.json().details.issues[0].code, 'password.current_wrong');
    const ok = await t.request(s1, { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'Ohnet#Demo2026', newPassword: 'A-much-better-Passw0rd' } });
    assert.equal(ok.statusCode, 200);
    assert.equal((await t.request(s1, { method: 'GET', url: '/api/v1/auth/session' })).statusCode, 200);
    assert.equal((await t.request(s2, { method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
    await t.login('kp.weijian', 'A-much-better-Passw0rd');
  });

  it('lets a user who must change the password do only that', async () => {
    await t.db.update(users).set({ mustChangePassword: true }).where(eq(users.username, 'jn.weijian'));
    const s = await t.login('jn.weijian');
    const blocked = await t.request(s, { method: 'GET', url: '/api/v1/organisations' });
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json().code, 'auth.password_change_required');
    assert.equal((await t.request(s, { method: 'GET', url: '/api/v1/auth/session' })).json().user.mustChangePassword, true);
    const ok = await t.request(s, { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'Ohnet#Demo2026', newPassword: 'Jinnan-New-Pass-2026' } });
    assert.equal(ok.statusCode, 200);
    assert.equal((await t.request(s, { method: 'GET', url: '/api/v1/organisations' })).statusCode, 200);
  });
});
