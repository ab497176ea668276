/**
 * <site-search>: the search page. Enhances the plain GET form: searches as
 * the reader types (after a pause) and on submit, keeps the query, filters
 * and order in the address (Back and shared links work), announces the
 * result count in a live region and shows results a few at a time.
 *
 * Pagefind (/pagefind/pagefind.js, written by the build) and the word table
 * are loaded only when the reader focuses the field or arrives with a query.
 * A query is read with the vocabulary (read-query.ts): question words set
 * aside, each thing it names searched as any word of its group, pages ranked
 * by how much of it they hold (rank.ts). When part of it finds nothing, the
 * pinyin table and the corrector load (correct-query.ts): pinyin and
 * homophone slips become the words they were meant as.
 */
import { formatChineseDate } from '../lib/dates.ts';
import { CHARACTER_PROBES_FILE, type CharacterProbes } from '../lib/search/character-probes.ts';
import type { Correction } from '../lib/search/correct-query.ts';
import type { CorrectorAnswer, CorrectorRequest } from './search-corrector.ts';
import { DATE_ORDER_FILE, readDateOrder, type DateOrder } from '../lib/search/date-order.ts';
import { buildExcerpt, markWords, type ExcerptPart } from '../lib/search/excerpt.ts';
import { FILTER_KEYS } from '../lib/search/filter-keys.ts';
import { decodeIndexedText, isHan } from '../lib/search/han.ts';
import { setAsideQuestionWords } from '../lib/search/question-words.ts';
import { normalizeQuery } from '../lib/search/query.ts';
import {
  mergeConceptHits,
  rankPages,
  type RankedConcept,
  type RankedPage,
} from '../lib/search/rank.ts';
import { readQuery, type Concept, type QueryReading } from '../lib/search/read-query.ts';
import {
  PINYIN_FILE,
  readDictionary,
  shardsFor,
  WORDS_FILE,
  WORDS_SHARD_DIR,
  type Dictionary,
  type SearchWords,
} from '../lib/search/search-tables.ts';
import { searchWord, type PagefindHit } from '../lib/search/search-word.ts';
import { readSearchState, writeSearchState, type SearchState } from '../lib/search/url-state.ts';
import { searchBundlePath, searchPath } from '../lib/urls.ts';

/** Results shown at first and per 显示更多: about two of a phone's screens; each one is a file to fetch. */
const PAGE_SIZE = 4;
const TYPING_PAUSE_MS = 350;
const DEV_MESSAGE = '开发模式下没有搜索索引:请运行 npm run build 后用 npm run preview 查看搜索';
const LOAD_FAILED = '搜索暂时无法使用,请稍后再试,或按下面的主题和栏目查找。';
const PARTIAL = '没有同时包含全部词语的文章,以下是包含部分词语的结果';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult extends PagefindHit {
  data(): Promise<PagefindData>;
}
interface PagefindSearchOptions {
  filters?: Record<string, string>;
}
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options: PagefindSearchOptions,
  ): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string, options: PagefindSearchOptions): Promise<void>;
}

/** A loader that runs once; a failed load may be retried by the next search. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

const fetchJson = async <T>(file: string): Promise<T> => {
  const response = await fetch(searchBundlePath(file));
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  return response.json() as Promise<T>;
};

const loadPagefind = once(async () => {
  // Under the site's base; Pagefind then finds its other files, and prefixes result URLs, from where it was loaded.
  // A variable, not a literal: Vite leaves the import alone (no preload wrapper for a file it does not build).
  const url = searchBundlePath('pagefind.js');
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Search on the main thread: a search here is a few milliseconds, and the worker script
  // would be another 43 KB (13 KB gzip) on every first search.
  await pagefind.options({ noWorker: true });
  // Pagefind takes its language from <html lang> as it starts, and for zh it would cut
  // queries with Intl.Segmenter, breaking the character pairs the index holds. Start it
  // under "und" and put the attribute back in the same task, before anything renders.
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', 'und');
  const ready = pagefind.init();
  if (lang === null) html.removeAttribute('lang');
  else html.setAttribute('lang', lang);
  await ready;
  return pagefind;
});
/** The vocabulary; a site built without one (or a failed fetch) searches the words as typed. */
const loadWords = once(() => fetchJson<SearchWords>(WORDS_FILE).catch(() => ({ groups: '' })));
const shards = new Map<number, Promise<SearchWords>>();
/** The vocabulary a query needs: the parts of the table its characters can start words in, or all of it. */
async function loadDictionary(query: string): Promise<Dictionary> {
  const needed = shardsFor(query);
  if (!needed) return readDictionary(await loadWords());
  const parts = needed.map((n) => {
    let part = shards.get(n);
    if (!part) {
      part = fetchJson<SearchWords>(`${WORDS_SHARD_DIR}/${n}.json`).catch(
        () => (shards.delete(n), { groups: '' }),
      );
      shards.set(n, part);
    }
    return part;
  });
  return readDictionary(await Promise.all(parts));
}
const loadProbes = once(() => fetchJson<CharacterProbes>(CHARACTER_PROBES_FILE));
const loadDateOrder = once(() => fetchJson<DateOrder>(DATE_ORDER_FILE).then(readDateOrder));
let corrector: Worker | undefined;
let asked = 0;
const answers = new Map<number, (correction: Correction | undefined) => void>();

