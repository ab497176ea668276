import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import {
  calloutTypeLabels,
  calloutTypes,
  defaultKeyPointsTitle,
  type MdxComponentName,
} from '../../schemas/mdx-components.ts';
import { BODY } from './components.ts';

/**
 * The HTML of an article-body component for the CMS preview: the same
 * elements and classes as src/components/mdx/*.astro, so the site's CSS
 * (registered as the preview style) gives it the live page's look.
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Markdown (no raw HTML) → HTML, as the site renders a component's children. */
export function markdownToHtml(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

const text = (data: Record<string, unknown>, key: string): string =>
  typeof data[key] === 'string' ? (data[key] as string).trim() : '';

/** `resolveSrc` turns a stored path (`../uploads/x.png`) into a URL the preview can load. */
export function renderComponentHtml(
  component: MdxComponentName,
  data: Record<string, unknown>,
  resolveSrc: (src: string) => string,
): string {
  switch (component) {
    case 'Callout': {
      const type = calloutTypes.find((t) => t === text(data, 'type')) ?? 'info';
      const title = text(data, 'title');
      const label = calloutTypeLabels[type];
      return (
        `<aside class="callout not-prose callout-${type}" aria-label="${escapeHtml(title || label)}">` +
        `<p class="callout-title"><span class="callout-label">${escapeHtml(label)}</span>${title ? `<span>${escapeHtml(title)}</span>` : ''}</p>` +
        `<div class="callout-body prose prose-lg">${markdownToHtml(text(data, BODY))}</div></aside>`
      );
    }
    case 'KeyPoints': {
      const title = text(data, 'title') || defaultKeyPointsTitle;
      return (
        `<section class="key-points not-prose" aria-label="${escapeHtml(title)}">` +
        `<h2 class="key-points-title">${escapeHtml(title)}</h2>` +
        `<div class="key-points-body prose prose-lg">${markdownToHtml(text(data, BODY))}</div></section>`
      );
    }
    case 'Figure': {
      const src = text(data, 'src');
      return (
        `<figure class="figure not-prose">` +
        (src
          ? `<img src="${escapeHtml(resolveSrc(src))}" alt="${escapeHtml(text(data, 'alt'))}" loading="lazy" />`
          : '<p>(还没有选择图片)</p>') +
        `<figcaption>${escapeHtml(text(data, 'caption'))}</figcaption></figure>`
      );
    }
  }
}
