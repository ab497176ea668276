/**
 * Where the CMS reads and writes content. Locally (`npm run dev`) Decap
 * talks to decap-server on this machine; in production to the office's Git
 * host. Each host's options are documented in docs/cms/backends.md.
 */
export type BackendOptions =
  /** decap-server on this machine (no account). */
  | { name: 'proxy'; proxyUrl: string; branch?: string | undefined }
  /** GitHub, or GitHub Enterprise with `apiRoot`; login through an OAuth proxy at `baseUrl`. */
  | {
      name: 'github';
      repo: string;
      branch?: string | undefined;
      baseUrl?: string | undefined;
      apiRoot?: string | undefined;
    }
  /** GitLab.com or self-hosted GitLab (`apiRoot`, `baseUrl`), login with PKCE using an OAuth `appId`. */
  | {
      name: 'gitlab';
      repo: string;
      branch?: string | undefined;
      appId?: string | undefined;
      apiRoot?: string | undefined;
      baseUrl?: string | undefined;
    }
  /**
   * Self-hosted Gitea, login with PKCE using an OAuth `appId`. Decap's Gitea
   * back end has no editorial workflow, so the CMS commits to `branch`
   * (default `cms-review`) and review happens as a pull request into main.
   */
  | {
      name: 'gitea';
      repo: string;
      baseUrl: string;
      appId: string;
      apiRoot?: string | undefined;
      branch?: string | undefined;
    }
  /** Self-hosted Forgejo (a Gitea fork): same options as Gitea, with Decap's editorial workflow. */
  | {
      name: 'forgejo';
      repo: string;
      baseUrl: string;
      appId: string;
      apiRoot?: string | undefined;
      branch?: string | undefined;
    };

export type BackendName = BackendOptions['name'];

/** Back ends whose Decap implementation supports `publish_mode: editorial_workflow`. */
export const WORKFLOW_BACKENDS: readonly BackendName[] = ['proxy', 'github', 'gitlab', 'forgejo'];

/** The branch Decap commits to on Gitea, reviewed into main as a pull request. */
export const GITEA_REVIEW_BRANCH = 'cms-review';

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

type GitHostOptions = Exclude<BackendOptions, { name: 'proxy' }>;

/** What every Git host's section starts with: the host, the repository and the branch the CMS commits to. */
const gitHost = (options: GitHostOptions, defaultBranch = 'main') => ({
  name: options.name,
  repo: options.repo,
  branch: options.branch ?? defaultBranch,
});

/** Gitea and Forgejo (its fork) take the same options; their API lives under the instance's address unless given. */
const giteaHost = (options: Extract<BackendOptions, { name: 'gitea' | 'forgejo' }>) => ({
  base_url: options.baseUrl,
  api_root: options.apiRoot ?? `${options.baseUrl.replace(/\/$/, '')}/api/v1`,
  app_id: options.appId,
});

/** Decap's `backend` section for `options`. */
export function toBackendConfig(options: BackendOptions): Record<string, unknown> {
  const squash = { squash_merges: true };
  switch (options.name) {
    case 'proxy':
      return { name: 'proxy', proxy_url: options.proxyUrl, branch: options.branch ?? 'main' };
    case 'github':
      return defined({
        ...gitHost(options),
        base_url: options.baseUrl,
        api_root: options.apiRoot,
        ...squash,
      });
    case 'gitlab':
      return defined({
        ...gitHost(options),
        auth_type: options.appId ? 'pkce' : undefined,
        app_id: options.appId,
        api_root: options.apiRoot,
        base_url: options.baseUrl,
        ...squash,
      });
    case 'gitea':
      return defined({ ...gitHost(options, GITEA_REVIEW_BRANCH), ...giteaHost(options) });
    case 'forgejo':
      return defined({ ...gitHost(options), ...giteaHost(options), ...squash });
  }
}

/**
 * Reads the back end from environment variables (CMS_BACKEND, CMS_REPO,
 * CMS_BRANCH, CMS_BASE_URL, CMS_API_ROOT, CMS_APP_ID, DECAP_SERVER_URL);
 * without CMS_BACKEND, the local decap-server. Throws naming what is missing.
 */
export function backendFromEnv(env: Record<string, string | undefined>): BackendOptions {
  const name = env['CMS_BACKEND'] ?? 'proxy';
  const branch = env['CMS_BRANCH'] || undefined;
  const need = (key: string): string => {
    const value = env[key];
    if (!value) throw new Error(`CMS_BACKEND=${name} needs ${key}`);
    return value;
  };
  const opt = (key: string) => env[key] || undefined;
  switch (name) {
    case 'proxy':
      return { name, proxyUrl: env['DECAP_SERVER_URL'] || DEFAULT_DECAP_SERVER_URL, branch };
    case 'github':
      return {
        name,
        repo: need('CMS_REPO'),
        branch,
        baseUrl: opt('CMS_BASE_URL'),
        apiRoot: opt('CMS_API_ROOT'),
      };
    case 'gitlab':
      return {
        name,
        repo: need('CMS_REPO'),
        branch,
        appId: opt('CMS_APP_ID'),
        apiRoot: opt('CMS_API_ROOT'),
        baseUrl: opt('CMS_BASE_URL'),
      };
    case 'gitea':
    case 'forgejo':
      return {
        name,
        repo: need('CMS_REPO'),
        baseUrl: need('CMS_BASE_URL'),
        appId: need('CMS_APP_ID'),
        apiRoot: opt('CMS_API_ROOT'),
        branch,
      };
    default:
      throw new Error(
        `CMS_BACKEND must be one of proxy, github, gitlab, gitea, forgejo, or none for no /admin/ (got "${name}")`,
      );
  }
}

/**
 * The back end a build's /admin/ is made for, named in the environment:
 * `npm run dev` may fall back to the local decap-server, but a build is for
 * publishing, and an /admin/ pointed at a decap-server on the editor's own
 * machine would be published without a word. Throws the message to show.
 * `null` for CMS_BACKEND=none: a build without /admin/ (isCmsBuilt).
 */
export function backendForBuild(env: Record<string, string | undefined>): BackendOptions | null {
  if (!env['CMS_BACKEND']) {
    throw new Error(
      '构建网站前请选择内容管理系统(/admin/)的后端:部署用 CMS_BACKEND=github、gitlab、gitea 或 forgejo,并设置 CMS_REPO 等(见 docs/cms.md);' +
        '只在本机预览或测试时用 CMS_BACKEND=proxy(/admin/ 连接本机的 decap-server);不要 /admin/ 的构建用 CMS_BACKEND=none。' +
        ' A build needs CMS_BACKEND: github, gitlab, gitea or forgejo for the site you deploy, proxy for a local preview, or none for a site without /admin/.',
    );
  }
  if (!isCmsBuilt(env)) return null;
  return backendFromEnv(env);
}

/** Whether the site has /admin/: always in `npm run dev`, in a build unless CMS_BACKEND=none. */
export function isCmsBuilt(env: Record<string, string | undefined>): boolean {
  return env['CMS_BACKEND'] !== 'none';
}

/** Where `npm run dev` starts decap-server. */
export const DEFAULT_DECAP_SERVER_URL = 'http://localhost:8081/api/v1';
