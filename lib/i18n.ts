// The extension pages' words, in Chinese and English. The language follows the browser's until the
// reader picks one; the choice is kept in extension storage (WXT storage, local area) so the popup
// and the dashboard agree. Messages take {name} parameters; nothing here is ever HTML.
import { storage } from 'wxt/utils/storage';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
  appName: '报告透镜',
  clipsCount: '{n} 条剪藏',
  openDashboard: '打开仪表盘',
  langSwitch: '界面语言',
  search: '搜索剪藏',
  searchPlaceholder: '搜索指标、地区、原文…',
  region: '地区',
  year: '年份',
  kind: '类型',
  indicator: '指标',
  all: '全部',
  clearFilters: '清除筛选',
  tabCompare: '对比',
  tabClips: '剪藏',
  target: '目标',
  actual: '实绩',
  measure_growth: '增速',
  measure_level: '总量',
  measure_change: '变化',
  level_national: '全国',
  level_province: '省级',
  level_city: '市级',
  level_county: '县级',
  noRegion: '地区不详',
  noYear: '年份不详',
  verdict_met: '达成',
  verdict_notMet: '未达成',
  verdict_unclear: '难以判断',
  verdictTitle: '{year}年目标 {target}，实绩 {actual}：{verdict}。{why}',
  whyMin: '达成需不低于 {threshold}',
  whyMax: '达成需不高于 {threshold}',
  whyAbout: '（“左右”按 ±{tol} 计）',
  whyRange: '实绩表述可能在 {lo} 至 {hi} 之间',
  gap: '差 {gap}',
  raise_higher: '高于{region}',
  raise_same: '同{region}',
  raise_lower: '低于{region}',
  raiseTitle: '{region}同年目标 {value}',
  conflict: '同一单元有不同数值',
  converted: '原文 {value}',
  scopeRecent: '最近剪藏的地区，及其上级地区',
  scopeFilter: '符合筛选的 {n} 条剪藏',
  truncated: '仅取最新 {n} 条；请缩小筛选范围或在仪表盘中查看',
  moreRows: '还有 {n} 个指标',
  moreCols: '还有 {n} 列',
  showAll: '全部显示',
  inDashboard: '在仪表盘中查看',
  groupBy: '列排列',
  groupByRegion: '按地区',
  groupByYear: '按年份',
  indicatorHeader: '指标',
  openSource: '打开原文并定位',
  delete: '删除',
  deleteClip: '删除这条剪藏：{what}',
  deleted: '已删除 {n} 条剪藏',
  undo: '撤销',
  restored: '已恢复',
  loadMore: '加载更多',
  showing: '显示 {shown} / {total}',
  noMatch: '没有符合条件的剪藏。',
  emptyTitle: '还没有剪藏',
  emptyStep1: '打开一篇政府工作报告、统计公报或预算报告（任何网站均可）。',
  emptyStep2: '报告透镜会在原文中标出每个数字：实线下划线为实绩，上下虚线为目标。',
  emptyStep3: '将鼠标移到数字上（或用 Tab 键聚焦），点击“剪藏”。',
  emptyStep4: '回到这里，把不同地区、不同年份的同一指标放在一起比较。',
  emptyTry: '试一试：',
  sampleReport: '打开国务院历年政府工作报告',
  loadSample: '载入示例剪藏',
  sampleLoaded: '已载入 {n} 条示例剪藏',
  // dashboard
  dashboardTitle: '报告透镜 · 仪表盘',
  exportCsv: '导出 CSV',
  exportJson: '导出 JSON',
  importJson: '导入 JSON…',
  importing: '正在导入…',
  importValidating: '正在校验 {done} / {total}',
  importWriting: '正在写入 {done} / {total}',
  imported: '已导入：新增 {added} 条，已存在 {merged} 条',
  importFailed: '未导入，数据库未作任何改动：{why}',
  importFileTooBig: '文件过大（{size} MB）',
  clearAll: '清空所有剪藏…',
  clearConfirm: '确定删除全部 {n} 条剪藏？',
  clearYes: '全部删除',
  cancel: '取消',
  cleared: '已清空 {n} 条剪藏',
  storage: '存储',
  storagePersisted: '已持久保存',
  storageBestEffort: '空间紧张时浏览器可能清除',
  storageUsage: '已用 {used}',
  quotaError: '浏览器存储空间已满，未能保存。请导出备份后删除部分剪藏。（{why}）',
  genericError: '出错了：{why}',
  pickIndicators: '指标',
  pickRegions: '地区',
  pickYears: '年份',
  pickKind: '类型',
  withParents: '同时显示上级地区',
  filterIndicators: '筛选指标…',
  selectAll: '全选',
  selectNone: '全不选',
  chart: '图表',
  chartRow: '图表指标',
  chartBars: '各地区对比（柱状）',
  chartLines: '历年走势（折线）',
  chartYear: '年份',
  chartEmpty: '所选指标在所选范围内没有数值。',
  chartTitleBars: '{indicator}：{year}年各地区',
  chartTitleLines: '{indicator}：历年',
  table: '对比表',
  clips: '剪藏列表',
  nothingSelected: '请至少选择一个指标。',
  dashboardEmpty: '还没有剪藏。在报告页面中剪藏数字，或载入示例剪藏。',
  page: '第 {page} / {pages} 页',
  prev: '上一页',
  next: '下一页',
  qualifier_about: '左右',
  qualifier_above: '以上',
  qualifier_below: '以内',
  qualifier_near: '近',
  qualifier_exact: '',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appName: 'Report Lens',
  clipsCount: '{n} clips',
  openDashboard: 'Open dashboard',
  langSwitch: 'Language',
  search: 'Search clips',
  searchPlaceholder: 'Search indicators, regions, text…',
  region: 'Region',
  year: 'Year',
  kind: 'Kind',
  indicator: 'Indicator',
  all: 'All',
  clearFilters: 'Clear filters',
  tabCompare: 'Compare',
  tabClips: 'Clips',
  target: 'Target',
  actual: 'Result',
  measure_growth: 'growth',
  measure_level: 'level',
  measure_change: 'change',
  level_national: 'national',
  level_province: 'province',
  level_city: 'city',
  level_county: 'county',
  noRegion: 'region unknown',
  noYear: 'year unknown',
  verdict_met: 'met',
  verdict_notMet: 'not met',
  verdict_unclear: 'unclear',
  verdictTitle: '{year} target {target}, result {actual}: {verdict}. {why}',
  whyMin: 'Met at {threshold} or more',
  whyMax: 'Met at {threshold} or less',
  whyAbout: ' ("about" read as ±{tol})',
  whyRange: 'the result as worded lies between {lo} and {hi}',
  gap: 'gap {gap}',
  raise_higher: 'above {region}',
  raise_same: 'same as {region}',
  raise_lower: 'below {region}',
  raiseTitle: "{region}'s target for the year: {value}",
  conflict: 'different values clipped for this cell',
  converted: 'as written: {value}',
  scopeRecent: 'Regions of your latest clips, and the regions above them',
  scopeFilter: '{n} clips match the filters',
  truncated: 'Only the newest {n} are compared; narrow the filters or use the dashboard',
  moreRows: '{n} more indicators',
  moreCols: '{n} more columns',
  showAll: 'Show all',
  inDashboard: 'See them in the dashboard',
  groupBy: 'Columns',
  groupByRegion: 'by region',
  groupByYear: 'by year',
  indicatorHeader: 'Indicator',
  openSource: 'Open the source and show it',
  delete: 'Delete',
  deleteClip: 'Delete this clip: {what}',
  deleted: '{n} clip(s) deleted',
  undo: 'Undo',
  restored: 'Restored',
  loadMore: 'Load more',
  showing: 'Showing {shown} of {total}',
  noMatch: 'No clips match.',
  emptyTitle: 'No clips yet',
  emptyStep1: 'Open a government work report, statistical communiqué or budget report (on any site).',
  emptyStep2: 'Report Lens tags every figure in the text: results solid-underlined, targets dashed above and below.',
  emptyStep3: 'Hover a figure (or Tab to it) and press Clip.',
  emptyStep4: 'Come back here to compare an indicator across regions and years.',
  emptyTry: 'Try it:',
  sampleReport: "Open the State Council's work reports",
  loadSample: 'Load sample clips',
  sampleLoaded: '{n} sample clips loaded',
  dashboardTitle: 'Report Lens · Dashboard',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  importJson: 'Import JSON…',
  importing: 'Importing…',
  importValidating: 'Checking {done} / {total}',
  importWriting: 'Writing {done} / {total}',
  imported: 'Imported: {added} new, {merged} already saved',
  importFailed: 'Nothing was imported and the database is unchanged: {why}',
  importFileTooBig: 'the file is too large ({size} MB)',
  clearAll: 'Delete all clips…',
  clearConfirm: 'Delete all {n} clips?',
  clearYes: 'Delete all',
  cancel: 'Cancel',
  cleared: '{n} clips deleted',
  storage: 'Storage',
  storagePersisted: 'persistent',
  storageBestEffort: 'may be cleared by the browser when space runs low',
  storageUsage: '{used} used',
  quotaError: 'The browser storage is full; nothing was saved. Export a backup, then delete some clips. ({why})',
  genericError: 'Something went wrong: {why}',
  pickIndicators: 'Indicators',
  pickRegions: 'Regions',
  pickYears: 'Years',
  pickKind: 'Kind',
  withParents: 'Add the regions above',
  filterIndicators: 'Filter indicators…',
  selectAll: 'All',
  selectNone: 'None',
  chart: 'Chart',
  chartRow: 'Indicator charted',
  chartBars: 'Across regions (bars)',
  chartLines: 'Across years (lines)',
  chartYear: 'Year',
  chartEmpty: 'The indicator has no values in the selection.',
  chartTitleBars: '{indicator}: regions in {year}',
  chartTitleLines: '{indicator}: by year',
  table: 'Comparison',
  clips: 'Clips',
  nothingSelected: 'Pick at least one indicator.',
  dashboardEmpty: 'No clips yet. Clip figures on a report page, or load the sample clips.',
  page: 'Page {page} of {pages}',
  prev: 'Previous',
  next: 'Next',
  qualifier_about: 'about',
  qualifier_above: 'or more',
  qualifier_below: 'at most',
  qualifier_near: 'nearly',
  qualifier_exact: '',
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const table = MESSAGES[lang];
  return (key, params) => {
    const s = table[key];
    return params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s;
  };
}

/** the language of the browser's first preferred language we have: Chinese for any zh-*, else English */
export function browserLang(languages: readonly string[] | undefined): Lang {
  for (const l of languages ?? []) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** the reader's own choice, when they made one (defined on first use: the module also runs in Node) */
let item: ReturnType<typeof defineChoice> | null = null;
const defineChoice = () => storage.defineItem<Lang | null>('local:uiLanguage', { fallback: null });
const chosenLang = () => (item ??= defineChoice());

export async function loadLang(): Promise<Lang> {
  try {
    const l = await chosenLang().getValue();
    if (l && LANGS.includes(l)) return l;
  } catch {
    // no storage (a test page, or the permission missing): the browser's language
  }
  return browserLang(navigator.languages);
}

export async function saveLang(lang: Lang): Promise<void> {
  try {
    await chosenLang().setValue(lang);
  } catch {
    // kept for this page only
  }
}

export const messageKeys = Object.keys(zh) as MessageKey[];
export const messagesOf = (lang: Lang): Record<MessageKey, string> => MESSAGES[lang];
