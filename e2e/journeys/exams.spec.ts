/**
 * Journey: 职业健康检查结果批量报送 (issue 6, "Done when"). The demo exam institution (ts.tijian)
 * uploads 20,000 exams for the two demo employers through the web, once as the platform's Excel
 * template and once as a JSON file (the batch API's format), in 仅导入无误的行 mode: the page shows
 * the job's progress, the records kept but flagged incomplete (GBZ 188 required items missing), the
 * suspected occupational disease reports and contraindication notices created, and the refused
 * records with their reasons; uploading the Excel file again registers nothing twice. Then the
 * employer (ts.qiye, 海宴五金) and the county health authority (ts.weijian) see the new reports
 * and notices, and the worker (ts.laodongzhe, 黄志明) sees the new exam in their own archive.
 *
 * The records are generated here with valid resident ID numbers (GB 11643 check character from the
 * domain package); the expected figures are counted from the generator, not read back from the
 * server. Screenshots: e2e/artifacts/exams-*.png. Runs on a fresh database (scripts/run-e2e.mjs).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { buildUscc, idNumberCheckCharacter } from '@ohnet/domain';
import { launch, login, newPage, screenshot, waitForText } from '../support/browser.ts';

const BATCH_SIZE = 20_000;
const NOISE_EMPLOYER = '台山市海宴五金制品有限公司（演示）';
const DUST_EMPLOYER = '台山市广海石材加工厂（演示）';
/** ts.laodongzhe is linked to this demo worker (exams.demo.ts). */
const HUANG = { idNumber: '44078119850312331' + idNumberCheckCharacter('44078119850312331'), name: '黄志明' };
/** A well-formed credit code no organisation on the platform has. */
const UNKNOWN_USCC = buildUscc('9', '1', '440781', '99887766');
/** A whole upload of 20,000 exams may take minutes on the shared 2-core machine. */
const JOB_TIMEOUT_MS = 15 * 60_000;

const SURNAMES = ['陈', '李', '黄', '张', '梁', '刘', '吴', '林', '何', '谭', '伍', '余', '甄', '雷', '邝', '朱', '关', '马', '赵', '周'];
const GIVEN = ['志', '国', '秀', '丽', '建', '伟', '嘉', '敏', '俊', '文', '明', '华', '家', '少', '锦', '永', '卓', '海', '晓', '玉'];

/** A valid resident ID for the n-th generated worker of a batch: 台山, born 1966–2000, distinct for n < 980,000 within a month code. */
function idNumberFor(n: number, month: string): string {
  const year = 1966 + (n % 35);
  const day = String((Math.floor(n / 35) % 28) + 1).padStart(2, '0');
  const seq = String(Math.floor(n / 980) % 1000).padStart(3, '0');
  const first17 = `440781${year}${month}${day}${seq}`;
  return first17 + idNumberCheckCharacter(first17);
}
const nameFor = (n: number) => `${SURNAMES[n % 20]}${GIVEN[Math.floor(n / 3) % 20]}${GIVEN[(n * 7 + 3) % 19]}`;

const flat = (v: number) => ({ '500': v, '1000': v, '2000': v, '3000': v, '4000': v, '6000': v });
/** Binaural high-frequency average ≥ 40 dB and better-ear weighted ≥ 26 dB: supports suspected noise deafness (GBZ 49). */
const HEARING_LOSS = { '500': 30, '1000': 35, '2000': 40, '3000': 60, '4000': 70, '6000': 65 };
const FREQS = ['500', '1000', '2000', '3000', '4000', '6000'] as const;

type Kind = 'normal' | 'incomplete' | 'suspected' | 'contraindication' | 'bad_suspected' | 'future_date' | 'unknown_employer';

/**
 * What record i of a batch is: 2 in 200 suspected cases, 2 in 200 contraindications, every 20th
 * incomplete (ECG / lung function left out), and a few refused ones:
 * a suspected case without the disease name, an exam date after today, an unregistered employer.
 */
