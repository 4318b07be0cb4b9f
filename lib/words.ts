// A mention in words: what the card shows and what a mark's aria-label says. Pure, so the wording
// is tested once and the card, the marks and the toolbar say the same thing.
import type { Kind, Measure, Mention, Qualifier } from './model/mention';
import type { ReportType } from './detect/metadata';

export const KIND_WORDS: Record<Kind, { zh: string; en: string }> = {
  target: { zh: '目标', en: 'target' },
  actual: { zh: '实绩', en: 'result' },
};

export const MEASURE_WORDS: Record<Measure, { zh: string; en: string }> = {
  level: { zh: '总量', en: 'level' },
  growth: { zh: '增速', en: 'growth' },
  change: { zh: '变动', en: 'change (points)' },
};

export const QUALIFIER_WORDS: Record<Qualifier, { zh: string; en: string }> = {
  exact: { zh: '确数', en: 'exact' },
  about: { zh: '左右', en: 'about' },
  above: { zh: '以上', en: 'at least' },
  below: { zh: '以内', en: 'at most' },
  near: { zh: '接近', en: 'nearly' },
};

export const REPORT_TYPE_WORDS: Record<ReportType, string> = {
  'work-report': '政府工作报告',
  'statistical-communique': '统计公报',
  'budget-report': '预算报告',
  'plan-report': '计划报告',
};

/** a number as a reader writes it: no float noise (0.1+0.2), no exponent (not toLocaleString: it is slow) */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const rounded = Math.round(v * 1e6) / 1e6;
  const s = String(rounded);
  return s.includes('e') ? rounded.toFixed(Math.abs(rounded) < 1 ? 6 : 0).replace(/\.?0+$/, '') : s;
}

/** the value with its unit: 1635亿元, 3~5个, 增长 2%, 下降 8.65%, 提高 1.5个百分点 */
export function valueWithUnit(m: Pick<Mention, 'measure' | 'value' | 'valueMax' | 'unit'>): string {
  const range = (a: number, b: number | undefined): string => (b === undefined || b === null ? formatNumber(a) : `${formatNumber(a)}~${formatNumber(b)}`);
  if (m.measure === 'level') return `${range(m.value, m.valueMax)}${m.unit}`;
  const fall = m.value < 0;
  const verb = m.measure === 'growth' ? (fall ? '下降' : '增长') : fall ? '下降' : '提高';
  const lo = Math.abs(m.value);
  const hi = m.valueMax === undefined || m.valueMax === null ? undefined : Math.abs(m.valueMax);
  return `${verb} ${range(lo, hi)}${m.unit}`;
}

/** one line for a screen reader: 目标 · 地区生产总值 · 增长 5% 左右 · 2023年 */
export function describeMention(m: Mention): string {
  const parts = [KIND_WORDS[m.kind].zh, m.indicator || '（未识别指标）', valueWithUnit(m)];
  if (m.qualifier !== 'exact') parts[2] += ` ${QUALIFIER_WORDS[m.qualifier].zh}`;
  if (m.period) parts.push(`${m.period}年`);
  return parts.join(' · ');
}

/** the report a page holds, in one line: 太仓市 · 2023年 · 政府工作报告 */
export function describeReport(d: { region: string | null; year: number | null; type: ReportType | null; title: string | null }): string {
  const parts: string[] = [];
  if (d.region) parts.push(d.region);
  if (d.year) parts.push(`${d.year}年`);
  if (d.type) parts.push(REPORT_TYPE_WORDS[d.type]);
  return parts.length ? parts.join(' · ') : d.title ?? '';
}
