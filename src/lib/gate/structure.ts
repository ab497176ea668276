import { slug as githubSlug } from 'github-slugger';
import { posix } from 'node:path';
import type { Root } from 'mdast';
import { isArticleCollection, type ArticleCollection } from '../../schemas/sections.ts';
import { dayOf, daysBetween } from '../dates.ts';
import { whyUnpublished } from '../publishing.ts';
import { listSitePages, sitePaths } from '../urls.ts';
import { uploadImageTypes } from './files.ts';
import { walk, type Place, type YamlString } from './parse.ts';
import type { Finding, LocalFinding } from './report.ts';
import { classifyUrl, type UrlContext, type UrlRef } from './urls.ts';

/**
 * Structure: alt text, heading order, links and attachments that resolve,
 * attachment sizes, overdue health reviews and stale news columns. "Today"
 * is always passed in as YYYY-MM-DD.
 */

/** A news column with nothing new for this many days is reported. */
export const defaultStaleDays = 14;

export interface SizeLimits {
  /** Bytes above which an attachment is a warning. */
  warning: number;
  /** Bytes above which an attachment is an error. */
  error: number;
}

export const defaultSizeLimits: SizeLimits = { warning: 5 * 1024 * 1024, error: 10 * 1024 * 1024 };

/** What the site index needs to know of one content file. */
export interface EntryInfo {
  /** Path relative to the repository (for findings). */
  file: string;
  /** Path relative to the content directory, with forward slashes. */
  contentPath: string;
  /** The content folder it is in (letters, health, news, topics, columns …), or null. */
  collection: string | null;
  /** Its id, for an entry directly in a collection folder. */
  id: string | null;
  /** Frontmatter or data-file contents, when they parsed into a mapping. */
  data: Record<string, unknown> | null;
  /** Top-level keys and where they are written. */
  keys: ReadonlyMap<string, Place>;
}

export interface SiteIndex {
  pages: ReadonlySet<string>;
  /** Pages of drafts and of entries dated after today: path → why. */
  unpublished: ReadonlyMap<string, string>;
  /** Files under the content directory: content-relative path → size in bytes. */
  contentFiles: ReadonlyMap<string, number>;
  /** Files under public/: site path (/downloads/x.pdf) → size in bytes. */
  publicFiles: ReadonlyMap<string, number>;
  topics: ReadonlySet<string>;
  columns: ReadonlySet<string>;
}

/** The id Astro's glob loader gives a file: the github-slugger slug of its name (unless its data has a `slug`). */
export function entryId(stem: string): string {
  return githubSlug(stem);
}

/** Where an entry of a collection lives, given its path inside the content directory. */
export function locateEntry(contentPath: string): { collection: string | null; id: string | null } {
  const parts = contentPath.split('/');
  if (parts.length < 2) return { collection: null, id: null };
  const collection = parts[0] ?? null;
  if (parts.length !== 2) return { collection, id: null };
  const name = parts[1] ?? '';
  const ext = posix.extname(name);
  const expected = isArticleCollection(collection) ? ['.mdx'] : ['.yaml', '.yml'];
  return { collection, id: expected.includes(ext) ? entryId(name.slice(0, -ext.length)) : null };
}

/** Why an article is not on the site today, or null when it is published (src/lib/publishing.ts has the rule). */
export function unpublishedReason(
  data: Record<string, unknown> | null,
  today: string,
): string | null {
  if (!data) return null;
  return whyUnpublished({ draft: data['draft'] === true, day: dayOf(data['date']) }, today);
}

/**
 * The pages links may point to (src/lib/urls.ts lists them from the content),
 * with the paths of unpublished articles apart. Paths are percent-decoded, as
 * the link checks compare them.
 */
