import { z } from 'astro/zod';
import { articleBase, imageWithAlt } from './common.ts';
import type { SchemaHelpers } from './helpers.ts';
import { audioField, videoField } from './media.ts';

export const newsSources = ['本站', '报纸', '电视台', '广播电台', '政府网站', '新媒体'] as const;

/** Campaign news, filed under a column (创城专题, 健康教育 …). */
export const newsSchema = <I extends z.ZodType, R extends z.ZodType>({
  image,
  reference,
}: SchemaHelpers<I, R>) =>
  z
    .object({
      ...articleBase,
      column: reference('columns').meta({ title: '栏目' }),
      source: z
        .enum(newsSources, { error: `来源只能是:${newsSources.join('、')}` })
        .meta({ title: '来源' }),
      author: z.string({ error: '缺少作者' }).trim().min(2).meta({ title: '作者/供稿' }),
      cover: imageWithAlt(image, '封面图').optional(),
      video: videoField().optional(),
      audio: audioField().optional(),
    })
    .strict();

export type NewsData = z.output<ReturnType<typeof newsSchema>>;
