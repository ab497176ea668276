/**
 * npm run check:content — the content gate over content/ (or --dir).
 *
 *   node src/build/check-content.ts [--dir content] [--public public] [--today YYYY-MM-DD]
 *                                 [--stale-days 14] [--wording content/wording] [--json] [files…]
 *
 * Prints one line per finding (`file:line:column  rule-id  message`) and a
 * summary, or a JSON array with --json. Exits 1 on errors, 0 when there are
 * only warnings, 2 when it cannot run.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getChinaToday } from '../lib/dates.ts';
import { checkContent, defaultStaleDays, exitCodeFor, formatJson, formatReport } from '../lib/gate/index.ts';
import { parseLikeTheBuild } from '../lib/gate/build-parser.ts';
import { loadGateInput } from '../lib/gate/load.ts';

const usage = `用法:node src/build/check-content.ts [选项] [文件…]
  --dir <目录>         内容目录(默认 ./content,也可用环境变量 CONTENT_DIR)
  --public <目录>      public 目录(默认 ./public),用于检查 /downloads/ 等文件
  --today <YYYY-MM-DD> 把这一天当作“今天”(默认:北京时间今天)
  --stale-days <天数>  栏目超过多少天没有更新就提醒(默认 ${defaultStaleDays})
  --wording <目录>     错敏词表目录(默认 <内容目录>/wording,没有时用仓库的 content/wording)
  --json               以 JSON 数组输出
  文件…                只检查这些文件(其余文件仍用于检查链接)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        dir: { type: 'string' },
        public: { type: 'string' },
        today: { type: 'string' },
        'stale-days': { type: 'string' },
        wording: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }

  const cwd = process.cwd();
  const contentDir = resolve(cwd, values.dir ?? process.env['CONTENT_DIR'] ?? './content');
  const publicDir = resolve(cwd, values.public ?? './public');
  const wordingDir = values.wording
    ? resolve(cwd, values.wording)
    : existsSync(resolve(contentDir, 'wording'))
      ? resolve(contentDir, 'wording')
      : resolve(repoRoot, 'content/wording');

  const today = values.today ?? getChinaToday(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) {
    fail(`--today 必须是 YYYY-MM-DD 格式的日期,收到:${today}`);
  }
  let staleDays = defaultStaleDays;
  if (values['stale-days'] !== undefined) {
    staleDays = Number(values['stale-days']);
    if (!Number.isInteger(staleDays) || staleDays < 1) fail(`--stale-days 必须是正整数,收到:${values['stale-days']}`);
  }

  let loaded;
  try {
    loaded = loadGateInput({ root: repoRoot, contentDir, publicDir, wordingDir });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  let only: Set<string> | undefined;
  if (positionals.length > 0) {
    const known = new Set(loaded.files.map((f) => f.path));
    only = new Set();
    for (const arg of positionals) {
      const abs = resolve(cwd, arg);
      if (!abs.startsWith(contentDir + sep)) fail(`${arg} 不在内容目录 ${contentDir} 中`);
      const path = relative(repoRoot, abs).split(sep).join('/');
      if (!known.has(path)) fail(`${arg} 不存在,或不是 .mdx / .md / .yaml 内容文件`);
      only.add(path);
    }
  }

  const contentRoot = relative(repoRoot, contentDir).split(sep).join('/');
  const result = checkContent({ ...loaded, today, staleDays, only, buildParser: parseLikeTheBuild, contentRoot });
  if (values.json) process.stdout.write(`${formatJson(result.findings)}\n`);
  else process.stdout.write(`${formatReport(result.findings, result.checkedFiles.length)}\n`);
  return exitCodeFor(result.findings);
}

process.exitCode = main();
