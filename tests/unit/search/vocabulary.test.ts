import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectWordGroups, type VocabularyFile } from '../../../src/lib/search/vocabulary.ts';
import { vocabularySchema } from '../../../src/schemas/vocabulary.ts';

/**
 * The shipped search vocabulary (content/vocabulary) and its rules across
 * files. A group means "a resident who types one of these wants the pages
 * written with the others", so a group must never join words of different
 * meaning: 感冒 sent to 流感 pages is a wrong answer, not a wider one.
 */
const dir = 'content/vocabulary';
const files: (VocabularyFile & {
  name: string;
  sources: { title: string; publisher: string }[];
})[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const data = vocabularySchema().parse(parse(readFileSync(join(dir, f), 'utf8')));
    return { path: `${dir}/${f}`, data, name: data.name, sources: data.sources };
  });
const { groups, problems } = collectWordGroups(files);
const groupOf = (word: string) => groups.find((g) => g.words.includes(word));

/**
 * Words residents (and search engines) easily take for one another but that
 * public health education keeps apart, each for a reason a reviewer checked:
 * a disease and a milder or different one, a disease and its symptom, a
 * general term and one kind of it, a thing and its opposite. Whatever the
 * vocabulary's editors write, no group may join any of these.
 */
const KNOWN_DISTINCT: [string, string][] = [
  ['感冒', '流感'],
  ['流感', '禽流感'],
  ['流感', '甲流'],
  ['甲流', '乙流'],
  ['流感', '流感疫苗'],
  ['发热', '高热'],
  ['发热', '登革热'],
  ['发热', '发冷'],
  ['咳嗽', '肺结核'],
  ['肺结核', '结核病'],
  ['腹泻', '食物中毒'],
  ['腹泻', '细菌性痢疾'],
  ['食物中毒', '诺如病毒'],
  ['诺如病毒', '诺如病毒感染'],
  ['艾滋病', '艾滋病病毒'],
  ['乙肝', '丙肝'],
  ['甲肝', '乙肝'],
  ['狂犬病', '狗咬伤'],
  ['狂犬病', '狂犬病疫苗'],
  ['抗生素', '消炎药'],
  ['抗生素', '抗病毒药'],
  ['退烧药', '抗生素'],
  ['登革热', '重症登革热'],
  ['登革热', '疟疾'],
  ['蚊子', '伊蚊'],
  ['蚊子', '孑孓'],
  ['灭蚊', '防蚊'],
  ['杀虫剂', '驱蚊剂'],
  ['老鼠', '鼠疫'],
  ['吸烟', '戒烟'],
  ['电子烟', '香烟'],
  ['二手烟', '三手烟'],
  ['控烟', '戒烟'],
  ['吸烟区', '禁烟区'],
  ['高血压', '低血压'],
  ['高血糖', '糖尿病'],
  ['高血糖', '低血糖'],
  ['收缩压', '舒张压'],
  ['冠心病', '心梗'],
  ['脑梗', '脑出血'],
  ['慢阻肺', '哮喘'],
  ['慢阻肺', '慢性支气管炎'],
  ['肥胖', '超重'],
  ['饮酒', '酗酒'],
  ['癌症', '肺癌'],
  ['抑郁情绪', '抑郁症'],
  ['焦虑情绪', '焦虑症'],
  ['产后抑郁', '抑郁症'],
  ['厨余垃圾', '餐厨垃圾'],
  ['厨余垃圾', '其他垃圾'],
  ['有害垃圾', '其他垃圾'],
  ['可回收物', '其他垃圾'],
  ['装修垃圾', '建筑垃圾'],
  ['野生蘑菇', '毒蘑菇'],
  ['保质期', '生产日期'],
  ['生水', '开水'],
  ['纯净水', '矿泉水'],
  ['免疫规划疫苗', '非免疫规划疫苗'],
  ['乙肝', '乙肝疫苗'],
  ['孕妇', '产妇'],
  ['早产儿', '新生儿'],
  ['近视', '老花眼'],
  ['空巢老人', '独居老人'],
  ['跌倒', '骨折'],
  ['阿尔茨海默病', '记忆力下降'],
  ['公共厕所', '厕所'],
  ['创卫', '文明城市'],
  ['投诉热线', '市长公开电话'],
  ['卫生院', '社区卫生服务中心'],
];

describe('the shipped search vocabulary', () => {
  it('has at least 300 groups across the campaign’s topics', () => {
    expect(groups.length).toBeGreaterThanOrEqual(300);
    const topics = files.map((f) => f.name);
    for (const topic of [
      '病媒生物防制',
      '传染病防控',
      '慢性病防治',
      '控烟',
      '食品安全',
      '生活饮用水',
      '生活垃圾分类',
      '环境卫生与个人卫生',
      '预防接种',
      '妇幼健康',
      '老年健康',
    ]) {
      expect(topics, topic).toContain(topic);
    }
  });

  it('names for every topic the public health-education documents it draws on, with their publisher', () => {
    for (const file of files) {
      expect(file.sources.length, file.path).toBeGreaterThan(0);
      for (const s of file.sources)
        expect(s.publisher, `${file.path}: ${s.title}`).toMatch(
          /委员会|中心|组织|国务院|局|部|学会|研究所/,
        );
    }
  });

  it('puts every word in one group only, and never joins words its files list as distinct', () => {
    expect(problems).toEqual([]);
  });

  it('never joins words of different meaning (known distinct pairs)', () => {
    const joined = KNOWN_DISTINCT.filter(([a, b]) => {
      const group = groupOf(a);
      return group !== undefined && group === groupOf(b);
    });
    expect(joined).toEqual([]);
  });

  it('keeps each group to a few words of the same thing, not a topic’s word list', () => {
    for (const group of groups)
      expect(group.words.length, `${group.file} 第 ${group.index + 1} 组`).toBeLessThanOrEqual(6);
  });
});

describe('collectWordGroups', () => {
  const file = (path: string, groups: string[], distinct: string[] = []): VocabularyFile => ({
    path,
    data: { groups, distinct },
  });

  it('refuses a word in groups of two files, naming both', () => {
    const { problems } = collectWordGroups([
      file('a.yaml', ['发烧 发热']),
      file('b.yaml', ['高烧 高热', '体温高 发热']),
    ]);
    expect(problems).toEqual([
      {
        file: 'b.yaml',
        index: 1,
        message: '“发热”同时在 a.yaml 第 1 组和 b.yaml 第 2 组:一个词只能属于一组,请删去一处',
      },
    ]);
  });

  it('refuses a group that joins words another file lists as distinct', () => {
    const { problems } = collectWordGroups([
      file('a.yaml', ['感冒 流感 伤风']),
      file('b.yaml', ['发烧 发热'], ['感冒 流感']),
    ]);
    expect(problems).toEqual([
      {
        file: 'a.yaml',
        index: 0,
        message: 'a.yaml 第 1 组把“感冒”和“流感”放在一起,但 b.yaml 说它们意思不同(不能合并的词)',
      },
    ]);
  });

  it('compares words as queries are compared: full-width and case folded', () => {
    const { groups, problems } = collectWordGroups([
      file('a.yaml', ['ＣＯＰＤ 慢阻肺']),
      file('b.yaml', ['copd 慢性阻塞性肺病']),
    ]);
    expect(groups[0]!.words).toEqual(['copd', '慢阻肺']);
    expect(problems).toHaveLength(1);
  });
});
