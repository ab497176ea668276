import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { AudienceId } from '../schemas/audiences.ts';
import { contentModel, getContentDir, type CollectionName } from '../schemas/index.ts';
import { printedCreator, sourceDigest } from './handbooks.ts';
import { digestOf, withCacheKeys } from './incremental.ts';
import { countPdfPages, readPdfCreator } from './pdf.ts';
import { isPublished, sortByDateDesc } from './publishing.ts';
import { getPagedPaths } from './pagination.ts';
import { getSectionLabel } from './section-labels.ts';
import { handbookPdfPath, sectionPath, type ArticleCollection } from './urls.ts';

/**
 * The one module that reads content collections. Pages, feeds and
 * components ask here, so "published" means the same everywhere.
 */
export type Letter = CollectionEntry<'letters'>;
export type HealthArticle = CollectionEntry<'health'>;
export type NewsItem = CollectionEntry<'news'>;
export type Topic = CollectionEntry<'topics'>;
export type Column = CollectionEntry<'columns'>;
export type Download = CollectionEntry<'downloads'>;
export type Handbook = CollectionEntry<'handbooks'>;
export type Article = Letter | HealthArticle | NewsItem;

/**
 * Runs `load` once per build: lists are asked for by every page. In dev it
 * reloads every time, so an editor's saved change shows on the next refresh.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  if (!import.meta.env.PROD) return load;
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}

// public/ of the project being built. Not relative to this module: the build runs it
// from a bundled chunk in another folder. Astro builds from the project root.
const publicDir = join(process.cwd(), 'public');

// The build's clock, read once, so every page agrees on what is published.
const buildTime = new Date(process.env.BUILD_TIME ?? Date.now());

export async function getSiteSettings() {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/settings/site.yaml 缺失:网站设置文件是必需的');
  return entry.data;
}

/** Fails the build naming the file and field when a reference points nowhere. */
function assertReference(
  entry: { filePath?: string | undefined; id: string },
  field: string,
  ref: { id: string },
  known: Set<string>,
) {
  if (!known.has(ref.id)) {
    throw new Error(
      `${entry.filePath ?? entry.id}: 字段 ${field} 的值 "${ref.id}" 不存在(可选:${[...known].join('、')})`,
    );
  }
}

export const getLetters = once(async (): Promise<Letter[]> => {
  return sortByDateDesc((await getCollection('letters')).filter((e) => isPublished(e, buildTime)));
});

export const getHealthArticles = once(async (): Promise<HealthArticle[]> => {
  const entries = (await getCollection('health')).filter((e) => isPublished(e, buildTime));
  const topics = new Set((await getCollection('topics')).map((t) => t.id));
  for (const e of entries) assertReference(e, 'topic', e.data.topic, topics);
  return sortByDateDesc(entries);
});

export const getNewsItems = once(async (): Promise<NewsItem[]> => {
  const entries = (await getCollection('news')).filter((e) => isPublished(e, buildTime));
  const columns = new Set((await getCollection('columns')).map((c) => c.id));
  for (const e of entries) assertReference(e, 'column', e.data.column, columns);
  return sortByDateDesc(entries);
});

const byOrder = <T extends { data: { order: number }; id: string }>(a: T, b: T) =>
  a.data.order - b.data.order || a.id.localeCompare(b.id);

export const getTopics = once(async (): Promise<Topic[]> => {
  return (await getCollection('topics')).sort(byOrder);
});

export const getColumns = once(async (): Promise<Column[]> => {
  return (await getCollection('columns')).sort(byOrder);
});

export const getDownloads = once(async (): Promise<Download[]> => {
  return (await getCollection('downloads')).sort(byOrder);
});

export const getHandbooks = once(async (): Promise<Handbook[]> => {
  return (await getCollection('handbooks')).sort(byOrder);
});

/**
 * A handbook's letters then its health articles, in its order. Fails the
 * build naming the file and field when one is missing or not published: a
 * draft has not been reviewed, and what is printed cannot be taken back.
 */
export async function getHandbookArticles(handbook: Handbook): Promise<(Letter | HealthArticle)[]> {
  const resolve = <T extends Letter | HealthArticle>(
    field: 'letters' | 'articles',
    published: T[],
  ): T[] => {
    const byId = new Map(published.map((e) => [e.id, e]));
    return handbook.data[field].map((ref) => {
      const entry = byId.get(ref.id);
      if (!entry)
        throw new Error(
          `${handbook.filePath ?? handbook.id}: 字段 ${field} 中的“${ref.id}”不存在或尚未发布(勾选了“暂不在网站显示”的和未到发布日期的文章不能印进手册)`,
        );
      return entry;
    });
  };
  return [
    ...resolve('letters', await getLetters()),
    ...resolve('articles', await getHealthArticles()),
  ];
}

