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

/** what a content script sends when a reader clips (lib/clip/draft.ts makes it) */
export const DraftSchema = v.object({ mention: MentionFieldsSchema, ...SOURCE_ENTRIES }, 'clip is not an object');

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
  },
  'is not an object',
);

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
