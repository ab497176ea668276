import { z } from 'astro/zod';
import { webUrl } from './common.ts';

const phone = (title: string) =>
  z
    .string({ error: `缺少${title}` })
    .regex(/^[0-9+\-() ]{3,20}$/, `${title}只能包含数字、空格和 + - ( )`)
    .meta({ title });

/**
 * Everything that names the city. Another city's office reuses the site by
 * editing this one file (content/settings/site.yaml).
 */
export const settingsSchema = () =>
  z
    .object({
      city: z.string().trim().min(2).meta({ title: '城市名称', description: '例如:AA市' }),
      siteName: z.string().trim().min(4).meta({ title: '网站名称' }),
      campaign: z.string().trim().min(4).meta({ title: '创建工作名称', description: '例如:创建省级卫生城市' }),
      slogan: z.string().trim().max(40).optional().meta({ title: '标语' }),
      inspectionDate: z.coerce.date().optional().meta({ title: '省级考核日期', widget: 'date' }),
      hotline: z.object({
        name: z.string().trim().min(2).meta({ title: '热线名称' }),
        number: phone('投诉热线号码'),
        hours: z.string().trim().min(2).meta({ title: '受理时间' }),
      }).meta({ title: '创城投诉热线' }),
      mayorLine: z.object({
        name: z.string().trim().min(2).meta({ title: '名称' }),
        number: phone('市长公开电话号码'),
      }).meta({ title: '市长公开电话' }),
      publishReviewerNames: z.boolean().default(false).meta({
        title: '公开审核专家姓名',
        description: '勾选后,健康文章的审核人必须写姓名(如:市疾控中心 主任医师 张某);不勾选时写单位和职称即可',
      }),
      organisation: z.string().trim().min(4).meta({ title: '主办单位' }),
      address: z.string().trim().min(4).meta({ title: '地址' }),
      email: z.email().optional().meta({ title: '电子邮箱' }),
      icp: z.string().trim().min(4).meta({ title: 'ICP 备案号' }),
      siteUrl: webUrl('网站地址必须是完整网址(https:// 开头)').meta({ title: '网站地址', description: '正式域名,用于分享链接和二维码' }),
    })
    .strict();

export type SiteSettings = z.output<ReturnType<typeof settingsSchema>>;
