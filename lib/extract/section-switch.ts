// A section switch of a report: where a part of it starts, saying results or targets, and for which year(s).
import type { Kind } from '../model/mention';
import type { Span } from './spans';

export interface Switch {
  at: number;
  kind: Kind;
  period: number | null;
  /** a section over several years: 过去五年…, 今后五年… */
  span?: Span;
  /** its year carried on from a paragraph that opened on it (year-headings.ts) */
  carried?: boolean;
  /** one year of its span, told on its own (year-runs.ts) */
  oneYear?: boolean;
}
