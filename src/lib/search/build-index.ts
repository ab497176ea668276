import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  buildSearchPinyin,
  buildTableWords,
  type TableInput,
  type TableWords,
} from './build-tables.ts';
import { CHARACTER_PROBES_FILE, listCharacterProbes, readIndexChunks } from './character-probes.ts';
import { DATE_ORDER_FILE, writeDateOrder } from './date-order.ts';
import { preparePageForIndex } from './index-html.ts';
import { PINYIN_FILE, shardWords, WORDS_FILE, WORDS_SHARD_DIR } from './search-tables.ts';

/*
 * The site's search index, built with Pagefind from the pages of a finished
 * build (src/build/search-index.ts, the last step of `npm run build`). Only
 * article content and titles are indexed (the `data-pagefind-body` parts);
 * /admin/ never.
 *
 * Chinese is indexed as overlapping character pairs (han.ts) instead of
 * Pagefind's own segmentation, so the index language is forced to "und" and
 * Pagefind leaves the text as it is given.
 */

/**
 * Word locations per index chunk. Every search loads the metadata (which
 * lists every chunk) and one chunk per character pair of the query; on
 * 5,000 generated articles 6,000 gave the smallest first search for queries
 * of two or three pairs (登革热: 96 KB of metadata and chunks, against 114 KB
 * with Pagefind's 20,000 and 97 KB with 4,000).
 */
const CHUNK_SIZE = 6000;

/** Pages handed to Pagefind before waiting for it to catch up. */
const IN_FLIGHT = 16;

/** Paths under the output directory that are never indexed. */
const EXCLUDED = [`admin${sep}`, `pagefind${sep}`];

/** Every .html file under `dir`, relative to it, except the excluded folders. */
export function listHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !EXCLUDED.some((prefix) => file.startsWith(prefix)))
    .sort();
}

