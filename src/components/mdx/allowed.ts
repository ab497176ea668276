/**
 * The MDX components editors may use and the props each accepts. The
 * content gate allows exactly these; the CMS offers an editor block for each.
 */
export const mdxComponentProps = {
  Callout: { type: ['info', 'tip', 'warning'], title: 'string' },
  KeyPoints: { title: 'string' },
  Figure: { src: 'url', alt: 'string', caption: 'string' },
} as const;

export type MdxComponentName = keyof typeof mdxComponentProps;
