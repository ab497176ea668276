import { describe, expect, it } from 'vitest';
import {
  parseTarget,
  releaseName,
  rsyncCommand,
  shellQuote,
  switchCommand,
} from '../../../tools/deploy/publish.ts';

/** The command lines npm run deploy sends to a server (no server is reachable here: the folder case runs the same script in tests/build/deploy.test.ts). */
describe('deploy targets', () => {
  it('reads a folder and an rsync target', () => {
    expect(parseTarget('/srv/chuangwei')).toEqual({ kind: 'local', dir: '/srv/chuangwei' });
    expect(parseTarget('deploy@web1.example.gov.cn:/srv/chuangwei')).toEqual({
      kind: 'remote',
      host: 'deploy@web1.example.gov.cn',
      dir: '/srv/chuangwei',
    });
    expect(parseTarget('web1:/srv/chuangwei')).toEqual({
      kind: 'remote',
      host: 'web1',
      dir: '/srv/chuangwei',
    });
    expect(parseTarget('./out:1')).toMatchObject({ kind: 'local' });
  });

  it('names releases by UTC time, so that names sort in the order they were made', () => {
    const a = releaseName(new Date('2026-12-02T09:05:00.120Z'));
    const b = releaseName(new Date('2026-12-02T10:00:00.000Z'));
    expect(a).toBe('20261202T090500120Z');
    expect([b, a].sort()).toEqual([a, b]);
  });

  it('copies to a new incoming folder beside the current release, sharing its unchanged files', () => {
    const target = parseTarget('deploy@web1:/srv/chuangwei') as Extract<
      ReturnType<typeof parseTarget>,
      { kind: 'remote' }
    >;
    expect(
      rsyncCommand('/w/.cache/build/site', target, '.incoming-1', '20261201T000000000Z'),
    ).toEqual([
      'rsync',
      '-a',
      '--delete',
      '-e',
      'ssh -o BatchMode=yes',
      '--link-dest=../20261201T000000000Z',
      '/w/.cache/build/site/',
      'deploy@web1:/srv/chuangwei/releases/.incoming-1/',
    ]);
    expect(rsyncCommand('/w/site/', target, '.incoming-1', null)).not.toContain('--link-dest');
  });

  it('runs the switch script on the server through ssh, its words quoted for the server’s shell', () => {
    const { command, args, script } = switchCommand(parseTarget('web1:/srv/my site'), ['rollback']);
    expect([command, script]).toEqual(['ssh', 'stdin']);
    expect(args.at(-1)).toBe("sh -s -- '/srv/my site' rollback");
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
