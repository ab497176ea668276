import { Parser } from 'htmlparser2';
import { INLINE_ELEMENTS, UNINDEXED_ELEMENTS } from './indexed-text.ts';

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The text a reader sees in the indexed part of a built page: inside
 * `data-pagefind-body`, without `data-pagefind-ignore` parts and the
 * elements Pagefind skips; each block on a line of its own. Undefined when
 * the page has no `data-pagefind-body`. The recall checks compare search
 * results with this text, so it is written apart from the index rewrite.
 */
export function readIndexedText(html: string): string | undefined {
  const stack: { body: boolean; skip: boolean }[] = [];
  let bodyDepth = 0;
  let skipDepth = 0;
  let sawBody = false;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!INLINE_ELEMENTS.has(name)) text += '\n';
        if (VOID_ELEMENTS.has(name)) return;
        const frame = {
          body: 'data-pagefind-body' in attributes,
          skip: 'data-pagefind-ignore' in attributes || UNINDEXED_ELEMENTS.has(name),
        };
        stack.push(frame);
        if (frame.body) (bodyDepth++, (sawBody = true));
        if (frame.skip) skipDepth++;
      },
      onclosetag(name) {
        if (!INLINE_ELEMENTS.has(name)) text += '\n';
        if (VOID_ELEMENTS.has(name)) return;
        const frame = stack.pop();
        if (frame?.body) bodyDepth--;
        if (frame?.skip) skipDepth--;
      },
      ontext(data) {
        if (bodyDepth > 0 && skipDepth === 0) text += data;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return sawBody ? text.replace(/[ \t\r\f]*\n\s*/g, '\n').trim() : undefined;
}
