import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Breadcrumbs from '../../../src/components/Breadcrumbs.astro';
import HealthReview from '../../../src/components/HealthReview.astro';
import Callout from '../../../src/components/mdx/Callout.astro';
import KeyPoints from '../../../src/components/mdx/KeyPoints.astro';
import Pagination from '../../../src/components/Pagination.astro';
import { paginate } from '../../../src/lib/pagination.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('article-body components', () => {
  it('Callout names its kind in text, not by colour alone', async () => {
    const html = await container.renderToString(Callout, {
      props: { type: 'warning', title: '发热及时就医' },
      slots: { default: '<p>内容</p>' },
    });
    expect(html).toContain('注意');
    expect(html).toContain('发热及时就医');
    expect(html).toContain('callout-warning');
  });
  it('KeyPoints is a labelled section with a heading', async () => {
    const html = await container.renderToString(KeyPoints, {
      slots: { default: '<ul><li>清除积水</li></ul>' },
    });
    expect(html).toMatch(/<section[^>]*aria-label="要点"/);
    expect(html).toMatch(/<h2[^>]*>要点<\/h2>/);
  });
});

describe('page parts', () => {
  it('Breadcrumbs start at home and mark the current page', async () => {
    const html = await container.renderToString(Breadcrumbs, {
      props: { items: [{ label: '健康教育', href: '/health/' }, { label: '登革热' }] },
    });
    expect(html).toMatch(/aria-label="当前位置"/);
    expect(html).toMatch(/href="\/"[^>]*>首页/);
    expect(html).toMatch(/aria-current="page"[^>]*>登革热/);
  });
  it('Pagination links every page and marks the current one', async () => {
    const page = paginate(
      Array.from({ length: 25 }, (_, i) => i),
      '/news/',
    )[1]!;
    const html = await container.renderToString(Pagination, { props: { page } });
    expect(html).toContain('href="/news/"');
    expect(html).toContain('href="/news/page/3/"');
    expect(html).toMatch(/aria-current="page"[^>]*>2</);
    expect(html).toContain('第 2 页,共 3 页');
  });
  it('Pagination is absent when there is one page', async () => {
    const html = await container.renderToString(Pagination, {
      props: { page: paginate([1], '/news/')[0]! },
    });
    expect(html).not.toContain('分页');
  });
  it('HealthReview shows reviewer, both review dates in Chinese and numbered sources', async () => {
    const html = await container.renderToString(HealthReview, {
      props: {
        reviewedBy: '市疾控中心 主任医师',
        reviewedAt: new Date('2026-05-20'),
        nextReviewDue: new Date('2027-05-20'),
        sources: [{ title: '世界卫生组织', url: 'https://www.who.int/zh' }],
      },
    });
    expect(html).toContain('市疾控中心 主任医师');
    expect(html).toMatch(/最后审核[\s\S]*2026年5月20日/);
    expect(html).toMatch(/下次审核[\s\S]*2027年5月20日/);
    expect(html).toMatch(/<ol[\s\S]*href="https:\/\/www.who.int\/zh"/);
  });
});