function kindOf(i: number): Kind {
  if (i % 4000 === 1999) return 'bad_suspected';
  if (i % 5000 === 2501) return 'future_date';
  if (i === BATCH_SIZE - 1) return 'unknown_employer';
  // Two in a row, so each employer (even: noise, odd: dust) gets its share.
  if (i % 200 === 6 || i % 200 === 7) return 'suspected';
  if (i % 200 === 12 || i % 200 === 13) return 'contraindication';
  if (i % 20 === 3) return 'incomplete';
  return 'normal';
}

interface ExamRecord {
  examNumber: string;
  employerUscc: string;
  examType: 'periodic';
  examDate: string;
  worker: { idNumber: string; name: string };
  hazardFactors: string[];
  items: Record<string, unknown>;
  conclusions: { hazardFactor: string; conclusion: string; suspectedDisease?: string; contraindication?: string; advice?: string }[];
}

/** Even records: noise at 海宴五金; odd: silica dust at 广海石材. */
function buildBatch(prefix: string, month: string, examDate: string, uscc: { noise: string; dust: string }): { records: ExamRecord[]; kinds: Kind[] } {
  const kinds: Kind[] = [];
  const records = Array.from({ length: BATCH_SIZE }, (_, i): ExamRecord => {
    const kind = kindOf(i);
    kinds.push(kind);
    const noise = i % 2 === 0;
    const factor = noise ? '噪声' : '矽尘';
    const items: Record<string, unknown> = noise
      ? { audiometry: { left: kind === 'suspected' ? HEARING_LOSS : flat(15), right: kind === 'suspected' ? HEARING_LOSS : flat(10) }, ecg: { isAbnormal: false } }
      : { chestRadiograph: { result: kind === 'suspected' ? 'pneumoconiosis_like' : 'no_abnormality' }, lungFunction: { fvcPercentPredicted: 92, fev1PercentPredicted: 90, fev1FvcPercent: 79, isAbnormal: false }, ecg: { isAbnormal: false } };
    if (kind === 'incomplete') delete items[noise ? 'ecg' : 'lungFunction'];
    const conclusion =
      kind === 'suspected' || kind === 'bad_suspected'
        ? { hazardFactor: factor, conclusion: 'suspected_od', ...(kind === 'suspected' ? { suspectedDisease: noise ? '职业性噪声聋' : '职业性矽肺' } : {}), advice: '建议到职业病诊断机构进一步诊断' }
        : kind === 'contraindication'
          ? { hazardFactor: factor, conclusion: 'contraindication', contraindication: noise ? '永久性感音神经性听力损失' : '活动性肺结核病', advice: '调离原岗位' }
          : { hazardFactor: factor, conclusion: 'no_abnormality', advice: '可继续原岗位工作' };
    return {
      examNumber: `${prefix}-${String(i + 1).padStart(5, '0')}`,
      employerUscc: kind === 'unknown_employer' ? UNKNOWN_USCC : noise ? uscc.noise : uscc.dust,
      examType: 'periodic',
      examDate: kind === 'future_date' ? '2099-01-01' : examDate,
      worker: { idNumber: idNumberFor(i, month), name: nameFor(i) },
      hazardFactors: [factor],
      items,
      conclusions: [conclusion],
    };
  });
  return { records, kinds };
}

/** The figures a batch must produce, counted from the generator. */
function expected(records: ExamRecord[], kinds: Kind[]) {
  const refused = kinds.filter((k) => k === 'bad_suspected' || k === 'future_date' || k === 'unknown_employer').length;
  const accepted = records.filter((_, i) => !['bad_suspected', 'future_date', 'unknown_employer'].includes(kinds[i]!));
  const on = (uscc: string, kind: Kind) => records.filter((r, i) => kinds[i] === kind && r.employerUscc === uscc).length;
  return {
    total: records.length,
    imported: accepted.length,
    rejected: refused,
    incomplete: kinds.filter((k) => k === 'incomplete').length,
    suspected: kinds.filter((k) => k === 'suspected').length,
    notices: kinds.filter((k) => k === 'contraindication').length,
    on,
  };
}

