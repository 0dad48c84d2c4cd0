/**
 * Journey: 职业病危害项目申报 from end to end. The employer (ts.qiye, 台山市海宴五金) completes its
 * base record, adds the post 打磨工 with 噪声 12 / 矽尘 8 and two workers, starts an initial
 * declaration pre-filled from them, sees the server's validation on the fields, fills in what is
 * missing and submits; the county health authority (ts.weijian) finds it in its review queue and
 * returns it with a reason; the employer reads the reason and resubmits; the authority accepts it;
 * the employer opens the printable receipt; anyone verifies the receipt on the public page; and
 * the authority of another county (kp.weijian) cannot open the declaration (404).
 * Screenshots: e2e/artifacts/decl-*.png. Repeatable against the same database: the run's post,
 * workers and reason are unique, and what an earlier run left open is closed first.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { idNumberCheckCharacter } from '@ohnet/domain';
import { launch, login, newPage, pickOption, screenshot, waitForText } from '../support/browser.ts';

const RUN = Date.now();
const RUN_TAG = String(RUN).slice(-6);

/**
 * A valid resident ID number (GB 11643) of someone born in 台山市 in the 1980s, unique to this run;
 * the sequence code is odd for a man and even for a woman.
 */
function idNumber(index: number, sex: 'male' | 'female'): string {
  const n = Math.floor(RUN / 1000) + index * 7919;
  const year = 1980 + (n % 10);
  const month = String(1 + (n % 12)).padStart(2, '0');
  const day = String(1 + (Math.floor(n / 12) % 28)).padStart(2, '0');
  const sequence = `${String(Math.floor(n / 336) % 100).padStart(2, '0')}${sex === 'male' ? 1 : 2}`;
  const first17 = `440781${year}${month}${day}${sequence}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** ID numbers for the imported sheet: valid, unique to this run, distinct from idNumber()'s. */
function sheetIdNumber(index: number): string {
  const start = Date.UTC(1970, 0, 1) / 86_400_000 + (Math.floor(RUN / 1000) % 5000);
  const day = new Date((start + (index % 9000)) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const sequence = String((Math.floor(RUN / 100) + Math.floor(index / 9000) * 7) % 1000).padStart(3, '0');
  const first17 = `440781${day}${sequence}`;
  return first17 + idNumberCheckCharacter(first17);
}

async function ownEmployerId(page: Page): Promise<string> {
  const session = (await callApi(page, 'GET', '/api/v1/auth/session')) as { organisation: { id: string } };
  return session.organisation.id;
}

/** Calls the API as the signed-in user of `page` (setup and reading results, not the journey itself). */
async function callApi(page: Page, method: 'GET' | 'POST', url: string): Promise<unknown> {
  return page.evaluate(
    async ({ method, url }) => {
      const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
      const response = await fetch(url, { method, headers: { 'x-csrf-token': session.csrfToken } });
      return response.status === 204 ? null : ((await response.json()) as unknown);
    },
    { method, url },
  );
}

interface Listed {
  items: { id: string; state: string }[];
}
interface EmployerRecord {
  posts: { id: string; name: string; isActive: boolean }[];
}

/** What an earlier run may have left: a declaration in review or returned (withdrawn now) and its 打磨工 posts (deactivated). */
async function closeLeftovers(page: Page, employerId: string): Promise<void> {
  const open = (await callApi(page, 'GET', `/api/v1/declarations?employerId=${employerId}&kind=initial&pageSize=100`)) as Listed;
  for (const d of open.items.filter((i) => i.state === 'submitted' || i.state === 'returned')) {
    await callApi(page, 'POST', `/api/v1/declarations/${d.id}/withdraw`);
  }
  const employer = (await callApi(page, 'GET', `/api/v1/employers/${employerId}`)) as EmployerRecord;
  for (const post of employer.posts.filter((p) => p.isActive && p.name === '打磨工')) {
    await callApi(page, 'POST', `/api/v1/employers/${employerId}/posts/${post.id}/deactivate`);
  }
}

/** Confirms the open confirmation dialog with its OK button (antd spaces two-character labels: 受 理), and waits until it has gone. */
async function confirmDialog(page: Page, label: RegExp): Promise<void> {
  // Click once the dialog has finished zooming in: a click during the animation can be lost.
  await page.locator('.ant-modal-confirm:not(.ant-zoom-appear):visible').getByRole('button', { name: label }).click();
  await page.locator('.ant-modal-confirm:visible').waitFor({ state: 'hidden' });
}

async function openDeclaration(page: Page, id: string): Promise<void> {
  await page.goto(`/declarations/${id}`);
  await page.getByTestId('declaration-form').waitFor();
}

async function stateOf(page: Page): Promise<string | null> {
  return page.getByTestId('declaration-header').getByTestId('declaration-state').getAttribute('data-state');
}

async function waitForState(page: Page, state: string): Promise<void> {
  await page.locator(`[data-testid="declaration-header"] [data-testid="declaration-state"][data-state="${state}"]`).waitFor();
}

describe('hazard declaration: declare, review, return, resubmit, accept, receipt', () => {
  let browser: Browser;
  let declarationId = '';
  let receipt = { number: '', code: '' };
  const reason = `请补充说明打磨车间的通风除尘设施及个人防护用品配备情况（审核批次 ${RUN_TAG}）。`;

  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  it('the employer completes its record, posts and workers, and submits an initial declaration', async () => {
    const page = await newPage(browser);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await login(page, 'ts.qiye');
    await page.getByTestId('menu-employers').waitFor();
    const session = (await callApi(page, 'GET', '/api/v1/auth/session')) as { organisation: { id: string } };
    const employerId = session.organisation.id;
    await closeLeftovers(page, employerId);

    // 用人单位 leads an employer's own user straight to its record.
    await page.getByTestId('menu-employers').click();
    await page.getByTestId('employer-page').waitFor();
    assert.match(page.url(), new RegExp(`/employers/${employerId}`));

    // 基本信息: the profile; the hazard class is derived from the industry (C3311 → 严重).
    await page.getByTestId('profile-registeredAddress').fill('广东省台山市海宴镇工业区创业路 8 号');
    await page.getByTestId('profile-workplaceAddress').fill('广东省台山市海宴镇工业区创业路 8 号');
    await page.getByTestId('profile-industryCode').fill('C3311');
    await pickOption(page, 'profile-sizeClass', '小型');
    await page.getByTestId('profile-legalRepresentative').fill('陈志强');
    await page.getByTestId('profile-ohManagerName').fill('李华');
    await page.getByTestId('profile-ohManagerPhone').fill('13800138001');
    await page.getByTestId('profile-hasOhManagementBody').getByText('有', { exact: true }).click();
    await page.getByTestId('profile-fullTimeOhManagers').fill('1');
    await page.getByTestId('profile-partTimeOhManagers').fill('2');
    await page.getByTestId('profile-staffCount').fill('60');
    await page.getByTestId('profile-dispatchedWorkerCount').fill('6');
    await page.getByTestId('profile-cumulativeOccupationalDiseaseCases').fill('0');
    await page.getByTestId('profile-save').click();
    await waitForText(page.getByTestId('employer-hazard-class'), /职业病危害严重/);
    assert.match(await page.getByTestId('employer-hazard-class').innerText(), /国卫办职健发〔2021〕5号/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'decl-employer-profile');

    // 岗位与危害因素: 打磨工 with 噪声 12 and 矽尘 8 (the server resolves the names in the catalogue).
    await page.getByTestId('employer-tab-posts').click();
    await page.getByTestId('post-create').click();
    await page.getByTestId('post-form-name').fill('打磨工');
    await page.getByTestId('post-form-workplace').fill(`打磨车间 ${RUN_TAG}`);
    await page.getByTestId('post-hazard-name-0').fill('噪声');
    await page.getByTestId('post-hazard-exposed-0').fill('12');
    await page.getByTestId('post-hazard-add').click();
    await page.getByTestId('post-hazard-name-1').fill('矽尘');
    await page.getByTestId('post-hazard-exposed-1').fill('8');
    await page.locator('.ant-modal:visible').getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('post-form-name').waitFor({ state: 'hidden' });
    await waitForText(page.getByTestId('posts-table'), new RegExp(`打磨车间 ${RUN_TAG}`));
    assert.match(await page.getByTestId('posts-table').innerText(), /矽尘（游离SiO2含量≥10%）/);
    await screenshot(page, 'decl-employer-posts');

    // 劳动者: two workers on the new post; the list shows masked ID numbers.
    await page.getByTestId('employer-tab-workers').click();
    const workers = [
      { name: `黄建国${RUN_TAG.slice(-2)}`, id: idNumber(1, 'male') },
      { name: `梁秀英${RUN_TAG.slice(-2)}`, id: idNumber(2, 'female') },
    ];
    for (const w of workers) {
      await page.getByTestId('workers-hire').click();
      await page.getByTestId('hire-idNumber').fill(w.id);
      await page.getByTestId('hire-name').fill(w.name);
      await pickOption(page, 'hire-post', '打磨工');
      await page.getByTestId('hire-jobType').fill('打磨');
      await page.locator('.ant-modal:visible').getByRole('button', { name: /保\s*存/ }).click();
      await page.getByTestId('hire-idNumber').waitFor({ state: 'hidden' });
    }
    // Search by the full ID number (exact, through the server's blind index).
    await page.getByTestId('workers-search').locator('input').fill(workers[0]!.id);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="workers-table"] tbody tr.ant-table-row').length === 1);
    const listed = await page.getByTestId('workers-table').innerText();
    assert.ok(listed.includes(workers[0]!.name));
    assert.ok(!listed.includes(workers[0]!.id), 'the list masks ID numbers');
    await page.getByTestId('workers-table').getByText(workers[0]!.name).click();
    await waitForText(page.getByTestId('worker-drawer'), /在岗经历/);
    await waitForText(page.getByTestId('worker-drawer'), /台山市海宴五金/);
    await page.waitForTimeout(400);
    await screenshot(page, 'decl-worker-drawer');
    await page.keyboard.press('Escape');
    // And by name (earlier runs' workers fill the first pages of the unfiltered list).
    await page.getByTestId('workers-search').locator('input').fill(workers[1]!.name);
    await page.keyboard.press('Enter');
    await waitForText(page.getByTestId('workers-table'), new RegExp(workers[1]!.name));
    assert.match(await page.getByTestId('workers-table').innerText(), /女/, 'sex derived from the ID number');
    await screenshot(page, 'decl-workers');

    // 申报: a new initial declaration, pre-filled from the record and the posts.
    await page.getByTestId('employer-tab-declarations').click();
    await page.getByTestId('declaration-new').click();
    await page.getByTestId('declaration-create-kind-initial').check();
    await page.locator('.ant-modal:visible').getByRole('button', { name: /创建并填写/ }).click();
    await page.waitForURL(/\/declarations\/[0-9a-f-]{36}$/);
    await page.getByTestId('declaration-form').waitFor();
    declarationId = /\/declarations\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    // The pre-filled factor rows show under their categories.
    await waitForText(page.getByTestId('decl-hazard-dust'), /矽尘/);
    // A draft left by an interrupted earlier run opens instead of a new one: refill it from today's data.
    await page.getByTestId('declaration-prefill').click();
    await confirmDialog(page, /确\s*定/);
    await waitForText(page.getByTestId('decl-hazard-physical'), /噪声/);
    assert.equal(await page.getByTestId('decl-hazard-dust-sub-silica_dust').inputValue(), '8');
    // The total counts every active post's exposed workers (the demo data may hold other posts too).
    const prefill = (await callApi(page, 'GET', `/api/v1/employers/${employerId}/declaration-prefill`)) as { content: { basic: { totalExposedWorkers: number } } };
    assert.ok(prefill.content.basic.totalExposedWorkers >= 12);
    assert.equal(await page.getByTestId('decl-basic-totalExposedWorkers').inputValue(), String(prefill.content.basic.totalExposedWorkers));

    // Submitting with 经济类型 and 检测情况 missing: the server's issues land on the fields and in a list.
    await page.getByTestId('declaration-submit').click();
    await confirmDialog(page, /提交申报/);
    await page.getByTestId('declaration-issues').waitFor();
    // The page scrolls up to the list of issues: let it settle before using the form.
    await page.waitForFunction(() => window.scrollY === 0);
    const issues = await page.getByTestId('declaration-issues').innerText();
    assert.match(issues, /经济类型/);
    assert.match(issues, /本年度是否开展检测/);
    assert.match(await page.getByTestId('decl-section-basic').innerText(), /此项必填/);
    await page.waitForTimeout(500);
    await screenshot(page, 'decl-form-issues');

    await pickOption(page, 'decl-basic-economicType', '有限责任公司');
    await page.getByTestId('decl-testing-conducted-no').check();
    await page.getByTestId('declaration-submit').click();
    await confirmDialog(page, /提交申报/);
    await waitForState(page, 'submitted').catch(async (error: unknown) => {
      const issuesNow = await page.getByTestId('declaration-issues').innerText().catch(() => '');
      throw new Error(`not submitted (${issuesNow}): ${String(error)}`);
    });
    await page.getByTestId('declaration-issues').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('declaration-submit').count(), 0, 'no submit button while in review');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'decl-submitted');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('the employer imports a 5,000-row worker sheet from the template (all-or-nothing refused, valid rows only, re-upload adds nothing)', async () => {
    const page = await newPage(browser);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await login(page, 'ts.qiye');
    await page.getByTestId('menu-employers').click();
    await page.getByTestId('employer-page').waitFor();
    await page.getByTestId('employer-tab-workers').click();
    await page.getByTestId('workers-import').click();
    await page.getByTestId('import-template').waitFor();

    // The template comes from the app: Chinese headers, an example row, the employer's posts as a list.
    const downloading = page.waitForEvent('download');
    await page.getByTestId('import-template').click();
    const templatePath = path.join(tmpdir(), `ohnet-workers-${RUN}.xlsx`);
    await (await downloading).saveAs(templatePath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(templatePath);
    const sheet = workbook.getWorksheet('劳动者')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    assert.deepEqual(headers.slice(0, 3), ['身份证号*', '姓名*', '手机号']);
    // Replace the example row with 5,000 workers of this run and one row with a wrong check character.
    const rows: (string | null)[][] = [];
    for (let i = 0; i < 5000; i++) rows.push([sheetIdNumber(i), `导入工${RUN_TAG}-${i}`, '', i % 2 === 0 ? '打磨工' : '', '打磨', '2025-03-01', '否', '']);
    const bad = sheetIdNumber(5000);
    rows.splice(2500, 0, [bad.slice(0, 17) + (bad[17] === '0' ? '1' : '0'), `错误行${RUN_TAG}`, '', '', '', '2025-03-01', '否', '']);
    // Row 2 held the example; the template pre-formats empty rows below it, so write by row number.
    rows.forEach((values, i) => {
      sheet.getRow(2 + i).values = values;
    });
    const filled = path.join(tmpdir(), `ohnet-workers-${RUN}-filled.xlsx`);
    await workbook.xlsx.writeFile(filled);

    // 全部成功才导入: the bad row (sheet row 2502) is reported by row, column and reason; nothing is written.
    await page.getByTestId('import-mode-all_or_nothing').click();
    await page.locator('.ant-modal:visible input[type=file]').setInputFiles(filled);
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
    await waitForText(page.getByTestId('import-errors'), /2502/);
    assert.match(await page.getByTestId('import-errors').innerText(), /身份证号/);
    assert.match(await page.getByTestId('import-result').innerText(), /5,?001/);
    await screenshot(page, 'decl-import-refused');

    // 仅导入无误的行: the 5,000 good rows are imported, the bad one reported again.
    await page.getByTestId('import-another').click();
    await page.getByTestId('import-mode-valid_rows').click();
    await page.locator('.ant-modal:visible input[type=file]').setInputFiles(filled);
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
    assert.match(await page.getByTestId('import-result').innerText(), /5,?000/);
    await screenshot(page, 'decl-import-valid-rows');

    // The same file again: everything is already present, nothing duplicated.
    await page.getByTestId('import-another').click();
    await page.getByTestId('import-mode-valid_rows').click();
    await page.locator('.ant-modal:visible input[type=file]').setInputFiles(filled);
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
    const again = await page.getByTestId('import-result').innerText();
    await page.getByTestId('import-close').click();

    // The imported workers are listed (search by a name from the sheet), and the history keeps all three runs.
    await page.getByTestId('workers-search').locator('input').fill(`导入工${RUN_TAG}-4999`);
    await page.keyboard.press('Enter');
    await waitForText(page.getByTestId('workers-table'), new RegExp(`导入工${RUN_TAG}-4999`));
    await waitForText(page.getByTestId('import-history'), /5,?000/);
    await screenshot(page, 'decl-import-history');
    const history = (await callApi(page, 'GET', `/api/v1/employers/${await ownEmployerId(page)}/worker-imports`)) as { result: { imported: number; alreadyPresent: number; rejected: number } }[];
    const [latest, second, first] = history;
    assert.deepEqual([first!.result.imported, first!.result.rejected], [0, 1], 'all-or-nothing wrote nothing');
    assert.deepEqual([second!.result.imported, second!.result.rejected], [5000, 1]);
    assert.deepEqual([latest!.result.imported, latest!.result.alreadyPresent], [0, 5000], `re-upload: ${again}`);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('the county health authority finds it in the review queue and returns it with a reason', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.weijian');
    await page.getByTestId('menu-declarations').click();
    // Reviewers land on 待审核.
    await page.getByTestId(`declaration-link-${declarationId}`).waitFor();
    assert.match(await page.getByTestId('declarations-table').innerText(), /台山市海宴五金制品有限公司/);
    await screenshot(page, 'decl-review-queue');

    await page.getByTestId(`declaration-link-${declarationId}`).click();
    await page.getByTestId('declaration-review').waitFor();
    assert.equal(await stateOf(page), 'submitted');
    assert.equal(await page.getByTestId('declaration-save').count(), 0, 'the reviewer cannot edit');
    await screenshot(page, 'decl-review');

    await page.getByTestId('declaration-return').click();
    // The reason is required.
    await page.locator('.ant-modal:visible').getByRole('button', { name: /退\s*回/ }).click();
    await waitForText(page.getByTestId('declaration-return-form'), /请填写退回原因/);
    await page.getByTestId('declaration-return-reason-input').fill(reason);
    await page.locator('.ant-modal:visible').getByRole('button', { name: /退\s*回/ }).click();
    await waitForState(page, 'returned');
    await waitForText(page.getByTestId('declaration-history'), new RegExp(RUN_TAG));
    await page.context().close();
  });

  it('the employer reads the reason, corrects the form and submits again', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.qiye');
    await page.getByTestId('menu-declarations').waitFor();
    await openDeclaration(page, declarationId);
    await waitForText(page.getByTestId('declaration-return-reason'), new RegExp(RUN_TAG));
    await screenshot(page, 'decl-returned');

    await page.getByTestId('decl-product-add').click();
    await page.getByTestId('decl-product-name-0').fill('五金冲压件');
    await page.getByTestId('decl-product-output-0').fill('120');
    await page.getByTestId('decl-product-unit-0').locator('input').fill('万件');
    await page.getByTestId('declaration-submit').click();
    await confirmDialog(page, /提交申报/);
    await waitForState(page, 'submitted');
    await page.context().close();
  });

  it('the authority accepts the resubmission and the receipt is issued', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.weijian');
    await page.getByTestId('menu-declarations').waitFor();
    await openDeclaration(page, declarationId);
    await page.getByTestId('declaration-accept').click();
    await confirmDialog(page, /受\s*理/);
    await waitForState(page, 'accepted');
    await waitForText(page.getByTestId('declaration-receipt-number'), /^SB-440781-\d{4}-\d{7}$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'decl-accepted');
    await page.context().close();
  });

  it('the employer opens the printable receipt', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.qiye');
    await page.getByTestId('menu-declarations').waitFor();
    await openDeclaration(page, declarationId);
    await page.getByTestId('declaration-open-receipt').click();
    await page.getByTestId('declaration-receipt').waitFor();
    const text = await page.getByTestId('declaration-receipt').innerText();
    assert.match(text, /职业病危害项目申报回执/);
    assert.match(text, /台山市卫生健康局/);
    assert.match(text, /回执核验/);
    const detail = (await callApi(page, 'GET', `/api/v1/declarations/${declarationId}`)) as { receiptNumber: string; receiptCode: string };
    receipt = { number: detail.receiptNumber, code: detail.receiptCode };
    assert.ok(text.includes(receipt.number) && text.includes(receipt.code));
    assert.equal(await page.getByTestId('receipt-qr').locator('svg').count(), 1, 'a QR code of the verification link');
    await page.setViewportSize({ width: 1440, height: 1300 });
    await screenshot(page, 'decl-receipt');
    // On paper only the A4 sheet remains.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByTestId('receipt-print').isVisible(), false);
    await screenshot(page, 'decl-receipt-print');
    await page.context().close();
  });

  it('anyone verifies the receipt on the public page', async () => {
    const page = await newPage(browser);
    await page.goto('/verify-receipt');
    await page.getByTestId('verify-receipt').waitFor();
    assert.equal(await page.getByTestId('public-login').count(), 1, 'public shell, no sign-in');
    await page.getByTestId('verify-number').fill(receipt.number);
    await page.getByTestId('verify-code').fill('WRONG1');
    await page.getByTestId('verify-submit').click();
    await page.locator('[data-testid="verify-result"][data-valid="false"]').waitFor();
    await page.getByTestId('verify-code').fill(receipt.code);
    await page.getByTestId('verify-submit').click();
    await page.locator('[data-testid="verify-result"][data-valid="true"]').waitFor();
    const result = await page.getByTestId('verify-result').innerText();
    assert.match(result, /台山市海宴五金制品有限公司/);
    assert.match(result, /初次申报/);
    await screenshot(page, 'decl-verify-receipt');
    await page.context().close();
  });

  it('the health authority of another county cannot open it (404)', async () => {
    const page = await newPage(browser);
    await login(page, 'kp.weijian');
    await page.getByTestId('menu-declarations').waitFor();
    await page.goto(`/declarations/${declarationId}`);
    await page.getByTestId('record-not-found').waitFor();
    assert.match(await page.getByTestId('record-not-found').innerText(), /申报不存在或不在您的管辖范围内/);
    await screenshot(page, 'decl-other-county-404');
    await page.context().close();
  });

  it('the county lists its employers with filters and exports them to Excel', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.weijian');
    await page.getByTestId('menu-employers').click();
    await waitForText(page.getByTestId('employers-table'), /台山市/);
    await pickOption(page, 'employers-filter-hazard-category', '粉尘');
    await waitForText(page.getByTestId('employers-table'), /台山市海宴五金制品有限公司/);
    assert.match(page.url(), /hazardCategory=/, 'filters are kept in the URL');
    const download = page.waitForEvent('download');
    await page.getByTestId('employers-export').click();
    assert.match((await download).suggestedFilename(), /\.xlsx$/);
    await screenshot(page, 'decl-employers-list');
    await page.context().close();
  });
});
