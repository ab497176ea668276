import { z } from 'astro/zod';

/**
 * What the complaint hotline takes and how a report is handled
 * (content/hotline/hotline.yaml). The numbers themselves live in the site
 * settings, so they are written once.
 */
export const hotlineSchema = () =>
  z
    .object({
      intro: z
        .string({ error: '缺少简介' })
        .trim()
        .min(10)
        .max(300)
        .meta({ title: '简介', widget: 'text' }),
      categories: z
        .array(
          z
            .object({
              name: z.string().trim().min(2).max(12).meta({ title: '问题类型' }),
              examples: z.string().trim().min(4).max(120).meta({ title: '举例', widget: 'text' }),
            })
            .strict()
            .meta({ title: '受理的问题' }),
        )
        .min(1, '至少填写一类受理的问题')
        .meta({ title: '受理范围' }),
      reportTips: z
        .array(z.string().trim().min(4).max(80).meta({ title: '提示' }))
        .default([])
        .meta({ title: '反映问题时请说明', description: '例如:问题发生的具体地点' }),
      steps: z
        .array(
          z
            .object({
              name: z.string().trim().min(2).max(12).meta({ title: '环节' }),
              description: z
                .string()
                .trim()
                .min(4)
                .max(160)
                .meta({ title: '做什么', widget: 'text' }),
              timeLimit: z
                .string()
                .trim()
                .min(2)
                .max(40)
                .meta({ title: '时限', description: '例如:接到后 1 个工作日内' }),
            })
            .strict()
            .meta({ title: '办理环节' }),
        )
        .min(1, '至少填写一个办理环节')
        .meta({ title: '办理流程和时限' }),
      example: z.boolean().default(false).meta({
        title: '流程和时限为示例',
        description: '勾选时页面会注明:办理流程和时限为示例,以创城办公布的制度为准',
      }),
    })
    .strict();

export type HotlineData = z.output<ReturnType<typeof hotlineSchema>>;
