// npx tsx tests/bench/run.ts popup — in real Chromium with the built extension:
// - popup time to first meaningful paint (its `rl:popup-ready` mark, from navigation start) with
//   10 000 clips against 10 clips in the same run (goal ≤ 3×);
// - importing a 10 000-clip JSON file through the dashboard (file chosen → "imported" notice), beside
//   1 000 clips (linear ≈ 10×).
// Clips are generated realistically: real regions at every level (area-data), 2019–2025, headline
// and local indicators with their usual units and measures, targets and results.
import { areaList } from '@vant/area-data';
import { launch, type Browser } from '../e2e/harness';
import { clipsFile, extensionPage, importThroughDashboard, makeClip, resetDb } from '../e2e/popup-helpers';
import type { Clip } from '../../lib/clip/clip';
import { report } from './report';

const INDICATORS: Array<{ name: string; measure: 'level' | 'growth' | 'change'; unit: string; base: number }> = [
  { name: '地区生产总值', measure: 'growth', unit: '%', base: 5 },
  { name: '地区生产总值', measure: 'level', unit: '亿元', base: 900 },
  { name: '一般公共预算收入', measure: 'growth', unit: '%', base: 4 },
  { name: '一般公共预算收入', measure: 'level', unit: '亿元', base: 80 },
  { name: '规上工业产值', measure: 'growth', unit: '%', base: 6 },
  { name: '全社会固定资产投资', measure: 'growth', unit: '%', base: 6 },
  { name: '社会消费品零售总额', measure: 'growth', unit: '%', base: 5 },
  { name: '社会消费品零售总额', measure: 'level', unit: '亿元', base: 400 },
  { name: '实际使用外资', measure: 'level', unit: '亿美元', base: 3 },
  { name: '进出口总额', measure: 'growth', unit: '%', base: 3 },
  { name: '居民人均可支配收入', measure: 'growth', unit: '%', base: 5.5 },
  { name: '城镇调查失业率', measure: 'level', unit: '%', base: 5.5 },
  { name: '城镇新增就业', measure: 'level', unit: '万人', base: 2 },
  { name: '居民消费价格', measure: 'growth', unit: '%', base: 3 },
  { name: '单位地区生产总值能耗', measure: 'growth', unit: '%', base: -3 },
  { name: 'PM2.5平均浓度', measure: 'level', unit: '微克/立方米', base: 30 },
  { name: '粮食产量', measure: 'level', unit: '万吨', base: 50 },
  { name: '研发经费投入强度', measure: 'level', unit: '%', base: 3 },
  { name: '新增高新技术企业', measure: 'level', unit: '家', base: 120 },
  { name: '新建改造农村公路', measure: 'level', unit: '公里', base: 80 },
  { name: '城镇老旧小区改造', measure: 'level', unit: '个', base: 40 },
  { name: '集装箱吞吐量', measure: 'level', unit: '万标箱', base: 300 },
];
const QUALIFIERS = ['about', 'above', 'exact'] as const;

