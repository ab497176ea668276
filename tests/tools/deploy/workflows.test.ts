import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

/**
 * The workflow files the office's Git host runs (no host is reachable here):
 * each is valid YAML, publishes with `npm run deploy` on every push to main
 * and once a day just after midnight China time, keeps the build cache
 * between runs, and previews the CMS's review branches.
 */
const scripts = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
).scripts;

function load(path: string): Record<string, unknown> {
  const doc = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true, prettyErrors: true });
  expect(
    doc.errors.map((e) => e.message),
    path,
  ).toEqual([]);
  return doc.toJS() as Record<string, unknown>;
}

/** Every `npm run <script>` a file calls names a script of package.json. */
function npmScriptsCalled(text: string): string[] {
  return [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
}

/** The China time (UTC+8) of a daily cron line given in UTC, as HH:MM. */
function chinaTimeOf(cron: string): string {
  const [minute, hour, ...rest] = cron.trim().split(/\s+/);
  expect(rest, cron).toEqual(['*', '*', '*']);
  return `${String((Number(hour) + 8) % 24).padStart(2, '0')}:${minute!.padStart(2, '0')}`;
}

type Step = { uses?: string; run?: string; with?: Record<string, string>; if?: string };

describe('GitHub, Gitea and Forgejo Actions (.github/workflows/deploy.yml)', () => {
  const text = readFileSync('.github/workflows/deploy.yml', 'utf8');
  const workflow = load('.github/workflows/deploy.yml') as {
    on: { push: { branches: string[] }; schedule: { cron: string }[] };
    jobs: Record<string, { steps: Step[]; env: Record<string, string> }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('runs on every push to main and on the CMS’s review branches', () => {
    expect(workflow.on.push.branches).toEqual(expect.arrayContaining(['main', 'cms/**']));
  });

  it('runs every day at 00:10 China time', () => {
    expect(workflow.on.schedule.map((s) => chinaTimeOf(s.cron))).toEqual(['00:10']);
  });

  it('publishes main with npm run deploy and previews review branches', () => {
    const deploy = steps.filter((s) => s.run?.includes('npm run deploy -- --to'));
    expect(deploy.map((s) => s.if)).toEqual([
      "github.ref_name == 'main'",
      "startsWith(github.ref_name, 'cms/')",
    ]);
    for (const name of npmScriptsCalled(text)) expect(scripts, name).toHaveProperty(name);
  });

  it('keeps the build cache folder between runs', () => {
    const cache = steps.find((s) => s.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.['path']).toBe('.cache/build');
    expect(Object.values(workflow.jobs)[0]!.env['BUILD_CACHE_DIR']).toBe('.cache/build');
  });
});

describe('GitLab CI (.gitlab-ci.yml)', () => {
  const text = readFileSync('.gitlab-ci.yml', 'utf8');
  const ci = load('.gitlab-ci.yml') as Record<
    string,
    { extends?: string; rules?: { if: string }[]; script?: string[]; cache?: { paths: string[] } }
  > & { variables: Record<string, string> };

  it('publishes main with npm run deploy on pushes and on the pipeline schedule', () => {
    const rule = ci['deploy']!.rules!.map((r) => r.if).join(' ');
    expect(rule).toContain('$CI_COMMIT_BRANCH == "main"');
    expect(rule).toContain('"push"');
    expect(rule).toContain('"schedule"');
    expect(ci['deploy']!.script!.join('\n')).toContain('npm run deploy -- --to');
    for (const name of npmScriptsCalled(text)) expect(scripts, name).toHaveProperty(name);
  });

  it('previews the CMS’s review branches', () => {
    expect(ci['preview']!.rules!.map((r) => r.if)).toEqual(['$CI_COMMIT_BRANCH =~ /^cms\\//']);
    expect(ci['preview']!.script!.join('\n')).toContain('npm run deploy');
  });

  it('keeps the build cache folder between pipelines', () => {
    expect(ci['.publish']!.cache!.paths).toEqual(['.cache/build/']);
    expect(ci.variables['BUILD_CACHE_DIR']).toBe('.cache/build');
  });

  it('names the daily schedule to set, at 00:10 China time, here and in the office’s guide', () => {
    // GitLab keeps schedules in the project's settings, not in the file.
    expect(text).toContain('cron "10 0 * * *", time zone Asia/Shanghai');
    expect(readFileSync('docs/deploy.md', 'utf8')).toContain('10 0 * * *');
  });
});
