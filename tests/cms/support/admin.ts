import type { Browser, Page } from 'playwright-core';

/** Playwright steps for Decap CMS at /admin/ (selectors that held on Decap 3.x; see DEVELOPERS notes). */

export interface AdminPage {
  page: Page;
  /** Requests that went to another host than the site and decap-server. */
  foreignRequests: string[];
  /** Uncaught page errors. */
  errors: string[];
}

export async function openAdmin(
  browser: Browser,
  origin: string,
  decapUrl: string,
): Promise<AdminPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  const allowed = new Set([new URL(origin).host, new URL(decapUrl).host]);
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !allowed.has(url.host))
      foreignRequests.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/admin/`, { timeout: 120_000 });
  // The local back end needs no account: one click.
  await page.locator('button', { hasText: '登录' }).first().click({ timeout: 120_000 });
  await page.getByText('内容栏目').waitFor({ timeout: 60_000 });
  return { page, foreignRequests, errors };
}

/** Opens an entry by its route without reloading the app. */
export async function gotoRoute(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => {
    location.hash = r;
  }, route);
}

const EDITOR_FIELD = '[class*="ControlContainer"]';

/** Opens an entry's editor (leaving any open editor first, so the fields seen are this entry's). */
export async function openEntry(page: Page, collection: string, slug: string): Promise<void> {
  await gotoRoute(page, `/collections/${collection}`);
  await page.locator(EDITOR_FIELD).first().waitFor({ state: 'detached', timeout: 30_000 });
  await gotoRoute(page, `/collections/${collection}/entries/${slug}`);
  await page.locator(EDITOR_FIELD).first().waitFor({ timeout: 60_000 });
}

/**
 * Opens an entry and waits until its first field shows `firstValue`.
 * (Decap keeps an open editor when only the slug in the route changes, so
 * the editor is left first.)
 */
export async function openEntryShowing(
  page: Page,
  collection: string,
  slug: string,
  firstValue: string,
): Promise<void> {
  // Decap's "page not found" route: it unmounts the editor without loading anything.
  await gotoRoute(page, '/leave-editor');
  await page.locator(EDITOR_FIELD).first().waitFor({ state: 'detached', timeout: 30_000 });
  await gotoRoute(page, `/collections/${collection}/entries/${slug}`);
  try {
    await page.waitForFunction(
      ({ selector, value }) => {
        const first = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
        return first !== null && first.value === value;
      },
      { selector: FIRST_TEXT_FIELD, value: firstValue },
      { timeout: 60_000 },
    );
  } catch (error) {
    const shown = await page.evaluate(
      (s) => document.querySelector<HTMLInputElement>(s)?.value,
      FIRST_TEXT_FIELD,
    );
    throw new Error(
      `${collection}/${slug} did not open (expected first field ${JSON.stringify(firstValue)}, shown ${JSON.stringify(shown)} at ${page.url()})`,
      { cause: error },
    );
  }
}

export const FIRST_TEXT_FIELD = `${EDITOR_FIELD} input[type="text"], ${EDITOR_FIELD} textarea`;

/**
 * Types into the article body at the very end of its last top-level
 * paragraph. The caret is placed through the DOM selection: the End key
 * only reaches the end of a visual line in the rich-text editor.
 */
export async function typeAtEndOfBody(page: Page, text: string): Promise<void> {
  await page.evaluate(() => {
    const editor = document.querySelector<HTMLElement>('[data-slate-editor="true"]');
    const paragraphs = editor ? [...editor.children].filter((c) => c.tagName === 'P') : [];
    const strings = paragraphs.at(-1)?.querySelectorAll('[data-slate-string]');
    const node = strings?.[strings.length - 1]?.firstChild;
    if (!editor || !node) throw new Error('the body has no paragraph to type into');
    editor.focus();
    const range = document.createRange();
    range.setStart(node, node.textContent?.length ?? 0);
    range.collapse(true);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
  await page.waitForTimeout(100);
  await page.keyboard.insertText(text);
  await page.waitForTimeout(100);
}

/** Decap's address of a new entry's editor (`#/collections/news/new`, not `#/collections/news/…`). */
const NEW_ENTRY_ROUTE = /^#\/collections\/[^/]+\/new(?:\?|$)/;

