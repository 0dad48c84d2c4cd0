/**
 * Journey: a county regulator (台山市卫生健康局) registers a new employer in a township of its
 * county, sees the server's duplicate-USCC error on the field, corrects it, finds the employer in
 * the list and opens it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildUscc } from '@ohnet/domain';
import { launch, login, newPage, screenshot, waitForText } from '../support/browser.ts';

async function chooseSelectOption(page: Page, testId: string, search: string, optionText: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible').getByText(optionText, { exact: true }).first().click();
}

describe('a county regulator registers an employer', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  it('creates the employer through the form and finds it in the list', async () => {
    // Unique per run, so the journey can be repeated against the same database.
    const runId = String(Date.now()).slice(-8);
    const name = `台山市斗山镇演示陶瓷有限公司${runId.slice(-4)}号`;
    const page = await newPage(browser);
    await login(page, 'ts.weijian');
    await page.getByTestId('menu-organisations').click();
    await page.getByTestId('organisations-table').waitFor();
    await page.getByTestId('organisation-create').click();
    await page.getByTestId('organisation-form-name').waitFor();

    await chooseSelectOption(page, 'organisation-form-type', '用人', '用人单位');
    await page.getByTestId('organisation-form-name').fill(name);
    // First a USCC that another organisation already holds: the server answers 409 on the field.
    const taken = await page.evaluate(async () => {
      const r = await fetch('/api/v1/organisations?q=%E5%8F%B0%E5%B1%B1%E5%B8%82%E5%8D%AB%E7%94%9F%E5%81%A5%E5%BA%B7%E5%B1%80');
      return ((await r.json()) as { items: { uscc: string }[] }).items[0]!.uscc;
    });
    await page.getByTestId('organisation-form-uscc').fill(taken);
    await chooseSelectOption(page, 'organisation-form-region', '斗山', '斗山镇');
    await page.getByTestId('organisation-form-phone').fill('0750-5512345');
    await page.locator('.ant-modal:visible').getByRole('button', { name: /保\s*存/ }).click();
    await waitForText(page.locator('.ant-modal:visible'), /已被其他单位使用/);
    await screenshot(page, 'organisation-form-uscc-taken');

    const uscc = buildUscc('9', '1', '440781', runId);
    await page.getByTestId('organisation-form-uscc').fill(uscc);
    await page.locator('.ant-modal:visible').getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('organisation-form-name').waitFor({ state: 'hidden' });
    // The new record opens in the detail drawer.
    await waitForText(page.getByTestId('organisation-drawer'), new RegExp(uscc));
    assert.match(await page.getByTestId('organisation-drawer').innerText(), /广东省江门市台山市斗山镇/);
    await page.waitForTimeout(400);
    await screenshot(page, 'organisation-drawer');
    await page.keyboard.press('Escape');
    await page.getByTestId('organisation-drawer').waitFor({ state: 'hidden' });

    await page.getByTestId('organisations-filter-q').locator('input').fill(name);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="organisations-table"] tbody tr.ant-table-row').length === 1);
    assert.ok((await page.getByTestId('organisations-table').innerText()).includes(name));
    await screenshot(page, 'organisations-after-create');
    await page.context().close();
  });

  it('a neighbouring county is not in the list (scope)', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.weijian');
    await page.getByTestId('menu-organisations').click();
    await page.getByTestId('organisations-filter-q').locator('input').fill('水口卫浴');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    assert.doesNotMatch(await page.getByTestId('organisations-table').innerText(), /开平市水口卫浴/);
    await page.context().close();
  });
});
