import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, listDistFiles } from '../support/dist.ts';

/**
 * Every page of the build is valid HTML by the W3C Nu Html Checker (npm
 * vnu-jar, run with the machine's Java): a browser guesses at invalid markup,
 * and screen readers and WeChat's browser guess differently. Errors only
 * (warnings are advice); one Java start for all pages, about 5 s.
 */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('valid HTML', () => {
  it('has no error on any page, by the Nu Html Checker', () => {
    const pages = listDistFiles('.html');
    expect(pages.length).toBeGreaterThan(100);
    const run = spawnSync(
      'java',
      ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...pages.map((p) => join(DIST, p))],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (run.error)
      throw new Error(
        `the Nu Html Checker could not run (Java 17 or newer is needed): ${run.error.message}`,
      );
    // The report is JSON on stderr; a checker that could not start writes something else there.
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map(
        (m) =>
          `${m.url.split(`${DIST}/`).pop()}:${m.lastLine ?? 0}  ${m.message}  «${(m.extract ?? '').trim()}»`,
      );
    expect(errors).toEqual([]);
  });
});
