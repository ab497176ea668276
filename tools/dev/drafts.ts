import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Drafts of decap-server's git mode: each a branch `cms/<collection>/<slug>`
 * started from the site's branch.
 */
const run = promisify(execFile);

export const draftBranch = (collection: string, slug: string) => `cms/${collection}/${slug}`;

/**
 * The paths a draft changed since it left the site's branch (from their merge base, so what was
 * published on the site's branch meanwhile is not among them). Throws when the draft does not exist.
 */
export async function filesDraftChanged(
  repoDir: string,
  gitEnv: NodeJS.ProcessEnv,
  site: string,
  draft: string,
): Promise<Set<string>> {
  const git = async (...args: string[]) =>
    (await run('git', args, { cwd: repoDir, env: gitEnv })).stdout;
  const base = (await git('merge-base', site, draft)).trim();
  const changed = await git('diff', '--name-only', '-z', base, draft, '--');
  return new Set(changed.split('\0').filter(Boolean));
}
