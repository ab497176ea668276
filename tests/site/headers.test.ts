import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { SAXParser } from 'parse5-sax-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS_FILE, NGINX_MAPS_FILE } from '../../src/integrations/security-headers.ts';
import { parseCsp } from '../../src/lib/headers/csp.ts';
import { headersForPath, parseHeadersFile } from '../../src/lib/headers/rules.ts';
import { useBrowser } from '../support/use-browser.ts';
import { DIST, hrefOf, listDistFiles, readDist, SITE_BASE } from '../support/dist.ts';
import { startStaticServer } from '../../tools/support/static-server.ts';
import { onePagePerTemplate, scrollToBottom, urlPathOf } from '../support/templates.ts';

/**
 * The security headers the build writes for the static host, checked against
 * the built pages: every inline script is covered by its page's CSP, and every
 * kind of page runs in Chromium under those headers without a CSP violation.
 */
const rules = parseHeadersFile(readDist(HEADERS_FILE));
/** The headers of a site path (`/health/x/`) as the host sends them: under the build's base path. */
const headersOf = (sitePath: string) => headersForPath(rules, hrefOf(sitePath));
const cspFor = (sitePath: string) => parseCsp(headersOf(sitePath)['Content-Security-Policy'] ?? '');
const htmlFiles = listDistFiles('.html');

/** Inline scripts as parse5 (a second, independent HTML tokenizer) sees them. */
async function inlineScriptsOf(html: string): Promise<{ type: string; text: string }[]> {
  const scripts: { type: string; text: string }[] = [];
  let current: { type: string; text: string } | undefined;
  const parser = new SAXParser();
  parser.on('startTag', (tag) => {
    if (tag.tagName !== 'script') return;
    const attr = (name: string) => tag.attrs.find((a) => a.name === name)?.value;
    current =
      attr('src') === undefined
        ? { type: (attr('type') ?? '').toLowerCase(), text: '' }
        : undefined;
  });
  parser.on('text', (text) => {
    if (current) current.text += text.text;
  });
  parser.on('endTag', (tag) => {
    if (tag.tagName === 'script' && current) scripts.push(current);
    current = undefined;
  });
  await new Promise<void>((resolve, reject) =>
    parser.end(html, () => resolve()).on('error', reject),
  );
  return scripts;
}

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const isData = (type: string) =>
  !['', 'module', 'text/javascript', 'application/javascript'].includes(type);

describe('dist/_headers', () => {
  it('is written by the build, with the nginx maps beside it', () => {
    expect(existsSync(join(DIST, HEADERS_FILE))).toBe(true);
    expect(readFileSync(join(DIST, NGINX_MAPS_FILE), 'utf8')).toContain(
      'map $uri $site_content_security_policy',
    );
  });

  it('gives every page exactly one CSP, the public one without unsafe-inline scripts or eval', () => {
    for (const file of htmlFiles) {
      const path = urlPathOf(file);
      const header = headersOf(path)['Content-Security-Policy'];
      expect(header, path).toBeTruthy();
      expect(header, `${path}: two policies merged`).not.toMatch(/,\s*default-src/);
      if (file.startsWith('admin/')) continue;
      const scriptSrc = cspFor(path)['script-src'] ?? [];
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toContain("'unsafe-eval'");
      expect(cspFor(path)['frame-ancestors'], path).toEqual(["'none'"]);
    }
  });

  it('covers the sha256 of every inline script on every page', async () => {
    const uncovered: string[] = [];
    for (const file of htmlFiles) {
      const allowed = new Set(cspFor(urlPathOf(file))['script-src']);
      for (const script of await inlineScriptsOf(readDist(file))) {
        if (isData(script.type)) continue;
        if (!allowed.has(sha256(script.text)))
          uncovered.push(`${file}: ${script.text.slice(0, 60)}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it('has no inline event handlers or javascript: links, which the CSP would block', () => {
    const offending: string[] = [];
    for (const file of htmlFiles.filter((f) => !f.startsWith('admin/'))) {
      const walk = (node: {
        name?: string;
        attribs?: Record<string, string>;
        children?: unknown[];
      }) => {
        for (const [name, value] of Object.entries(node.attribs ?? {})) {
          if (/^on/i.test(name) || /^\s*javascript:/i.test(value))
            offending.push(`${file}: <${node.name} ${name}="${value.slice(0, 40)}">`);
        }
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk(parseDocument(readDist(file)));
    }
    expect(offending).toEqual([]);
  });

  it('sends nosniff, a referrer policy, a permissions policy and no framing on every path', () => {
    for (const path of ['/', '/_astro/x.css', '/health/', '/admin/']) {
      const h = headersOf(path);
      expect(h['X-Content-Type-Options'], path).toBe('nosniff');
      expect(h['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
      expect(h['Permissions-Policy'], path).toContain('camera=()');
      expect(h['X-Frame-Options'], path).toBe('DENY');
    }
  });
});

describe('every kind of page under the CSP, in Chromium', () => {
  let server: Server;
  let origin: string;
  const browser = useBrowser();

  beforeAll(async () => {
    const started = await startStaticServer(DIST, {
      headersFor: (path) => headersForPath(rules, path),
      base: SITE_BASE,
    });
    server = started.server;
    origin = `${started.origin}${SITE_BASE.slice(0, -1)}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  // One walk for two promises to residents: no page breaks its CSP, and no page makes the phone
  // contact another host (no fonts, analytics, CDNs or embeds). A request the CSP lets through
  // to another host is caught as a request, one it blocks as a violation.
  it('reports no CSP violation and no request to another host on load, scroll and a search, on every kind of page', async () => {
    const violations: string[] = [];
    const foreign: string[] = [];
    const pages = onePagePerTemplate();
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    const isOwn = (url: string) =>
      url.startsWith(`${new URL(origin).origin}/`) ||
      url.startsWith('data:') ||
      url.startsWith('blob:');
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    let current = '';
    page.on('request', (request) => {
      if (!isOwn(request.url())) foreign.push(`${current} → ${request.url()}`);
    });
    page.on('console', (m) => {
      if (/Refused to|Content Security Policy|CSP violation|Permissions-Policy/i.test(m.text()))
        violations.push(`${current}: ${m.text()}`);
    });
    for (const path of [...pages.values(), '/search/?q=%E5%8D%AB%E7%94%9F', '/no-such-page/']) {
      current = path;
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      await scrollToBottom(page);
      await page.waitForLoadState('networkidle');
    }
    current = '/search/ (typing)';
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    const box = page.locator('main input[type="search"]').first();
    if ((await box.count()) > 0) {
      await box.fill('垃圾分类');
      await box.press('Enter');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    }
    await page.close();
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('runs the CMS at /admin/ under its own CSP without a violation', async (ctx) => {
    if (!existsSync(join(DIST, 'admin/index.html'))) ctx.skip();
    const violations: string[] = [];
    const page = await browser().newPage();
    page.on('console', (m) => {
      if (/Refused to|Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${origin}/admin/`, { waitUntil: 'networkidle', timeout: 60_000 });
    await page.waitForTimeout(1000);
    await page.close();
    expect(violations).toEqual([]);
  });
});
