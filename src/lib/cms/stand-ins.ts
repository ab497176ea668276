import { z } from 'astro/zod';
import type { SchemaHelpers } from '../../schemas/helpers.ts';

/**
 * What the CMS passes to the schemas instead of Astro's `image()` and
 * `reference()`: plain strings (that is what the files hold) marked in
 * `.meta()` so the config generator knows which widget to use.
 */
export const RELATION_META = 'cmsRelation';
export const IMAGE_META = 'cmsImage';

export const cmsSchemaHelpers: SchemaHelpers = {
  image: () =>
    z
      .string({ error: '缺少图片' })
      .min(1, '缺少图片')
      .meta({ [IMAGE_META]: true }),
  reference: (collection) =>
    z
      .string({ error: '缺少关联项' })
      .min(1, '缺少关联项')
      .meta({ [RELATION_META]: collection }),
};