/** The digest of what a handbook prints (see `sourceDigest`): the printed PDF carries it. */
export async function getHandbookDigest(handbook: Handbook): Promise<string> {
  const articles = (await getHandbookArticles(handbook)).map((a) => ({
    collection: a.collection,
    id: a.id,
    data: a.data,
    body: a.body,
  }));
  return sourceDigest({ handbook: handbook.data, articles, settings: await getSiteSettings() });
}

/** One PDF of the download centre: a handbook the site printed, or a file an editor uploaded. */
export interface DownloadItem {
  title: string;
  kind: string;
  /** Site path of the PDF, as content names it (/downloads/x.pdf). */
  file: string;
  pages: number;
  sizeBytes: number;
  cover: Download['data']['cover'];
  description: string;
  date: Date;
  /** What the date is: 发布 for an upload, 版次 for a printed handbook. */
  dateLabel: '发布' | '版次';
  order: number;
}

/**
 * Everything the download centre offers, by `order`: each handbook whose PDF
 * `npm run handbooks` has printed (page count and size read from the PDF
 * itself), and each uploaded download. A handbook not printed yet is left
 * out, with a warning in the build's log.
 */
export const getDownloadItems = once(async (): Promise<DownloadItem[]> => {
  const handbooks: DownloadItem[] = [];
  for (const h of await getHandbooks()) {
    const file = handbookPdfPath(h.id);
    const path = join(publicDir, file);
    if (!existsSync(path)) {
      console.warn(
        `${h.filePath ?? h.id}: 还没有印成 PDF(public${file}),下载中心暂不列出;运行 npm run handbooks 生成`,
      );
      continue;
    }
    const bytes = readFileSync(path);
    // Printed from other text than the articles have now: still offered, and the build says so.
    // (Not `astro dev`: there images have the dev server's addresses, not the hashed file names
    // the digest counts them by, so every PDF would look out of date.)
    if (
      !import.meta.env.DEV &&
      readPdfCreator(bytes) !== printedCreator(await getHandbookDigest(h))
    ) {
      console.warn(
        `${h.filePath ?? h.id}: public${file} 是按旧的内容印的(手册、收录的文章或网站设置改过之后没有重印):运行 npm run handbooks 重新生成`,
      );
    }
    const d = h.data;
    handbooks.push({
      title: d.title,
      kind: d.kind,
      file,
      pages: countPdfPages(bytes, `public${file}`),
      sizeBytes: bytes.length,
      cover: d.cover,
      description: d.description,
      date: d.edition,
      dateLabel: '版次',
      order: d.order,
    });
  }
  const uploads = (await getDownloads()).map((dl): DownloadItem => {
    const d = dl.data;
    return {
      title: d.title,
      kind: d.kind,
      file: d.file,
      pages: d.pages,
      sizeBytes: getPublicFileSize(d.file, dl.filePath ?? dl.id),
      cover: d.cover,
      description: d.description,
      date: d.date,
      dateLabel: '发布',
      order: d.order,
    };
  });
  return [...handbooks, ...uploads].sort(
    (a, b) => a.order - b.order || a.title.localeCompare(b.title, 'zh-CN'),
  );
});

export async function getHealthArticlesByTopic(topicId: string) {
  return (await getHealthArticles()).filter((a) => a.data.topic.id === topicId);
}

export async function getHealthArticlesByAudience(audience: AudienceId) {
  return (await getHealthArticles()).filter((a) => a.data.audiences.includes(audience));
}

export async function getNewsItemsByColumn(columnId: string) {
  return (await getNewsItems()).filter((n) => n.data.column.id === columnId);
}

const sectionArticles: Record<ArticleCollection, () => Promise<Article[]>> = {
  letters: getLetters,
  health: getHealthArticles,
  news: getNewsItems,
};

/** getStaticPaths of a section's own list (/letters/, /health/, /news/): its articles, newest first, page by page. */
export async function getSectionListPaths(section: ArticleCollection) {
  return withPageKeys(getPagedPaths(await sectionArticles[section](), sectionPath(section)));
}

/** The label of each card in a section's own list, with the topics' and columns' names. */
export const getSectionLabeller = once(async () => {
  const [topics, columns] = await Promise.all([getTopics(), getColumns()]);
  const names = {
    topics: new Map(topics.map((t) => [t.id, t.data.name])),
    columns: new Map(columns.map((c) => [c.id, c.data.name])),
  };
  return (article: Article) => getSectionLabel(article, names);
});

