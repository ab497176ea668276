import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePorts, startCmsServer, type CmsServer } from '../../tools/dev/cms-server.ts';

/**
 * decap-server in git mode commits with `git add .`: in a checkout where
 * someone has uncommitted work, an editor's save would sweep it into the
 * editor's commit. The guard in front of it (tools/dev/cms-server.ts) refuses
 * saves while the working tree has changes of its own, in Chinese.
 */
let repo: string;
let server: CmsServer;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'cms-guard-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'CMS 测试');
  git('config', 'user.email', 'cms-test@example.invalid');
  writeFileSync(join(repo, 'README.md'), '# site\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'init');
  const [port = 0, internalPort = 0] = await freePorts(2);
  server = await startCmsServer({ repoDir: repo, mode: 'git', port, internalPort });
});
afterAll(async () => {
  await server?.stop();
  rmSync(repo, { recursive: true, force: true });
});

const save = (slug: string) =>
  fetch(server.url.replace('localhost', '127.0.0.1'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost:4321' },
    body: JSON.stringify({
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug, path: `content/topics/${slug}.yaml`, raw: 'name: 控烟\n' }],
        assets: [],
        options: { collectionName: 'topics', commitMessage: `Create ${slug}`, useWorkflow: true, status: 'draft' },
      },
    }),
  });

test('the local back end offers the review workflow', async () => {
  const res = await fetch(server.url.replace('localhost', '127.0.0.1'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
  expect(await res.json()).toMatchObject({ publish_modes: ['simple', 'editorial_workflow'], type: 'local_git' });
});

test('with someone\'s uncommitted file in the checkout, a save is refused and nothing is committed', async () => {
  writeFileSync(join(repo, 'notes.txt'), 'work in progress\n');
  const res = await save('kong-yan');
  expect(res.status).toBe(409);
  expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
  expect((await res.json()).error).toMatch(/^这台电脑上的网站文件夹里有还没提交的修改\(notes\.txt\)/);
  expect(git('branch', '--format=%(refname:short)').trim()).toBe('main');
  rmSync(join(repo, 'notes.txt'));
});

test('with a clean checkout, a save becomes a draft branch holding only the entry', async () => {
  const res = await save('kong-yan');
  expect(res.status).toBe(200);
  expect(git('branch', '--format=%(refname:short)').split('\n')).toContain('cms/topics/kong-yan');
  expect(git('show', '--name-only', '--format=', 'cms/topics/kong-yan').trim()).toBe('content/topics/kong-yan.yaml');
  expect(git('status', '--porcelain')).toBe('');
});