/** a deterministic pseudo-random sequence, so every run measures the same data */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function realisticClips(n: number, seed = 7): Clip[] {
  const r = rng(seed);
  const provinces = Object.entries(areaList.province_list);
  const cities = Object.entries(areaList.city_list).filter(([, name]) => !/直辖|^县$|市辖区/.test(name));
  const counties = Object.entries(areaList.county_list);
  // a reader follows a few hundred regions at most: the nation, some provinces, cities, counties
  const regions: string[][] = [['全国']];
  for (let i = 0; i < 12; i++) regions.push([provinces[Math.floor(r() * provinces.length)][1]]);
  for (let i = 0; i < 60; i++) {
    const [code, name] = cities[Math.floor(r() * cities.length)];
    regions.push([areaList.province_list[`${code.slice(0, 2)}0000`], name]);
  }
  for (let i = 0; i < 160; i++) {
    const [code, name] = counties[Math.floor(r() * counties.length)];
    const city = areaList.city_list[`${code.slice(0, 4)}00`];
    regions.push([areaList.province_list[`${code.slice(0, 2)}0000`], ...(city ? [city] : []), name]);
  }
  const out: Clip[] = [];
  const t0 = Date.UTC(2024, 0, 1);
  for (let i = 0; out.length < n; i++) {
    const path = regions[Math.floor(r() * regions.length)];
    const region = path[path.length - 1];
    const ind = INDICATORS[Math.floor(r() * INDICATORS.length)];
    const kind = r() < 0.5 ? 'target' : 'actual';
    const period = 2019 + Math.floor(r() * 7);
    const value = Number((ind.base * (0.6 + r() * 0.8)).toFixed(ind.unit === '%' ? 1 : 0));
    const qualifier = kind === 'target' ? QUALIFIERS[Math.floor(r() * QUALIFIERS.length)] : 'exact';
    const word = qualifier === 'about' ? '左右' : qualifier === 'above' ? '以上' : '';
    const text = `${value}${ind.unit}${word}`;
    out.push(
      makeClip({
        indicator: ind.name,
        text,
        value,
        unit: ind.unit,
        measure: ind.measure,
        qualifier,
        kind,
        period,
        region,
        regionPath: path,
        // one report a year per region: its targets for that year, its results for the year before
        url: `https://www.example.gov.cn/${encodeURIComponent(path.join('/'))}/${kind === 'target' ? period : period + 1}/report.html`,
        sentence: `${kind === 'target' ? '今年主要预期目标是：' : '过去一年，'}${ind.name}${ind.measure === 'growth' ? '增长' : '达到'}${text}，第${i}条。`,
        createdAt: t0 + i * 60_000,
      }),
    );
  }
  return out;
}

/** popup loads alternating between profiles, so that machine noise falls on both alike */
async function popupReady(browsers: Browser[], runs: number): Promise<number[]> {
  const pages = await Promise.all(browsers.map((b) => b.context.newPage()));
  const times: number[][] = browsers.map(() => []);
  for (let i = 0; i < runs + 1; i++) {
    for (let k = 0; k < browsers.length; k++) {
      const page = pages[k];
      await page.goto(`chrome-extension://${browsers[k].extensionId}/popup.html`);
      await page.waitForSelector('html[data-rl-ready="true"]', { timeout: 60_000 });
      const t = await page.evaluate(() => performance.getEntriesByName('rl:popup-ready')[0]?.startTime ?? NaN);
      if (i > 0) times[k].push(t); // the first load warms the browser's caches
    }
  }
  await Promise.all(pages.map((p) => p.close()));
  return times.map(median);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** import time as the page measures it (file chosen → every clip written), median of `runs` */
async function importTime(b: Browser, file: string, runs: number): Promise<number> {
  const times: number[] = [];
  const dash = await extensionPage(b, 'dashboard.html');
  for (let i = 0; i < runs; i++) {
    await resetDb(dash);
    await dash.reload();
    await dash.locator('.dashboard').waitFor();
    const r = await importThroughDashboard(dash, 'clips.json', file);
    if (!r.ok) throw new Error(r.text);
    times.push(
      await dash.evaluate(() => {
        const [a] = performance.getEntriesByName('rl:import-start');
        const [b] = performance.getEntriesByName('rl:import-done');
        return b.startTime - a.startTime;
      }),
    );
  }
  await dash.close();
  return median(times);
}

export default async function popupBench(): Promise<void> {
  const few = await launch();
  const many = await launch();
  try {
    const small = clipsFile(realisticClips(10));
    const thousand = clipsFile(realisticClips(1_000));
    const big = clipsFile(realisticClips(10_000));

    const import1k = await importTime(few, thousand, 3);
    const import10k = await importTime(many, big, 3);
    await importTime(few, small, 1);
    const [ready10, ready10k] = await popupReady([few, many], 9);

    report([
      { name: 'popup first paint, 10 clips (median of 9)', value: ready10, unit: 'ms' },
      {
        name: 'popup first paint, 10 000 clips (median of 9)',
        value: ready10k,
        unit: 'ms',
        baseline: { name: '10 clips', value: ready10 },
        goal: '≤ 3×',
      },
      { name: `import 1 000 clips (${(thousand.length / 1e6).toFixed(1)} MB, in page, median of 3)`, value: import1k, unit: 'ms' },
      {
        name: `import 10 000 clips (${(big.length / 1e6).toFixed(1)} MB, in page, median of 3)`,
        value: import10k,
        unit: 'ms',
        baseline: { name: '1 000 clips', value: import1k },
        goal: '≈ 10× (linear)',
      },
    ]);
  } finally {
    await few.close();
    await many.close();
  }
}
