import type { Root } from 'mdast';
import { contentModel } from '../../schemas/index.ts';
import {
  reviveEntry,
  storeEntry,
  vocabularyStrings,
  type CachedFile,
  type FileResult,
  type GateCache,
  type VocabularyString,
} from './cache.ts';
import { checkFiles, type InventoryEntry } from './files.ts';
import { checkMdxRules } from './mdx-rules.ts';
import { checkSchema } from './schema.ts';
import { checkVocabularyAcrossFiles } from './vocabulary.ts';
import {
  parseDocument,
  parseYaml,
  toParseProblem,
  walk,
  type BuildParser,
  type ParsedYaml,
  type Place,
  type YamlString,
} from './parse.ts';
import { checkCharacters, notUtf8Message, splitFrontmatter } from './reading.ts';
import type { Finding, LocalFinding } from './report.ts';
import { isArticleCollection } from '../../schemas/sections.ts';
import { sitePaths } from '../urls.ts';
import {
  buildSiteIndex,
  checkHeadings,
  checkMarkdownLinks,
  checkReferences,
  checkReviewDue,
  checkStaleColumns,
  checkUrlTargets,
  checkYamlImages,
  defaultSizeLimits,
  defaultStaleDays,
  locateEntry,
  imageImportProblem,
  uploadPathProblem,
  yamlUrlRefs,
  type EntryInfo,
  type SizeLimits,
} from './structure.ts';
import { checkUrlSafety, type UrlRef } from './urls.ts';
import {
  bodySegments,
  checkWording,
  parseWordLists,
  yamlSegments,
  type TextSegment,
  type WordListSource,
} from './wording.ts';
import { checkWritingHelp, prepareWritingHelp, type WritingHelp } from './writing-help.ts';

/**
 * The content gate: checks every file of the content directory for unsafe
 * MDX, unsafe URLs, forbidden and misspelt wording, and structure. Pure:
 * files, file sizes, word lists and today's date come in as arguments.
 */

export {
  buildSiteIndex,
  defaultSizeLimits,
  defaultStaleDays,
  latestNewsByColumn,
  unpublishedReason,
} from './structure.ts';
export { defaultMaxSentenceLength } from './plain-language.ts';
export type { EntryInfo, SizeLimits } from './structure.ts';
export {
  exitCodeFor,
  formatJson,
  formatReport,
  ruleIds,
  type Finding,
  type RuleId,
  type Severity,
} from './report.ts';

export interface ContentFile {
  /** Path relative to the repository, as findings name it. */
  path: string;
  /** Path relative to the content directory, with forward slashes (health/x.mdx). */
  contentPath: string;
  text: string;
  /** True when the file's bytes are not UTF-8 (`text` is then a lossy decoding, and the file is refused). */
  invalidUtf8?: boolean | undefined;
}

export interface GateInput {
  /** Every text file of the content directory (.mdx, .md, .yaml), word lists excluded. */
  files: readonly ContentFile[];
  /** Every file under the content directory: content-relative path → size in bytes. */
  contentAssets: ReadonlyMap<string, number>;
  /** Every file under public/: site path (/downloads/x.pdf) → size in bytes. */
  publicAssets: ReadonlyMap<string, number>;
  wording: {
    forbidden: WordListSource;
    corrections: WordListSource;
    /** Terms to explain in plain words (jargon.yaml); without it the jargon check is off. */
    jargon?: WordListSource | undefined;
  };
  /** Today, YYYY-MM-DD (China time). */
  today: string;
  staleDays?: number | undefined;
  sizeLimits?: SizeLimits | undefined;
  /** Report only on these files (repository-relative paths); the rest still feed the link index. */
  only?: ReadonlySet<string> | undefined;
  /** Pages beyond those the content makes (src/lib/urls.ts `listSitePages`) that links may point to. */
  extraPages?: readonly string[] | undefined;
  /** The build's own MDX parser, when the gate runs where it is available (Node); see `BuildParser`. */
  buildParser?: BuildParser | undefined;
  /**
   * Everything under the content directory and public/, as on disk. When
   * given, the gate checks the files themselves (links, places, types,
   * names) and that the content is a whole site (settings, a published article).
   */
  inventory?: readonly InventoryEntry[] | undefined;
  /** The content directory relative to the repository (for findings on the site as a whole); default `content`. */
  contentRoot?: string | undefined;
  /** Longest sentence of a health article before a warning (default `defaultMaxSentenceLength`). */
  maxSentenceLength?: number | undefined;
  /**
   * Results of earlier runs (./cache.ts): a file whose bytes, the word lists
   * and the gate's version are unchanged is not parsed or checked again; the
   * checks against the rest of the site still run. Updated in place.
   */
  cache?: GateCache | undefined;
}

