// The reads and writes the popup and dashboard make, on fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ReportLensDb } from '../../lib/db/schema';
import { addClips, clearAll, clipsOfPage, deleteClips, restoreAll, restoreClips } from '../../lib/db/clips';
import { comparisonClips, facets, filteredClips, recentClips } from '../../lib/db/queries';
import { importClips } from '../../lib/db/transfer';
import type { Clip } from '../../lib/clip/clip';
import { clipsOf, draftsOf } from './db-fixtures';

let db: ReportLensDb;
let n = 0;
beforeEach(async () => {
  db = new ReportLensDb(`queries-${++n}`);
  await db.open();
});
afterEach(() => db.close());

const TAICANG = 'https://www.taicang.gov.cn/report-2023.html';
const TARGETS = 'https://www.taicang.gov.cn/targets-2023.html';
const WUZHONG = 'https://www.szwz.gov.cn/report-2025.html';

async function seed(): Promise<{ report: Clip[]; targets: Clip[]; wuzhong: Clip[] }> {
  const report = clipsOf('taicang-2023-report.html', 1_000_000, TAICANG);
  const targets = clipsOf('taicang-2023-targets.html', 2_000_000, TARGETS);
  const wuzhong = clipsOf('wuzhong-2025-targets.html', 3_000_000, WUZHONG);
  await importClips(db, [...report, ...targets, ...wuzhong]);
  return { report, targets, wuzhong };
}

describe('adding clips', () => {
  test('the same mention clipped twice is one clip; the report row is kept', async () => {
    const drafts = draftsOf('wuzhong-2025-targets.html', WUZHONG).slice(0, 5);
    const first = await addClips(db, drafts, 1000);
    expect(first.added).toBe(5);
    expect(first.fresh).toEqual(first.ids);
    const again = await addClips(db, [drafts[0], drafts[0], drafts[1]], 2000);
    expect(again).toEqual({ ids: [first.ids[0], first.ids[0], first.ids[1]], added: 0, fresh: [] });
    expect(await db.clips.count()).toBe(5);
    const report = (await db.reports.get(WUZHONG))!;
    expect(report).toMatchObject({
      region: '吴中区',
      regionLevel: 'county',
      year: 2025,
      type: 'work-report',
      firstSeen: 1000,
      lastSeen: 2000,
    });
    // the stored clip has its derived fields
    const gdp = (await db.clips.get(first.ids[0]))!;
    expect(gdp).toMatchObject({ indicatorKey: '地区生产总值', measure: 'growth', regionLevel: 'county', value: 5, qualifier: 'above' });
    expect((await clipsOfPage(db, `${WUZHONG}#x`)).map((c) => c.id).sort()).toEqual([...first.ids].sort());
  });
});