/**
 * Clicks 保存 and waits until Decap reports the entry saved (and, for a new entry, has opened it at
 * its own address); throws with Decap's message if it refused.
 */
export async function saveEntry(page: Page): Promise<void> {
  // The header says 含未保存的修改 until the save lands, then 修改已保存.
  await page.getByText('含未保存的修改').first().waitFor({ timeout: 30_000 });
  const button = page.locator('button', { hasText: /^保存$/ });
  const saved = page.getByText('修改已保存');
  const failed = page.getByText(/保存内容失败|必填项|没有保存/);
  // An earlier refusal's notice must be gone (it stays for 8 s), or it would be read as this save's.
  const close = page.locator('[class*="Toast"] [aria-label], [class*="toast"] button').first();
  if (await failed.first().isVisible()) await close.click({ timeout: 2000 }).catch(() => {});
  await failed.first().waitFor({ state: 'hidden', timeout: 15_000 });
  // A new entry's editor moves to the entry's own address once Decap has read the saved draft back:
  // until then the save is not over (a route opened before that is left again for the editor).
  const isNew = NEW_ENTRY_ROUTE.test(new URL(page.url()).hash);
  const deadline = Date.now() + 60_000;
  await button.click();
  while (Date.now() < deadline) {
    // Whichever notice comes first, as soon as it comes (a fixed poll cost about half a second a save).
    const outcome = await Promise.race([
      saved
        .first()
        .waitFor({ timeout: 3000 })
        .then(() => 'saved' as const),
      failed
        .first()
        .waitFor({ timeout: 3000 })
        .then(() => 'failed' as const),
    ]).catch(() => 'pending' as const);
    if (outcome === 'failed') {
      await page.screenshot({ path: 'test-results/cms/save-failed.png' });
      throw new Error(`the CMS did not save: ${(await failed.first().innerText()).slice(0, 1500)}`);
    }
    if (outcome === 'saved') {
      if (isNew)
        await page.waitForFunction(
          (route) => !new RegExp(route).test(location.hash),
          NEW_ENTRY_ROUTE.source,
          {
            timeout: Math.max(deadline - Date.now(), 10_000),
          },
        );
      return;
    }
    // A click that landed while the editor was re-rendering is lost: click again while nothing is in flight.
    const canClick =
      (await button.count()) === 1 && (await button.isEnabled({ timeout: 500 }).catch(() => false));
    if (canClick && (await page.getByText('正在保存').count()) === 0)
      await button.click({ timeout: 2000 }).catch(() => {});
  }
  await page.screenshot({ path: 'test-results/cms/save-timeout.png' });
  throw new Error('the CMS did not report 修改已保存 within 60 s');
}

/** The label element of a field, matched exactly (Decap renders `<label for=…>标题</label>`). */
export function fieldLabel(page: Page, text: string) {
  return page.locator('label', { hasText: new RegExp(`^${text}( \\(可选\\))?$`) });
}

/** A form field by its Chinese label ("(可选)" is added by Decap to optional ones). */
export function field(page: Page, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}( \\(可选\\))?$`));
}

/**
 * Types `text` as a Chinese input method does: composition updates with
 * the pinyin being typed, then the committed characters (Chrome DevTools
 * Protocol Input.imeSetComposition / Input.insertText).
 */
export async function typeWithIme(
  page: Page,
  pinyin: string,
  text: string,
  keyDelayMs = 0,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++) {
    const composing = pinyin.slice(0, i);
    await cdp.send('Input.imeSetComposition', {
      text: composing,
      selectionStart: composing.length,
      selectionEnd: composing.length,
    });
    if (keyDelayMs) await page.waitForTimeout(keyDelayMs);
  }
  await cdp.send('Input.imeSetComposition', {
    text,
    selectionStart: text.length,
    selectionEnd: text.length,
  });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

/** Picks an option of a Decap select or relation field (react-select) by typing and clicking it. */
export async function pick(
  page: Page,
  label: string,
  typed: string,
  option: string,
): Promise<void> {
  await field(page, label).click();
  await page.keyboard.insertText(typed);
  await page.getByText(option, { exact: true }).last().click();
}
