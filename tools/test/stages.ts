/**
 * The stages of `npm test` (run by test.ts). A stage's steps run side by side, each its commands
 * in order. What runs together is what leaves a core idle on its own: the formatting check and the
 * type check are one process each, and a browser test mostly waits on Chromium or a server, so the
 * built site's tests and the CMS's (which needs no build) share the machine.
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
    { name: 'types', commands: [{ run: ['astro', 'sync'] }, { run: ['astro', 'check'] }] },
  ],
  [{ name: 'unit', commands: [vitest('unit')] }],
  [{ name: 'build', commands: [vitest('build')] }],
  [
    {
      name: 'site',
      commands: [
        { run: ['node', 'src/build/build.ts'], env: { CMS_BACKEND: 'proxy' } },
        vitest('site'),
        vitest('site-base'),
      ],
    },
    { name: 'cms', commands: [vitest('cms')] },
  ],
];