export function buildSiteIndex(
  entries: readonly EntryInfo[],
  contentFiles: ReadonlyMap<string, number>,
  publicFiles: ReadonlyMap<string, number>,
  today: string,
  extraPages: readonly string[] = [],
): SiteIndex {
  const unpublished = new Map<string, string>();
  const topics = new Set<string>();
  const columns = new Set<string>();
  const articles: { collection: ArticleCollection; id: string; tags: string[]; poster: boolean }[] =
    [];
  const podcastColumns = new Set<string>();
  const handbooks: string[] = [];
  for (const e of entries) {
    if (e.id === null || e.collection === null) continue;
    if (isArticleCollection(e.collection)) {
      const reason = unpublishedReason(e.data, today);
      if (reason !== null) {
        unpublished.set(sitePaths.entry(e.collection, e.id), reason);
        continue;
      }
      const tags = e.data?.['tags'];
      const column = e.data?.['column'];
      if (e.collection === 'news' && typeof column === 'string' && e.data?.['audio'])
        podcastColumns.add(column);
      articles.push({
        collection: e.collection,
        id: e.id,
        tags: Array.isArray(tags)
          ? tags.filter((t): t is string => typeof t === 'string').map((t) => t.trim())
          : [],
        poster: e.data?.['poster'] === true,
      });
    } else if (e.collection === 'handbooks') {
      handbooks.push(e.id);
    } else if (e.collection === 'topics') {
      topics.add(e.id);
    } else if (e.collection === 'columns') {
      columns.add(e.id);
    }
  }
  const listed = listSitePages({
    articles,
    topics: [...topics],
    columns: [...columns],
    podcastColumns: [...podcastColumns],
    handbooks,
  });
  const pages = new Set([...listed, ...extraPages].map(safeDecode));
  return { pages, unpublished, contentFiles, publicFiles, topics, columns };
}

/** Body headings start at ## (the title is the page's h1) and go down one level at a time. */
export function checkHeadings(tree: Root): LocalFinding[] {
  const findings: LocalFinding[] = [];
  let previous = 1;
  walk(tree, (node) => {
    let depth: number | null = null;
    if (node.type === 'heading') depth = node.depth;
    // <KeyPoints> renders its own <h2>.
    else if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'KeyPoints'
    )
      depth = 2;
    if (depth === null) return undefined;
    const start = node.position?.start ?? { line: 1, column: 1 };
    const at = { line: start.line, column: start.column };
    if (node.type === 'heading' && depth === 1) {
      findings.push({
        ...at,
        rule: 'heading-order',
        severity: 'error',
        message: '正文不能使用一级标题(#):文章标题就是页面的一级标题,正文标题请从 ## 开始',
      });
    } else if (depth > previous + 1) {
      const was = previous === 1 ? '文章标题(一级)' : `${'#'.repeat(previous)}(${previous} 级)`;
      findings.push({
        ...at,
        rule: 'heading-order',
        severity: 'error',
        message: `标题层级跳跃:上一个标题是${was},这里直接用了 ${'#'.repeat(depth)}(${depth} 级);请改为 ${'#'.repeat(previous + 1)},读屏软件靠标题层级为读者导航`,
      });
    }
    previous = depth;
    return undefined;
  });
  return findings;
}

/** Markdown images need alt text; links, images and definitions are collected for the URL checks. */
export function checkMarkdownLinks(tree: Root): { findings: LocalFinding[]; urls: UrlRef[] } {
  const findings: LocalFinding[] = [];
  const urls: UrlRef[] = [];
  walk(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const at = { line: start.line, column: start.column };
    switch (node.type) {
      case 'image':
      case 'imageReference':
        if (!node.alt || node.alt.trim() === '') {
          findings.push({
            ...at,
            rule: 'image-alt',
            severity: 'error',
            message:
              '图片缺少替代文字:写成 ![说明图片内容的一句话](图片地址),供视障读者的读屏软件朗读',
          });
        }
        if (node.type === 'image')
          urls.push({ ...at, url: node.url, context: 'image', label: '图片地址' });
        return undefined;
      case 'link':
        urls.push({ ...at, url: node.url, context: 'link', label: '链接地址' });
        return undefined;
      case 'definition':
        urls.push({ ...at, url: node.url, context: 'definition', label: '链接定义的地址' });
        return undefined;
      default:
        return undefined;
    }
  });
  return { findings, urls };
}

const urlKeyContext = (key: string): UrlContext | null => {
  const k = key.toLowerCase();
  if (k === 'file') return 'attachment';
  if (k === 'src' || k === 'image') return 'image';
  if (k === 'url' || k === 'href' || k === 'link' || k.endsWith('url') || k.endsWith('href'))
    return 'link';
  return null;
};

