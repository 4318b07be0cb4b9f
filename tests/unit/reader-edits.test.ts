// The reader's corrections, notes and aliases: checked like an import, the engine's reading kept beside
// what the reader set, stored, applied to old and new clips, exported and imported unchanged, undoable.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Clip } from '../../lib/clip/clip';
import { applyEdit, editedFields, resetEdit, withNotes } from '../../lib/clip/edit';
import { InvalidClip } from '../../lib/clip/schema';
import { clipFromDraft } from '../../lib/clip/make';
import { toCsvExport, toJson, CSV_COLUMNS } from '../../lib/clip/export';
import { parseClipsFile } from '../../lib/clip/import';
import { AliasBook, mergeAlias, splitAlias } from '../../lib/compare/reader-aliases';
import { indicatorKey } from '../../lib/compare/indicator-key';
import { buildTable } from '../../lib/compare/table';
import { ReportLensDb } from '../../lib/db/schema';
import { addClips } from '../../lib/db/clips';
import { editClip, editPage, resetClip, resetPage, restoreEdits, setNotes } from '../../lib/db/edits';
import { changeAliases, undoAliases } from '../../lib/db/aliases';
import { allAliases, allClips, importClips } from '../../lib/db/transfer';
import { clipsOf, draftsOf } from './db-fixtures';

const NOW = 1_800_000_000_000;
const URL_A = 'https://www.taicang.gov.cn/report-2023.html';

/** a clip of the fixture whose figure is `text` */
function clipOf(text: string, page = 'taicang-2023-report.html'): Clip {
  const c = clipsOf(page, 1_700_000_000_000, URL_A).find((x) => x.text === text);
  if (!c) throw new Error(`no clip ${text}`);
  return c;
}

describe('a correction of one clip', () => {
  test('keeps what the engine read beside what the reader set, re-keys, and is reset field by field', () => {
    const c = clipOf('2%以上');
    expect(c.indicator).not.toBe('全市经济增速');
    const e = applyEdit(c, { indicator: '全市经济增速', value: 2.5, kind: 'target' }, NOW);
    expect(e).toMatchObject({ indicator: '全市经济增速', value: 2.5, kind: 'target', editedAt: NOW });
    expect(e.engine).toEqual({ indicator: c.indicator, value: c.value, kind: c.kind });
    expect(editedFields(e)).toEqual(['indicator', 'value', 'kind']);
    expect(e.indicatorKey).toBe(indicatorKey('全市经济增速', c.measure));
    // the clip's own fields the reader did not touch are as they were
    expect({
      ...e,
      indicator: c.indicator,
      value: c.value,
      kind: c.kind,
      engine: undefined,
      editedAt: undefined,
      indicatorKey: c.indicatorKey,
    }).toEqual({
      ...c,
      engine: undefined,
      editedAt: undefined,
    });
    const back = resetEdit(e, NOW + 1, undefined, ['value']);
    expect(back.value).toBe(c.value);
    expect(editedFields(back)).toEqual(['indicator', 'kind']);
    expect(resetEdit(e, NOW + 2)).toEqual(c);
  });

  test('set back to what the engine read, a field is no longer a correction', () => {
    const c = clipOf('2%以上');
    const e = applyEdit(applyEdit(c, { value: 3 }, NOW), { value: c.value }, NOW + 1);
    expect(e).toEqual(c);
  });

  test('a range and a span: added, checked against the value and the year, taken away with null', () => {
    const c = clipOf('2%以上');
    const r = applyEdit(c, { valueMax: 3, periodFrom: 2019 }, NOW);
    expect(r).toMatchObject({ valueMax: 3, periodFrom: 2019, engine: { valueMax: null, periodFrom: null } });
    expect(applyEdit(r, { valueMax: null, periodFrom: null }, NOW)).toEqual(c);
  });

  test.each([
    ['an empty indicator', { indicator: '  ' }, 'indicator', /indicator must not be empty/],
    ['a value that is not a number', { value: '5%' }, 'value', /value must be a number/],
    ['a year 3000', { period: 3000 }, 'period', /period must be a year/],
    ['an unknown kind', { kind: 'wish' }, 'kind', /kind must be one of/],
    ['a range that falls', { valueMax: 1 }, 'valueMax', /valueMax must not be below value/],
    ['a span that ends before it starts', { periodFrom: 2030 }, 'periodFrom', /periodFrom must be a year before period/],
    ['a field a reader cannot set', { id: 'x' }, 'id', /only change the fields/],
  ])('%s is refused at its field, and nothing changes', (_name, edit, field, message) => {
    const c = clipOf('2%以上');
    const copy = structuredClone(c);
    let err: unknown;
    try {
      applyEdit(c, edit, NOW);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidClip);
    expect((err as InvalidClip).field).toBe(field);
    expect((err as Error).message).toMatch(message);
    expect(c).toEqual(copy);
  });

  test('a region typed short is stored by its full names, with its level', () => {
    const c = clipOf('2%以上');
    const e = applyEdit(c, { region: '昆山' }, NOW);
    expect(e).toMatchObject({ region: '昆山市', regionPath: ['江苏省', '苏州市', '昆山市'], regionLevel: 'county' });
    expect(e.engine).toEqual({ region: c.region, regionPath: c.regionPath });
  });

  test('a clip the reader made whole (a selection the engine missed) has no engine reading to keep', () => {
    const [d] = draftsOf('taicang-2023-report.html', URL_A);
    const manual = clipFromDraft({ ...d, manual: true }, NOW);
    expect(manual.manual).toBe(true);
    expect(applyEdit(manual, { value: 7 }, NOW).engine).toBeUndefined();
    // its report it did read: a page's correction keeps that reading
    expect(applyEdit(manual, { reportYear: 2022 }, NOW).engine).toEqual({ reportYear: manual.reportYear });
  });

  test('a draft carries corrections and a note made before clipping', () => {
    const [d] = draftsOf('taicang-2023-report.html', URL_A);
    const c = clipFromDraft({ ...d, edits: { kind: d.mention.kind === 'target' ? 'actual' : 'target' }, note: '待核', tags: ['GDP'] }, NOW);
    expect(c.engine).toEqual({ kind: d.mention.kind });
    expect(c).toMatchObject({ note: '待核', tags: ['GDP'] });
  });
});

