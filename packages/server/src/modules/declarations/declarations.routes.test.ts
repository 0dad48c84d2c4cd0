import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { EMPLOYER_ECONOMIC_TYPES } from '@ohnet/domain';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';

describe('hazard declaration: file, review, return, resubmit, accept, receipt', () => {
  let t: TestApp;
  let employer: Session;
  let county: Session;
  let city: Session;
  let neighbour: Session;
  let inspector: Session;
  let employerId: string;
  let id: string;
  let content: Record<string, unknown> & { testing: Record<string, unknown>; basic: Record<string, unknown> };
  let receipt: { number: string; code: string };

  before(async () => {
    t = await createTestApp();
    employer = await t.login('ts.qiye');
    county = await t.login('ts.weijian');
    city = await t.login('jm.weijian');
    neighbour = await t.login('kp.weijian');
    inspector = await t.login('ts.jiandu');
    employerId = await t.orgId('台山市海宴五金制品有限公司（演示）');
    const profile = await t.request(employer, {
      method: 'PUT',
      url: `/api/v1/employers/${employerId}/profile`,
      payload: { registeredAddress: '台山市海宴镇工业区1号', workplaceAddress: '台山市海宴镇工业区1号', industryCode: 'C3311', economicType: EMPLOYER_ECONOMIC_TYPES[0], sizeClass: 'small', legalRepresentative: '陈志强', ohManagerName: '李四', ohManagerPhone: '13800138000', hasOhManagementBody: true, fullTimeOhManagers: 1, partTimeOhManagers: 1, staffCount: 120, dispatchedWorkerCount: 10, cumulativeOccupationalDiseaseCases: 0 },
    });
    assert.equal(profile.statusCode, 200, profile.body);
    await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/posts`, payload: { name: '打磨工', hazards: [{ factorName: '噪声', exposedCount: 12 }, { factorName: '矽尘', exposedCount: 8 }] } });
  });
  after(() => t.close());

  const act = (s: Session, action: string, reason?: string) =>
    t.request(s, { method: 'POST', url: `/api/v1/declarations/${id}/${action}`, ...(reason === undefined ? {} : { payload: { reason } }) });

  it('prefills the form from the base record and posts (申报表)', async () => {
    const res = await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}/declaration-prefill` });
    assert.equal(res.statusCode, 200, res.body);
    content = res.json().content;
    const hazards = content.hazards as Record<string, { present: boolean; exposedCount: number }>;
    assert.equal(hazards.dust!.exposedCount, 8);
    assert.equal(hazards.physical!.exposedCount, 12);
    assert.equal((content.basic as { totalStaff: number }).totalStaff, 120);
  });

  it('only the employer itself starts a declaration; a draft is created once per kind (409 for a second)', async () => {
    const byRegulator = await t.request(county, { method: 'POST', url: '/api/v1/declarations', payload: { employerId, kind: 'initial', content } });
    assert.equal(byRegulator.statusCode, 403);
    const res = await t.request(employer, { method: 'POST', url: '/api/v1/declarations', payload: { employerId, kind: 'initial', content } });
    assert.equal(res.statusCode, 201, res.body);
    id = res.json().id;
    assert.equal(res.json().state, 'draft');
    assert.deepEqual(res.json().allowedActions, ['submit', 'withdraw'].filter((a) => res.json().allowedActions.includes(a)));
    const again = await t.request(employer, { method: 'POST', url: '/api/v1/declarations', payload: { employerId, kind: 'initial', content } });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'declaration.open_exists');
  });

  it('submitting an incomplete form is 422 naming each field; the state does not change', async () => {
    const res = await act(employer, 'submit');
    assert.equal(res.statusCode, 422);
    const paths = res.json().details.issues.map((i: { path: string }) => i.path);
    assert.ok(paths.includes('content.testing.conducted'), JSON.stringify(paths));
    assert.equal((await t.request(employer, { method: 'GET', url: `/api/v1/declarations/${id}` })).json().state, 'draft');
  });

  it('the employer completes and submits; a reviewer cannot accept a draft before that (409)', async () => {
    assert.equal((await act(county, 'accept')).statusCode, 409);
    content.testing = { ...content.testing, conducted: false };
    const saved = await t.request(employer, { method: 'PUT', url: `/api/v1/declarations/${id}/content`, payload: { content } });
    assert.equal(saved.statusCode, 200, saved.body);
    const res = await act(employer, 'submit');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().state, 'submitted');
  });

  it('the county sees it in its review queue; another county gets 404; an inspector may read but not review (403)', async () => {
    const queue = (await t.request(county, { method: 'GET', url: '/api/v1/declarations?state=submitted' })).json();
    assert.ok(queue.items.some((d: { id: string }) => d.id === id));
    assert.equal((await t.request(neighbour, { method: 'GET', url: `/api/v1/declarations/${id}` })).statusCode, 404);
    assert.equal((await act(neighbour, 'accept')).statusCode, 404);
    assert.equal((await t.request(inspector, { method: 'GET', url: `/api/v1/declarations/${id}` })).statusCode, 200);
    assert.equal((await act(inspector, 'accept')).statusCode, 403);
    assert.equal((await act(employer, 'accept')).statusCode, 403);
  });

  it('returning needs a reason (422); returned with one, the employer edits and resubmits', async () => {
    const noReason = await act(county, 'return', '');
    assert.equal(noReason.statusCode, 422);
    assert.equal(noReason.json().details.issues[0].code, 'declaration.reason_required');
    const returned = await act(county, 'return', '接害人数与岗位登记不一致，请核实');
    assert.equal(returned.json().state, 'returned');
    const editable = (await t.request(employer, { method: 'GET', url: `/api/v1/declarations/${id}` })).json();
    assert.equal(editable.editable, true);
    assert.equal(editable.events.at(-1).reason, '接害人数与岗位登记不一致，请核实');
    assert.equal((await t.request(employer, { method: 'PUT', url: `/api/v1/declarations/${id}/content`, payload: { content } })).statusCode, 200);
    assert.equal((await act(employer, 'submit')).json().state, 'submitted');
  });

  it('the city above may review too; acceptance issues a numbered receipt with a signed code', async () => {
    const res = await act(city, 'accept');
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.state, 'accepted');
    assert.match(body.receiptNumber, /^SB-440700-\d{4}-0000001$/);
    assert.match(body.receiptCode, /^[0-9A-Z]{12}$/);
    receipt = { number: body.receiptNumber, code: body.receiptCode };
    assert.deepEqual(body.events.map((e: { action: string }) => e.action), ['create', 'edit', 'submit', 'return', 'edit', 'submit', 'accept']);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'declaration.accept')));
    assert.equal(audits.length, 1);
  });

  it('the receipt prints as a PDF with embedded Chinese fonts; before acceptance there is none (409)', async () => {
    const res = await t.request(employer, { method: 'GET', url: `/api/v1/declarations/${id}/receipt.pdf` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const pdf = res.rawPayload;
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdf.includes(Buffer.from('NotoSans')), 'the Chinese font is embedded');
    assert.ok(pdf.length > 10_000);
  });

  it('the employer list shows the declaration state and filters by it', async () => {
    const accepted = (await t.request(county, { method: 'GET', url: '/api/v1/employers?declarationStatus=accepted' })).json();
    assert.deepEqual(accepted.items.map((e: { id: string }) => e.id), [employerId]);
    assert.equal(accepted.items[0].latestDeclarationState, 'accepted');
    const none = (await t.request(county, { method: 'GET', url: '/api/v1/employers?declarationStatus=none' })).json();
    assert.ok(!none.items.some((e: { id: string }) => e.id === employerId));
  });

  it('an accepted declaration cannot be edited or submitted again (409)', async () => {
    assert.equal((await t.request(employer, { method: 'PUT', url: `/api/v1/declarations/${id}/content`, payload: { content } })).statusCode, 409);
    const res = await act(employer, 'submit');
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'declaration.invalid_transition');
  });

  it('anyone can verify the receipt by number and code without signing in; a wrong code fails', async () => {
    const ok = await t.request(null, { method: 'GET', url: `/api/v1/declaration-receipts/verify?number=${encodeURIComponent(receipt.number.toLowerCase())}&code=${receipt.code}` });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().valid, true);
    assert.equal(ok.json().employerName, '台山市海宴五金制品有限公司（演示）');
    assert.match(ok.json().usccMasked, /\*{6}/);
    const bad = await t.request(null, { method: 'GET', url: `/api/v1/declaration-receipts/verify?number=${receipt.number}&code=AAAAAAAAAAAA` });
    assert.equal(bad.json().valid, false);
    assert.equal(bad.json().employerName, null);
  });
  it('after acceptance a change declaration starts; the employer withdraws it once submitted (audited), and a withdrawn one stays withdrawn (409)', async () => {
    const accepted = (await t.request(employer, { method: 'GET', url: `/api/v1/declarations/${id}` })).json().content;
    const created = await t.request(employer, { method: 'POST', url: '/api/v1/declarations', payload: { employerId, kind: 'change', content: { ...accepted, change: { reason: '新增打磨生产线，接触粉尘人数增加', occurredOn: '2025-06-01' } } } });
    assert.equal(created.statusCode, 201, created.body);
    const changeId = created.json().id as string;
    const changeAct = (s: Session, action: string, reason?: string) =>
      t.request(s, { method: 'POST', url: `/api/v1/declarations/${changeId}/${action}`, ...(reason === undefined ? {} : { payload: { reason } }) });
    const submitted = await changeAct(employer, 'submit');
    assert.equal(submitted.statusCode, 200, submitted.body);
    // The reviewer cannot withdraw on the employer's behalf; the employer can.
    assert.equal((await changeAct(county, 'withdraw')).statusCode, 403);
    const withdrawn = await changeAct(employer, 'withdraw');
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.equal(withdrawn.json().state, 'withdrawn');
    assert.deepEqual(withdrawn.json().allowedActions, []);
    for (const [session, action] of [[employer, 'submit'], [employer, 'withdraw'], [county, 'accept']] as const) {
      const res = await changeAct(session, action);
      assert.equal(res.statusCode, 409, `${action}: ${res.body}`);
      assert.equal(res.json().code, 'declaration.invalid_transition');
    }
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, changeId), eq(auditLog.action, 'declaration.withdraw')));
    assert.equal(audits.length, 1);
    // A new change declaration may start again after the withdrawal.
    const again = await t.request(employer, { method: 'POST', url: '/api/v1/declarations', payload: { employerId, kind: 'change', content: accepted } });
    assert.equal(again.statusCode, 201, again.body);
  });

  it('an employer cannot file for another employer (404), and a declaration of an unknown employer is 404', async () => {
    const other = await t.orgId('台山市广海石材加工厂（演示）');
    const res = await t.request(employer, { method: 'POST', url: '/api/v1/declarations', payload: { employerId: other, kind: 'initial', content } });
    assert.equal(res.statusCode, 404, res.body);
    const unknown = await t.request(employer, { method: 'POST', url: '/api/v1/declarations', payload: { employerId: '00000000-0000-4000-8000-000000000000', kind: 'initial', content } });
    assert.equal(unknown.statusCode, 404);
    const list = (await t.request(employer, { method: 'GET', url: `/api/v1/declarations?employerId=${other}` })).json();
    assert.equal(list.items.length, 0);
  });
});
