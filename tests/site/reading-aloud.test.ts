import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/use-browser.ts';
import { discoverArticlePages } from './a11y-templates.ts';

/**
 * Headless Chromium may have no voices, so these tests replace
 * speechSynthesis with a stub that records what is spoken and ends an
 * utterance when the test says so. They check the controls, the highlight and
 * the scrolling; whether a real voice sounds right is for a person to hear.
 */
const origin = inject('siteOrigin');
const article = discoverArticlePages().find((p) => p.startsWith('/health/'))!;
const browser = useBrowser();

type Voices = { name: string; lang: string }[] | 'no-speech';

interface SpeechStub {
  spoken: { text: string; lang: string; voice?: string | undefined }[];
  cancels: number;
  scrolls: string[];
  finish(): void;
  setVoices(v: { name: string; lang: string }[]): void;
}

async function openArticle(voices: Voices, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser().newContext({
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  await context.addInitScript((voices) => {
    const scrolls: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (
      this: Element,
      arg?: boolean | ScrollIntoViewOptions,
    ) {
      scrolls.push(typeof arg === 'object' ? String(arg.behavior) : String(arg));
      original.call(this, arg);
    };
    if (voices === 'no-speech') {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      (window as unknown as { speech: Partial<SpeechStub> }).speech = { scrolls };
      return;
    }
    let list = voices;
    let current: { onend?: ((e: Event) => void) | null } | null = null;
    const synth = new EventTarget() as EventTarget & Record<string, unknown>;
    const stub: SpeechStub = {
      spoken: [],
      cancels: 0,
      scrolls,
      finish() {
        const u = current;
        current = null;
        u?.onend?.(new Event('end'));
      },
      setVoices(v) {
        list = v;
        synth.dispatchEvent(new Event('voiceschanged'));
      },
    };
    Object.assign(synth, {
      getVoices: () => list,
      speak(u: {
        text: string;
        lang: string;
        voice?: { name: string } | null;
        onend?: ((e: Event) => void) | null;
      }) {
        stub.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
        current = u;
      },
      cancel() {
        stub.cancels++;
        current = null;
      },
    });
    class Utterance {
      text: string;
      lang = '';
      voice: unknown = null;
      rate = 1;
      onend: ((e: Event) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: Utterance,
      configurable: true,
    });
    (window as unknown as { speech: SpeechStub }).speech = stub;
  }, voices);
  const page = await context.newPage();
  await page.goto(origin + article);
  return page;
}

const speech = <T>(page: Page, fn: (s: SpeechStub) => T) =>
  page.evaluate(`(${fn.toString()})(window.speech)`) as Promise<T>;
const current = (page: Page) =>
  page.evaluate(
    () => document.querySelector('[data-read-aloud-current]')?.textContent?.trim() ?? null,
  );
const toggle = (page: Page) => page.locator('read-aloud button[data-action="toggle"]');
const stop = (page: Page) => page.locator('read-aloud button[data-action="stop"]');
const zh = [
  { name: 'Test 普通话', lang: 'zh-CN' },
  { name: 'Test English', lang: 'en-US' },
];

describe('read aloud (朗读)', () => {
  it('stays hidden where the browser has no speech synthesis', async () => {
    const page = await openArticle('no-speech');
    expect(await page.locator('read-aloud').isVisible()).toBe(false);
    await page.context().close();
  });

  it('stays hidden when no Chinese voice is installed, and appears when one arrives', async () => {
    const page = await openArticle([{ name: 'Test English', lang: 'en-US' }]);
    expect(await page.locator('read-aloud').isVisible()).toBe(false);
    await speech(page, (s) => s.setVoices([{ name: 'Late 普通话', lang: 'zh_CN' }]));
    expect(await page.locator('read-aloud').isVisible()).toBe(true);
    await page.context().close();
  });

  it('reads the title and then each paragraph with the zh-CN voice, highlighting and following it', async () => {
    const page = await openArticle(zh, { reducedMotion: 'reduce' });
    const title = (await page.locator('h1').textContent())!.trim();
    await toggle(page).click();
    expect(await speech(page, (s) => s.spoken[0])).toEqual({
      text: title,
      lang: 'zh-CN',
      voice: 'Test 普通话',
    });
    expect(await current(page)).toBe(title);
    expect(await toggle(page).textContent()).toContain('暂停朗读');
    expect(await stop(page).isVisible()).toBe(true);

    await speech(page, (s) => s.finish());
    const firstBlock = await page
      .locator('[data-read-aloud-source].prose :is(p, li, h2, h3)')
      .first()
      .textContent();
    expect(await current(page)).toBe(firstBlock!.trim());

    // Far down the article the paragraph being read is still on screen.
    for (let i = 0; i < 25; i++) await speech(page, (s) => s.finish());
    const box = await page.locator('[data-read-aloud-current]').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + Math.min(box!.height, 100)).toBeLessThanOrEqual(800);
    expect(await speech(page, (s) => [...new Set(s.scrolls)])).toEqual(['auto']); // reduced motion: no smooth scrolling

    const chunks = await speech(page, (s) => s.spoken.map((u) => u.text.length));
    expect(Math.max(...chunks)).toBeLessThanOrEqual(120); // long paragraphs go in pieces (Chrome cuts off long utterances)
    await page.context().close();
  });

  it('scrolls smoothly when the reader has not asked for reduced motion', async () => {
    const page = await openArticle(zh, { reducedMotion: 'no-preference' });
    await toggle(page).click();
    await speech(page, (s) => s.finish());
    expect(await speech(page, (s) => [...new Set(s.scrolls)])).toEqual(['smooth']);
    await page.context().close();
  });

  it('pauses and resumes at the same place, and stops clearing the highlight', async () => {
    const page = await openArticle(zh);
    await toggle(page).click();
    await speech(page, (s) => s.finish());
    await speech(page, (s) => s.finish());
    const where = await current(page);
    const before = await speech(page, (s) => ({
      spoken: s.spoken.length,
      cancels: s.cancels,
      last: s.spoken.at(-1)!.text,
    }));

    await toggle(page).click();
    expect(await toggle(page).textContent()).toContain('继续朗读');
    expect(await speech(page, (s) => s.cancels)).toBe(before.cancels + 1);
    expect(await current(page)).toBe(where);

    await toggle(page).click();
    expect(await speech(page, (s) => s.spoken.at(-1)!.text)).toBe(before.last);
    expect(await toggle(page).textContent()).toContain('暂停朗读');

    await stop(page).click();
    expect(await current(page)).toBeNull();
    expect(await toggle(page).textContent()).toContain('朗读全文');
    expect(await stop(page).isVisible()).toBe(false);
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset['action']),
    ).toBe('toggle');
    // A stray end event of the cancelled utterance changes nothing.
    await speech(page, (s) => s.finish());
    expect(await current(page)).toBeNull();
    await page.context().close();
  });

  it('goes back to the start when the article has been read to the end', async () => {
    const page = await openArticle(zh);
    await toggle(page).click();
    for (let i = 0; i < 500 && (await current(page)) !== null; i++)
      await speech(page, (s) => s.finish());
    expect(await current(page)).toBeNull();
    expect(await toggle(page).textContent()).toContain('朗读全文');
    await page.context().close();
  });
});
