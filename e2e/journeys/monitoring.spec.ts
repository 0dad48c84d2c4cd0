/**
 * Journey (issue 5M, online monitoring): the employer opens its live monitoring page (the demo
 * dust and noise devices with their 24-hour charts), registers a noise device and sees its key
 * once, the device sends readings with that key through the ingestion API, and the county
 * regulator sees the employer's alert episodes. Screenshots: e2e/artifacts/monitoring-*.png.
 * Repeatable against the same database: the device code carries the run's tag.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, login, newPage, pickOption, screenshot, waitForText } from '../support/browser.ts';

const RUN_TAG = Date.now().toString(36).toUpperCase();
const CODE = `E2E-NOISE-${RUN_TAG}`;

describe('online monitoring: live page, device registration, ingestion, alerts', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  it('the employer registers a device, gets its key once, and the device reports readings', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.qiye');
    await page.getByTestId('menu-monitoring').click();
    await page.getByTestId('monitoring-alerts-page').waitFor();
    await page.getByTestId('monitoring-own-live').click();
    await page.getByTestId('monitoring-device-HY-DUST-01').waitFor();
    await page.getByTestId('monitoring-chart-HY-NOISE-01').waitFor();
    await waitForText(page.getByTestId('monitoring-rolling-HY-DUST-01'), /mg\/m³/);
    await page.waitForTimeout(600);
    await screenshot(page, 'monitoring-live');

    await page.getByTestId('monitoring-register').click();
    await pickOption(page, 'monitoring-register-post', /焊接冲压岗/);
    await page.getByTestId('monitoring-register-code').fill(CODE);
    await pickOption(page, 'monitoring-register-kind', /dB\(A\)/);
    await page.getByTestId('monitoring-register-form').evaluate((f) => (f as HTMLFormElement).requestSubmit());
    const keyText = page.getByTestId('monitoring-issued-key');
    await keyText.waitFor().catch(async (error: unknown) => {
      await screenshot(page, 'monitoring-register-failed');
      throw error;
    });
    const key = (await keyText.innerText()).trim();
    assert.match(key, /^ohk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, 'monitoring-key-once');

    // The device sends an hour of readings (the last hour) with its key: no session involved.
    const now = Date.now();
    const readings = Array.from({ length: 12 }, (_, i) => ({ timestamp: new Date(now - (60 - i * 5) * 60_000).toISOString(), value: 91 }));
    const res = await page.request.post('/api/v1/monitoring/readings', { headers: { 'x-device-key': key }, data: { deviceId: CODE, readings } });
    assert.equal(res.status(), 200, await res.text());
    assert.equal((await res.json()).accepted, 12);
    const again = await page.request.post('/api/v1/monitoring/readings', { headers: { 'x-device-key': key }, data: { deviceId: CODE, readings } });
    assert.equal((await again.json()).duplicates.length, 12, 'a re-upload is idempotent');
    await page.getByRole('button', { name: '已复制，关闭' }).click();
    await page.reload();
    await waitForText(page.getByTestId(`monitoring-device-${CODE}`), /91\.0/);
    await page.waitForTimeout(600);
    await screenshot(page, 'monitoring-new-device');
    await page.context().close();
  });

  it('the county regulator sees the alert episodes of its region', async () => {
    const page = await newPage(browser);
    await login(page, 'ts.weijian');
    await page.getByTestId('menu-monitoring').click();
    await page.getByTestId('monitoring-alerts-page').waitFor();
    await page.getByText('全部', { exact: true }).click();
    await waitForText(page.getByTestId('monitoring-alerts-table'), /HY-DUST-01/);
    await screenshot(page, 'monitoring-alerts-regulator');
    await page.context().close();
  });
});
