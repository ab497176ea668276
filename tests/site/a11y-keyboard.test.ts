import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/use-browser.ts';

const origin = inject('siteOrigin');
const browser = useBrowser();

describe('a keyboard-only reader', () => {
  for (const width of [1280, 390]) {
    it(`reaches every link and control of the home page in order, each focus visible (${width} px)`, async () => {
      const context = await browser().newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      // Number the tabbable elements in DOM order.
      const count = await page.evaluate(() => {
        const selector =
          'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';
        const tabbable = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
          const style = getComputedStyle(el);
          // checkVisibility(): also false inside a closed <details> (the phone menu), whose content cannot take focus.
          return (
            el.tabIndex >= 0 &&
            !(el as HTMLButtonElement).disabled &&
            el.checkVisibility() &&
            style.visibility !== 'hidden' &&
            !el.closest('[inert]')
          );
        });
        tabbable.forEach((el, i) => (el.dataset['kbd'] = String(i)));
        return tabbable.length;
      });
      expect(count).toBeGreaterThan(20);

      const visited: string[] = [];
      const problems: string[] = [];
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          const ring =
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
            style.boxShadow !== 'none';
          return {
            index:
              el.dataset['kbd'] ??
              `unnumbered ${el.tagName} ${el.textContent?.trim().slice(0, 20)}`,
            name:
              (el.textContent ?? '').trim().slice(0, 20) ||
              el.getAttribute('aria-label') ||
              el.tagName,
            ring,
            onScreen:
              rect.width > 1 &&
              rect.height > 1 &&
              rect.bottom > 0 &&
              rect.top < innerHeight &&
              rect.right > 0 &&
              rect.left < innerWidth,
          };
        });
        if (!focus) {
          problems.push(`Tab ${i + 1}: focus left the page`);
          break;
        }
        visited.push(focus.index);
        if (!focus.ring) problems.push(`"${focus.name}" has no visible focus indicator`);
        if (!focus.onScreen) problems.push(`"${focus.name}" is focused but not on screen`);
      }
      expect(problems).toEqual([]);
      expect(visited).toEqual(Array.from({ length: count }, (_, i) => String(i)));
      await context.close();
    });
  }

  it('lands on the skip link first and jumps to the main content with it', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin}/health/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    const box = await page.locator('a[href="#main"]').boundingBox();
    expect(box!.width).toBeGreaterThan(40); // shown while focused, not left as a 1 px sr-only box
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
