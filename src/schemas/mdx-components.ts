import { z } from 'astro/zod';

/**
 * The components an article body may use, each with the props it takes: the
 * one definition the content gate checks bodies against, the CMS builds its
 * editor blocks from, and the components (src/components/mdx) type their
 * props with. `meta` carries what editors see: `title` for the component and
 * each prop, `body` the label of its children (null: it has none), `id` the
 * CMS's name for the block; `widget: 'image'` marks a prop that names an
 * uploaded image, which the gate checks against content/uploads.
 */

export const calloutTypes = ['info', 'tip', 'warning'] as const;
export type CalloutType = (typeof calloutTypes)[number];
/** The label a reader sees on each kind of Callout: text, so the meaning never rests on colour alone. */
export const calloutTypeLabels: Record<CalloutType, string> = {
  info: '提示',
  tip: '小贴士',
  warning: '注意',
};

/** The heading KeyPoints shows when the editor gives none. */
export const defaultKeyPointsTitle = '要点';

export const calloutProps = z
  .strictObject({
    type: z.enum(calloutTypes).optional().meta({ title: '样式', optionLabels: calloutTypeLabels }),
    title: z.string().optional().meta({ title: '标题(可不填)' }),
  })
  .meta({ id: 'callout', title: '提示框', body: '提示框里的文字' });

export const keyPointsProps = z
  .strictObject({
    title: z
      .string()
      .optional()
      .meta({ title: `标题(不填则显示“${defaultKeyPointsTitle}”)` }),
  })
  .meta({ id: 'key-points', title: '要点框', body: '要点(建议用列表)' });

export const figureProps = z
  .strictObject({
    src: z.string().trim().min(1).meta({ title: '图片', widget: 'image' }),
    alt: z.string().trim().min(1).meta({ title: '替代文字(给看不见图片的读者)' }),
    caption: z.string().optional().meta({ title: '图片说明(显示在图片下方)' }),
  })
  .meta({ id: 'figure', title: '带说明的图片', body: null });

/** Every component an article body may use, by the name editors write (`<Callout>`), in the CMS's order. */
export const mdxComponentSchemas = {
  Callout: calloutProps,
  KeyPoints: keyPointsProps,
  Figure: figureProps,
} as const;
export type MdxComponentName = keyof typeof mdxComponentSchemas;
export const mdxComponentNames = Object.keys(mdxComponentSchemas) as MdxComponentName[];

/** What each component takes, as the .astro components declare their props. */
export type CalloutProps = z.input<typeof calloutProps>;
export type KeyPointsProps = z.input<typeof keyPointsProps>;
export type FigureProps = z.input<typeof figureProps>;
