// Running the extraction engine in unit tests: every call checks the invariants every mention
// must keep whatever the input (its text is the input's slice at its offsets; its numbers are
// finite), and rows of a table are compared field by field on what the row states.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/index';
import { MEASURES, QUALIFIERS, KINDS, type Mention } from '../../../lib/model/mention';

/** a plausible report title for sentence-level tests: a 2023 work report (results 2022, targets 2023) */
export const WORK_REPORT_2023 = '太仓市2023年政府工作报告';

/** the invariants of MENTIONS.md, checked on every mention of `input` */
export function expectWellFormed(input: string, mentions: Mention[]): void {
  for (const m of mentions) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end), `offsets of ${JSON.stringify(m)}`).toBe(true);
    expect(m.start, `start of ${m.text}`).toBeGreaterThanOrEqual(0);
    expect(m.end, `end of ${m.text}`).toBeGreaterThan(m.start);
    expect(m.end, `end of ${m.text}`).toBeLessThanOrEqual(input.length);
    expect(input.slice(m.start, m.end), 'input.slice(start, end) === text').toBe(m.text);
    expect(Number.isFinite(m.value), `value of ${m.text}`).toBe(true);
    if (m.valueMax !== undefined) {
      expect(Number.isFinite(m.valueMax), `valueMax of ${m.text}`).toBe(true);
      expect(m.valueMax, `range of ${m.text}`).toBeGreaterThanOrEqual(m.value);
    }
    expect(MEASURES).toContain(m.measure);
    expect(QUALIFIERS).toContain(m.qualifier);
    expect(KINDS).toContain(m.kind);
    expect(typeof m.indicator).toBe('string');
    expect(typeof m.unit).toBe('string');
    expect(m.period === null || Number.isInteger(m.period)).toBe(true);
  }
  // one quantity is one mention: no two overlap
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 1; i < byStart.length; i++) {
    expect(byStart[i].start, `${byStart[i].text} overlaps ${byStart[i - 1].text}`).toBeGreaterThanOrEqual(byStart[i - 1].end);
  }
}

/** the mentions of `input`, checked for well-formedness */
export function mentionsOf(input: string, title = WORK_REPORT_2023): Mention[] {
  const mentions = extract(input, { title });
  expectWellFormed(input, mentions);
  return mentions;
}

/**
 * What a table row says about one mention. `text` picks the mention (its surface in the input);
 * `ind` is a phrase the indicator must contain (what a reader needs, not incidental wording);
 * `notInd` words the indicator must not carry; the other fields are compared exactly.
 */
export interface Expected {
  text: string;
  ind?: string;
  notInd?: string[];
  indicator?: string;
  measure?: Mention['measure'];
  value?: number;
  valueMax?: number | null;
  unit?: string;
  qualifier?: Mention['qualifier'];
  kind?: Mention['kind'];
  period?: number | null;
  /** a quantity over several years: its first year (null: one year's, no periodFrom) */
  periodFrom?: number | null;
}

/** the mention with surface `text` among `mentions` (exactly one), failing with what was found */
export function pick(mentions: Mention[], text: string): Mention {
  const hits = mentions.filter((m) => m.text === text);
  expect(hits.length, `one mention «${text}» among ${JSON.stringify(mentions.map((m) => m.text))}`).toBe(1);
  return hits[0];
}

export function expectMention(mentions: Mention[], e: Expected): void {
  expectFields(pick(mentions, e.text), e);
}

/**
 * The last mention of `e.text` among `mentions` is as `e` says: for an input read from its report's start up
 * to the sentence a row is about, where the same surface may stand earlier too.
 */
export function expectLastMention(mentions: Mention[], e: Expected): void {
  const hits = mentions.filter((m) => m.text === e.text);
  expect(hits.length, `«${e.text}» among ${JSON.stringify(mentions.map((m) => m.text))}`).toBeGreaterThan(0);
  expectFields(hits[hits.length - 1], e);
}

function expectFields(m: Mention, e: Expected): void {
  const where = `«${e.text}» → ${JSON.stringify(m)}`;
  if (e.ind !== undefined) expect(m.indicator, `indicator of ${where}`).toContain(e.ind);
  for (const w of e.notInd ?? []) expect(m.indicator, `indicator of ${where}`).not.toContain(w);
  if (e.indicator !== undefined) expect(m.indicator, `indicator of ${where}`).toBe(e.indicator);
  if (e.measure !== undefined) expect(m.measure, `measure of ${where}`).toBe(e.measure);
  if (e.value !== undefined) expect(m.value, `value of ${where}`).toBeCloseTo(e.value, 9);
  if (e.valueMax !== undefined) {
    if (e.valueMax === null) expect(m.valueMax, `valueMax of ${where}`).toBeUndefined();
    else expect(m.valueMax, `valueMax of ${where}`).toBeCloseTo(e.valueMax, 9);
  }
  if (e.unit !== undefined) expect(m.unit, `unit of ${where}`).toBe(e.unit);
  if (e.qualifier !== undefined) expect(m.qualifier, `qualifier of ${where}`).toBe(e.qualifier);
  if (e.kind !== undefined) expect(m.kind, `kind of ${where}`).toBe(e.kind);
  if (e.periodFrom === null) expect(m.periodFrom, `periodFrom of ${where}`).toBeUndefined();
  else if (e.periodFrom !== undefined) expect(m.periodFrom, `periodFrom of ${where}`).toBe(e.periodFrom);
  if (e.period !== undefined) expect(m.period, `period of ${where}`).toBe(e.period);
}

/** a table row: an input sentence (and optionally its title) and what it must yield */
export interface Row {
  /** what the row is about, for the test name */
  name?: string;
  input: string;
  title?: string;
  /** the mentions it must hold (others may be there too, unless `exactly`) */
  expect: Expected[];
  /** the surfaces of all its mentions, in order, when the row pins them all */
  exactly?: string[];
}

export function checkRow(row: Row): void {
  const mentions = mentionsOf(row.input, row.title);
  if (row.exactly)
    expect(
      mentions.map((m) => m.text),
      `mentions of ${row.input}`,
    ).toEqual(row.exactly);
  for (const e of row.expect) expectMention(mentions, e);
}

/** the test name of a row: its own name or its input, shortened */
export const rowName = (row: Row): string => row.name ?? (row.input.length > 60 ? `${row.input.slice(0, 57)}…` : row.input);

/**
 * Tables of rows cut from real texts right after their mentions: each expected mention is the last of its surface
 * (`periodFrom: null` says one year's), one describe per family.
 */
export function describeLastMentions(families: Array<{ family: string; rows: Row[] }>): void {
  for (const { family, rows } of families)
    describe(family, () => {
      for (const row of rows)
        it(rowName(row), () => {
          const mentions = mentionsOf(row.input, row.title);
          for (const e of row.expect) expectLastMention(mentions, e);
        });
    });
}
