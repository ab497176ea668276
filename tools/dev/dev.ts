/**
 * npm run dev — the site and the CMS together, for engineers and for the
 * campaign office's editors, with no account:
 *
 *   http://localhost:4321/         the site (astro dev)
 *   http://localhost:4321/admin/   the CMS, editing this checkout's files
 *                                  through decap-server on port 8081
 *
 *   node tools/dev/dev.ts [--mode auto|git|fs] [--port 4321] [--cms-port 8081]
 *
 * --mode git   review before publishing (草稿 → 待审核 → 待发布 → 发布):
 *              drafts are git branches, publishing merges into this branch.
 * --mode fs    saves go straight into the files (no review step); for
 *              engineers whose checkout has uncommitted work.
 * --mode auto  (default) git when the working tree is clean, else fs.
 *
 * Ctrl+C stops both servers; if either stops, so does the other. At start it
 * also runs the content gate once (npm run check:content) and prints its
 * summary; it does not stop the servers (the build does refuse errors).
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startAstroDev, type AstroDev } from './astro-dev.ts';
import {
  currentBranch,
  isPortTaken,
  startCmsServer,
  workingTreeChanges,
  type CmsMode,
  type CmsServer,
} from './cms-server.ts';
import { baseOfBuild } from '../support/site-checks/dist.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function chooseMode(requested: string): Promise<{ mode: CmsMode; why: string }> {
  if (requested === 'fs') return { mode: 'fs', why: '按要求使用文件模式' };
  let changes: string[];
  try {
    changes = await workingTreeChanges(root);
  } catch {
    if (requested === 'git') throw new Error('--mode git 需要 git 仓库');
    return { mode: 'fs', why: '这里不是 git 仓库' };
  }
  if (requested === 'git' || changes.length === 0) {
    return {
      mode: 'git',
      why:
        changes.length === 0
          ? '工作区干净'
          : `工作区有 ${changes.length} 处未提交的修改:保存会被拒绝,直到它们提交`,
    };
  }
  return { mode: 'fs', why: `工作区有 ${changes.length} 处未提交的修改` };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mode: { type: 'string', default: 'auto' },
      port: { type: 'string', default: '4321' },
      'cms-port': { type: 'string', default: '8081' },
    },
  });
  const port = Number(values.port);
  const cmsPort = Number(values['cms-port']);
  if (!['auto', 'git', 'fs'].includes(values.mode))
    throw new Error(`--mode 只能是 auto、git 或 fs,收到:${values.mode}`);
  for (const p of [port, cmsPort]) {
    if (await isPortTaken(p))
      throw new Error(
        `端口 ${p} 已被占用:可能已经有一个 npm run dev 在运行(先按 Ctrl+C 停掉它),或用 --port / --cms-port 换一个端口`,
      );
  }

  const { mode, why } = await chooseMode(values.mode);
  const branch = (await currentBranch(root)) ?? 'main';
  const prefix = (name: string) => (line: string) => process.stdout.write(`[${name}] ${line}\n`);

  let cms: CmsServer | undefined;
  let site: AstroDev | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled([site?.stop(), cms?.stop()]);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  cms = await startCmsServer({ repoDir: root, mode, port: cmsPort, log: prefix('cms') });
  site = await startAstroDev({
    root,
    port,
    // Astro's lock would send the server to the background when run by an agent; the port check above does its job.
    ignoreLock: true,
    env: { DECAP_SERVER_URL: cms.url, CMS_BRANCH: branch },
    log: prefix('site'),
  }).catch(async (error: unknown) => {
    await cms?.stop();
    throw error;
  });
  site.child.once('exit', (code) => void stop(code ?? 1));

  // The gate's summary line for the checkout's content, for information.
  const gate = spawn(process.execPath, ['src/build/check-content.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let gateOutput = '';
  gate.stdout.on('data', (d: Buffer) => (gateOutput += d.toString('utf8')));
  gate.once('exit', (code) => {
    const summary = gateOutput.trim().split('\n').pop();
    if (summary)
      process.stdout.write(
        `[gate] ${summary}${code === 0 ? '' : '(详情:npm run check:content)'}\n`,
      );
  });

  // Under the settings' basePath (a portal 专栏) astro dev serves there too.
  const base = baseOfBuild(process.env['CONTENT_DIR'] ?? `${root}/content`);
  process.stdout.write(
    [
      '',
      `  网站      ${site.origin}${base}`,
      `  内容管理  ${site.origin}${base}admin/`,
      mode === 'git'
        ? `  审核流程  开启(git 模式,分支 ${branch}):草稿 → 待审核 → 待发布 → 发布。${why}`
        : `  审核流程  关闭(文件模式:保存即写入文件)。${why}`,
      '  按 Ctrl+C 停止',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
