/**
 * npm run cms:config — prints the Decap CMS config generated from the
 * content model (src/lib/cms/config.ts), as YAML.
 *
 *   node tools/cms/cms-config.ts [--backend local|github|gitlab|gitea|forgejo]
 *   node tools/cms/cms-config.ts --write-samples   # docs/cms/config.<backend>.yml
 *
 * Without --backend the back end comes from the environment (CMS_BACKEND …,
 * see src/lib/cms/backends.ts), as for the admin page. The samples use the
 * placeholder options of src/lib/cms/samples.ts; they are generated files:
 * edit the schemas or the generator, then write them again.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { backendFromEnv, type BackendOptions } from '../../src/lib/cms/backends.ts';
import { buildCmsConfig, type ContentModel } from '../../src/lib/cms/config.ts';
import { sampleBackends, SAMPLE_SITE_URL } from '../../src/lib/cms/samples.ts';
import { findSingletonFiles } from '../../src/lib/cms/singletons.ts';
import { contentModel, getContentDir } from '../../src/schemas/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const model = contentModel as unknown as ContentModel;

/** The sample config file for `name`, as committed under docs/cms/. */
export function sampleConfigText(name: string, singletonFiles: Record<string, string>): string {
  const backend = sampleBackends[name];
  if (!backend) throw new Error(`unknown sample back end "${name}"`);
  return configText(
    backend,
    singletonFiles,
    SAMPLE_SITE_URL,
    `node tools/cms/cms-config.ts --write-samples`,
  );
}

export function configText(
  backend: BackendOptions,
  singletonFiles: Record<string, string>,
  siteUrl: string | undefined,
  command: string,
): string {
  const config = buildCmsConfig(model, {
    backend,
    localBackendUrl: backend.name === 'proxy' ? backend.proxyUrl : undefined,
    siteUrl,
    singletonFiles,
  });
  const header = `# Generated from the content model (src/schemas) by \`${command}\`: do not edit.\n# The admin page at /admin/ builds this same config itself; this file documents it.\n`;
  return header + stringify(config, { lineWidth: 0, aliasDuplicateObjects: false });
}

export function singletonFilesIn(contentDir: string): Record<string, string> {
  return findSingletonFiles(model, (folder) => {
    try {
      return readdirSync(join(contentDir, folder));
    } catch {
      return [];
    }
  });
}

function main(): void {
  const { values } = parseArgs({
    options: { backend: { type: 'string' }, 'write-samples': { type: 'boolean', default: false } },
  });
  const singletons = singletonFilesIn(join(root, getContentDir()));
  if (values['write-samples']) {
    for (const name of Object.keys(sampleBackends)) {
      const path = join(root, 'docs', 'cms', `config.${name}.yml`);
      writeFileSync(path, sampleConfigText(name, singletons));
      process.stdout.write(`${path}\n`);
    }
    return;
  }
  const backend = values.backend ? sampleBackends[values.backend] : backendFromEnv(process.env);
  if (!backend)
    throw new Error(`--backend must be one of ${Object.keys(sampleBackends).join(', ')}`);
  process.stdout.write(
    configText(
      backend,
      singletons,
      undefined,
      `node tools/cms/cms-config.ts${values.backend ? ` --backend ${values.backend}` : ''}`,
    ),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
