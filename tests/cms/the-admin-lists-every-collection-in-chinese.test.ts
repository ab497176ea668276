import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { contentModel } from '../../src/schemas/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { openAdmin } from './support/admin.ts';

const { origin, decapUrl } = inject('cms');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('/admin/ opens without an account, in Chinese, with every collection of the content model', async () => {
  const admin = await openAdmin(browser, origin, decapUrl);
  const { page } = admin;
  const sidebar = page.locator('nav, aside').filter({ hasText: '内容栏目' }).first();
  for (const collection of Object.values(contentModel)) {
    expect(await sidebar.getByText(collection.label, { exact: true }).isVisible(), collection.label).toBe(true);
  }
  for (const word of ['内容', '审核发布', '媒体']) expect(await page.getByText(word, { exact: true }).first().isVisible(), word).toBe(true);
  mkdirSync('test-results/cms', { recursive: true });
  await page.screenshot({ path: 'test-results/cms/collections.png' });
  expect(admin.foreignRequests).toEqual([]);
  expect(admin.errors).toEqual([]);
  await page.close();
});

test('/admin/ is kept out of search engines and the site search', async () => {
  const html = await (await fetch(`${origin}/admin/`)).text();
  expect(html).toMatch(/<meta name="robots" content="noindex, nofollow">/);
  expect(html).toContain('<html lang="zh-CN">');
  expect(html).not.toContain('data-pagefind-body');
});