export interface GateResult {
  findings: Finding[];
  /** Repository-relative paths of the files reported on. */
  checkedFiles: string[];
  /** Every content file as the gate read it (collection, id, data), for tools that report on the content as a whole. */
  entries: EntryInfo[];
}

type FileKind = 'mdx' | 'md' | 'yaml' | null;

export function kindOf(path: string): FileKind {
  const lower = path.toLowerCase();
  if (lower.endsWith('.mdx')) return 'mdx';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'md';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return null;
}

interface Parsed {
  file: ContentFile;
  kind: Exclude<FileKind, null>;
  entry: EntryInfo;
  /** Body-level findings and data, computed only for reported files. */
  body: ReturnType<typeof parseDocument> | null;
  yaml: ParsedYaml | null;
  /** The safety rules' findings on the build parser's tree (the tree itself is not kept). */
  buildFindings: LocalFinding[];
}

/** What the build's parser sees as code or as a link (or an import of an upload), checked by the same rules. */
function checkBuildTree(tree: Root, contentPath: string): LocalFinding[] {
  const mdx = checkMdxRules(tree);
  const findings = [...mdx.findings];
  for (const ref of [...mdx.urls, ...checkMarkdownLinks(tree).urls]) {
    const unsafe = checkUrlSafety(ref) ?? uploadPathProblem(ref);
    if (unsafe) findings.push(unsafe);
  }
  walk(tree, (node) => {
    const imported = node.type === 'image' ? imageImportProblem(node, contentPath) : null;
    if (imported) findings.push(imported);
  });
  return findings;
}

/**
 * Frontmatter the MDX compiler turns into an import: a `layout` field is
 * imported as the page's layout component (Astro's MDX), so it runs as code.
 * No collection has such a field; this says why, before and at compile time.
 */
function checkFrontmatterImports(data: unknown, text: string): LocalFinding[] {
  const record = asRecord(data);
  if (!record || !Object.hasOwn(record, 'layout')) return [];
  const at = text.search(/^layout\s*:/m);
  const place =
    at < 0 ? { line: 1, column: 1 } : { line: text.slice(0, at).split('\n').length, column: 1 };
  return [
    {
      ...place,
      rule: 'mdx-import',
      severity: 'error',
      message: 'frontmatter 不能有 layout 字段:构建会把它指向的文件当作页面布局导入并执行',
    },
  ];
}

/**
 * The safety rules alone, over the file as the build reads it (Astro's split,
 * its YAML parser, its MDX parser): what is checked again just before each
 * MDX file is compiled (src/integrations/content-gate.ts). Errors only.
 */
export function checkBeforeCompile(file: ContentFile, buildParser: BuildParser): Finding[] {
  const split = splitFrontmatter(file.text);
  const local: LocalFinding[] = [...checkCharacters(file.text), ...split.problems].map((r) => ({
    ...r,
    severity: 'error' as const,
  }));
  if (split.body === null) {
    local.push({
      line: 1,
      column: 1,
      rule: 'parse-error',
      severity: 'error',
      message: 'frontmatter 的 YAML 格式错误:请运行 npm run check:content 查看位置',
    });
  } else {
    try {
      local.push(...checkBuildTree(buildParser(split.body), file.contentPath));
    } catch (error) {
      local.push({ ...toParseProblem(error), rule: 'parse-error', severity: 'error' });
    }
  }
  local.push(...checkFrontmatterImports(split.data, file.text));
  // Addresses in the frontmatter, as Astro read it: an image field is imported by the build.
  for (const ref of yamlUrlRefs(stringsOf(split.data, file.text))) {
    const unsafe = checkUrlSafety(ref) ?? uploadPathProblem(ref);
    if (unsafe) local.push(unsafe);
  }
  return dedupe(local.map((f) => ({ file: file.path, ...f })));
}

