import { parseDocument } from 'htmlparser2';
import { unpublishedReason, type EntryInfo } from '../../src/lib/gate/index.ts';
import { parseCsp } from '../../src/lib/headers/csp.ts';
import { COMMON_HEADERS, headersForPath, parseHeadersFile } from '../../src/lib/headers/rules.ts';
import { getMainNavigation } from '../../src/lib/navigation.ts';
import { isArticleCollection } from '../../src/schemas/sections.ts';
import { columnPath, sitePaths, topicPath, withBase } from '../../src/lib/urls.ts';
import { checkLinks } from '../support/site-checks/links.ts';
import { articlePagesOf, pageAddress, templatePagesOf } from '../support/site-checks/templates.ts';
import type { BuiltPage } from './identifiers.ts';
import type { Indicator } from './model.ts';

/**
 * Indicators judged from the finished build in dist/: every published entry
 * has its page, information pages show when they were published, links
 * resolve, links to other sites listed for a person, security headers, no
 * third-party content (an ad or a pop-up would need one), the 网站地图 and
 * the search.
 */
export interface BuiltSite {
  /** Every HTML file, relative to dist/ (`health/x/index.html`). */
  pages: readonly BuiltPage[];
  /** A file of the build by its path relative to dist/, or undefined when there is none. */
  read: (file: string) => string | undefined;
  /** Whether a host serving dist/ answers this site path (no base) with a file. */
  resolves: (sitePath: string) => boolean;
  base: string;
  /** https://www.aa.gov.cn: full addresses on it are the site's own. */
  siteOrigin: string;
}

const fileOf = (sitePath: string) => `${decodeURIComponent(sitePath).replace(/^\//, '')}index.html`;
const isPublic = (file: string) => !file.startsWith('admin/');

type Node = {
  name?: string;
  attribs?: Record<string, string>;
  children?: Node[];
  data?: string;
  type?: string;
};
const textOf = (n: Node): string =>
  n.type === 'text' ? (n.data ?? '') : (n.children ?? []).map(textOf).join('');
const isDated = (n: Node): boolean =>
  (n.name === 'time' &&
    /^\d{4}-\d{2}-\d{2}/.test(n.attribs?.['datetime'] ?? '') &&
    textOf(n).trim() !== '') ||
  (n.children ?? []).some(isDated);

/**
 * How many items (<article>s: the article itself, each card of a list, each
 * download) a page shows without a visible publication time (a <time
 * datetime> with text). The search page's result template is not shown.
 */
export function countUndatedItems(html: string): number {
  let undated = 0;
  const walk = (n: Node) => {
    if (n.name === 'template') return;
    if (n.name === 'article' && !isDated(n)) undated++;
    for (const c of n.children ?? []) walk(c);
  };
  walk(parseDocument(html) as unknown as Node);
  return undated;
}

