import { z } from 'astro/zod';
import { audienceIds, audiences } from './audiences.ts';
import { articleBase, dateField, imageWithAlt, posterField, webUrl } from './common.ts';
import type { SchemaHelpers } from './helpers.ts';

/** Health-education articles. Every fact is sourced and every article reviewed. */
export const healthSchema = <I extends z.ZodType, R extends z.ZodType>({
  image,
  reference,
}: SchemaHelpers<I, R>) =>
  z
    .object({
      ...articleBase,
      topic: reference('topics').meta({ title: '健康主题' }),
      audiences: z
        .array(
          z
            .enum(audienceIds, { error: `适用人群只能是:${audienceIds.join('、')}` })
            // The CMS shows these names in its picker and stores the ids.
            .meta({ optionLabels: Object.fromEntries(audiences.map((a) => [a.id, a.name])) }),
        )
        .min(1, '至少选择一类适用人群')
        .meta({ title: '适用人群' }),
      cover: imageWithAlt(image, '封面图').optional(),
      sources: z
        .array(
          z.object({
            title: z.string().trim().min(2).meta({ title: '来源名称' }),
            url: webUrl('来源链接必须是完整网址(http:// 或 https:// 开头)').meta({
              title: '来源链接',
            }),
          }),
        )
        .min(1, '健康科普文章必须注明至少一个权威来源')
        .meta({ title: '参考来源' }),
      reviewedBy: z
        .string({ error: '缺少审核人' })
        .trim()
        .min(2)
        .meta({ title: '审核专家', description: '姓名与单位、职称,例如:市疾控中心 主任医师 张某' }),
      reviewedAt: dateField('审核日期'),
      nextReviewDue: dateField('下次审核日期'),
      poster: posterField(),
    })
    .strict()
    .refine((d) => d.nextReviewDue.getTime() > d.reviewedAt.getTime(), {
      message: '下次审核日期必须晚于审核日期',
      path: ['nextReviewDue'],
    });

export type HealthData = z.output<ReturnType<typeof healthSchema>>;
