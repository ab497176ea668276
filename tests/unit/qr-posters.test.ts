import { describe, expect, it } from 'vitest';
import {
  choosePosterScale,
  estimateLargePosterHeight,
  extractKeyPoints,
} from '../../src/lib/qr-posters.ts';
import { posterPath } from '../../src/lib/urls.ts';

describe('posters', () => {
  it('lives under /posters/ with a trailing slash', () => {
    expect(posterPath('health', 'dengue')).toBe('/posters/health/dengue/');
  });

  it('takes the key points as plain text from <KeyPoints> blocks only', () => {
    const body = [
      '开头段落。',
      '- 不是要点',
      '<KeyPoints title="记住三件事">',
      '- **清除积水**,每周一次',
      '2. 看[医生](https://example.org)',
      '</KeyPoints>',
      '<KeyPoints>',
      '* 第三条 `代码`',
      '</KeyPoints>',
    ].join('\n');
    expect(extractKeyPoints(body)).toEqual(['清除积水,每周一次', '看医生', '第三条 代码']);
    expect(extractKeyPoints(body, 1)).toHaveLength(1);
    expect(extractKeyPoints('没有要点')).toEqual([]);
  });

  it('falls back to the bold lead-ins of paragraphs, without their numbering', () => {
    const letter =
      '朋友们：\n\n**一、讲究卫生，从我做起。** 养成洗手习惯。\n\n**做文明卫生的践行者。** 不乱扔。\n\n正文 **不是开头** 的粗体。';
    expect(extractKeyPoints(letter)).toEqual(['讲究卫生，从我做起', '做文明卫生的践行者']);
  });
});

describe('poster type size', () => {
  it('estimates within a few mm of what Chromium measured', () => {
    // Demo posters measured in print layout: dengue 256 mm, proposal 293 mm, drinking water 185 mm.
    expect(
      estimateLargePosterHeight('登革热与清除蚊虫孳生地', '字'.repeat(56), [
        '字'.repeat(41),
        '字'.repeat(40),
        '字'.repeat(22),
        '字'.repeat(31),
      ]),
    ).toBeCloseTo(256, -1);
    expect(
      estimateLargePosterHeight(
        '字'.repeat(18),
        '字'.repeat(66),
        [9, 9, 9, 9, 11, 11, 15, 11].map((n) => '字'.repeat(n)),
      ),
    ).toBeCloseTo(293, -1);
    expect(estimateLargePosterHeight('字'.repeat(16), '字'.repeat(50), [])).toBeCloseTo(185, -1);
  });

  it('is large when that fits one sheet, compact when not', () => {
    expect(
      choosePosterScale('登革热与清除蚊虫孳生地', '字'.repeat(56), [
        '字'.repeat(41),
        '字'.repeat(40),
      ]),
    ).toBe('large');
    expect(
      choosePosterScale('字'.repeat(18), '字'.repeat(66), Array(8).fill('字'.repeat(11))),
    ).toBe('compact');
  });
});
