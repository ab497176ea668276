import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A throwaway copy of the project for the CMS tests: the sources, public/
 * and content/ at the moment the tests start, as a git repository of its
 * own. `astro dev` runs in it and decap-server edits it, so the tests never
 * touch the real content/ and are not disturbed by edits other people make
 * to the checkout meanwhile. It lives under .cache/ (ignored by git and by
 * the checkout's dev server) so that node_modules resolve from the project,
 * always at the same path: Vite's pre-bundle of Decap (tens of seconds) is
 * then reused from `astroCacheDir` on the next run.
 */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

const COPIED = ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', '.gitignore'];

export interface Workspace {
  dir: string;
  /** Astro's (and Vite's) cache, kept between runs, outside the repository. */
  astroCacheDir: string;
  /** Where a build of the copy goes. */
  outDir: string;
  /** Relative to `dir`, as the CMS config names it. */
  contentDir: string;
  git(...args: string[]): string;
  remove(): void;
}

export function createWorkspace(): Workspace {
  const parent = join(PROJECT_ROOT, '.cache', 'cms-e2e');
  mkdirSync(parent, { recursive: true });
  const lock = join(parent, 'lock');
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid))
      throw new Error(`CMS tests already running (pid ${pid}); ${lock}`);
  }
  writeFileSync(lock, String(process.pid));
  const dir = join(parent, 'workspace');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  // Vite keeps its pre-bundles in <root>/node_modules/.vite: point that at a folder that outlives the copy.
  // (Modules still resolve from the project's node_modules, one level up.)
  const viteHome = join(parent, 'node_modules');
  mkdirSync(viteHome, { recursive: true });
  symlinkSync(viteHome, join(dir, 'node_modules'), 'dir');
  for (const name of COPIED) {
    const from = join(PROJECT_ROOT, name);
    if (existsSync(from)) cpSync(from, join(dir, name), { recursive: true });
  }
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'CMS 测试',
        GIT_AUTHOR_EMAIL: 'cms-test@example.invalid',
        GIT_COMMITTER_NAME: 'CMS 测试',
        GIT_COMMITTER_EMAIL: 'cms-test@example.invalid',
      },
    });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'CMS 测试');
  git('config', 'user.email', 'cms-test@example.invalid');
  git('config', 'commit.gpgsign', 'false');
  git('add', '-A');
  git('commit', '-q', '-m', 'snapshot for CMS tests');
  return {
    dir,
    astroCacheDir: join(parent, 'astro-cache'),
    outDir: join(parent, 'out'),
    contentDir: 'content',
    git,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(lock, { force: true });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
