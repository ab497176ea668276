import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkDir } from '../support/work-dir.ts';

/**
 * Content the gate did not read as Astro does never runs in the build. Each
 * case copies the minimal site, adds a file whose MDX expression would write a
 * marker file on the build machine, and runs the real `npm run build` (the
 * gate refuses it) and `astro build` alone (the check before each MDX file is
 * compiled refuses it): the build fails naming the file, and the marker was
 * never written.
 */
const FIXTURE = 'tests/fixtures/minimal-site';
const ARTICLE = 'health/clear-standing-water.mdx';
const work = makeWorkDir('unchecked-content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An MDX expression that writes `marker` when the build evaluates it. */
const payload = (marker: string) =>
  `{(() => { require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); })()}`;

function makeCase(change: (contentDir: string, marker: string) => void) {
  const dir = resolve(mkdtempSync(join(work, 'case-')));
  const contentDir = join(dir, 'content');
  cpSync(FIXTURE, contentDir, { recursive: true });
  const marker = join(dir, 'payload-ran');
  change(contentDir, marker);
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, {
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
    };
  };
  return {
    marker,
    npmBuild: () => run('npm', ['run', 'build']),
    astroBuild: () => run('npx', ['astro', 'build']),
  };
}

describe('content the gate did not read as Astro does never runs in the build', () => {
  it('a frontmatter line starting with --- (Astro ends the frontmatter there; the rest is MDX code)', () => {
    const c = makeCase((contentDir, marker) => {
      const file = join(contentDir, ARTICLE);
      // Just above the closing fence: one more YAML key to a YAML parser, the start of the body to Astro.
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          'nextReviewDue: 2027-05-20\n',
          `nextReviewDue: 2027-05-20\n---${payload(marker)}<script>alert(1)</script>: 1\n`,
        ),
      );
    });
    for (const build of [c.npmBuild, c.astroBuild]) {
      const { failed, output } = build();
      expect(failed, output).toBe(true);
      expect(output).toMatch(/clear-standing-water\.mdx:14:1 {2}frontmatter-fence/);
      expect(output).toMatch(/clear-standing-water\.mdx:14:4 {2}mdx-expression/);
      expect(existsSync(c.marker), 'the payload ran').toBe(false);
    }
  });

  it('an image of another content folder (the build takes the uploads of the folder the gate checked)', () => {
    // In the repository's content/uploads, not in the checked folder's: nothing read it in this build.
    const c = makeCase((contentDir) => {
      const file = join(contentDir, ARTICLE);
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}\n<Figure src="../uploads/figure-four-pests.png" alt="老鼠、蚊子、苍蝇、蟑螂四种病媒生物" caption="四害" />\n`,
      );
    });
    const { failed, output } = c.astroBuild();
    expect(failed, output).toBe(true);
    expect(output).toMatch(
      /图片 "\.\.\/uploads\/figure-four-pests\.png" 不在 content\/uploads\/ 中/,
    );
  });

  it('a symbolic link to an MDX file outside the content folder (Astro follows links; the gate lists them)', () => {
    const c = makeCase((contentDir, marker) => {
      const outside = join(contentDir, '..', 'outside.mdx');
      writeFileSync(
        outside,
        readFileSync(join(contentDir, ARTICLE), 'utf8').replace(
          '## 为什么要清除积水',
          `${payload(marker)}\n\n## 为什么要清除积水`,
        ),
      );
      symlinkSync(outside, join(contentDir, 'health/linked-article.mdx'));
    });
    const gate = c.npmBuild();
    expect(gate.failed, gate.output).toBe(true);
    expect(gate.output).toMatch(/health\/linked-article\.mdx:1:1 {2}file-symlink/);
    expect(existsSync(c.marker), 'the payload ran').toBe(false);
    const astro = c.astroBuild();
    expect(astro.failed, astro.output).toBe(true);
    expect(astro.output).toMatch(/outside\.mdx: MDX 文件只能来自内容目录/);
    expect(existsSync(c.marker), 'the payload ran').toBe(false);
  });
});
