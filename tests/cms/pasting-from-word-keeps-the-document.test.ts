import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { parseMdxFile } from '../../src/lib/cms/format.ts';
import { launchBrowser } from '../../tools/support/browser.ts';
import { openAdmin, saveEntry } from './support/admin.ts';
import { startHealthArticle } from './support/health-article.ts';

/**
 * An editor pastes a Word document (the clipboard's HTML, as Word puts it
 * there) into the body: the saved file has its heading (as 二级), bold, link,
 * list (with `-`, no §) and table as Markdown, and the editor is told the
 * image did not come along.
 */
const { origin, decapUrl, repoDir } = inject('cms');
const TITLE = '诺如病毒感染的家庭预防要点';
const SLUG = 'nuo-ru-bing-du-gan-ran-de-jia-ting-yu-fang-yao-dian';

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

test('a Word document pasted into the body keeps its heading, bold, link, list and table', async () => {
  await startHealthArticle(
    page,
    TITLE,
    '诺如病毒传染性强,秋冬季高发。勤洗手、生吃瓜果洗干净,是家庭预防的要点。',
  );
  await page.keyboard.press('Enter');
  const html = readFileSync('tests/fixtures/cms/paste-word.html', 'utf8');
  await page.evaluate((clip) => {
    const data = new DataTransfer();
    data.setData('text/html', clip);
    data.setData('text/plain', '诺如病毒感染的预防');
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, html);
  const notice = page.locator('#cms-notice');
  await notice.waitFor({ timeout: 10_000 });
  expect(await notice.innerText()).toContain('1 张图片');
  await page.locator('[data-slate-editor="true"] table').first().waitFor({ timeout: 10_000 });
  await page.screenshot({ path: 'test-results/cms/pasted-from-word.png' });
  await notice.getByRole('button', { name: /关闭/ }).click();
  await saveEntry(page);
  const body = String(
    parseMdxFile(
      execFileSync('git', ['show', `cms/health/${SLUG}:content/health/${SLUG}.mdx`], {
        cwd: repoDir,
        encoding: 'utf8',
      }),
    )['body'],
  );
  expect(body).toContain('## 诺如病毒感染的预防');
  expect(body).not.toMatch(/^# /m);
  expect(body).toContain('**诺如病毒**是引起急性胃肠炎的常见病原体');
  expect(body).toContain('[中国疾控中心的介绍](https://www.chinacdc.cn/jkzt/crb/qt/nrbdgr/)');
  expect(body).toMatch(/^- 饭前便后洗手\n- 生吃瓜果要洗净$/m);
  expect(body).toContain('### 症状和处理');
  expect(body).toMatch(
    /^\| \*\*症状\*\* \| \*\*怎么办\*\* \|\n\| -+ \| -+ \|\n\| 呕吐、腹泻 \| 少量多次喝口服补液盐 \|$/m,
  );
  expect(body).not.toMatch(/§|mso|宋体/);
});
