// Every schema version a profile may hold opens with the current code and loses nothing.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, test } from 'vitest';
import { DB_VERSION, ReportLensDb, STORES, type ReportRow } from '../../lib/db/schema';
import type { Clip } from '../../lib/clip/clip';
import { clipsOf } from './db-fixtures';

let dbs = 0;
const freshName = () => `migrate-${++dbs}-${Math.random().toString(36).slice(2)}`;

/** a database as version `v` of the code left it */
async function createAt(v: keyof typeof STORES, name: string, clips: Clip[], reports: ReportRow[]): Promise<void> {
  const old = new Dexie(name);
  for (let i = 1; i <= v; i++) old.version(i).stores(STORES[i as keyof typeof STORES]);
  await old.open();
  await old.table('clips').bulkAdd(clips);
  await old.table('reports').bulkAdd(reports);
  expect(old.verno).toBe(v);
  old.close();
}

/** what version 1 stored: its keys were not measure-aware and its levels came from name suffixes */
function asVersion1(c: Clip): Clip {
  return { ...c, indicatorKey: c.indicator.replace('规上', '规模以上'), regionLevel: c.region === '太仓市' ? 'city' : c.regionLevel };
}

describe('schema versions', () => {
  test('the current version is the last one defined, and each version keeps every index of the one before', () => {
    const versions = Object.keys(STORES).map(Number);
    expect(Math.max(...versions)).toBe(DB_VERSION);
    for (let v = 2; v <= DB_VERSION; v++) {
      const before = STORES[(v - 1) as keyof typeof STORES];
      const now = STORES[v as keyof typeof STORES];
      for (const [table, spec] of Object.entries(before)) {
        const have = new Set((now as Record<string, string>)[table].split(',').map((s) => s.trim()));
        for (const idx of spec.split(',').map((s) => s.trim())) expect(have, `${table} ${idx} in v${v}`).toContain(idx);
      }
    }
  });

  test('version 1 → 2: every clip and field is found; derived fields are computed afresh', async () => {
    const name = freshName();
    const current = [...clipsOf('taicang-2023-report.html'), ...clipsOf('wuzhong-2025-targets.html', 1_710_000_000_000)];
    expect(current.length).toBeGreaterThan(150);
    const v1 = current.map(asVersion1);
    // a case that changes: 规上工业产值 was keyed apart from 规模以上工业总产值, 太仓市 was a city
    expect(v1.some((c, i) => c.indicatorKey !== current[i].indicatorKey)).toBe(true);
    expect(v1.some((c, i) => c.regionLevel !== current[i].regionLevel)).toBe(true);
    const reports: ReportRow[] = [
      {
        url: current[0].url,
        title: '太仓市2023年政府工作报告',
        region: '太仓市',
        regionPath: ['太仓市'],
        regionLevel: 'city',
        year: 2023,
        type: 'work-report',
        firstSeen: 1,
        lastSeen: 2,
      },
    ];
    await createAt(1, name, v1, reports);

    const db = new ReportLensDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const after = await db.clips.toArray();
    expect(after).toHaveLength(current.length);
    const byId = new Map(after.map((c) => [c.id, c]));
    for (const c of current) expect(byId.get(c.id)).toEqual(c);
    // the new index answers
    const gdpGrowth = await db.clips.where('[indicatorKey+measure]').equals(['地区生产总值', 'growth']).toArray();
    expect(gdpGrowth.map((c) => c.text)).toContain('2%以上');
    const [report] = await db.reports.toArray();
    expect(report).toEqual({ ...reports[0], regionLevel: 'county' });
    expect(await db.reports.where('regionLevel').equals('county').count()).toBe(1);
    db.close();
  });

  test('version 2 → 3: keys folded across more wordings; every other field kept as it was', async () => {
    const name = freshName();
    const current = clipsOf('taicang-2023-report.html').slice(0, 40);
    // as version 2 keyed them: 调查失业率 and 研发经费支出占比 stood apart
    const v2: Clip[] = current.map((c, i) =>
      i === 0
        ? { ...c, indicator: '调查失业率', indicatorKey: '调查失业率' }
        : i === 1
          ? { ...c, indicator: '全社会研发经费支出占比', indicatorKey: '全社会研发经费支出占比' }
          : c,
    );
    await createAt(2, name, v2, []);
    const db = new ReportLensDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const byId = new Map((await db.clips.toArray()).map((c) => [c.id, c]));
    expect(byId.size).toBe(v2.length);
    expect(byId.get(v2[0].id)).toEqual({ ...v2[0], indicatorKey: '城镇调查失业率' });
    expect(byId.get(v2[1].id)).toEqual({ ...v2[1], indicatorKey: '研发经费投入强度' });
    for (const c of v2.slice(2)) expect(byId.get(c.id)).toEqual(c);
    db.close();
  });

  test('version 3 → 4: every clip and report byte for byte but keys folded afresh; the new fields absent (their default); the aliases store empty and usable', async () => {
    const name = freshName();
    const clips = [...clipsOf('taicang-2023-report.html'), ...clipsOf('wuzhong-2025-targets.html', 1_710_000_000_000)];
    const reports: ReportRow[] = [
      {
        url: clips[0].url,
        title: '太仓市2023年政府工作报告',
        region: '太仓市',
        regionPath: ['江苏省', '苏州市', '太仓市'],
        regionLevel: 'county',
        year: 2023,
        type: 'work-report',
        firstSeen: 1,
        lastSeen: 2,
      },
    ];
    // as version 3 keyed it: an infographic's label run into the name stood apart
    const v3 = clips.map((c, i) => (i === 0 ? { ...c, indicator: '就业城镇新增就业', indicatorKey: '就业城镇新增就业' } : c));
    await createAt(3, name, v3, reports);
    const db = new ReportLensDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const byId = new Map((await db.clips.toArray()).map((c) => [c.id, c]));
    expect(byId.size).toBe(clips.length);
    expect(byId.get(v3[0].id)).toEqual({ ...v3[0], indicatorKey: '城镇新增就业' });
    for (const c of clips.slice(1)) expect(JSON.stringify(byId.get(c.id))).toBe(JSON.stringify(c));
    for (const c of byId.values()) for (const f of ['engine', 'editedAt', 'manual', 'note', 'tags']) expect(c).not.toHaveProperty(f);
    expect(JSON.stringify(await db.reports.toArray())).toBe(JSON.stringify(reports));
    expect(await db.aliases.count()).toBe(0);
    await db.aliases.put({ id: 'key:a', by: 'key', from: 'a', to: 'b', createdAt: 1 });
    expect(await db.aliases.where('to').equals('b').count()).toBe(1);
    db.close();
  });

  // each later version re-keys what the one before keyed otherwise: a name as that version keyed it (the
  // raw name), and its key now; every other clip and field as it was
  test.each([
    [4, '中国2016年GDP', 'growth', '地区生产总值'],
    [5, '重庆预计GDP', 'growth', '地区生产总值'],
    [6, '广义货币', 'growth', '广义货币M2'],
    [7, '仍预计全市GDP', 'growth', '地区生产总值'],
    [8, '工农业生产总值', 'growth', '工农业总产值'],
    [9, '中央财政预算赤字', 'level', '中央财政赤字'],
    // keyed by its year too (the clip's, 2023): 物价 after 2000 is the CPI
    [9, '物价', 'growth', '居民消费价格'],
    [10, '地方一般预算收入', 'growth', '一般公共预算收入'],
    [10, '农民人均纯收入', 'growth', '农村居民人均纯收入'],
    [10, '河北经济社会发展主要预期目标是地区生产总值', 'growth', '地区生产总值'],
    [11, '城镇调查失业率均值', 'level', '城镇调查失业率'],
    [11, '全社会研发经费支出相当于全市生产总值的比例', 'level', '研发经费投入强度'],
    [12, '报告提出了成都今年发展的主要预期目标——地区生产总值', 'growth', '地区生产总值'],
    [12, '万元地区生产总值二氧化碳排放量', 'growth', '单位地区生产总值二氧化碳排放'],
    [13, '固定资产投资额', 'level', '全社会固定资产投资'],
    [13, 'GDP目标定', 'growth', '地区生产总值'],
    [13, '该市将地区生产总值', 'growth', '地区生产总值'],
    [13, '对地区生产总值', 'growth', '地区生产总值'],
    [14, '地方生产总值', 'growth', '地区生产总值'],
    [14, '实际吸收外资', 'level', '实际使用外资'],
    [14, '全社会研发费用占GDP比重', 'level', '研发经费投入强度'],
    // another place's figure on the clip (太仓's): its place stays in the key (report-pairs city-zhengzhou-2023-17car-targets:
    // 驻马店2023年GDP增速目标为7%左右 on a 郑州 page, named 驻马店GDP)
    [15, '驻马店GDP', 'growth', '驻马店地区生产总值'],
    // report-pairs city-dalian-2021-runsky-targets: 研究与试验发展经费占地区生产总值比重3%
    [16, '研发经费占地区生产总值比重', 'level', '研发经费投入强度'],
    // report-pairs prov-xinjiang-2020-szsmt-targets: 新疆 2020's list names 进出口贸易总额
    [17, '进出口贸易总额', 'growth', '进出口总额'],
  ] as const)('version %i → current: %s (%s) keyed %s afresh, the rest as it was', async (v, indicator, measure, key) => {
    const name = freshName();
    const clips = clipsOf('taicang-2023-report.html').slice(0, 20);
    const old: Clip[] = clips.map((c, i) => (i === 0 ? { ...c, indicator, measure, indicatorKey: indicator } : c));
    await createAt(v, name, old, []);
    const db = new ReportLensDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const byId = new Map((await db.clips.toArray()).map((c) => [c.id, c]));
    expect(byId.get(old[0].id)).toEqual({ ...old[0], indicatorKey: key });
    for (const c of old.slice(1)) expect(JSON.stringify(byId.get(c.id))).toBe(JSON.stringify(c));
    db.close();
  });

  test('opening the current version again changes nothing', async () => {
    const name = freshName();
    const clips = clipsOf('taicang-2023-targets.html');
    await createAt(DB_VERSION as keyof typeof STORES, name, clips, []);
    const db = new ReportLensDb(name);
    const byId = (a: Clip, b: Clip) => (a.id < b.id ? -1 : 1);
    expect((await db.clips.toArray()).sort(byId)).toEqual([...clips].sort(byId));
    db.close();
  });
});
