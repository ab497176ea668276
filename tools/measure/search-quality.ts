/**
 * Measures how well the search page answers residents: queries as they
 * type or speak them (everyday words, whole questions, pinyin, slips), each
 * with the articles a reviewer judged right, run through /search/ of a built
 * site in Chromium.
 *
 *   node tools/measure/search-quality.ts --dist dist
 *
 * Prints, per query, where the first right article came and how many of the
 * right ones were listed, then the share of queries with a right article in
 * the first three and the share of right articles listed. The judgements
 * name articles by topic, not by sentence: they hold while the articles'
 * wording is revised. The site tests use the exported functions.
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { startStaticServer } from '../support/static-server.ts';

const health = (id: string) => `/health/${id}/`;
const news = (id: string) => `/news/${id}/`;
const letter = (id: string) => `/letters/${id}/`;

const DENGUE = health('dengue-mosquito-breeding-sites');
const PESTS = health('four-pests-control');
const SMOKE_HARM = health('secondhand-smoke-harms');
const QUIT = health('smoke-free-public-places-quitting');
const WASTE = health('waste-sorting-guide');
const FOOD_KEYS = health('food-safety-five-keys');
const FOOD_POISON = health('summer-bacterial-food-poisoning');
const WATER = health('drinking-water-secondary-supply');
const FLU = health('influenza-autumn-winter-respiratory');
const HANDS = health('handwashing-seven-steps');
const BLOOD_PRESSURE = health('hypertension-prevention-self-management');
const DIABETES = health('diabetes-prevention-early-detection');
const MIND = health('older-adults-mental-health');

export type QueryKind = '日常用语' | '整句提问' | '拼音' | '错别字';

export interface JudgedQuery {
  query: string;
  kind: QueryKind;
  /** The articles a reviewer judged right for it, most fitting first. */
  right: string[];
}

