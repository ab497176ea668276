import type { BackendOptions } from './backends.ts';

/**
 * The production back ends documented in docs/cms/backends.md, with
 * placeholder names. `npm run cms:config -- --write-samples` writes the
 * config each produces to docs/cms/config.<name>.yml, and a unit test fails
 * when a sample is stale.
 */
export const sampleBackends: Record<string, BackendOptions> = {
  local: { name: 'proxy', proxyUrl: 'http://localhost:8081/api/v1', branch: 'main' },
  github: {
    name: 'github',
    repo: 'aa-city/chuangwei-site',
    branch: 'main',
    baseUrl: 'https://cms-auth.example.gov.cn',
  },
  gitlab: {
    name: 'gitlab',
    repo: 'aa-city/chuangwei-site',
    branch: 'main',
    appId: 'YOUR-GITLAB-APPLICATION-ID',
  },
  gitea: {
    name: 'gitea',
    repo: 'aa-city/chuangwei-site',
    baseUrl: 'https://git.example.gov.cn',
    appId: 'YOUR-GITEA-OAUTH2-CLIENT-ID',
  },
  forgejo: {
    name: 'forgejo',
    repo: 'aa-city/chuangwei-site',
    baseUrl: 'https://git.example.gov.cn',
    appId: 'YOUR-FORGEJO-OAUTH2-CLIENT-ID',
  },
};

export const SAMPLE_SITE_URL = 'https://chuangwei.example.gov.cn';
