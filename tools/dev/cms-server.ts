/**
 * The CMS's local back end: decap-server on this machine, so editors work on
 * the checkout's files without any account.
 *
 * - `fs` mode: decap-server writes files straight into the working tree
 *   (Decap falls back to publishing without review).
 * - `git` mode: decap-server's editorial workflow. Each draft is a branch
 *   `cms/<collection>/<slug>`; moving it through 草稿 → 待审核 → 待发布 is a
 *   note on the branch; 发布 merges it into the current branch. decap-server
 *   commits with `git add .`, which would sweep any other uncommitted change
 *   into an editor's commit, so here it runs behind a small guard that refuses
 *   those operations while the working tree has changes of its own.
 *
 * In both modes the guard also refuses to delete media that entries use and
 * to upload images over the limit (media-guard.ts), and turns decap-server's
 * bare "Unknown error" into a sentence an editor can act on. decap-server's
 * git runs with `core.quotePath` off: git otherwise writes a Chinese file
 * name as `"content/uploads/\350…"`, decap-server lists a draft's image
 * under that name, and the draft can no longer be opened.
 *
 * Used by `npm run dev` (tools/dev/dev.ts) and the CMS browser tests.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import {
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { promisify } from 'node:util';
import { draftBranch, filesDraftChanged } from './drafts.ts';
import { mediaRefusal, type MediaContext } from './media-guard.ts';

const run = promisify(execFile);

/**
 * `env` with `core.quotePath=false` for git, through git's own environment
 * config (added after any the caller already passes), so file names are
 * written as they are, without touching anybody's git config.
 */
export function gitEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const count = Number(env['GIT_CONFIG_COUNT'] ?? '0') || 0;
  return {
    ...env,
    GIT_CONFIG_COUNT: String(count + 1),
    [`GIT_CONFIG_KEY_${count}`]: 'core.quotePath',
    [`GIT_CONFIG_VALUE_${count}`]: 'false',
  };
}

export type CmsMode = 'git' | 'fs';

export interface CmsServerOptions {
  /** The git repository (or folder, in fs mode) whose files the CMS edits. */
  repoDir: string;
  mode: CmsMode;
  /** Port editors' browsers talk to. */
  port: number;
  /** The port decap-server itself listens on behind the guard (a free one when omitted). */
  internalPort?: number;
  /** Where decap-server's log lines go. */
  log?: (line: string) => void;
}

export interface CmsServer {
  /** The `local_backend.url` for the CMS config. */
  url: string;
  stop(): Promise<void>;
}

/** decap-server actions that write to the working tree or commit. */
const WRITING_ACTIONS = new Set([
  'persistEntry',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'publishUnpublishedEntry',
]);

/** `count` distinct free TCP ports on 127.0.0.1 (held together while chosen, so they differ). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => {
      return new Promise<ReturnType<typeof createNetServer>>((resolve, reject) => {
        const server = createNetServer();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server));
      });
    }),
  );
  const ports = servers.map((s) => {
    const address = s.address();
    return typeof address === 'object' && address ? address.port : 0;
  });
  await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
  return ports;
}

/** Whether something already listens on `port` (127.0.0.1). */
export function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createNetServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

/** Uncommitted changes in `repoDir` (`git status --porcelain` lines). */
export async function workingTreeChanges(repoDir: string): Promise<string[]> {
  const { stdout } = await run('git', ['status', '--porcelain', '--untracked-files=all'], {
    cwd: repoDir,
    env: gitEnvironment(process.env),
  });
  return stdout.split('\n').filter(Boolean);
}

