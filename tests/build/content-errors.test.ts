import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function runAstro(command: 'sync' | 'build', edit: (frontmatter: string) => string) {
  const dir = mkdtempSync(join(work, 'case-'));
  const contentDir = join(dir, 'content');
  cpSync(FIXTURE, contentDir, { recursive: true });
  const file = join(contentDir, ARTICLE);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const result = spawnSync('npx', ['astro', command], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CMS_BACKEND: 'proxy',
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      OUT_DIR: join(dir, 'dist'),
    },
  });
  return {
    failed: result.status !== 0,
    output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
  };
}

describe('bad content fails with the file and the field named', () => {
  it('builds the untouched fixture (so each failure below is the edit’s doing), with no per-article bundler warning in the log', () => {
    const { failed, output } = runAstro('build', (s) => s);
    expect(failed, output).toBe(false);
    // Astro's MDX output trips one MODULE_LEVEL_DIRECTIVE warning per article (astro.config.mjs filters it).
    expect(output).not.toContain('astro:head-inject');
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
