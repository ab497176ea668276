import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkDir } from '../support/work-dir.ts';

/**
 * Bad content must stop the build with a message that names the file and the
 * field. Each case copies a minimal valid site, breaks one thing, and runs
 * the real Astro content sync or build on it.
 */
const FIXTURE = 'tests/fixtures/minimal-site';
const ARTICLE = 'health/clear-standing-water.mdx';
// Inside the project: Astro puts a build's prerender chunks next to an outDir within cwd only.
const work = makeWorkDir('content-errors');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runAstro(
  command: 'sync' | 'build',
  edit: (frontmatter: string) => string,
  prepare: (contentDir: string) => void = () => {},
) {
  const dir = mkdtempSync(join(work, 'case-'));
  const contentDir = join(dir, 'content');
  cpSync(FIXTURE, contentDir, { recursive: true });
  prepare(contentDir);
  const file = join(contentDir, ARTICLE);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const result = spawnSync('npx', ['astro', command], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CMS_BACKEND: 'none',
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      OUT_DIR: join(dir, 'dist'),
    },
  });
  return {
    failed: result.status !== 0,
    output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
    dist: join(dir, 'dist'),
  };
}

describe('bad content fails with the file and the field named', () => {
  it('builds the untouched fixture (so each failure below is the edit’s doing), with no per-article bundler warning in the log', () => {
    const { failed, output } = runAstro('build', (s) => s);
    expect(failed, output).toBe(false);
    // Astro's MDX output trips one MODULE_LEVEL_DIRECTIVE warning per article (astro.config.mjs filters it).
    expect(output).not.toContain('astro:head-inject');
  });

  it('publishes only the uploads a page uses: an image and a PDF nobody links stay out of dist/', () => {
    const { failed, output, dist } = runAstro(
      'build',
      (s) =>
        s
          .replace(
            'tags: [登革热]',
            'tags: [登革热]\ncover: { src: ../uploads/green.png, alt: 一片绿色 }',
          )
          .concat('\n[下载倡议书海报](/downloads/poster-proposal.pdf)\n'),
      (contentDir) =>
        // Uploaded through the CMS's media library, used by no entry.
        cpSync(join(contentDir, 'uploads/green.png'), join(contentDir, 'uploads/没人用的图片.png')),
    );
    expect(failed, output).toBe(false);
    const astro = readdirSync(join(dist, '_astro'));
    expect(astro.some((f) => f.startsWith('green.'))).toBe(true);
    expect(astro.filter((f) => f.startsWith('没人用的图片'))).toEqual([]);
    expect(existsSync(join(dist, 'downloads/poster-proposal.pdf'))).toBe(true);
    // public/ holds the demo's handbooks, media and identifier images: this site links none of them.
    expect(existsSync(join(dist, 'downloads/handbooks'))).toBe(false);
    expect(existsSync(join(dist, 'media'))).toBe(false);
    expect(existsSync(join(dist, 'identifiers'))).toBe(false);
    expect(existsSync(join(dist, 'favicon.svg'))).toBe(true);
    expect(output).toMatch(/没有页面用到的 \d+ 个上传文件不发布/);
  });

  it('missing title', () => {
    const { failed, output } = runAstro('sync', (s) => s.replace(/^title: .*\n/m, ''));
    expect(failed).toBe(true);
    expect(output).toContain('clear-standing-water.mdx');
    expect(output).toMatch(/title: 缺少标题/);
  });

  it('bad date', () => {
    const { failed, output } = runAstro('sync', (s) =>
      s.replace('date: 2026-06-01', 'date: 2026年6月1日'),
    );
    expect(failed).toBe(true);
    expect(output).toContain('clear-standing-water.mdx');
    expect(output).toMatch(/date: 发布日期必须是日期/);
  });

  it('image without alt text', () => {
    const { failed, output } = runAstro('sync', (s) =>
      s.replace('tags: [登革热]', 'tags: [登革热]\ncover:\n  src: ../uploads/green.png'),
    );
    expect(failed).toBe(true);
    expect(output).toContain('clear-standing-water.mdx');
    expect(output).toMatch(/cover\.alt: 图片必须填写替代文字/);
  });

  it('nextReviewDue before reviewedAt', () => {
    const { failed, output } = runAstro('sync', (s) =>
      s.replace('nextReviewDue: 2027-05-20', 'nextReviewDue: 2026-01-01'),
    );
    expect(failed).toBe(true);
    expect(output).toContain('clear-standing-water.mdx');
    expect(output).toMatch(/nextReviewDue: 下次审核日期必须晚于审核日期/);
  });

  it('unknown topic', () => {
    const { failed, output } = runAstro('build', (s) =>
      s.replace('topic: vector-control', 'topic: no-such-topic'),
    );
    expect(failed).toBe(true);
    expect(output).toMatch(/clear-standing-water\.mdx: 字段 topic 的值 "no-such-topic" 不存在/);
  });
});