/** Pinyin and slips read as what they were meant as, by the corrector worker (search-corrector.ts); undefined when none. */
function correct(query: string): Promise<Correction | undefined> {
  if (!corrector) {
    corrector = new Worker(new URL('./search-corrector.ts', import.meta.url), { type: 'module' });
    corrector.addEventListener('message', (event: MessageEvent<CorrectorAnswer>) => {
      answers.get(event.data.id)?.(event.data.correction);
      answers.delete(event.data.id);
    });
    // A worker that cannot start or run corrects nothing: the search goes on without it.
    corrector.addEventListener('error', () => {
      for (const resolve of answers.values()) resolve(undefined);
      answers.clear();
      corrector = undefined;
    });
  }
  const id = ++asked;
  const table = (file: string) => new URL(searchBundlePath(file), location.href).href;
  corrector.postMessage({
    id,
    query,
    words: table(WORDS_FILE),
    pinyin: table(PINYIN_FILE),
  } satisfies CorrectorRequest);
  return new Promise((resolve) => answers.set(id, resolve));
}

/** What one query found: its reading, each concept's pages, the pages per id, the words to mark. */
interface Found {
  reading: QueryReading;
  concepts: (RankedConcept & { concept: Concept })[];
  phrases: Set<string>[];
  results: Map<string, PagefindResult>;
  marks: string[];
}

const matched = (found: Found) => found.concepts.filter((c) => !c.weak && c.hits.size > 0).length;
const strongCount = (found: Found) => found.concepts.filter((c) => !c.weak).length;
/** Whether `other` finds more of what it asks for than `found`. */
const findsMore = (other: Found, found: Found) =>
  matched(other) > 0 && strongCount(other) - matched(other) < strongCount(found) - matched(found);

/**
 * A phrase that is in no page and no vocabulary cut into words by the
 * browser's word segmenter (小区楼道堆放杂物 → 小区 楼道 堆放 杂物), without
 * its question words; [] when there is no segmenter.
 */
function segment(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [];
  const words = Array.from(
    new Intl.Segmenter('zh', { granularity: 'word' }).segment(text),
    (s) => s.segment,
  );
  return words.flatMap((w) => setAsideQuestionWords(w).pieces);
}

async function find(
  pagefind: Pagefind,
  query: string,
  dictionary: Dictionary,
  options: PagefindSearchOptions,
  split = false,
): Promise<Found> {
  const results = new Map<string, PagefindResult>();
  const marks = new Set<string>();
  const searchConcept = async (concept: Concept) => {
    const perWord = await Promise.all(
      concept.words.map((word) => searchWord(pagefind, word, options, loadProbes)),
    );
    perWord.forEach((hits, i) => {
      if (hits.length > 0) marks.add(concept.words[i]!);
      for (const hit of hits) if (!results.has(hit.id)) results.set(hit.id, hit.result);
    });
    return { concept, weak: concept.weak, hits: mergeConceptHits(perWord) };
  };
  const reading = readQuery(query, dictionary);
  const searched = await Promise.all(reading.concepts.map(searchConcept));
  // When asked: a long phrase found nowhere as typed becomes its words, each searched on its own.
  const concepts = (
    await Promise.all(
      searched.map(async (c) => {
        const typed = Array.from(c.concept.typed);
        const parts =
          split && !c.concept.known && c.hits.size === 0 && typed.length >= 3 && typed.every(isHan)
            ? segment(c.concept.typed)
            : [];
        if (!parts.some((p) => Array.from(p).length >= 2)) return [c];
        const sub = readQuery(parts.join(' '), dictionary).concepts;
        return Promise.all(
          sub.map((concept) =>
            searchConcept({
              ...concept,
              weak: c.weak || concept.weak || Array.from(concept.typed).length < 2,
            }),
          ),
        );
      }),
    )
  ).flat();
  const phrases = await Promise.all(
    reading.phrases.map(
      async (phrase) =>
        new Set((await searchWord(pagefind, phrase, options, loadProbes)).map((h) => h.id)),
    ),
  );
  for (const c of concepts) marks.add(c.concept.typed);
  return { reading, concepts, phrases, results, marks: [...marks] };
}

