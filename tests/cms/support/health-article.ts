import type { Page } from 'playwright-core';
import { field, gotoRoute, pick } from './admin.ts';

/** What a new health article needs besides its title, filled in as an editor would (no input method). */
export async function startHealthArticle(
  page: Page,
  title: string,
  summary: string,
): Promise<void> {
  await gotoRoute(page, '/collections/health/new');
  await field(page, '标题').click();
  await page.keyboard.insertText(title);
  await field(page, '发布日期').fill('2026-05-01');
  await field(page, '摘要').click();
  await page.keyboard.insertText(summary);
  await pick(page, '健康主题', '传染', '传染病防治');
  await pick(page, '适用人群', '居民', '居民');
  await page.getByRole('button', { name: /新增参考来源/ }).click();
  await field(page, '来源名称').click();
  await page.keyboard.insertText('中国疾病预防控制中心:诺如病毒感染防控');
  await field(page, '来源链接').fill('https://www.chinacdc.cn/jkzt/crb/qt/nrbdgr/');
  await field(page, '审核专家').click();
  await page.keyboard.insertText('市疾控中心 主任医师 李某');
  await field(page, '审核日期').fill('2026-04-20');
  await field(page, '下次审核日期').fill('2027-04-20');
  const body = page.locator('[data-slate-editor="true"]').first();
  await body.click();
  await page.waitForTimeout(300);
  await page.keyboard.insertText('诺如病毒传染性强,勤洗手是最简单的预防办法。');
}

/** Chooses `file` as the article's cover through the field's media library, with alt text. */
export async function chooseCover(page: Page, file: string, alt: string): Promise<void> {
  await page.getByRole('button', { name: '选择图片' }).first().click();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: '选用已选中项目' }).click();
  await field(page, '替代文字').first().click();
  await page.keyboard.insertText(alt);
}

/** Moves the open draft 草稿 → 待审核 → 待发布 and publishes it. */
export async function publishOpenDraft(page: Page): Promise<void> {
  for (const status of ['待审核', '待发布']) {
    await page.getByRole('button', { name: /状态/ }).click();
    await page.getByText(status, { exact: true }).first().click();
    await page.getByText(`状态: ${status}`).waitFor();
  }
  await page.getByText('发布', { exact: true }).first().click();
  await page.getByText('立即发布', { exact: true }).click();
  await page.getByText('内容已发布').first().waitFor({ timeout: 60_000 });
}
