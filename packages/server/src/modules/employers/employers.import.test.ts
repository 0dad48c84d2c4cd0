import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildUscc } from '@ohnet/domain';
import { multipartBody, workbookOf } from '../../testing/multipart.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';
import { EMPLOYER_IMPORT_COLUMNS } from './employers.import.ts';

const headers = EMPLOYER_IMPORT_COLUMNS.map((c) => c.header);
const row = (name: string, uscc: string, region = '440781111', industry = 'C3311') => [name, uscc, region, industry, '小', '注册地址', '厂区地址', '张三', '李四', '13800138000', '100', '5'];

describe('employer import (regulators register employers in bulk)', () => {
  let t: TestApp;
  let county: Session;
  before(async () => {
    t = await createTestApp();
    county = await t.login('ts.weijian');
  });
  after(() => t.close());

  const run = async (rows: string[][], mode: string) => {
    const body = multipartBody(await workbookOf(headers, rows, '用人单位'), { mode }, '用人单位.xlsx');
    const res = await t.request(county, { method: 'POST', url: '/api/v1/employers/import', payload: body.payload, headers: body.headers });
    assert.equal(res.statusCode, 202, res.body);
    await t.drainJobs();
    return (await t.request(county, { method: 'GET', url: `/api/v1/jobs/${res.json().jobId}` })).json();
  };

  it('validates every row with the form\'s rules and the county\'s jurisdiction (all-or-nothing writes nothing)', async () => {
    const job = await run(
      [
        row('甲公司', buildUscc('9', '1', '440781', '11112222')),
        row('乙公司', '91440781MA00000000'), // bad check character
        row('丙公司', buildUscc('9', '1', '440783', '11113333'), '440783105'), // 开平: outside 台山
        row('丁公司', buildUscc('9', '1', '440781', '11114444'), '440781111', 'Z9999'),
      ],
      'all_or_nothing',
    );
    assert.equal(job.result.imported, 0);
    const found = job.result.errors.map((e: { row: number; code: string }) => `${e.row}:${e.code}`);
    assert.ok(found.includes('3:uscc.check_character'), JSON.stringify(found));
    assert.ok(found.includes('4:scope.region_outside'), JSON.stringify(found));
    assert.ok(found.includes('5:employer.industry_code_invalid'), JSON.stringify(found));
    const list = (await t.request(county, { method: 'GET', url: `/api/v1/employers?q=${encodeURIComponent('甲公司')}` })).json();
    assert.equal(list.total, 0);
  });

  it('valid rows only: registers the good rows with their profile and derived hazard class; a re-upload adds nothing', async () => {
    const rows = [row('甲公司', buildUscc('9', '1', '440781', '11112222')), row('戊公司', buildUscc('9', '1', '440781', '11115555'), '440781106', 'B0610')];
    const first = await run([...rows, row('乙公司', '91440781MA00000000')], 'valid_rows');
    assert.equal(first.result.imported, 2);
    assert.equal(first.result.rejected, 1);
    const wu = (await t.request(county, { method: 'GET', url: `/api/v1/employers?q=${encodeURIComponent('戊公司')}` })).json().items[0];
    assert.equal(wu.industrySection, 'B');
    assert.equal(wu.hazardClass, 'severe', 'B0610 coal mining is 严重 in the 2021 catalogue');
    assert.equal(wu.staffCount, 100);
    const again = await run(rows, 'all_or_nothing');
    assert.equal(again.result.imported, 0);
    assert.equal(again.result.alreadyPresent, 2);
    const history = (await t.request(county, { method: 'GET', url: '/api/v1/employer-imports' })).json();
    assert.equal(history.length, 3);
  });

  it('an employer account may not import employers (403)', async () => {
    const employer = await t.login('ts.qiye');
    assert.equal((await t.request(employer, { method: 'GET', url: '/api/v1/employers/import-template' })).statusCode, 403);
  });
});

describe('post import (employers register posts and hazard factors in bulk)', () => {
  let t: TestApp;
  let employer: Session;
  let employerId: string;
  before(async () => {
    t = await createTestApp();
    employer = await t.login('ts.qiye');
    employerId = await t.orgId('台山市海宴五金制品有限公司（演示）');
  });
  after(() => t.close());

  const run = async (rows: string[][], mode: string) => {
    const { POST_IMPORT_COLUMNS } = await import('./posts.import.ts');
    const body = multipartBody(await workbookOf(POST_IMPORT_COLUMNS.map((c) => c.header), rows, '岗位'), { mode }, '岗位.xlsx');
    const res = await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/posts/import`, payload: body.payload, headers: body.headers });
    assert.equal(res.statusCode, 202, res.body);
    await t.drainJobs();
    return (await t.request(employer, { method: 'GET', url: `/api/v1/jobs/${res.json().jobId}` })).json();
  };

  it('groups rows by post, resolves factor aliases, reports bad rows by row and column, and is idempotent', async () => {
    const rows = [
      ['打磨工', '一车间', '噪音', '12', '2'],
      ['打磨工', '一车间', '砂尘', '8', ''],
      ['喷漆工', '二车间', '苯', '4', ''],
      ['质检员', '', '不存在的物质', '3', ''],
    ];
    const first = await run(rows, 'valid_rows');
    assert.deepEqual(first.result.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]), [[5, '职业病危害因素*', 'post.unknown_hazard_factor']]);
    assert.equal(first.result.imported, 3);
    const detail = (await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}` })).json();
    const grinder = detail.posts.find((p: { name: string }) => p.name === '打磨工');
    assert.deepEqual(grinder.hazards.map((h: { factorName: string }) => h.factorName).sort(), ['噪声', '矽尘（游离SiO2含量≥10%）'].sort());
    const again = await run(rows.slice(0, 3), 'all_or_nothing');
    assert.equal(again.result.imported, 0);
    assert.equal(again.result.alreadyPresent, 3);
  });
});
