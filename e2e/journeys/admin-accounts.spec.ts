/**
 * Journey: the system administrator opens an account for a new county regulator, hands over the
 * one-time temporary password; the new user signs in, is made to change it, and reaches the home
 * page. Then the administrator verifies the audit trail's hash chain (a background job with progress)
 * and finds the account creation in the audit log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launch, login, newPage, screenshot, waitForText } from '../support/browser.ts';

async function chooseOption(page: Page, testId: string, search: string, optionText: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible').getByText(optionText, { exact: true }).first().click();
}

describe('account administration', () => {
  let browser: Browser;
  const username = `ts.newstaff${String(Date.now()).slice(-5)}`;
  let temporaryPassword = '';
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  it('the administrator creates an account and sees the temporary password once', async () => {
    const page = await newPage(browser);
    await login(page, 'admin');
    await page.getByTestId('menu-users').click();
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-form-username').fill(username);
    await page.getByTestId('user-form-display-name').fill('新同事');
    await chooseOption(page, 'user-form-organisation', '台山市卫生健康局', '台山市卫生健康局');
    await chooseOption(page, 'user-form-roles', '卫生健康行政', '卫生健康行政人员');
    await page.keyboard.press('Escape');
    await page.getByTestId('user-form-phone').fill('13800001234');
    await page.locator('.ant-modal:visible').getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('temporary-password').waitFor();
    temporaryPassword = (await page.getByTestId('temporary-password').innerText()).trim();
    assert.match(temporaryPassword, /^\S{14}$/);
    await screenshot(page, 'users-temporary-password');
    await page.locator('.ant-modal:visible').getByRole('button').last().click();
    await waitForText(page.getByTestId('users-table'), new RegExp(username.replace('.', '\\.')));
    await screenshot(page, 'users-list');
    await page.context().close();
  });

  it('the new user must change the temporary password before anything else', async () => {
    const page = await newPage(browser);
    await login(page, username, temporaryPassword);
    await page.getByTestId('password-forced').waitFor();
    await page.goto('/organisations');
    await page.getByTestId('password-forced').waitFor();
    await page.getByTestId('password-current').fill(temporaryPassword);
    await page.getByTestId('password-new').fill('short');
    await page.getByTestId('password-confirm').fill('short');
    await page.getByTestId('password-submit').click();
    await waitForText(page.locator('form'), /至少10位/);
    await screenshot(page, 'password-change-forced');
    await page.getByTestId('password-new').fill('Taishan-Regulator-2026');
    await page.getByTestId('password-confirm').fill('Taishan-Regulator-2026');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('home-capabilities').waitFor();
    assert.match(await page.getByTestId('header-scope').innerText(), /台山市/);
    await page.context().close();
  });

  it('the administrator verifies the audit chain and finds the account creation', async () => {
    const page = await newPage(browser);
    await login(page, 'admin');
    await page.getByTestId('menu-audit').click();
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-verify').click();
    await waitForText(page.getByTestId('audit-verify-result'), /完整|intact/, 30_000);
    assert.match(await page.getByTestId('audit-table').innerText(), /user\.create|创建账号|开设账号/);
    await screenshot(page, 'audit-verified');
    await page.context().close();
  });
});
