import { z } from 'astro/zod';
import { webUrl } from './common.ts';

/**
 * The search vocabulary (content/vocabulary/*.yaml, one file per campaign
 * topic): groups of words residents use for the same thing (拉肚子 腹泻),
 * so that a search for one finds pages written with another. Editors own it;
 * each file names the public health-education documents its groups follow.
 *
 * A group is one line of words separated by spaces, the way an editor would
 * write it on paper. `distinct` lists words that look alike but mean
 * different things (感冒 流感): no group anywhere may join them. Within a
 * file the schema checks both rules; across files the search-index step
 * does (src/lib/search/vocabulary.ts), as one file cannot see the others.
 */

/**
 * A line of words: two or more, separated by spaces; each word two or more
 * characters (汉字, Latin letters, digits), with a dot or hyphen inside
 * (PM2.5, H7N9). Written as character ranges, not \p{…}, because the CMS
 * tests the same pattern in the browser without the `u` flag.
 */
const CHARS = '0-9A-Za-z\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const WORD = `[${CHARS}][${CHARS}.\\-]*[${CHARS}]`;
const LINE = new RegExp(`^${WORD}(?:[ \\u3000]+${WORD})+$`);

/** The words of a group line: "拉肚子 腹泻" → ['拉肚子', '腹泻'] (full-width spaces count as spaces). */
export function splitWords(line: string): string[] {
  return line
    .trim()
    .split(/[ \u3000]+/)
    .filter((w) => w !== '');
}

const wordLine = (title: string) =>
  z
    .string({ error: `${title}必须是一行文字` })
    .trim()
    .regex(LINE, `${title}:每行至少两个词,用空格隔开;每个词至少两个字,只用汉字、字母和数字`)
    .superRefine((line, ctx) => {
      const seen = new Set<string>();
      for (const word of splitWords(line).map((w) => w.toLowerCase())) {
        if (seen.has(word))
          ctx.addIssue({ code: 'custom', message: `“${word}”在这一行里写了两次` });
        seen.add(word);
      }
    })
    .meta({ title });

export const vocabularySchema = () =>
  z
    .object({
      name: z
        .string({ error: '缺少主题名称' })
        .trim()
        .min(2)
        .max(20)
        .meta({ title: '主题', description: '这一组词所属的健康主题,例如:病媒生物防制' }),
      sources: z
        .array(
          z
            .object({
              title: z.string({ error: '缺少资料名称' }).trim().min(4).max(100).meta({
                title: '资料名称',
                description: '写全称和版本,例如:中国公民健康素养——基本知识与技能(2024年版)',
              }),
              publisher: z
                .string({ error: '缺少发布机构' })
                .trim()
                .min(2)
                .max(60)
                .meta({ title: '发布机构', description: '例如:国家卫生健康委员会' }),
              url: webUrl('资料链接必须是完整网址(http:// 或 https:// 开头)')
                .optional()
                .meta({ title: '资料链接' }),
            })
            .strict()
            .meta({ title: '依据的资料' }),
        )
        .min(1, '至少写明一份依据的公开健康教育资料')
        .meta({ title: '依据的资料', description: '这些词的说法和含义依据哪些公开的健康教育资料' }),
      groups: z.array(wordLine('同义词组')).min(1, '至少填写一组词').meta({
        title: '同义词组',
        description:
          '每行一组,写居民指同一件事时会用的几个词,用空格隔开,例如:拉肚子 腹泻。只放意思相同的词',
      }),
      distinct: z.array(wordLine('不能合并的词')).default([]).meta({
        title: '不能合并的词',
        description:
          '看着相近、意思不同的词,每行几个,用空格隔开,例如:感冒 流感。这些词不会被放进同一组',
      }),
    })
    .strict()
    .superRefine((data, ctx) => {
      const groupOf = new Map<string, number>();
      data.groups.forEach((line, index) => {
        for (const word of splitWords(line).map((w) => w.toLowerCase())) {
          const earlier = groupOf.get(word);
          if (earlier !== undefined && earlier !== index) {
            ctx.addIssue({
              code: 'custom',
              path: ['groups', index],
              message: `“${word}”已经在第 ${earlier + 1} 组里:一个词只能属于一组`,
            });
          } else groupOf.set(word, index);
        }
      });
      data.distinct.forEach((line) => {
        const words = splitWords(line).map((w) => w.toLowerCase());
        for (let i = 0; i < words.length; i++) {
          for (let j = i + 1; j < words.length; j++) {
            const a = groupOf.get(words[i]!);
            if (a !== undefined && a === groupOf.get(words[j]!)) {
              ctx.addIssue({
                code: 'custom',
                path: ['groups', a],
                message: `“${words[i]}”和“${words[j]}”意思不同(见“不能合并的词”),不能放在同一组`,
              });
            }
          }
        }
      });
    });

export type VocabularyData = z.output<ReturnType<typeof vocabularySchema>>;
