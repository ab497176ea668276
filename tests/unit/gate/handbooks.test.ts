import { describe, expect, it } from 'vitest';
import { checkInMemory, frontmatter } from './helpers.ts';

/** A handbook prints letters and health articles: only those that exist and are published. */
describe('a handbook’s articles', () => {
  const handbook = (letters: string[], articles: string[]) =>
    `title: 测试手册\nkind: 宣传手册\nissuer: AA市创城办\nedition: 2026-06-01\ncover:\n  src: ../uploads/a.png\n  alt: 封面图片\ndescription: 测试用的手册,收录两篇文章。\nletters: [${letters.join(', ')}]\narticles: [${articles.join(', ')}]\n`;
  const refs = (files: Record<string, string>) =>
    checkInMemory(files, { contentAssets: { 'uploads/a.png': 100 } })
      .findings.filter(
        (f) => f.file === 'content/handbooks/h.yaml' && f.rule === 'broken-reference',
      )
      .map((f) => `${f.line}: ${f.message}`);

  it('accepts published ones', () => {
    expect(
      refs({
        'letters/a.mdx': frontmatter(),
        'health/b.mdx': frontmatter(),
        'handbooks/h.yaml': handbook(['a'], ['b']),
      }),
    ).toEqual([]);
  });

  it('refuses one that does not exist, naming its folder', () => {
    expect(
      refs({ 'letters/a.mdx': frontmatter(), 'handbooks/h.yaml': handbook(['a'], ['gone']) }),
    ).toEqual(['10: 收录的“gone”不存在(content/health/ 中没有 gone.mdx)']);
  });

  it('refuses a draft and one dated later, which have not been published after review', () => {
    const found = refs({
      'letters/a.mdx': frontmatter('draft: true\n'),
      'health/b.mdx': frontmatter().replace('2026-01-10', '2027-01-10'),
      'handbooks/h.yaml': handbook(['a'], ['b']),
    });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^9: 收录的“a”尚未发布\(.*暂不在网站显示.*\):未经审核发布的文章不能印进手册$/,
    );
    expect(found[1]).toMatch(/^10: 收录的“b”尚未发布/);
  });

  it('refuses a letter listed as a health article (each list picks from its own collection)', () => {
    expect(
      refs({ 'letters/a.mdx': frontmatter(), 'handbooks/h.yaml': handbook([], ['a']) }),
    ).toHaveLength(1);
  });
});
