import { downloadSchema } from './downloads.ts';
import { handbookSchema } from './handbooks.ts';
import { healthSchema } from './health.ts';
import type { SchemaHelpers } from './helpers.ts';
import { hotlineSchema } from './hotline.ts';
import { letterSchema } from './letters.ts';
import { newsSchema } from './news.ts';
import { organisationSchema } from './organisation.ts';
import { sections } from './sections.ts';
import { settingsSchema } from './settings.ts';
import { standardAreaSchema } from './standards.ts';
import { taxonomySchema } from './taxonomy.ts';
import { vocabularySchema } from './vocabulary.ts';

/**
 * The content model: every collection the site has, where its files live
 * and the schema they must satisfy. `src/content.config.ts`, the CMS config
 * and the content gate are all derived from this list.
 */
export const contentModel = {
  letters: {
    label: sections.letters.name,
    labelSingular: '公开信/倡议书',
    folder: 'letters',
    format: 'mdx',
    schema: (_h?: SchemaHelpers) => letterSchema(),
  },
  health: {
    label: sections.health.name,
    labelSingular: '健康教育文章',
    folder: 'health',
    format: 'mdx',
    schema: healthSchema,
  },
  news: {
    label: sections.news.name,
    labelSingular: '新闻',
    folder: 'news',
    format: 'mdx',
    schema: newsSchema,
  },
  topics: {
    label: '健康主题',
    labelSingular: '健康主题',
    folder: 'topics',
    format: 'yaml',
    schema: (_h?: SchemaHelpers) => taxonomySchema(),
  },
  columns: {
    label: '新闻栏目',
    labelSingular: '栏目',
    folder: 'columns',
    format: 'yaml',
    schema: (_h?: SchemaHelpers) => taxonomySchema(),
  },
  downloads: {
    label: sections.downloads.name,
    labelSingular: '下载资料',
    folder: 'downloads',
    format: 'yaml',
    schema: downloadSchema,
  },
  handbooks: {
    label: '宣传手册与读本',
    labelSingular: '手册',
    folder: 'handbooks',
    format: 'yaml',
    schema: handbookSchema,
  },
  organisation: {
    label: '组织机构',
    labelSingular: '组织机构',
    folder: 'organisation',
    format: 'yaml',
    /** One file: content/organisation/structure.yaml. */
    file: 'structure',
    schema: (_h?: SchemaHelpers) => organisationSchema(),
  },
  standards: {
    label: '创建标准与进度',
    labelSingular: '标准领域',
    folder: 'standards',
    format: 'yaml',
    schema: (_h?: SchemaHelpers) => standardAreaSchema(),
  },
  hotline: {
    label: '投诉热线',
    labelSingular: '投诉热线',
    folder: 'hotline',
    format: 'yaml',
    /** One file: content/hotline/hotline.yaml. */
    file: 'hotline',
    schema: (_h?: SchemaHelpers) => hotlineSchema(),
  },
  vocabulary: {
    label: '搜索同义词',
    labelSingular: '搜索同义词表',
    folder: 'vocabulary',
    format: 'yaml',
    schema: (_h?: SchemaHelpers) => vocabularySchema(),
  },
  settings: {
    label: '网站设置',
    labelSingular: '网站设置',
    folder: 'settings',
    format: 'yaml',
    /** One file, which every page needs: content/settings/site.yaml. */
    file: 'site',
    schema: (_h?: SchemaHelpers) => settingsSchema(),
  },
} as const;

export type CollectionName = keyof typeof contentModel;
export {
  articleCollections,
  isArticleCollection,
  sections,
  type ArticleCollection,
  type SectionId,
} from './sections.ts';
export const collectionNames = Object.keys(contentModel) as CollectionName[];

/** Where content lives; `CONTENT_DIR` lets tests and the benchmark build other content. */
export function getContentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR ?? './content';
}
