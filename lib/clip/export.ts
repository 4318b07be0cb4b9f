// Clips out of the browser and back in. CSV for spreadsheets (one row per clip, every field, through
// csv.ts: BOM, quoting, formula guard). JSON that loses nothing and says what it is:
// {format: "report-lens-clips", version: 1, exportedAt, count, clips: [...]}. An import is checked
// whole before anything is written: a foreign, truncated, too-new or partly invalid file is refused
// with a message naming what is wrong ("clip 17: value must be a number"); the database is not touched.
import type { Clip } from './clip';
import type { RegionLevel } from '../model/region';
import { InvalidClip, validateDraft } from './clip';
import { toCsv } from '../text/csv';
import { clipFromDraft } from './make';

export const EXPORT_FORMAT = 'report-lens-clips';
export const EXPORT_VERSION = 1;
/** a file larger than this is refused before it is read (10 000 clips are about 10 MB) */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
export const MAX_IMPORT_CLIPS = 500_000;

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
  };
}

export function toJson(clips: readonly Clip[], now = new Date()): string {
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), count: clips.length });
  // one clip a line: the file stays readable and diffable
  const body = clips.map((c) => JSON.stringify(canonicalClip(c))).join(',\n');
  return `${head.slice(0, -1)},"clips":[\n${body}\n]}\n`;
}

export const CSV_COLUMNS = [
  'id', 'kind', 'indicator', 'indicatorKey', 'measure', 'value', 'valueMax', 'unit', 'qualifier', 'period', 'text',
  'region', 'regionPath', 'regionLevel', 'reportYear', 'reportType', 'reportTitle', 'pageTitle', 'url', 'sentence',
  'quoteExact', 'quotePrefix', 'quoteSuffix', 'positionStart', 'positionEnd', 'createdAt',
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
    })),
  );
}

// ---- import -----------------------------------------------------------------------------------

export type ImportProblem = 'empty' | 'too-big' | 'not-json' | 'foreign' | 'bad-version' | 'newer' | 'no-clips' | 'bad-clip';

export class ImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    message: string,
    /** for bad-clip: the clip's number in the file, from 1 */
    readonly clip?: number,
  ) {
    super(message);
  }
}

const LEVELS: ReadonlyArray<RegionLevel | null | undefined> = ['national', 'province', 'city', 'county', null, undefined];

/** one clip of a file, checked field by field; derived fields are computed afresh */
export function validateClip(v: unknown): Clip {
  const x = v as Record<string, unknown>;
  if (!x || typeof x !== 'object' || Array.isArray(x)) throw new InvalidClip('is not an object');
  // the draft checks cover the mention, the page, the region, the report and the selector
  const d = validateDraft({ ...x, mention: x });
  if (typeof x.createdAt !== 'number' || !Number.isFinite(x.createdAt) || x.createdAt < 0) throw new InvalidClip('createdAt must be a time in ms');
  if (x.indicatorKey !== undefined && typeof x.indicatorKey !== 'string') throw new InvalidClip('indicatorKey must be a string');
  if (!LEVELS.includes(x.regionLevel as RegionLevel)) throw new InvalidClip('regionLevel is not a region level');
  if (d.url.includes('#')) throw new InvalidClip('url must not have a fragment');
  const clip = clipFromDraft(d, x.createdAt);
  if (x.id !== undefined && x.id !== clip.id) throw new InvalidClip('id does not match its url and quote');
  return canonicalClip(clip);
}

export interface ParseOptions {
  /** told how many clips are checked, every chunk */
  onProgress?: (done: number, total: number) => void;
  chunk?: number;
  /** lets the page paint between chunks */
  pause?: () => Promise<void>;
}

const defaultPause = (): Promise<void> => new Promise((ok) => setTimeout(ok, 0));

/** a clips file read and checked whole; clips repeated in it are merged (first kept) */
export async function parseClipsFile(text: string, options: ParseOptions = {}): Promise<Clip[]> {
  if (!text.trim()) throw new ImportError('empty', 'the file is empty');
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError('too-big', `the file is too large (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`);
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new ImportError('not-json', `the file is not valid JSON (${(e as Error).message})`);
  }
  const o = data as Record<string, unknown>;
  if (!o || typeof o !== 'object' || Array.isArray(o) || o.format !== EXPORT_FORMAT) {
    const got = o && typeof o === 'object' && !Array.isArray(o) && 'format' in o ? `format is ${JSON.stringify(o.format)}` : 'it has no format field';
    throw new ImportError('foreign', `not a Report Lens clips file (${got}; expected "${EXPORT_FORMAT}")`);
  }
  if (!Number.isInteger(o.version) || (o.version as number) < 1) throw new ImportError('bad-version', `version must be a whole number from 1 (got ${JSON.stringify(o.version)})`);
  if ((o.version as number) > EXPORT_VERSION) {
    throw new ImportError('newer', `the file is version ${o.version as number}, made by a newer Report Lens; this one reads version ${EXPORT_VERSION} — update the extension to import it`);
  }
  if (!Array.isArray(o.clips)) throw new ImportError('no-clips', 'the file has no list of clips');
  const raw = o.clips as unknown[];
  if (raw.length > MAX_IMPORT_CLIPS) throw new ImportError('too-big', `the file has ${raw.length} clips; at most ${MAX_IMPORT_CLIPS} can be imported at once`);
  const chunk = options.chunk ?? 500;
  const pause = options.pause ?? defaultPause;
  const out: Clip[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    let c: Clip;
    try {
      c = validateClip(raw[i]);
    } catch (e) {
      if (e instanceof InvalidClip) throw new ImportError('bad-clip', `clip ${i + 1}: ${e.message}`, i + 1);
      throw e;
    }
    if (!seen.has(c.id)) {
      seen.add(c.id);
      out.push(c);
    }
    if ((i + 1) % chunk === 0 && i + 1 < raw.length) {
      options.onProgress?.(i + 1, raw.length);
      await pause();
    }
  }
  options.onProgress?.(raw.length, raw.length);
  return out;
}
