/**
 * The stages of `npm test` (run by test.ts). A stage's steps run side by side, each its commands
 * in order. What runs together is what leaves a core idle on its own: the formatting check, the
 * type check with the build tests after it, and the unit tests; a browser test mostly waits on
 * Chromium or a server, so the built site's tests share the machine with the CMS's (which need no
 * build) and then the portal build's. (Two site test files at a time beside the CMS was no faster
 * and made CMS tests time out.)
 */
export interface Step {
  name: string;
  /** Run one after another; each a command and its arguments, with extra environment. */
  commands: { run: string[]; env?: Record<string, string> }[];
}

/** A Vitest project of vitest.config.ts. */
export const vitest = (project: string) => ({ run: ['vitest', 'run', '--project', project] });

export const STAGES: Step[][] = [
  [
    { name: 'format', commands: [{ run: ['prettier', '--check', '.'] }] },
    // The type check and the build tests one after the other: both write the project's .astro/
    // folder (the content modules of the content they build), so side by side they could read
    // each other's.
    {
      name: 'types+build',
      commands: [{ run: ['astro', 'sync'] }, { run: ['astro', 'check'] }, vitest('build')],
    },
    { name: 'unit', commands: [vitest('unit')] },
  ],
  [
    {
      name: 'site',
      commands: [
        { run: ['node', 'src/build/build.ts'], env: { CMS_BACKEND: 'proxy' } },
        vitest('site'),
      ],
    },
    // The portal build (site-base) makes its own build: it waits for no other step.
    { name: 'cms', commands: [vitest('cms'), vitest('site-base')] },
  ],
];
