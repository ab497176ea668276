import { expect, it } from 'vitest';
import {
  articleCollections,
  contentModel,
  sections,
  type CollectionName,
} from '../../../src/schemas/index.ts';

it('the article collections are exactly the collections of MDX files, each a section with its name', () => {
  const mdx = (Object.keys(contentModel) as CollectionName[]).filter(
    (c) => contentModel[c].format === 'mdx',
  );
  expect([...articleCollections].sort()).toEqual(mdx.sort());
  for (const c of [...articleCollections, 'downloads' as const]) {
    expect(contentModel[c].label).toBe(sections[c].name);
    expect(sections[c].shortName).toMatch(/^\p{Script=Han}+$/u);
  }
});
