import type { z } from 'astro/zod';
import type { SchemaHelpers } from '../../schemas/helpers.ts';
import { type BackendOptions, toBackendConfig, WORKFLOW_BACKENDS } from './backends.ts';
import { editorComponents } from './components.ts';
import { type CmsField, type RelationTarget, toCmsFields } from './fields.ts';
import { SLUG_FIELD } from './slug-field.ts';
import { cmsSchemaHelpers } from './stand-ins.ts';

/**
 * The Decap CMS config, generated from the content model (src/schemas):
 * one collection per model entry with the same fields, required-ness,
 * options and limits as its zod schema. Pure: everything it needs is passed in.
 */

/** What the generator needs of one collection of `contentModel`. */
export interface ModelCollection {
  label: string;
  labelSingular: string;
  folder: string;
  format: 'mdx' | 'yaml';
  /** For a collection that is one file (e.g. settings: `site`): its name without extension. */
  file?: string;
  schema: (helpers: SchemaHelpers) => z.ZodType;
}

export type ContentModel = Record<string, ModelCollection>;

/** The custom formats src/cms registers (see src/lib/cms/format.ts). */
export const FORMATS = { mdx: 'mdx-frontmatter', yaml: 'content-yaml' } as const;

/** Where editors' images go, and how entries (in content/<folder>/) refer to them. */
export const IMAGE_FOLDER = { media: 'uploads', public: '../uploads' } as const;

export interface CmsConfigOptions {
  backend: BackendOptions;
  /** The repository folder holding content (relative to the repository root). */
  contentDir?: string;
  /** URL of the decap-server proxy for local editing; omit to leave local editing off. */
  localBackendUrl?: string | undefined;
  /** The public site, for "view live" links. */
  siteUrl?: string | undefined;
  /**
   * The file of each one-file collection the model does not name with `file`
   * (found by the caller in the content folder), e.g. { hotline: 'hotline' }.
   */
  singletonFiles?: Record<string, string> | undefined;
}

export interface CmsCollectionConfig {
  name: string;
  label: string;
  label_singular: string;
  [option: string]: unknown;
}

export interface CmsConfig {
  backend: Record<string, unknown>;
  [option: string]: unknown;
  collections: CmsCollectionConfig[];
}

export const BODY_FIELD: CmsField = {
  name: 'body',
  label: '正文',
  widget: 'markdown',
  hint: '可以用“添加组件”插入提示框、要点框和带说明的图片',
  modes: ['rich_text', 'raw'],
  buttons: [
    'bold',
    'italic',
    'link',
    'heading-two',
    'heading-three',
    'quote',
    'bulleted-list',
    'numbered-list',
  ],
  editor_components: editorComponents.map((c) => c.id),
  // Decap draws the body's preview as HTML in the CMS's origin, where the editor's Git token
  // lives: sanitised (DOMPurify), whatever a Decap release defaults to (older ones did not).
  sanitize_preview: true,
};

const shapeOf = (collection: ModelCollection): Record<string, z.ZodType> =>
  (collection.schema(cmsSchemaHelpers) as unknown as { shape: Record<string, z.ZodType> }).shape;

/** The field an entry is known by (title, else name, else the first field). */
export function identifierField(collection: ModelCollection): string {
  const names = Object.keys(shapeOf(collection));
  return names.find((n) => n === 'title') ?? names.find((n) => n === 'name') ?? names[0] ?? 'title';
}

/**
 * A collection is one file when the model says so (`file`) or when its
 * entries have neither title nor name to be listed by (settings, hotline,
 * organisation): such a file is edited in place, never created or deleted.
 */
export function isSingleton(collection: ModelCollection): boolean {
  if (collection.file) return true;
  const names = Object.keys(shapeOf(collection));
  return !names.includes('title') && !names.includes('name');
}

/** The path of a collection's entry in articles' URLs, for Decap's "view live" link. */
const ARTICLE_FORMAT = 'mdx';

function buildCollection(
  name: string,
  collection: ModelCollection,
  model: ContentModel,
  contentDir: string,
  singletonFiles: Record<string, string>,
): CmsCollectionConfig {
  const relationTarget = (target: string): RelationTarget => {
    const other = model[target];
    if (!other) throw new Error(`${name}: relation to unknown collection "${target}"`);
    return { displayField: identifierField(other) };
  };
  const fields = toCmsFields(shapeOf(collection), { relationTarget, path: [name] });
  if (collection.format === ARTICLE_FORMAT) fields.push(BODY_FIELD);
  const folder = `${contentDir}/${collection.folder}`;
  const common = { name, label: collection.label, label_singular: collection.labelSingular };
  if (isSingleton(collection)) {
    const file = collection.file ?? singletonFiles[name];
    if (!file)
      throw new Error(
        `${name}: a one-file collection needs \`file\` in contentModel (or one .yaml file in ${folder}/)`,
      );
    return {
      ...common,
      editor: { preview: false },
      files: [
        {
          name: file,
          label: collection.labelSingular,
          file: `${folder}/${file}.yaml`,
          format: FORMATS.yaml,
          fields,
        },
      ],
    };
  }
  const identifier = identifierField(collection);
  const hasDate = fields.some((f) => f.name === 'date');
  return {
    ...common,
    folder,
    extension: collection.format,
    format: FORMATS[collection.format],
    create: true,
    delete: true,
    identifier_field: identifier,
    // The file name: pinyin of the identifier, set once in preSave (src/cms/events.ts), never typed.
    slug: `{{fields.${SLUG_FIELD}}}`,
    // Lists show dates as Chinese readers write them (2026年3月5日).
    summary: hasDate ? `{{${identifier}}}({{date | date('YYYY年M月D日')}})` : `{{${identifier}}}`,
    sortable_fields: hasDate ? [{ field: 'date', default_sort: 'desc' }, identifier] : [identifier],
    ...(collection.format === ARTICLE_FORMAT ? {} : { editor: { preview: false } }),
    fields,
  };
}

/** The whole Decap config for `model`. */
export function buildCmsConfig(model: ContentModel, options: CmsConfigOptions): CmsConfig {
  const contentDir = options.contentDir ?? 'content';
  return {
    backend: toBackendConfig(options.backend),
    ...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl } } : {}),
    load_config_file: false,
    locale: 'zh_Hans',
    // Review before publishing; on Gitea (no workflow in Decap) review is a pull request instead.
    publish_mode: WORKFLOW_BACKENDS.includes(options.backend.name)
      ? 'editorial_workflow'
      : 'simple',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    show_preview_links: false,
    media_folder: `${contentDir}/${IMAGE_FOLDER.media}`,
    public_folder: IMAGE_FOLDER.public,
    // Keeps Chinese file names of uploads readable; entry file names are pinyin anyway.
    slug: { encoding: 'unicode', clean_accents: false, sanitize_replacement: '-' },
    editor: { preview: true },
    collections: Object.entries(model).map(([name, collection]) =>
      buildCollection(name, collection, model, contentDir, options.singletonFiles ?? {}),
    ),
  };
}
