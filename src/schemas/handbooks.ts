import { z } from 'astro/zod';
import { dateField, imageWithAlt } from './common.ts';
import { downloadKinds } from './downloads.ts';
import type { SchemaHelpers } from './helpers.ts';

/** Page sizes a handbook is printed on: an A5 booklet (folded A4 sheets) or A4 sheets. */
export const handbookFormats = ['A5', 'A4'] as const;
export type HandbookFormat = (typeof handbookFormats)[number];

/** A reference as the files hold it (the CMS, the gate) or as Astro resolves it ({ collection, id }). */
const idOf = (ref: unknown) =>
  typeof ref === 'object' && ref !== null && 'id' in ref ? String(ref.id) : String(ref);

const handbookKinds = downloadKinds.filter((k) => k === '宣传手册' || k === '健康教育读本') as [
  '宣传手册',
  '健康教育读本',
];

/**
 * A printed handbook or health reader made from the site's own articles:
 * `npm run handbooks` prints it to public/downloads/handbooks/<id>.pdf, and
 * the download centre offers it. Letters come first, then health articles,
 * each list in the order given (one list per collection: a CMS picker looks
 * in one collection).
 */
export const handbookSchema = <I extends z.ZodType, R extends z.ZodType>({
  image,
  reference,
}: SchemaHelpers<I, R>) =>
  z
    .object({
      title: z
        .string({ error: '缺少书名' })
        .trim()
        .min(2, '书名至少 2 个字')
        .max(30, '书名不超过 30 字')
        .meta({ title: '书名', description: '印在封面和每页页眉上,例如:AA市健康教育读本' }),
      subtitle: z
        .string()
        .trim()
        .min(2)
        .max(40)
        .optional()
        .meta({ title: '副标题', description: '封面书名下的一句话,例如:健康知识进万家' }),
      kind: z
        .enum(handbookKinds, { error: `类型只能是:${handbookKinds.join('、')}` })
        .meta({ title: '类型' }),
      issuer: z.string({ error: '缺少编印单位' }).trim().min(2).meta({
        title: '编印单位',
        description: '印在封面和封底,例如:AA市创建省级卫生城市指挥部办公室',
      }),
      edition: dateField('版次日期', '这一版定稿的日期,印在封面上,下载中心也显示它'),
      cover: imageWithAlt(image, '封面图'),
      format: z
        .enum(handbookFormats, { error: '开本只能是 A5 或 A4' })
        .default('A5')
        .meta({ title: '开本', description: 'A5:对折装订的小册子;A4:整张纸' }),
      description: z
        .string({ error: '缺少简介' })
        .trim()
        .min(10, '简介至少 10 个字')
        .max(300, '简介不超过 300 字')
        .meta({ title: '简介', description: '下载中心里显示的一段话', widget: 'text' }),
      foreword: z
        .string()
        .trim()
        .min(10, '前言至少 10 个字')
        .max(2000, '前言不超过 2000 字')
        .optional()
        .meta({ title: '前言', description: '印在目录之后;段落之间空一行', widget: 'text' }),
      letters: z
        .array(reference('letters').meta({ title: '公开信或倡议书' }))
        .default([])
        .meta({ title: '收录的公开信和倡议书', description: '印在前面,按这里的顺序' }),
      articles: z
        .array(reference('health').meta({ title: '健康教育文章' }))
        .default([])
        .meta({ title: '收录的健康教育文章', description: '印在公开信之后,按这里的顺序' }),
      order: z
        .number()
        .int()
        .min(0)
        .default(0)
        .meta({ title: '排序', description: '下载中心里的先后,小的在前' }),
    })
    .strict()
    .refine((d) => d.letters.length + d.articles.length > 0, {
      message: '手册至少要收录一篇公开信或健康教育文章',
      path: ['articles'],
    })
    .refine((d) => new Set(d.letters.map(idOf)).size === d.letters.length, {
      message: '有一篇公开信或倡议书重复收录了:每篇只印一次',
      path: ['letters'],
    })
    .refine((d) => new Set(d.articles.map(idOf)).size === d.articles.length, {
      message: '有一篇健康教育文章重复收录了:每篇只印一次',
      path: ['articles'],
    });

export type HandbookData = z.output<ReturnType<typeof handbookSchema>>;