/** URLs in frontmatter or a data file: fields named file, src, image, url, href, link, …Url. */
export function yamlUrlRefs(strings: readonly YamlString[]): UrlRef[] {
  const refs: UrlRef[] = [];
  for (const s of strings) {
    if (s.key === undefined || typeof s.path[s.path.length - 1] !== 'string') continue;
    const context = urlKeyContext(s.key);
    if (context === null) continue;
    refs.push({
      line: s.line,
      column: s.column,
      url: s.value,
      context,
      label: `字段 ${s.path.join('.')}`,
    });
  }
  return refs;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

const imageExtensions = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/** An image object in YAML ({ src: x.png, alt }, e.g. a cover) needs alt text. Audio and video `src` are not images. */
export function checkYamlImages(strings: readonly YamlString[], data: unknown): LocalFinding[] {
  const findings: LocalFinding[] = [];
  for (const s of strings) {
    if (
      s.key !== 'src' ||
      s.path.length < 2 ||
      !imageExtensions.test(s.value.split(/[?#]/)[0] ?? '')
    )
      continue;
    const owner = valueAt(data, s.path.slice(0, -1));
    if (typeof owner !== 'object' || owner === null) continue;
    const alt = (owner as Record<string, unknown>)['alt'];
    if (typeof alt !== 'string' || alt.trim() === '') {
      findings.push({
        line: s.line,
        column: s.column,
        rule: 'image-alt',
        severity: 'error',
        message: `图片 ${s.path.slice(0, -1).join('.')} 缺少替代文字(alt),请用一句话说明图片内容`,
      });
    }
  }
  return findings;
}

/**
 * The build imports uploaded files by their relative path: a query (?raw,
 * ?worker …) or fragment would change what it loads. Null when there is none.
 */
export function uploadPathProblem(ref: UrlRef): LocalFinding | null {
  const c = classifyUrl(ref.url);
  if (c.kind !== 'relative' || !/[?#]/.test(c.path)) return null;
  return {
    line: ref.line,
    column: ref.column,
    rule: 'unsafe-url',
    severity: 'error',
    message: `${ref.label}“${ref.url}”:上传文件的地址不能带 ? 或 #,请只写 ../uploads/文件名`,
  };
}

/** The name patterns the build's glob of uploaded images takes (src/lib/uploads.ts). */
const importableImage = new RegExp(`^uploads/[^/]+\\.(?:${uploadImageTypes.join('|')})$`);

/**
 * The MDX compiler imports the file of every Markdown image whose address
 * is neither a URL nor a site path (Astro's collect-images step: the address
 * percent-decoded, then resolved from the article's folder), and an import
 * of anything but an image is code the build runs. So the file must be an
 * image of content/uploads by its name, whatever is on disk: a check that
 * holds before the file checks have run (the check before each compile).
 * Null for images the compiler does not import.
 */
export function imageImportProblem(
  node: { url: string; position?: { start: { line: number; column: number } } | undefined },
  fromContentPath: string,
): LocalFinding | null {
  let imported: string;
  try {
    imported = decodeURI(node.url);
  } catch {
    return null; // the compiler stops at such an address itself
  }
  if (imported === '' || URL.canParse(imported) || imported.startsWith('/')) return null;
  const target = posix.normalize(posix.join(posix.dirname(fromContentPath), imported));
  if (importableImage.test(target)) return null;
  const start = node.position?.start ?? { line: 1, column: 1 };
  return {
    line: start.line,
    column: start.column,
    rule: 'mdx-import',
    severity: 'error',
    message: `图片“${node.url}”会被构建当作模块导入并执行:正文里的图片只能是 content/uploads 中的 ${uploadImageTypes.map((t) => `.${t}`).join('、')} 图片,写作 ../uploads/文件名`,
  };
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function sizeFinding(ref: UrlRef, size: number, limits: SizeLimits): LocalFinding | null {
  const over = size > limits.error ? 'error' : size > limits.warning ? 'warning' : null;
  if (over === null) return null;
  const message =
    over === 'error'
      ? `文件“${ref.url}”有 ${formatMb(size)},超过 ${formatMb(limits.error)} 的上限:请压缩或拆分后再上传`
      : `文件“${ref.url}”有 ${formatMb(size)},超过 ${formatMb(limits.warning)}:用手机流量的读者下载很慢,建议压缩`;
  return { line: ref.line, column: ref.column, rule: 'attachment-size', severity: over, message };
}

function stripQueryAndHash(path: string): string {
  const cut = path.search(/[?#]/);
  return cut < 0 ? path : path.slice(0, cut);
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

const paginated = /^(.*\/)page\/\d+\/$/;

/**
 * Checks that site-relative URLs point at something: a page of the site, a
 * file in public/ (e.g. /downloads/x.pdf) or, for ./ and ../ paths, a file
 * in content/uploads; and that files are not too large. Unsafe URLs are
 * left to the URL check.
 */
export function checkUrlTargets(
  refs: readonly UrlRef[],
  fromContentPath: string,
  index: SiteIndex,
  limits: SizeLimits,
): LocalFinding[] {
  const findings: LocalFinding[] = [];
  const error = (ref: UrlRef, rule: 'broken-link' | 'attachment-missing', message: string) =>
    findings.push({ line: ref.line, column: ref.column, rule, severity: 'error', message });

  for (const ref of refs) {
    const c = classifyUrl(ref.url);
    if (c.kind === 'empty') {
      error(ref, 'broken-link', `${ref.label}为空`);
      continue;
    }
    if (c.kind === 'site') {
      const path = safeDecode(stripQueryAndHash(c.path));
      const last = path.slice(path.lastIndexOf('/') + 1);
      if (index.pages.has(path)) continue;
      if (last.includes('.')) {
        const size = index.publicFiles.get(path);
        if (size === undefined) {
          const isAttachment = ref.context === 'attachment' || path.startsWith('/downloads/');
          error(
            ref,
            isAttachment ? 'attachment-missing' : 'broken-link',
            isAttachment
              ? `附件“${ref.url}”不存在:请先把文件上传到 public${path}`
              : `${ref.label}“${ref.url}”指向的文件不存在(应在 public${path})`,
          );
        } else {
          const f = sizeFinding(ref, size, limits);
          if (f) findings.push(f);
        }
        continue;
      }
      const page = path.endsWith('/') ? path : `${path}/`;
      if (index.pages.has(page)) continue;
      const why = index.unpublished.get(page);
      if (why !== undefined) {
        findings.push({
          line: ref.line,
          column: ref.column,
          rule: 'link-unpublished',
          severity: 'warning',
          message: `${ref.label}“${ref.url}”指向的文章尚未发布(${why}),发布前读者点开会是“页面不存在”`,
        });
        continue;
      }
      const base = paginated.exec(page)?.[1];
      if (base !== undefined && index.pages.has(base)) continue;
      error(
        ref,
        'broken-link',
        `${ref.label}“${ref.url}”指向的页面不存在。站内文章的地址是 /栏目/文件名/,例如 /health/文章文件名/`,
      );
      continue;
    }
    if (c.kind === 'external' && ref.context === 'image') {
      // Images load from the site only (the CSP refuses others, and a reader's phone would ask a stranger's server).
      error(
        ref,
        'broken-link',
        `${ref.label}“${ref.url}”是其他网站上的图片:请把图片上传到 content/uploads,写作 ../uploads/文件名`,
      );
      continue;
    }
    if (c.kind === 'relative') {
      const query = uploadPathProblem(ref);
      if (query) {
        findings.push(query);
        continue;
      }
      const dir = posix.dirname(fromContentPath);
      const target = posix.normalize(posix.join(dir, safeDecode(stripQueryAndHash(c.path))));
      if (target.startsWith('../') || target === '..' || !target.startsWith('uploads/')) {
        error(
          ref,
          'broken-link',
          `${ref.label}“${ref.url}”:相对路径只能指向 content/uploads 中上传的文件(写作 ../uploads/文件名);链接站内页面请写 / 开头的网址`,
        );
        continue;
      }
      const size = index.contentFiles.get(target);
      if (size === undefined) {
        error(
          ref,
          'attachment-missing',
          `${ref.label}“${ref.url}”指向的文件不存在:请先在内容管理系统中上传(content/${target})`,
        );
        continue;
      }
      const f = sizeFinding(ref, size, limits);
      if (f) findings.push(f);
    }
  }
  return findings;
}

/** A health article past its `nextReviewDue` must be re-reviewed (warning). */
export function checkReviewDue(entry: EntryInfo, today: string): LocalFinding[] {
  if (entry.collection !== 'health' || !entry.data || entry.data['draft'] === true) return [];
  const due = dayOf(entry.data['nextReviewDue']);
  if (due === null || due >= today) return [];
  const at = entry.keys.get('nextReviewDue') ?? { line: 1, column: 1 };
  return [
    {
      ...at,
      rule: 'review-overdue',
      severity: 'warning',
      message: `已过复核日期 ${due}(逾期 ${daysBetween(due, today)} 天):请专家复核内容后更新审核日期和下次审核日期`,
    },
  ];
}

/** News and health entries must name an existing column or topic, handbooks published articles. */
export function checkReferences(entry: EntryInfo, index: SiteIndex): LocalFinding[] {
  if (!entry.data || entry.id === null) return [];
  const checks: [string, string, ReadonlySet<string>, string][] = [];
  if (entry.collection === 'news')
    checks.push(['column', '栏目', index.columns, 'content/columns/']);
  if (entry.collection === 'health')
    checks.push(['topic', '健康主题', index.topics, 'content/topics/']);
  const findings: LocalFinding[] = [];
  for (const [field, label, known, folder] of checks) {
    const value = entry.data[field];
    if (typeof value !== 'string' || known.has(value)) continue;
    findings.push({
      ...(entry.keys.get(field) ?? { line: 1, column: 1 }),
      rule: 'broken-reference',
      severity: 'error',
      message: `${label}“${value}”不存在(${folder} 中没有这个文件)。可选:${[...known].join('、') || '(无)'}`,
    });
  }
  if (entry.collection === 'handbooks') findings.push(...checkHandbookArticles(entry, index));
  return findings;
}

/**
 * A handbook prints only published articles: one that does not exist breaks
 * the build, and a draft or one dated later has not been reviewed, while a
 * printed copy cannot be taken back.
 */
function checkHandbookArticles(entry: EntryInfo, index: SiteIndex): LocalFinding[] {
  const findings: LocalFinding[] = [];
  for (const [field, collection] of [
    ['letters', 'letters'],
    ['articles', 'health'],
  ] as const) {
    const ids = entry.data?.[field];
    if (!Array.isArray(ids)) continue;
    for (const id of ids) {
      if (typeof id !== 'string' || index.pages.has(sitePaths.entry(collection, id))) continue;
      const why = index.unpublished.get(sitePaths.entry(collection, id));
      findings.push({
        ...(entry.keys.get(field) ?? { line: 1, column: 1 }),
        rule: 'broken-reference',
        severity: 'error',
        message: why
          ? `收录的“${id}”尚未发布(${why}):未经审核发布的文章不能印进手册`
          : `收录的“${id}”不存在(content/${collection}/ 中没有 ${id}.mdx)`,
      });
    }
  }
  return findings;
}

/** The day of the latest news item published by `today` in each column: column id → YYYY-MM-DD (a column with none is absent). */
export function latestNewsByColumn(
  entries: readonly EntryInfo[],
  today: string,
): Map<string, string> {
  const latest = new Map<string, string>();
  for (const e of entries) {
    if (
      e.collection !== 'news' ||
      e.id === null ||
      !e.data ||
      unpublishedReason(e.data, today) !== null
    )
      continue;
    const column = e.data['column'];
    const day = dayOf(e.data['date']);
    if (typeof column !== 'string' || day === null) continue;
    const seen = latest.get(column);
    if (seen === undefined || day > seen) latest.set(column, day);
  }
  return latest;
}

/**
 * Every news column (content/columns/<id>.yaml) needs something new at
 * least every `staleDays` days: inspections fail a site for stale columns.
 */
export function checkStaleColumns(
  entries: readonly EntryInfo[],
  today: string,
  staleDays: number,
): Finding[] {
  const latest = latestNewsByColumn(entries, today);
  const findings: Finding[] = [];
  for (const e of entries) {
    if (e.collection !== 'columns' || e.id === null) continue;
    const name =
      typeof e.data?.['name'] === 'string' ? `“${e.data['name']}”(${e.id})` : `“${e.id}”`;
    const last = latest.get(e.id);
    const base = {
      file: e.file,
      line: 1,
      column: 1,
      rule: 'stale-column' as const,
      severity: 'warning' as const,
    };
    if (last === undefined) {
      findings.push({
        ...base,
        message: `栏目${name}还没有任何已发布的新闻:空栏目在检查中会被判为“空白栏目”`,
      });
    } else {
      const age = daysBetween(last, today);
      if (age > staleDays) {
        findings.push({
          ...base,
          message: `栏目${name}已有 ${age} 天没有更新(最近一条发布于 ${last}),超过 ${staleDays} 天:检查中会被判为“长期未更新栏目”`,
        });
      }
    }
  }
  return findings;
}
