import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pagefindHandle,
  readFragmentUrls,
  searchInBrowser,
} from '../../tools/measure/search-recall.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { decodeIndexedText } from '../../src/lib/search/han.ts';
import { useBrowser } from '../support/use-browser.ts';
import { startStaticServer } from '../../tools/support/static-server.ts';
import { makeWorkDir } from '../support/work-dir.ts';

/**
 * Scenarios in the shape of Pagefind's own integration tests: a few small
 * pages written for the purpose, indexed by the site's integration, searched
 * in Chromium. They cover what the demo content lacks (PM2.5, H7N9, 12320).
 */
interface Fixture {
  title: string;
  body: string;
  type?: string;
  date?: string;
}

const article = ({
  title,
  body,
  type = '健康教育',
  date = '2025-03-01',
}: Fixture) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title} - AA市</title></head>
<body><nav>首页 健康教育 导航专用词</nav>
<main><article data-pagefind-body>
<div hidden data-pagefind-sort="date:${date}" data-pagefind-meta="date:${date}"><span data-pagefind-filter="type:${type}"></span><span data-pagefind-filter="year:${date.slice(0, 4)}"></span></div>
<h1 data-pagefind-meta="title">${title}</h1>
<dl data-pagefind-ignore><dt>发布:</dt><dd>忽略专用词</dd></dl>
${body}
</article></main><footer>页脚专用词 电话 0000-12345678</footer></body></html>`;

const PAGES: Record<string, string> = {
  'health/air/index.html': article({
    title: '空气污染与健康',
    body: '<p>ＰＭ２．５浓度高的日子，老人少出门。PM2.5 是细颗粒物。</p>',
    date: '2024-06-01',
  }),
  'health/flu/index.html': article({
    title: '人感染H7N9禽流感防控知识',
    body: '<p>不要购买来源不明的活禽。咨询请拨打12320卫生热线。</p>',
    date: '2026-01-10',
  }),
  'health/dengue/index.html': article({
    title: '夏季防蚊',
    body: '<p>预防<strong>登革</strong>热，清除积水。</p><ul><li>翻盆倒罐</li><li>热水烫洗</li></ul>',
  }),
  'health/waste/index.html': article({
    title: '生活垃圾分类投放指南',
    body: '<p>生活垃圾分类投放要点。</p>',
    type: '公开信',
    date: '2023-02-01',
  }),
  'news/apart/index.html': article({
    title: '小区环境整治',
    body: '<p>清运生活垃圾。</p><p>宣传垃圾分类知识。</p>',
    type: '创城动态',
    date: '2026-05-05',
  }),
  'news/list/index.html':
    '<!doctype html><html lang="zh-CN"><body><main><h1>栏目列表</h1><p>列表页专用词</p></main></body></html>',
  'admin/index.html': article({ title: '后台', body: '<p>后台专用词</p>' }),
};

let dir: string;
let server: Server;
let page: Page;
const browser = useBrowser();
let urls: Map<string, string>;

/** URLs of the pages found for each query, sorted. */
async function search(queries: string[], options: object = {}): Promise<string[][]> {
  const ids = await searchInBrowser(page, '/pagefind/', queries, 'site', options);
  return ids.map((list) => list.map((id) => urls.get(id) ?? id).sort());
}

beforeAll(async () => {
  dir = makeWorkDir('search-scenarios');
  for (const [file, html] of Object.entries(PAGES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  const summary = await buildSearchIndex(dir, { info: () => {} });
  expect(summary.pages).toBe(5);
  urls = readFragmentUrls(join(dir, 'pagefind'));
  ({ server } = await startStaticServer(dir).then(async (s) => {
    page = await browser().newPage();
    await page.goto(`${s.origin}/health/air/`);
    return s;
  }));
});
afterAll(async () => {
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('search index scenarios', () => {
  it('finds PM2.5 however it is written, on the page and in the query', async () => {
    expect(await search(['PM2.5', 'pm2.5', 'ＰＭ２．５', 'PM2.5浓度'])).toEqual([
      ['/health/air/'],
      ['/health/air/'],
      ['/health/air/'],
      ['/health/air/'],
    ]);
  });

  it('finds codes and numbers next to Chinese text: H7N9 and 12320', async () => {
    expect(await search(['H7N9', 'h7n9禽流感', '12320', '12320卫生热线'])).toEqual([
      ['/health/flu/'],
      ['/health/flu/'],
      ['/health/flu/'],
      ['/health/flu/'],
    ]);
  });

  it('finds a word split by inline markup, and a word inside a longer one', async () => {
    expect(await search(['登革热', '革热', '垃圾分类', '圾分'])).toEqual([
      ['/health/dengue/'],
      ['/health/dengue/'],
      ['/health/waste/', '/news/apart/'],
      ['/health/waste/', '/news/apart/'],
    ]);
  });

  it('does not join the end of one block to the start of the next', async () => {
    expect(await search(['积水翻', '盆倒罐热'])).toEqual([[], []]);
  });

  it('returns a long word only where its characters stand together', async () => {
    expect(await search(['生活垃圾分类'])).toEqual([['/health/waste/']]);
  });

  it('leaves out navigation, footers, ignored parts, list pages and /admin/', async () => {
    expect(
      await search([
        '导航专用词',
        '页脚专用词',
        '12345678',
        '忽略专用词',
        '列表页专用词',
        '后台专用词',
      ]),
    ).toEqual([[], [], [], [], [], []]);
  });

  it('filters by type and year', async () => {
    expect(await search(['垃圾'], { filters: { type: '创城动态' } })).toEqual([['/news/apart/']]);
    expect(await search(['垃圾'], { filters: { year: '2023' } })).toEqual([['/health/waste/']]);
  });

  it('sorts by date, newest first', async () => {
    const dates = await page.evaluate(async (handle) => {
      type Pf = {
        search(
          t: string,
          o: object,
        ): Promise<{
          results: { data(): Promise<{ url: string; meta: Record<string, string> }> }[];
        }>;
      };
      const pf = (window as unknown as Record<string, Pf>)[handle]!;
      const found = await pf.search('垃圾', { sort: { date: 'desc' } });
      return Promise.all(found.results.map(async (r) => (await r.data()).meta['date']));
    }, pagefindHandle('/pagefind/'));
    expect(dates).toEqual(['2026-05-05', '2023-02-01']);
  });

  it('stores the title and date for the result list', async () => {
    const meta = await page.evaluate(async (handle) => {
      type Pf = {
        search(
          t: string,
          o: object,
        ): Promise<{
          results: {
            data(): Promise<{ meta: Record<string, string>; filters: Record<string, string[]> }>;
          }[];
        }>;
      };
      const pf = (window as unknown as Record<string, Pf>)[handle]!;
      const [first] = (await pf.search('禽流 流感', {})).results;
      const data = await first!.data();
      return {
        title: data.meta['title'] ?? '',
        date: data.meta['date'],
        type: data.filters['type'],
      };
    }, pagefindHandle('/pagefind/'));
    expect({ ...meta, title: decodeIndexedText(meta.title) }).toEqual({
      title: '人感染H7N9禽流感防控知识',
      date: '2026-01-10',
      type: ['健康教育'],
    });
  });
});

describe('search index scenarios with many small index chunks', () => {
  // Thirty pages each with 水 followed by a different character: with chunks of
  // 20 word locations, the pairs starting with 水 fill several chunks.
  const seconds = [...'果源质箱管泥田库井稻产利塔灾平准位温量压流花草面道渠坝资费表闸'];
  let smallDir: string;
  let smallServer: Server;
  let smallPage: Page;
  let smallUrls: Map<string, string>;

  beforeAll(async () => {
    smallDir = makeWorkDir('search-chunks');
    seconds.forEach((second, i) => {
      const file = join(smallDir, `p${i}`, 'index.html');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, article({ title: `第${i}篇`, body: `<p>关于水${second}的说明。</p>` }));
    });
    await buildSearchIndex(smallDir, { info: () => {} }, { chunkSize: 20 });
    smallUrls = readFragmentUrls(join(smallDir, 'pagefind'));
    const served = await startStaticServer(smallDir);
    smallServer = served.server;
    smallPage = await browser().newPage();
    await smallPage.goto(`${served.origin}/p0/`);
  });
  afterAll(() => {
    smallServer?.close();
    if (smallDir) rmSync(smallDir, { recursive: true, force: true });
  });

  it('finds every page with a character even when its pairs span several chunks', async () => {
    expect(readdirSync(join(smallDir, 'pagefind', 'index')).length).toBeGreaterThan(5);
    const [found] = await searchInBrowser(smallPage, '/pagefind/', ['水'], 'site');
    expect(found!.map((id) => smallUrls.get(id)).sort()).toEqual(
      seconds.map((_, i) => `/p${i}/`).sort(),
    );
  });

  it('leaves no file of an earlier index behind when the index is built again', async () => {
    const stale = join(smallDir, 'pagefind', 'index', 'und_stale00.pf_index');
    writeFileSync(stale, 'an index chunk of an earlier build');
    await buildSearchIndex(smallDir, { info: () => {} }, { chunkSize: 20 });
    expect(existsSync(stale)).toBe(false);
  });
});
