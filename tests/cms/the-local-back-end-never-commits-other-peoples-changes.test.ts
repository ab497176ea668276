import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { IMAGE_UPLOAD_LIMIT_BYTES } from '../../src/lib/cms/upload-limits.ts';
import {
  BACKEND_FAILURE_MESSAGE,
  freePorts,
  startCmsServer,
  type CmsServer,
} from '../../tools/dev/cms-server.ts';

/**
 * decap-server in git mode commits with `git add .`: in a checkout where
 * someone has uncommitted work, an editor's save would sweep it into the
 * editor's commit. The guard in front of it (tools/dev/cms-server.ts) refuses
 * saves while the working tree has changes of its own, in Chinese. It also
 * gives every request its turn (decap-server fails those that wait 3 s for its
 * lock), lists a draft's own files only, and words decap-server's failures.
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
        options: {
          collectionName: 'topics',
          commitMessage: `Create ${slug}`,
          useWorkflow: true,
          status: 'draft',
        },
      },
    }),
  });

test('the local back end offers the review workflow', async () => {
  const res = await fetch(server.url.replace('localhost', '127.0.0.1'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"action":"info"}',
  });
  expect(await res.json()).toMatchObject({
    publish_modes: ['simple', 'editorial_workflow'],
    type: 'local_git',
  });
});

test("with someone's uncommitted file in the checkout, a save is refused and nothing is committed", async () => {
  writeFileSync(join(repo, 'notes.txt'), 'work in progress\n');
  const res = await save('kong-yan');
  expect(res.status).toBe(409);
  expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
  expect((await res.json()).error).toMatch(
    /^这台电脑上的网站文件夹里有还没提交的修改\(notes\.txt\)/,
  );
  expect(git('branch', '--format=%(refname:short)').trim()).toBe('main');
  rmSync(join(repo, 'notes.txt'));
});

test('a save the guard cannot read is not passed on, nor one that starts with a byte-order mark', async () => {
  writeFileSync(join(repo, 'notes.txt'), 'work in progress\n');
  const url = server.url.replace('localhost', '127.0.0.1');
  const headers = { 'content-type': 'application/json', origin: 'http://localhost:4321' };
  const unreadable = await fetch(url, {
    method: 'POST',
    headers,
    body: '{"action":"persistEntry",',
  });
  expect(unreadable.status).toBe(400);
  const withMark = await fetch(url, {
    method: 'POST',
    headers,
    body: `\uFEFF${JSON.stringify({
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug: 'bom', path: 'content/topics/bom.yaml', raw: 'name: 控烟\n' }],
        assets: [],
        options: {
          collectionName: 'topics',
          commitMessage: 'Create bom',
          useWorkflow: true,
          status: 'draft',
        },
      },
    })}`,
  });
  expect(withMark.status).toBe(409);
  expect(git('branch', '--format=%(refname:short)').trim()).toBe('main');
  rmSync(join(repo, 'notes.txt'));
});

test('with a clean checkout, a save becomes a draft branch holding only the entry', async () => {
  const res = await save('kong-yan');
  expect(res.status).toBe(200);
  expect(git('branch', '--format=%(refname:short)').split('\n')).toContain('cms/topics/kong-yan');
  expect(git('show', '--name-only', '--format=', 'cms/topics/kong-yan').trim()).toBe(
    'content/topics/kong-yan.yaml',
  );
  expect(git('status', '--porcelain')).toBe('');
});

const post = (action: string, params: Record<string, unknown>) =>
  fetch(server.url.replace('localhost', '127.0.0.1'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost:4321' },
    body: JSON.stringify({ action, params: { branch: 'main', ...params } }),
  });

test('an image an entry uses (also in a draft) cannot be deleted; the refusal names the entry', async () => {
  mkdirSync(join(repo, 'content/uploads'), { recursive: true });
  mkdirSync(join(repo, 'content/health'), { recursive: true });
  writeFileSync(join(repo, 'content/uploads/洗手 步骤.png'), 'png');
  writeFileSync(join(repo, 'content/uploads/unused.png'), 'png');
  writeFileSync(
    join(repo, 'content/health/xi-shou.mdx'),
    '---\ntitle: 七步洗手法\n---\n\n![七步洗手](../uploads/洗手 步骤.png)\n',
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'an article and its image');
  const refused = await post('deleteFile', {
    path: 'content/uploads/洗手 步骤.png',
    options: { commitMessage: 'Delete' },
  });
  expect(refused.status).toBe(409);
  expect((await refused.json()).error).toMatch(
    /^不能删除“洗手 步骤\.png”:《七步洗手法》正在使用它/,
  );
  expect(existsSync(join(repo, 'content/uploads/洗手 步骤.png'))).toBe(true);

  // An image only a draft uses (the draft branch of the test above).
  git('checkout', '-q', 'cms/topics/kong-yan');
  writeFileSync(
    join(repo, 'content/topics/kong-yan.yaml'),
    'name: 控烟\nimage: ../uploads/unused.png\n',
  );
  git('commit', '-qam', 'draft uses the image');
  git('checkout', '-q', 'main');
  const draftUse = await post('deleteFile', {
    path: 'content/uploads/unused.png',
    options: { commitMessage: 'Delete' },
  });
  expect(draftUse.status).toBe(409);
  expect((await draftUse.json()).error).toContain('《控烟》(草稿)');
});

test('an image over the upload limit is refused by the local back end too, saying why', async () => {
  const content = Buffer.alloc(IMAGE_UPLOAD_LIMIT_BYTES + 1).toString('base64');
  const res = await post('persistMedia', {
    asset: { path: 'content/uploads/大图.png', content, encoding: 'base64' },
    options: { commitMessage: 'Upload' },
  });
  expect(res.status).toBe(409);
  expect((await res.json()).error).toMatch(
    /^图片“大图\.png”有 1\.0 MB,超过 1\.0 MB 的上限,没有上传。居民多在手机上用流量看网站/,
  );
  expect(existsSync(join(repo, 'content/uploads/大图.png'))).toBe(false);
});

test('a review board with many drafts loads every one: its burst of requests all answer', async () => {
  // decap-server gives each request 3 s to get its turn at the repository and fails the rest with
  // "Unknown error"; the board asks for every draft at once, and one failure empties the board.
  const drafts = Array.from({ length: 60 }, (_, i) => `xuan-chuan-${i}`);
  const base = git('rev-parse', 'main').trim();
  for (const slug of drafts) {
    git('checkout', '-q', '-b', `cms/topics/${slug}`, base);
    mkdirSync(join(repo, 'content/topics'), { recursive: true });
    writeFileSync(join(repo, `content/topics/${slug}.yaml`), `name: 宣传${slug}\n`);
    git('add', '-A');
    git('commit', '-q', '-m', `Create ${slug}`);
    git('config', `branch.cms/topics/${slug}.description`, 'decap-cms/draft');
  }
  git('checkout', '-q', 'main');
  const answers = await Promise.all(
    drafts.flatMap((slug) => [
      post('unpublishedEntry', { collection: 'topics', slug }),
      post('unpublishedEntryDataFile', {
        collection: 'topics',
        slug,
        id: `topics/${slug}`,
        path: `content/topics/${slug}.yaml`,
      }),
    ]),
  );
  expect(answers.map((a) => a.status).filter((s) => s !== 200)).toEqual([]);
});

test('requests a closed tab left unanswered do not hold up the next ones', async () => {
  // A board's worth of requests for the drafts of the test above, each connection closed by the
  // browser while its request waits for its turn.
  const { port } = new URL(server.url);
  await Promise.all(
    Array.from({ length: 60 }, (_, i) => {
      const body = JSON.stringify({
        action: 'unpublishedEntry',
        params: { branch: 'main', collection: 'topics', slug: `xuan-chuan-${i}` },
      });
      return new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            `POST /api/v1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
              `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
            () => setTimeout(() => socket.destroy(), 200 + i * 10),
          );
        });
        socket.on('close', () => resolve());
        socket.on('error', () => {});
      });
    }),
  );
  const next = await post('entriesByFolder', {
    folder: 'content/topics',
    extension: 'yaml',
    depth: 1,
  });
  expect(next.status).toBe(200);
}, 30_000);

test('a draft started before another article was published lists only its own files', async () => {
  // The draft (kong-yan, saved above), then an article and its image published on the site's branch.
  writeFileSync(join(repo, 'content/health/mie-wen.mdx'), '---\ntitle: 灭蚊\n---\n\n正文\n');
  writeFileSync(join(repo, 'content/uploads/mie-wen.png'), 'png');
  git('add', '-A');
  git('commit', '-q', '-m', 'published meanwhile');
  const res = await post('unpublishedEntry', { collection: 'topics', slug: 'kong-yan' });
  expect(res.status).toBe(200);
  const entry = (await res.json()) as { diffs: { path: string }[] };
  expect(entry.diffs.map((d) => d.path)).toEqual(['content/topics/kong-yan.yaml']);
});

test('a failure of decap-server reaches the editor as a sentence to act on, not "Unknown error"', async () => {
  const res = await post('unpublishedEntryMediaFile', {
    collection: 'topics',
    slug: 'kong-yan',
    id: 'content/uploads/gone.png',
    path: 'content/uploads/gone.png',
  });
  expect(res.status).toBe(500);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect((await res.json()).error).toBe(BACKEND_FAILURE_MESSAGE);
});

test('a draft that once replaced a published image cannot be saved without it, which would delete it from the site', async () => {
  // 洗手 步骤.png is published and used by 《七步洗手法》 (the test above); this draft replaced it.
  const image = 'content/uploads/洗手 步骤.png';
  git('checkout', '-q', '-b', 'cms/news/tu-pian', 'main');
  mkdirSync(join(repo, 'content/news'), { recursive: true });
  writeFileSync(join(repo, image), 'png, replaced in the draft');
  writeFileSync(join(repo, 'content/news/tu-pian.md'), '---\ntitle: 图片\n---\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'draft replaces the image');
  git('config', 'branch.cms/news/tu-pian.description', 'decap-cms/draft');
  git('checkout', '-q', 'main');
  const saveDraft = (assets: { path: string; content: string; encoding: string }[]) =>
    post('persistEntry', {
      dataFiles: [
        { slug: 'tu-pian', path: 'content/news/tu-pian.md', raw: '---\ntitle: 图片2\n---\n' },
      ],
      assets,
      options: {
        collectionName: 'news',
        commitMessage: 'Update',
        useWorkflow: true,
        status: 'draft',
      },
    });
  const refused = await saveDraft([]);
  expect(refused.status).toBe(409);
  expect((await refused.json()).error).toMatch(
    /^这次没有保存:这篇草稿曾经换过网站上的“洗手 步骤\.png”.*《七步洗手法》正在使用它/,
  );
  expect(git('show', 'cms/news/tu-pian:content/news/tu-pian.md')).toContain('title: 图片\n');
  const content = Buffer.from('png, replaced in the draft').toString('base64');
  const kept = await saveDraft([{ path: image, content, encoding: 'base64' }]);
  expect(kept.status).toBe(200);
  expect(
    git(
      '-c',
      'core.quotePath=false',
      'ls-tree',
      '--name-only',
      'cms/news/tu-pian',
      '--',
      image,
    ).trim(),
  ).toBe(image);
});
