import { describe, expect, it } from 'vitest';
import { getReadingMinutes } from '../../src/lib/reading-time.ts';

describe('getReadingMinutes', () => {
  it('counts Chinese characters, at 300 a minute', () => {
    expect(getReadingMinutes('卫'.repeat(900))).toBe(3);
  });
  it('is at least one minute', () => {
    expect(getReadingMinutes('你好')).toBe(1);
  });
  it('ignores markup, link targets and component tags', () => {
    const body = `## 标题\n\n<Callout type="tip" title="x">${'字'.repeat(600)}</Callout>\n\n[链接](https://example.com/${'a'.repeat(2000)})`;
    expect(getReadingMinutes(body)).toBe(2);
  });
});
