// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { contentGateInBrowser, preBundlesWithoutSourceMaps } from './src/cms/vite-plugin.ts';
import contentGate from './src/integrations/content-gate.ts';
import publishedUploads from './src/integrations/published-uploads.ts';
import { backendForBuild, isCmsBuilt } from './src/lib/cms/backends.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { resolveSiteBase } from './src/lib/site-base.ts';
import { stripBase } from './src/lib/urls.ts';
import { contentModel } from './src/schemas/index.ts';

// The site's public address is content too: it lives in the settings file editors own.
const contentDir = process.env.CONTENT_DIR ?? './content';
const settingsFile = `${contentDir}/${contentModel.settings.folder}/${contentModel.settings.file}.yaml`;
if (!existsSync(settingsFile))
  throw new Error(
    `缺少网站设置文件 ${settingsFile}:运行 npm run check:content 查看内容目录缺少什么`,
  );
const settings = parse(readFileSync(settingsFile, 'utf8'));
// Where the site is published: `/`, or a portal's 专栏 such as /ztzl/cjwscs/ (settings' basePath;
// SITE_BASE overrides it for one build). Everything that links reads it back via src/lib/urls.ts.
const base = resolveSiteBase(settings.basePath, process.env.SITE_BASE);

export default defineConfig({
  site: settings.siteUrl,
  base,
  trailingSlash: 'always',
  // Overridable so that parallel builds (tests, the benchmark) never share output or cache.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro',
  // A rebuild copies each page whose cacheKey and code are unchanged from the last build (kept in
  // cacheDir): the key of every page covers all the data it shows (src/lib/content.ts, withPageKeys).
  // Astro turns it off when build.concurrency > 1; keep the default 1.
  experimental: { incrementalBuild: true },
  integrations: [
    // First: checks every MDX file just before it is compiled (src/integrations/content-gate.ts).
    contentGate({ contentDir }),
    mdx(),
    // The editors' CMS at /admin/, unless CMS_BACKEND=none (src/integrations/cms-admin.ts).
    cmsAdmin({ enabled: isCmsBuilt(process.env) }),
    // The sitemap lists what residents should find: not the CMS, not the print-only posters and handbooks (their PDFs are in the download centre).
    sitemap({
      filter: (page) =>
        !/^\/(admin|posters|handbooks)\//.test(stripBase(new URL(page).pathname, base) ?? ''),
    }),
    // Uploads no built page uses (public/ copies, images of content/uploads) are taken out of dist/.
    publishedUploads({ contentDir }),
    // Last: dist/_headers, whose CSP allows only the inline scripts the site's code emits
    // (a page with any other fails the build); /admin/ may reach only the Git host the CMS is built for.
    // (CMS_BACKEND=none builds no /admin/: the CSP of its path then allows no other host.)
    securityHeaders({ cmsBackend: () => backendForBuild(process.env) ?? { name: 'none' } }),
  ],
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      // AVIF at sharp's default effort (4) takes 6 s an image on a 2-core machine;
      // effort 2 takes 0.5 s for files about 5% larger. Palette PNG keeps the
      // fallback of flat illustrations a third of the size.
      config: { avif: { effort: 2 }, png: { palette: true } },
    },
  },
  vite: {
    // The base for src/lib/urls.ts, fixed at build time in server and browser code alike. Not
    // import.meta.env.BASE_URL: in pre-rendered pages an environment variable BASE_URL (which
    // Vitest, for one, sets to /) overrides it, and every link would leave the base.
    define: { __SITE_BASE__: JSON.stringify(base) },
    // The uploaded images of the content folder the gate checked (CONTENT_DIR's, when set): src/lib/uploads.ts.
    resolve: { alias: { '@content-uploads': resolve(contentDir, 'uploads') } },
    // contentGateInBrowser: the CMS runs the content gate in the browser before saving (src/cms/vite-plugin.ts);
    // preBundlesWithoutSourceMaps: /admin/ in astro dev loads Decap without a 33 MB inline source map.
    plugins: [tailwindcss(), contentGateInBrowser(), preBundlesWithoutSourceMaps()],
    // Build outputs and tool caches under the project are not sources: watching them
    // made `astro dev` reload open pages (the CMS at /admin/) whenever anything built.
    // (Anchored at this project, so a copy of it under .cache/, as the CMS tests make, still watches its own files.)
    server: {
      watch: {
        ignored: ['.cache', 'dist', 'test-results'].map(
          (dir) => `${fileURLToPath(new URL(`./${dir}/`, import.meta.url))}**`,
        ),
      },
    },
    build: {
      rolldownOptions: {
        // Astro's MDX output starts with a "use astro:head-inject" directive that the bundler warns
        // about once per article (withastro/astro#18087, harmless): at 5,000 articles that is 10,000
        // lines burying the build's real messages. Every other warning still shows.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