/** The URL Pagefind shows for a built file: /health/x/index.html → /health/x/. */
export function urlOfHtmlFile(file: string): string {
  return `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
}

function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0)
    throw new Error(`Pagefind ${what} 失败:\n${response.errors.join('\n')}`);
  return response;
}

export interface IndexSummary {
  pages: number;
  files: number;
  seconds: number;
}

export interface IndexOptions {
  /** Where to write the bundle; `outDir/pagefind/` by default. */
  bundleDir?: string;
  /**
   * Word locations per index chunk (CHUNK_SIZE unless given). Smaller chunks
   * mean fewer bytes for a reader's first search and more files. Pagefind
   * 1.6.0 reads it from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE when its service starts.
   */
  chunkSize?: number;
  /** The vocabulary, tags and wrong forms the search tables are made from (search-tables.ts); none written without it. */
  vocabulary?: Omit<TableInput, 'pages'>;
}

/** Indexes the built site in `outDir` and writes the bundle to `outDir/pagefind/`. */
export async function buildSearchIndex(
  outDir: string,
  logger: { info(message: string): void },
  options: IndexOptions = {},
): Promise<IndexSummary> {
  const started = performance.now();
  const texts: string[] = [];
  let pages = 0;
  let outputPath = '';
  const previousChunkSize = process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  try {
    process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(options.chunkSize ?? CHUNK_SIZE);
    const created = await pagefind.createIndex({ forceLanguage: 'und' }).finally(() => {
      if (previousChunkSize === undefined) delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
      else process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = previousChunkSize;
    });
    const { index } = check(created, '创建索引');
    if (!index) throw new Error('Pagefind 没有返回索引');
    // Pagefind indexes in its own process: keep a few pages in flight while the next ones are prepared.
    const pending: Promise<unknown>[] = [];
    for (const file of listHtmlFiles(outDir)) {
      const prepared = preparePageForIndex(readFileSync(join(outDir, file), 'utf8'));
      if (prepared === undefined) continue;
      texts.push(prepared.text);
      const added = index
        .addHTMLFile({ url: urlOfHtmlFile(file), content: prepared.html })
        .then((r) => check(r, `索引 ${relative('.', join(outDir, file))}`));
      added.catch(() => {}); // awaited below; this only keeps Node from reporting it unhandled meanwhile
      pending.push(added);
      if (pending.length % IN_FLIGHT === 0) await Promise.all(pending.slice(-IN_FLIGHT));
    }
    await Promise.all(pending);
    pages = pending.length;
    const bundleDir = options.bundleDir ?? join(outDir, 'pagefind');
    // Pagefind adds its files beside whatever is there: an earlier index's chunks would be published too.
    rmSync(bundleDir, { recursive: true, force: true });
    ({ outputPath } = check(await index.writeFiles({ outputPath: bundleDir }), '写入索引文件'));
  } finally {
    await pagefind.close();
  }
  // The rest reads the written bundle and the pages' text: Pagefind's process has gone, and its memory with it.
  writeCharacterProbes(outputPath);
  writeFileSync(
    join(outputPath, DATE_ORDER_FILE),
    JSON.stringify(
      writeDateOrder(
        listFragments(outputPath).filter((f) => f.date !== undefined) as {
          id: string;
          url: string;
          date: string;
        }[],
      ),
    ),
  );
  if (options.vocabulary)
    writeSearchTables(outputPath, buildTableWords({ ...options.vocabulary, pages: texts }), logger);
  const files = readdirSync(outputPath, { recursive: true }).length;
  const seconds = (performance.now() - started) / 1000;
  logger.info(
    `搜索索引:${pages} 个页面,用时 ${seconds.toFixed(1)} 秒,写入 ${relative('.', outputPath)}`,
  );
  return { pages, files, seconds };
}

/** The search page's word and pinyin tables (search-tables.ts), the word table also in its parts. */
function writeSearchTables(
  outputPath: string,
  words: TableWords,
  logger: { info(message: string): void },
): void {
  const wordsJson = JSON.stringify(words.words);
  const pinyinJson = JSON.stringify(buildSearchPinyin(words));
  writeFileSync(join(outputPath, WORDS_FILE), wordsJson);
  mkdirSync(join(outputPath, WORDS_SHARD_DIR));
  shardWords(words.words).forEach((shard, n) =>
    writeFileSync(join(outputPath, WORDS_SHARD_DIR, `${n}.json`), JSON.stringify(shard)),
  );
  writeFileSync(join(outputPath, PINYIN_FILE), pinyinJson);
  const kb = (text: string) => `${(gzipSync(text).length / 1024).toFixed(1)} KB`;
  logger.info(
    `搜索词表:${words.words.groups.split('\n').length} 组词(${kb(wordsJson)} gzip),拼音表 ${kb(pinyinJson)} gzip(另有 ${words.terms.length} 个标签和主题词)`,
  );
}

/** Every page of a written bundle: its result id, address and date (the `date` metadata). */
export function listFragments(
  bundleDir: string,
): { id: string; url: string; date: string | undefined }[] {
  const dir = join(bundleDir, 'fragment');
  return readdirSync(dir).map((file) => {
    const json = gunzipSync(readFileSync(join(dir, file)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const fragment = JSON.parse(json) as { url: string; meta: Record<string, string | undefined> };
    return {
      id: file.replace(/\.pf_fragment$/, ''),
      url: fragment.url,
      date: fragment.meta['date'],
    };
  });
}

/** Writes CHARACTER_PROBES_FILE into a written bundle, from its index metadata (see character-probes.ts). */
function writeCharacterProbes(bundleDir: string): void {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string } | undefined>;
  };
  // The index is built under the one language "und" (see createIndex above).
  const language = entry.languages['und'];
  if (!language) throw new Error('Pagefind 没有写出 "und" 语言的索引');
  const chunks = readIndexChunks(
    gunzipSync(readFileSync(join(bundleDir, `pagefind.${language.hash}.pf_meta`))),
  );
  writeFileSync(
    join(bundleDir, CHARACTER_PROBES_FILE),
    JSON.stringify(listCharacterProbes(chunks)),
  );
}
