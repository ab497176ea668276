import { z } from 'astro/zod';
import { articleBase, posterField, publicFilePattern } from './common.ts';

export const letterKinds = ['公开信', '倡议书'] as const;

/** 公开信 and 倡议书 addressed to residents. */
export const letterSchema = () =>
  z
    .object({
      ...articleBase,
      kind: z
        .enum(letterKinds, { error: `类型只能是:${letterKinds.join('、')}` })
        .meta({ title: '类型' }),
      issuer: z
        .string({ error: '缺少发文单位' })
        .trim()
        .min(2)
        .meta({ title: '发文单位', description: '例如:创建省级卫生城市指挥部' }),
      attachments: z
        .array(
          z.object({
            title: z.string().trim().min(2).meta({ title: '附件名称' }),
            file: z
              .string()
              .regex(
                publicFilePattern('downloads', ['pdf']),
                '附件必须是 /downloads/ 下的 PDF 文件(文件名用英文字母、数字和 _ . -,扩展名 .pdf 小写)',
              )
              .meta({ title: 'PDF 文件', widget: 'file' }),
          }),
        )
        .default([])
        .meta({ title: '附件(PDF)' }),
      pinned: z.boolean().default(false).meta({ title: '置顶到首页' }),
      poster: posterField(),
    })
    .strict();

export type LetterData = z.output<ReturnType<typeof letterSchema>>;