/** Every string of parsed data with its path, placed at its first occurrence in `text`. */
function stringsOf(data: unknown, text: string): YamlString[] {
  const out: YamlString[] = [];
  const visit = (value: unknown, path: (string | number)[], key: string | undefined) => {
    if (typeof value === 'string') {
      const at = Math.max(0, text.indexOf(value));
      const line = text.slice(0, at).split('\n').length;
      const place = { line, column: at - text.lastIndexOf('\n', at - 1) };
      out.push({ path, key, value, ...place, placeOf: () => place });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], key));
    else if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k], k);
  };
  visit(data, [], undefined);
  return out;
}

function asRecord(data: unknown): Record<string, unknown> | null {
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : null;
}

function parseFile(file: ContentFile, buildParser: BuildParser | undefined): Parsed | null {
  const kind = kindOf(file.path);
  if (kind === null) return null;
  const { collection, id } = locateEntry(file.contentPath);
  const body = kind === 'yaml' ? null : parseDocument(file.text, kind, buildParser);
  const yaml = kind === 'yaml' ? parseYaml(file.text, 0) : (body?.frontmatter ?? null);
  const entry: EntryInfo = {
    file: file.path,
    contentPath: file.contentPath,
    collection,
    id,
    data: asRecord(yaml?.data),
    keys: yaml?.keys ?? new Map<string, Place>(),
  };
  const buildFindings = body?.buildTree ? checkBuildTree(body.buildTree, file.contentPath) : [];
  return { file, kind, entry, body: body && { ...body, buildTree: null }, yaml, buildFindings };
}

const mdxHint =
  '常见原因:正文里的 < 或 { 被当成了代码,如要显示这两个符号请写成 \\< 和 \\{;或组件标签没有正确闭合';

/**
 * The checks of one file that read nothing but the file, the word lists and
 * the writing help: its findings, and the safe addresses it links to (checked
 * against the site by `checkAgainstSite`). What the gate's cache keeps.
 */
function checkFileAlone(
  p: Parsed,
  words: Parameters<typeof checkWording>[1],
  help: WritingHelp,
): FileResult {
  const findings: LocalFinding[] = [];
  const urls: UrlRef[] = [];
  const segments: TextSegment[] = [];

  if (p.file.invalidUtf8)
    return {
      findings: [
        { line: 1, column: 1, rule: 'file-encoding', severity: 'error', message: notUtf8Message },
      ],
      links: [],
    };
  const reading = p.body ? p.body.reading : checkCharacters(p.file.text);
  for (const problem of reading) findings.push({ ...problem, severity: 'error' });

  if (p.body) {
    for (const problem of p.body.problems) {
      findings.push({
        line: problem.line,
        column: problem.column,
        rule: 'parse-error',
        severity: 'error',
        message: `无法解析 MDX:${problem.message}。${mdxHint}`,
      });
    }
    if (p.body.frontmatter === null && isArticleCollection(p.entry.collection)) {
      findings.push({
        line: 1,
        column: 1,
        rule: 'parse-error',
        severity: 'error',
        message: '文件开头缺少 frontmatter(两行 --- 之间的标题、日期等字段)',
      });
    }
    const tree = p.body.tree;
    if (tree) {
      const mdx = checkMdxRules(tree);
      findings.push(...mdx.findings);
      urls.push(...mdx.urls);
      const links = checkMarkdownLinks(tree);
      findings.push(...links.findings);
      urls.push(...links.urls);
      findings.push(...checkHeadings(tree));
      walk(tree, (node) => {
        const imported =
          node.type === 'image' ? imageImportProblem(node, p.file.contentPath) : null;
        if (imported) findings.push(imported);
      });
      segments.push(...bodySegments(tree, p.file.text));
    }
    // What the build's parser saw is reported too where it adds to the above (never replacing it).
    findings.push(
      ...p.buildFindings.filter(
        (b) => !findings.some((f) => f.rule === b.rule && f.line === b.line),
      ),
    );
  }

  if (p.yaml) {
    const where = p.kind === 'yaml' ? 'YAML' : 'frontmatter 的 YAML';
    for (const problem of p.yaml.problems) {
      const { line, column } = problem;
      if (problem.rule)
        findings.push({
          line,
          column,
          rule: problem.rule,
          severity: 'error',
          message: problem.message,
        });
      else
        findings.push({
          line,
          column,
          rule: 'parse-error',
          severity: 'error',
          message: `${where} 格式错误:${problem.message}`,
        });
    }
    segments.push(...yamlSegments(p.yaml.strings));
    urls.push(...yamlUrlRefs(p.yaml.strings));
    findings.push(...checkYamlImages(p.yaml.strings, p.yaml.data));
    if (p.kind === 'mdx') findings.push(...checkFrontmatterImports(p.yaml.data, p.file.text));
    findings.push(...checkSchema(p.entry, p.yaml));
  }

  const safe: UrlRef[] = [];
  for (const ref of urls) {
    const unsafe = checkUrlSafety(ref);
    if (unsafe) findings.push(unsafe);
    else safe.push(ref);
  }
  findings.push(...checkWording(segments, words));
  findings.push(
    ...checkWritingHelp(p.entry, p.body?.tree ?? null, p.file.text, p.yaml?.strings ?? [], help),
  );
  return { findings, links: safe };
}

