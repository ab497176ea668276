import { z } from 'astro/zod';
import { BASE_PATH_MESSAGE, BASE_PATH_PATTERN } from '../lib/site-base.ts';
import { publicFilePattern, webUrl } from './common.ts';

const phone = (title: string) =>
  z
    .string({ error: `缺少${title}` })
    .regex(/^[0-9+\-() ]{3,20}$/, `${title}只能包含数字、空格和 + - ( )`)
    .meta({ title });

/** `${title}必须是…`: the message of an http(s) address field. */
const webUrlOf = (title: string) => webUrl(`${title}必须是以 http:// 或 https:// 开头的完整网址`);

/** Short names of provinces, autonomous regions and municipalities: the first character of ICP and 公安 filing numbers. */
const PROVINCES = '京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新';

/**
 * 网站标识码 (《政府网站发展指引》): ten characters, issued with the site's entry in
 * the national government-website database: a local government's site has ten
 * digits (the region code and a serial number), a department's `bm` and eight digits.
 */
export const SITE_CODE_PATTERN = /^(?:\d{10}|bm\d{8})$/;
/** ICP 备案编号: 京ICP备12345678号, optionally -1 for a further site of the same filing. */
export const ICP_PATTERN = new RegExp(`^[${PROVINCES}]ICP备\\d{6,10}号(?:-\\d{1,3})?$`);
/** 公安机关备案号: 京公网安备11010502000001号, the digits being the region code and a serial number (14 in all). */
export const POLICE_FILING_PATTERN = new RegExp(`^[${PROVINCES}]公网安备\\d{14}号$`);

/** The image the office receives with the 党政机关网站标识: a file it puts under public/identifiers/. */
const IDENTIFIER_IMAGE = publicFilePattern('identifiers', ['png', 'gif', 'jpg', 'jpeg']);

/** The `siteCode` a 我为政府网站找错 link carries, if any. */
function siteCodeInUrl(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  return new URL(url).searchParams.get('siteCode') ?? undefined;
}

const identifiersSchema = () =>
  z
    .object({
      organiser: z
        .string()
        .trim()
        .min(4)
        .optional()
        .meta({ title: '承办单位', description: '负责网站日常运行的单位,例如:AA市卫生健康委员会' }),
      siteCode: z
        .string()
        .trim()
        .regex(
          SITE_CODE_PATTERN,
          '网站标识码应为10位:地方政府网站是10位数字,部门网站是 bm 加8位数字,例如 1100000088',
        )
        .optional()
        .meta({ title: '网站标识码' }),
      icp: z
        .string()
        .trim()
        .regex(
          ICP_PATTERN,
          'ICP 备案编号的格式应为“省份简称ICP备”加数字和“号”,例如:京ICP备12345678号 或 京ICP备12345678号-1',
        )
        .optional()
        .meta({
          title: 'ICP 备案编号',
          description: '页脚显示,并链接到工业和信息化部备案管理系统',
        }),
      policeFiling: z
        .object({
          number: z
            .string()
            .trim()
            .regex(
              POLICE_FILING_PATTERN,
              '公安机关备案号的格式应为“省份简称公网安备”加14位数字和“号”,例如:京公网安备11010502000001号',
            )
            .meta({ title: '备案号' }),
          icon: z
            .string()
            .trim()
            .regex(
              IDENTIFIER_IMAGE,
              '公安备案图标应放在 /identifiers/ 文件夹中,为 png、gif 或 jpg 图片',
            )
            .meta({ title: '备案图标', description: '备案时公安机关提供的图标', widget: 'file' }),
        })
        .optional()
        .meta({
          title: '公安机关备案',
          description: '页脚显示备案号和图标,并链接到全国互联网安全管理服务平台',
        }),
      partyGovMark: z
        .object({
          image: z
            .string()
            .trim()
            .regex(
              IDENTIFIER_IMAGE,
              '党政机关网站标识图片应放在 /identifiers/ 文件夹中,为 png、gif 或 jpg 图片',
            )
            .meta({ title: '标识图片', widget: 'file' }),
          url: webUrlOf('党政机关网站标识的链接').meta({
            title: '标识链接',
            description: '机构编制部门发放标识时给出的网址',
          }),
        })
        .optional()
        .meta({ title: '党政机关网站标识', description: '机构编制部门核发的标识图片和链接' }),
      errorReportUrl: webUrlOf('“我为政府网站找错”的链接').optional().meta({
        title: '“我为政府网站找错”链接',
        description: '国务院办公厅政府网站找错平台中本网站的入口',
      }),
      example: z
        .boolean()
        .default(false)
        .meta({ title: '以上标识为示例', description: '正式标识填好后取消勾选' }),
    })
    .strict()
    .refine(
      (ids) =>
        siteCodeInUrl(ids.errorReportUrl) === undefined ||
        ids.siteCode === undefined ||
        siteCodeInUrl(ids.errorReportUrl) === ids.siteCode,
      {
        path: ['errorReportUrl'],
        message: '“我为政府网站找错”链接中的 siteCode 与网站标识码不一致',
      },
    )
    .meta({
      title: '网站标识',
      description: '页脚显示的网站标识码、备案编号和标识,均可选;填写的须符合格式',
    });

