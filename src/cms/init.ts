import CMS from 'decap-cms-app';
import type { CmsConfig } from 'decap-cms-core';
import siteCss from '../styles/global.css?inline';
import type { ContentModel } from '../lib/cms/config.ts';
import type { FileToSave, WordLists } from '../lib/cms/gate-check.ts';
import { getChinaToday } from '../lib/dates.ts';
import { contentModel } from '../schemas/index.ts';
import { readableBoardCards } from './board-cards.ts';
import { registerChineseDates } from './date-widget.ts';
import { registerEditorComponents } from './editor-components.ts';
import { registerSaveChecks, type FileCheck } from './events.ts';
import { registerFormats } from './formats.ts';
import { registerImeSafeWidgets } from './ime-safe-widgets.ts';
import { registerMarkdownStyle } from './markdown-style.ts';
import { registerOptionalObjects } from './optional-objects.ts';
import {
  clearFieldMarks,
  closeNotice,
  keepErrorToasts,
  showProblems,
  watchFormErrors,
  type NoticeProblem,
} from './notice.ts';
import { refuseLargeImages } from './upload-check.ts';
import { zhHansPhrases } from './locale.ts';
import { pasteFromWord } from './paste-from-word.ts';
import { registerPreviews } from './previews.ts';

/**
 * Starts Decap CMS on /admin/ with the config the page generated from the
 * content model (a JSON island, #cms-config), in Simplified Chinese.
 */
const island = document.getElementById('cms-config');
if (!island?.textContent) throw new Error('#cms-config is missing from the admin page');
const config = JSON.parse(island.textContent) as CmsConfig & { media_folder: string };
const contentDir = config.media_folder.split('/').slice(0, -1).join('/') || 'content';
// The content gate's word lists, when the site has them (#cms-gate, written by the page).
const gateIsland = document.getElementById('cms-gate')?.textContent;
const { wording, settings } = gateIsland
  ? (JSON.parse(gateIsland) as { wording: WordLists | null; settings?: FileToSave | null })
  : { wording: null, settings: null };

// The gate (Markdown/MDX parsers) loads on the first save, not with the CMS.
const gateCheck: FileCheck = async ({ path, text }) => {
  if (!wording) return { errors: [], warnings: [] };
  const { checkFileToSave } = await import('../lib/cms/gate-check.ts');
  return checkFileToSave(
    { path, contentPath: path.slice(contentDir.length + 1), text },
    wording,
    getChinaToday(new Date()),
    settings ?? undefined,
  );
};

// Warnings (e.g. a misspelling from the corrections list) do not stop publishing: the editor decides.
const confirmWarnings = (warnings: NoticeProblem[]) =>
  window.confirm(
    `内容检查有 ${warnings.length} 条提醒(不影响发布):\n\n${warnings.map((w) => `· “${w.label}”:${w.message}`).join('\n')}\n\n点“确定”仍然保存,点“取消”回去修改。`,
  );

// Under `astro dev`, Astro reloads every open page whenever a content file changes, which the CMS
// itself causes when it saves (and, in git mode, when decap-server switches branches): a reload
// would throw away the editor's unsaved work, so this page holds such reloads back, for good.
// (Engineers changing src/cms reload the page by hand.)
import.meta.hot?.on('vite:beforeFullReload', () => new Promise<void>(() => {}));

CMS.registerLocale('zh_Hans', zhHansPhrases);
registerImeSafeWidgets(CMS);
registerOptionalObjects(CMS);
registerChineseDates(CMS);
registerFormats(CMS);
registerMarkdownStyle(CMS);
registerEditorComponents(CMS);
registerPreviews(CMS, siteCss);
registerSaveChecks(
  CMS,
  contentModel as unknown as ContentModel,
  contentDir,
  [gateCheck],
  confirmWarnings,
  (problems) => showProblems('这次没存上:请先改好下面几处,再点“保存”', problems),
);
CMS.registerEventListener({
  name: 'postSave',
  handler: () => {
    closeNotice();
    clearFieldMarks();
  },
});
CMS.init({ config });
keepErrorToasts();
watchFormErrors();
readableBoardCards();
pasteFromWord();
refuseLargeImages();
