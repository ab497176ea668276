/**
 * npm run check:content — the content gate over content/ (or --dir).
 *
 *   node src/build/check-content.ts [--dir content] [--public public] [--today YYYY-MM-DD]
 *                                 [--stale-days 14] [--wording content/wording] [--json]
 *                                 [--cache .cache/build/content-gate.json [--force]] [files…]
 *
 * Prints one line per finding (`file:line:column  rule-id  message`) and a
 * summary, or a JSON array with --json. Exits 1 on errors, 0 when there are
 * only warnings, 2 when it cannot run.
 * With --cache, files unchanged since the last run (same bytes, same word
 * lists, same gate code) are not checked again (src/lib/gate/cache.ts);
 * --force checks them all and writes the cache afresh.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getChinaToday } from '../lib/dates.ts';
import {
  checkContent,
  defaultStaleDays,
  exitCodeFor,
  formatJson,
  formatReport,
} from '../lib/gate/index.ts';
import { parseLikeTheBuild } from '../lib/gate/build-parser.ts';
import { parseCache, serializeCache, type GateCache } from '../lib/gate/cache.ts';
import { loadGateInput } from '../lib/gate/load.ts';

const usage = `用法:node src/build/check-content.ts [选项] [文件…]
  --dir <目录>         内容目录(默认 ./content,也可用环境变量 CONTENT_DIR)
  --public <目录>      public 目录(默认 ./public),用于检查 /downloads/ 等文件
  --today <YYYY-MM-DD> 把这一天当作“今天”(默认:北京时间今天)
  --stale-days <天数>  栏目超过多少天没有更新就提醒(默认 ${defaultStaleDays})
  --wording <目录>     错敏词表目录(默认 <内容目录>/wording,没有时用仓库的 content/wording)
  --json               以 JSON 数组输出
  --cache <文件>       检查结果缓存:没有改动的文件不再重新检查
  --force              忽略缓存,全部重新检查(并重写缓存)
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
        cache: { type: 'string' },
        force: { type: 'boolean', default: false },
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
    if (!Number.isInteger(staleDays) || staleDays < 1)
      fail(`--stale-days 必须是正整数,收到:${values['stale-days']}`);
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
  const cacheFile = values.cache ? resolve(cwd, values.cache) : undefined;
  const cache = cacheFile
    ? parseCache(
        values.force || !existsSync(cacheFile) ? null : readFileSync(cacheFile, 'utf8'),
        gateVersion(),
        sha256,
      )
    : undefined;
  const result = checkContent({
    ...loaded,
    today,
    staleDays,
    only,
    buildParser: parseLikeTheBuild,
    contentRoot,
    cache,
  });
  if (cacheFile && cache) writeCache(cacheFile, cache);
  if (values.json) io.stdout(`${formatJson(result.findings)}\n`);
  else io.stdout(`${formatReport(result.findings, result.checkedFiles.length)}\n`);
  if (cache && !values.json)
    io.stdout(`内容检查缓存:${cache.reused ?? 0} 个文件没有改动,沿用上次的检查结果\n`);
  return exitCodeFor(result.findings);
}
/**
 * The gate's version: a hash of the code it runs (src/lib, the content
 * model) and of the locked dependency versions (its parsers). Any change to
 * them re-checks every file.
 */
function gateVersion(): string {
  const hash = createHash('sha256');
  const files = ['src/lib', 'src/schemas'].flatMap((dir) =>
    readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(dir, f))
      .sort(),
  );
  for (const file of [...files, 'package-lock.json'])
    hash.update(`${file}\0${readFileSync(join(repoRoot, file), 'utf8')}\0`);
  return hash.digest('hex');
}

/** Each part length-prefixed, so that no two lists of parts give the same text. */
function sha256(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('hex');
}

/** Written beside and renamed into place: a run that stops half-way never leaves half a cache. */
function writeCache(file: string, cache: GateCache): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, serializeCache(cache));
  renameSync(`${file}.tmp`, file);
}

if (import.meta.main) {
  process.exitCode = runCheckContent(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
