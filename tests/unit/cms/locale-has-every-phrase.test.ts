import { expect, test } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { zhHansPhrases } from '../../../src/cms/locale.ts';

type Table = { [key: string]: string | Table };

function missing(english: Table, chinese: Table | undefined, path: string[] = []): string[] {
  return Object.entries(english).flatMap(([key, value]) => {
    const here = chinese?.[key];
    if (typeof value === 'object')
      return missing(value, typeof here === 'object' ? here : undefined, [...path, key]);
    return typeof here === 'string' ? [] : [[...path, key].join('.')];
  });
}

test("every phrase of Decap's interface has a Chinese one, so no English shows through", () => {
  expect(missing(en as Table, zhHansPhrases)).toEqual([]);
});

test("the board's dates read 12月1日, not December 1", () => {
  expect(((zhHansPhrases['workflow'] as Table)['workflow'] as Table)['dateFormat']).toBe('M月D日');
});
