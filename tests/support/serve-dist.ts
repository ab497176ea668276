import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { DIST, SITE_BASE } from './dist.ts';
import { startStaticServer } from '../../tools/support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
  }
}

/**
 * Serves a built site for the site tests, under its base path as its host
 * would. They read where it is with inject('siteOrigin'): the origin and the
 * base without its last slash (`http://127.0.0.1:4000/ztzl/cjwscs`), so a
 * test opens `${siteOrigin}/health/` whatever the base.
 */
export async function serveBuild(project: TestProject, dir: string, base: string) {
  if (!existsSync(`${dir}/index.html`))
    throw new Error(`${dir}/ is missing: run \`npm run build\` before the site tests`);
  const { server, origin } = await startStaticServer(dir, { base });
  project.provide('siteOrigin', `${origin}${base.slice(0, -1)}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** The `site` project: the build `npm run build` made (dist/, or OUT_DIR). */
export default function setup(project: TestProject) {
  return serveBuild(project, DIST, SITE_BASE);
}
