import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';

const profile = {
  registeredAddress: '广东省台山市海宴镇工业区1号',
  workplaceAddress: '广东省台山市海宴镇工业区1号厂房',
  industryCode: 'C3311',
  economicType: null,
  sizeClass: 'small',
  legalRepresentative: '陈志强',
  ohManagerName: '李四',
  ohManagerPhone: '13800138000',
  hasOhManagementBody: true,
  fullTimeOhManagers: 1,
  partTimeOhManagers: 2,
  staffCount: 120,
  dispatchedWorkerCount: 10,
  cumulativeOccupationalDiseaseCases: 0,
};

describe('employers: base record and posts', () => {
  let t: TestApp;
  let employer: Session;
  let county: Session;
  let neighbour: Session;
  let inspector: Session;
  let employerId: string;
  before(async () => {
    t = await createTestApp();
    employer = await t.login('ts.qiye');
    county = await t.login('ts.weijian');
    neighbour = await t.login('kp.weijian');
    inspector = await t.login('ts.jiandu');
    employerId = await t.orgId('台山市海宴五金制品有限公司（演示）');
  });
  after(() => t.close());

  it('the employer saves its profile; the severe-hazard class is derived from the industry (2021 catalogue) with its citation', async () => {
    const res = await t.request(employer, { method: 'PUT', url: `/api/v1/employers/${employerId}/profile`, payload: profile });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.hasProfile, true);
    assert.equal(body.industrySection, 'C');
    assert.equal(body.staffCount, 120);
    assert.ok(body.hazardClass === 'severe' || body.hazardClass === 'general' || body.hazardClass === null);
    assert.match(body.hazardClassCitation, /建设项目职业病危害风险分类管理目录|国卫办职健发〔2021〕5号/);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'employer.create_profile'), eq(auditLog.entityId, employerId)));
    assert.equal(entry?.actorUsername, 'ts.qiye');
  });

  it('rejects a bad industry code, phone and counts with 422 naming each field', async () => {
    const res = await t.request(employer, {
      method: 'PUT',
      url: `/api/v1/employers/${employerId}/profile`,
      payload: { ...profile, industryCode: 'Z9999', ohManagerPhone: '123', staffCount: -1 },
    });
    assert.equal(res.statusCode, 422);
    const paths = res.json().details.issues.map((i: { path: string }) => i.path);
    assert.ok(paths.some((p: string) => p.endsWith('industryCode')), JSON.stringify(paths));
    assert.ok(paths.some((p: string) => p.endsWith('staffCount')), JSON.stringify(paths));
  });

  it('adds a post whose free-text factors resolve to the catalogue (噪音 → 噪声, 矽尘)', async () => {
    const res = await t.request(employer, {
      method: 'POST',
      url: `/api/v1/employers/${employerId}/posts`,
      payload: { name: '打磨工', workplaceName: '一车间', hazards: [{ factorName: '噪音', exposedCount: 12, dispatchedExposedCount: 2 }, { factorName: '矽尘', exposedCount: 8 }] },
    });
    assert.equal(res.statusCode, 201, res.body);
    const post = res.json();
    const names = post.hazards.map((h: { factorName: string }) => h.factorName);
    assert.ok(names.includes('噪声'), JSON.stringify(names));
    assert.ok(post.hazards.every((h: { factorId: string | null; category: string | null }) => h.factorId && h.category));
    const detail = (await t.request(county, { method: 'GET', url: `/api/v1/employers/${employerId}` })).json();
    assert.equal(detail.exposedWorkers, 12, 'the largest exposed count of the post');
    assert.deepEqual([...detail.hazardCategories].sort(), ['物理因素', '粉尘'].sort());
  });

  it('refuses an unknown factor, an exposed count above staff + dispatched, and a repeated factor (422)', async () => {
    const res = await t.request(employer, {
      method: 'POST',
      url: `/api/v1/employers/${employerId}/posts`,
      payload: { name: '喷漆工', hazards: [{ factorName: '不存在的物质', exposedCount: 1 }, { factorName: '苯', exposedCount: 500 }, { factorName: '苯', exposedCount: 1 }] },
    });
    assert.equal(res.statusCode, 422);
    const codes = res.json().details.issues.map((i: { code: string }) => i.code);
    assert.ok(codes.includes('post.unknown_hazard_factor'), JSON.stringify(codes));
    assert.ok(codes.includes('post.exposed_exceeds_staff'), JSON.stringify(codes));
    assert.ok(codes.includes('post.duplicate_hazard_factor'), JSON.stringify(codes));
  });

  it('replaces a post, deactivates it (kept for history) and answers 409 when it is already inactive', async () => {
    const created = (await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/posts`, payload: { name: '焊工', hazards: [{ factorName: '电焊烟尘', exposedCount: 3 }] } })).json();
    const url = `/api/v1/employers/${employerId}/posts/${created.id}`;
    const updated = await t.request(county, { method: 'PUT', url, payload: { name: '电焊工', hazards: [{ factorName: '电焊烟尘', exposedCount: 4 }, { factorName: '紫外辐射', exposedCount: 4 }] } });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json().hazards.length, 2);
    assert.equal((await t.request(employer, { method: 'POST', url: `${url}/deactivate` })).json().isActive, false);
    const again = await t.request(employer, { method: 'POST', url: `${url}/deactivate` });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'post.already_inactive');
  });

  it('lists employers in scope with filters, and another county answers 404', async () => {
    const list = (await t.request(county, { method: 'GET', url: '/api/v1/employers?pageSize=100' })).json();
    assert.ok(list.items.every((e: { regionCode: string }) => e.regionCode.startsWith('440781')));
    const byCategory = (await t.request(county, { method: 'GET', url: `/api/v1/employers?hazardCategory=${encodeURIComponent('粉尘')}` })).json();
    assert.deepEqual(byCategory.items.map((e: { id: string }) => e.id), [employerId]);
    const section = (await t.request(county, { method: 'GET', url: '/api/v1/employers?industrySection=C' })).json();
    assert.ok(section.items.some((e: { id: string }) => e.id === employerId));
    assert.equal((await t.request(neighbour, { method: 'GET', url: `/api/v1/employers/${employerId}` })).statusCode, 404);
    assert.equal((await t.request(neighbour, { method: 'PUT', url: `/api/v1/employers/${employerId}/profile`, payload: profile })).statusCode, 404);
  });

  it('an inspector may read but not write (403)', async () => {
    assert.equal((await t.request(inspector, { method: 'GET', url: `/api/v1/employers/${employerId}` })).statusCode, 200);
    const res = await t.request(inspector, { method: 'PUT', url: `/api/v1/employers/${employerId}/profile`, payload: profile });
    assert.equal(res.statusCode, 403);
  });

  it('exports the filtered list as an Excel workbook with Chinese headers', async () => {
    const res = await t.request(county, { method: 'GET', url: '/api/v1/employers/export' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('用人单位')!;
    assert.equal(sheet.getRow(1).getCell(1).value, '单位名称');
    const names: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    assert.ok(names.includes('台山市海宴五金制品有限公司（演示）'));
    assert.ok(!names.some((n) => n.includes('开平')), 'scope applies to the export too');
  });
});