describe('notes and tags', () => {
  test('set, deduplicated, emptied; checked', () => {
    const c = clipOf('2%以上');
    const n = withNotes(c, { note: '与统计公报核对', tags: ['GDP', '核对', 'GDP'] });
    expect(n).toMatchObject({ note: '与统计公报核对', tags: ['GDP', '核对'] });
    expect(withNotes(n, { note: '', tags: [] })).toEqual(c);
    expect(() => withNotes(c, { tags: ['a;b'] })).toThrow(/tags must be/);
    expect(() => withNotes(c, { note: 'x'.repeat(4001) })).toThrow(/note must be/);
  });
});

describe('the reader’s aliases', () => {
  test('a merge follows chains; a wording split out keys a row of its own; a loop ends', () => {
    const book = new AliasBook([mergeAlias('全社会研发经费支出占比', '研发经费投入强度'), mergeAlias('a', 'b'), mergeAlias('b', 'a')]);
    expect(book.keyOf('全社会研发经费支出占比', '全社会研发经费支出占比')).toBe('研发经费投入强度');
    expect(['a', 'b']).toContain(book.keyOf('a', 'a'));
    const split = new AliasBook([splitAlias('新增实际使用外资')]);
    expect(split.keyOf('新增实际使用外资', '实际使用外资')).toBe('新增实际使用外资');
    expect(split.keyOf('实际使用外资', '实际使用外资')).toBe('实际使用外资');
  });
});

