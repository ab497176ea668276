import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { parseMdxFile } from '../../src/lib/cms/format.ts';
import { launchBrowser } from '../../tools/support/browser.ts';
import { field, gotoRoute, openAdmin, saveEntry, type AdminPage } from './support/admin.ts';
import { chooseCover, publishOpenDraft, startHealthArticle } from './support/health-article.ts';

/**
 * Editors here name files in Chinese, with spaces. A cover named
 * `诺如 封面图.png` goes into a draft that can be reopened from the board and
 * published; the site shows it. Deleting it in 媒体 while the article uses it
 * is refused, naming the article; an image over 1 MB is refused, saying why.
 */
const { origin, decapUrl, repoDir } = inject('cms');
const TITLE = '诺如病毒高发季,勤洗手防病从口入';
const SLUG = 'nuo-ru-bing-du-gao-fa-ji-qin-xi-shou-fang-bing-cong-kou-ru';
const FILE = `content/health/${SLUG}.mdx`;
const UPLOAD = 'content/uploads/诺如-封面图.png';

let browser: Browser;
let admin: AdminPage;
let page: Page;
let files: string;
const dialogs: string[] = [];
const git = (...args: string[]) => execFileSync('git', args, { cwd: repoDir, encoding: 'utf8' });

beforeAll(async () => {
  mkdirSync('test-results/cms', { recursive: true });
  files = mkdtempSync(join(tmpdir(), 'cms-files-'));
  copyFileSync('tests/cms/fixtures/cover-summer-mosquito.png', join(files, '诺如 封面图.png'));
  // A photo-sized image: noise does not compress, so 1100×1100 pixels stay well over 1 MB as PNG.
  const noise = Buffer.from(
    Array.from({ length: 1100 * 1100 * 3 }, () => Math.floor(Math.random() * 256)),
  );
  await sharp(noise, { raw: { width: 1100, height: 1100, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toFile(join(files, '手机拍的照片.png'));
  browser = await launchBrowser();
  admin = await openAdmin(browser, origin, decapUrl);
  page = admin.page;
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.accept();
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(files, { recursive: true, force: true });
});

test('a draft whose cover has a Chinese file name with a space is saved, reopened from the board and published', async () => {
  await startHealthArticle(
    page,
    TITLE,
    '秋冬季是诺如病毒感染高发季。饭前便后用肥皂和流动水洗手,生吃的瓜果要洗净。',
  );
  await chooseCover(page, join(files, '诺如 封面图.png'), '插画:一双手在水龙头下用肥皂搓洗。');
  await saveEntry(page);
  expect(git('show', `cms/health/${SLUG}:${FILE}`)).toContain('src: ../uploads/诺如-封面图.png');

  // Reopened from the board, as the reviewer does: the draft loads, image included.
  // Decap moves to the new entry's address after the first save: let it, before leaving.
  await page.waitForURL(new RegExp(`/entries/${SLUG}`), { timeout: 30_000 });
  await gotoRoute(page, '/workflow');
  await page.getByText('待审核', { exact: true }).first().waitFor();
  await page
    .getByText(TITLE)
    .first()
    .click()
    .catch(async (error: unknown) => {
      await page.screenshot({ path: 'test-results/cms/board-without-draft.png' });
      throw error;
    });
  await page.waitForFunction(
    (title) => document.querySelector<HTMLInputElement>('input[type="text"]')?.value === title,
    TITLE,
    { timeout: 60_000 },
  );
  await page.locator('img[src^="blob:"], img[src*="uploads"]').first().waitFor({ timeout: 30_000 });
  expect(await page.getByText(/加载内容失败|Unknown error|API_ERROR/).count()).toBe(0);
  await page.screenshot({ path: 'test-results/cms/chinese-file-name-draft-reopened.png' });

  await publishOpenDraft(page);
  expect(parseMdxFile(readFileSync(join(repoDir, FILE), 'utf8'))['cover']).toMatchObject({
    src: '../uploads/诺如-封面图.png',
  });
  expect(existsSync(join(repoDir, UPLOAD))).toBe(true);
  let html = '';
  for (let i = 0; i < 40 && !html.includes(TITLE); i++) {
    const res = await fetch(`${origin}/health/${SLUG}/`);
    html = res.ok ? await res.text() : '';
    if (!html.includes(TITLE)) await new Promise((r) => setTimeout(r, 500));
  }
  expect(html).toContain(`>${TITLE}</h1>`);
  expect(html).toMatch(/<img[^>]+alt="插画:一双手在水龙头下用肥皂搓洗。"/);
});

async function openMediaLibrary(): Promise<void> {
  await gotoRoute(page, '/collections/health');
  await page.getByRole('button', { name: '媒体' }).first().click();
  await page.getByText('媒体资源').first().waitFor({ timeout: 30_000 });
}

async function closeMediaLibrary(): Promise<void> {
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await page.getByText('媒体资源').first().waitFor({ state: 'hidden', timeout: 10_000 });
}

test('deleting in 媒体 an image a published article uses is refused, naming the article, and the image stays', async () => {
  await openMediaLibrary();
  await page.getByText('诺如-封面图.png', { exact: true }).first().click();
  await page.getByRole('button', { name: '删除已选中项目' }).click();
  const notice = page.locator('#cms-notice');
  await notice.waitFor({ timeout: 30_000 });
  const text = await notice.innerText();
  expect(text).toContain('不能删除“诺如-封面图.png”');
  expect(text).toContain(`《${TITLE}》`);
  expect(text).not.toMatch(/Failed|API_ERROR|Error/);
  await page.screenshot({ path: 'test-results/cms/media-in-use-refused.png' });
  // Still there after Decap's own toast has gone.
  await page.waitForTimeout(9000);
  expect(await notice.isVisible()).toBe(true);
  expect(existsSync(join(repoDir, UPLOAD))).toBe(true);
  expect(git('status', '--porcelain')).toBe('');
  await notice.getByRole('button', { name: /关闭/ }).click();
  await closeMediaLibrary();
});

test('an image over 1 MB is refused with the reason, in the cover field and in 媒体, and never reaches the repository', async () => {
  const big = join(files, '手机拍的照片.png');
  const notice = page.locator('#cms-notice');
  const refusal =
    /图片“手机拍的照片\.png”有 \d\.\d MB,超过 1\.0 MB 的上限,没有上传。居民多在手机上用流量看网站/;
  await openMediaLibrary();
  await page.locator('input[type=file]').setInputFiles(big);
  await notice.waitFor({ timeout: 30_000 });
  expect(await notice.innerText()).toMatch(refusal);
  await notice.getByRole('button', { name: /关闭/ }).click();
  await closeMediaLibrary();

  await gotoRoute(page, '/collections/health/new');
  await field(page, '标题').waitFor();
  await page.getByRole('button', { name: '选择图片' }).first().click();
  await page.locator('input[type=file]').setInputFiles(big);
  await notice.waitFor({ timeout: 30_000 });
  expect(await notice.innerText()).toMatch(refusal);
  await page.screenshot({ path: 'test-results/cms/large-image-refused.png' });
  expect(await page.getByText('手机拍的照片.png', { exact: true }).count()).toBe(0);
  expect(git('log', '--all', '--format=%H', '--', 'content/uploads/手机拍的照片.png')).toBe('');
});
