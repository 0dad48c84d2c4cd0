import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { multipartBody, workbookOf } from '../../testing/multipart.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { workers } from '../workers/workers.table.ts';
import { EXAM_IMPORT_COLUMNS } from './exams.jobs.ts';
import { examIdFor } from './exams.testing.ts';
import { contraindicationNotices, healthExams, suspectedOdReports } from './exams.table.ts';

const flat = (v: number) => ({ '500': v, '1000': v, '2000': v, '3000': v, '4000': v, '6000': v });

describe('bulk exam filing (JSON 20,000 records, Excel)', () => {
  let t: TestApp;
  let tijian: Session;
  let uscc = '';
  before(async () => {
    t = await createTestApp();
    tijian = await t.login('ts.tijian');
    const inst = await t.orgId('台山市职业健康体检中心（演示）');
    const put = await t.request(tijian, { method: 'PUT', url: `/api/v1/exam-institutions/${inst}/filing`, payload: { filingNumber: '粤职检备001', hazardCategories: ['dust', 'chemical', 'physical'], isPublic: true, filedOn: '2024-01-01' } });
    assert.equal(put.statusCode, 200);
    uscc = (await t.db.select({ uscc: organisations.uscc }).from(organisations).where(eq(organisations.name, '台山市海宴五金制品有限公司（演示）')))[0]!.uscc!;
  });
  after(() => t.close());

  const finish = async (jobId: string) => {
    await t.drainJobs();
    return (await t.request(tijian, { method: 'GET', url: `/api/v1/jobs/${jobId}` })).json();
  };
  const n = async (table: typeof healthExams | typeof suspectedOdReports | typeof contraindicationNotices | typeof workers) => Number((await t.db.select({ n: count() }).from(table))[0]!.n);

  it('files 20,000 records in one JSON batch, flags them, and a re-send duplicates nothing', async () => {
    const records = Array.from({ length: 20_000 }, (_, i) => {
      const kind = i % 100;
      const conclusion =
        kind === 0
          ? { hazardFactor: '噪声', conclusion: 'suspected_od', suspectedDisease: '职业性噪声聋' }
          : kind === 1
            ? { hazardFactor: '噪声', conclusion: 'contraindication', contraindication: '永久性感音神经性听力损失' }
            : { hazardFactor: '噪声', conclusion: 'no_abnormality' };
      return {
        examNumber: `BULK-${i}`,
        employerUscc: uscc,
        examType: 'periodic',
        examDate: '2026-09-10',
        worker: { idNumber: examIdFor(10_000 + i), name: `工人${10_000 + i}` },
        hazardFactors: ['噪声'],
        // Every 10th record lacks the ECG GBZ 188-2025 §7.1.2 requires.
        items: i % 10 === 5 ? { audiometry: { left: flat(15), right: flat(15) } } : { audiometry: { left: flat(15), right: flat(15) }, ecg: { isAbnormal: false } },
        conclusions: [conclusion],
      };
    });
    // examIdFor repeats after 30 × 28 × 1000 numbers; these 20,000 are distinct.
    assert.equal(new Set(records.map((r) => r.worker.idNumber)).size, 20_000);
    const accepted = await t.request(tijian, { method: 'POST', url: '/api/v1/health-exams/batches', payload: { mode: 'all_or_nothing', records } });
    assert.equal(accepted.statusCode, 202, accepted.body.slice(0, 300));
    const job = await finish(accepted.json().jobId);
    assert.equal(job.status, 'succeeded', JSON.stringify(job.error));
    assert.equal(job.progressDone, 20_000);
    assert.deepEqual(
      { imported: job.result.imported, incomplete: job.result.incomplete, s: job.result.suspectedReports, c: job.result.contraindicationNotices, problems: job.result.problems.length },
      { imported: 20_000, incomplete: 2000, s: 200, c: 200, problems: 0 },
    );
    assert.equal(await n(healthExams), 20_000);
    assert.equal(await n(suspectedOdReports), 200);
    assert.equal(await n(contraindicationNotices), 200);
    const again = await finish((await t.request(tijian, { method: 'POST', url: '/api/v1/health-exams/batches', payload: { mode: 'all_or_nothing', records } })).json().jobId);
    assert.deepEqual({ imported: again.result.imported, alreadyPresent: again.result.alreadyPresent }, { imported: 0, alreadyPresent: 20_000 });
    assert.equal(await n(healthExams), 20_000);
    assert.equal(await n(suspectedOdReports), 200);
  });

  it('Excel: valid rows only, per-row problems naming the sheet row, idempotent re-upload', async () => {
    const row = (over: Record<string, string>) => {
      const r = Object.fromEntries(EXAM_IMPORT_COLUMNS.map((c) => [c.key, ''])) as Record<string, string>;
      Object.assign(r, { employerUscc: uscc, examType: '在岗期间', examDate: '2026-09-12', hazardFactors: '噪声', conclusions: '目前未见异常', ecg: '正常' }, over);
      for (const f of ['500', '1000', '2000', '3000', '4000', '6000']) r[`left${f}`] = r[`left${f}`] || '10';
      for (const f of ['500', '1000', '2000', '3000', '4000', '6000']) r[`right${f}`] = r[`right${f}`] || '10';
      return EXAM_IMPORT_COLUMNS.map((c) => r[c.key] ?? '');
    };
    const file = await workbookOf(
      EXAM_IMPORT_COLUMNS.map((c) => c.header),
      [
        row({ examNumber: 'XL-1', idNumber: examIdFor(50_001), name: '表一' }),
        row({ examNumber: 'XL-2', idNumber: examIdFor(50_002), name: '表二', conclusions: '疑似职业病', suspectedDisease: '职业性噪声聋', left500: '30', right500: '30', left1000: '35', right1000: '35', left2000: '40', right2000: '40', left4000: '70', right4000: '70', left3000: '60', right3000: '60', left6000: '65', right6000: '65' }),
        row({ examNumber: 'XL-3', idNumber: examIdFor(50_003), name: '表三', examType: '在岗', left500: 'abc' }),
      ],
      '体检结果',
    );
    const upload = async () => {
      const body = multipartBody(file, { mode: 'valid_rows' }, '体检.xlsx');
      return t.request(tijian, { method: 'POST', url: '/api/v1/health-exams/import', payload: body.payload, headers: body.headers });
    };
    const res = await upload();
    assert.equal(res.statusCode, 202, res.body);
    const job = await finish(res.json().jobId);
    assert.equal(job.status, 'succeeded', JSON.stringify(job.error));
    assert.equal(job.result.imported, 2);
    assert.equal(job.result.rejected, 1);
    const codes = job.result.problems.map((p: { message: string; code: string }) => `${p.code}:${p.message.slice(0, 4)}`);
    assert.ok(codes.includes('exam.type_invalid:第4行 '), codes.join());
    assert.ok(codes.includes('import.not_a_number:第4行 '), codes.join());
    // The audiogram of XL-2 (binaural high-frequency average ≥ 40 dB, better-ear weighted value ≥ 26 dB: GBZ 49) supports the suspected case.
    const xl2 = (await t.request(tijian, { method: 'GET', url: '/api/v1/health-exams?q=XL-2' })).json().items[0];
    assert.deepEqual(xl2.flagCodes, ['suspected_od']);
    const second = await finish((await upload()).json().jobId);
    assert.deepEqual({ imported: second.result.imported, alreadyPresent: second.result.alreadyPresent }, { imported: 0, alreadyPresent: 2 });
    const history = (await t.request(tijian, { method: 'GET', url: '/api/v1/health-exam-batches' })).json();
    assert.equal(history[0].fileName, '体检.xlsx');
  });
});
