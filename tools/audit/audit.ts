/**
 * npm run audit — 政府网站检查自查: every indicator of the inspection a
 * government website is held to (国办秘函〔2019〕19号) that the content and the
 * build can show, judged and written up in Chinese: a summary here, and a
 * printable HTML report for the office's files.
 *
 *   node tools/audit/audit.ts [--content content] [--public public] [--dist dist]
 *                         [--today YYYY-MM-DD] [--out reports/inspection-<today>.html] [--no-browser]
 *
 * It runs the content gate (src/lib/gate) and the site checks the tests use
 * (tools/support/site-checks: links, page templates, axe) and sorts what they find
 * into the inspection's indicators (tools/audit/). Build first
 * (`npm run build`): pages, links, headers and accessibility are judged on
 * dist/ (or OUT_DIR). Nothing goes on the network; links to other sites are
 * listed for a person to check.
 *
 * Exits 1 when a 单项否决 indicator fails, 0 when only deductions or items for
 * review remain, 2 when it cannot run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { launchBrowser } from '../support/browser.ts';
import { startStaticServer } from '../support/static-server.ts';
import { getChinaToday } from '../../src/lib/dates.ts';
import { parseLikeTheBuild } from '../../src/lib/gate/build-parser.ts';
import { checkContent } from '../../src/lib/gate/index.ts';
import { loadGateInput } from '../../src/lib/gate/load.ts';
import { toAbsoluteUrl, withBase } from '../../src/lib/urls.ts';
import { judgeAccessibility, type AxeResult } from './accessibility.ts';
import { judgeContent } from './content.ts';
import { judgeIdentifiers, type BuiltPage } from './identifiers.ts';
import { exitCodeOf, type AuditReport, type Indicator } from './model.ts';
import { formatSummary, renderReportHtml } from './report.ts';
import { judgeSite } from './site.ts';
import { judgeUpdateAges } from './update-ages.ts';
import { findAxeViolations, type ReadingMode } from '../support/site-checks/axe.ts';
import { baseOfBuild, hostResolves, listBuiltFiles } from '../support/site-checks/dist.ts';
import { templatePagesOf } from '../support/site-checks/templates.ts';

const usage = `用法:node tools/audit/audit.ts [选项](或 npm run audit -- [选项])
  --content <目录>     内容目录(默认 ./content,也可用环境变量 CONTENT_DIR)
  --public <目录>      public 目录(默认 ./public)
  --dist <目录>        构建结果(默认 ./dist,也可用环境变量 OUT_DIR);请先运行 npm run build
  --today <YYYY-MM-DD> 把这一天当作检查日期(默认:北京时间今天)
  --out <文件>         报告文件(默认 reports/inspection-<日期>.html)
  --no-browser         不启动浏览器(跳过无障碍检查)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const posix = (p: string) => p.split(sep).join('/');

/** The base path dist/ was built under, from its home page's canonical address (else the settings and SITE_BASE). */
function baseOfDist(dist: string, contentDir: string): string {
  const home = join(dist, 'index.html');
  const canonical = existsSync(home)
    ? /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1]
    : undefined;
  return canonical ? new URL(canonical).pathname : baseOfBuild(contentDir);
}

/** axe on one page of every template, in the standard and the 长辈 mode, on a phone's width. */
async function runAxe(dist: string, base: string): Promise<AxeResult[]> {
  const { server, origin } = await startStaticServer(dist, { base });
  const browser = await launchBrowser();
  try {
    const results: AxeResult[] = [];
    for (const { template, path } of templatePagesOf(listBuiltFiles(dist, '.html'))) {
      for (const mode of ['default', 'elderly'] as ReadingMode[]) {
        results.push({
          template,
          path,
          mode,
          violations: await findAxeViolations(
            browser,
            `${origin}${withBase(path, base)}`,
            mode,
            390,
          ),
        });
      }
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        content: { type: 'string' },
        public: { type: 'string' },
        dist: { type: 'string' },
        today: { type: 'string' },
        out: { type: 'string' },
        'no-browser': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const cwd = process.cwd();
  const contentDir = resolve(cwd, values.content ?? process.env['CONTENT_DIR'] ?? './content');
  const publicDir = resolve(cwd, values.public ?? './public');
  const dist = resolve(cwd, values.dist ?? process.env['OUT_DIR'] ?? './dist');
  const wordingDir = existsSync(join(contentDir, 'wording'))
    ? join(contentDir, 'wording')
    : join(repoRoot, 'content/wording');
  const today = values.today ?? getChinaToday(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`)))
    fail(`--today 必须是 YYYY-MM-DD 格式的日期,收到:${today}`);

  // The content, as the content gate reads and judges it.
  let loaded;
  try {
    loaded = loadGateInput({ root: repoRoot, contentDir, publicDir, wordingDir });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const contentRoot = posix(relative(repoRoot, contentDir));
  const gate = checkContent({ ...loaded, today, buildParser: parseLikeTheBuild, contentRoot });
  const settingsPath = join(contentDir, 'settings', 'site.yaml');
  const settingsFile = posix(relative(repoRoot, settingsPath));
  const settings = existsSync(settingsPath)
    ? ((parse(readFileSync(settingsPath, 'utf8')) ?? null) as Record<string, unknown> | null)
    : null;
  const siteName =
    typeof settings?.['siteName'] === 'string' ? settings['siteName'] : '(网站设置缺失)';

  // The build.
  const built = existsSync(join(dist, 'index.html'));
  const base = baseOfDist(dist, contentDir);
  const siteOrigin =
    typeof settings?.['siteUrl'] === 'string' && URL.canParse(settings['siteUrl'])
      ? settings['siteUrl']
      : 'https://example.invalid';
  const pages: BuiltPage[] = built
    ? listBuiltFiles(dist, '.html').map((file) => ({
        file,
        html: readFileSync(join(dist, file), 'utf8'),
      }))
    : [];
  const read = (file: string) =>
    existsSync(join(dist, file)) ? readFileSync(join(dist, file), 'utf8') : undefined;
  const publicPages = pages.filter((p) => !p.file.startsWith('admin/'));
  const axe = built && !values['no-browser'] ? await runAxe(dist, base) : null;
  if (!built)
    process.stderr.write(
      `没有找到构建结果 ${dist}:页面、链接和响应头无法检查,请先运行 npm run build\n`,
    );

  const byGroup = (indicators: Indicator[], group: string) =>
    indicators.filter((i) => i.group === group);
  const site = judgeSite(
    { pages, read, resolves: (p) => hostResolves(dist, p), base, siteOrigin },
    gate.entries,
    today,
  );
  const updates = judgeUpdateAges(gate.entries, today);
  const indicators: Indicator[] = [
    ...byGroup(site, '可用性'),
    ...updates,
    ...byGroup(site, '信息更新'),
    ...judgeContent(gate.findings, settingsFile),
    ...judgeIdentifiers(
      settings,
      gate.findings.filter((f) => f.file === settingsFile && f.severity === 'error'),
      publicPages,
      base,
    ),
    judgeAccessibility(axe),
    ...byGroup(site, '安全防护'),
    ...byGroup(site, '服务功能'),
  ];
  const report: AuditReport = {
    siteName,
    siteUrl: toAbsoluteUrl(base, siteOrigin),
    today,
    indicators,
  };
  const out = resolve(cwd, values.out ?? join('reports', `inspection-${today}.html`));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderReportHtml(report));
  process.stdout.write(`${formatSummary(report, relative(cwd, out))}\n`);
  return exitCodeOf(report);
}

process.exitCode = await main();
