// Clips out of the browser. CSV for spreadsheets (one row per clip, every field, through lib/text/csv:
// BOM, quoting, formula guard). JSON that loses nothing and says what it is:
// {format: "report-lens-clips", version: 2, exportedAt, count, aliases: [...], clips: [...]} (read back
// by ./import, which reads version 1 too: no aliases, no corrections or notes).
import type { Clip, EngineRead, SourceCheck } from './clip';
import { MENTION_EDITS, PAGE_EDITS } from './clip';
import { editedFields } from './edit';
import type { ReaderAlias } from '../compare/reader-aliases';
import { toCsv } from '../text/csv';

export const EXPORT_FORMAT = 'report-lens-clips';
/** 2: the reader's corrections (engine, editedAt), manual clips, notes and tags, and the reader's aliases */
export const EXPORT_VERSION = 2;

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
    ...(c.engine ? { engine: canonicalEngine(c.engine) } : {}),
    ...(c.editedAt !== undefined ? { editedAt: c.editedAt } : {}),
    ...(c.manual ? { manual: true as const } : {}),
    ...(c.note !== undefined ? { note: c.note } : {}),
    ...(c.tags ? { tags: [...c.tags] } : {}),
  };
}

function canonicalEngine(e: EngineRead): EngineRead {
  const out: Record<string, unknown> = {};
  for (const f of [...MENTION_EDITS, ...PAGE_EDITS]) if (f in e) out[f] = f === 'regionPath' && e[f] ? [...e[f]] : e[f];
  return out as EngineRead;
}

export function canonicalAlias(a: ReaderAlias): ReaderAlias {
  return { id: a.id, by: a.by, from: a.from, to: a.to, createdAt: a.createdAt };
}

function canonicalSource(s: SourceCheck): SourceCheck {
  return {
    status: s.status,
    checkedAt: s.checkedAt,
    ...(s.now !== undefined ? { now: s.now } : {}),
    ...(s.kept !== undefined ? { kept: s.kept } : {}),
  };
}

export function toJson(clips: readonly Clip[], now = new Date(), aliases: readonly ReaderAlias[] = []): string {
  const head = JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    count: clips.length,
    aliases: aliases.map(canonicalAlias),
  });
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
  'readerEdited',
  'engineRead',
  'manual',
  'note',
  'tags',
];

/** what the engine had read of the fields the reader corrected, as a reader would write it down */
function engineText(c: Clip): string {
  return editedFields(c)
    .map((f) => {
      const v = c.engine![f];
      return `${f}=${v === null ? '' : Array.isArray(v) ? v.join(' ') : String(v)}`;
    })
    .join('; ');
}

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
      readerEdited: editedFields(c).join(' '),
      engineRead: engineText(c),
      manual: c.manual ? 'yes' : '',
      note: c.note ?? '',
      tags: (c.tags ?? []).join('; '),
    })),
  );
}
