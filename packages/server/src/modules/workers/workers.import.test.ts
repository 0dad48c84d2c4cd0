import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { count, eq } from 'drizzle-orm';
import { multipartBody, workbookOf } from '../../testing/multipart.ts';
import { idNumberCheckCharacter } from '@ohnet/domain';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';
import { WORKER_IMPORT_COLUMNS } from './workers.import.ts';
import { employments } from './workers.table.ts';

/** A valid resident ID (GB 11643) for the n-th test worker: Taishan address, born 1970–1999. */
function idFor(n: number): string {
  const year = 1970 + (n % 30);
  const day = String((n % 28) + 1).padStart(2, '0');
  const seq = String(n % 1000).padStart(3, '0');
  const first17 = `440781${year}01${day}${seq}`;
  return first17 + idNumberCheckCharacter(first17);
}

const workbook = (rows: (string | null)[][], headers: string[] = WORKER_IMPORT_COLUMNS.map((c) => c.header)) => workbookOf(headers, rows, '劳动者');
const multipart = (file: Buffer, mode: string) => multipartBody(file, { mode }, '劳动者.xlsx');

describe('worker import from the Excel template', () => {
  let t: TestApp;
  let employer: Session;
  let employerId: string;
  before(async () => {
    t = await createTestApp();
    employer = await t.login('ts.qiye');
    employerId = await t.orgId('台山市海宴五金制品有限公司（演示）');
    await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/posts`, payload: { name: '打磨工', hazards: [{ factorName: '噪声', exposedCount: 100 }] } });
  });
  after(() => t.close());

  const upload = async (file: Buffer, mode: string) => {
    const body = multipart(file, mode);
    return t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/workers/import`, payload: body.payload, headers: body.headers });
  };
  const finish = async (jobId: string) => {
    await t.drainJobs();
    return (await t.request(employer, { method: 'GET', url: `/api/v1/jobs/${jobId}` })).json();
  };
  const employmentCount = async () => Number((await t.db.select({ n: count() }).from(employments).where(eq(employments.employerId, employerId)))[0]?.n);

  it('serves the template with Chinese headers and the employer\'s posts as a list', async () => {
    const res = await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}/workers/import-template` });
    assert.equal(res.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    assert.equal(wb.getWorksheet('劳动者')!.getRow(1).getCell(1).value, '身份证号*');
    // The demo data already gives this employer a post (online monitoring, issue 5M): look for ours in the list.
    const options = wb.getWorksheet('选项')!;
    assert.ok([1, 2, 3].map((r) => options.getCell(r, 1).value).includes('打磨工'));
  });

  it('refuses a file that is not the template at upload (422 naming the header)', async () => {
    const res = await upload(await workbook([['x']], ['ID', 'Name']), 'valid_rows');
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().details.issues[0].code, 'import.header_mismatch');
  });

  it('all-or-nothing: one bad row imports nothing and reports row, column and reason', async () => {
    const rows = [
      [idFor(1), '甲', '13800000001', '打磨工', '', '2024-01-01', '否', ''],
      ['440781199001011230', '乙', '', '', '', '2024-01-01', '否', ''], // wrong check character
      [idFor(3), '丙', '', '不存在的岗位', '', '2024/01/01', '是', ''],
    ];
    const res = await upload(await workbook(rows), 'all_or_nothing');
    assert.equal(res.statusCode, 202);
    const job = await finish(res.json().jobId);
    assert.equal(job.status, 'succeeded');
    assert.equal(job.result.imported, 0);
    const byRow = job.result.errors.map((e: { row: number; column: string; code: string }) => `${e.row}:${e.column}:${e.code}`);
    assert.ok(byRow.includes('3:身份证号*:id_number.check_character'), JSON.stringify(byRow));
    assert.ok(byRow.includes('4:岗位名称:post.not_found'), JSON.stringify(byRow));
    assert.ok(byRow.includes('4:上岗日期*(YYYY-MM-DD):import.date_invalid'), JSON.stringify(byRow));
    assert.ok(byRow.includes('4:用工单位统一社会信用代码(派遣时必填):employment.host_employer_required'), JSON.stringify(byRow));
    assert.equal(await employmentCount(), 0);
  });

  it('valid rows only: imports the good rows and reports the rest', async () => {
    const rows = [
      [idFor(1), '甲', '13800000001', '打磨工', '', '2024-01-01', '否', ''],
      ['440781199001011230', '乙', '', '', '', '2024-01-01', '否', ''],
    ];
    const job = await finish((await upload(await workbook(rows), 'valid_rows')).json().jobId);
    assert.equal(job.result.imported, 1);
    assert.equal(job.result.rejected, 1);
    assert.equal(await employmentCount(), 1);
  });

  it('imports 5,000 rows, and uploading the same file again duplicates nothing', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [idFor(1000 + i), `工人${i}`, '', i % 2 ? '打磨工' : '', '', '2025-03-01', '否', '']);
    const file = await workbook(rows);
    const before = await employmentCount();
    const first = await finish((await upload(file, 'all_or_nothing')).json().jobId);
    assert.equal(first.status, 'succeeded', JSON.stringify(first.error));
    assert.equal(first.result.errors.length, 0, JSON.stringify(first.result.errors.slice(0, 3)));
    assert.equal(first.result.imported, 5000);
    assert.equal(await employmentCount(), before + 5000);
    const second = await finish((await upload(file, 'all_or_nothing')).json().jobId);
    assert.equal(second.result.imported, 0);
    assert.equal(second.result.alreadyPresent, 5000);
    assert.equal(await employmentCount(), before + 5000);
    const history = (await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}/worker-imports` })).json();
    assert.ok(history.length >= 4);
    assert.equal(history[0].result.alreadyPresent, 5000);
  });
});
