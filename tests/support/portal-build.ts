import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { baseOfBuild } from '../../tools/support/site-checks/dist.ts';
import { CONTENT_DIR } from './content.ts';
import { serveBuild } from './serve-dist.ts';

/**
 * The `site-base` project: builds the demo site once as a government portal's
 * 专栏 (SITE_BASE and OUT_DIR from the project's env in vitest.config.ts), then
 * serves it under that path for the test files chosen to prove the base path.
 */
export default async function setup(project: TestProject) {
  const env = project.config.env as Record<string, string>;
  const dir = env['OUT_DIR'];
  if (!dir || !env['SITE_BASE'])
    throw new Error('site-base: set SITE_BASE and OUT_DIR in the project env (vitest.config.ts)');
  const started = performance.now();
  // Without what Vitest adds to its own environment (NODE_ENV=test, MODE, BASE_URL …): the build runs as from a shell.
  const own = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k),
    ),
  );
  const build = spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    env: { ...own, CMS_BACKEND: 'proxy', ...env },
  });
  if (build.status !== 0)
    throw new Error(`the portal-专栏 build failed:\n${build.stdout}\n${build.stderr}`);
  console.log(
    `site-base: built under ${env['SITE_BASE']} into ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return serveBuild(project, dir, baseOfBuild(CONTENT_DIR, env));
}
