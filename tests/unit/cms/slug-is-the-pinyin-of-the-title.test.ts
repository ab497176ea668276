import { expect, test } from 'vitest';
import { MAX_SLUG_LENGTH, toPinyinSlug } from '../../../src/lib/cms/slug.ts';

test.each([
  ['夏季防蚊：从清除积水做起', 'xia-ji-fang-wen-cong-qing-chu-ji-shui-zuo-qi'],
  ['AA市召开创卫动员大会', 'aa-shi-zhao-kai-chuang-wei-dong-yuan-da-hui'],
  ['2026年“世界无烟日”宣传活动', '2026-nian-shi-jie-wu-yan-ri-xuan-chuan-huo-dong'],
  ['重庆银行行长谈健康', 'chong-qing-yin-hang-hang-zhang-tan-jian-kang'],
  ['绿色出行　Ｇｏ！', 'lv-se-chu-xing-go'],
  ['！！！', ''],
])('%s → %s', (title, slug) => {
  expect(toPinyinSlug(title)).toBe(slug);
});

test('long titles are cut at a syllable, never mid-word', () => {
  const slug = toPinyinSlug(
    '关于进一步加强全市创建省级卫生城市工作中病媒生物防制和环境卫生整治的实施意见',
  );
  expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(slug.startsWith('guan-yu-jin-yi-bu-jia-qiang')).toBe(true);
});
