import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  compareResults,
  findPagesContaining,
  readFragmentUrls,
  readIndexedPages,
  searchInBrowser,
  summarize,
  type QueryOutcome,
} from '../../tools/measure/search-recall.ts';
import { useBrowser } from '../support/use-browser.ts';
import { DIST } from '../support/dist.ts';

/**
 * Recall and precision of the built site's search, in Chromium, against the
 * text of the built pages (inside data-pagefind-body, minus ignored parts):
 * every page containing a query must come back, and only those.
 * Numbers and codes the demo content lacks (PM2.5, H7N9, 12320) are covered
 * by search-index-scenarios.test.ts on pages written for the purpose.
 */
const QUERIES = {
  单字: ['蚊', '烟', '鼠', '盐', '痰', '药', '水', '热'],
  '2–3 字词': [
    '登革',
    '四害',
    '控烟',
    '戒烟',
    '伊蚊',
    '积水',
    '血压',
    '流感',
    '疫苗',
    '洗手',
    '厨余',
    '蟑螂',
    '水箱',
    '抑郁',
    '吐痰',
    '口诀',
    '戒断',
    '登革热',
    '高血压',
    '二手烟',
    '脑卒中',
    '除四害',
    '糖尿病',
    '孳生地',
    '志愿者',
  ],
  '词中间的字(跨词)': ['革热', '圾分', '类投', '级卫生城'],
  '4–8 字词': [
    '垃圾分类',
    '病媒生物',
    '生活垃圾分类',
    '食品安全',
    '二次供水',
    '烧熟煮透',
    '有害垃圾',
    '卫生死角',
    '分类投放',
    '农贸市场',
    '健康素养',
    '背街小巷',
    '七步洗手法',
    '城乡结合部',
    '细菌性食物中毒',
    '创建省级卫生城市',
  ],
  数字和字母: ['mmHg', 'MMHG', '5749', '19095', '12345'],
};
const ALL = Object.values(QUERIES).flat();

const origin = inject('siteOrigin');
const pages = readIndexedPages(DIST);
const browser = useBrowser();
let page: Page;
let outcomes: QueryOutcome[];

beforeAll(async () => {
  page = await browser().newPage();
  await page.goto(`${origin}/search/`);
  const ids = await searchInBrowser(page, '/pagefind/', ALL, 'site');
  const urls = readFragmentUrls(join(DIST, 'pagefind'));
  outcomes = compareResults(
    pages,
    ALL,
    ids.map((list) => list.map((id) => urls.get(id) ?? id)),
  );
  console.log(`搜索召回(${pages.length} 个页面):\n${summarize(outcomes)}`);
});

describe('search recall and precision on the built site', () => {
  it('uses at least 40 queries that each occur on some page', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(40);
    for (const query of ALL)
      expect(findPagesContaining(pages, query).size, query).toBeGreaterThan(0);
  });

  for (const [kind, queries] of Object.entries(QUERIES)) {
    it(`returns every page containing the query: ${kind}`, () => {
      for (const o of outcomes.filter((o) => queries.includes(o.query)))
        expect(o.missing, o.query).toEqual([]);
    });
  }

  it('returns only pages containing the query', () => {
    for (const o of outcomes) expect(o.extra, o.query).toEqual([]);
  });

  it('returns nothing for characters that appear on no page', async () => {
    const absent = ['鳄鱼', '咖啡', '熊猫', '钢琴', '鳄', 'ZZQX'];
    for (const q of absent)
      for (const char of q.toLowerCase())
        expect(
          pages.some((p) => p.text.includes(char)),
          `${char} is on a page`,
        ).toBe(false);
    const ids = await searchInBrowser(page, '/pagefind/', absent, 'site');
    expect(ids).toEqual(absent.map(() => []));
  });

  it('keeps the index small: under 8 KB of index and fragments per indexed page', () => {
    const bytes = (folder: string) =>
      readdirSync(join(DIST, 'pagefind', folder)).reduce(
        (n, f) => n + statSync(join(DIST, 'pagefind', folder, f)).size,
        0,
      );
    const index = bytes('index');
    const fragments = bytes('fragment');
    const chars = pages.reduce((n, p) => n + p.text.length, 0);
    console.log(
      `搜索索引大小:索引 ${(index / 1024).toFixed(0)} KB,片段 ${(fragments / 1024).toFixed(0)} KB,${pages.length} 个页面,${chars} 个字(每字 ${((index + fragments) / chars).toFixed(2)} 字节)`,
    );
    expect((index + fragments) / pages.length).toBeLessThan(8 * 1024);
  });

  it('returns nothing for a pair of characters that occur on pages only apart', async () => {
    const apart = pages.filter(
      (p) => p.text.includes('控') && p.text.includes('病') && !p.text.includes('控病'),
    );
    expect(apart.length).toBeGreaterThan(0);
    expect(findPagesContaining(pages, '控病').size).toBe(0);
    expect(await searchInBrowser(page, '/pagefind/', ['控病'], 'site')).toEqual([[]]);
  });
});
