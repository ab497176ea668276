/**
 * Generates a content directory of realistic Chinese articles, for the
 * search recall fixture and the build benchmark.
 *
 *   node tools/demo/generate-articles.ts --articles 5000 --out /tmp/bench-content [--seed 1]
 *
 * It copies every non-article collection of content/ (settings, topics,
 * columns, uploads, …) into <out>, then writes N articles of about 1,500
 * characters each: 55% health education, 35% news, 10% letters, spread over
 * topics, columns, audiences, tags and the years 2019–2026. Each body has
 * headings, lists, a <Callout type="tip"> and a <KeyPoints> box. The same
 * seed gives the same files byte for byte, so benchmarks compare like with like.
 * Build the result with CONTENT_DIR=<out> (and OUT_DIR/ASTRO_CACHE_DIR in /tmp).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

/** Collections whose files this script writes; everything else in content/ is copied but the handbooks, which name the demo articles. */
const ARTICLE_FOLDERS = ['health', 'news', 'letters'];
const NOT_COPIED = [...ARTICLE_FOLDERS, 'handbooks'];
const TARGET_CHARS = 1500;

/** mulberry32: a small, fast, seedable generator; plenty for picking sentences. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Picker {
  one<T>(list: readonly T[]): T;
  some<T>(list: readonly T[], n: number): T[];
  int(min: number, max: number): number;
  chance(p: number): boolean;
}

function createPicker(random: () => number): Picker {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return {
    int,
    chance: (p) => random() < p,
    one: (list) => list[Math.floor(random() * list.length)]!,
    some: (list, n) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, Math.min(n, copy.length));
    },
  };
}

/** What is said about one health topic. */
interface TopicBank {
  titles: string[];
  tags: string[];
  audiences: string[];
  sections: { heading: string; sentences: string[] }[];
  listItems: string[];
  tips: { title: string; text: string }[];
  keyPoints: string[];
  sources: { title: string; url: string }[];
}

/** The sentence banks: data, in article-bank.yaml beside this file, so writers edit text, not code. */
interface ArticleBank {
  topics: Record<string, TopicBank>;
  /** Things every topic can say: the campaign, hotlines, participation. */
  generic: string[];
  news: Record<string, { titles: string[]; sentences: string[]; headings: string[] }>;
  letters: { titles: string[]; issuers: string[]; sentences: string[] };
  reviewers: string[];
  authors: string[];
  newsSources: string[];
}

const {
  topics: TOPICS,
  generic: GENERIC_SENTENCES,
  news: NEWS_BANK,
  letters: LETTER_BANK,
  reviewers: REVIEWERS,
  authors: AUTHORS,
  newsSources: NEWS_SOURCES,
} = parse(readFileSync(new URL('./article-bank.yaml', import.meta.url), 'utf8')) as ArticleBank;

interface Article {
  folder: 'health' | 'news' | 'letters';
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/** A day between 2019-01-01 and 2026-10-31, so every article is already published. */
function pickDate(p: Picker): Date {
  const start = Date.UTC(2019, 0, 1);
  const end = Date.UTC(2026, 9, 31);
  return new Date(start + p.int(0, Math.floor((end - start) / 86_400_000)) * 86_400_000);
}

/**
 * Paragraphs of two to four sentences until they reach about `target`
 * characters. Sentences are dealt from a shuffled deck, so one article
 * repeats a sentence only once the deck runs out.
 */
function fillParagraphs(p: Picker, sentences: readonly string[], target: number): string[] {
  const paragraphs: string[] = [];
  let deck: string[] = [];
  let length = 0;
  while (length < target) {
    const para: string[] = [];
    for (let i = p.int(2, 4); i > 0; i--) {
      if (deck.length === 0) deck = p.some(sentences, sentences.length);
      para.push(deck.pop()!);
    }
    paragraphs.push(para.join(''));
    length += paragraphs.at(-1)!.length;
  }
  return paragraphs;
}

function yamlValue(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (typeof item === 'object' && item !== null) {
          const [first, ...rest] = Object.entries(item);
          const lines = [`${indent}- ${first![0]}: ${JSON.stringify(first![1])}`];
          for (const [k, v] of rest) lines.push(`${indent}  ${k}: ${JSON.stringify(v)}`);
          return lines.join('\n');
        }
        return `${indent}- ${JSON.stringify(item)}`;
      })
      .map((line) => `\n${line}`)
      .join('');
  }
  return ` ${typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) ? value : JSON.stringify(value)}`;
}

