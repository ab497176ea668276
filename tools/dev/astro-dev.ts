/**
 * Starts `astro dev` as a child process and waits until it serves pages.
 * Used by `npm run dev` (tools/dev/dev.ts) and the CMS browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface AstroDevOptions {
  /** The Astro project (where astro.config.mjs is). */
  root: string;
  port: number;
  /** Address to listen on; Astro's default (localhost) when omitted. */
  host?: string;
  /** Extra environment: CONTENT_DIR, DECAP_SERVER_URL, CMS_BRANCH … */
  env?: Record<string, string>;
  /**
   * Skip Astro's one-dev-server-per-project lock (and its automatic
   * backgrounding when run by an agent); the caller checks the port itself.
   */
  ignoreLock?: boolean;
  log?: (line: string) => void;
}

export interface AstroDev {
  origin: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`astro dev did not answer at ${url}`);
}

/**
 * The environment minus what a test runner sets (VITEST…, NODE_ENV=test):
 * under those, astro dev answered every page with a 404.
 */
function withoutTestRunnerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([key]) =>
        !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST' && key !== 'MODE',
    ),
  );
}

export async function startAstroDev(
  options: AstroDevOptions,
  timeoutMs = 120_000,
): Promise<AstroDev> {
  const require = createRequire(import.meta.url);
  // The CLI is not an export of the package: find it next to its package.json.
  const astroBin = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  const args = [astroBin, 'dev', '--port', String(options.port)];
  if (options.host) args.push('--host', options.host);
  if (options.ignoreLock) args.push('--ignore-lock');
  const child = spawn(process.execPath, args, {
    cwd: options.root,
    env: { ...withoutTestRunnerEnv(process.env), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = options.log ?? (() => {});
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (d: Buffer) => d.toString('utf8').split('\n').filter(Boolean).forEach(log));
  const origin = `http://${options.host ?? 'localhost'}:${options.port}`;
  await waitForHttp(`${origin}/`, child, timeoutMs);
  return {
    origin,
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
