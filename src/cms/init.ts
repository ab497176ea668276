import CMS from 'decap-cms-app';
import type { CmsConfig } from 'decap-cms-core';
import siteCss from '../styles/global.css?inline';
import type { ContentModel } from '../lib/cms/config.ts';
import { contentModel } from '../schemas/index.ts';
import { registerEditorComponents } from './editor-components.ts';
import { registerSaveChecks } from './events.ts';
import { registerFormats } from './formats.ts';
import { zhHansPhrases } from './locale.ts';
import { registerPreviews } from './previews.ts';

/**
 * Starts Decap CMS on /admin/ with the config the page generated from the
 * content model (a JSON island, #cms-config), in Simplified Chinese.
 */
const island = document.getElementById('cms-config');
if (!island?.textContent) throw new Error('#cms-config is missing from the admin page');
const config = JSON.parse(island.textContent) as CmsConfig & { media_folder: string };
const contentDir = config.media_folder.split('/').slice(0, -1).join('/') || 'content';

CMS.registerLocale('zh_Hans', zhHansPhrases);
registerFormats(CMS);
registerEditorComponents(CMS);
registerPreviews(CMS, siteCss);
registerSaveChecks(CMS, contentModel as unknown as ContentModel, contentDir);
CMS.init({ config });