/** The Excel file a person would make: the downloaded template with one row per record. */
async function excelOf(template: Buffer, records: ExamRecord[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  sheet.spliceRows(2, 1); // the example row
  const col = (header: string) => {
    const i = headers.indexOf(header);
    assert.ok(i >= 0, `template column ${header}`);
    return i;
  };
  const at = {
    examNumber: col('体检编号*'),
    uscc: col('用人单位统一社会信用代码*'),
    id: col('身份证号*'),
    name: col('姓名*'),
    type: col('体检类别*'),
    date: col('体检日期*(YYYY-MM-DD)'),
    factors: col('危害因素*(多个用、分隔)'),
    conclusions: col('结论*(与危害因素一一对应，用、分隔)'),
    suspected: col('疑似职业病名称'),
    contra: col('职业禁忌证'),
    advice: col('处理意见'),
    chest: col('胸片结果'),
    fvc: col('肺功能FVC占预计值%'),
    fev1: col('肺功能FEV1占预计值%'),
    fev1Fvc: col('肺功能FEV1/FVC%'),
    lungAbnormal: col('肺功能异常(是/否)'),
    ecg: col('心电图(正常/异常)'),
  };
  const conclusionLabel: Record<string, string> = { no_abnormality: '目前未见异常', suspected_od: '疑似职业病', contraindication: '职业禁忌证' };
  const chestLabel: Record<string, string> = { no_abnormality: '未见异常', pneumoconiosis_like: '尘肺样改变' };
  const rows = records.map((r) => {
    const row: (string | number)[] = headers.map(() => '');
    const c = r.conclusions[0]!;
    row[at.examNumber] = r.examNumber;
    row[at.uscc] = r.employerUscc;
    row[at.id] = r.worker.idNumber;
    row[at.name] = r.worker.name;
    row[at.type] = '在岗期间';
    row[at.date] = r.examDate;
    row[at.factors] = r.hazardFactors.join('、');
    row[at.conclusions] = conclusionLabel[c.conclusion]!;
    row[at.suspected] = c.suspectedDisease ?? '';
    row[at.contra] = c.contraindication ?? '';
    row[at.advice] = c.advice ?? '';
    const items = r.items as { audiometry?: { left: Record<string, number>; right: Record<string, number> }; chestRadiograph?: { result: string }; lungFunction?: Record<string, number>; ecg?: unknown };
    if (items.audiometry) {
      for (const f of FREQS) {
        row[col(`左耳${f}Hz(dB HL)`)] = items.audiometry.left[f]!;
        row[col(`右耳${f}Hz(dB HL)`)] = items.audiometry.right[f]!;
      }
    }
    if (items.chestRadiograph) row[at.chest] = chestLabel[items.chestRadiograph.result]!;
    if (items.lungFunction) {
      row[at.fvc] = items.lungFunction.fvcPercentPredicted!;
      row[at.fev1] = items.lungFunction.fev1PercentPredicted!;
      row[at.fev1Fvc] = items.lungFunction.fev1FvcPercent!;
      row[at.lungAbnormal] = '否';
    }
    if (items.ecg) row[at.ecg] = '正常';
    return row;
  });
  // Row by row from row 2: the template's drop-down lists reach row 5001, so addRows would append after them.
  rows.forEach((values, i) => {
    sheet.getRow(i + 2).values = values;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function callApi<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(async (u) => (await (await fetch(u)).json()) as unknown, url) as Promise<T>;
}

interface BatchResult {
  total: number;
  imported: number;
  alreadyPresent: number;
  rejected: number;
  incomplete: number;
  suspectedReports: number;
  contraindicationNotices: number;
  errors: { row: number; column: string; code: string; message: string }[];
}

/** Opens the import dialog, chooses 仅导入无误的行, gives the file, starts; returns when the job's progress shows. */
async function startUpload(page: Page, file: string, shotName: string): Promise<number> {
  await page.getByTestId('import-mode-valid_rows').click();
  await page.locator('.ant-modal:visible input[type=file]').setInputFiles(file);
  await waitForText(page.locator('.ant-modal:visible'), new RegExp(path.basename(file).replace('.', '\\.')));
  const started = Date.now();
  await page.getByTestId('import-submit').click();
  // The job's own progress (records processed), not just "queued" — unless it has already finished.
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const text = await page.getByTestId('job-progress').innerText().catch(() => '');
    if (/已处理 [1-9]/.test(text) || (await page.getByTestId('import-result').count()) > 0) break;
    await page.waitForTimeout(200);
  }
  await screenshot(page, shotName);
  return started;
}

async function waitForResult(page: Page): Promise<void> {
  await page.getByTestId('import-result').waitFor({ timeout: JOB_TIMEOUT_MS });
}

describe('exam filing: 20,000 exams by Excel and by JSON; reports and notices reach the employer and the county; the worker sees the archive', () => {
  let browser: Browser;
  let dir = '';
  let uscc = { noise: '', dust: '' };
  let excel: { records: ExamRecord[]; kinds: Kind[] };
  let json: { records: ExamRecord[]; kinds: Kind[] };
  const timings: Record<string, number> = {};

  before(async () => {
    browser = await launch();
    dir = mkdtempSync(path.join(tmpdir(), 'ohnet-exams-'));
    // The employers' credit codes as the county sees them in its organisation registry.
    const page = await newPage(browser);
    await login(page, 'ts.weijian');
    await page.getByTestId('home-todos').waitFor();
    const find = async (name: string) => (await callApi<{ items: { name: string; uscc: string | null }[] }>(page, `/api/v1/organisations?q=${encodeURIComponent(name.slice(0, 6))}&type=employer`)).items.find((o) => o.name === name)!.uscc!;
    uscc = { noise: await find(NOISE_EMPLOYER), dust: await find(DUST_EMPLOYER) };
    await page.context().close();
    const t0 = Date.now();
    excel = buildBatch('TSZJ-XL-2026', '05', '2026-10-20', uscc);
    json = buildBatch('TSZJ-JS-2026', '07', '2026-11-05', uscc);
    // 黄志明 (ts.laodongzhe) is among the JSON batch's workers: his archive gets the new exam.
    json.records[0] = { ...json.records[0]!, worker: HUANG };
    timings.generate = Date.now() - t0;
  });
  after(() => browser.close());

  it('the exam institution uploads 20,000 exams as Excel: progress, flags, the refused records with their reasons', async () => {
    const page = await newPage(browser);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await login(page, 'ts.tijian');
    await page.getByTestId('menu-exams').click();
    await page.getByTestId('exams-page').waitFor();
    await waitForText(page.getByTestId('exams-page'), /TSZJ-2026-0001/);
    await screenshot(page, 'exams-institution-list');

    const t0 = Date.now();
    const template = Buffer.from(
      await page.evaluate(async () => {
        const bytes = new Uint8Array(await (await fetch('/api/v1/health-exams/import-template')).arrayBuffer());
        let s = '';
        for (const b of bytes) s += String.fromCharCode(b);
        return btoa(s);
      }),
      'base64',
    );
    const xlsx = path.join(dir, '体检结果-2026-10.xlsx');
    writeFileSync(xlsx, await excelOf(template, excel.records));
    timings.excelWrite = Date.now() - t0;

    await page.getByTestId('exam-import-open').click();
    await page.locator('.ant-modal:visible').waitFor();
    await screenshot(page, 'exams-upload-dialog');
    const started = await startUpload(page, xlsx, 'exams-excel-progress');
    await waitForResult(page);
    timings.excelUpload = Date.now() - started;
    await page.getByTestId('exam-batch-stats').waitFor();
    await screenshot(page, 'exams-excel-result');

    const want = expected(excel.records, excel.kinds);
    const [batch] = await callApi<{ result: BatchResult }[]>(page, '/api/v1/health-exam-batches');
    const r = batch!.result;
    assert.deepEqual(
      { total: r.total, written: r.imported + r.alreadyPresent, rejected: r.rejected },
      { total: want.total, written: want.imported, rejected: want.rejected },
    );
    if (r.alreadyPresent === 0) assert.deepEqual({ incomplete: r.incomplete, s: r.suspectedReports, c: r.contraindicationNotices }, { incomplete: want.incomplete, s: want.suspected, c: want.notices });
    // Refused rows name the sheet row (the header is row 1) and the template column.
    const codes = r.errors.map((e) => `${e.row}|${e.column}|${e.code}`);
    assert.ok(codes.includes('2001|疑似职业病名称|exam.suspected_disease_required'), codes.join());
    assert.ok(codes.includes('2503|体检日期*(YYYY-MM-DD)|exam.date_in_future'), codes.join());
    assert.ok(codes.includes(`${BATCH_SIZE + 1}|用人单位统一社会信用代码*|exam.employer_unknown`), codes.join());
    const shown = await page.getByTestId('import-result').innerText();
    assert.match(shown, /第 ?2001 ?行/);
    assert.match(shown, /疑似职业病须填写疑似病名/);
    assert.match(await page.getByTestId('exam-batch-stats').innerText(), new RegExp(`生成疑似职业病报告\\s*${want.suspected}`));

    // The same file again: everything already present, nothing written twice.
    await page.getByTestId('import-another').click();
    const again = await startUpload(page, xlsx, 'exams-excel-reupload-progress');
    await waitForResult(page);
    timings.excelReupload = Date.now() - again;
    await waitForText(page.getByTestId('import-result'), new RegExp(`已存在（未重复登记）\\s*${want.imported.toLocaleString('en-US')}`));
    await screenshot(page, 'exams-excel-reupload-result');
    const [second] = await callApi<{ result: BatchResult }[]>(page, '/api/v1/health-exam-batches');
    assert.deepEqual({ imported: second!.result.imported, alreadyPresent: second!.result.alreadyPresent, rejected: second!.result.rejected }, { imported: 0, alreadyPresent: want.imported, rejected: want.rejected });
    const written = await callApi<{ total: number }>(page, '/api/v1/health-exams?pageSize=1&from=2026-10-20&to=2026-10-20');
    assert.equal(written.total, want.imported);
    assert.deepEqual(pageErrors, []);
  });

  it('the same institution uploads 20,000 exams as a JSON file through the same dialog', async () => {
    const page = await newPage(browser);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await login(page, 'ts.tijian');
    await page.getByTestId('menu-exams').click();
    await page.getByTestId('exams-page').waitFor();
    const file = path.join(dir, 'exams-2026-11.json');
    writeFileSync(file, JSON.stringify({ records: json.records }));

    await page.getByTestId('exam-import-open').click();
    await page.locator('.ant-modal:visible').waitFor();
    const started = await startUpload(page, file, 'exams-json-progress');
    await waitForResult(page);
    timings.jsonUpload = Date.now() - started;
    await page.getByTestId('exam-batch-stats').waitFor();
    await screenshot(page, 'exams-json-result');

    const want = expected(json.records, json.kinds);
    const [batch] = await callApi<{ fileName: string | null; result: BatchResult }[]>(page, '/api/v1/health-exam-batches');
    assert.equal(batch!.fileName, 'exams-2026-11.json');
    const r = batch!.result;
    assert.deepEqual({ total: r.total, written: r.imported + r.alreadyPresent, rejected: r.rejected }, { total: want.total, written: want.imported, rejected: want.rejected });
    if (r.alreadyPresent === 0) assert.deepEqual({ incomplete: r.incomplete, s: r.suspectedReports, c: r.contraindicationNotices }, { incomplete: want.incomplete, s: want.suspected, c: want.notices });
    // JSON problems name the record (1-based) and its field path.
    const codes = r.errors.map((e) => `${e.row}|${e.column}|${e.code}`);
    assert.ok(codes.includes('2000|conclusions.0.suspectedDisease|exam.suspected_disease_required'), codes.join());

    // The incomplete exams, from the result straight into the list's flag filter.
    await page.getByTestId('exam-batch-show-incomplete').click();
    await page.locator('.ant-modal:visible').waitFor({ state: 'hidden' });
    await waitForText(page.getByTestId('exam-filters'), /必检项目缺项/);
    // Every row shown carries the flag once the filtered page has loaded.
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('[data-testid="exams-page"] .ant-table-tbody tr.ant-table-row'));
      return rows.length > 0 && !document.querySelector('[data-testid="exams-page"] .ant-spin-spinning') && rows.every((r) => r.textContent?.includes('必检项目缺项'));
    }, undefined, { timeout: 60_000 });
    await screenshot(page, 'exams-incomplete-list');
    const incomplete = await callApi<{ total: number }>(page, '/api/v1/health-exams?flag=incomplete&pageSize=1');
    const wantExcel = expected(excel.records, excel.kinds);
    assert.ok(incomplete.total >= want.incomplete + wantExcel.incomplete, `incomplete ${incomplete.total}`);

    // The batch history keeps both files and their figures.
    await page.getByTestId('exam-import-open').click();
    await waitForText(page.getByTestId('import-history'), /exams-2026-11\.json/);
    await waitForText(page.getByTestId('import-history'), /体检结果-2026-10\.xlsx/);
    await page.waitForTimeout(500); // the dialog's opening animation
    await screenshot(page, 'exams-batch-history');
    assert.deepEqual(pageErrors, []);
  });

  it('the employer sees the suspected-disease reports and the contraindication notices of its workers', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.qiye');
    await page.getByTestId('home-todos').waitFor();
    await waitForText(page.getByTestId('home-todos'), /疑似职业病/);
    await screenshot(page, 'exams-employer-home');

    const ex = expected(excel.records, excel.kinds);
    const js = expected(json.records, json.kinds);
    await page.getByTestId('menu-suspectedReports').click();
    await page.getByTestId('suspected-reports-page').waitFor();
    await waitForText(page.getByTestId('suspected-report-table'), /职业性噪声聋/);
    await screenshot(page, 'exams-employer-reports');
    const reports = await callApi<{ total: number; items: { employerName: string }[] }>(page, '/api/v1/suspected-reports?pageSize=100');
    // The demo's own suspected case plus the noise (海宴五金) cases of both batches; none of 广海石材's.
    assert.equal(reports.total, 1 + ex.on(uscc.noise, 'suspected') + js.on(uscc.noise, 'suspected'));
    assert.ok(reports.items.every((r) => r.employerName === NOISE_EMPLOYER));

    await page.getByTestId('menu-notices').click();
    await page.getByTestId('notices-page').waitFor();
    await waitForText(page.getByTestId('notice-table'), /永久性感音神经性听力损失/);
    await screenshot(page, 'exams-employer-notices');
    const notices = await callApi<{ total: number }>(page, '/api/v1/contraindication-notices?pageSize=1');
    assert.equal(notices.total, 1 + ex.on(uscc.noise, 'contraindication') + js.on(uscc.noise, 'contraindication'));
  });

  it('the county health authority sees the reports and notices of both employers', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.weijian');
    await page.getByTestId('home-todos').waitFor();
    const ex = expected(excel.records, excel.kinds);
    const js = expected(json.records, json.kinds);
    await page.getByTestId('menu-suspectedReports').click();
    await page.getByTestId('suspected-reports-page').waitFor();
    await waitForText(page.getByTestId('suspected-report-table'), /职业性(矽肺|噪声聋)/);
    await screenshot(page, 'exams-county-reports');
    const reports = await callApi<{ total: number }>(page, '/api/v1/suspected-reports?pageSize=1');
    assert.equal(reports.total, 1 + ex.suspected + js.suspected);

    await page.getByTestId('menu-notices').click();
    await page.getByTestId('notices-page').waitFor();
    await waitForText(page.getByTestId('notice-table'), /活动性肺结核病|永久性感音神经性听力损失/);
    await screenshot(page, 'exams-county-notices');
    const notices = await callApi<{ total: number }>(page, '/api/v1/contraindication-notices?pageSize=1');
    assert.equal(notices.total, 1 + ex.notices + js.notices);
  });

  it('the worker sees their own archive with the new exam', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.laodongzhe');
    await page.getByTestId('menu-myArchive').click();
    await page.getByTestId('my-archive-page').waitFor();
    await waitForText(page.getByTestId('archive'), /TSZJ-JS-2026-00001/);
    assert.match(await page.getByTestId('archive').innerText(), /黄志明/);
    assert.match(await page.getByTestId('archive').innerText(), /广海石材/); // the earlier employer's exit exam
    await screenshot(page, 'exams-worker-archive');
    console.log(`# exams journey timings (ms): ${JSON.stringify(timings)}`);
  });
});
