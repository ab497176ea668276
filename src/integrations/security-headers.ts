import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  adminOriginsForBackend,
  buildAdminCsp,
  buildPublicCsp,
  findForeignScripts,
  hashScript,
  serializeCsp,
  type CmsBackendLike,
} from '../lib/headers/csp.ts';
import {
  buildAreaHeaders,
  buildHeaderRules,
  formatHeadersFile,
  formatNginxMaps,
} from '../lib/headers/rules.ts';
import { READING_BOOT_SCRIPT } from '../lib/reading-settings.ts';
import { svgScriptProblem } from '../lib/svg.ts';
import { withBase } from '../lib/urls.ts';

/** The `_headers` file Netlify and Cloudflare Pages read (neither serves it). */
export const HEADERS_FILE = '_headers';
/** The nginx `map`s of the same headers, included by src/deploy/nginx.conf (which refuses to serve it). */
export const NGINX_MAPS_FILE = '_headers.nginx.conf';

/**
 * The inline scripts the site's source writes as they are (`is:inline`): the
 * reading-settings boot script, which must run before first paint.
 */
export const INLINE_SOURCE_SCRIPTS: readonly string[] = [READING_BOOT_SCRIPT];

export interface SecurityHeadersOptions {
  /**
   * The CMS back end the admin page is built for (the same options the CMS
   * config uses): its Git host is the only other origin /admin/ may reach.
   * Called only by `astro build` (so it may throw when none is chosen); in
   * `astro dev`, the local decap-server that `npm run dev` starts.
   */
  cmsBackend?: () => CmsBackendLike;
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

/**
 * A Vite plugin (client build) that records the hash of every script chunk
 * bundled from the site's own source (`src/`): Astro writes the small ones
 * into the pages inline, exactly as the bundler emitted them (trimmed).
 * Content never becomes such a chunk: MDX may not carry scripts, and the gate
 * refuses every file that tries.
 */
function recordOwnScripts(srcDir: string, hashes: Set<string>) {
  return {
    name: 'security-headers:own-inline-scripts',
    applyToEnvironment: (environment: { name: string }) => environment.name === 'client',
    generateBundle: {
      // Before Astro's own plugin takes the chunks it inlines out of the bundle.
      order: 'pre' as const,
      handler(
        _options: unknown,
        bundle: Record<string, { type: string; code?: string; facadeModuleId?: string | null }>,
      ) {
        for (const output of Object.values(bundle)) {
          const module = output.facadeModuleId?.split('?')[0];
          if (output.type === 'chunk' && output.code !== undefined && module?.startsWith(srcDir))
            hashes.add(hashScript(output.code.trim()));
        }
      },
    },
  };
}

/**
 * Writes the host's security headers after the build. The CSP allows only
 * the inline scripts the site's own code emits, hashed from that code (the
 * `is:inline` scripts of the source and the bundler's output of `src/`); a
 * page that carries any other inline script, script attribute or script
 * file fails the build, naming the page. Listed last in astro.config.mjs.
 */
export default function securityHeaders(options: SecurityHeadersOptions = {}): AstroIntegration {
  const ownHashes = new Set(INLINE_SOURCE_SCRIPTS.map((script) => hashScript(script)));
  let cmsBackend: CmsBackendLike | undefined;
  // The build's base path (a portal's 专栏, /ztzl/cjwscs/): pages link to its files under it.
  let base = '/';
  /** A built file's address: `health/x/index.html` → `/ztzl/cjwscs/health/x/index.html`. */
  const hrefOf = (file: string) => withBase(`/${file}`, base);
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        // A build names its back end before anything is built (the message says how).
        if (command === 'build') cmsBackend = options.cmsBackend?.();
        base = (config.base ?? '/').endsWith('/') ? (config.base ?? '/') : `${config.base}/`;
        const srcDir = fileURLToPath(config.srcDir);
        updateConfig({
          vite: {
            plugins: [
              recordOwnScripts(srcDir.endsWith(sep) ? srcDir : `${srcDir}${sep}`, ownHashes),
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = listFiles(out);
        const builtFiles = new Set(files.map(hrefOf));
        const pages = files.filter((f) => f.endsWith('.html'));
        const isAdmin = (page: string) => page.startsWith('admin/');
        const used = { public: new Set<string>(), admin: new Set<string>() };
        const foreign: string[] = [];
        for (const page of pages) {
          const from = posix.dirname(hrefOf(page));
          const isBuiltScript = (src: string) => {
            const url = new URL(src, `https://site${from}/`);
            return (
              url.origin === 'https://site' && builtFiles.has(decodeURIComponent(url.pathname))
            );
          };
          const html = readFileSync(join(out, page), 'utf8');
          const usedHashes = isAdmin(page) ? used.admin : used.public;
          for (const f of findForeignScripts(html, { ownHashes, isBuiltScript, usedHashes }))
            foreign.push(`${page}:${f.line}  ${f.message}`);
        }
        // An SVG file is a document of its own when opened: its script runs as a page's would.
        for (const file of files.filter((f) => /\.svg$/i.test(f))) {
          const bytes = readFileSync(join(out, file));
          let text: string;
          let validUtf8 = true;
          try {
            text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
          } catch {
            text = new TextDecoder('utf-8').decode(bytes);
            validUtf8 = false;
          }
          const why = svgScriptProblem(text, { validUtf8 });
          if (why)
            foreign.push(`${file}  SVG ${why} (an SVG file that could run script when opened)`);
        }
        if (foreign.length > 0) {
          throw new Error(
            `构建已停止:${foreign.length} 处脚本不是网站代码生成的,发布后会在读者浏览器中执行。Pages carry script the site's code did not emit:\n${foreign.join('\n')}`,
          );
        }
        const publicHashes = [...used.public].sort();
        const adminHashes = [...used.admin].sort();
        const publicCsp = serializeCsp(buildPublicCsp({ scriptHashes: publicHashes }));
        const backend = cmsBackend ?? { name: 'proxy', proxyUrl: 'http://localhost:8081/api/v1' };
        const adminCsp = serializeCsp(
          buildAdminCsp({ ...adminOriginsForBackend(backend), scriptHashes: adminHashes }),
        );
        const areas = buildAreaHeaders({ publicCsp, adminCsp });
        const topLevel = readdirSync(out);
        const rules = buildHeaderRules({
          topLevel,
          isFolder: (name) => statSync(join(out, name)).isDirectory(),
          areas,
          base,
        });
        writeFileSync(
          join(out, HEADERS_FILE),
          formatHeadersFile(
            rules,
            'Generated by the build (src/integrations/security-headers.ts): do not edit.\nNetlify and Cloudflare Pages read this file; for nginx see src/deploy/nginx.conf.',
          ),
        );
        writeFileSync(join(out, NGINX_MAPS_FILE), formatNginxMaps(areas, base));
        logger.info(
          `${HEADERS_FILE}: ${pages.length} pages, ${publicHashes.length} inline script hash(es) public, ${adminHashes.length} admin`,
        );
      },
    },
  };
}