export const RESIDENT_QUERIES: JudgedQuery[] = [
  // 病媒生物防制
  { query: '小强', kind: '日常用语', right: [PESTS] },
  { query: '耗子', kind: '日常用语', right: [PESTS] },
  { query: '灭老鼠', kind: '日常用语', right: [PESTS] },
  { query: '老鼠药', kind: '日常用语', right: [PESTS] },
  { query: '花蚊子', kind: '日常用语', right: [DENGUE] },
  { query: '打蚊子', kind: '日常用语', right: [DENGUE, PESTS, news('radio-clear-standing-water')] },
  { query: '家里有蟑螂怎么办', kind: '整句提问', right: [PESTS] },
  { query: '苍蝇怎么防', kind: '整句提问', right: [PESTS] },
  {
    query: '怎么预防登革热',
    kind: '整句提问',
    right: [DENGUE, news('radio-clear-standing-water'), news('2026-06-vector-control-campaign')],
  },
  { query: '蚊子咬了会得登革热吗', kind: '整句提问', right: [DENGUE] },
  {
    query: '积水为什么会养蚊子',
    kind: '整句提问',
    right: [DENGUE, news('radio-clear-standing-water')],
  },
  { query: 'denggere', kind: '拼音', right: [DENGUE] },
  { query: 'dgr', kind: '拼音', right: [DENGUE] },
  { query: 'chusihai', kind: '拼音', right: [PESTS, news('2026-06-vector-control-campaign')] },
  { query: '登格热', kind: '错别字', right: [DENGUE] },
  { query: '蟑郎', kind: '错别字', right: [PESTS] },
  // 控烟
  { query: '抽烟', kind: '日常用语', right: [SMOKE_HARM, QUIT] },
  { query: '被动吸烟', kind: '日常用语', right: [SMOKE_HARM] },
  { query: '禁烟', kind: '日常用语', right: [QUIT] },
  {
    query: '烟头',
    kind: '日常用语',
    right: [WASTE, letter('proposal-civilised-healthy-residents')],
  },
  { query: '如何戒烟', kind: '整句提问', right: [QUIT] },
  { query: '戒烟有什么好办法', kind: '整句提问', right: [QUIT] },
  { query: '二手烟对孩子有什么危害', kind: '整句提问', right: [SMOKE_HARM] },
  { query: '在家里抽烟对家人有害吗', kind: '整句提问', right: [SMOKE_HARM] },
  { query: '公共场所能抽烟吗', kind: '整句提问', right: [QUIT] },
  { query: 'jieyan', kind: '拼音', right: [QUIT] },
  { query: 'ersy', kind: '拼音', right: [SMOKE_HARM] },
  { query: '二手咽', kind: '错别字', right: [SMOKE_HARM] },
  // 生活垃圾分类
  { query: '湿垃圾', kind: '日常用语', right: [WASTE] },
  { query: '剩饭剩菜', kind: '日常用语', right: [WASTE, FOOD_KEYS, FOOD_POISON] },
  { query: '过期药', kind: '日常用语', right: [WASTE] },
  { query: '废电池怎么扔', kind: '整句提问', right: [WASTE] },
  { query: '过期药品是什么垃圾', kind: '整句提问', right: [WASTE] },
  { query: '有害垃圾有哪些', kind: '整句提问', right: [WASTE] },
  {
    query: '垃圾怎么分',
    kind: '整句提问',
    right: [WASTE, news('2026-11-volunteers-waste-sorting-doorstep')],
  },
  {
    query: 'lajifenlei',
    kind: '拼音',
    right: [WASTE, news('2026-11-volunteers-waste-sorting-doorstep')],
  },
  { query: '垃圾分内', kind: '错别字', right: [WASTE] },
  { query: '厨鱼垃圾', kind: '错别字', right: [WASTE] },
  // 食品安全
  { query: '拉肚子', kind: '日常用语', right: [FOOD_POISON, FOOD_KEYS] },
  { query: '吃坏肚子', kind: '日常用语', right: [FOOD_POISON] },
  { query: '隔夜菜', kind: '日常用语', right: [FOOD_KEYS, FOOD_POISON] },
  { query: '吃坏肚子了怎么办', kind: '整句提问', right: [FOOD_POISON] },
  { query: '夏天吃东西要注意什么', kind: '整句提问', right: [FOOD_POISON] },
  { query: '野蘑菇能吃吗', kind: '整句提问', right: [FOOD_POISON] },
  { query: '生的熟的要分开放吗', kind: '整句提问', right: [FOOD_KEYS] },
  { query: 'shiwuzhongdu', kind: '拼音', right: [FOOD_POISON] },
  { query: '食物中读', kind: '错别字', right: [FOOD_POISON] },
  // 生活饮用水
  { query: '水发黄', kind: '日常用语', right: [WATER] },
  { query: '自来水能直接喝吗', kind: '整句提问', right: [WATER] },
  { query: '水箱多久清洗一次', kind: '整句提问', right: [WATER] },
  { query: 'ercigongshui', kind: '拼音', right: [WATER] },
  // 传染病、预防接种
  { query: '发烧', kind: '日常用语', right: [FLU, DENGUE] },
  { query: '嗓子疼', kind: '日常用语', right: [FLU] },
  { query: '打疫苗', kind: '日常用语', right: [FLU, news('2026-10-flu-prevention-lecture')] },
  { query: '孩子发烧了怎么办', kind: '整句提问', right: [FLU, DENGUE] },
  {
    query: '流感疫苗在哪里打',
    kind: '整句提问',
    right: [FLU, news('2026-10-flu-prevention-lecture')],
  },
  {
    query: '老人怎么预防流感',
    kind: '整句提问',
    right: [FLU, news('2026-10-flu-prevention-lecture')],
  },
  { query: '怎么正确洗手', kind: '整句提问', right: [HANDS, news('radio-handwashing')] },
  { query: '洗手要洗多久', kind: '整句提问', right: [HANDS, news('radio-handwashing')] },
  { query: 'liugan', kind: '拼音', right: [FLU, news('2026-10-flu-prevention-lecture')] },
  { query: 'qibuxishoufa', kind: '拼音', right: [HANDS] },
  { query: '流敢', kind: '错别字', right: [FLU, news('2026-10-flu-prevention-lecture')] },
  // 慢性病、心理健康
  { query: '血压高', kind: '日常用语', right: [BLOOD_PRESSURE] },
  { query: '高压低压', kind: '日常用语', right: [BLOOD_PRESSURE] },
  {
    query: '血糖高',
    kind: '日常用语',
    right: [DIABETES, news('2026-11-diabetes-day-free-consultation')],
  },
  { query: '少吃盐', kind: '日常用语', right: [BLOOD_PRESSURE] },
  { query: '睡不着觉', kind: '日常用语', right: [MIND] },
  {
    query: '血糖高怎么办',
    kind: '整句提问',
    right: [DIABETES, news('2026-11-diabetes-day-free-consultation')],
  },
  { query: '高血压吃什么药', kind: '整句提问', right: [BLOOD_PRESSURE] },
  { query: '老人心情不好怎么办', kind: '整句提问', right: [MIND] },
  { query: '老年人孤独怎么办', kind: '整句提问', right: [MIND] },
  { query: 'gaoxueya', kind: '拼音', right: [BLOOD_PRESSURE] },
  { query: 'tnb', kind: '拼音', right: [DIABETES, news('2026-11-diabetes-day-free-consultation')] },
  { query: '高雪压', kind: '错别字', right: [BLOOD_PRESSURE] },
  {
    query: '糖尿并',
    kind: '错别字',
    right: [DIABETES, news('2026-11-diabetes-day-free-consultation')],
  },
  // 创卫
  { query: '投诉电话', kind: '日常用语', right: [news('2026-05-hotline-linked-mayor-line')] },
  {
    query: '创卫',
    kind: '日常用语',
    right: [
      letter('open-letter-to-residents'),
      letter('proposal-civilised-healthy-residents'),
      news('2026-02-headquarters-established'),
      news('2026-03-mobilisation-meeting'),
    ],
  },
  {
    query: '卫生死角在哪里反映',
    kind: '整句提问',
    right: [
      news('2026-05-hotline-linked-mayor-line'),
      news('2026-08-exposure-rectified-blind-spots'),
    ],
  },
];

