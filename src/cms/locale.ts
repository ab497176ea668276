import { zh_Hans } from 'decap-cms-locales';

/**
 * Decap's Simplified Chinese, with the words this office uses: the review
 * stages are 草稿 → 待审核 → 待发布, and messages speak of 内容 and 栏目
 * rather than of back ends and collections.
 */
const overrides = {
  app: {
    header: { workflow: '审核发布' },
    app: { waitingBackend: '正在连接内容仓库...', checkConfigYml: '请联系网站技术人员检查内容管理配置' },
  },
  collection: { sidebar: { collections: '内容栏目', allCollections: '全部栏目' } },
  editor: {
    editorControlPane: { widget: { regexPattern: '“%{fieldLabel}”:%{pattern}' } },
    editor: {
      onPublishingNotReady: '请先把状态改为“待发布”,再发布',
      onUpdatingWithUnsavedChanges: '还有没保存的修改,请先点“保存”,再改状态',
    },
    editorToolbar: { inReview: '待审核', ready: '待发布', publishNow: '立即发布' },
  },
  workflow: {
    workflow: {
      workflowHeading: '审核发布',
      newPost: '新建内容',
      description: '%{smart_count} 篇待审核,%{readyCount} 篇待发布 |||| %{smart_count} 篇待审核,%{readyCount} 篇待发布',
    },
    workflowList: {
      inReviewHeader: '待审核',
      readyHeader: '待发布',
      onPublishingNotReadyEntry: '只有“待发布”一列的内容才能发布:请先把卡片拖到“待发布”',
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: '关闭' } },
  ui: { toast: { onBackendDown: '内容仓库暂时连不上:%{details}' } },
};

type Table = { [key: string]: string | Table };

function merge(base: Table, extra: Table): Table {
  const out: Table = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return out;
}

/** What `CMS.registerLocale('zh_Hans', …)` gets. */
export const zhHansPhrases: Table = merge(zh_Hans as Table, overrides);
