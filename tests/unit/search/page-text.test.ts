import { describe, expect, it } from 'vitest';
import { readIndexedText } from '../../../src/lib/search/page-text.ts';

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>标题</title></head><body><nav>导航</nav>${body}<footer>页脚</footer></body></html>`;

describe('readIndexedText', () => {
  it('reads only the data-pagefind-body part, each block on its own line', () => {
    expect(
      readIndexedText(
        page(
          '<main><article data-pagefind-body><h1>登革热</h1><p>伊蚊<strong>传播</strong>。</p></article><aside>旁注</aside></main>',
        ),
      ),
    ).toBe('登革热\n伊蚊传播。');
  });

  it('leaves out data-pagefind-ignore parts and what Pagefind never indexes', () => {
    expect(
      readIndexedText(
        page(
          '<article data-pagefind-body><p>正文</p><div data-pagefind-ignore>忽略</div><nav>目录</nav><script>x</script><p>结尾</p></article>',
        ),
      ),
    ).toBe('正文\n结尾');
  });

  it('decodes entities and breaks lines at <br>', () => {
    expect(
      readIndexedText(page('<article data-pagefind-body><p>甲&amp;乙<br>丙</p></article>')),
    ).toBe('甲&乙\n丙');
  });

  it('is undefined for pages that are not indexed', () => {
    expect(readIndexedText(page('<main><p>列表页</p></main>'))).toBeUndefined();
  });
});
