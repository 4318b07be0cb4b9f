// Clips back into the browser, from a file ./export wrote. An import is checked whole before anything is
// written: a foreign, truncated, too-new or partly invalid file is refused with a message naming what is
// wrong ("clip 17: value must be a number"); the database is not touched.
import * as v from 'valibot';
import type { Clip } from './clip';
import { EXPORT_FORMAT, EXPORT_VERSION, canonicalAlias, canonicalClip } from './export';
import { InvalidClip, StoredClipSchema, checkClip } from './schema';
import { clipFromDraft } from './make';
import { type ReaderAlias, aliasId } from '../compare/reader-aliases';

/** a file larger than this is refused before it is read (10 000 clips are about 10 MB) */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
export const MAX_IMPORT_CLIPS = 500_000;

export type ImportProblem = 'empty' | 'too-big' | 'not-json' | 'foreign' | 'bad-version' | 'newer' | 'no-clips' | 'bad-clip' | 'bad-alias';

/**
 * A file refused whole. The message is English, for logs and tests; `problem` and `detail` let the
 * pages say it in the reader's language (lib/ui/pages/common/storage.ts).
 */
export class ImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    message: string,
    /** for bad-clip (bad-alias): the clip's (alias's) number in the file, from 1 */
    readonly clip?: number,
    /** what the reader is told besides: the field, the versions, the size */
    readonly detail: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** JSON.parse's complaint without the file's own bytes (a binary file's would be garbage on screen) */
function jsonProblem(e: Error): { message: string; at: number | null } {
  const at = /position (\d+)/.exec(e.message);
  return at ? { message: `at character ${at[1]}`, at: Number(at[1]) } : { message: 'it does not start as JSON', at: null };
}

/** the file around the clips; each clip is checked on its own (StoredClipSchema), to name it and pace the work */
const FileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  clips: v.array(v.unknown()),
  /** version 2 on */
  aliases: v.optional(v.array(v.unknown())),
});

/** which problem the first wrong field of the file is */
const PROBLEM_OF: Record<keyof typeof FileSchema.entries, ImportProblem> = {
  format: 'foreign',
  version: 'bad-version',
  clips: 'no-clips',
  aliases: 'bad-alias',
};

const AliasSchema = v.object(
  {
    id: v.optional(v.string('id must be a string')),
    by: v.picklist(['key', 'wording'], 'by must be "key" or "wording"'),
    from: v.message(v.pipe(v.string(), v.minLength(1), v.maxLength(200)), 'from must be an indicator'),
    to: v.message(v.pipe(v.string(), v.minLength(1), v.maxLength(200)), 'to must be an indicator'),
    createdAt: v.message(v.pipe(v.number(), v.finite(), v.minValue(0)), 'createdAt must be a time in ms'),
  },
  'is not an object',
);

/** one alias of a file; its id is made afresh from what it maps */
function validateAlias(value: unknown): ReaderAlias {
  const a = checkClip(AliasSchema, value);
  return canonicalAlias({ ...a, id: aliasId(a.by, a.from) });
}

function checkFile(data: unknown): v.InferOutput<typeof FileSchema> {
  const r = v.safeParse(FileSchema, data, { abortEarly: true });
  if (r.success) return r.output;
  const key = r.issues[0].path?.[0]?.key as keyof typeof PROBLEM_OF | undefined;
  const o = data as Record<string, unknown>;
  const problem = key ? PROBLEM_OF[key] : 'foreign';
  if (problem === 'foreign') {
    const format = o && typeof o === 'object' && !Array.isArray(o) && 'format' in o ? JSON.stringify(o.format).slice(0, 60) : null;
    const got = format === null ? 'it has no format field' : `format is ${format}`;
    throw new ImportError(
      'foreign',
      `not a Report Lens clips file (${got}; expected "${EXPORT_FORMAT}")`,
      undefined,
      format === null ? {} : { format },
    );
  }
  if (problem === 'bad-version') {
    const got = String(JSON.stringify(o.version)).slice(0, 40);
    throw new ImportError('bad-version', `version must be a whole number from 1 (got ${got})`, undefined, { got });
  }
  if (problem === 'bad-alias') throw new ImportError('bad-alias', 'aliases must be a list');
  throw new ImportError('no-clips', 'the file has no list of clips');
}

/** one clip of a file, checked field by field; derived fields are computed afresh */
export function validateClip(value: unknown): Clip {
  const x = checkClip(StoredClipSchema, value);
  const {
    createdAt,
    id,
    indicatorKey: _key,
    regionLevel: _level,
    source: check,
    replacedBy,
    engine,
    editedAt,
    text,
    indicator,
    measure,
    value: n,
    valueMax,
    unit,
    qualifier,
    kind,
    period,
    periodFrom,
    ...source
  } = x;
  const mention = {
    text,
    indicator,
    measure,
    value: n,
    unit,
    qualifier,
    kind,
    period,
    ...(typeof valueMax === 'number' ? { valueMax } : {}),
    ...(periodFrom !== undefined ? { periodFrom } : {}),
  };
  const clip = clipFromDraft({ ...source, mention }, createdAt);
  if (id !== undefined && id !== clip.id) throw new InvalidClip('id does not match its url and quote', 'id');
  return canonicalClip({
    ...clip,
    ...(check ? { source: check } : {}),
    ...(replacedBy !== undefined ? { replacedBy } : {}),
    ...(engine && Object.keys(engine).length ? { engine, editedAt: editedAt ?? createdAt } : {}),
  });
}

/** what a clips file holds, checked */
export interface ClipsFile {
  clips: Clip[];
  aliases: ReaderAlias[];
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
export async function parseClipsFile(text: string, options: ParseOptions = {}): Promise<ClipsFile> {
  if (!text.trim()) throw new ImportError('empty', 'the file is empty');
  if (text.length > MAX_IMPORT_BYTES) {
    throw new ImportError('too-big', `the file is too large (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`, undefined, {
      mb: MAX_IMPORT_BYTES / 1024 / 1024,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const p = jsonProblem(e as Error);
    throw new ImportError('not-json', `the file is not valid JSON (${p.message})`, undefined, p.at === null ? {} : { at: p.at });
  }
  const file = checkFile(data);
  if (file.version > EXPORT_VERSION) {
    throw new ImportError(
      'newer',
      `the file is version ${file.version}, made by a newer Report Lens; this one reads version ${EXPORT_VERSION} — update the extension to import it`,
      undefined,
      {
        version: file.version,
        ours: EXPORT_VERSION,
      },
    );
  }
  const raw = file.clips;
  if (raw.length > MAX_IMPORT_CLIPS) {
    throw new ImportError('too-big', `the file has ${raw.length} clips; at most ${MAX_IMPORT_CLIPS} can be imported at once`, undefined, {
      n: raw.length,
      max: MAX_IMPORT_CLIPS,
    });
  }
  const chunk = options.chunk ?? 500;
  const pause = options.pause ?? defaultPause;
  const out: Clip[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    let c: Clip;
    try {
      c = validateClip(raw[i]);
    } catch (e) {
      if (e instanceof InvalidClip) throw new ImportError('bad-clip', `clip ${i + 1}: ${e.message}`, i + 1, { field: e.field ?? '' });
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
  const aliases = (file.aliases ?? []).map((a, i) => {
    try {
      return validateAlias(a);
    } catch (e) {
      if (e instanceof InvalidClip) throw new ImportError('bad-alias', `alias ${i + 1}: ${e.message}`, i + 1, { field: e.field ?? '' });
      throw e;
    }
  });
  return { clips: out, aliases };
}
