import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkDir } from '../support/work-dir.ts';

/**
 * From 发布 to live: `npm run deploy` builds the demo content (incrementally
 * once its cache is there) and publishes it to a folder; an article changed
 * and published again is, file for file and byte for byte, what a clean full
 * build of the same content gives; --rollback brings back the previous
 * release exactly; content the gate refuses publishes nothing.
 * BUILD_TIME is the only value a build takes from the moment it runs (which
 * articles are published, the countdown): it is fixed here, so nothing else may differ.
 */
const work = resolve(makeWorkDir('deploy'));
afterAll(() => spawnSync('rm', ['-rf', work]));
const content = join(work, 'content');
const site = join(work, 'site');
const ARTICLE = join(content, 'health/dengue-mosquito-breeding-sites.mdx');
const OLD_TITLE = '登革热与清除蚊虫孳生地';
const NEW_TITLE = '清除积水，预防登革热';
const env: Record<string, string | undefined> = {
  ...process.env,
  CMS_BACKEND: 'none',
  BUILD_TIME: '2026-12-02T01:00:00Z',
  CONTENT_DIR: content,
  BUILD_CACHE_DIR: join(work, 'cache'),
};
delete env['OUT_DIR'];
delete env['ASTRO_CACHE_DIR'];

function run(script: string, args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...env, ...extra },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
  };
}
const deploy = (...args: string[]) => run('tools/deploy/deploy.ts', ['--to', site, ...args]);

/** Every file under `dir`: relative path → sha256 of its bytes. */
function fileHashes(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  const entries = files.map(
    (e) =>
      [
        relative(dir, join(e.parentPath, e.name)),
        createHash('sha256')
          .update(readFileSync(join(e.parentPath, e.name)))
          .digest('hex'),
      ] as const,
  );
  return new Map(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}
const releases = () => readdirSync(join(site, 'releases')).sort();
/** The release `current` points at. */
const current = () => readlinkSync(join(site, 'current')).replace(/^releases\//, '');

let first: { release: string; files: Map<string, string> };
let second: { release: string; output: string };

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  const published = deploy();
  expect(published.status, published.output).toBe(0);
  first = { release: current(), files: fileHashes(join(site, 'current')) };

  // An editor's change: the article's title and one of its tags.
  const text = readFileSync(ARTICLE, 'utf8');
  expect(text).toContain(`title: ${OLD_TITLE}`);
  writeFileSync(
    ARTICLE,
    text
      .replace(`title: ${OLD_TITLE}`, `title: ${NEW_TITLE}`)
      .replace('  - 蚊虫\n', '  - 积水清理\n'),
  );
  const again = deploy();
  expect(again.status, again.output).toBe(0);
  second = { release: current(), output: again.output };
}, 600_000);

describe('an article changed and rebuilt incrementally', () => {
  it('reuses pages from the last build (so the comparison below is of an incremental build)', () => {
    const restored = second.output.match(/\((?:restored|cached)\)/g)?.length ?? 0;
    expect(restored).toBeGreaterThan(50);
    expect(second.output).toMatch(/内容检查缓存:\d+ 个文件没有改动/);
  });

  it('is the same files with the same bytes as a clean full build of the same content', () => {
    const clean = join(work, 'clean');
    const built = run('src/build/build.ts', ['--out', clean, '--cache', join(work, 'cache-clean')]);
    expect(built.status, built.output).toBe(0);
    const incremental = fileHashes(join(site, 'releases', second.release));
    const full = fileHashes(clean);
    expect([...incremental.keys()]).toEqual([...full.keys()]);
    const differing = [...full]
      .filter(([file, hash]) => incremental.get(file) !== hash)
      .map(([file]) => file);
    expect(differing).toEqual([]);
  }, 300_000);

  it('shows the new title and tag on the article, its tag page, and the lists; the old title nowhere', () => {
    const dir = join(site, 'releases', second.release);
    const page = readFileSync(
      join(dir, 'health/dengue-mosquito-breeding-sites/index.html'),
      'utf8',
    );
    expect(page).toContain(NEW_TITLE);
    expect(page).toContain('积水清理');
    expect(readFileSync(join(dir, 'tags/积水清理/index.html'), 'utf8')).toContain(NEW_TITLE);
    expect(readFileSync(join(dir, 'health/index.html'), 'utf8')).toContain(NEW_TITLE);
    const stale = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.(html|xml)$/.test(f) && readFileSync(join(dir, f), 'utf8').includes(OLD_TITLE),
    );
    expect(stale).toEqual([]);
  });
});

describe('npm run deploy to a folder', () => {
  it('publishes each build as a release of its own, current pointing at the newest, the previous kept', () => {
    expect(releases()).toEqual([first.release, second.release]);
    expect(current()).toBe(second.release);
    expect(existsSync(join(site, 'current/index.html'))).toBe(true);
  });

  it('rolls back to the previous release, byte for byte', () => {
    const back = deploy('--rollback');
    expect(back.status, back.output).toBe(0);
    expect(current()).toBe(first.release);
    expect(fileHashes(join(site, 'current'))).toEqual(first.files);
  });

  it('says so, and changes nothing, when there is no earlier release to roll back to', () => {
    const back = deploy('--rollback');
    expect(back.status).toBe(1);
    expect(back.output).toContain('没有可以回退的版本');
    expect(current()).toBe(first.release);
  });

  it('publishes nothing when the content gate refuses the content', () => {
    const before = releases();
    writeFileSync(ARTICLE, `${readFileSync(ARTICLE, 'utf8')}\n本品可以根治登革热。\n`);
    const refused = deploy();
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('dengue-mosquito-breeding-sites.mdx');
    expect(refused.output).toContain('什么也没有发布');
    expect(releases()).toEqual(before);
    expect(current()).toBe(first.release);
    expect(readdirSync(join(site, 'releases')).some((name) => name.startsWith('.'))).toBe(false);
  });
});