/** The checks of one file against the rest of the site and today's date: links' targets, references, reviews due. */
function checkAgainstSite(
  entry: EntryInfo,
  links: readonly UrlRef[],
  input: GateInput,
  index: ReturnType<typeof buildSiteIndex>,
): LocalFinding[] {
  return [
    ...checkUrlTargets(links, entry.contentPath, index, input.sizeLimits ?? defaultSizeLimits),
    ...checkReviewDue(entry, input.today),
    ...checkReferences(entry, index),
  ];
}

interface ReadFile {
  file: ContentFile;
  key: string;
  entry: EntryInfo;
  strings: readonly VocabularyString[];
  cached: CachedFile | undefined;
  parsed: Parsed | null;
}

export function checkContent(input: GateInput): GateResult {
  const { lists, findings: listFindings } = parseWordLists(
    input.wording.forbidden,
    input.wording.corrections,
  );
  const cache = input.cache;
  // What every file's own checks depend on besides the file: the gate's version and the word lists.
  const listsKey =
    cache &&
    cache.digest([
      cache.version,
      input.wording.forbidden.text,
      input.wording.corrections.text,
      input.wording.jargon?.text ?? '',
      String(input.maxSentenceLength ?? ''),
    ]);
  const keyOf = (file: ContentFile) =>
    cache!.digest([
      listsKey ?? '',
      file.path,
      file.contentPath,
      file.invalidUtf8 ? '1' : '0',
      file.text,
    ]);

  // Each file read: from the cache when its bytes, the lists and the gate are unchanged, else parsed.
  const read: ReadFile[] = [];
  for (const file of input.files) {
    if (kindOf(file.path) === null) continue;
    const key = cache ? keyOf(file) : '';
    const cached = cache?.files.get(key);
    if (cached)
      read.push({
        file,
        key,
        entry: reviveEntry(cached.entry),
        strings: cached.strings,
        cached,
        parsed: null,
      });
    else {
      const parsed = parseFile(file, input.buildParser)!;
      read.push({
        file,
        key,
        entry: parsed.entry,
        strings: parsed.yaml?.strings ?? [],
        cached: undefined,
        parsed,
      });
    }
  }
  const entries = read.map((r) => r.entry);
  const index = buildSiteIndex(
    entries,
    input.contentAssets,
    input.publicAssets,
    input.today,
    input.extraPages ?? [],
  );
  const selected = (path: string) => input.only === undefined || input.only.has(path);
  const writing = prepareWritingHelp(input.wording.jargon, entries, input.maxSentenceLength);
  const helpKey = cache ? cache.digest([JSON.stringify(writing.help)]) : '';

  const findings: Finding[] = [...listFindings, ...writing.findings];
  const checkedFiles: string[] = [];
  const nextCache = new Map<string, CachedFile>();
  let reused = 0;
  for (const r of read) {
    let alone = r.cached?.alone?.help === helpKey ? r.cached.alone : undefined;
    if (alone) reused++;
    if (!alone && selected(r.file.path)) {
      const parsed = r.parsed ?? parseFile(r.file, input.buildParser)!;
      alone = { help: helpKey, ...checkFileAlone(parsed, lists, writing.help) };
    }
    if (cache)
      nextCache.set(r.key, {
        entry: storeEntry(r.entry),
        strings: vocabularyStrings(r.entry, r.strings),
        ...(alone && { alone }),
      });
    if (!selected(r.file.path)) continue;
    checkedFiles.push(r.file.path);
    for (const f of [...alone!.findings, ...checkAgainstSite(r.entry, alone!.links, input, index)])
      findings.push({ file: r.file.path, ...f });
  }
  if (cache) {
    // Only what this run read is kept, so the cache never grows past the content it checks.
    cache.files = nextCache;
    cache.reused = reused;
  }
  for (const f of checkDuplicateIds(entries)) if (selected(f.file)) findings.push(f);
  for (const f of checkVocabularyAcrossFiles(
    read.map((r) => ({ entry: r.entry, strings: r.strings })),
  ))
    if (selected(f.file)) findings.push(f);
  for (const f of checkStaleColumns(entries, input.today, input.staleDays ?? defaultStaleDays)) {
    if (selected(f.file)) findings.push(f);
  }
  if (input.inventory) {
    for (const f of checkFiles(input.inventory)) if (selected(f.file)) findings.push(f);
    if (input.only === undefined)
      findings.push(...checkSiteIsWhole(entries, index, input.contentRoot ?? 'content'));
  }
  return { findings: dedupe(findings), checkedFiles, entries };
}