/** YAML frontmatter; strings are JSON-quoted (valid YAML), dates left bare. */
export function toMdx(article: Article): string {
  const lines = Object.entries(article.frontmatter).map(
    ([key, value]) => `${key}:${yamlValue(value, '  ')}`,
  );
  return `---\n${lines.join('\n')}\n---\n\n${article.body.trim()}\n`;
}

/**
 * Editors ask for a poster (for notice boards) for a few articles, not every one: one in ten here.
 * Decided by the article's number, not the random stream, so the rest of each article stays as it was.
 */
const posterChoice = (n: number): { poster?: true } => (n % 10 === 0 ? { poster: true } : {});

function healthArticle(p: Picker, n: number, topicId: string): Article {
  const bank = TOPICS[topicId] ?? TOPICS['hygiene']!;
  const date = pickDate(p);
  // Reviewed before publication; older articles were re-reviewed in 2026, so none is overdue.
  const rereview = Date.UTC(2026, 0, 1);
  const reviewedAt =
    date.getTime() >= rereview + 20 * 86_400_000
      ? addDays(date, -p.int(1, 20))
      : addDays(new Date(rereview), p.int(0, 300));
  const sections = p.some(bank.sections, p.int(2, 3));
  const perSection = Math.floor((TARGET_CHARS - 350) / sections.length);
  const parts: string[] = [
    p.some([...bank.sections.flatMap((s) => s.sentences), ...GENERIC_SENTENCES], 2).join(''),
  ];
  parts.push(
    `<KeyPoints>\n\n${p
      .some(bank.keyPoints, 3)
      .map((k) => `- ${k}`)
      .join('\n')}\n\n</KeyPoints>`,
  );
  sections.forEach((section, i) => {
    parts.push(`## ${section.heading}`);
    parts.push(
      ...fillParagraphs(
        p,
        [...section.sentences, ...p.some(GENERIC_SENTENCES, 2)],
        perSection - 40,
      ),
    );
    if (i === 0)
      parts.push(
        p
          .some(bank.listItems, p.int(3, 5))
          .map((item) => `- ${item}`)
          .join('\n'),
      );
  });
  const tip = p.one(bank.tips);
  parts.push(`<Callout type="tip" title="${tip.title}">\n\n${tip.text}\n\n</Callout>`);
  parts.push(`## 温馨提示\n\n${p.some(GENERIC_SENTENCES, 3).join('')}`);
  const title = p.one(bank.titles);
  return {
    folder: 'health',
    id: `gen-health-${String(n).padStart(5, '0')}`,
    frontmatter: {
      title: p.chance(0.5) ? title : `${title}（${date.getUTCFullYear()}年）`,
      date: isoDay(date),
      summary: `${p.one(bank.sections).sentences[0]!.slice(0, 150)}`,
      tags: p.some(bank.tags, p.int(1, 3)),
      topic: topicId,
      audiences: p.some(bank.audiences, p.int(1, 3)),
      sources: p.some(bank.sources, p.int(1, 2)),
      reviewedBy: p.one(REVIEWERS),
      reviewedAt: isoDay(reviewedAt),
      nextReviewDue: isoDay(addDays(reviewedAt, 365 * p.int(1, 2))),
      ...posterChoice(n),
    },
    body: parts.join('\n\n'),
  };
}

function newsArticle(p: Picker, n: number, columnId: string, topicIds: readonly string[]): Article {
  const bank = NEWS_BANK[columnId] ?? NEWS_BANK['campaign']!;
  const topic = TOPICS[p.one(topicIds)] ?? TOPICS['hygiene']!;
  const date = pickDate(p);
  const sentences = [
    ...bank.sentences,
    ...p.some(
      topic.sections.flatMap((s) => s.sentences),
      6,
    ),
    ...p.some(GENERIC_SENTENCES, 3),
  ];
  const parts: string[] = [
    `${date.getUTCMonth() + 1}月${date.getUTCDate()}日，${p.one(bank.sentences)}${p.one(bank.sentences)}`,
  ];
  for (const heading of p.some(bank.headings, p.int(2, 3))) {
    parts.push(`## ${heading}`);
    parts.push(...fillParagraphs(p, sentences, 480));
  }
  parts.push(
    p
      .some(topic.listItems, 3)
      .map((item, i) => `${i + 1}. ${item}`)
      .join('\n'),
  );
  parts.push(
    `<KeyPoints title="要点回顾">\n\n${p
      .some(topic.keyPoints, 3)
      .map((k) => `- ${k}`)
      .join('\n')}\n\n</KeyPoints>`,
  );
  const tip = p.one(topic.tips);
  parts.push(`<Callout type="tip" title="${tip.title}">\n\n${tip.text}\n\n</Callout>`);
  return {
    folder: 'news',
    id: `gen-news-${String(n).padStart(5, '0')}`,
    frontmatter: {
      title: p.one(bank.titles),
      date: isoDay(date),
      summary: p.one(bank.sentences).slice(0, 150),
      tags: p.some([...topic.tags, '创卫'], p.int(1, 3)),
      column: columnId,
      source: p.one(NEWS_SOURCES),
      author: p.one(AUTHORS),
    },
    body: parts.join('\n\n'),
  };
}