/**
 * Everything that names the city. Another city's office reuses the site by
 * editing this one file (content/settings/site.yaml).
 */
export const settingsSchema = () =>
  z
    .object({
      city: z.string().trim().min(2).meta({ title: '城市名称', description: '例如:AA市' }),
      siteName: z.string().trim().min(4).meta({ title: '网站名称' }),
      campaign: z
        .string()
        .trim()
        .min(4)
        .meta({ title: '创建工作名称', description: '例如:创建省级卫生城市' }),
      slogan: z.string().trim().max(40).optional().meta({ title: '标语' }),
      inspectionDate: z.coerce.date().optional().meta({ title: '省级考核日期', widget: 'date' }),
      hotline: z
        .object({
          name: z.string().trim().min(2).meta({ title: '热线名称' }),
          number: phone('投诉热线号码'),
          hours: z.string().trim().min(2).meta({ title: '受理时间' }),
        })
        .meta({ title: '创城投诉热线' }),
      mayorLine: z
        .object({
          name: z.string().trim().min(2).meta({ title: '名称' }),
          number: phone('市长公开电话号码'),
        })
        .meta({ title: '市长公开电话' }),
      publishReviewerNames: z.boolean().default(false).meta({
        title: '公开审核专家姓名',
        description:
          '勾选后,健康文章的审核人必须写姓名(如:市疾控中心 主任医师 张某);不勾选时写单位和职称即可',
      }),
      organisation: z.string().trim().min(4).meta({ title: '主办单位' }),
      address: z.string().trim().min(4).meta({ title: '地址' }),
      email: z.email().optional().meta({ title: '电子邮箱' }),
      identifiers: identifiersSchema().optional(),
      siteUrl: webUrlOf('网站地址')
        .refine(
          (url) => !URL.canParse(url) || new URL(url).pathname === '/',
          '网站地址只填协议和域名(例如 https://www.aa.gov.cn),专栏所在的路径填在“网站路径”中',
        )
        .meta({ title: '网站地址', description: '正式域名,用于分享链接和二维码' }),
      basePath: z.string().trim().regex(BASE_PATH_PATTERN, BASE_PATH_MESSAGE).default('/').meta({
        title: '网站路径',
        description:
          '网站在域名下的路径:独立域名填 /,作为政府门户网站的专题专栏发布时填专栏路径,例如 /ztzl/cjwscs/',
      }),
      portal: z
        .object({
          name: z
            .string()
            .trim()
            .min(2)
            .meta({ title: '门户网站名称', description: '例如:AA市人民政府' }),
          url: webUrlOf('门户网站首页').meta({
            title: '门户网站首页',
            description: '例如:https://www.aa.gov.cn/',
          }),
        })
        .optional()
        .meta({
          title: '所属政府门户网站',
          description: '作为门户网站的专题专栏发布时填写:页头显示门户名称和“返回门户首页”',
        }),
    })
    .strict();

export type SiteSettings = z.output<ReturnType<typeof settingsSchema>>;
export type SiteIdentifiers = NonNullable<SiteSettings['identifiers']>;
