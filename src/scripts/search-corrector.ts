/**
 * The search page's corrector, in a worker of its own: pinyin (denggere, dgr)
 * and homophone slips (登格热) read as the words they were meant as
 * (src/lib/search/correct-query.ts). Only a query that finds nothing, or is
 * in Latin letters, starts it: its code and tables are no part of an
 * ordinary search. Asked { id, query, words, pinyin } (the tables'
 * addresses), it answers { id, correction }.
 */
import { correctQuery, type Correction } from '../lib/search/correct-query.ts';
import { createPinyinReader } from '../lib/search/pinyin.ts';
import {
  readDictionary,
  type SearchPinyin,
  type SearchWords,
} from '../lib/search/search-tables.ts';

export interface CorrectorRequest {
  id: number;
  query: string;
  words: string;
  pinyin: string;
}
export interface CorrectorAnswer {
  id: number;
  correction?: Correction | undefined;
}

const fetchJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  return response.json() as Promise<T>;
};

let corrector: Promise<(query: string) => Correction | undefined> | undefined;

addEventListener('message', (event: MessageEvent<CorrectorRequest>) => {
  const { id, query, words, pinyin } = event.data;
  corrector ??= Promise.all([fetchJson<SearchWords>(words), fetchJson<SearchPinyin>(pinyin)]).then(
    ([table, pinyinTable]) => {
      const reader = createPinyinReader(pinyinTable);
      // What a query may have meant: the vocabulary, and the tags and topic names.
      const dictionary = readDictionary(table, pinyinTable);
      return (q: string) => (reader ? correctQuery(q, dictionary, reader) : undefined);
    },
  );
  corrector.then(
    (correct) => postMessage({ id, correction: correct(query) } satisfies CorrectorAnswer),
    () => {
      corrector = undefined;
      postMessage({ id } satisfies CorrectorAnswer);
    },
  );
});