/** Queries whose meaningful words appear on no page: each must find nothing. */
export const ABSENT_QUERIES = [
  '鳄鱼',
  '熊猫吃什么',
  '怎么养鳄鱼',
  '钢琴怎么学',
  '咖啡有什么好处',
  '请问火星在哪里',
  'zzqx',
];

export interface SearchPageAnswer {
  /** The status line as first announced, before 显示更多. */
  status: string;
  notice: string;
  /** Every result's address, in order (all of them, 显示更多 pressed until none are left). */
  urls: string[];
}

/** Runs a query through /search/ on `origin` and reads every result. */
export async function askSearchPage(
  page: Page,
  origin: string,
  query: string,
): Promise<SearchPageAnswer> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => (document.querySelector('site-search [role="status"]')?.textContent ?? '').length > 0,
    null,
    { timeout: 30_000 },
  );
  const status = (await page.locator('[data-status]').textContent()) ?? '';
  const notice = await page
    .locator('[data-notice]')
    .evaluate((e) => ((e as HTMLElement).hidden ? '' : (e.textContent ?? '')));
  const more = page.locator('[data-more]');
  for (let i = 0; i < 50 && (await more.isVisible()); i++) {
    const before = await page.locator('[data-list] > li').count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-list] > li').length > n,
      before,
    );
  }
  const urls = await page
    .locator('[data-list] h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { status, notice, urls };
}

export interface QueryScore extends JudgedQuery {
  /** Place of the first right article, from 1; 0 when none is listed. */
  firstRight: number;
  listed: number;
  answer: SearchPageAnswer;
}

export function scoreAnswer(judged: JudgedQuery, answer: SearchPageAnswer): QueryScore {
  const place = answer.urls.findIndex((u) => judged.right.includes(u));
  return {
    ...judged,
    firstRight: place + 1,
    listed: judged.right.filter((u) => answer.urls.includes(u)).length,
    answer,
  };
}

/** Share of queries with a right article in the first three, and of right articles listed. */
export function summarizeScores(scores: readonly QueryScore[]): {
  queries: number;
  topThree: number;
  listed: number;
} {
  const right = scores.reduce((n, s) => n + s.right.length, 0);
  return {
    queries: scores.length,
    topThree: scores.filter((s) => s.firstRight >= 1 && s.firstRight <= 3).length / scores.length,
    listed: scores.reduce((n, s) => n + s.listed, 0) / right,
  };
}

export function reportScores(scores: readonly QueryScore[]): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = scores.map(
    (s) =>
      `${s.firstRight >= 1 && s.firstRight <= 3 ? ' ' : '✗'} ${s.kind}\t${s.query}\t首个正确结果第 ${s.firstRight || '—'} 位\t列出 ${s.listed}/${s.right.length}\t共 ${s.answer.urls.length} 条`,
  );
  const kinds = [...new Set(scores.map((s) => s.kind))].map((kind) => {
    const of = summarizeScores(scores.filter((s) => s.kind === kind));
    return `${kind}\t${of.queries} 个查询\t前三有正确结果 ${pct(of.topThree)}\t正确文章列出 ${pct(of.listed)}`;
  });
  const all = summarizeScores(scores);
  return [
    ...lines,
    '',
    ...kinds,
    `合计\t${all.queries} 个查询\t前三有正确结果 ${pct(all.topThree)}\t正确文章列出 ${pct(all.listed)}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: process.env.OUT_DIR ?? 'dist' } },
  });
  const { server, origin } = await startStaticServer(values.dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const scores: QueryScore[] = [];
    for (const judged of RESIDENT_QUERIES)
      scores.push(scoreAnswer(judged, await askSearchPage(page, origin, judged.query)));
    console.log(reportScores(scores));
    for (const query of ABSENT_QUERIES) {
      const answer = await askSearchPage(page, origin, query);
      console.log(`不应有结果\t${query}\t${answer.urls.length} 条\t${answer.status}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) await main();