/** Every published article, newest first. */
export const getAllArticles = once(async (): Promise<Article[]> => {
  const all: Article[] = [
    ...(await getLetters()),
    ...(await getHealthArticles()),
    ...(await getNewsItems()),
  ];
  return sortByDateDesc(all);
});

/** Tags in use with how many articles carry each, most used first. */
export const getTagCounts = once(async (): Promise<{ tag: string; count: number }[]> => {
  const counts = new Map<string, number>();
  for (const a of await getAllArticles())
    for (const t of a.data.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh-CN'));
});

/** Bytes of a file under public/, e.g. a download's `/downloads/x.pdf`; the build fails if it is missing. */
export function getPublicFileSize(publicPath: string, owner: string): number {
  try {
    return statSync(join(publicDir, publicPath)).size;
  } catch {
    throw new Error(`${owner}: 文件 ${publicPath} 不存在(应放在 public${publicPath})`);
  }
}

// The campaign's own pages: hotline, organisation, progress; audio news as a podcast.
export type StandardArea = CollectionEntry<'standards'>;

/** The build's clock, for what is computed at build time (the countdown to the inspection). */
export function getBuildTime(): Date {
  return new Date(buildTime);
}

/**
 * The data of a collection that holds one file (content/hotline, content/organisation),
 * or undefined while it has none, so a new site builds before its office has written it.
 */
async function getSingleEntry<C extends 'hotline' | 'organisation'>(
  collection: C,
): Promise<CollectionEntry<C>['data'] | undefined> {
  const entries: CollectionEntry<C>[] = await getCollection(collection);
  if (entries.length > 1) {
    throw new Error(
      `content/${collection}/ 只能有一个 .yaml 文件,现在有 ${entries.length} 个:${entries.map((e) => e.id).join('、')}`,
    );
  }
  return entries[0]?.data;
}

export const getHotline = once(() => getSingleEntry('hotline'));
export const getOrganisation = once(() => getSingleEntry('organisation'));

export const getStandardAreas = once(async (): Promise<StandardArea[]> => {
  return (await getCollection('standards')).sort(byOrder);
});

/** Published news items of a column that carry audio: the column's podcast episodes, newest first. */
export async function getAudioNewsItemsByColumn(columnId: string) {
  return (await getNewsItemsByColumn(columnId)).filter((n) => n.data.audio !== undefined);
}

/**
 * A news item's video and audio with their file sizes. Fails the build, naming
 * the file, when the video, its captions, its poster or the audio is missing from public/.
 */
export function getNewsMedia(item: NewsItem) {
  const owner = item.filePath ?? item.id;
  const { video, audio } = item.data;
  if (video) {
    getPublicFileSize(video.captions, owner);
    if (video.poster) getPublicFileSize(video.poster, owner);
  }
  return {
    video: video && { ...video, sizeBytes: getPublicFileSize(video.src, owner) },
    audio: audio && { ...audio, sizeBytes: getPublicFileSize(audio.src, owner) },
  };
}

/**
 * What a page reads besides its own props: the data collections (settings,
 * topics, columns, downloads …, every collection that is not articles), the
 * files of public/ with their sizes (a news item shows its video's size) and
 * the bytes of the uploaded images (a page's cover keeps its name when an
 * editor replaces the picture, and the page's data does not change).
 * Part of every page's cacheKey, so changing any of them renders every page again.
 */
const getSharedDataKey = once(async (): Promise<string> => {
  const names = (Object.keys(contentModel) as CollectionName[]).filter(
    (name) => contentModel[name].format !== 'mdx',
  );
  const collections = await Promise.all(
    names.map(async (name) => [name, await getCollection(name)] as const),
  );
  const publicFiles = filesUnder(publicDir).map(
    (path) => [path.slice(publicDir.length), statSync(path).size] as const,
  );
  const uploads = join(getContentDir(), 'uploads');
  const uploaded = filesUnder(uploads).map(
    (path) =>
      [
        path.slice(uploads.length),
        createHash('sha256').update(readFileSync(path)).digest('hex'),
      ] as const,
  );
  return digestOf({ collections, publicFiles, uploaded });
});

/** Every file under `dir` (none when it is missing), in a stable order. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Astro's incremental build (astro.config.mjs) copies a page from the last
 * build when its cacheKey and code are unchanged. Every getStaticPaths returns
 * its paths through this: the key covers the page's params and props (its
 * entry, neighbours, related articles, the items of a list) and the shared
 * data, so a page reading anything else must get it through its props.
 */
export async function withPageKeys<
  T extends { params: Record<string, string | undefined>; props?: Record<string, unknown> },
>(paths: readonly T[]) {
  return withCacheKeys(paths, await getSharedDataKey());
}
