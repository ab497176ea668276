import type { CMS } from 'decap-cms-core';
import { FORMATS } from '../lib/cms/config.ts';
import {
  parseMdxFile,
  parseYamlFile,
  serializeMdxFile,
  serializeYamlFile,
} from '../lib/cms/format.ts';

/** Registers how the CMS reads and writes .mdx and .yaml content (src/lib/cms/format.ts). */
export function registerFormats(cms: CMS): void {
  cms.registerCustomFormat(FORMATS.mdx, 'mdx', {
    fromFile: parseMdxFile,
    toFile: (data, sortedKeys) => serializeMdxFile(data as Record<string, unknown>, sortedKeys),
  });
  cms.registerCustomFormat(FORMATS.yaml, 'yaml', {
    fromFile: parseYamlFile,
    toFile: (data, sortedKeys) => serializeYamlFile(data as Record<string, unknown>, sortedKeys),
  });
}