/**
 * Files of one collection whose ids are the same (Astro's glob loader keeps
 * one and drops the others with a warning): each is named, with the others.
 * The id is Astro's — a `slug` field, else the github-slugger slug of the name.
 */
function checkDuplicateIds(entries: readonly EntryInfo[]): Finding[] {
  const groups = new Map<string, EntryInfo[]>();
  for (const e of entries) {
    if (e.id === null || e.collection === null) continue;
    const slug = e.data?.['slug'];
    const key = `${e.collection}/${slug ? String(slug) : e.id}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const findings: Finding[] = [];
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    for (const e of group) {
      const others = group.filter((o) => o !== e).map((o) => o.file);
      findings.push({
        file: e.file,
        line: 1,
        column: 1,
        rule: 'duplicate-id',
        severity: 'error',
        message: `与 ${others.join('、')} 的页面地址相同(/${key}/):网站只会发布其中一篇,其余的会消失。请给文件改用不同的名字`,
      });
    }
  }
  return findings;
}

/** The settings file every page needs. */
const settingsPath = `${contentModel.settings.folder}/${contentModel.settings.file}.yaml`;

/** A content directory without its settings, or without a single published article, is not a site to publish. */
function checkSiteIsWhole(
  entries: readonly EntryInfo[],
  index: ReturnType<typeof buildSiteIndex>,
  contentRoot: string,
): Finding[] {
  const findings: Finding[] = [];
  const whole = {
    line: 1,
    column: 1,
    rule: 'site-incomplete' as const,
    severity: 'error' as const,
  };
  if (!entries.some((e) => e.contentPath === settingsPath)) {
    findings.push({
      ...whole,
      file: `${contentRoot}/${settingsPath}`,
      message: `缺少网站设置文件 ${contentRoot}/${settingsPath}(城市名称、热线、网址等):每个页面都需要它`,
    });
  }
  const published = entries.filter(
    (e) =>
      e.id !== null &&
      isArticleCollection(e.collection) &&
      index.pages.has(sitePaths.entry(e.collection, e.id)),
  );
  if (published.length === 0) {
    findings.push({
      ...whole,
      file: contentRoot,
      message: `${contentRoot}/ 中没有一篇已发布的文章(letters/、health/、news/ 中都没有):空网站不能发布`,
    });
  }
  return findings;
}

/** The same rule at the same place with the same message is reported once. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}\0${f.line}\0${f.column}\0${f.rule}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
