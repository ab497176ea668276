/**
 * The site's sections: the three article collections (MDX pages at
 * /<collection>/<id>/, in the feeds, the search and the tag pages) and the
 * download centre, each with its name. The content model, the navigation,
 * the feeds, the search filters and the pages all read the names here. Kept
 * apart from the zod schemas so that browser code may import it.
 */
export const articleCollections = ['letters', 'health', 'news'] as const;
export type ArticleCollection = (typeof articleCollections)[number];

export function isArticleCollection(name: string | null | undefined): name is ArticleCollection {
  return (articleCollections as readonly (string | null | undefined)[]).includes(name);
}

export type SectionId = ArticleCollection | 'downloads';

/** `name`: the section's title (page titles, breadcrumbs, feeds, the CMS); `shortName`: the navigation's and a search result's type. */
export const sections: Record<SectionId, { name: string; shortName: string }> = {
  letters: { name: '公开信与倡议书', shortName: '公开信' },
  health: { name: '健康教育', shortName: '健康教育' },
  news: { name: '创城动态', shortName: '创城动态' },
  downloads: { name: '下载中心', shortName: '下载中心' },
};
