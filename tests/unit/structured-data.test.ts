import { describe, expect, it } from 'vitest';
import {
  buildArticleJsonLd,
  buildEntryJsonLd,
  serializeJsonLd,
} from '../../src/lib/structured-data.ts';

const base = {
  title: '标题',
  summary: '摘要',
  url: 'https://x.example/health/a/',
  date: new Date('2026-03-01'),
  publisher: '创城办',
};

describe('buildArticleJsonLd', () => {
  it('marks health pages as MedicalWebPage with lastReviewed', () => {
    const ld = buildArticleJsonLd({
      ...base,
      type: 'MedicalWebPage',
      lastReviewed: new Date('2026-02-20'),
      reviewedBy: '市疾控中心',
    });
    expect(ld).toMatchObject({
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-02-20',
      inLanguage: 'zh-CN',
      name: '标题',
    });
  });
  it('gives news a headline, an author and dates', () => {
    const ld = buildArticleJsonLd({ ...base, type: 'NewsArticle', author: '记者' });
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: '标题',
      datePublished: '2026-03-01',
      author: { name: '记者' },
    });
  });
  it('cannot be broken out of its script tag', () => {
    expect(serializeJsonLd({ t: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('buildEntryJsonLd', () => {
  it('reads an entry page: absolute URL and cover under the site, its dates and extras', () => {
    const ld = buildEntryJsonLd(
      'NewsArticle',
      { ...base, updated: new Date('2026-03-05'), cover: { src: { src: '/_astro/c.webp' } } },
      { pathname: '/news/a/', site: new URL('https://x.example/'), publisher: '创城办' },
      { author: '记者' },
    );
    expect(ld).toMatchObject({
      url: 'https://x.example/news/a/',
      image: 'https://x.example/_astro/c.webp',
      dateModified: '2026-03-05',
      author: { name: '记者' },
    });
  });
});
