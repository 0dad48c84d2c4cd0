/**
 * Journey (issue 7, early warning): the county regulator sees the warning counts on the home page,
 * runs the rules now, opens the inbox, opens the overdue-exam warning of 台山市海宴五金 (the demo
 * workers have no pre-employment exam), acknowledges it, assigns it to itself, is stopped when
 * closing without a comment, and closes it with one; the employer then sees that warning, with
 * its history, read-only. Screenshots: e2e/artifacts/warnings-*.png.
 */
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launch, login, newPage, pickOption, screenshot, waitForText } from '../support/browser.ts';

const EMPLOYER = '台山市海宴五金制品有限公司（演示）';

async function openExamWarning(page: Page, stateOption?: string) {
  await page.getByTestId('menu-warnings').click();
  await page.getByTestId('warnings-page').waitFor();
  if (stateOption) await pickOption(page, 'warnings-filter-state', stateOption);
  await pickOption(page, 'warnings-filter-rule', '职业健康检查逾期');
  const row = page.getByTestId('warning-row-exam_overdue').filter({ hasText: EMPLOYER });
  await row.first().waitFor();
  await row.first().click();
  await page.getByTestId('warning-detail').waitFor();
}

describe('early warning: inbox, acknowledge, assign, close; the employer sees its own', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  it('a county regulator handles a warning from the inbox', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.weijian');
    await page.getByTestId('home-warnings').waitFor();
    await page.getByTestId('menu-warnings').click();
    await page.getByTestId('warnings-page').waitFor();
    // Run the rules now (start-up already queued a run; this one reports its figures).
    await page.getByTestId('warnings-evaluate').click();
    await page.getByText(/评估完成/).waitFor({ timeout: 60_000 });
    await waitForText(page.getByTestId('warnings-table'), /职业健康检查逾期/);
    await page.waitForTimeout(400);
    await screenshot(page, 'warnings-inbox');

    await page.getByTestId('menu-home').click();
    await waitForText(page.getByTestId('home-warnings'), /[1-9]/);
    await waitForText(page.getByTestId('home-todos'), /未处置的预警/);
    await screenshot(page, 'warnings-home');

    await openExamWarning(page);
    await waitForText(page.getByTestId('warning-detail-text'), /名劳动者共 \d+ 项职业健康检查逾期/);
    await screenshot(page, 'warnings-drawer-open');

    // Acknowledge (the first action offered) with a comment.
    await page.getByTestId('warning-comment').fill('已知悉，通知企业安排上岗前体检');
    await page.getByTestId('warning-submit').click();
    await waitForText(page.getByTestId('warning-history'), /确认[\s\S]*已知悉/);

    // Assign to an account of the county health authority.
    await page.getByTestId('warning-action-assign').click();
    await pickOption(page, 'warning-assignee', /县卫健局演示/);
    await page.getByTestId('warning-comment').fill('请跟进至体检完成');
    await page.getByTestId('warning-submit').click();
    await waitForText(page.getByTestId('warning-history'), /指派[\s\S]*县卫健局演示/);

    // Closing needs a comment: the form says so before anything is sent.
    await page.getByTestId('warning-action-close').click();
    await page.getByTestId('warning-submit').click();
    await page.getByText('关闭预警时必须填写处置说明').waitFor();
    await screenshot(page, 'warnings-close-needs-comment');
    await page.getByTestId('warning-comment').fill('企业已预约体检，跟踪完成，关闭');
    await page.getByTestId('warning-submit').click();
    await waitForText(page.getByTestId('warning-detail'), /该预警已结束/);
    await waitForText(page.getByTestId('warning-history'), /关闭[\s\S]*企业已预约体检/);
    await page.waitForTimeout(400);
    await screenshot(page, 'warnings-closed');
    await page.context().close();
  });

  it('the employer sees the warning about itself, read-only, with its history', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.qiye');
    await page.getByTestId('home-warnings').waitFor();
    await openExamWarning(page, '已关闭');
    await waitForText(page.getByTestId('warning-history'), /企业已预约体检/);
    await waitForText(page.getByTestId('warning-detail'), /该预警已结束/);
    await page.waitForTimeout(400);
    await screenshot(page, 'warnings-employer');
    await page.context().close();
  });

  it('the inbox reads in English too', async () => {
    const page = await newPage(browser, 'en');
    await login(page, 'ts.weijian');
    await page.getByTestId('home-warnings').waitFor();
    await page.getByTestId('lang-switch').getByText('English', { exact: true }).click();
    await waitForText(page.getByTestId('menu-warnings'), /^Warnings$/);
    await page.getByTestId('menu-warnings').click();
    await waitForText(page.getByTestId('warnings-table'), /Declaration overdue|Health exams overdue/);
    await page.getByTestId('warnings-table').locator('tbody tr').first().click();
    await page.getByTestId('warning-detail').waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, 'warnings-en');
    await page.keyboard.press('Escape');
    await page.getByTestId('warning-drawer').waitFor({ state: 'hidden' });
    await page.getByTestId('lang-switch').getByText('中文', { exact: true }).click();
    await page.context().close();
  });
});
