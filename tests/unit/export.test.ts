// Export and import files: CSV for spreadsheets, JSON that round-trips every field, and imports that
// refuse a bad file whole, naming what is wrong.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, EXPORT_FORMAT, EXPORT_VERSION, toCsvExport, toJson } from '../../lib/clip/export';
import { ImportError, parseClipsFile, validateClip } from '../../lib/clip/import';
import { ReportLensDb } from '../../lib/db/schema';
import { allClips, importClips } from '../../lib/db/transfer';
import type { Clip } from '../../lib/clip/clip';
import { clipsOf } from './db-fixtures';

const clips = (): Clip[] => [
  ...clipsOf('taicang-2023-report.html', 1_600_000_000_000),
  ...clipsOf('wuzhong-2025-targets.html', 1_700_000_000_000),
];

/** parse a CSV (RFC 4180) into rows of cells */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  return rows;
}

describe('CSV export', () => {
  test('BOM, a header of every field, one row per clip, values as stored', () => {
    const cs = clips();
    const csv = toCsvExport(cs);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(cs.length + 1);
    // every field of the clip has a column (the selector's parts flattened)
    for (const k of Object.keys(cs[0]).filter((k) => k !== 'selector')) expect(CSV_COLUMNS).toContain(k);
    const col = (name: string) => CSV_COLUMNS.indexOf(name);
    cs.forEach((c, i) => {
      const r = rows[i + 1];
      expect(r[col('id')]).toBe(c.id);
      expect(Number(r[col('value')])).toBe(c.value);
      expect(r[col('valueMax')]).toBe(c.valueMax === undefined ? '' : String(c.valueMax));
      expect(r[col('sentence')].replace(/^'/, '')).toBe(c.sentence);
      expect(r[col('quoteExact')]).toBe(c.selector.quote.exact);
      expect(Date.parse(r[col('createdAt')])).toBe(c.createdAt);
      expect(r[col('regionPath')]).toBe(c.regionPath.join(' > '));
    });
  });

  test('page text that a spreadsheet would run is not run', () => {
    const [c] = clips();
    const csv = toCsvExport([{ ...c, sentence: '=HYPERLINK("http://x")', pageTitle: '+1' }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(",'+1,");
  });
});

describe('JSON export and import', () => {
  test('round-trips every field exactly, byte for byte', async () => {
    const cs = clips();
    const file = toJson(cs, new Date('2025-01-02T03:04:05Z'));
    const head = JSON.parse(file);
    expect(head).toMatchObject({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '2025-01-02T03:04:05.000Z',
      count: cs.length,
    });
    const back = await parseClipsFile(file);
    expect(back.clips).toEqual(cs);
    expect(toJson(back.clips, new Date('2025-01-02T03:04:05Z'))).toBe(file);
  });

  test('round-trips what the page last showed of a clip, the clip that replaced it, and the first year of a span', async () => {
    const [a, b, c] = clips();
    const cs: Clip[] = [
      { ...a, source: { status: 'changed', checkedAt: 1_700_000_000_000, now: '7%左右', kept: true }, replacedBy: b.id },
      { ...b, source: { status: 'lost', checkedAt: 1_700_000_000_001 } },
      { ...c, periodFrom: 2016 },
    ];
    const file = toJson(cs, new Date('2025-01-02T03:04:05Z'));
    expect((await parseClipsFile(file)).clips).toEqual(cs);
    expect(toJson((await parseClipsFile(file)).clips, new Date('2025-01-02T03:04:05Z'))).toBe(file);
    const bad = JSON.stringify({ format: EXPORT_FORMAT, version: 1, clips: [{ ...a, source: { status: 'moved', checkedAt: 1 } }] });
    await expect(parseClipsFile(bad)).rejects.toThrow(/^clip 1: source is not a check of the page$/);
    const csv = toCsvExport(cs);
    expect(csv.split('\r\n')[1]).toContain(',changed-kept,7%左右,');
  });

  test('through the database: export, clear, import gives the same clips', async () => {
    const db = new ReportLensDb('export-roundtrip');
    const cs = clips();
    await importClips(db, cs);
    const file = toJson(await allClips(db));
    await db.clips.clear();
    const r = await importClips(db, await parseClipsFile(file));
    expect(r.added).toBe(cs.length);
    const byId = (a: Clip, b: Clip) => (a.id < b.id ? -1 : 1);
    expect((await db.clips.toArray()).sort(byId)).toEqual([...cs].sort(byId));
    db.close();
  });

  test('progress is told in chunks, and the page is let paint between them', async () => {
    const file = toJson(clips());
    const seen: Array<[number, number]> = [];
    let pauses = 0;
    await parseClipsFile(file, { chunk: 50, onProgress: (d, t) => seen.push([d, t]), pause: async () => void pauses++ });
    const total = clips().length;
    expect(seen[0]).toEqual([50, total]);
    expect(seen[seen.length - 1]).toEqual([total, total]);
    expect(pauses).toBe(Math.ceil(total / 50) - 1);
  });

  test('repeated clips in a file are merged; derived fields are recomputed; ids are derived when missing', async () => {
    const [a, b] = clips();
    const { id: _id, indicatorKey: _k, regionLevel: _l, ...bare } = b;
    const file = JSON.stringify({ format: EXPORT_FORMAT, version: 1, clips: [a, a, { ...bare }] });
    const back = await parseClipsFile(file);
    expect(back.clips).toEqual([a, b]);
  });

  const good = () => clips()[3];
  const cases: Array<[string, string, RegExp]> = [
    ['empty', '  \n', /empty/],
    ['truncated JSON', toJson(clips()).slice(0, 5000), /not valid JSON/],
    ['not JSON at all', 'id,value\n1,2', /not valid JSON/],
    ['a foreign JSON file', JSON.stringify({ name: 'report-lens', version: '0.1.0' }), /not a Report Lens clips file.*no format field/],
    [
      'a wrong format tag',
      JSON.stringify({ format: 'hypothesis-annotations', version: 1, clips: [] }),
      /format is "hypothesis-annotations"/,
    ],
    ['an array', JSON.stringify([good()]), /not a Report Lens clips file/],
    [
      'a newer version',
      JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION + 1, clips: [good()] }),
      new RegExp(`version ${EXPORT_VERSION + 1}.*newer.*update the extension`),
    ],
    ['a bad version', JSON.stringify({ format: EXPORT_FORMAT, version: '1', clips: [] }), /version must be a whole number/],
    ['no clips list', JSON.stringify({ format: EXPORT_FORMAT, version: 1, clips: {} }), /no list of clips/],
    [
      'a clip with a bad value',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, clips: [good(), good(), { ...good(), value: '5%' }] }),
      /^clip 3: value must be a number$/,
    ],
    [
      'a clip with a bad kind',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, clips: [{ ...good(), kind: 'goal' }] }),
      /^clip 1: kind must be one of target, actual$/,
    ],
    [
      'a clip with a script URL',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, clips: [{ ...good(), url: 'javascript:alert(1)' }] }),
      /^clip 1: url must be an http\(s\) URL$/,
    ],
    [
      'a clip whose id does not match',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, clips: [{ ...good(), id: 'cxyz' }] }),
      /^clip 1: id does not match/,
    ],
    [
      'a clip without a time',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, clips: [{ ...good(), createdAt: null }] }),
      /^clip 1: createdAt/,
    ],
    [
      'a clip that is not an object',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, clips: [good(), 7] }),
      /^clip 2: is not an object$/,
    ],
    [
      'a clip without a selector',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, clips: [{ ...good(), selector: undefined }] }),
      /^clip 1: selector is missing$/,
    ],
  ];
  test.each(cases)('%s is refused with a clear error', async (_name, text, message) => {
    const err = await parseClipsFile(text).catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toMatch(message);
  });

  test('a refused file changes nothing in the database', async () => {
    const db = new ReportLensDb('export-refused');
    await importClips(db, clips().slice(0, 20));
    const before = await db.clips.toArray();
    for (const [, text] of cases)
      await parseClipsFile(text)
        .then((cs) => importClips(db, cs))
        .catch(() => undefined);
    expect(await db.clips.toArray()).toEqual(before);
    db.close();
  });

  test('validateClip rejects a fragment in the page URL', () => {
    expect(() => validateClip({ ...good(), url: `${good().url}#p3` })).toThrow(/id does not match|fragment/);
  });
});

describe('the bundled sample', () => {
  test('public/sample-clips.json is a valid clips file whose quotes stand in their sentences', async () => {
    const text = readFileSync(join(import.meta.dirname, '../../public/sample-clips.json'), 'utf8');
    const { clips: cs } = await parseClipsFile(text);
    expect(cs.length).toBeGreaterThan(20);
    for (const c of cs) {
      expect(c.sentence).toContain(c.selector.quote.exact);
      expect(c.pageTitle).toMatch(/^示例 · /);
      expect(c.reportTitle).toMatch(/^示例 · /);
    }
    const regions = new Set(cs.map((c) => c.region));
    expect(regions).toEqual(new Set(['全国', '太仓市', '吴中区']));
  });
});
