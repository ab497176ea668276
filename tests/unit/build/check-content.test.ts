import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckContent } from '../../../src/build/check-content.ts';
import type { Finding } from '../../../src/lib/gate/report.ts';
import { makeWorkDir } from '../../support/work-dir.ts';
import { fixtureDir, repoRoot } from '../gate/helpers.ts';

/** The command run in this process, as `node src/build/check-content.ts …args` from the repository. */
function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runCheckContent(args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('check-content CLI', () => {
  it('exits 1 on errors with file:line:column  rule-id lines and a summary', () => {
    const r = run(['--dir', fixtureDir, '--today', '2026-11-29']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(
      /^tests\/fixtures\/gate\/script-lowercase\.mdx:9:1  mdx-forbidden-element  错误:/m,
    );
    expect(r.stdout).toMatch(
      /^tests\/fixtures\/gate\/import-after-body-text\.mdx:9:1  mdx-import  /m,
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^内容检查:检查了 \d+ 个文件,\d+ 个错误,\d+ 个警告。/,
    );
  });

  it('exits 0 when there are only warnings', () => {
    const r = run(['--dir', `${fixtureDir}/warnings-only`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^tests\/fixtures\/gate\/warnings-only\/letters\/typo-and-review-words\.mdx:11:5  wording-correction  警告:/m,
    );
  });

  it('prints JSON with --json and honours CONTENT_DIR', () => {
    const r = run(['--json'], { CONTENT_DIR: `${fixtureDir}/warnings-only` });
    expect(r.code, r.stderr).toBe(0);
    const findings = JSON.parse(r.stdout) as Finding[];
    expect(findings.length).toBeGreaterThan(0);
    expect(
      findings.every(
        (f) => f.severity === 'warning' && f.file.startsWith(`${fixtureDir}/warnings-only/`),
      ),
    ).toBe(true);
  });

  it('checks only the files named, as the CMS does on save', () => {
    const r = run([
      '--dir',
      fixtureDir,
      '--public',
      `${fixtureDir}/public`,
      `${fixtureDir}/ok/tables.mdx`,
    ]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('检查了 1 个文件,0 个错误');
    const bad = run(['--dir', fixtureDir, `${fixtureDir}/iframe.mdx`]);
    expect(bad.code).toBe(1);
    expect(
      bad.stdout
        .split('\n')
        .filter((l) => l.includes('  mdx-'))
        .every((l) => l.startsWith(`${fixtureDir}/iframe.mdx:`)),
    ).toBe(true);
  });

  it('takes --today and --stale-days', () => {
    const site = ['--dir', `${fixtureDir}/site`, '--public', `${fixtureDir}/public`, '--json'];
    const stale = (args: string[]) =>
      (JSON.parse(run([...site, ...args]).stdout) as Finding[]).filter(
        (f) => f.rule === 'stale-column',
      ).length;
    expect(stale(['--today', '2026-11-29'])).toBe(2);
    expect(stale(['--today', '2026-11-29', '--stale-days', '100'])).toBe(1);
  });

  it('says what a hollow content folder lacks, one line each, with no stack trace', () => {
    const work = makeWorkDir('gate-cli');
    try {
      const empty = join(work, 'empty');
      mkdirSync(empty);
      const r = run(['--dir', empty]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toMatch(
        /^\S+\/empty\/settings\/site\.yaml:1:1  site-incomplete  错误:缺少网站设置文件/m,
      );
      expect(r.stdout).toMatch(/^\S+\/empty:1:1  site-incomplete  错误:.*没有一篇已发布的文章/m);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/ENOENT|    at /);
      const settingsOnly = join(work, 'settings-only');
      cpSync(`${fixtureDir}/warnings-only/settings`, join(settingsOnly, 'settings'), {
        recursive: true,
      });
      const hollow = run(['--dir', settingsOnly]);
      expect(hollow.code).toBe(1);
      expect(
        hollow.stdout.split('\n').filter((l) => l.includes('  site-incomplete  ')),
      ).toHaveLength(1);
      expect(run(['--dir', join(work, 'no-such-folder')]).stderr).toMatch(/^内容目录不存在/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('exits 2 on bad options', () => {
    expect(run(['--today', '29/11/2026']).code).toBe(2);
    expect(run(['--stale-days', '-3']).code).toBe(2);
    expect(run(['--dir', fixtureDir, 'no/such/file.mdx']).code).toBe(2);
  });
});
