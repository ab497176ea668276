import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ABSENT_QUERIES,
  askSearchPage,
  reportScores,
  RESIDENT_QUERIES,
  scoreAnswer,
  summarizeScores,
  type QueryScore,
} from '../../tools/measure/search-quality.ts';
import { readIndexedPages } from '../../tools/measure/search-recall.ts';
import { DIST } from '../support/dist.ts';
import { useBrowser } from '../support/use-browser.ts';

/**
 * Residents' queries through /search/ of the built demo site, in Chromium:
 * everyday words (抽烟, 拉肚子), whole questions as voice input writes them
 * (孩子发烧了怎么办), pinyin (denggere, dgr) and homophone slips (登格热),
 * each with the articles a reviewer judged right (tools/measure/search-quality.ts).
 */
const origin = inject('siteOrigin');
const browser = useBrowser();
let page: Page;
let scores: QueryScore[];
const problems: string[] = [];

beforeAll(async () => {
  page = await browser().newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  scores = [];
  for (const judged of RESIDENT_QUERIES)
    scores.push(scoreAnswer(judged, await askSearchPage(page, origin, judged.query)));
  console.log(`居民查询(${scores.length} 个):\n${reportScores(scores)}`);
});

describe('the search page answers what residents type', () => {
  it('is measured on at least 60 queries of every kind, each judged against articles the site has', () => {
    expect(scores.length).toBeGreaterThanOrEqual(60);
    for (const kind of ['日常用语', '整句提问', '拼音', '错别字'])
      expect(scores.filter((s) => s.kind === kind).length, kind).toBeGreaterThanOrEqual(8);
    const urls = new Set(readIndexedPages(DIST).map((p) => p.url));
    for (const s of scores)
      for (const url of s.right) expect(urls.has(url), `${s.query}: ${url}`).toBe(true);
  });

  it('lists a right article in the first three results for at least 95% of the queries', () => {
    expect(summarizeScores(scores).topThree).toBeGreaterThanOrEqual(0.95);
  });

  it('lists at least half of the right articles', () => {
    expect(summarizeScores(scores).listed).toBeGreaterThanOrEqual(0.5);
  });

  it('finds nothing for a query whose meaningful words are on no page, question or not', async () => {
    for (const query of ABSENT_QUERIES) {
      const answer = await askSearchPage(page, origin, query);
      expect(answer.urls, query).toEqual([]);
      expect(answer.status, query).toMatch(/^没有找到/);
      expect(answer.notice, query).toBe('');
    }
  });

  it('says which words it searched besides the typed one, and marks them in the results', async () => {
    const answer = await askSearchPage(page, origin, '抽烟');
    expect(answer.notice).toContain('同时查找了意思相同的词:吸烟');
    expect(await page.locator('[data-list] mark', { hasText: '吸烟' }).count()).toBeGreaterThan(0);
  });

  it('offers 您是不是要找 with a link for pinyin and slips, and shows that word’s results', async () => {
    for (const [typed, meant] of [
      ['denggere', '登革热'],
      ['登格热', '登革热'],
      ['垃圾分内', '垃圾分类'],
    ]) {
      const answer = await askSearchPage(page, origin, typed!);
      expect(answer.notice, typed).toContain(`您是不是要找:${meant}`);
      expect(await page.locator('[data-notice] a', { hasText: meant! }).getAttribute('href')).toBe(
        `/search/?q=${encodeURIComponent(meant!)}`,
      );
      expect(answer.status, typed).toContain(`下面是“${meant}”的结果`);
      expect(answer.urls.length, typed).toBeGreaterThan(0);
    }
  });

  it('says so plainly when no page holds every word, and lists those holding most of them', async () => {
    const answer = await askSearchPage(page, origin, '登革热 鳄鱼');
    expect(answer.status).toMatch(/^没有同时包含全部词语的文章,以下是包含部分词语的结果/);
    expect(answer.urls[0]).toBe('/health/dengue-mosquito-breeding-sites/');
  });

  it('ranks the health article on a term above news that cites it', async () => {
    const answer = await askSearchPage(page, origin, '登革热');
    expect(answer.urls[0]).toBe('/health/dengue-mosquito-breeding-sites/');
    const firstNews = answer.urls.findIndex((u) => u.startsWith('/news/'));
    expect(firstNews).toBeGreaterThan(0);
  });

  it('reports no errors in the console', () => {
    expect(problems).toEqual([]);
  });
});