export function judgeSite(
  site: BuiltSite,
  entries: readonly EntryInfo[],
  today: string,
): Indicator[] {
  const publicPages = site.pages.filter((p) => isPublic(p.file));
  const files = new Set(site.pages.map((p) => p.file));

  // Every published entry has its page, and the pages a site needs are there.
  const published = entries.flatMap((e) =>
    e.data &&
    e.id !== null &&
    isArticleCollection(e.collection) &&
    unpublishedReason(e.data, today) === null
      ? [{ collection: e.collection, id: e.id }]
      : [],
  );
  const expected = [
    ...published.map((e) => sitePaths.entry(e.collection, e.id)),
    sitePaths.home(),
    '/404.html',
    sitePaths.siteMap(),
    sitePaths.search(),
  ];
  const missing = expected.filter((p) => !files.has(p === '/404.html' ? '404.html' : fileOf(p)));

  // Information: every letter, health article and news item, on its page and on every list.
  const information = articlePagesOf([...files]);
  const undated = publicPages
    .map((p) => ({ file: p.file, count: countUndatedItems(p.html) }))
    .filter((p) => p.count > 0);

  const links = checkLinks({
    pages: publicPages.map((p) => p.file),
    read: (f) => site.read(f) ?? '',
    resolves: site.resolves,
    base: site.base,
    siteOrigin: site.siteOrigin,
  });
  const dead = [...links.broken, ...links.escaping];

  const headers = judgeHeaders(site);
  const thirdParty = findThirdParty(publicPages, site.siteOrigin);

  const siteMap = site.read('sitemap/index.html') ?? '';
  // src/lib/urls.ts gives bare site paths outside a build: put them under the build's base.
  const needed = [
    ...getMainNavigation().map((n) => ({ label: n.label, href: withBase(n.href, site.base) })),
    ...entries
      .filter((e) => e.collection === 'columns' && e.id)
      .map((e) => ({
        label: String(e.data?.['name'] ?? e.id),
        href: withBase(columnPath(e.id!), site.base),
      })),
    ...entries
      .filter((e) => e.collection === 'topics' && e.id)
      .map((e) => ({
        label: String(e.data?.['name'] ?? e.id),
        href: withBase(topicPath(e.id!), site.base),
      })),
  ];
  const notInSiteMap = needed.filter((n) => !siteMap.includes(`href="${n.href}"`));
  const hasSearch =
    files.has('search/index.html') && site.read('pagefind/pagefind.js') !== undefined;

  return [
    {
      id: 'site-complete',
      group: '可用性',
      title: '网站完整(每条已发布的信息都有页面)',
      level: 'veto',
      status: files.size === 0 || missing.length > 0 ? 'fail' : 'pass',
      summary:
        files.size === 0
          ? '没有构建结果:请先运行 npm run build'
          : missing.length > 0
            ? `${missing.length} 个应有的页面没有构建出来`
            : `${site.pages.length} 个页面,${published.length} 条已发布的信息都有页面`,
      details: missing.map((p) => `缺少页面 ${p}`),
    },
    {
      id: 'publication-times',
      group: '信息更新',
      title: '信息页面标注发布时间',
      level: 'veto',
      status: undated.length > 0 || information.length === 0 ? 'fail' : 'pass',
      summary:
        undated.length > 0
          ? `${undated.length} 个页面上有信息没有可见的发布时间(检查中视为未更新)`
          : `${information.length} 篇信息的页面,以及各列表、下载资料中的每一条,都标注了发布时间`,
      details: undated.map(
        (p) => `${pageAddress(p.file, site.base)}:${p.count} 条信息没有用 <time> 标注发布日期`,
      ),
    },
    {
      id: 'dead-links',
      group: '可用性',
      title: '站内链接可用',
      level: 'score',
      status: dead.length > 0 ? 'fail' : 'pass',
      summary:
        dead.length > 0
          ? `${dead.length} 个站内链接打不开`
          : `检查了 ${links.checked} 个站内链接和文件引用,全部可用`,
      details: [
        ...links.broken.map((r) => `${pageAddress(r.file, site.base)}:${r.ref} 打不开`),
        ...links.escaping.map(
          (r) => `${pageAddress(r.file, site.base)}:${r.ref} 指向了本专栏以外的地址`,
        ),
      ],
    },
    {
      id: 'external-links',
      group: '可用性',
      title: '外部链接(需人工逐个打开核对)',
      level: 'review',
      status: 'review',
      summary: `共 ${links.external.size} 个外部链接:本检查不联网,请人工核对能否打开、内容是否相符`,
      table: {
        head: ['外部链接', '所在页面数', '所在页面(之一)'],
        rows: [...links.external]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([url, on]) => [
            url,
            String(new Set(on).size),
            on[0] ? pageAddress(on[0], site.base) : '',
          ]),
      },
    },
    headers,
    {
      id: 'no-third-party',
      group: '安全防护',
      title: '无商业广告、弹窗和第三方内容',
      level: 'score',
      status: thirdParty.length > 0 ? 'fail' : 'pass',
      summary:
        thirdParty.length > 0
          ? `${thirdParty.length} 处从其他网站载入的脚本、框架、样式或图片`
          : '页面不从其他网站载入任何脚本、框架、样式或图片(广告和弹窗无从出现)',
      details: thirdParty,
    },
    {
      id: 'site-map',
      group: '服务功能',
      title: '网站地图列出全部栏目',
      level: 'score',
      status: siteMap === '' || notInSiteMap.length > 0 ? 'fail' : 'pass',
      summary:
        siteMap === ''
          ? '没有网站地图页面(/sitemap/)'
          : notInSiteMap.length > 0
            ? `网站地图缺少 ${notInSiteMap.length} 个栏目`
            : `网站地图列出了全部 ${needed.length} 个栏目`,
      details: notInSiteMap.map((n) => `网站地图缺少:${n.label}(${n.href})`),
    },
    {
      id: 'search',
      group: '服务功能',
      title: '站内搜索',
      level: 'score',
      status: hasSearch ? 'pass' : 'fail',
      summary: hasSearch ? '有搜索页面和搜索索引' : '缺少搜索页面或搜索索引(pagefind/)',
    },
  ];
}

