// The checks a clip passes wherever it comes in from outside the background's own code: a draft in a
// message from a content script, a clip in an imported file. One valibot schema each, from which the
// type comes too; every message names the first field that is wrong ("value must be a number").
import * as v from 'valibot';
import { KINDS, MEASURES, QUALIFIERS } from '../model/mention';
import { REGION_LEVELS } from '../model/region';
import { REPORT_TYPES } from '../detect/metadata';
import { check } from '../check';

const MAX_TEXT = 2000;

/** a string of at most `max` characters (at least `min`), with one message for anything else */
const text = (what: string, max: number, min = 0) => v.message(v.pipe(v.string(), v.minLength(min), v.maxLength(max)), what);
const finite = (what: string) => v.message(v.pipe(v.number(), v.finite()), what);
const year = (what: string) => v.message(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1901), v.maxValue(2199))), what);
const oneOf = <T extends string>(name: string, options: readonly T[]) =>
  v.picklist(options, `${name} must be one of ${options.join(', ')}`);

export const SelectorSchema = v.object(
  {
    quote: v.message(
      v.object({
        type: v.literal('TextQuoteSelector'),
        exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT)),
        prefix: v.pipe(v.string(), v.maxLength(200)),
        suffix: v.pipe(v.string(), v.maxLength(200)),
      }),
      'selector.quote is not a text-quote selector',
    ),
    position: v.message(
      v.pipe(
        v.object({
          type: v.literal('TextPositionSelector'),
          start: v.pipe(v.number(), v.integer(), v.minValue(0)),
          end: v.pipe(v.number(), v.integer(), v.minValue(0)),
        }),
        v.check((p) => p.end >= p.start),
      ),
      'selector.position is not a text-position selector',
    ),
  },
  'selector is missing',
);

/** a mention's fields; offsets are kept when both are whole numbers (a stored clip has none) */
const MENTION_ENTRIES = {
  text: text('text must be a non-empty string', MAX_TEXT, 1),
  indicator: text('indicator must be a string', MAX_TEXT),
  measure: oneOf('measure', MEASURES),
  value: finite('value must be a number'),
  valueMax: v.nullish(finite('valueMax must be a number')),
  unit: text('unit must be a string', 40),
  qualifier: oneOf('qualifier', QUALIFIERS),
  kind: oneOf('kind', KINDS),
  period: year('period must be a year or null'),
  /** a quantity over several years: the first (period is the last) */
  periodFrom: v.optional(v.message(v.pipe(v.number(), v.integer(), v.minValue(1901), v.maxValue(2199)), 'periodFrom must be a year')),
  start: v.optional(v.unknown()),
  end: v.optional(v.unknown()),
};

/** what the page and the report are: the same fields on a draft and on a clip */
const SOURCE_ENTRIES = {
  url: v.message(v.pipe(v.string(), v.regex(/^https?:\/\//), v.maxLength(4000)), 'url must be an http(s) URL'),
  pageTitle: text('pageTitle must be a string', MAX_TEXT),
  region: v.message(v.nullable(v.string()), 'region must be a string or null'),
  regionPath: v.message(v.pipe(v.array(v.string()), v.maxLength(8)), 'regionPath must be a list of names'),
  reportYear: year('reportYear must be a year or null'),
  reportType: v.message(v.nullable(v.picklist(REPORT_TYPES)), 'reportType is not a report type'),
  reportTitle: v.message(v.nullable(v.string()), 'reportTitle must be a string or null'),
  sentence: text('sentence must be a string', MAX_TEXT),
  selector: SelectorSchema,
};

/** drop what a stored mention does not keep: an empty valueMax, offsets that are not a pair */
function tidyMention<T extends { valueMax?: number | null; start?: unknown; end?: unknown }>(m: T) {
  const { valueMax, start, end, ...rest } = m;
  return {
    ...rest,
    ...(typeof valueMax === 'number' ? { valueMax } : {}),
    ...(Number.isInteger(start) && Number.isInteger(end) ? { start: start as number, end: end as number } : {}),
  };
}

export const MentionFieldsSchema = v.pipe(v.object(MENTION_ENTRIES, 'mention is missing'), v.transform(tidyMention));

/** a reader's correction: any editable field, checked as strictly as an import; null empties a range or first year */
export const EditSchema = v.strictObject(
  {
    indicator: v.optional(v.message(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)), 'indicator must not be empty')),
    measure: v.optional(MENTION_ENTRIES.measure),
    value: v.optional(MENTION_ENTRIES.value),
    valueMax: v.optional(v.nullable(finite('valueMax must be a number'))),
    unit: v.optional(v.message(v.pipe(v.string(), v.trim(), v.maxLength(40)), 'unit must be at most 40 characters')),
    qualifier: v.optional(MENTION_ENTRIES.qualifier),
    kind: v.optional(MENTION_ENTRIES.kind),
    period: v.optional(year('period must be a year from 1901 to 2199, or empty')),
    periodFrom: v.optional(year('periodFrom must be a year from 1901 to 2199, or empty')),
    region: v.optional(
      v.message(v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60))), 'region must be a name or empty'),
    ),
    regionPath: v.optional(SOURCE_ENTRIES.regionPath),
    reportYear: v.optional(year('reportYear must be a year from 1901 to 2199, or empty')),
    reportType: v.optional(SOURCE_ENTRIES.reportType),
  },
  'an edit may only change the fields a reader can correct',
);

