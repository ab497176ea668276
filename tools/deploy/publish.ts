import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Publishing a built site atomically, to a folder on this machine or to a
 * server over ssh and rsync. Either way the site folder holds releases/<name>/
 * (each a whole site) and `current`, a link to one of them that the web
 * server serves; releases.sh, run where the site is served, switches the link.
 */

const SWITCH_SCRIPT = resolve(import.meta.dirname, 'releases.sh');

/** Where to publish: a folder here, or `[user@]host:/folder` on a server. */
export type Target = { kind: 'local'; dir: string } | { kind: 'remote'; host: string; dir: string };

export function parseTarget(to: string): Target {
  // host:folder or user@host:folder, as rsync and scp write it; a path with a slash before any colon is local.
  const remote = /^((?:[\w.-]+@)?[\w.-]+):(.+)$/.exec(to);
  if (remote && !to.startsWith('/') && !to.startsWith('.'))
    return { kind: 'remote', host: remote[1]!, dir: remote[2]! };
  if (to.trim() === '')
    throw new Error('--to 需要一个目录或 user@host:/目录 (a folder or an rsync target)');
  return { kind: 'local', dir: resolve(to) };
}

/** A release's name: the UTC time, to the millisecond, so that names sort in the order they were made. */
export function releaseName(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('.', '');
}

/** Quotes one word for a POSIX shell (ssh hands its command to the server's shell as one string). */
export function shellQuote(word: string): string {
  return /^[\w./@:=-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The command lines that run releases.sh with `args` for `target` (for a server: through ssh, the script on stdin). */
export function switchCommand(
  target: Target,
  args: readonly string[],
): { command: string; args: string[]; script: 'stdin' | 'file' } {
  if (target.kind === 'local')
    return { command: 'sh', args: [SWITCH_SCRIPT, target.dir, ...args], script: 'file' };
  return {
    command: 'ssh',
    args: [
      ...sshOptions,
      target.host,
      ['sh', '-s', '--', target.dir, ...args].map(shellQuote).join(' '),
    ],
    script: 'stdin',
  };
}

/** Never ask for a password or a host key on a runner with nobody to answer. */
const sshOptions = ['-o', 'BatchMode=yes'];

/** The rsync command copying `dist` into a new incoming folder on the server, sharing unchanged files with the current release. */
export function rsyncCommand(
  dist: string,
  target: Extract<Target, { kind: 'remote' }>,
  incoming: string,
  current: string | null,
): string[] {
  const linkDest = current ? [`--link-dest=../${current}`] : [];
  return [
    'rsync',
    '-a',
    '--delete',
    '-e',
    `ssh ${sshOptions.join(' ')}`,
    ...linkDest,
    `${dist.replace(/\/?$/, '/')}`,
    `${target.host}:${target.dir}/releases/${incoming}/`,
  ];
}

function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'inherit'],
    ...options,
  });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} 失败 (exit ${result.status})`);
  return String(result.stdout ?? '').trim();
}

function runSwitch(target: Target, args: readonly string[]): string {
  const { command, args: argv, script } = switchCommand(target, args);
  return run(
    command,
    argv,
    script === 'stdin' ? { input: readFileSync(SWITCH_SCRIPT, 'utf8') } : {},
  );
}

export interface PublishResult {
  release: string;
  previous: string | null;
}

/**
 * Copies the built site `dist` to a new release of `target` and switches
 * `current` to it. Until the switch nothing readers see has changed: a copy
 * that fails is removed and `current` still points at the previous release.
 * Keeps the newest `keep` releases (and always the previous one).
 */
export function publish(
  dist: string,
  target: Target,
  { keep = 5, now = new Date() }: { keep?: number; now?: Date } = {},
): PublishResult {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist} 不是构建好的网站(没有 index.html)`);
  const release = releaseName(now);
  const incoming = `.incoming-${release}`;
  const previous = runSwitch(target, ['prepare']) || null;
  if (target.kind === 'local') {
    const dir = join(target.dir, 'releases', incoming);
    try {
      cpSync(dist, dir, { recursive: true, errorOnExist: true });
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  } else {
    const [command, ...args] = rsyncCommand(dist, target, incoming, previous);
    run(command!, args);
  }
  runSwitch(target, ['activate', incoming, release, String(keep)]);
  return { release, previous };
}

/** Points `current` back at the release before it; returns that release's name. */
export function rollback(target: Target): string {
  return runSwitch(target, ['rollback']);
}

/** Runs the command that makes the server read the new release (nginx reloads the headers it includes). */
export function reload(target: Target, command: string): void {
  if (target.kind === 'local') run('sh', ['-c', command], { stdio: 'inherit' });
  else run('ssh', [...sshOptions, target.host, command], { stdio: 'inherit' });
}
