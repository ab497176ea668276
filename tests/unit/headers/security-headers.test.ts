import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import securityHeaders, { HEADERS_FILE } from '../../../src/integrations/security-headers.ts';
import { backendForBuild } from '../../../src/lib/cms/backends.ts';
import { hashScript } from '../../../src/lib/headers/csp.ts';
import { headersForPath, parseHeadersFile } from '../../../src/lib/headers/rules.ts';
import { READING_BOOT_SCRIPT } from '../../../src/lib/reading-settings.ts';
import { makeWorkDir } from '../../support/work-dir.ts';

/**
 * The security-headers build step on a small built site: the CSP holds the
 * hashes of the site's own inline scripts only, and a page with any other
 * script stops the build naming the page; a build names its CMS back end.
 */
type Hooks = Required<AstroIntegration['hooks']>;
const logger = { info: () => undefined } as unknown as Parameters<
  Hooks['astro:build:done']
>[0]['logger'];
const work = resolve(makeWorkDir('security-headers'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(name: string, pages: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

function build(dir: string) {
  const integration = securityHeaders({ cmsBackend: () => ({ name: 'github' }) });
  const hooks = integration.hooks as Hooks;
  hooks['astro:config:setup']({
    command: 'build',
    config: { srcDir: pathToFileURL(`${work}/src/`) },
    updateConfig: () => undefined,
  } as never);
  return () => hooks['astro:build:done']({ dir: pathToFileURL(`${dir}/`), logger } as never);
}

const boot = `<script>${READING_BOOT_SCRIPT}</script>`;

describe('the security headers of a build', () => {
  it('allow the site’s own inline script by its hash from source, on every path, files and assets included', async () => {
    const dir = site('own', {
      'index.html': `<!doctype html><head>${boot}</head>`,
      'health/x/index.html': `<p>${boot}</p>`,
      'favicon.svg': '<svg/>',
      '_astro/a.js': '',
    });
    await build(dir)();
    const rules = parseHeadersFile(readFileSync(join(dir, HEADERS_FILE), 'utf8'));
    for (const path of [
      '/',
      '/health/x/',
      '/favicon.svg',
      '/_astro/a.js',
      '/pagefind/pagefind.js',
    ]) {
      expect(headersForPath(rules, path)['Content-Security-Policy'], path).toContain(
        hashScript(READING_BOOT_SCRIPT),
      );
    }
  });

  it('stop the build naming each page and line with script the site’s code did not emit', async () => {
    const dir = site('foreign', {
      'index.html': `<!doctype html>${boot}`,
      'news/a/index.html': `<p>文章</p>\n<script>alert(1)</script>`,
      'news/b/index.html': `<img src="/a.png" onerror="alert(2)">`,
      // An SVG file runs its script when opened; this one only when read as the XML it is.
      'favicon.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(3)</s:script></svg>',
    });
    const run = build(dir);
    await expect(async () => run()).rejects.toThrow(
      /news\/a\/index\.html:2 {2}inline script[\s\S]*news\/b\/index\.html:1 {2}<img onerror[\s\S]*favicon\.svg {2}SVG /,
    );
  });

  it('need a chosen CMS back end to build, and none to run the dev server', () => {
    expect(() => backendForBuild({})).toThrow(
      /CMS_BACKEND=github、gitlab、gitea 或 forgejo[\s\S]*CMS_BACKEND=proxy/,
    );
    expect(backendForBuild({ CMS_BACKEND: 'proxy' })?.name).toBe('proxy');
    // A build without /admin/ (CMS_BACKEND=none) has no back end, and says so rather than guessing one.
    expect(backendForBuild({ CMS_BACKEND: 'none' })).toBeNull();
    const hooks = securityHeaders({
      cmsBackend: () => backendForBuild({}) ?? { name: 'none' },
    }).hooks as Hooks;
    const setup = (command: string) =>
      hooks['astro:config:setup']({
        command,
        config: { srcDir: pathToFileURL(`${work}/src/`) },
        updateConfig: () => undefined,
      } as never);
    expect(() => setup('build')).toThrow(/CMS_BACKEND/);
    expect(() => setup('dev')).not.toThrow();
  });
});
