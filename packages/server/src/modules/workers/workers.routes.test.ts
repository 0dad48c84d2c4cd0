import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';
import { workers } from './workers.table.ts';

// A valid number built with the GB 11643 check character (address 440781, born 1990-01-01, male).
const ID = '440781199001011238';

describe('workers: one record per person, encrypted identity, audited reads', () => {
  let t: TestApp;
  let employer: Session;
  let inspector: Session;
  let neighbour: Session;
  let employerId: string;
  let postId: string;
  let workerId: string;
  let employmentId: string;
  before(async () => {
    t = await createTestApp();
    employer = await t.login('ts.qiye');
    inspector = await t.login('ts.jiandu');
    neighbour = await t.login('kp.weijian');
    employerId = await t.orgId('台山市海宴五金制品有限公司（演示）');
    const post = await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/posts`, payload: { name: '打磨工', hazards: [{ factorName: '噪声', exposedCount: 5 }, { factorName: '矽尘', exposedCount: 5 }] } });
    postId = post.json().id;
  });
  after(() => t.close());

  it('registers a worker on a post; the ID number is stored encrypted with a blind index, never in clear', async () => {
    const res = await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/workers`, payload: { idNumber: ID, name: '王小明', phone: '13912345678', postId, startDate: '2020-03-01' } });
    assert.equal(res.statusCode, 201, res.body);
    ({ workerId, employmentId } = res.json());
    const [row] = await t.db.select().from(workers).where(eq(workers.id, workerId));
    assert.ok(row);
    assert.ok(!row.idNumberEnc.includes(ID) && row.idNumberEnc.startsWith('v1.'));
    assert.equal(row.idNumberMasked, '4407**********1238');
    assert.equal(row.sex, 'male');
    assert.equal(row.birthDate, '1990-01-01');
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'worker.hire'));
    assert.ok(!JSON.stringify(audit).includes(ID), 'the audit trail holds the masked number only');
  });

  it('lists workers with masked numbers, finds one by exact ID number, and audits the read', async () => {
    const list = (await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}/workers` })).json();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].idNumberMasked, '4407**********1238');
    assert.ok(!JSON.stringify(list).includes(ID));
    const found = (await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}/workers?q=${ID}` })).json();
    assert.equal(found.total, 1);
    const reads = await t.db.select().from(auditLog).where(eq(auditLog.action, 'worker.read'));
    assert.ok(reads.some((r) => r.entityId === workerId && r.actorUsername === 'ts.qiye'));
  });

  it('shows the full number to the employer of record, masked to an inspector, with exposure years per factor', async () => {
    const mine = (await t.request(employer, { method: 'GET', url: `/api/v1/workers/${workerId}` })).json();
    assert.equal(mine.idNumber, ID);
    assert.equal(mine.phone, '13912345678');
    assert.deepEqual(mine.exposureYears.byFactor.map((f: { factorName: string }) => f.factorName).sort(), ['噪声', '矽尘（游离SiO2含量≥10%）'].sort(), 'catalogue names (2015)');
    assert.ok(mine.exposureYears.byFactor.every((f: { years: number }) => f.years > 6), 'since 2020-03-01');
    const theirs = (await t.request(inspector, { method: 'GET', url: `/api/v1/workers/${workerId}` })).json();
    assert.equal(theirs.idNumber, '4407**********1238');
    assert.equal(theirs.phone, '***');
  });

  it('a worker who changes employer keeps one record', async () => {
    await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/employments/${employmentId}/end`, payload: { endDate: '2024-06-30' } });
    const county = await t.login('ts.weijian');
    const other = await t.orgId('台山市广海石材加工厂（演示）');
    const res = await t.request(county, { method: 'POST', url: `/api/v1/employers/${other}/workers`, payload: { idNumber: ID, name: '王小明', startDate: '2024-07-01' } });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().workerId, workerId);
    const detail = (await t.request(county, { method: 'GET', url: `/api/v1/workers/${workerId}` })).json();
    assert.equal(detail.employments.length, 2);
  });

  it('bad input: invalid ID (422 on idNumber), a different name for a known number (409), overlapping episode (409), ending twice (409)', async () => {
    const bad = await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/workers`, payload: { idNumber: '440781199001011230', name: '张三', startDate: '2025-01-01' } });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().details.issues[0].path, 'body.idNumber');
    assert.equal(bad.json().details.issues[0].code, 'id_number.check_character');
    const conflict = await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/workers`, payload: { idNumber: ID, name: '李雷', startDate: '2025-01-01' } });
    assert.equal(conflict.statusCode, 409);
    assert.equal(conflict.json().code, 'worker.identity_conflict');
    const overlap = await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/workers`, payload: { idNumber: ID, name: '王小明', startDate: '2023-01-01' } });
    assert.equal(overlap.statusCode, 409);
    assert.equal(overlap.json().code, 'employment.overlaps');
    const again = await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/employments/${employmentId}/end`, payload: { endDate: '2024-07-31' } });
    assert.equal(again.statusCode, 409);
    // Dates out of order: leaving before starting.
    const hired = (await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/workers`, payload: { idNumber: '11010519491231002X', name: '赵敏', startDate: '2025-05-01' } })).json();
    const early = await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/employments/${hired.employmentId}/end`, payload: { endDate: '2025-04-30' } });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().details.issues[0].code, 'employment.end_before_start');
  });

  it('another county cannot see the worker or the employer list (404)', async () => {
    assert.equal((await t.request(neighbour, { method: 'GET', url: `/api/v1/workers/${workerId}` })).statusCode, 404);
    assert.equal((await t.request(neighbour, { method: 'GET', url: `/api/v1/employers/${employerId}/workers` })).statusCode, 404);
  });
});
