import { z } from 'astro/zod';

/** Where an item of the standard stands. Shown as text on the page, never by colour alone. */
export const standardStatuses = ['未开始', '推进中', '已达标'] as const;
export type StandardStatus = (typeof standardStatuses)[number];

/**
 * One area of the provincial health-city standard (content/standards/*.yaml)
 * and its items with their status. The /progress/ page counts the statuses.
 */
export const standardAreaSchema = () =>
  z
    .object({
      name: z
        .string({ error: '缺少领域名称' })
        .trim()
        .min(2)
        .max(20, '领域名称不超过 20 字')
        .meta({ title: '领域名称' }),
      order: z
        .number({ error: '排序必须是数字' })
        .int()
        .min(0)
        .meta({ title: '排序', description: '数字小的排在前面' }),
      description: z
        .string()
        .trim()
        .min(5)
        .max(200)
        .optional()
        .meta({ title: '简介', widget: 'text' }),
      example: z.boolean().default(false).meta({
        title: '示例数据',
        description: '勾选时页面会注明:本领域的进度为示例,不是真实进度',
      }),
      items: z
        .array(
          z
            .object({
              name: z
                .string({ error: '缺少条目名称' })
                .trim()
                .min(2)
                .max(60, '条目名称不超过 60 字')
                .meta({ title: '标准条目' }),
              status: z
                .enum(standardStatuses, { error: `状态只能是:${standardStatuses.join('、')}` })
                .meta({ title: '状态' }),
              note: z
                .string()
                .trim()
                .min(2)
                .max(120)
                .optional()
                .meta({ title: '说明', description: '可选:进展或存在的问题' }),
            })
            .strict()
            .meta({ title: '条目' }),
        )
        .min(1, '每个领域至少填写一个条目')
        .meta({ title: '标准条目' }),
    })
    .strict();

export type StandardAreaData = z.output<ReturnType<typeof standardAreaSchema>>;
