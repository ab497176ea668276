import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentModel, getContentDir, type CollectionName } from './schemas/index.ts';

// Wires each collection of the content model (src/schemas) to a glob loader; nothing else lives here.
const base = (name: CollectionName) => `${getContentDir()}/${contentModel[name].folder}`;
const mdx = (name: CollectionName) => glob({ pattern: '*.mdx', base: base(name) });
const yaml = (name: CollectionName) => glob({ pattern: '*.yaml', base: base(name) });

export const collections = {
  letters: defineCollection({ loader: mdx('letters'), schema: contentModel.letters.schema() }),
  health: defineCollection({
    loader: mdx('health'),
    schema: ({ image }) => contentModel.health.schema({ image, reference }),
  }),
  news: defineCollection({
    loader: mdx('news'),
    schema: ({ image }) => contentModel.news.schema({ image, reference }),
  }),
  topics: defineCollection({ loader: yaml('topics'), schema: contentModel.topics.schema() }),
  columns: defineCollection({ loader: yaml('columns'), schema: contentModel.columns.schema() }),
  downloads: defineCollection({
    loader: yaml('downloads'),
    schema: ({ image }) => contentModel.downloads.schema({ image }),
  }),
  handbooks: defineCollection({
    loader: yaml('handbooks'),
    schema: ({ image }) => contentModel.handbooks.schema({ image, reference }),
  }),
  settings: defineCollection({ loader: yaml('settings'), schema: contentModel.settings.schema() }),
  organisation: defineCollection({
    loader: yaml('organisation'),
    schema: contentModel.organisation.schema(),
  }),
  standards: defineCollection({
    loader: yaml('standards'),
    schema: contentModel.standards.schema(),
  }),
  hotline: defineCollection({ loader: yaml('hotline'), schema: contentModel.hotline.schema() }),
  vocabulary: defineCollection({
    loader: yaml('vocabulary'),
    schema: contentModel.vocabulary.schema(),
  }),
};
