/**
 * npm run deploy — builds the site and publishes it, atomically.
 *
 *   npm run deploy -- --to /srv/chuangwei            a folder on this machine
 *   npm run deploy -- --to deploy@web1:/srv/chuangwei a server, over ssh and rsync
 *   npm run deploy -- --to … --rollback              back to the release before the current one
 *
 * Options: --keep <n> releases kept (default 5; the previous one always),
 * --reload "<command>" run where the site is served once it is switched (for
 * nginx: "sudo nginx -s reload", which re-reads the headers file of the new
 * release), --cache <folder> the build cache (BUILD_CACHE_DIR, .cache/build),
 * --force a build that ignores the cache.
 *
 * The build is `npm run build` (content gate, Astro, search index) into
 * <cache>/site; the site is checked for the files every release has; then
 * it is copied to <to>/releases/<UTC time>/ and <to>/current, the web
 * server's root, is switched to it in one rename. A build or a check that
 * fails publishes nothing and exits 1, leaving the site as it was.
 * Like the build, it needs CMS_BACKEND (and CMS_REPO …) in the environment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCacheDir } from '../../src/build/cache-dir.ts';
import { parseTarget, publish, reload, rollback, type Target } from './publish.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Files every build of the site has; a release without one of them is not published. */
export const releaseFiles = [
  'index.html',
  '404.html',
  '_headers',
  '_headers.nginx.conf',
  'sitemap-index.xml',
  'pagefind/pagefind.js',
];

export function missingReleaseFiles(dist: string): string[] {
  return releaseFiles.filter((file) => !existsSync(join(dist, file)));
}

function main(): number {
  const { values } = parseArgs({
    options: {
      to: { type: 'string' },
      rollback: { type: 'boolean', default: false },
      keep: { type: 'string', default: '5' },
      reload: { type: 'string' },
      cache: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  if (!values.to) {
    console.error(
      '用法:npm run deploy -- --to <目录 或 user@host:/目录> [--rollback] [--keep 5] [--reload "sudo nginx -s reload"]',
    );
    return 2;
  }
  const keep = Number(values.keep);
  if (!Number.isInteger(keep) || keep < 2) {
    console.error(`--keep 必须是不小于 2 的整数(当前版本和上一个版本),收到:${values.keep}`);
    return 2;
  }
  const target: Target = parseTarget(values.to);

  if (values.rollback) {
    const release = rollback(target);
    if (values.reload) reload(target, values.reload);
    console.log(`deploy: 已回退到 ${release} (rolled back)`);
    return 0;
  }

  // Built in the cache folder, always the same path: Astro's incremental build reuses pages only
  // for the outDir they were built in (the path is part of the code it hashes).
  const cache = buildCacheDir(values.cache);
  const staging = join(cache, 'site');
  const buildArgs = [
    'src/build/build.ts',
    '--out',
    staging,
    '--cache',
    cache,
    ...(values.force ? ['--force'] : []),
  ];
  const built = spawnSync(process.execPath, buildArgs, { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error(
      'deploy: 构建没有通过,什么也没有发布,网站保持原样 (the build failed; nothing was published)',
    );
    return 1;
  }
  const missing = missingReleaseFiles(staging);
  if (missing.length > 0) {
    console.error(
      `deploy: 构建结果缺少 ${missing.join('、')},没有发布 (the build lacks these files; nothing was published)`,
    );
    return 1;
  }
  const { release, previous } = publish(staging, target, { keep });
  if (values.reload) reload(target, values.reload);
  console.log(
    `deploy: 已发布 ${release}${previous ? `(上一个版本 ${previous} 保留,可用 --rollback 回退)` : ''} (published)`,
  );
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(`deploy: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
