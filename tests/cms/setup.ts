import { mkdirSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startAstroDev } from '../../tools/dev/astro-dev.ts';
import { freePorts, startCmsServer } from '../../tools/dev/cms-server.ts';
import { launchBrowser } from '../../tools/support/browser.ts';
import { openAdmin } from './support/admin.ts';
import { createWorkspace } from './support/workspace.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    cms: { origin: string; decapUrl: string; repoDir: string };
  }
}

/**
 * For the `cms` tests: a throwaway copy of the project (tests/cms/support/workspace.ts),
 * decap-server in git mode (editorial workflow) on it, and `astro dev` serving it,
 * each on a free port. Warms the admin bundle once so the tests do not each pay for it.
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const workspace = createWorkspace();
  const log: string[] = [];
  const keep = (name: string) => (line: string) => log.push(`[${name}] ${line}`);
  const [cmsPort = 0, decapPort = 0, sitePort = 0] = await freePorts(3);
  const cms = await startCmsServer({
    repoDir: workspace.dir,
    mode: 'git',
    port: cmsPort,
    internalPort: decapPort,
    log: keep('cms'),
  });
  const decapUrl = cms.url.replace('localhost', '127.0.0.1');
  const site = await startAstroDev({
    root: workspace.dir,
    port: sitePort,
    host: '127.0.0.1',
    ignoreLock: true,
    env: {
      DECAP_SERVER_URL: decapUrl,
      CMS_BRANCH: 'main',
      CONTENT_DIR: `${workspace.dir}/content`,
      OUT_DIR: workspace.outDir,
      ASTRO_CACHE_DIR: workspace.astroCacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    log: keep('site'),
  }).catch(async (error: unknown) => {
    await cms.stop();
    process.stderr.write(log.join('\n'));
    throw error;
  });
  // The first visit of /admin/ makes Vite pre-bundle Decap (tens of seconds without a cache): pay it here, once.
  const browser = await launchBrowser();
  try {
    await (await openAdmin(browser, site.origin, decapUrl)).page.close();
  } finally {
    await browser.close();
  }
  project.provide('cms', { origin: site.origin, decapUrl, repoDir: workspace.dir });
  process.stdout.write(
    `cms setup: workspace ${workspace.dir}, site ${site.origin}, decap ${decapUrl} (${Date.now() - started} ms)\n`,
  );
  return async () => {
    await Promise.allSettled([site.stop(), cms.stop()]);
    // What the servers said, for a failed run (decap-server's errors, the guard's slow turns).
    mkdirSync('test-results/cms', { recursive: true });
    writeFileSync('test-results/cms/servers.log', `${log.join('\n')}\n`);
    if (process.env['KEEP_CMS_WORKSPACE']) process.stdout.write(`kept ${workspace.dir}\n`);
    else workspace.remove();
  };
}
