// The mention model of ../shared/MENTIONS.md: one quantity a report states, a figure or a target.
// Every consumer (content script, clips, comparison) reads these fields and nothing else.

export type Measure = 'level' | 'growth' | 'change';
export type Qualifier = 'exact' | 'about' | 'above' | 'below' | 'near';
export type Kind = 'target' | 'actual';

export interface Mention {
  /** the surface: number, unit and qualifier words, exactly as in the input (`input.slice(start, end)`) */
  text: string;
  /** UTF-16 offsets into the input, end exclusive */
  start: number;
  end: number;
  /** the thing measured, simplified Chinese, no pinyin or spaces */
  indicator: string;
  measure: Measure;
  /** negative for a fall; the low end of a range */
  value: number;
  /** the high end of a range */
  valueMax?: number;
  /** as written, simplified, magnitude included: 亿元, %, 个百分点, 万标箱 */
  unit: string;
  qualifier: Qualifier;
  kind: Kind;
  /** the year the quantity refers to, when the document says it */
  period: number | null;
  /** the first year, for a quantity over several years (五年来累计…); `period` is then the last */
  periodFrom?: number;
}

export const MEASURES: readonly Measure[] = ['level', 'growth', 'change'];
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'about', 'above', 'below', 'near'];
export const KINDS: readonly Kind[] = ['target', 'actual'];