/** Text into `parent`, query words in <mark> (textContent only: page text never becomes markup). */
function appendParts(parent: Element, parts: readonly ExcerptPart[]) {
  for (const part of parts) {
    if (!part.mark) {
      parent.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = 'rounded-sm bg-notice-soft font-bold text-ink';
    mark.textContent = part.text;
    parent.append(mark);
  }
}

/** A link to the search for `query`, as the corrections offer it. */
function searchLink(query: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = searchPath(query);
  link.className = 'font-bold underline';
  link.textContent = query;
  return link;
}

class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #notice!: HTMLElement;
  #section!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #template!: HTMLTemplateElement;
  #baseTitle = document.title;
  /** Bumped by every search, so a slower earlier one never overwrites a later one. */
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #hits: (RankedPage & { result: PagefindResult })[] = [];
  #shown = 0;
  #marks: string[] = [];

  connectedCallback() {
    const find = <T extends Element>(selector: string) => this.querySelector<T>(selector)!;
    this.#form = find('form');
    this.#input = find('input[name="q"]');
    this.#status = find('[data-status]');
    this.#notice = find('[data-notice]');
    this.#section = find('[data-results]');
    this.#list = find('[data-list]');
    this.#more = find('[data-more]');
    this.#template = find('template');

    this.#input.addEventListener('focus', () => void loadPagefind().catch(() => {}), {
      once: true,
    });
    this.#input.addEventListener('input', (event) => {
      if (!(event as InputEvent).isComposing) this.#schedule();
    });
    this.#input.addEventListener('compositionend', () => this.#schedule());
    this.#form.addEventListener('change', (event) => {
      if (event.target !== this.#input) void this.#apply('push');
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#apply('push');
    });
    this.#more.addEventListener('click', () => void this.#showMore(true));
    addEventListener('popstate', () => this.#restore());
    this.#restore();
  }

  /** Shows the state in the address: fills the form and searches, without a new history entry. */
  #restore() {
    const state = readSearchState(new URLSearchParams(location.search));
    this.#input.value = state.q;
    for (const key of [...FILTER_KEYS, 'sort'] as const) {
      const select = this.#form.elements.namedItem(key);
      if (select instanceof HTMLSelectElement)
        select.value =
          key === 'sort' ? (state.sort === 'date' ? 'date' : '') : (state.filters[key] ?? '');
    }
    const details = this.querySelector('details');
    if (details && (Object.keys(state.filters).length > 0 || state.sort === 'date'))
      details.open = true;
    void this.#search(state);
  }

  #readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.#form))
      if (typeof value === 'string') params.set(key, value);
    return readSearchState(params);
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#apply('replace'), TYPING_PAUSE_MS);
  }

  /** Searches for what the form says and records it in the address. */
  async #apply(history: 'push' | 'replace') {
    clearTimeout(this.#timer);
    const state = this.#readForm();
    const url = `${location.pathname}${writeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    await this.#search(state);
  }

  #fail(run: number) {
    if (run !== this.#run) return;
    this.#section.removeAttribute('aria-busy');
    this.#section.hidden = true;
    this.#notice.hidden = true;
    this.#status.textContent = import.meta.env.DEV ? DEV_MESSAGE : LOAD_FAILED;
  }

  async #search(state: SearchState) {
    const run = ++this.#run;
    const query = normalizeQuery(state.q);
    document.title = state.q ? `${state.q} - ${this.#baseTitle}` : this.#baseTitle;
    this.#notice.hidden = true;
    if (query === '') {
      this.#section.hidden = true;
      this.#status.textContent = state.q ? '请输入要搜索的文字或号码。' : '';
      return;
    }
    this.#section.setAttribute('aria-busy', 'true');
    const options: PagefindSearchOptions = { filters: { ...state.filters } };
    let found: Found;
    let correction: Correction | undefined;
    let dateRank: Map<string, number> | undefined;
    try {
      const [pagefind, dictionary] = await Promise.all([loadPagefind(), loadDictionary(query)]);
      found = await find(pagefind, query, dictionary, options);
      // Letters that may be pinyin are read as pinyin even when they occur somewhere (in a web address, say).
      if (matched(found) < strongCount(found) || /(?:^| )[a-z]{4,}(?: |$)/.test(query)) {
        correction = await correct(query);
        const better =
          correction &&
          (await find(pagefind, correction.query, await loadDictionary(correction.query), options));
        const spelt = correction?.changes.every((c) => c.full) ?? false;
        if (better && (findsMore(better, found) || (spelt && matched(better) >= matched(found))))
          found = better;
        else correction = undefined;
      }
      if (matched(found) < strongCount(found)) {
        const split = await find(
          pagefind,
          correction?.query ?? query,
          correction ? await loadDictionary(correction.query) : dictionary,
          options,
          true,
        );
        if (findsMore(split, found)) found = split;
      }
      if (state.sort === 'date') dateRank = await loadDateOrder();
    } catch {
      return this.#fail(run);
    }
    if (run !== this.#run) return;
    this.#hits = rankPages(found.concepts, found.phrases, dateRank).map((page) => ({
      ...page,
      result: found.results.get(page.id)!,
    }));
    this.#marks = found.marks;
    this.#shown = 0;
    this.#list.replaceChildren();
    await this.#showMore(false);
    if (run !== this.#run) return;
    this.#section.hidden = this.#hits.length === 0;
    this.#section.removeAttribute('aria-busy');
    this.#describe(state.q, found, correction);
  }

  /** The status line (announced) and, when there is one, the notice of what was searched instead. */
  #describe(typed: string, found: Found, correction: Correction | undefined) {
    const total = this.#hits.length;
    const strong = strongCount(found);
    const meant = correction?.query;
    const shown = meant ?? typed;
    const notice: (string | Node)[] = [];
    if (correction) {
      notice.push('您是不是要找:', searchLink(correction.query));
      if (correction.alternatives.length > 0)
        notice.push(
          '。也可能是:',
          ...correction.alternatives.flatMap((a, i) => [...(i > 0 ? ['、'] : []), searchLink(a)]),
        );
    }
    const also = [
      ...new Set(
        found.concepts.flatMap((c) =>
          c.concept.words.filter((w) => w !== c.concept.typed && this.#marks.includes(w)),
        ),
      ),
    ];
    if (also.length > 0)
      notice.push(
        `${notice.length > 0 ? '。' : ''}同时查找了意思相同的词:${also.slice(0, 6).join('、')}`,
      );
    this.#notice.replaceChildren(...notice);
    this.#notice.hidden = notice.length === 0;
    const instead = correction ? `没有找到“${typed}”,下面是“${meant}”的结果。` : '';
    if (total === 0) {
      this.#status.textContent = `没有找到包含“${typed}”的文章。请检查错别字、换一个更短的词,或按下面的主题和栏目查找。`;
      return;
    }
    const all = this.#hits.filter((h) => h.strong === strong).length;
    if (all === 0 || matched(found) < strong) {
      this.#status.textContent = `${instead}${PARTIAL}(共 ${total} 条)。`;
      return;
    }
    const extra =
      strong > 1 && all < total ? `,其中 ${all} 条包含全部 ${strong} 个词,排在前面` : '';
    this.#status.textContent = `${instead}找到 ${total} 条与“${shown}”有关的结果${extra}。`;
  }

  /** Appends the next results; `focusFirst` moves focus to the first new one (after 显示更多). */
  async #showMore(focusFirst: boolean) {
    const run = this.#run;
    const batch = this.#hits.slice(this.#shown, this.#shown + PAGE_SIZE);
    const pages = await Promise.all(batch.map((hit) => hit.result.data()));
    if (run !== this.#run) return;
    const items = pages.map((page) => this.#render(page));
    this.#list.append(...items);
    this.#shown += batch.length;
    this.#more.hidden = this.#shown >= this.#hits.length;
    this.#more.textContent = `显示更多结果(还有 ${this.#hits.length - this.#shown} 条)`;
    if (focusFirst) {
      items[0]?.querySelector('a')?.focus();
      this.#status.textContent = `已显示 ${this.#shown} 条,共 ${this.#hits.length} 条。`;
    }
  }

  #render(page: PagefindData): HTMLLIElement {
    const item = this.#template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const title = decodeIndexedText(page.meta['title'] ?? '') || page.url;
    const link = item.querySelector('a')!;
    link.href = page.url;
    appendParts(link, markWords(title, this.#marks));
    const type = item.querySelector<HTMLElement>('[data-type]')!;
    const kind = page.filters['type']?.[0];
    if (kind) type.textContent = kind;
    else type.remove();
    const time = item.querySelector('time')!;
    const day = page.meta['date'];
    if (day) {
      time.dateTime = day;
      time.textContent = formatChineseDate(new Date(day));
    } else time.remove();
    // The indexed text opens with the summary and tags (SearchMeta.astro), then the title and the
    // article: the excerpt comes from the article, or from the summary when only it holds the words.
    const decoded = decodeIndexedText(page.content);
    const at = decoded.indexOf(title);
    const [lead, body] =
      at >= 0 ? [decoded.slice(0, at), decoded.slice(at + title.length)] : ['', decoded];
    const holds = (text: string) => this.#marks.some((word) => text.toLowerCase().includes(word));
    appendParts(
      item.querySelector('[data-excerpt]')!,
      buildExcerpt(holds(body) || !holds(lead) ? body : lead, this.#marks),
    );
    return item;
  }
}

customElements.define('site-search', SiteSearch);
