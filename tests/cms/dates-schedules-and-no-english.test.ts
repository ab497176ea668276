import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { getChinaToday } from '../../src/lib/dates.ts';
import { launchBrowser } from '../../tools/support/browser.ts';
import { field, gotoRoute, openAdmin, saveEntry, type AdminPage } from './support/admin.ts';
import { startHealthArticle } from './support/health-article.ts';

/**
 * What an editor reads around an article: dates in Chinese under the date
 * boxes, an article dated after today marked 定时发布 with its day in the
 * editor and on the review board, cards that show the summary rather than
 * Markdown, and no English on the screens of the normal journey.
 */
const { origin, decapUrl } = inject('cms');
const TITLE = '冬季流感疫苗接种门诊时间安排';
const SUMMARY = '社区卫生服务中心开设流感疫苗接种门诊,老年人和慢性病患者请提前预约。';
const future = new Date(Date.now() + 40 * 86_400_000);
const FUTURE_DAY = getChinaToday(future);
const [y, m, d] = FUTURE_DAY.split('-').map(Number);
const FUTURE_CHINESE = `${y}年${m}月${d}日`;

let browser: Browser;
let admin: AdminPage;
let page: Page;

beforeAll(async () => {
  mkdirSync('test-results/cms', { recursive: true });
  browser = await launchBrowser();
  admin = await openAdmin(browser, origin, decapUrl);
  page = admin.page;
  page.on('dialog', (dialog) => void dialog.accept());
});
afterAll(async () => {
  await browser?.close();
});

/** Words of Latin letters on the screen that are not names, formats or addresses an editor expects. */
async function englishOnScreen(): Promise<string[]> {
  // Addresses (the site's, shown in the header) and file names are not English prose.
  const text = (await page.evaluate(() => document.body.innerText)).replace(
    /(?:https?:\/\/)?[\w.-]+\.(?:cn|com|org|png|jpe?g|pdf)\b\S*/gi,
    ' ',
  );
  const words = text.match(/[A-Za-z][A-Za-z'’]{2,}(?: [A-Za-z][A-Za-z'’]+)*/g) ?? [];
  return words.filter(
    (w) =>
      !/^(Markdown|AA|PDF|JPG|PNG|MB|KB|https?|www|example|gov|cn|com|org)$/i.test(w) &&
      !/\.(png|jpe?g|pdf|cn|org|com)\b/i.test(w),
  );
}

test('a new article’s form calls nothing optional that the site requires, nor a switch 草稿, and reads dates year first', async () => {
  await startHealthArticle(page, TITLE, SUMMARY);
  const labels = (await page.locator('label[for]').allTextContents()).map((l) => l.trim());
  // The cover may be left out; a cover given needs its alt text (the content gate refuses one without).
  expect(labels).toContain('封面图 (可选)');
  expect(labels).toContain('图片文件');
  expect(labels).toContain('替代文字');
  expect(labels).not.toContain('替代文字 (可选)');
  // The switch that keeps an entry off the site is named for what it does, not after the review stage 草稿.
  expect(labels).toContain('暂不在网站显示 (可选)');
  expect(labels.filter((l) => l.startsWith('草稿'))).toEqual([]);
  const draftSwitch = page.locator('[class*="ControlContainer"]', {
    has: page.locator('label', { hasText: /^暂不在网站显示/ }),
  });
  expect(await draftSwitch.innerText()).toContain('它和审核流程里的“草稿”状态不是一回事');
  // A date box is read year-month-day whatever the browser's language (a native one shows mm/dd/yyyy).
  const due = field(page, '下次审核日期');
  expect(await due.getAttribute('type')).toBe('text');
  const dueNote = page.locator(`#${await due.getAttribute('id')}-day`);
  await due.fill('2027/4/20');
  await due.blur();
  expect(await due.inputValue()).toBe('2027-04-20');
  expect(await dueNote.innerText()).toBe('2027年4月20日');
  await due.fill('04/20/2027');
  expect(await due.getAttribute('aria-invalid')).toBe('true');
  expect(await dueNote.innerText()).toContain('请按 年-月-日 的顺序填写');
  await due.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/cms/date-typed-month-first.png' });
  await due.fill('2027-04-20');
  expect(await due.getAttribute('aria-invalid')).toBeNull();
  await field(page, '替代文字').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/cms/cover-alt-required.png' });
  await draftSwitch.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/cms/not-on-site-switch.png' });
});

test('a publication date after today is marked 定时发布 with its day, and every date reads in Chinese', async () => {
  await field(page, '发布日期').fill(FUTURE_DAY);
  const notes = page.locator('[data-cms-date-note]');
  await page.locator('[data-cms-date-note="scheduled"]').waitFor({ timeout: 10_000 });
  expect(await page.locator('[data-cms-date-note="scheduled"]').innerText()).toContain(
    `定时发布:${FUTURE_CHINESE}起在网站上显示`,
  );
  expect(await notes.allInnerTexts()).toEqual(
    expect.arrayContaining(['2026年4月20日', '2027年4月20日']),
  );
  await page.screenshot({ path: 'test-results/cms/scheduled-in-editor.png' });
  await saveEntry(page);
  expect(await englishOnScreen()).toEqual([]);
});

test('the review board shows the card as 定时发布 with its summary as text, and speaks Chinese', async () => {
  await gotoRoute(page, '/workflow');
  const card = page.locator('a', { hasText: TITLE }).first();
  // The board loads every draft (other tests leave dozens): give it time.
  await card.waitFor({ timeout: 120_000 }).catch(async (error: unknown) => {
    await page.screenshot({ path: 'test-results/cms/board-without-the-card.png' });
    throw error;
  });
  await card.scrollIntoViewIfNeeded();
  await expect
    .poll(() => card.innerText(), { timeout: 10_000 })
    .toContain(`定时发布:${FUTURE_CHINESE}`);
  const text = await card.innerText();
  expect(text).toContain(SUMMARY);
  expect(text).not.toMatch(/##|<\w|\*\*/);
  // The "last changed" date as 12月2日, not "December 2".
  expect(text).toMatch(/\d{1,2}月\d{1,2}日/);
  await page.screenshot({ path: 'test-results/cms/board-cards.png' });
  expect(await englishOnScreen()).toEqual([]);
});

test('the collection list shows dates in Chinese and no English', async () => {
  await gotoRoute(page, '/collections/health');
  await page
    .getByText(/\d{4}年\d{1,2}月\d{1,2}日/)
    .first()
    .waitFor({ timeout: 30_000 });
  await page.screenshot({ path: 'test-results/cms/collection-list.png' });
  expect(await englishOnScreen()).toEqual([]);
  expect(admin.errors).toEqual([]);
});
