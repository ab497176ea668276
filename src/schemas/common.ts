import { z } from 'astro/zod';

/**
 * Field builders shared by every collection. Each field carries `meta`:
 * `title` is the Chinese label editors see in the CMS and in error messages,
 * `description` their hint. The CMS config and the content gate read these
 * from the schema, so a label is written once, here.
 */

/** A calendar date written as YYYY-MM-DD in frontmatter. */
export const dateField = (title: string, description?: string) =>
  z.coerce
    .date({ error: `${title}必须是日期,格式 YYYY-MM-DD` })
    .meta({ title, description, widget: 'date' });

/**
 * A link to a web page elsewhere: http or https only. `z.url()` alone takes
 * `javascript:`, `data:`, `vbscript:` and `file:`, which run script or read
 * files when a reader follows the link: every URL field of the content model
 * is one of these, so the CMS refuses the others too.
 */
export const webUrl = (message: string) => z.url({ protocol: /^https?$/, error: message });

/**
 * A file under public/<folder>/ written as its site path (/downloads/x.pdf):
 * path segments of letters, digits and _ . - that never start with a dot (so
 * no `..`, no hidden file, no `//`), ending in one of `extensions` in lower case.
 */
export const publicFilePattern = (folder: string, extensions: readonly string[]) =>
  new RegExp(`^/${folder}/(?:[\\w-][\\w.-]*/)*[\\w-][\\w.-]*\\.(?:${extensions.join('|')})$`);

/**
 * A tag is a folder of the built site (dist/tags/<tag>/index.html) and a page
 * address (/tags/<tag>/): 1 to 20 characters (spaces around it aside), no
 * / \ ? # (they cut an address), no % (Astro reads it as the start of an
 * escape: "100%" stops the build, "%2e%2e" loses its parameter), not starting
 * with a dot (".." climbs out of tags/; hosts hide dot-folders), not ending in
 * .html or .htm (the folder "index.html" would be the file of the tags page).
 * One pattern holding the length too, as the CMS checks what editors type with it.
 */
const tagPattern = /^\s*(?!\.)(?!.*\.[hH][tT][mM][lL]?\s*$)(?=\S)[^/\\?#%]{1,20}(?<=\S)\s*$/;

export const tagsField = () =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(20)
        .regex(
          tagPattern,
          '标签不超过 20 字,不能含有 / \\ ? # % 这些符号,不能以句点开头,也不能以 .html 结尾(标签是网页地址的一部分;百分号请写成全角“％”)',
        ),
    )
    .default([])
    .meta({ title: '标签', description: '便于读者按主题查找,每个标签不超过 20 字' });

/** An image with the alt text screen-reader users hear: both required. */
export const imageWithAlt = <I extends z.ZodType>(image: () => I, title: string) =>
  z
    .object({
      src: image().meta({ title: '图片文件', widget: 'image' }),
      alt: z
        .string({ error: '图片必须填写替代文字(alt)' })
        .trim()
        .min(2, '图片必须填写替代文字(alt),向看不见图片的读者说明图片内容')
        .meta({ title: '替代文字', description: '用一句话说明图片内容,供视障读者的读屏软件朗读' }),
    })
    .meta({ title });

/**
 * Whether a letter or health article gets a printable A4 poster page
 * (/posters/…/) for notice boards: editors choose, since most articles are
 * read on phones and each poster is one more page to build and check.
 */
export const posterField = () =>
  z.boolean().default(false).meta({
    title: '印制海报',
    description: '勾选后生成可打印的 A4 海报页(标题、要点、二维码和热线),适合张贴在小区公告栏',
  });

/** Fields every article-like collection (letters, health, news) has. */
export const articleBase = {
  title: z
    .string({ error: '缺少标题' })
    .trim()
    .min(2, '标题至少 2 个字')
    .max(60, '标题不超过 60 字')
    .meta({ title: '标题' }),
  date: dateField('发布日期', '晚于今天的文章到那天才会出现在网站上'),
  updated: dateField('更新日期').optional(),
  summary: z
    .string({ error: '缺少摘要' })
    .trim()
    .min(10, '摘要至少 10 个字')
    .max(200, '摘要不超过 200 字')
    .meta({ title: '摘要', description: '列表和搜索结果里显示的一两句话', widget: 'text' }),
  tags: tagsField(),
  // Stored as `draft` (existing files keep working); labelled by what it does, since Decap's
  // review stage beside it is also called 草稿.
  draft: z.boolean().default(false).meta({
    title: '暂不在网站显示',
    description:
      '勾选后,即使审核发布了,这篇也不在网站上显示(列表和搜索里都没有,也不能印进宣传手册)。平时不要勾选。它和审核流程里的“草稿”状态不是一回事',
  }),
};
