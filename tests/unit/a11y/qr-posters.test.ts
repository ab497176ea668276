import { describe, expect, it } from 'vitest';
import { extractKeyPoints, posterPath } from '../../../src/lib/qr-posters.ts';

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
});
