import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../tools/test/stages.ts';

describe('the stages of npm test', () => {
  it('run every Vitest project of vitest.config.ts exactly once', () => {
    const config = readFileSync('vitest.config.ts', 'utf8');
    const projects = [...config.matchAll(/\bname: '([\w-]+)'/g)].map((m) => m[1]);
    expect(projects.length).toBeGreaterThanOrEqual(5);
    const run = STAGES.flat().flatMap((step) =>
      step.commands
        .filter((c) => c.run[0] === 'vitest')
        .map((c) => c.run[c.run.indexOf('--project') + 1]),
    );
    expect(run.toSorted()).toEqual(projects.toSorted());
  });

  it('build the site before the site tests run, in the same step', () => {
    const site = STAGES.flat().find((step) => step.name === 'site');
    const commands = site?.commands.map((c) => c.run.join(' ')) ?? [];
    expect(commands[0]).toBe('node src/build/build.ts');
    expect(commands.indexOf('vitest run --project site')).toBeGreaterThan(0);
  });
});
