/**
 * <site-search>: the search page. Enhances the plain GET form: searches as
 * the reader types (after a pause) and on submit, keeps the query, filters
 * and order in the address (Back and shared links work), announces the
 * result count in a live region and shows results ten at a time.
 *
 * Pagefind (/pagefind/pagefind.js, written by the build) is imported only
 * when the reader focuses the field or arrives with a query. The index holds
 * Chinese as character pairs (src/lib/search/han.ts); queries are cut the
 * same way here, one Pagefind search per word.
 */
import { CHARACTER_PROBES_FILE, type CharacterProbes } from '../lib/search/character-probes.ts';
import { formatChineseDate } from '../lib/dates.ts';
import { buildExcerpt, markWords, type ExcerptPart } from '../lib/search/excerpt.ts';
import { FILTER_KEYS } from '../lib/search/facets.ts';
import { decodeIndexedText } from '../lib/search/han.ts';
import { normalizeQuery, splitQueryWords } from '../lib/search/query.ts';
import { mergeWordHits, type MergedHit } from '../lib/search/rank.ts';
import { searchWord } from '../lib/search/search-word.ts';
import { readSearchState, writeSearchState, type SearchState } from '../lib/search/url-state.ts';
import { searchBundlePath } from '../lib/urls.ts';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 350;
const DEV_MESSAGE = '开发模式下没有搜索索引:请运行 npm run build 后用 npm run preview 查看搜索';
const LOAD_FAILED = '搜索暂时无法使用,请稍后再试,或按下面的主题和栏目查找。';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string, options: PagefindSearchOptions): Promise<void>;
}

let pagefindLoading: Promise<Pagefind> | undefined;

/** Imports Pagefind once; a failed import may be retried by the next search. */
function loadPagefind(): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    // Under the site's base; Pagefind then finds its other files, and prefixes result URLs, from where it was loaded.
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
  })();
  pagefindLoading.catch(() => (pagefindLoading = undefined));
  return pagefindLoading;
}

let probesLoading: Promise<CharacterProbes> | undefined;

/** The build's list of index chunks per character (character-probes.ts), fetched on the first one-character query. */
function loadCharacterProbes(): Promise<CharacterProbes> {
  probesLoading ??= fetch(searchBundlePath(CHARACTER_PROBES_FILE)).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return response.json() as Promise<CharacterProbes>;
  });
  probesLoading.catch(() => (probesLoading = undefined));
  return probesLoading;
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

class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #section!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #template!: HTMLTemplateElement;
  #baseTitle = document.title;
  /** Bumped by every search, so a slower earlier one never overwrites a later one. */
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #hits: (MergedHit & { result: PagefindResult })[] = [];
  #shown = 0;
  #words: string[] = [];

  connectedCallback() {
    const find = <T extends Element>(selector: string) => this.querySelector<T>(selector)!;
    this.#form = find('form');
    this.#input = find('input[name="q"]');
    this.#status = find('[data-status]');
    this.#section = find('[data-results]');
    this.#list = find('[data-list]');
    this.#more = find('[data-more]');
    this.#template = find('template');

    this.#input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
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
      if (select instanceof HTMLSelectElement) select.value = key === 'sort' ? (state.sort === 'date' ? 'date' : '') : (state.filters[key] ?? '');
    }
    const details = this.querySelector('details');
    if (details && (Object.keys(state.filters).length > 0 || state.sort === 'date')) details.open = true;
    void this.#search(state);
  }

  #readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.#form)) if (typeof value === 'string') params.set(key, value);
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

  async #search(state: SearchState) {
    const run = ++this.#run;
    const words = splitQueryWords(normalizeQuery(state.q));
    document.title = state.q ? `${state.q} - ${this.#baseTitle}` : this.#baseTitle;
    if (words.length === 0) {
      this.#section.hidden = true;
      this.#status.textContent = state.q ? '请输入要搜索的文字或号码。' : '';
      return;
    }
    this.#section.setAttribute('aria-busy', 'true');
    const options: PagefindSearchOptions = { filters: { ...state.filters } };
    if (state.sort === 'date') options.sort = { date: 'desc' };
    let pagefind: Pagefind;
    let perWord: PagefindResult[][];
    try {
      pagefind = await loadPagefind();
      perWord = await Promise.all(words.map((word) => searchWord(pagefind, word, options, loadCharacterProbes)));
    } catch {
      if (run !== this.#run) return;
      this.#section.removeAttribute('aria-busy');
      this.#section.hidden = true;
      this.#status.textContent = import.meta.env.DEV ? DEV_MESSAGE : LOAD_FAILED;
      return;
    }
    const byId = new Map(perWord.flat().map((r) => [r.id, r]));
    let dateRank: Map<string, number> | undefined;
    if (words.length > 1 && state.sort === 'date') {
      const all = (await pagefind.search(null, options))?.results ?? [];
      dateRank = new Map(all.map((r, i) => [r.id, i]));
    }
    if (run !== this.#run) return;

    this.#hits =
      perWord.length === 1
        ? perWord[0]!.map((result) => ({ id: result.id, words: 1, result }))
        : mergeWordHits(perWord, dateRank).map((hit) => ({ ...hit, result: byId.get(hit.id)! }));
    this.#words = words;
    this.#shown = 0;
    this.#list.replaceChildren();
    await this.#showMore(false);
    if (run !== this.#run) return;
    this.#section.hidden = this.#hits.length === 0;
    this.#section.removeAttribute('aria-busy');
    this.#status.textContent = this.#describe(state.q, words.length);
  }

  #describe(q: string, wordCount: number): string {
    const total = this.#hits.length;
    if (total === 0) return `没有找到包含“${q}”的文章。请检查错别字、换一个更短的词,或按下面的主题和栏目查找。`;
    const all = this.#hits.filter((h) => h.words === wordCount).length;
    const extra = wordCount > 1 && all < total ? `,其中 ${all} 条包含全部 ${wordCount} 个词,排在前面` : '';
    return `找到 ${total} 条与“${q}”有关的结果${extra}。`;
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
    appendParts(link, markWords(title, this.#words));
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
    let text = decodeIndexedText(page.content);
    if (text.startsWith(title)) text = text.slice(title.length);
    appendParts(item.querySelector('[data-excerpt]')!, buildExcerpt(text, this.#words));
    return item;
  }
}

customElements.define('site-search', SiteSearch);
