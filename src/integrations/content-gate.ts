import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseLikeTheBuild } from '../lib/gate/build-parser.ts';
import { checkBeforeCompile } from '../lib/gate/index.ts';
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
export function checkMdxBeforeCompile(file: { path: string; contentPath: string; text: string }): string[] {
  return checkBeforeCompile(file, parseLikeTheBuild).map(formatFinding);
}

export default function contentGate({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        // Real paths: Vite hands the transform a link's target, so compare like with like.
        const content = realpathSync(resolve(root, contentDir));
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
                      throw new Error(`${path}: MDX 文件只能来自内容目录 ${contentDir}/(这个文件在目录之外,可能是经由符号链接找到的),它没有经过内容检查,不能构建`);
                    }
                    const lines = checkMdxBeforeCompile({ path, contentPath: relative(content, abs).split(sep).join('/'), text: code });
                    if (lines.length > 0) throw new Error(`内容检查未通过,文件没有编译:\n${lines.join('\n')}`);
                    checked.set(file, code);
                    return null;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
