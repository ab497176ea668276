// The package's ES module of the one locale used (its main file is a browser bundle of all of them).
import zh_Hans from 'decap-cms-locales/dist/esm/zh_Hans/index.js';

/**
 * Decap's Simplified Chinese, with the words this office uses: the review
 * stages are 草稿 → 待审核 → 待发布, and messages speak of 内容 and 栏目
 * rather than of back ends and collections.
 */
const overrides = {
  app: {
    header: { workflow: '审核发布' },
    app: {
      waitingBackend: '正在连接内容仓库...',
      checkConfigYml: '请联系网站技术人员检查内容管理配置',
    },
  },
  auth: { loginWithForgejo: '用 Forgejo 账号登录' },
  collection: {
    sidebar: { collections: '内容栏目', allCollections: '全部栏目' },
    collectionTop: { viewAsList: '列表显示', viewAsGrid: '卡片显示' },
    entries: { unpublishedHeader: '还没发布的内容' },
  },
  editor: {
    editorControl: { field: { widgetLabel: '%{widgetLabel}' } },
    editorControlPane: {
      widget: {
        regexPattern: '“%{fieldLabel}”:%{pattern}',
        rangeMin: '“%{fieldLabel}”至少要有 %{minCount} 项',
        rangeMax: '“%{fieldLabel}”最多 %{maxCount} 项',
      },
    },
    editor: {
      onPublishingNotReady: '请先把状态改为“待发布”,再发布',
      onUpdatingWithUnsavedChanges: '还有没保存的修改,请先点“保存”,再改状态',
    },
    editorInterface: { toggleNotes: '显示或隐藏批注' },
    editorNotesPane: {
      title: '批注',
      emptyState: '还没有批注。可以在下面写下给作者或审核人的意见。',
      addNote: '添加批注',
      addPlaceholder: '写批注...',
      editPlaceholder: '修改批注...',
      save: '保存',
      cancel: '取消',
      edit: '修改',
      delete: '删除',
      resolve: '标为已处理',
      unresolve: '标为未处理',
      confirmDelete: '确定要删除这条批注吗?',
      shortcut: '提示:按 Ctrl+Enter 可以快速添加批注',
    },
    editorToolbar: {
      inReview: '待审核',
      ready: '待发布',
      publishNow: '立即发布',
      statusInfoTooltipDraft: '现在是草稿。写好后把状态改为“待审核”,请审核人审稿',
      statusInfoTooltipInReview: '正在审核,不需要再做什么;审核期间仍然可以修改',
    },
    editorWidgets: {
      markdown: {
        strikethrough: '删除线',
        toggleMode: { rich: '切换到富文本', markdown: '切换到 Markdown 原文' },
      },
      image: { chooseMultiple: '选择图片', addMore: '再添加图片', removeAll: '移除全部图片' },
      file: { chooseMultiple: '选择文件', addMore: '再添加文件', removeAll: '移除全部文件' },
      datetime: { setToNow: '把“%{fieldLabel}”设为今天' },
      list: { addType: '新增%{item}' },
      object: { expand: '展开', collapse: '收起' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: '关闭', deleting: '正在删除...' } },
  ui: {
    settingsDropdown: { account: '账号' },
    toast: {
      onBackendDown: '内容仓库暂时连不上:%{details}',
      noteAdded: '批注已添加',
      onFailToAddNote: '批注没有添加:%{details}',
      noteUpdated: '批注已修改',
      onFailToUpdateNote: '批注没有修改:%{details}',
      noteDeleted: '批注已删除',
      onFailToDeleteNote: '批注没有删除:%{details}',
      noteResolved: '批注已标为已处理',
      noteReopened: '批注已标为未处理',
      onFailToToggleNote: '批注状态没有改:%{details}',
    },
  },
  workflow: {
    workflow: {
      workflowHeading: '审核发布',
      newPost: '新建内容',
      description:
        '%{smart_count} 篇待审核,%{readyCount} 篇待发布 |||| %{smart_count} 篇待审核,%{readyCount} 篇待发布',
      // The board's "last changed" date (dayjs): 12月1日, never "December 1".
      dateFormat: 'M月D日',
    },
    workflowList: {
      inReviewHeader: '待审核',
      readyHeader: '待发布',
      onPublishingNotReadyEntry: '只有“待发布”一列的内容才能发布:请先把卡片拖到“待发布”',
    },
  },
};

type Table = { [key: string]: string | Table };

function merge(base: Table, extra: Table): Table {
  const out: Table = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] =
      typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return out;
}

/** What `CMS.registerLocale('zh_Hans', …)` gets: every key of Decap's English table (a test holds them together). */
export const zhHansPhrases: Table = merge(zh_Hans as Table, overrides);
