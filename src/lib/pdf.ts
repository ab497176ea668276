/**
 * The page count of a PDF, read from its page tree: the catalog's /Pages
 * object holds /Count. Enough for the PDFs the site makes (Chromium writes
 * every object in plain text); a PDF that keeps its objects in compressed
 * object streams is refused by name rather than guessed at.
 */
export function countPdfPages(bytes: Uint8Array, name: string): number {
  const text = new TextDecoder('latin1').decode(bytes);
  if (!text.startsWith('%PDF-')) throw new Error(`${name} 不是 PDF 文件`);
  const objects = new Map<string, string>();
  for (const m of text.matchAll(
    /(?:^|[\r\n\s])(\d+)\s+(\d+)\s+obj\b([\s\S]*?)(?:\bstream\b|\bendobj\b)/g,
  )) {
    objects.set(`${m[1]} ${m[2]}`, m[3] ?? '');
  }
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  const pagesRef = catalog && /\/Pages\s+(\d+)\s+(\d+)\s+R/.exec(catalog);
  const pages = pagesRef ? objects.get(`${pagesRef[1]} ${pagesRef[2]}`) : undefined;
  const count = pages && /\/Count\s+(\d+)/.exec(pages);
  if (!count)
    throw new Error(`${name}:读不出页数(PDF 的对象可能经过压缩);请用 npm run handbooks 重新生成`);
  return Number(count[1]);
}

/** The /Creator of a PDF's document information, as written (escapes undone), or undefined. */
export function readPdfCreator(bytes: Uint8Array): string | undefined {
  const m = /\/Creator\s*\(((?:\\.|[^\\)])*)\)/.exec(new TextDecoder('latin1').decode(bytes));
  return m?.[1]?.replace(/\\(.)/g, '$1').trim();
}
