import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseLikeTheBuild } from '../lib/gate/build-parser.ts';
import { checkFiles } from '../lib/gate/files.ts';
import { checkBeforeCompile } from '../lib/gate/index.ts';
import { entriesAlong } from '../lib/gate/load.ts';
import { formatFinding } from '../lib/gate/report.ts';

/**
 * The content gate at the one door MDX code goes through: Vite's transform of
 * each `.mdx` file, just before Astro's MDX plugin compiles it. The text
 * checked is the text compiled, whoever changed the file after
 * `npm run check:content` ran, and however the file got here (a link, a
 * folder the listing missed): an MDX file outside the content directory, or
 * one whose reading or body breaks a safety rule, is not compiled and the
 * build (or the dev page) stops naming it. Only the safety rules run here,
 * on the build's own readings (`checkBeforeCompile`): the full gate (links,
 * wording, schemas, files) stays the command's job.
 */

/** Findings for one MDX text, as `file:line:column  rule  message` lines (none when it is safe to compile). */
export function checkMdxBeforeCompile(file: {
  path: string;
  contentPath: string;
  text: string;
}): string[] {
  return checkBeforeCompile(file, parseLikeTheBuild).map(formatFinding);
}

export interface ServedFolders {
  /** The repository root (findings name files relative to it). */
  root: string;
  /** The content directory and public/, each as written and as its real path. */
  areas: readonly { area: 'content' | 'public'; dir: string }[];
  /** The folder Vite serves public files from. */
  publicDir: string;
  /** The site's base path (`/` or `/ztzl/cjwscs/`). */
  base?: string;
}

/** The files a dev-server request could be answered with: from public/, from the project root, or by /@fs/ path. */
function filesForRequest(url: string, { root, publicDir, base = '/' }: ServedFolders): string[] {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://dev.invalid').pathname);
  } catch {
    return [];
  }
  if (pathname.startsWith('/@fs/')) return [pathname.slice('/@fs'.length)];
  const paths =
    base !== '/' && pathname.startsWith(base)
      ? [pathname, `/${pathname.slice(base.length)}`]
      : [pathname];
  return paths.flatMap((p) => [join(publicDir, p), join(root, p)]);
}

/**
 * Why the dev server must not answer a request with a file of the content
 * directory or public/ (the gate's findings on it, one per line), or null. The
 * dev server has no CSP and shares its origin with /admin/, whose local back
 * end writes any file of the checkout: an SVG carrying script, an HTML page or
 * a script file there would run with that power. `npm run dev` runs the gate
 * without stopping on its errors, and files change while it runs (a pull, a
 * CMS branch), so each file is judged when it is asked for, as the gate judges it.
 */
export function refusalToServe(url: string, folders: ServedFolders): string | null {
  for (const file of filesForRequest(url, folders)) {
    for (const { area, dir } of folders.areas) {
      const inside = relative(dir, file);
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) continue;
      const entries = entriesAlong(dir, area, folders.root, inside.split(sep).join('/'));
      if (entries === null) continue;
      const refused = checkFiles(entries).filter((f) => f.severity === 'error');
      if (refused.length > 0) return refused.map(formatFinding).join('\n');
    }
  }
  return null;
}

export default function contentGate({ contentDir }: { contentDir: string }): AstroIntegration {
  let folders: ServedFolders | undefined;
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        // Real paths: Vite hands the transform a link's target, so compare like with like.
        const content = realpathSync(resolve(root, contentDir));
        const publicDir = resolve(fileURLToPath(config.publicDir));
        const real = (dir: string) => {
          try {
            return realpathSync(dir);
          } catch {
            return dir;
          }
        };
        const areas = [
          { area: 'content' as const, dir: resolve(root, contentDir) },
          { area: 'content' as const, dir: content },
          { area: 'public' as const, dir: publicDir },
          { area: 'public' as const, dir: real(publicDir) },
        ];
        folders = {
          root,
          areas,
          publicDir,
          base: config.base.endsWith('/') ? config.base : `${config.base}/`,
        };
        const checked = new Map<string, string>();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-gate:before-mdx-compile',
                enforce: 'pre' as const,
                transform: {
                  order: 'pre' as const,
                  handler(code: string, id: string) {
                    const file = id.split('?')[0] ?? id;
                    if (!/\.mdx$/i.test(file)) return null;
                    if (checked.get(file) === code) return null;
                    let abs: string;
                    try {
                      abs = realpathSync(file);
                    } catch {
                      throw new Error(`${file}: MDX 文件不在磁盘上,没有经过内容检查,不能构建`);
                    }
                    const path = relative(root, abs).split(sep).join('/');
                    if (!abs.startsWith(content + sep)) {
                      throw new Error(
                        `${path}: MDX 文件只能来自内容目录 ${contentDir}/(这个文件在目录之外,可能是经由符号链接找到的),它没有经过内容检查,不能构建`,
                      );
                    }
                    const lines = checkMdxBeforeCompile({
                      path,
                      contentPath: relative(content, abs).split(sep).join('/'),
                      text: code,
                    });
                    if (lines.length > 0)
                      throw new Error(`内容检查未通过,文件没有编译:\n${lines.join('\n')}`);
                    checked.set(file, code);
                    return null;
                  },
                },
              },
            ],
          },
        });
      },
      // Before Vite's own middlewares (Astro calls this from configureServer), so they never see a refused file.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const refusal = folders && req.url ? refusalToServe(req.url, folders) : null;
          if (refusal === null) return next();
          res.statusCode = 403;
          res.setHeader('content-type', 'text/plain; charset=utf-8');
          res.end(
            `内容检查未通过,开发服务器不提供这个文件 (the content gate refuses this file):\n${refusal}\n`,
          );
        });
      },
    },
  };
}
