/**
 * Journey (issue 7, dashboards and evaluation reports): the highest-level regulator with demo data
 * (江门市卫生健康局, a city: the demo has no 广东 provincial account) opens the indicator dashboard,
 * switches the indicator shown for the child regions, drills into 台山 (a county), opens the
 * records behind a value, exports the child-region table to Excel and generates the mid-term
 * evaluation report of 台山's plan as PDF. The provincial account of 云南 sees its cities on the map;
 * the employer sees its obligations on its home page. Screenshots: e2e/artifacts/dashboard-*.png.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launch, login, newPage, pickOption, screenshot, waitForText } from '../support/browser.ts';

/** The input of an antd InputNumber by test id (the id lands on the input or on its wrapper). */
function numberInput(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

async function openDashboard(page: Page): Promise<void> {
  await page.getByTestId('menu-dashboard').click();
  await page.getByTestId('dashboard-page').waitFor();
  await page.getByTestId('indicator-cards').waitFor();
}

describe('indicator dashboard: map, drill-down, drill-through, Excel, evaluation report', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  it('the city regulator switches indicator, drills into a county, opens the records, exports Excel and generates the mid-term report', async () => {
    const page = await newPage(browser);
    await login(page, 'jm.weijian');
    await openDashboard(page);
    await page.getByTestId('child-region-table').waitFor();
    await waitForText(page.getByTestId('child-region-table'), /台山市/);
    await page.waitForTimeout(800);
    await screenshot(page, 'dashboard-1-city');

    // Switch the indicator the child regions are coloured by: the dose-monitoring rate.
    await pickOption(page, 'map-indicator', /个人剂量监测率/);
    await waitForText(page.getByTestId('dashboard-page'), /个人剂量监测率 · 下级地区/);
    await page.waitForTimeout(800);
    await screenshot(page, 'dashboard-2-indicator-switched');

    // Drill down into 台山 (the table's link; the bar chart does the same on click).
    await page.getByTestId('child-region-440781').click();
    await waitForText(page.locator('.ant-breadcrumb'), /台山市/);
    await page.getByTestId('open-plan').waitFor();
    await page.getByTestId('indicator-cards').waitFor();
    await page.waitForTimeout(800);
    await screenshot(page, 'dashboard-3-county');

    // The records behind a value: the monitoring pass rate (the demo's periodic tests in 台山 have
    // compliant and exceeding points), numerator then denominator.
    const value = page.getByTestId('indicator-value-workplace_hazard_monitoring_pass_rate').first();
    await value.click();
    await page.getByTestId('records-modal').waitFor();
    await page.getByTestId('records-modal').locator('.ant-table-row').first().waitFor();
    await page.waitForTimeout(500); // the modal's zoom-in animation
    await screenshot(page, 'dashboard-4-records-numerator');
    await page.getByTestId('records-side').getByText('分母记录').click();
    await page.getByTestId('records-modal').locator('.ant-table-row').first().waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, 'dashboard-5-records-denominator');
    await page.keyboard.press('Escape');

    // Export the child-region table (townships of 台山) as a workbook.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-children').click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const xlsx = readFileSync((await download.path())!);
    assert.equal(xlsx.subarray(0, 2).toString(), 'PK', 'an xlsx (zip) file');

    // The plan of 台山 and its mid-term evaluation report.
    await page.getByTestId('open-plan').click();
    await page.getByTestId('plan-page').waitFor();
    await page.getByTestId('plan-entries').locator('.ant-table-row').first().waitFor();
    await screenshot(page, 'dashboard-6-plan');

    // Edit a target: a ratio above 100 % is refused by the domain validator before any request.
    await page.getByTestId('edit-entry-key_population_oh_knowledge_awareness_rate').click();
    await page.getByTestId('edit-entry-form').waitFor();
    await numberInput(page, 'target-value').fill('150');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await waitForText(page.getByTestId('edit-entry-form').locator('.ant-form-item-explain-error').first(), /0–100%/);
    await page.waitForTimeout(400);
    await screenshot(page, 'dashboard-6a-target-invalid');
    await numberInput(page, 'target-value').fill('88');
    await page.getByTestId('target-as-written').fill('≥88%');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await waitForText(page.getByTestId('plan-entries'), /≥88%/);

    // Enter a value by hand, with its source and date, for an indicator no module computes.
    await page.getByTestId('enter-value-key_population_oh_knowledge_awareness_rate').click();
    await numberInput(page, 'manual-value').fill('86.5');
    await page.getByTestId('manual-source').fill('台山市2026年重点人群职业健康知识知晓率抽样调查（演示）');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await waitForText(page.getByTestId('plan-entries'), /86\.5%/);
    await screenshot(page, 'dashboard-6b-manual-value');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('generate-report').click()]);
    assert.match(pdf.suggestedFilename(), /中期评估.*\.pdf$/);
    const pdfPath = path.join(ARTIFACTS, 'dashboard-report.pdf');
    await pdf.saveAs(pdfPath);
    assert.equal(readFileSync(pdfPath).subarray(0, 5).toString(), '%PDF-');
    await page.getByTestId('plan-reports').locator('.ant-table-row').first().waitFor();
    await screenshot(page, 'dashboard-7-report-generated');
    // The first pages of the PDF as images, to look at.
    try {
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '3', pdfPath, path.join(ARTIFACTS, 'dashboard-report-page')]);
    } catch {
      // poppler-utils not installed: the PDF itself is kept.
    }
    await page.context().close();
  });

  it('the provincial regulator of 云南 sees its cities on the map', async () => {
    const page = await newPage(browser);
    await login(page, 'yn.weijian');
    await openDashboard(page);
    await page.getByTestId('child-region-map').waitFor();
    await page.getByTestId('child-region-map').scrollIntoViewIfNeeded();
    await page.waitForTimeout(1200);
    await screenshot(page, 'dashboard-8-province-map');
    await page.context().close();
  });

  it('the employer sees its obligations and deadlines on its home page', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.qiye');
    await page.getByTestId('employer-obligations').waitFor();
    await page.getByTestId('obligation-declaration').waitFor();
    await page.waitForTimeout(800);
    await screenshot(page, 'dashboard-9-employer-obligations');
    await page.context().close();
  });
});
