import { z } from 'astro/zod';

/**
 * The campaign's organisation chart, one file (content/organisation/structure.yaml):
 * 指挥部 → 推进组 → 街道办事处 → 责任单位, with the 指挥部办公室 (创城办) beside
 * the groups. Leaders are named by post (市委书记, 副市级领导 …), never by person,
 * so the page stays right when people change.
 */
const text = (title: string, description?: string) =>
  z
    .string({ error: `缺少${title}` })
    .trim()
    .min(2, `${title}至少 2 个字`)
    .meta({ title, description, widget: 'text' });

const name = (title: string, description?: string) =>
  z
    .string({ error: `缺少${title}` })
    .trim()
    .min(2, `${title}至少 2 个字`)
    .max(30, `${title}不超过 30 字`)
    .meta({ title, description });

/** A post in a body and who holds it, by office: 组长 — 市委书记. */
const leaderSchema = z
  .object({
    post: name('在本机构的职务', '例如:组长、副总指挥、办公室主任'),
    holder: name('由谁担任', '写职务,不写姓名,例如:市委书记、主管副市长'),
  })
  .strict()
  .meta({ title: '领导' });

const leadersField = (title: string) =>
  z.array(leaderSchema).min(1, `${title}至少填写一位`).meta({ title });

export const organisationSchema = () =>
  z
    .object({
      intro: text('简介', '页面开头的一段话:组织机构网络是怎样组成的'),
      headquarters: z
        .object({
          name: name('名称'),
          leaders: leadersField('领导'),
          duty: text('职责'),
        })
        .strict()
        .meta({ title: '指挥部' }),
      office: z
        .object({
          name: name('名称'),
          shortName: z
            .string()
            .trim()
            .min(2)
            .max(10)
            .meta({ title: '简称', description: '例如:创城办' }),
          leaders: leadersField('领导'),
          staff: text('工作人员', '例如:从哪些部门抽调多少名干部'),
          tasks: z
            .array(z.string().trim().min(2).max(10).meta({ title: '工作' }))
            .min(1)
            .meta({ title: '负责的工作', description: '例如:综合、协调、指导、督察' }),
          duty: text('职责'),
        })
        .strict()
        .meta({ title: '指挥部办公室' }),
      groups: z
        .object({
          name: name('名称'),
          duty: text('总体职责'),
          example: z.boolean().default(false).meta({
            title: '示例数据',
            description: '勾选时页面会注明:推进组名称和职责为示例,待创城办替换为正式名单',
          }),
          items: z
            .array(
              z
                .object({
                  name: name('推进组名称'),
                  lead: name('组长', '写职务,不写姓名,例如:副市级领导'),
                  duty: text('职责'),
                })
                .strict()
                .meta({ title: '推进组' }),
            )
            .min(1, '至少填写一个推进组')
            .meta({ title: '推进组名单' }),
        })
        .strict()
        .meta({ title: '创城工作推进组' }),
      streets: z
        .object({ name: name('名称'), duty: text('职责') })
        .strict()
        .meta({ title: '街道办事处' }),
      units: z
        .object({ name: name('名称'), duty: text('职责') })
        .strict()
        .meta({ title: '责任单位' }),
      mechanisms: z
        .array(
          z
            .object({ name: name('名称'), description: text('说明') })
            .strict()
            .meta({ title: '机制' }),
        )
        .default([])
        .meta({ title: '长效机制', description: '例如:联创联建、统一协调、群众参与' }),
      mechanismsTitle: z
        .string()
        .trim()
        .min(2)
        .max(40)
        .default('长效机制')
        .meta({ title: '长效机制标题' }),
    })
    .strict();

export type OrganisationData = z.output<ReturnType<typeof organisationSchema>>;
