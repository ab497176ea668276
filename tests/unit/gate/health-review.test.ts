import { describe, expect, it } from 'vitest';
import { isHomePageUrl, readReviewer } from '../../../src/lib/gate/health-review.ts';
import { checkInMemory } from './helpers.ts';

const article = (fields: string) => `---
title: 测试文章
date: 2026-01-10
summary: 这是一篇用于内容检查的测试文章。
${fields}---

## 小标题

短句。
`;
const rules = (result: ReturnType<typeof checkInMemory>, rule: string) =>
  result.findings.filter((f) => f.rule === rule);

describe('sources that are a home page', () => {
  it('knows a home page from a page', () => {
    for (const url of [
      'https://www.nhc.gov.cn/',
      'http://www.nhc.gov.cn',
      'https://www.who.int/zh',
      'https://www.who.int/zh/',
      'https://x.gov.cn/index.shtml',
      'https://x.gov.cn/zh-cn/index.html',
    ]) {
      expect(isHomePageUrl(url), url).toBe(true);
    }
    for (const url of [
      'https://www.who.int/zh/news-room/fact-sheets/detail/hypertension',
      'https://doi.org/10.3760/cma.j.cn112338-20230908-00139',
      'https://x.gov.cn/?id=12',
      'https://x.gov.cn/wjw/index.shtml',
      'ftp://x.gov.cn/',
      'not a url',
    ]) {
      expect(isHomePageUrl(url), url).toBe(false);
    }
  });

  it('warns on each such source of a health article, at its url, naming its title', () => {
    const sources =
      'sources:\n  - title: 世界卫生组织\n    url: https://www.who.int/zh/news-room/fact-sheets/detail/hypertension\n  - title: 国家卫生健康委员会\n    url: http://www.nhc.gov.cn/\n';
    const result = checkInMemory({
      'health/a.mdx': article(sources),
      'news/a.mdx': article(sources),
    });
    const found = rules(result, 'source-homepage');
    expect(found.map((f) => [f.file, f.line, f.column, f.severity])).toEqual([
      ['content/health/a.mdx', 9, 10, 'warning'],
    ]);
    expect(found[0]!.message).toMatch(
      /^来源“国家卫生健康委员会”的链接 http:\/\/www\.nhc\.gov\.cn\/ 是网站首页/,
    );
  });
});

describe('the reviewer', () => {
  it('reads the institution, the role and the name apart', () => {
    expect(readReviewer('AA市疾病预防控制中心')).toEqual({
      role: false,
      name: false,
      example: false,
    });
    expect(readReviewer('AA市疾病预防控制中心 病媒生物防制科 主任医师')).toEqual({
      role: true,
      name: false,
      example: false,
    });
    expect(readReviewer('市疾控中心 主任医师 张某')).toEqual({
      role: true,
      name: true,
      example: false,
    });
    expect(readReviewer('市人民医院心血管内科 副主任医师李明')).toEqual({
      role: true,
      name: true,
      example: false,
    });
    expect(readReviewer('李某')).toEqual({ role: false, name: true, example: false });
    expect(readReviewer('市城市管理局 环境卫生管理科 高级工程师（示例）').example).toBe(true);
  });

  const check = (reviewer: string, settings?: string) => {
    const files: Record<string, string> = { 'health/a.mdx': article(`reviewedBy: ${reviewer}\n`) };
    if (settings !== undefined) files['settings/site.yaml'] = settings;
    return rules(checkInMemory(files), 'reviewer-incomplete');
  };

  it('warns when only an institution is given, at the field', () => {
    expect(check('AA市疾病预防控制中心')).toEqual([
      expect.objectContaining({ line: 5, column: 1, severity: 'warning' }),
    ]);
    expect(check('AA市疾病预防控制中心')[0]!.message).toMatch(
      /^审核人“AA市疾病预防控制中心”只写了单位/,
    );
    expect(check('AA市疾病预防控制中心 传染病防制科 主任医师')).toEqual([]);
  });

  it('wants a name when the site settings say reviewers are named', () => {
    const named = 'publishReviewerNames: true\n';
    expect(check('AA市疾病预防控制中心 主任医师', named)[0]!.message).toMatch(
      /公开审核专家姓名.*没有写姓名/,
    );
    expect(check('AA市疾病预防控制中心 主任医师 张某', named)).toEqual([]);
    expect(check('AA市疾病预防控制中心 主任医师', 'publishReviewerNames: false\n')).toEqual([]);
  });

  it('warns on a reviewer left as an example, and not on drafts', () => {
    expect(check('AA市疾病预防控制中心 主任医师（示例）')[0]!.message).toMatch(
      /是示例:上线前要由真实的审核专家复核本文/,
    );
    const draft = checkInMemory({
      'health/a.mdx': article('draft: true\nreviewedBy: AA市疾病预防控制中心\n'),
    });
    expect(rules(draft, 'reviewer-incomplete')).toEqual([]);
  });
});