function letterArticle(p: Picker, n: number): Article {
  const date = pickDate(p);
  const title = p.one(LETTER_BANK.titles);
  const topicSentences = p.some(
    Object.values(TOPICS).flatMap((t) => t.sections.flatMap((s) => s.sentences)),
    12,
  );
  const parts = [LETTER_BANK.sentences[0]!];
  parts.push(...fillParagraphs(p, [...LETTER_BANK.sentences.slice(1), ...topicSentences], 1100));
  parts.push(
    `## 我们倡议\n\n${p
      .some(
        Object.values(TOPICS).flatMap((t) => t.listItems),
        5,
      )
      .map((item, i) => `${i + 1}. ${item}`)
      .join('\n')}`,
  );
  parts.push(`<KeyPoints>\n\n- 人人参与创卫，共建健康家园\n- 发现问题请拨打12345\n\n</KeyPoints>`);
  parts.push(`<Callout type="tip" title="联系我们">\n\n${p.one(GENERIC_SENTENCES)}\n\n</Callout>`);
  parts.push(p.one(LETTER_BANK.sentences.slice(-1)));
  return {
    folder: 'letters',
    id: `gen-letter-${String(n).padStart(5, '0')}`,
    frontmatter: {
      title,
      date: isoDay(date),
      summary: LETTER_BANK.sentences[1]!,
      tags: p.some(['创卫', '倡议', '公开信', '爱国卫生'], 2),
      kind: title.includes('倡议') ? '倡议书' : '公开信',
      issuer: p.one(LETTER_BANK.issuers),
      ...posterChoice(n),
    },
    body: parts.join('\n\n'),
  };
}

/** The N articles of a seed: pure, so tests can check them without touching disk. */
export function generateArticles(
  count: number,
  seed: number,
  topicIds: readonly string[],
  columnIds: readonly string[],
): Article[] {
  const p = createPicker(createRandom(seed));
  const articles: Article[] = [];
  for (let n = 1; n <= count; n++) {
    const roll = p.int(1, 100);
    if (roll <= 55) articles.push(healthArticle(p, n, p.one(topicIds)));
    else if (roll <= 90) articles.push(newsArticle(p, n, p.one(columnIds), topicIds));
    else articles.push(letterArticle(p, n));
  }
  return articles;
}

const idsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();

function main(): void {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      from: { type: 'string', default: 'content' },
    },
  });
  const count = Number(values.articles);
  if (!values.out || !Number.isInteger(count) || count < 1) {
    console.error(
      '用法: node tools/demo/generate-articles.ts --articles N --out <目录> [--seed 1] [--from content]',
    );
    process.exit(2);
  }
  const from = resolve(values.from);
  const out = resolve(values.out);
  if (out === from) throw new Error('--out must not be the source content directory');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory() && !NOT_COPIED.includes(entry.name))
      cpSync(join(from, entry.name), join(out, entry.name), { recursive: true });
  }
  const topicIds = idsIn(join(out, 'topics'));
  const columnIds = idsIn(join(out, 'columns'));
  for (const folder of ARTICLE_FOLDERS) mkdirSync(join(out, folder), { recursive: true });
  const articles = generateArticles(count, Number(values.seed), topicIds, columnIds);
  for (const article of articles)
    writeFileSync(join(out, article.folder, `${article.id}.mdx`), toMdx(article));
  console.log(`已生成 ${articles.length} 篇文章到 ${out}(种子 ${values.seed})`);
}

if (import.meta.main) main();
