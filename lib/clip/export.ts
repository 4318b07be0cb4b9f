// Clips out of the browser. CSV for spreadsheets (one row per clip, every field, through lib/text/csv:
// BOM, quoting, formula guard). JSON that loses nothing and says what it is:
// {format: "report-lens-clips", version: 1, exportedAt, count, clips: [...]} (read back by ./import).
import type { Clip, SourceCheck } from './clip';
import { toCsv } from '../text/csv';

export const EXPORT_FORMAT = 'report-lens-clips';
export const EXPORT_VERSION = 1;

/** every field of a clip, in one order, so that export → import → export is byte-identical */
export function canonicalClip(c: Clip): Clip {
  return {
    id: c.id,
    text: c.text,
    indicator: c.indicator,
    indicatorKey: c.indicatorKey,
    measure: c.measure,
    value: c.value,
    ...(c.valueMax !== undefined ? { valueMax: c.valueMax } : {}),
    unit: c.unit,
    qualifier: c.qualifier,
    kind: c.kind,
    ...(c.periodFrom !== undefined ? { periodFrom: c.periodFrom } : {}),
    period: c.period,
    url: c.url,
    pageTitle: c.pageTitle,
    region: c.region,
    regionPath: [...c.regionPath],
    regionLevel: c.regionLevel,
    reportYear: c.reportYear,
    reportType: c.reportType,
    reportTitle: c.reportTitle,
    sentence: c.sentence,
    selector: {
      quote: { type: 'TextQuoteSelector', exact: c.selector.quote.exact, prefix: c.selector.quote.prefix, suffix: c.selector.quote.suffix },
      position: { type: 'TextPositionSelector', start: c.selector.position.start, end: c.selector.position.end },
    },
    createdAt: c.createdAt,
    ...(c.source ? { source: canonicalSource(c.source) } : {}),
    ...(c.replacedBy !== undefined ? { replacedBy: c.replacedBy } : {}),
  };
}

function canonicalSource(s: SourceCheck): SourceCheck {
  return {
    status: s.status,
    checkedAt: s.checkedAt,
    ...(s.now !== undefined ? { now: s.now } : {}),
    ...(s.kept !== undefined ? { kept: s.kept } : {}),
  };
}

export function toJson(clips: readonly Clip[], now = new Date()): string {
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), count: clips.length });
  // one clip a line: the file stays readable and diffable
  const body = clips.map((c) => JSON.stringify(canonicalClip(c))).join(',\n');
  return `${head.slice(0, -1)},"clips":[\n${body}\n]}\n`;
}

export const CSV_COLUMNS = [
  'id',
  'kind',
  'indicator',
  'indicatorKey',
  'measure',
  'value',
  'valueMax',
  'unit',
  'qualifier',
  'periodFrom',
  'period',
  'text',
  'region',
  'regionPath',
  'regionLevel',
  'reportYear',
  'reportType',
  'reportTitle',
  'pageTitle',
  'url',
  'sentence',
  'quoteExact',
  'quotePrefix',
  'quoteSuffix',
  'positionStart',
  'positionEnd',
  'createdAt',
  'sourceStatus',
  'sourceNow',
  'replacedBy',
];

export function toCsvExport(clips: readonly Clip[]): string {
  return toCsv(
    CSV_COLUMNS,
    clips.map((c) => ({
      ...c,
      quoteExact: c.selector.quote.exact,
      quotePrefix: c.selector.quote.prefix,
      quoteSuffix: c.selector.quote.suffix,
      positionStart: c.selector.position.start,
      positionEnd: c.selector.position.end,
      createdAt: new Date(c.createdAt).toISOString(),
      sourceStatus: c.source ? (c.source.kept ? 'changed-kept' : c.source.status) : '',
      sourceNow: c.source?.now ?? '',
    })),
  );
}
