import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, expect, test } from 'vitest';
import Callout from '../../../src/components/mdx/Callout.astro';
import KeyPoints from '../../../src/components/mdx/KeyPoints.astro';
import { renderComponentHtml } from '../../../src/lib/cms/component-html.ts';

/**
 * The CMS preview draws Callout and KeyPoints with its own HTML (preview
 * templates are React, not Astro); the site's CSS gives them their look only
 * if the elements, classes and labels are the live components'. Compared
 * here against the real components rendered by Astro's Container API.
 */
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Tag names with their classes and aria-labels, in document order: the markup's skeleton. */
function skeleton(html: string): string[] {
  return [...html.matchAll(/<([a-z0-9]+)\b([^>]*)>/g)]
    .filter(([, tag]) => !['ul', 'li', 'p'].includes(tag!) || /class=/.test(html))
    .map(([, tag, attrs]) => {
      const cls = /class="([^"]*)"/
        .exec(attrs ?? '')?.[1]
        ?.split(/\s+/)
        .filter((c) => !c.startsWith('astro-'))
        .sort()
        .join('.');
      const label = /aria-label="([^"]*)"/.exec(attrs ?? '')?.[1];
      return `${tag}${cls ? `.${cls}` : ''}${label ? `[${label}]` : ''}`;
    });
}

test.each([
  ['info', '反映水质问题'],
  ['tip', ''],
  ['warning', '出现这些情况,请立即求助'],
] as const)('Callout %s %s', async (type, title) => {
  const site = await container.renderToString(Callout, {
    props: { type, ...(title ? { title } : {}) },
    slots: { default: '<p>正文</p>' },
  });
  const preview = renderComponentHtml('Callout', { type, title, body: '正文' }, (s) => s);
  expect(skeleton(preview), `${preview}\n${site}`).toEqual(skeleton(site));
});

test.each([[''], ['记住这几点']])('KeyPoints %s', async (title) => {
  const site = await container.renderToString(KeyPoints, {
    props: title ? { title } : {},
    slots: { default: '<p>正文</p>' },
  });
  const preview = renderComponentHtml('KeyPoints', { title, body: '正文' }, (s) => s);
  expect(skeleton(preview)).toEqual(skeleton(site));
});

test('Figure previews the picked image with its alt text and caption', () => {
  const html = renderComponentHtml(
    'Figure',
    { src: '../uploads/a.png', alt: '七步洗手法示意图', caption: '口诀' },
    (s) => `blob:${s}`,
  );
  expect(html).toBe(
    '<figure class="figure not-prose"><img src="blob:../uploads/a.png" alt="七步洗手法示意图" loading="lazy" /><figcaption>口诀</figcaption></figure>',
  );
  expect(
    renderComponentHtml('Callout', { title: '<b>', body: '<script>x</script>' }, (s) => s),
  ).not.toMatch(/<script>|<b>/);
});
