import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../tools/support/browser.ts';
import { field, openAdmin } from './support/admin.ts';
import { chooseCover, startHealthArticle } from './support/health-article.ts';

/**
 * Decap checks the form itself before saving and marks a wrong field only
 * with red text under it, often off-screen, with a toast the first time
 * only. Each click on 保存 lists those fields in the notice, by label.
 */
const { origin, decapUrl } = inject('cms');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync('test-results/cms', { recursive: true });
  browser = await launchBrowser();
  page = (await openAdmin(browser, origin, decapUrl)).page;
  page.on('dialog', (dialog) => void dialog.accept());
});
afterAll(async () => {
  await browser?.close();
});

test('a source address that is not a full URL is named in the notice on every try, and its field is outlined', async () => {
  await startHealthArticle(
    page,
    '秋冬季呼吸道传染病预防提示',
    '秋冬季呼吸道传染病进入高发期,请大家勤洗手、常通风,有症状时戴口罩。',
  );
  await field(page, '来源链接').fill('chinacdc');
  const notice = page.locator('#cms-notice');
  for (const attempt of [1, 2]) {
    await page.locator('button', { hasText: /^保存$/ }).click();
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.innerText(), `try ${attempt}`).toMatch(/“来源链接”:来源链接必须是完整网址/);
    expect(await notice.innerText()).not.toContain('“来源链接”:“来源链接”');
    expect(await page.locator('[data-cms-problem]').count()).toBeGreaterThan(0);
    await notice.getByRole('button', { name: /关闭/ }).click();
  }
  // Decap's own line under the field, as written: its style would print “HTTP:// 或 HTTPS://”.
  const fieldError = page
    .locator('label', { hasText: /^来源链接$/ })
    .locator('xpath=following-sibling::ul[1]/li');
  expect(await fieldError.innerText()).toContain('(http:// 或 https:// 开头)');
  expect(await fieldError.evaluate((li) => getComputedStyle(li).textTransform)).toBe('none');
  await fieldError.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/cms/form-error-listed.png' });
});

test('a cover is optional, but a cover without 替代文字 is refused, naming the field', async () => {
  await field(page, '来源链接').fill('https://www.chinacdc.cn/jkzt/crb/qt/nrbdgr/');
  await chooseCover(page, 'tests/cms/fixtures/cover-summer-mosquito.png', '');
  const notice = page.locator('#cms-notice');
  await page.locator('button', { hasText: /^保存$/ }).click();
  await notice.waitFor({ timeout: 10_000 });
  // Decap's toast (“你漏掉了一个必填项”) is copied into the notice first; the fields follow.
  await expect.poll(() => notice.innerText(), { timeout: 5000 }).toMatch(/“替代文字”/);
  expect(await notice.innerText()).not.toContain('来源链接');
  await page.screenshot({ path: 'test-results/cms/cover-without-alt-refused.png' });
});
