import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import type { Map as ImmutableMap } from 'immutable';
import { createElement as h, type ReactNode } from 'react';
import { formatChineseDate } from '../lib/dates.ts';
import { getAudienceName, type AudienceId } from '../schemas/audiences.ts';

/**
 * Previews of letters, health articles and news in the live page's markup
 * (src/layouts/ArticleLayout.astro, HealthReview.astro) so that the site's
 * CSS, registered as the preview style, makes them look like the page
 * residents will see. Bodies come from Decap's own Markdown preview, whose
 * editor components render the site's Callout/KeyPoints/Figure markup.
 */

type Data = ImmutableMap<string, unknown>;
interface Fact {
  label: string;
  value: string;
}

const textOf = (data: Data, key: string): string => {
  const v = data.get(key);
  return typeof v === 'string' ? v : v == null ? '' : String(v);
};

function chineseDate(value: string): string {
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? value : formatChineseDate(d);
}

/** The name a relation widget picked (kept by Decap in fieldsMetaData), else the stored id. */
function relationName(
  props: PreviewTemplateComponentProps,
  field: string,
  collection: string,
  id: string,
): string {
  const name = props.fieldsMetaData.getIn([field, collection, id, 'name']);
  return typeof name === 'string' ? name : id;
}

function Article(
  props: PreviewTemplateComponentProps,
  facts: Fact[],
  beforeBody: ReactNode,
  afterBody: ReactNode,
) {
  const data = props.entry.get('data') as Data;
  const date = textOf(data, 'date');
  const updated = textOf(data, 'updated');
  const cover = data.get('cover') as Data | undefined;
  const coverSrc = cover ? textOf(cover, 'src') : '';
  const tags = (
    (data.get('tags') as { toArray?: () => unknown[] } | undefined)?.toArray?.() ?? []
  ).map(String);
  const dl: ReactNode[] = [
    date
      ? h(
          'div',
          { className: 'flex', key: 'date' },
          h('dt', null, '发布:'),
          h('dd', null, chineseDate(date)),
        )
      : null,
    updated
      ? h(
          'div',
          { className: 'flex', key: 'updated' },
          h('dt', null, '更新:'),
          h('dd', null, chineseDate(updated)),
        )
      : null,
    ...facts.map((f) =>
      h(
        'div',
        { className: 'flex', key: f.label },
        h('dt', null, `${f.label}:`),
        h('dd', null, f.value),
      ),
    ),
  ];
  return h(
    'main',
    { className: 'mx-auto w-full max-w-5xl flex-1 px-4 py-6' },
    h(
      'article',
      null,
      h(
        'header',
        { className: 'mb-6' },
        h(
          'h1',
          { className: 'text-2xl font-bold leading-snug sm:text-3xl' },
          textOf(data, 'title') || '(还没有标题)',
        ),
        h(
          'dl',
          { className: 'mt-3 flex flex-wrap gap-x-5 gap-y-1 text-base text-ink-muted' },
          ...dl,
        ),
        beforeBody,
      ),
      coverSrc
        ? h(
            'figure',
            { className: 'figure not-prose' },
            h('img', {
              src: props.getAsset(coverSrc).toString(),
              alt: cover ? textOf(cover, 'alt') : '',
            }),
          )
        : null,
      h('div', { className: 'prose prose-lg' }, props.widgetFor('body')),
      afterBody,
    ),
    tags.length > 0
      ? h(
          'footer',
          { className: 'mt-8' },
          h(
            'ul',
            { className: 'flex flex-wrap gap-2', 'aria-label': '标签' },
            ...tags.map((t) =>
              h(
                'li',
                { key: t },
                h(
                  'span',
                  {
                    className:
                      'inline-flex min-h-11 items-center rounded-full border-2 border-brand px-3 text-base',
                  },
                  `#${t}`,
                ),
              ),
            ),
          ),
        )
      : null,
  );
}

function LetterPreview(props: PreviewTemplateComponentProps) {
  const data = props.entry.get('data') as Data;
  return Article(
    props,
    [
      { label: '类型', value: textOf(data, 'kind') },
      { label: '发文单位', value: textOf(data, 'issuer') },
    ],
    null,
    null,
  );
}

function NewsPreview(props: PreviewTemplateComponentProps) {
  const data = props.entry.get('data') as Data;
  const column = textOf(data, 'column');
  return Article(
    props,
    [
      { label: '栏目', value: relationName(props, 'column', 'columns', column) },
      { label: '来源', value: textOf(data, 'source') },
      { label: '作者', value: textOf(data, 'author') },
    ],
    null,
    null,
  );
}

function HealthPreview(props: PreviewTemplateComponentProps) {
  const data = props.entry.get('data') as Data;
  const topic = textOf(data, 'topic');
  const audiences = (
    (data.get('audiences') as { toArray?: () => unknown[] } | undefined)?.toArray?.() ?? []
  ).map(String);
  const sources = ((
    data.get('sources') as { toArray?: () => unknown[] } | undefined
  )?.toArray?.() ?? []) as Data[];
  const before = h(
    'p',
    { className: 'mt-3 flex flex-wrap items-center gap-2 text-base' },
    h('span', null, '适用人群:'),
    ...audiences.map((a) =>
      h(
        'span',
        { key: a, className: 'inline-flex min-h-11 items-center rounded-md bg-brand-soft px-2' },
        getAudienceName(a as AudienceId),
      ),
    ),
  );
  const review = h(
    'section',
    { className: 'mt-8 rounded-lg border-2 border-brand bg-brand-soft p-4' },
    h('h2', { className: 'text-xl font-bold' }, '审核与来源'),
    h(
      'dl',
      { className: 'mt-2 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4' },
      h('dt', { className: 'font-bold' }, '审核专家'),
      h('dd', null, textOf(data, 'reviewedBy')),
      h('dt', { className: 'font-bold' }, '最后审核'),
      h('dd', null, chineseDate(textOf(data, 'reviewedAt'))),
      h('dt', { className: 'font-bold' }, '下次审核'),
      h('dd', null, chineseDate(textOf(data, 'nextReviewDue'))),
    ),
    h('h3', { className: 'mt-4 font-bold' }, '参考来源'),
    h(
      'ol',
      { className: 'mt-1 list-decimal space-y-1 pl-6' },
      ...sources.map((s, i) =>
        h('li', { key: i }, h('a', { href: textOf(s, 'url') }, textOf(s, 'title'))),
      ),
    ),
  );
  return Article(
    props,
    [{ label: '主题', value: relationName(props, 'topic', 'topics', topic) }],
    before,
    review,
  );
}

/** Preview templates for the article collections, and the site's CSS for every preview. */
export function registerPreviews(cms: CMS, siteCss: string): void {
  cms.registerPreviewStyle(siteCss, { raw: true });
  cms.registerPreviewTemplate('letters', LetterPreview);
  cms.registerPreviewTemplate('health', HealthPreview);
  cms.registerPreviewTemplate('news', NewsPreview);
}
