import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isPublished } from '../../src/lib/publishing.ts';
import { articleCollections, type ArticleCollection } from '../../src/schemas/sections.ts';

export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

export interface RawEntry {
  collection: ArticleCollection;
  id: string;
  file: string;
  data: Record<string, unknown> & { title: string; date: Date; draft?: boolean };
  published: boolean;
}

/** The article entries in content/, read straight from the files (not through Astro). */
export function readArticleEntries(now = new Date()): RawEntry[] {
  return articleCollections.flatMap((collection) =>
    readdirSync(join(CONTENT_DIR, collection))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const file = join(CONTENT_DIR, collection, f);
        const frontmatter = readFileSync(file, 'utf8').split(/^---\s*$/m)[1] ?? '';
        const raw = parse(frontmatter) as Record<string, unknown>;
        const data = {
          ...raw,
          title: String(raw.title),
          date: new Date(String(raw.date)),
          draft: raw.draft === true,
        };
        return {
          collection,
          id: f.replace(/\.mdx$/, ''),
          file,
          data,
          published: isPublished({ data }, now),
        };
      }),
  );
}
