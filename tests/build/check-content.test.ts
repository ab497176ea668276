import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { fixtureDir, repoRoot } from '../unit/gate/helpers.ts';

/*
 * What the command says and does for each option is tested in this process
 * (tests/unit/build/check-content.test.ts); this runs it as `npm run build`
 * and the CMS do, a process of its own, for what only a process shows: the
 * exit code the shell sees, and which stream carries the report and the usage.
 */
const run = (args: string[]) =>
  spawnSync(process.execPath, ['src/build/check-content.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });

it('as a command, exits 1 with the report on stdout when content has errors, 0 when it has warnings only, 2 with the usage on stderr when it cannot run', () => {
  const errors = run(['--dir', fixtureDir, '--today', '2026-11-29']);
  expect(errors.status, errors.stderr).toBe(1);
  expect(errors.stdout).toMatch(
    /^tests\/fixtures\/gate\/script-lowercase\.mdx:9:1  mdx-forbidden-element  错误:/m,
  );

  const warnings = run(['--dir', `${fixtureDir}/warnings-only`]);
  expect(warnings.status, warnings.stderr).toBe(0);

  const bad = run(['--today', '29/11/2026']);
  expect(bad.status).toBe(2);
  expect(bad.stdout).toBe('');
  expect(bad.stderr).toMatch(/^--today 必须是 YYYY-MM-DD 格式的日期[\s\S]*用法:/);
});
