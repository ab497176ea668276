import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  editorComponents,
  formatAttribute,
  parseAttributes,
} from '../../../src/lib/cms/components.ts';
import { mdxComponentNames, mdxComponentSchemas } from '../../../src/schemas/mdx-components.ts';
import { articleCollections, getContentDir } from '../../../src/schemas/index.ts';
import { meaningOf } from '../../cms/support/meaning.ts';

test('there is one editor component per MDX component of the content model, with every prop and Chinese labels', () => {
  expect(editorComponents.map((c) => c.component)).toEqual(mdxComponentNames);
  for (const c of editorComponents) {
    expect(c.fields.map((f) => f.name).filter((n) => n !== 'body')).toEqual(
      Object.keys(mdxComponentSchemas[c.component].shape),
    );
    expect(c.label).toMatch(/\p{Script=Han}/u);
    for (const f of c.fields) {
      expect(f.label, `${c.component}.${f.name}`).toMatch(/\p{Script=Han}/u);
      for (const o of f.options ?? [])
        expect(o.label, `${c.component}.${f.name}=${o.value}`).toMatch(/\p{Script=Han}/u);
    }
  }
});

/** Every component block in the demo bodies: found, read into fields and written back means the same. */
const bodies = articleCollections.flatMap((folder) =>
  readdirSync(join(getContentDir(), folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({
      path: `${folder}/${f}`,
      text: readFileSync(join(getContentDir(), folder, f), 'utf8'),
    })),
);

test('every component in the demo articles round-trips through its editor form', () => {
  let found = 0;
  for (const { path, text } of bodies) {
    let rewritten = text;
    for (const def of editorComponents) {
      const global = new RegExp(def.pattern.source.replace(/^\^/, '^'), 'gm');
      rewritten = rewritten.replace(global, (...args) => {
        found++;
        const match = args.slice(0, -2) as unknown as RegExpMatchArray;
        return def.toBlock(def.fromBlock(match));
      });
    }
    expect(meaningOf(path, rewritten), path).toEqual(meaningOf(path, text));
  }
  expect(found).toBeGreaterThan(10);
});

test('attributes: either quote, Chinese text, and a value holding both quotes', () => {
  expect(parseAttributes(` type="tip" title='他说"好"'`)).toEqual({
    type: 'tip',
    title: '他说"好"',
  });
  expect(formatAttribute('title', '“每周一次”')).toBe('title="“每周一次”"');
  expect(formatAttribute('title', 'a "b"')).toBe(`title='a "b"'`);
  expect(formatAttribute('title', `a "b" 'c'`)).toBe(`title="a ”b” 'c'"`);
});

test('a callout with no title or body is written the short way, and read back', () => {
  const callout = editorComponents.find((c) => c.component === 'Callout')!;
  const block = callout.toBlock({ type: 'warning', title: '', body: '' });
  expect(block).toBe('<Callout type="warning" />');
  expect(callout.fromBlock(block.match(callout.pattern)!)).toEqual({
    type: 'warning',
    title: '',
    body: '',
  });
});