describe('in the database', () => {
  let db: ReportLensDb;
  let n = 0;
  beforeEach(async () => {
    db = new ReportLensDb(`edits-${++n}`);
    await db.open();
  });
  afterEach(() => db.close());

  test('an edit is stored, regroups the comparison, and is undone exactly', async () => {
    const { ids } = await addClips(db, draftsOf('taicang-2023-report.html', URL_A), 1000);
    const target = (await db.clips.bulkGet(ids)).find((c) => c!.kind === 'actual')!;
    const rowsBefore = buildTable(await allClips(db)).rows.length;
    const undo = await editClip(db, target.id, { indicator: '读者自拟指标' }, NOW);
    const edited = (await db.clips.get(target.id))!;
    expect(edited).toMatchObject({ indicator: '读者自拟指标', indicatorKey: '读者自拟指标', engine: { indicator: target.indicator } });
    expect(buildTable(await allClips(db)).rows.some((r) => r.indicatorKey === '读者自拟指标')).toBe(true);
    expect(buildTable(await allClips(db)).rows.length).toBeGreaterThanOrEqual(rowsBefore);
    await restoreEdits(db, undo);
    expect(await db.clips.get(target.id)).toEqual(target);
    await expect(editClip(db, target.id, { period: 3000 }, NOW)).rejects.toThrow(/period must be a year/);
    expect(await db.clips.get(target.id)).toEqual(target);
    await editClip(db, target.id, { value: 1 }, NOW);
    await resetClip(db, target.id);
    expect(await db.clips.get(target.id)).toEqual(target);
  });

  test('a page’s region and year set for all its clips, and for the clips made there later', async () => {
    const drafts = draftsOf('taicang-2023-report.html', URL_A);
    await addClips(db, drafts.slice(0, 10), 1000);
    const undo = await editPage(db, URL_A, { region: '昆山市', reportYear: 2022 }, NOW);
    const all = await db.clips.where('url').equals(URL_A).toArray();
    expect(all.every((c) => c.region === '昆山市' && c.reportYear === 2022 && c.engine?.region === '太仓市')).toBe(true);
    expect(await db.reports.get(URL_A)).toMatchObject({
      region: '昆山市',
      year: 2022,
      regionLevel: 'county',
      readerSet: ['region', 'year'],
    });
    await addClips(db, drafts.slice(10, 12), 2000);
    const later = await db.clips.where('url').equals(URL_A).toArray();
    expect(later).toHaveLength(12);
    expect(later.every((c) => c.region === '昆山市' && c.reportYear === 2022)).toBe(true);
    // re-clipping a saved mention does not put the engine's reading back into the report row
    await addClips(db, drafts.slice(0, 1), 3000);
    expect(await db.reports.get(URL_A)).toMatchObject({ region: '昆山市', year: 2022 });
    await resetPage(db, URL_A);
    const reset = await db.clips.where('url').equals(URL_A).toArray();
    expect(reset.every((c) => c.region === '太仓市' && !c.engine)).toBe(true);
    expect((await db.reports.get(URL_A))!.readerSet).toBeUndefined();
    await editPage(db, URL_A, { reportYear: 2021 }, NOW);
    await restoreEdits(db, undo);
    expect((await db.clips.get(all[0].id))!.reportYear).toBe(all[0].engine?.reportYear);
  });

  test('a merge re-keys old clips and new ones; a split and an undo put them back', async () => {
    const drafts = draftsOf('taicang-2023-report.html', URL_A);
    await addClips(db, drafts.slice(0, 20), 1000);
    const clips = await allClips(db);
    const [a, b] = [...new Set(clips.map((c) => c.indicatorKey))];
    const undo = await changeAliases(db, [mergeAlias(a, b, NOW)]);
    expect((await allClips(db)).filter((c) => c.indicatorKey === a)).toHaveLength(0);
    const merged = (await allClips(db)).filter((c) => c.indicatorKey === b).length;
    expect(merged).toBe(clips.filter((c) => c.indicatorKey === a || c.indicatorKey === b).length);
    // a clip made after the merge is keyed by it
    const late = drafts.slice(20).find((d) => indicatorKey(d.mention.indicator, d.mention.measure) === a);
    if (late) {
      const { ids } = await addClips(db, [late], 2000);
      expect((await db.clips.get(ids[0]))!.indicatorKey).toBe(b);
    }
    await undoAliases(db, undo);
    expect(await allAliases(db)).toEqual([]);
    const back = await allClips(db);
    expect(back.filter((c) => c.indicatorKey === a).length).toBeGreaterThan(0);
    for (const c of back) expect(c.indicatorKey).toBe(indicatorKey(c.indicator, c.measure));
  });

  test('corrections, notes and aliases survive export → import into a fresh profile unchanged', async () => {
    await addClips(db, draftsOf('taicang-2023-report.html', URL_A).slice(0, 30), 1000);
    const [c1, c2, c3] = await allClips(db);
    await editClip(db, c1.id, { value: 9.5, unit: '%' }, NOW);
    await setNotes(db, c2.id, { note: '口径待核, "引号"', tags: ['GDP', '核对'] });
    await editPage(db, URL_A, { reportYear: 2022 }, NOW);
    await changeAliases(db, [mergeAlias(c3.indicatorKey, '读者合并指标', NOW), splitAlias(c2.indicator, NOW)]);
    const clips = await allClips(db);
    const aliases = await allAliases(db);
    const file = toJson(clips, new Date(NOW), aliases);

    const fresh = new ReportLensDb(`edits-fresh-${n}`);
    await fresh.open();
    const r = await importClips(fresh, await parseClipsFile(file));
    expect(r.added).toBe(clips.length);
    expect(await allClips(fresh)).toEqual(clips);
    expect(await allAliases(fresh)).toEqual(aliases);
    expect(toJson(await allClips(fresh), new Date(NOW), await allAliases(fresh))).toBe(file);
    // the report row keeps what the reader set: a clip made there later takes it
    expect(await fresh.reports.get(URL_A)).toMatchObject({ year: 2022, readerSet: ['year'] });
    fresh.close();

    const csv = toCsvExport(clips).split('\r\n');
    const head = csv[0].replace(/^\uFEFF/, '').split(',');
    expect(head).toEqual(CSV_COLUMNS);
    const row1 = csv.find((l) => l.startsWith(`${c1.id},`))!;
    expect(row1).toContain('value unit period reportYear');
    expect(row1).toContain(`value=${c1.value}`);
    expect(csv.find((l) => l.startsWith(`${c2.id},`))).toContain('"口径待核, ""引号""",GDP; 核对');
  });

  test('a version 1 file (no aliases, no corrections) still imports', async () => {
    const clips = clipsOf('taicang-2023-targets.html').slice(0, 5);
    const v1 = toJson(clips, new Date(NOW)).replace('"version":2', '"version":1').replace(',"aliases":[]', '');
    expect(v1).toContain('"version":1');
    const parsed = await parseClipsFile(v1);
    expect(parsed).toEqual({ clips, aliases: [] });
  });

  test('a file whose alias is malformed is refused whole', async () => {
    const clips = clipsOf('taicang-2023-targets.html').slice(0, 2);
    const file = toJson(clips, new Date(NOW), [{ ...mergeAlias('a', 'b', 1), by: 'other' as 'key' }]);
    await expect(parseClipsFile(file)).rejects.toThrow(/alias 1: by must be/);
  });
});
