import type { z } from 'astro/zod';

/**
 * What a schema needs from its surroundings. Astro passes its own `image()`
 * and `reference()`; the CMS-config generator and the content gate pass
 * stand-ins, so the schemas never import `astro:content` and stay plain modules.
 * Generic, so that each caller keeps the output types of its own helpers.
 */
export interface SchemaHelpers<I extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  image: () => I;
  reference: (collection: 'topics' | 'columns' | 'letters' | 'health') => R;
}
