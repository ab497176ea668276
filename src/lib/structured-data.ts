import { toIsoDay } from './dates.ts';
import { toAbsoluteUrl } from './urls.ts';

interface ArticleInput {
  type: 'Article' | 'NewsArticle' | 'MedicalWebPage';
  title: string;
  summary: string;
  url: string;
  date: Date;
  updated?: Date | undefined;
  publisher: string;
  author?: string | undefined;
  image?: string | undefined;
  /** Health pages: when a reviewer last checked the facts. */
  lastReviewed?: Date | undefined;
  reviewedBy?: string | undefined;
}

/** schema.org JSON-LD for an article page. */
export function buildArticleJsonLd(input: ArticleInput): Record<string, unknown> {
  const publisher = { '@type': 'GovernmentOrganization', name: input.publisher };
  const common = {
    '@context': 'https://schema.org',
    '@type': input.type,
    inLanguage: 'zh-CN',
    url: input.url,
    mainEntityOfPage: input.url,
    description: input.summary,
    datePublished: toIsoDay(input.date),
    dateModified: toIsoDay(input.updated ?? input.date),
    publisher,
    ...(input.image && { image: input.image }),
  };
  if (input.type === 'MedicalWebPage') {
    return {
      ...common,
      name: input.title,
      ...(input.lastReviewed && { lastReviewed: toIsoDay(input.lastReviewed) }),
      ...(input.reviewedBy && { reviewedBy: { '@type': 'Person', name: input.reviewedBy } }),
      audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
    };
  }
  return {
    ...common,
    headline: input.title,
    author: input.author ? { '@type': 'Person', name: input.author } : publisher,
  };
}

/** The front matter an article entry shares with every other, as JSON-LD reads it. */
interface ArticleEntryData {
  title: string;
  summary: string;
  date: Date;
  updated?: Date | undefined;
  cover?: { src: { src: string } } | undefined;
}

/**
 * buildArticleJsonLd for an entry's own page at `pathname` under `site`: its
 * title, summary, dates and cover, plus what only its type has (`extra`).
 */
export function buildEntryJsonLd(
  type: ArticleInput['type'],
  data: ArticleEntryData,
  page: { pathname: string; site: URL; publisher: string },
  extra: Pick<ArticleInput, 'author' | 'lastReviewed' | 'reviewedBy'> = {},
): Record<string, unknown> {
  return buildArticleJsonLd({
    type,
    title: data.title,
    summary: data.summary,
    url: toAbsoluteUrl(page.pathname, page.site),
    date: data.date,
    updated: data.updated,
    publisher: page.publisher,
    ...extra,
    image: data.cover ? toAbsoluteUrl(data.cover.src.src, page.site) : undefined,
  });
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