/** The security headers of `_headers` on one page of each template (and /admin/): the rules src/lib/headers writes, all present. */
function judgeHeaders(site: BuiltSite): Indicator {
  const text = site.read('_headers');
  const base = {
    id: 'security-headers',
    group: '安全防护',
    title: '安全响应头(内容安全策略等)',
    level: 'score' as const,
  };
  if (text === undefined)
    return {
      ...base,
      status: 'fail',
      summary: '构建结果中没有 _headers 文件',
      details: ['请用 npm run build 构建(它写出 _headers 和 nginx 的配置片段)'],
    };
  const rules = parseHeadersFile(text);
  const paths = [...templatePagesOf(site.pages.map((p) => p.file)).map((t) => t.path), '/admin/'];
  const problems: string[] = [];
  for (const path of paths) {
    const href = withBase(path === '/404.html' ? '/404.html' : path, site.base);
    const h = headersForPath(rules, href);
    for (const [name, value] of Object.entries(COMMON_HEADERS))
      if (h[name] !== value) problems.push(`${href}:${name} 应为 ${value}`);
    const csp = parseCsp(h['Content-Security-Policy'] ?? '');
    if (!h['Content-Security-Policy']) problems.push(`${href}:没有 Content-Security-Policy`);
    else {
      if (!(csp['frame-ancestors'] ?? []).includes("'none'"))
        problems.push(`${href}:CSP 应禁止被其他网站嵌入(frame-ancestors 'none')`);
      if (
        path !== '/admin/' &&
        (csp['script-src'] ?? []).some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'")
      )
        problems.push(`${href}:CSP 允许了内联脚本或 eval`);
    }
  }
  return {
    ...base,
    status: problems.length > 0 ? 'fail' : 'pass',
    summary:
      problems.length > 0
        ? `${problems.length} 处响应头缺失或过松`
        : `${paths.length} 类页面都有内容安全策略、禁止嵌入、nosniff、HSTS 等响应头`,
    details: problems,
  };
}

/** Scripts, frames, stylesheets and images a page loads from another site. */
function findThirdParty(pages: readonly BuiltPage[], siteOrigin: string): string[] {
  const own = new URL(siteOrigin).origin;
  const found: string[] = [];
  const pattern =
    /<(script|iframe|img|link|embed|object|video|audio|source)\b[^>]*?\s(?:src|href|data)="(https?:)?\/\/([^"]+)"/gi;
  for (const page of pages) {
    for (const m of page.html.matchAll(pattern)) {
      const tag = m[1]!.toLowerCase();
      if (tag === 'link' && !/rel="(stylesheet|preload|modulepreload|icon)"/.test(m[0])) continue;
      const url = `${m[2] ?? 'https:'}//${m[3]}`;
      if (new URL(url).origin !== own) found.push(`${page.file}:<${tag}> 载入 ${url}`);
    }
  }
  return found;
}
