import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { DIST } from './dist.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
  }
}

/** Serves the built dist/ for the `site` tests; they read its origin with inject('siteOrigin'). */
export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/ is missing: run \`npm run build\` before the site tests`);
  const { server, origin } = await startStaticServer(DIST);
  project.provide('siteOrigin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
