import { isSingleton, type ContentModel } from './config.ts';

/**
 * The file of each one-file collection that the model does not name with
 * `file`: the single .yaml file in its folder (settings → site). Pure:
 * `listYamlFiles(folder)` is passed in (the admin page and the CLI read the
 * content directory).
 */
export function findSingletonFiles(
  model: ContentModel,
  listYamlFiles: (folder: string) => string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, collection] of Object.entries(model)) {
    if (collection.file || !isSingleton(collection)) continue;
    const files = listYamlFiles(collection.folder).filter((f) => f.endsWith('.yaml'));
    if (files.length === 1 && files[0]) out[name] = files[0].slice(0, -'.yaml'.length);
  }
  return out;
}