export async function currentBranch(repoDir: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['branch', '--show-current'], { cwd: repoDir });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Resolves once `url` answers a POST `{action: 'info'}`. */
async function waitForDecap(url: string, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`decap-server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"action":"info"}',
      });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`decap-server did not answer at ${url}`);
}

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

/** Answers in the guard's own name: JSON the CMS shows, readable from the site's origin. */
function refuse(req: IncomingMessage, res: ServerResponse, message: string, status = 409): void {
  const origin = req.headers.origin;
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (origin && LOCAL_ORIGIN.test(origin)) headers['access-control-allow-origin'] = origin;
  res.writeHead(status, headers).end(JSON.stringify({ error: message }));
}

/** The Chinese explanation editors see when the guard refuses a save. */
export function dirtyTreeMessage(changes: readonly string[]): string {
  const shown = changes
    .slice(0, 5)
    .map((line) => line.slice(3))
    .join('、');
  return (
    `这台电脑上的网站文件夹里有还没提交的修改(${shown}${changes.length > 5 ? ' 等' : ''}),` +
    '为了不把它们混进你的稿件,本次没有保存。请联系网站技术人员提交或撤销这些修改后再试。'
  );
}

/** What the editor reads instead of decap-server's bare "Unknown error" (the real error is in its log). */
export const BACKEND_FAILURE_MESSAGE =
  '内容仓库出了问题,这次操作没有完成。请刷新页面再试一次;还不行的话,请把这句话和当时做的操作告诉网站技术人员(详情在 npm run dev 的窗口里)。';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** How long one request may keep decap-server busy (its slowest, a publish, takes seconds). */
const UPSTREAM_TIMEOUT_MS = 120_000;

interface GuardOptions {
  port: number;
  target: number;
  repoDir: string;
  mode: CmsMode;
  log: (line: string) => void;
}

/**
 * Forwards to decap-server at `target`. Writes pass one at a time (each
 * checked when the one before has answered), so one editor's save in
 * progress is never taken for a stray change by another's; in git mode they
 * are refused while `repoDir` has changes of its own; media writes are
 * checked (media-guard.ts).
 *
 * In git mode every request waits its turn here. decap-server works on one
 * request at a time and fails any that waited 3 s for its turn with "Unknown
 * error"; the review board asks for every draft at once, and a single failure
 * leaves it empty, so with a few dozen drafts on a slow machine the board would
 * not load.
 */
function startGuard({ port, target, repoDir, mode, log }: GuardOptions): Promise<Server> {
  let turn: Promise<void> = Promise.resolve();
  const inTurn = (action: string, work: () => Promise<void>) => {
    const queued = Date.now();
    turn = turn
      .then(async () => {
        const started = Date.now();
        await work();
        // A turn this long holds up every editor: worth a line in the log.
        if (Date.now() - started > 10_000)
          log(
            `guard: ${action} took ${Date.now() - started} ms after waiting ${started - queued} ms`,
          );
      })
      .catch((error: unknown) => log(`guard: ${messageOf(error)}`));
  };
  /**
   * Sends a request on to decap-server and its answer back, read whole before it is sent on: the
   * turn ends when decap-server has answered, even if the browser has gone away meanwhile (a closed
   * tab must not hold up everyone's requests).
   */
  const forward = (
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    rewrite?: (answer: Buffer) => Promise<Buffer>,
  ) =>
    new Promise<void>((done) => {
      let settled = false;
      // decap-server unreachable, gone mid-answer or stuck: the editor reads why (a bare 502 without
      // CORS headers would reach the CMS as a mere "Failed to fetch").
      const unanswered = (error: Error) => {
        if (settled) return;
        settled = true;
        log(
          `guard: no answer from decap-server (${body.toString('utf8').slice(0, 300)}): ${error.message}`,
        );
        if (res.headersSent) res.end();
        else refuse(req, res, BACKEND_FAILURE_MESSAGE, 502);
        done();
      };
      const upstream = request(
        {
          host: '127.0.0.1',
          port: target,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: `127.0.0.1:${target}` },
        },
        (up) => {
          const chunks: Buffer[] = [];
          up.on('data', (c: Buffer) => chunks.push(c));
          up.on('error', unanswered);
          up.on('end', async () => {
            if (settled) return;
            settled = true;
            let answer: Buffer = Buffer.concat(chunks);
            if (rewrite && up.statusCode === 200) {
              try {
                answer = await rewrite(answer);
                // decap-server's etag was for the answer before the rewrite.
                delete up.headers['etag'];
              } catch (error) {
                log(`guard: ${messageOf(error)}`);
              }
            }
            done();
            const headers = { ...up.headers };
            delete headers['transfer-encoding'];
            if (up.statusCode === 500) {
              // decap-server answers every failure with {"error":"Unknown error"}: say something an editor can act on.
              log(
                `decap-server failed (${body.toString('utf8').slice(0, 300)}): ${answer.toString('utf8')}`,
              );
              answer = Buffer.from(JSON.stringify({ error: BACKEND_FAILURE_MESSAGE }));
              headers['content-type'] = 'application/json; charset=utf-8';
            }
            headers['content-length'] = String(answer.length);
            res.writeHead(up.statusCode ?? 502, headers).end(answer);
          });
        },
      );
      // No answer in this time means decap-server is stuck: fail this request rather than all after it.
      upstream.setTimeout(UPSTREAM_TIMEOUT_MS, () =>
        upstream.destroy(new Error(`no answer in ${UPSTREAM_TIMEOUT_MS / 1000} s`)),
      );
      upstream.on('error', unanswered);
      upstream.end(body);
    });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let request_: { action?: unknown; params?: unknown } = {};
      if (req.method === 'POST' && body.length > 0) {
        try {
          // A leading byte-order mark, which decap-server's JSON parser accepts, is read here too.
          request_ = JSON.parse(body.toString('utf8').replace(/^\uFEFF/, '')) as typeof request_;
        } catch {
          // What the guard cannot read, it cannot check: it is not passed on.
          return refuse(req, res, '这次请求无法读取,没有执行', 400);
        }
      }
      const action = request_.action;
      if (typeof action !== 'string' || !WRITING_ACTIONS.has(action)) {
        // A CORS preflight touches no repository and needs no turn. A read whose browser has gone by
        // its turn (a closed or reloaded tab) is not sent at all.
        if (mode === 'git' && typeof action === 'string')
          inTurn(action, async () => {
            if (req.socket.destroyed) return;
            await forward(
              req,
              res,
              body,
              action === 'unpublishedEntry'
                ? (answer) => withDraftChangesOnly(repoDir, siteBranch(request_.params), answer)
                : undefined,
            );
          });
        else void forward(req, res, body);
        return;
      }
      const params = (
        request_.params && typeof request_.params === 'object' ? request_.params : {}
      ) as Record<string, unknown>;
      const media: MediaContext = {
        repoDir,
        mode,
        branch: siteBranch(params),
        gitEnv: gitEnvironment(process.env),
      };
      inTurn(action, async () => {
        try {
          if (mode === 'git') {
            const changes = await workingTreeChanges(repoDir);
            if (changes.length > 0) return refuse(req, res, dirtyTreeMessage(changes));
          }
          const refusal = await mediaRefusal(media, action, params);
          if (refusal) return refuse(req, res, refusal);
        } catch (error) {
          log(`guard: ${messageOf(error)}`);
          return refuse(req, res, '无法读取网站文件夹的状态,本次没有保存');
        }
        await forward(req, res, body);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** The site's branch a decap-server request names (`params.branch`). */
function siteBranch(params: unknown): string {
  const branch = (params as { branch?: unknown } | undefined)?.branch;
  // A name starting with - would be read by git as an option.
  return typeof branch === 'string' && /^[^-]/.test(branch) ? branch : 'main';
}

/** A file of a draft as decap-server lists it (`diffs` of an `unpublishedEntry` answer). */
interface DraftFile {
  path: string;
  oldPath?: string;
}

/**
 * Of the files decap-server lists for a draft, those the draft changed: `changed` holds the paths
 * changed on its branch since it left the site's branch. decap-server compares the branch with the
 * site's branch as it is now, so whatever was published after the draft was started (another
 * article, its images) is listed too, as if the draft had deleted it. The CMS then asks the draft
 * for those files, fails, and shows no review board at all.
 */
function draftChangesOnly<T extends DraftFile>(
  files: readonly T[],
  changed: ReadonlySet<string>,
): T[] {
  return files.filter(
    (file) => changed.has(file.path) || (file.oldPath !== undefined && changed.has(file.oldPath)),
  );
}

/** An `unpublishedEntry` answer with only the files its draft changed (see draftChangesOnly). */
async function withDraftChangesOnly(
  repoDir: string,
  site: string,
  answer: Buffer,
): Promise<Buffer> {
  const entry = JSON.parse(answer.toString('utf8')) as {
    collection?: string;
    slug?: string;
    diffs?: DraftFile[];
  };
  if (!entry.collection || !entry.slug || !Array.isArray(entry.diffs)) return answer;
  const draft = draftBranch(entry.collection, entry.slug);
  const changed = await filesDraftChanged(repoDir, gitEnvironment(process.env), site, draft);
  return Buffer.from(JSON.stringify({ ...entry, diffs: draftChangesOnly(entry.diffs, changed) }));
}

/** Starts decap-server behind the guard and resolves once it answers. */
export async function startCmsServer(options: CmsServerOptions): Promise<CmsServer> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('decap-server/dist/index.js');
  const internalPort =
    options.internalPort ?? (await freePorts(2)).find((p) => p !== options.port) ?? 0;
  const child = spawn(process.execPath, [entry], {
    cwd: options.repoDir,
    env: {
      ...gitEnvironment(process.env),
      MODE: options.mode,
      PORT: String(internalPort),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: options.repoDir,
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = options.log ?? (() => {});
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (d: Buffer) => d.toString('utf8').split('\n').filter(Boolean).forEach(log));
  await waitForDecap(`http://127.0.0.1:${internalPort}/api/v1`, child);
  const guard = await startGuard({
    port: options.port,
    target: internalPort,
    repoDir: options.repoDir,
    mode: options.mode,
    log,
  });
  return {
    url: `http://localhost:${options.port}/api/v1`,
    stop: async () => {
      guard.closeAllConnections();
      await new Promise<void>((r) => guard.close(() => r()));
      if (child.exitCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
