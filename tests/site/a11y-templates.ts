import {
  articlePagesOf,
  templatePagesOf,
  type TemplatePage,
} from '../../tools/support/site-checks/templates.ts';
import { listDistFiles } from '../support/dist.ts';

export { READING_MODES, type ReadingMode } from '../../tools/support/site-checks/axe.ts';

/** One page per page template of the build under test (see tools/support/site-checks/templates.ts). */
export function discoverTemplatePages(): TemplatePage[] {
  return templatePagesOf(listDistFiles('.html'));
}

/** Every letter, health article and news item page of the build under test. */
export function discoverArticlePages(): string[] {
  return articlePagesOf(listDistFiles('.html'));
}
