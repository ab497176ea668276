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

/** Where the command reads its environment and writes its report: the process's own, or a test's. */
export interface CommandIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The command cannot run as asked: exit 2 with the message and the usage. */
class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the command with `args` (what follows the script's name) and returns its exit code. */
export function runCheckContent(args: readonly string[], io: CommandIo): number {
  try {
    return run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${usage}\n`);
    return 2;
  }
}

function run(args: readonly string[], io: CommandIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
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
    io.stdout(`${usage}\n`);
    return 0;
  }

  const { cwd } = io;
  const contentDir = resolve(cwd, values.dir ?? io.env['CONTENT_DIR'] ?? './content');
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
  if (values.json) io.stdout(`${formatJson(result.findings)}\n`);
  else io.stdout(`${formatReport(result.findings, result.checkedFiles.length)}\n`);
  return exitCodeFor(result.findings);
}

if (import.meta.main) {
  process.exitCode = runCheckContent(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
