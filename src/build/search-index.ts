/**
 * The last step of `npm run build`: indexes the finished site for /search/
 * with Pagefind, writing <outDir>/pagefind/, with the search page's word and
 * pinyin tables beside it (src/lib/search/search-tables.ts).
 *
 *   node src/build/search-index.ts [--dist dist]   (or the OUT_DIR the build used)
 *
 * A step of its own rather than an Astro hook: run after `astro build` has
 * exited, Pagefind's memory does not come on top of Astro's, so the build's
 * peak is the larger of the two, not their sum.
 * Exits 1 when indexing fails or the vocabulary breaks a rule across its
 * files: a site without its search is not published.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import { collectWordGroups, type VocabularyFile } from '../lib/search/vocabulary.ts';
import { getContentDir } from '../schemas/index.ts';
import { vocabularySchema } from '../schemas/vocabulary.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const dist = resolve(values.dist ?? process.env['OUT_DIR'] ?? 'dist');
const contentDir = resolve(getContentDir());

const yamlFiles = (folder: string) => {
  const dir = join(contentDir, folder);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => join(dir, f))
    : [];
};

/** The vocabulary files, checked by their schema (Astro has already refused a bad one; this names it again). */
function readVocabulary(): VocabularyFile[] {
  return yamlFiles('vocabulary').map((file) => {
    const path = relative(repoRoot, file);
    const result = vocabularySchema().safeParse(parse(readFileSync(file, 'utf8')));
    if (!result.success)
      throw new Error(
        `${path}:${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join(';')}`,
      );
    return { path, data: result.data };
  });
}

/** Names of topics and columns, and the site's tags (one page each under /tags/). */
function readTerms(): string[] {
  const names = ['topics', 'columns'].flatMap((folder) =>
    yamlFiles(folder).map((f) =>
      String((parse(readFileSync(f, 'utf8')) as { name?: unknown }).name ?? ''),
    ),
  );
  const tagsDir = join(dist, 'tags');
  const tags = existsSync(tagsDir)
    ? readdirSync(tagsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => decodeURIComponent(d.name))
    : [];
  return [...names, ...tags].filter((t) => t !== '');
}

/** The wording list's common wrong forms (the gate's own file: content/wording, as check-content finds it). */
function readCorrections(): { phrase: string; correct: string }[] {
  const own = join(contentDir, 'wording/corrections.yaml');
  const file = existsSync(own) ? own : join(repoRoot, 'content/wording/corrections.yaml');
  const list = parse(readFileSync(file, 'utf8')) as unknown;
  return Array.isArray(list)
    ? list.filter(
        (e): e is { phrase: string; correct: string } =>
          typeof e?.phrase === 'string' && typeof e?.correct === 'string',
      )
    : [];
}

if (!existsSync(dist)) {
  console.error(`搜索索引:找不到构建结果 ${dist},请先运行 astro build`);
  process.exit(1);
}
try {
  const { groups, problems } = collectWordGroups(readVocabulary());
  if (problems.length > 0)
    throw new Error(`搜索同义词表有冲突:\n${problems.map((p) => p.message).join('\n')}`);
  await buildSearchIndex(
    dist,
    { info: (message) => console.log(message) },
    { vocabulary: { groups, terms: readTerms(), corrections: readCorrections() } },
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
