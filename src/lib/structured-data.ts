import { toIsoDay } from './dates.ts';

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

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
