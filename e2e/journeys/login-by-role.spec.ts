/**
 * Journey: each demo role signs in, lands on its home page (greeting, scope, what it can do,
 * to-dos), and signs out. A screenshot per role is saved in e2e/artifacts/home-<username>.png.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, login, newPage, screenshot, waitForText } from '../support/browser.ts';

const ACCOUNTS: { username: string; org: string; scope: RegExp; menus: string[]; hiddenMenus: string[] }[] = [
  { username: 'yn.weijian', org: '云南省卫生健康委员会', scope: /云南省/, menus: ['home', 'organisations', 'regions'], hiddenMenus: ['users', 'audit'] },
  { username: 'jm.weijian', org: '江门市卫生健康局', scope: /广东省江门市/, menus: ['organisations'], hiddenMenus: ['users'] },
  { username: 'ts.weijian', org: '台山市卫生健康局', scope: /广东省江门市台山市/, menus: ['organisations'], hiddenMenus: ['users'] },
  { username: 'ts.jiandu', org: '台山市卫生健康监督所', scope: /台山市/, menus: ['organisations'], hiddenMenus: ['users'] },
  { username: 'ts.cdc', org: '台山市疾病预防控制中心', scope: /台山市/, menus: ['organisations'], hiddenMenus: ['audit'] },
  { username: 'ts.qiye', org: '台山市海宴五金制品有限公司（演示）', scope: /本单位/, menus: ['organisations'], hiddenMenus: ['users'] },
  { username: 'jm.jishu', org: '江门市安康职业卫生技术服务有限公司（演示）', scope: /本单位/, menus: ['home'], hiddenMenus: ['users'] },
  { username: 'ts.tijian', org: '台山市职业健康体检中心（演示）', scope: /本单位/, menus: ['home'], hiddenMenus: ['users'] },
  { username: 'jm.zhenduan', org: '江门市职业病诊断中心（演示）', scope: /本单位/, menus: ['home'], hiddenMenus: ['users'] },
  { username: 'ts.laodongzhe', org: '台山市海宴五金制品有限公司（演示）', scope: /本人/, menus: ['home'], hiddenMenus: ['organisations', 'users'] },
  { username: 'ts.renshe', org: '台山市人力资源和社会保障局', scope: /台山市/, menus: ['organisations'], hiddenMenus: ['users'] },
  { username: 'admin', org: 'OHNet 平台运维中心（演示）', scope: /全国/, menus: ['users', 'audit', 'organisations'], hiddenMenus: [] },
];

describe('every demo role signs in and sees its home page', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  for (const a of ACCOUNTS) {
    it(`${a.username}: home page with organisation, scope and menu`, async () => {
      const page = await newPage(browser);
      await login(page, a.username);
      await page.getByTestId('home-capabilities').waitFor();
      const header = await page.getByTestId('header-user').innerText();
      assert.match(header, new RegExp(a.org.replace(/[()（）]/g, '.')));
      assert.match(await page.getByTestId('header-scope').innerText(), a.scope);
      await page.getByTestId('home-todos').waitFor();
      for (const m of a.menus) assert.equal(await page.getByTestId(`menu-${m}`).count(), 1, `menu ${m} visible`);
      for (const m of a.hiddenMenus) assert.equal(await page.getByTestId(`menu-${m}`).count(), 0, `menu ${m} hidden`);
      // Chinese must render with a CJK font: the page's text is Chinese.
      assert.match(await page.locator('body').innerText(), /首页/);
      // Let the chart's 300 ms entry animation finish before the picture.
      await page.waitForTimeout(600);
      await screenshot(page, `home-${a.username}`);
      // Sign out from the user menu; a click that lands while the menu is still opening is tried again.
      for (let attempt = 1; ; attempt++) {
        await page.getByTestId('header-user').click();
        await page.getByTestId('logout').click();
        try {
          await page.getByTestId('login-submit').waitFor({ timeout: 10_000 });
          break;
        } catch (error) {
          if (attempt === 3) throw error;
          await page.keyboard.press('Escape');
        }
      }
      await page.context().close();
    });
  }

  it('switches to English and back, and remembers the choice', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.weijian');
    await page.getByTestId('home-capabilities').waitFor();
    await page.getByTestId('lang-switch').getByText('English', { exact: true }).click();
    await waitForText(page.getByTestId('menu-home'), /^Home$/);
    await screenshot(page, 'home-ts.weijian-en');
    await page.reload();
    await waitForText(page.getByTestId('menu-home'), /^Home$/);
    await page.getByTestId('lang-switch').getByText('中文', { exact: true }).click();
    await waitForText(page.getByTestId('menu-home'), /^首页$/);
    await page.context().close();
  });

  it('a wrong password shows the error and stays on the login page', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.cdc', 'Wrong-password-1');
    const error = await page.getByTestId('login-error').innerText();
    assert.match(error, /用户名或密码错误/);
    await page.context().close();
  });
});