/** the reader's own words on a clip */
export const NOTE_ENTRIES = {
  note: v.optional(v.message(v.pipe(v.string(), v.maxLength(4000)), 'note must be text of at most 4000 characters')),
  tags: v.optional(
    v.message(
      v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40), v.excludes(';'))), v.maxLength(30)),
      'tags must be at most 30 words of up to 40 characters, without ";"',
    ),
  ),
};

/** what a content script sends when a reader clips (lib/clip/draft.ts makes it) */
export const DraftSchema = v.object(
  {
    mention: MentionFieldsSchema,
    ...SOURCE_ENTRIES,
    /** the reader's corrections of what the engine read, made in the card before clipping */
    edits: v.optional(EditSchema),
    /** the reader clipped a selection the engine read no figure in: the mention is all theirs */
    manual: v.optional(v.literal(true, 'manual must be true or absent')),
    ...NOTE_ENTRIES,
  },
  'clip is not an object',
);

/** what the engine read of a field the reader corrected: checked as the field is; null where it read nothing */
const ENGINE_ENTRIES = {
  indicator: v.optional(MENTION_ENTRIES.indicator),
  measure: v.optional(MENTION_ENTRIES.measure),
  value: v.optional(MENTION_ENTRIES.value),
  valueMax: v.optional(v.nullable(finite('engine.valueMax must be a number'))),
  unit: v.optional(MENTION_ENTRIES.unit),
  qualifier: v.optional(MENTION_ENTRIES.qualifier),
  kind: v.optional(MENTION_ENTRIES.kind),
  periodFrom: v.optional(year('engine.periodFrom must be a year')),
  period: v.optional(MENTION_ENTRIES.period),
  region: v.optional(SOURCE_ENTRIES.region),
  regionPath: v.optional(SOURCE_ENTRIES.regionPath),
  reportYear: v.optional(SOURCE_ENTRIES.reportYear),
  reportType: v.optional(SOURCE_ENTRIES.reportType),
};

export class InvalidClip extends Error {
  constructor(
    message: string,
    /** the field that is wrong (value, selector.quote), where one is */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** `value` as the clip schema outputs it, or InvalidClip naming the first field that is wrong */
export const checkClip = <S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> => check(schema, value, InvalidClip);

/** one clip of an export file: the mention's fields flat beside its source; derived fields are made afresh */
export const StoredClipSchema = v.object(
  {
    ...MENTION_ENTRIES,
    ...SOURCE_ENTRIES,
    url: v.pipe(SOURCE_ENTRIES.url, v.excludes('#', 'url must not have a fragment')),
    createdAt: v.message(v.pipe(v.number(), v.finite(), v.minValue(0)), 'createdAt must be a time in ms'),
    id: v.optional(v.string('id must be a string')),
    indicatorKey: v.optional(v.string('indicatorKey must be a string')),
    regionLevel: v.optional(v.nullable(v.picklist(REGION_LEVELS, 'regionLevel is not a region level'))),
    source: v.optional(
      v.message(
        v.object({
          status: v.picklist(['changed', 'lost']),
          checkedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
          now: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
          kept: v.optional(v.boolean()),
        }),
        'source is not a check of the page',
      ),
    ),
    replacedBy: v.optional(v.message(v.pipe(v.string(), v.maxLength(40)), 'replacedBy must be a clip id')),
    engine: v.optional(
      v.message(v.strictObject(ENGINE_ENTRIES), 'engine must list what the engine read of the fields the reader corrected'),
    ),
    editedAt: v.optional(v.message(v.pipe(v.number(), v.finite(), v.minValue(0)), 'editedAt must be a time in ms')),
    manual: v.optional(v.literal(true, 'manual must be true or absent')),
    ...NOTE_ENTRIES,
  },
  'is not an object',
);
