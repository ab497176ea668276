import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { configText, sampleConfigText, singletonFilesIn } from '../../../tools/cms/cms-config.ts';
import { backendFromEnv, toBackendConfig } from '../../../src/lib/cms/backends.ts';
import { sampleBackends } from '../../../src/lib/cms/samples.ts';
import { getContentDir } from '../../../src/schemas/index.ts';

test.each(Object.keys(sampleBackends))(
  'docs/cms/config.%s.yml is what the generator makes (run `npm run cms:config -- --write-samples` after changing a schema)',
  (name) => {
    expect(readFileSync(`docs/cms/config.${name}.yml`, 'utf8')).toBe(
      sampleConfigText(name, singletonFilesIn(getContentDir())),
    );
  },
);

test('review before publishing on every back end whose Decap implementation has it; on Gitea, a review branch', () => {
  for (const [name, backend] of Object.entries(sampleBackends)) {
    const config = parse(configText(backend, singletonFilesIn(getContentDir()), undefined, 'test'));
    expect(config.publish_mode, name).toBe(name === 'gitea' ? 'simple' : 'editorial_workflow');
    if (name === 'gitea') expect(config.backend.branch).toBe('cms-review');
  }
});

test('the back end comes from the environment, naming what is missing', () => {
  expect(backendFromEnv({})).toEqual({
    name: 'proxy',
    proxyUrl: 'http://localhost:8081/api/v1',
    branch: undefined,
  });
  expect(
    backendFromEnv({
      CMS_BACKEND: 'github',
      CMS_REPO: 'a/b',
      CMS_BASE_URL: 'https://auth.example',
    }),
  ).toMatchObject({ name: 'github', repo: 'a/b', baseUrl: 'https://auth.example' });
  expect(() => backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b' })).toThrow(
    'CMS_BACKEND=gitea needs CMS_BASE_URL',
  );
  expect(() => backendFromEnv({ CMS_BACKEND: 'svn' })).toThrow(/must be one of/);
  expect(
    toBackendConfig({ name: 'forgejo', repo: 'a/b', baseUrl: 'https://git.example/', appId: 'id' }),
  ).toMatchObject({ api_root: 'https://git.example/api/v1', branch: 'main' });
});
