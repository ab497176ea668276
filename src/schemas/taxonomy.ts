import { z } from 'astro/zod';

/** Topics of health education and columns of news share one shape. */
export const taxonomySchema = () =>
  z
    .object({
      name: z.string({ error: '缺少名称' }).trim().min(2).max(12).meta({ title: '名称' }),
      description: z
        .string({ error: '缺少简介' })
        .trim()
        .min(5)
        .max(120)
        .meta({ title: '简介', widget: 'text' }),
      order: z
        .number({ error: '排序必须是数字' })
        .int()
        .min(0)
        .meta({ title: '排序', description: '数字小的排在前面' }),
    })
    .strict();

export type TaxonomyData = z.output<ReturnType<typeof taxonomySchema>>;
