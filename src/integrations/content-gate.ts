import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getChinaToday } from '../lib/dates.ts';
import { parseLikeTheBuild } from '../lib/gate/build-parser.ts';
import { checkContent } from '../lib/gate/index.ts';
import { formatFinding, type RuleId } from '../lib/gate/report.ts';

/**
 * The content gate at the one door MDX code goes through: Vite's transform of
 * each `.mdx` file, just before Astro's MDX plugin compiles it. The text
 * checked is the text compiled, whoever changed the file after
 * `npm run check:content` ran, and however the file got here (a link, a
 * folder the listing missed): an MDX file outside the content directory, or
 * one whose reading or body breaks a safety rule, is not compiled and the
 * build (or the dev page) stops naming it. The full gate (links, wording,
 * structure) stays the command's job.
 */

/** The rules that stop code from reaching the build machine or a reader's browser. */
export const SAFETY_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'parse-error',
  'file-encoding',
  'file-characters',
  'frontmatter-fence',
  'yaml-construct',
  'mdx-import',
  'mdx-export',
  'mdx-expression',
  'mdx-spread',
  'mdx-unknown-element',
  'mdx-forbidden-element',
  'mdx-unknown-prop',
  'mdx-prop-value',
  'mdx-event-handler',
  'dangerous-html',
  'unsafe-url',
]);

const noWords = { path: '', text: '[]' };

/** Safety findings for one MDX text, as `file:line:column  rule  message` lines. */
export function checkMdxBeforeCompile(file: { path: string; contentPath: string; text: string }, today: string): string[] {
  const { findings } = checkContent({
    files: [file],
    contentAssets: new Map(),
    publicAssets: new Map(),
    wording: { forbidden: noWords, corrections: noWords },
    today,
    only: new Set([file.path]),
    buildParser: parseLikeTheBuild,
  });
  return findings.filter((f) => f.severity === 'error' && SAFETY_RULES.has(f.rule)).map(formatFinding);
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
                    const lines = checkMdxBeforeCompile({ path, contentPath: relative(content, abs).split(sep).join('/'), text: code }, getChinaToday(new Date()));
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
