import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fresh scratch folder inside the project (.cache/tests/, git-ignored).
 * Inside, not in /tmp: Astro keeps a build's prerender chunks next to its
 * outDir only when the outDir is within the project, so parallel builds never
 * share them. Created on demand, since a fresh clone has no .cache/.
 */
export function makeWorkDir(prefix: string): string {
  const root = join('.cache', 'tests');
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `${prefix}-`));
}
