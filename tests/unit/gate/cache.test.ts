import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseLikeTheBuild } from '../../../src/lib/gate/build-parser.ts';
import { parseCache, serializeCache, type GateCache } from '../../../src/lib/gate/cache.ts';
import { checkContent, type GateInput } from '../../../src/lib/gate/index.ts';
import { loadGateInput } from '../../../src/lib/gate/load.ts';
import { repoRoot, today } from './helpers.ts';

/**
 * The gate's cache over the demo content: a rerun checks only what changed,
 * finds exactly what a run without the cache finds, and a changed word list
 * or gate re-checks every file.
 */
const demo = loadGateInput({
  root: repoRoot,
  contentDir: 'content',
  publicDir: 'public',
  wordingDir: 'content/wording',
});
const ARTICLE = 'content/health/dengue-mosquito-breeding-sites.mdx';
const input = (changes: Partial<GateInput> = {}): GateInput => ({
  ...demo,
  today,
  buildParser: parseLikeTheBuild,
  ...changes,
});
const withText = (path: string, edit: (text: string) => string) =>
  demo.files.map((f) => (f.path === path ? { ...f, text: edit(f.text) } : f));
/** A cache as the command keeps it: through its JSON file between runs. */
const sha256 = (parts: readonly string[]) =>
  createHash('sha256').update(JSON.stringify(parts)).digest('hex');
const reread = (cache: GateCache, version = cache.version) =>
  parseCache(serializeCache(cache), version, sha256);
const withoutCache = (changes: Partial<GateInput> = {}) => checkContent(input(changes)).findings;

function warmCache(): GateCache {
  const cache = parseCache(null, 'gate-v1', sha256);
  checkContent(input({ cache }));
  return reread(cache);
}

describe('the content gate’s cache', () => {
  it('reuses every unchanged file on a rerun and finds what a run without it finds', () => {
    const cache = warmCache();
    const files = demo.files.length;
    const { findings } = checkContent(input({ cache }));
    expect(cache.reused).toBe(files);
    expect(findings).toEqual(withoutCache());
    // The demo content has warnings (example reviewers): the comparison is not of two empty lists.
    expect(findings.length).toBeGreaterThan(0);
  });

  it('re-checks a changed file, and only it', () => {
    const cache = warmCache();
    const files = withText(ARTICLE, (t) => `${t}\n本品可以根治登革热。\n`);
    const { findings } = checkContent(input({ files, cache }));
    expect(cache.reused).toBe(demo.files.length - 1);
    expect(
      findings.filter(
        (f) => f.file === ARTICLE && f.rule === 'wording-forbidden' && f.severity === 'error',
      ),
    ).toHaveLength(1);
    expect(findings).toEqual(withoutCache({ files }));
  });

  it('re-checks every file when a word list changes, so a newly forbidden word is found in a file that did not change', () => {
    const cache = warmCache();
    const forbidden = {
      ...demo.wording.forbidden,
      text: `${demo.wording.forbidden.text}\n- phrase: 积水\n  reason: 测试用的新禁用词\n`,
    };
    const wording = { ...demo.wording, forbidden };
    const { findings } = checkContent(input({ wording, cache }));
    expect(cache.reused).toBe(0);
    expect(
      findings.some(
        (f) => f.file === ARTICLE && f.rule === 'wording-forbidden' && f.message.includes('积水'),
      ),
    ).toBe(true);
    expect(findings).toEqual(withoutCache({ wording }));
  });

  it('re-checks every file when the gate’s own code changes (its version)', () => {
    const cache = reread(warmCache(), 'gate-v2');
    checkContent(input({ cache }));
    expect(cache.reused).toBe(0);
  });

  it('still checks an unchanged file against the rest of the site: a link to a removed article is broken', () => {
    const target = demo.files.find(
      (f) => f.path.startsWith('content/health/') && f.path !== ARTICLE,
    )!;
    const linked = withText(
      ARTICLE,
      (t) =>
        `${t}\n另见[相关文章](/health/${target.contentPath.slice('health/'.length, -'.mdx'.length)}/)。\n`,
    );
    const cache = parseCache(null, 'gate-v1', sha256);
    expect(
      checkContent(input({ files: linked, cache })).findings.filter(
        (f) => f.rule === 'broken-link',
      ),
    ).toEqual([]);
    const files = linked.filter((f) => f !== linked.find((l) => l.path === target.path));
    const { findings } = checkContent(input({ files, cache: reread(cache) }));
    expect(findings.some((f) => f.file === ARTICLE && f.rule === 'broken-link')).toBe(true);
    expect(findings).toEqual(withoutCache({ files }));
  });

  it('keeps a review date read from the cache a date: an overdue review is still found tomorrow', () => {
    const cache = warmCache();
    const later = '2099-01-01';
    const { findings } = checkContent(input({ cache, today: later }));
    expect(cache.reused).toBe(demo.files.length);
    expect(findings.some((f) => f.rule === 'review-overdue')).toBe(true);
    expect(findings).toEqual(withoutCache({ today: later }));
  });

  it('starts empty from a damaged or missing cache file', () => {
    expect(parseCache('{not json', 'v', sha256).files.size).toBe(0);
    expect(parseCache(null, 'v', sha256).files.size).toBe(0);
  });
});