describe('reads for the views', () => {
  test('recent clips page by page, newest first, with the total', async () => {
    const { wuzhong } = await seed();
    const total = await db.clips.count();
    const p1 = await recentClips(db, {}, 0, 10);
    expect(p1.total).toBe(total);
    expect(p1.clips.map((c) => c.id)).toEqual(
      [...wuzhong]
        .reverse()
        .slice(0, 10)
        .map((c) => c.id),
    );
    const p2 = await recentClips(db, {}, 10, 10);
    expect(p2.clips[0].createdAt).toBeLessThan(p1.clips[9].createdAt);
  });

  test('filters: region, year, kind, indicator and words, alone and together', async () => {
    const { report, targets, wuzhong } = await seed();
    const all = [...report, ...targets, ...wuzhong];
    const cases: Array<[string, Parameters<typeof filteredClips>[1], (c: Clip) => boolean]> = [
      ['region', { region: '吴中区' }, (c) => c.region === '吴中区'],
      ['year', { year: 2022 }, (c) => c.period === 2022],
      ['kind', { kind: 'target' }, (c) => c.kind === 'target'],
      ['indicator', { indicator: '地区生产总值' }, (c) => c.indicatorKey === '地区生产总值'],
      ['indicator + kind', { indicator: '地区生产总值', kind: 'actual' }, (c) => c.indicatorKey === '地区生产总值' && c.kind === 'actual'],
      [
        'words',
        { q: '集装箱 吞吐量' },
        (c) => c.indicator.includes('集装箱吞吐量') || (c.sentence.includes('集装箱') && c.sentence.includes('吞吐量')),
      ],
      [
        'words + year',
        { q: '亿元', year: 2025 },
        (c) => c.period === 2025 && [c.text, c.sentence, c.indicator].some((s) => s.includes('亿元')),
      ],
    ];
    for (const [name, f, pred] of cases) {
      const got = await filteredClips(db, f);
      const want = all.filter(pred);
      expect(want.length, name).toBeGreaterThan(0);
      expect(got.map((c) => c.id).sort(), name).toEqual(want.map((c) => c.id).sort());
      const page = await recentClips(db, f, 0, 3);
      expect(page.total, name).toBe(want.length);
    }
    expect(await filteredClips(db, { region: '吴中区', year: 2022 })).toEqual([]);
  });

  test('the unfiltered comparison takes the regions of the latest clips and the regions above them', async () => {
    await seed();
    const nation = clipsOf('taicang-2023-targets.html', 500_000, 'https://www.gov.cn/report-2023.html').map((c) => ({
      ...c,
      region: '全国',
      regionPath: ['全国'],
    }));
    const zhejiang = clipsOf('taicang-2023-targets.html', 400_000, 'https://www.zj.gov.cn/report-2023.html').map((c) => ({
      ...c,
      region: '浙江省',
      regionPath: ['浙江省'],
    }));
    await importClips(db, [...nation, ...zhejiang]);
    const scope = await comparisonClips(db, {});
    const regions = new Set(scope.clips.map((c) => c.region));
    // the latest clips are Wuzhong's; Taicang's report and the nation's target sit beside them; Zhejiang does not
    expect(regions.has('吴中区')).toBe(true);
    expect(regions.has('全国')).toBe(true);
    expect(regions.has('浙江省')).toBe(false);
    // and says so: one region left out (the popup links to the dashboard for it)
    expect(scope.regionsLeftOut).toBe(1);
    expect(scope.truncated).toBe(false);
    const capped = await comparisonClips(db, { kind: 'target' }, 10);
    expect(capped.clips).toHaveLength(10);
    expect(capped.truncated).toBe(true);
    expect(capped.regionsLeftOut).toBe(0);
  });

  test('facets list the regions, years and indicators the filters offer', async () => {
    await seed();
    const f = await facets(db);
    expect(f.regions).toEqual(expect.arrayContaining(['太仓市', '吴中区']));
    expect(f.years).toEqual([2025, 2023, 2022]);
    expect(f.indicators).toContain('地区生产总值');
    expect(f.indicators).toContain('规模以上工业总产值');
  });
});

describe('delete, undo, clear', () => {
  test('a deleted clip comes back exactly with undo', async () => {
    const { wuzhong } = await seed();
    const before = await db.clips.count();
    const gone = await deleteClips(db, [wuzhong[0].id, wuzhong[1].id, 'no-such-id']);
    expect(gone.map((c) => c.id)).toEqual([wuzhong[0].id, wuzhong[1].id]);
    expect(await db.clips.count()).toBe(before - 2);
    await restoreClips(db, gone);
    expect(await db.clips.count()).toBe(before);
    expect(await db.clips.get(wuzhong[0].id)).toEqual(wuzhong[0]);
  });

  test('clear empties both tables, and its undo restores them', async () => {
    await seed();
    const clips = await db.clips.toArray();
    const reports = await db.reports.toArray();
    const saved = await clearAll(db);
    expect(await db.clips.count()).toBe(0);
    expect(await db.reports.count()).toBe(0);
    await restoreAll(db, saved);
    expect(await db.clips.toArray()).toEqual(clips);
    expect(await db.reports.toArray()).toEqual(reports);
  });
});

describe('import writer', () => {
  test('one transaction: new clips added, saved ones merged, reports derived, progress told', async () => {
    const report = clipsOf('taicang-2023-report.html', 1_000_000, TAICANG);
    await importClips(db, report.slice(0, 50));
    const seen: number[] = [];
    const r = await importClips(db, report, (done) => seen.push(done));
    expect(r).toEqual({ added: report.length - 50, merged: 50 });
    expect(seen[seen.length - 1]).toBe(report.length - 50);
    expect(await db.clips.count()).toBe(report.length);
    expect(await db.reports.get(TAICANG)).toMatchObject({ region: '太仓市', year: 2023, firstSeen: 1_000_000 });
  });

  test('a failure part-way leaves the database as it was', async () => {
    const report = clipsOf('taicang-2023-report.html', 1_000_000, TAICANG);
    await importClips(db, report.slice(0, 10));
    // 1500 new clips, the last repeating the first's id: the second chunk's write fails after the first's succeeded
    const many = Array.from({ length: 1500 }, (_, i) => ({ ...report[i % report.length], id: `cmany${i}` }));
    const bad = [...many, { ...many[0] }];
    await expect(importClips(db, bad)).rejects.toThrow();
    expect(await db.clips.count()).toBe(10);
  });
});
