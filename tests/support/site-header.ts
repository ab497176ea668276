import type { Page } from 'playwright-core';

/**
 * Searches from the site header as a resident would: on a phone the field is
 * behind the 菜单 button (a <details>), so that is opened first.
 */
export async function searchFromHeader(page: Page, query: string): Promise<void> {
  const menu = page.locator('header summary', { hasText: '菜单' });
  if (await menu.isVisible()) await menu.click();
  const field = page.locator('header input[type="search"]:visible');
  await field.fill(query);
  await field.press('Enter');
}
