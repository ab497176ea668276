import { describe, expect, it } from 'vitest';
import { buildExcerpt, markWords, type ExcerptPart } from '../../../src/lib/search/excerpt.ts';

const show = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('buildExcerpt', () => {
  it('marks every occurrence of the query words', () => {
    expect(show(buildExcerpt('登革热经伊蚊传播。预防登革热要清除积水。', ['登革热', '积水']))).toBe(
      '[登革热]经伊蚊传播。预防[登革热]要清除[积水]。',
    );
  });

  it('matches whatever the width or case of the page text', () => {
    expect(show(buildExcerpt('关注ＰＭ２．５和PM2.5', ['pm2.5']))).toBe(
      '关注[ＰＭ２．５]和[PM2.5]',
    );
  });

  it('cuts a long text around the passage with the most query words, at a sentence start', () => {
    const text = `${'前言很长。'.repeat(30)}积水容易孳生蚊子。清除积水，预防登革热。${'后记。'.repeat(30)}`;
    const out = show(buildExcerpt(text, ['登革热', '积水'], 40));
    expect(out.startsWith('…[积水]容易')).toBe(true);
    expect(out).toContain('[登革热]');
    expect(out.endsWith('…')).toBe(true);
  });

  it('shows the start of the text when no word occurs', () => {
    expect(show(buildExcerpt('只有标题里有这个词。', ['控烟']))).toBe('只有标题里有这个词。');
  });

  it('never marks overlapping words twice', () => {
    expect(show(buildExcerpt('生活垃圾分类', ['垃圾分类', '垃圾']))).toBe('生活[垃圾分类]');
  });
});

describe('markWords', () => {
  it('marks the words in a whole title', () => {
    expect(show(markWords('夏季防蚊灭蚊，预防登革热', ['登革热', '防蚊']))).toBe(
      '夏季[防蚊]灭蚊，预防[登革热]',
    );
  });
});
