import { z } from 'astro/zod';
import { imageWithAlt, publicFilePattern } from './common.ts';
import type { SchemaHelpers } from './helpers.ts';

export const downloadKinds = ['宣传手册', '健康教育读本', '海报', '其他'] as const;

/** Printed handbooks and readers, offered as PDFs. */
export const downloadSchema = <I extends z.ZodType>({ image }: Pick<SchemaHelpers<I>, 'image'>) =>
  z
    .object({
      title: z.string({ error: '缺少标题' }).trim().min(2).max(60).meta({ title: '标题' }),
      kind: z.enum(downloadKinds).meta({ title: '类型' }),
      file: z
        .string({ error: '缺少 PDF 文件' })
        .regex(
          publicFilePattern('downloads', ['pdf']),
          'PDF 文件必须放在 /downloads/ 下,以 .pdf 结尾(文件名用英文字母、数字和 _ . -)',
        )
        .meta({ title: 'PDF 文件', widget: 'file' }),
      pages: z.number({ error: '页数必须是数字' }).int().positive().meta({ title: '页数' }),
      cover: imageWithAlt(image, '封面图'),
      description: z.string().trim().min(10).max(300).meta({ title: '简介', widget: 'text' }),
      date: z.coerce
        .date({ error: '发布日期格式 YYYY-MM-DD' })
        .meta({ title: '发布日期', widget: 'date' }),
      order: z.number().int().min(0).default(0).meta({ title: '排序' }),
    })
    .strict();

export type DownloadData = z.output<ReturnType<typeof downloadSchema>>;
