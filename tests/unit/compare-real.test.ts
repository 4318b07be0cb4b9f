// Does the comparison pair real targets with their real results? Year N's targets (from pages of
// year N's work report) against the results year N+1's report gives in its review, built the way
// `npm run compare` builds them (cli/compare.ts: read, detect, extract, clip, table). Every expected
// figure and verdict below was read by hand from the texts in tests/fixtures/report-pairs (see its
// README and manifest), never copied from the code's output.
//
// A row with `miss` is a pairing the code gets wrong today, with the cause; it runs as `it.fails`,
// so it turns red the day the pairing comes right (then drop its `miss`). The pairing rate (targets
// whose stated result lands in their cell, judged right) is printed and held at a floor.
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../lib/clip/clip';
import { buildTable, type Cell, type ComparisonTable } from '../../lib/compare/table';
import { cellRecords } from '../../lib/compare/cells';
import type { Verdict } from '../../lib/compare/pairing';
import type { Measure } from '../../lib/model/mention';
import { clipFiles } from '../../cli/clips';
import { ROOT, SHARED } from './helpers/eval';

const TEXTS = join(ROOT, 'tests/fixtures/report-pairs/texts');
const REAL_DEV = join(SHARED, 'eval/real-dev/reports');
const FILES = [
  ...[
    'national-2019-comemg-trad.txt',
    'national-2020-chinacom-report.txt',
    'national-2020-cibaowang.txt',
    'national-2021-exmoo-trad.txt',
    'national-2021-xinmin.txt',
    'national-2022-hbwmpx.txt',
    'national-2023-sinqi-review.txt',
    'national-2023-xinhua-targets.txt',
    'national-2024-nhandan.txt',
    'national-2024-chinanews-targets.txt',
    'national-2025-feifmx.txt',
    'national-2025-theorychina-page2.txt',
    'prov-guangdong-2024-freewechat.txt',
    'prov-jiangsu-2024-myzaker.txt',
    'prov-sichuan-2024-people.txt',
  ].map((f) => join(TEXTS, f)),
  ...['guangdong', 'jiangsu', 'sichuan'].map((p) => join(REAL_DEV, `prov-${p}-2025.txt`)),
];

/** the comparison of the files, from their clips as `npm run compare` makes them */
function compareFiles(files: string[]): { table: ComparisonTable; byId: Map<string, Clip>; fileOf: Map<string, string> } {
  const { clips, fileOf } = clipFiles(files);
  return { table: buildTable(clips), byId: new Map(clips.map((c) => [c.id, c])), fileOf };
}

interface Pair {
  /** the pair of reports: whose targets, whose results */
  pair: string;
  region: string;
  /** the year the target is for and the result is of */
  year: number;
  indicator: string;
  measure: Measure;
  /** the target as the year-N text writes it */
  target: string;
  /** the result as the year-N+1 text writes it; null when that text gives none */
  actual: string | null;
  verdict: Verdict | null;
  /** why the code does not pair it right today */
  miss?: string;
  /** the target is not clipped as a target of this indicator and region anywhere (misread, or keyed otherwise) */
  lost?: true;
}

/** the files (names in FILES) that state each pair's targets */
const TARGETS_IN: Record<string, string[]> = {};

const pairOf = (name: string, ...targetFiles: string[]): string => {
  TARGETS_IN[name] = targetFiles;
  return name;
};
const N19 = pairOf('全国 2019 (comemg, traditional) → 2020 report (china.com p.1, cibaowang)', 'national-2019-comemg-trad.txt');
const N20 = pairOf('全国 2020 (cibaowang) → 2021 review (xinmin)', 'national-2020-cibaowang.txt');
const N21 = pairOf(
  '全国 2021 (exmoo, traditional; xinmin) → 2022 review (hbwmpx)',
  'national-2021-exmoo-trad.txt',
  'national-2021-xinmin.txt',
);
const N22 = pairOf('全国 2022 (hbwmpx) → 2023 review (sinqi)', 'national-2022-hbwmpx.txt');
const N23 = pairOf('全国 2023 (xinhua targets) → 2024 review (nhandan)', 'national-2023-xinhua-targets.txt');
const N24 = pairOf(
  '全国 2024 (chinanews, nhandan) → 2025 review (feifmx, theorychina p.2)',
  'national-2024-chinanews-targets.txt',
  'national-2024-nhandan.txt',
);
const GD = pairOf('广东 2024 (freewechat) → prov-guangdong-2025', 'prov-guangdong-2024-freewechat.txt');
const JS = pairOf('江苏 2024 (myzaker) → prov-jiangsu-2025', 'prov-jiangsu-2024-myzaker.txt');
const SC = pairOf('四川 2024 (people.cn) → prov-sichuan-2025', 'prov-sichuan-2024-people.txt');

const PAIRS: Pair[] = [
  {
    pair: N19,
    region: '全国',
    year: 2019,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6到6.5%左右',
    actual: '6.1%',
    verdict: 'met',
  },
  {
    pair: N19,
    region: '全国',
    year: 2019,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1100萬人以上',
    actual: '1352万人',
    verdict: 'met',
  },
  // 调查失业率在5.3%以下 against 5.5%左右 (a ceiling): met
  {
    pair: N19,
    region: '全国',
    year: 2019,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%左右',
    actual: '5.3%以下',
    verdict: 'met',
  },
  {
    pair: N19,
    region: '全国',
    year: 2019,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%左右',
    actual: '2.9%',
    verdict: 'met',
  },
  {
    pair: N19,
    region: '全国',
    year: 2019,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '4.5%以內',
    actual: null,
    verdict: null,
  },
  {
    pair: N19,
    region: '全国',
    year: 2019,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3%左右',
    actual: null,
    verdict: null,
  },

  // 2020 set no GDP target (没有提出全年经济增速具体目标)
  {
    pair: N20,
    region: '全国',
    year: 2020,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '900万人以上',
    actual: '1186万人',
    verdict: 'met',
  },
  // 全国城镇调查失业率降到5.2% (at the year's end) against 6%左右: met
  {
    pair: N20,
    region: '全国',
    year: 2020,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '6%左右',
    actual: '5.2%',
    verdict: 'met',
  },
  {
    pair: N20,
    region: '全国',
    year: 2020,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '5.5%左右',
    actual: null,
    verdict: null,
  },
  {
    pair: N20,
    region: '全国',
    year: 2020,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3.5%左右',
    actual: null,
    verdict: null,
  },

  {
    pair: N21,
    region: '全国',
    year: 2021,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6%以上',
    actual: '8.1%',
    verdict: 'met',
  },
  {
    pair: N21,
    region: '全国',
    year: 2021,
    indicator: '城镇新增就业',
    measure: 'level',
    // one target, stated by both pages (xinmin's 2021任务清单 writes 1100万人以上): the cell shows xinmin's wording
    target: '1100万人以上',
    actual: '1269万人',
    verdict: 'met',
  },
  {
    pair: N21,
    region: '全国',
    year: 2021,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%左右',
    actual: '5.1%',
    verdict: 'met',
  },
  {
    pair: N21,
    region: '全国',
    year: 2021,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%左右',
    actual: '0.9%',
    verdict: 'met',
  },
  {
    pair: N21,
    region: '全国',
    year: 2021,
    indicator: '粮食产量',
    measure: 'level',
    target: '1.3萬億斤以上',
    actual: '1.37万亿斤',
    verdict: 'met',
  },
  // the 2022 review page gives no 2021 energy figure
  {
    pair: N21,
    region: '全国',
    year: 2021,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3%左右',
    actual: null,
    verdict: null,
  },

  {
    pair: N22,
    region: '全国',
    year: 2022,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '5.5%左右',
    actual: '3%',
    verdict: 'not-met',
  },
  {
    pair: N22,
    region: '全国',
    year: 2022,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1100万人以上',
    actual: '1206万人',
    verdict: 'met',
  },
  // 全年控制在5.5%以内, and the year ended at 5.5%: at the ceiling, met
  {
    pair: N22,
    region: '全国',
    year: 2022,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%以内',
    actual: '5.5%',
    verdict: 'met',
  },
  {
    pair: N22,
    region: '全国',
    year: 2022,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%左右',
    actual: '2%',
    verdict: 'met',
  },
  {
    pair: N22,
    region: '全国',
    year: 2022,
    indicator: '粮食产量',
    measure: 'level',
    target: '1.3万亿斤以上',
    actual: '1.37万亿斤',
    verdict: 'met',
  },

  { pair: N23, region: '全国', year: 2023, indicator: '地区生产总值', measure: 'growth', target: '5%左右', actual: '5.2%', verdict: 'met' },
  {
    pair: N23,
    region: '全国',
    year: 2023,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1200万人左右',
    actual: '1244万人',
    verdict: 'met',
  },
  {
    pair: N23,
    region: '全国',
    year: 2023,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%左右',
    actual: '5.2%',
    verdict: 'met',
  },
  // a ceiling: prices rising 0.2% against 3%左右 meets it
  { pair: N23, region: '全国', year: 2023, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: '0.2%', verdict: 'met' },
  {
    pair: N23,
    region: '全国',
    year: 2023,
    indicator: '粮食产量',
    measure: 'level',
    target: '1.3万亿斤以上',
    actual: '1.39万亿斤',
    verdict: 'met',
  },

  { pair: N24, region: '全国', year: 2024, indicator: '地区生产总值', measure: 'growth', target: '5%左右', actual: '5%', verdict: 'met' },
  {
    pair: N24,
    region: '全国',
    year: 2024,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1200万人以上',
    actual: '1256萬人',
    verdict: 'met',
  },
  {
    pair: N24,
    region: '全国',
    year: 2024,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%左右',
    actual: '5.1%',
    verdict: 'met',
  },
  {
    pair: N24,
    region: '全国',
    year: 2024,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%左右',
    actual: '0.2%',
    verdict: 'met',
  },
  {
    pair: N24,
    region: '全国',
    year: 2024,
    indicator: '粮食产量',
    measure: 'level',
    target: '1.3万亿斤以上',
    actual: '1.4萬億斤',
    verdict: 'met',
  },
  // the 2025 review pages give no 2024 energy figure: no result to pair
  {
    pair: N24,
    region: '全国',
    year: 2024,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '2.5%左右',
    actual: null,
    verdict: null,
  },

  { pair: GD, region: '广东省', year: 2024, indicator: '地区生产总值', measure: 'growth', target: '5%', actual: null, verdict: null },
  {
    pair: GD,
    region: '广东省',
    year: 2024,
    indicator: '进出口总额',
    measure: 'growth',
    target: '1%',
    actual: '9.8%',
    verdict: 'met',
  },
  {
    pair: GD,
    region: '广东省',
    year: 2024,
    indicator: '规模以上工业增加值',
    measure: 'growth',
    target: '5%',
    actual: '4.2%',
    verdict: 'not-met',
  },
  {
    pair: GD,
    region: '广东省',
    year: 2024,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%左右',
    actual: '5%',
    verdict: 'met',
  },
  {
    pair: GD,
    region: '广东省',
    year: 2024,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '110万人以上',
    actual: '超143万人',
    verdict: 'met',
  },
  { pair: GD, region: '广东省', year: 2024, indicator: '全社会固定资产投资', measure: 'growth', target: '4%', actual: null, verdict: null },
  { pair: GD, region: '广东省', year: 2024, indicator: '社会消费品零售总额', measure: 'growth', target: '6%', actual: null, verdict: null },
  { pair: GD, region: '广东省', year: 2024, indicator: '一般公共预算收入', measure: 'growth', target: '3%', actual: null, verdict: null },
  { pair: GD, region: '广东省', year: 2024, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },

  {
    pair: JS,
    region: '江苏省',
    year: 2024,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '5% 以上',
    actual: '5.8%',
    verdict: 'met',
  },
  {
    pair: JS,
    region: '江苏省',
    year: 2024,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '120 万人以上',
    actual: '143.02万人',
    verdict: 'met',
  },
  {
    pair: JS,
    region: '江苏省',
    year: 2024,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5% 左右',
    actual: '4.5%',
    verdict: 'met',
  },
  {
    pair: JS,
    region: '江苏省',
    year: 2024,
    indicator: '一般公共预算收入',
    measure: 'growth',
    target: '4% 左右',
    actual: null,
    verdict: null,
  },
  {
    pair: JS,
    region: '江苏省',
    year: 2024,
    indicator: '社会消费品零售总额',
    measure: 'growth',
    target: '5.5% 左右',
    actual: null,
    verdict: null,
  },
  { pair: JS, region: '江苏省', year: 2024, indicator: '居民消费价格', measure: 'growth', target: '3% 左右', actual: null, verdict: null },

  // 6%左右 is met from 5.5% (pairing.ts: whole-point targets round at ±0.5 pp); 5.7% meets it
  {
    pair: SC,
    region: '四川省',
    year: 2024,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6%左右',
    actual: '5.7%',
    verdict: 'met',
  },
  {
    pair: SC,
    region: '四川省',
    year: 2024,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '85万人',
    actual: '106万人',
    verdict: 'met',
  },
  {
    pair: SC,
    region: '四川省',
    year: 2024,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%左右',
    actual: '5.3%',
    verdict: 'met',
  },
  {
    pair: SC,
    region: '四川省',
    year: 2024,
    indicator: '粮食产量',
    measure: 'level',
    target: '715亿斤以上',
    actual: '726.8亿斤',
    verdict: 'met',
  },
  { pair: SC, region: '四川省', year: 2024, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },
];

const built = compareFiles(FILES);

function cellOf(p: Pair): Cell | undefined {
  const row = built.table.rows.find((r) => r.indicatorKey === p.indicator && r.measure === p.measure);
  const col = built.table.columns.find((c) => c.region === p.region && c.year === p.year && c.yearFrom === undefined);
  return row && col ? row.cells.get(col.key) : undefined;
}

const textsOf = (ids: string[][]): string[] => ids.map((list) => built.byId.get(list[0])?.text ?? '?');

/** what the cell holds, for the assertion and the printout */
function read(p: Pair) {
  const cell = cellOf(p);
  return {
    targets: cell ? textsOf(cell.targets.map((e) => e.clipIds)) : [],
    actuals: cell ? textsOf(cell.actuals.map((e) => e.clipIds)) : [],
    verdict: cell?.judgement?.verdict ?? null,
  };
}

/** the cells of the target's row and region that hold its target and were judged, though not against its stated result */
function wrongJudgements(p: Pair): string[] {
  const row = built.table.rows.find((r) => r.indicatorKey === p.indicator && r.measure === p.measure);
  if (!row) return [];
  return built.table.columns.flatMap((c) => {
    const cell = row.cells.get(c.key);
    const ours = cell?.targets.some((e) =>
      e.clipIds.some((id) => built.byId.get(id)?.text === p.target && TARGETS_IN[p.pair].includes(basename(built.fileOf.get(id) ?? ''))),
    );
    if (c.region !== p.region || !cell?.judgement || !ours) return [];
    const right = c.year === p.year && p.actual !== null && textsOf(cell.actuals.map((e) => e.clipIds)).join() === p.actual;
    return right
      ? []
      : [`${c.year ?? 'no year'}: against ${textsOf(cell.actuals.map((e) => e.clipIds)).join(' / ')} → ${cell.judgement.verdict}`];
  });
}

/** the stated result is in the target's cell, alone, beside the target alone, judged right */
const paired = (p: Pair): boolean => {
  const got = read(p);
  return (
    got.targets.length === 1 &&
    got.targets[0] === p.target &&
    got.actuals.length === 1 &&
    got.actuals[0] === p.actual &&
    got.verdict === p.verdict
  );
};

describe('real targets paired with their real results (tests/fixtures/report-pairs)', () => {
  for (const p of PAIRS.filter((x) => x.actual !== null)) {
    const name = `${p.pair}: ${p.indicator} ${p.measure} ${p.year} — ${p.target} vs ${p.actual} → ${p.verdict}`;
    const check = () => expect(read(p)).toEqual({ targets: [p.target], actuals: [p.actual], verdict: p.verdict });
    if (p.miss) it.fails(`${name} (known miss: ${p.miss})`, check);
    else it(name, check);
  }

  it('every target of the lists but the lost is clipped as a target, in some cell of its region, under its indicator', () => {
    // wherever its year went, each target figure is in the table under its indicator and region,
    // but for those marked lost (read as results, or keyed otherwise: see their rows)
    const missing = PAIRS.filter(
      (p) =>
        ![...built.byId.values()].some(
          (c) =>
            c.kind === 'target' &&
            c.text === p.target &&
            c.indicatorKey === p.indicator &&
            c.measure === p.measure &&
            c.region === p.region &&
            TARGETS_IN[p.pair].includes(basename(built.fileOf.get(c.id) ?? '')),
        ),
    );
    expect(missing.map((p) => `${p.pair} ${p.indicator} ${p.target}`)).toEqual(
      PAIRS.filter((p) => p.lost).map((p) => `${p.pair} ${p.indicator} ${p.target}`),
    );
  });

  it('pairing rate: headline targets of year N whose stated result lands in their cell, judged right', () => {
    const stated = PAIRS.filter((p) => p.actual !== null);
    const ok = stated.filter(paired);
    // a target judged against a figure that is not its year's stated result: in its own cell (a
    // misread figure) or wherever else its year put it (a yearless column mixing two years)
    const falsePairs = PAIRS.flatMap((p) => wrongJudgements(p).map((w) => ({ p, w })));
    const rate = ok.length / stated.length;
    const lines = [
      `pairing rate ${ok.length}/${stated.length} = ${(rate * 100).toFixed(0)}%  (targets with no stated result next year: ${PAIRS.length - stated.length}; judged against a figure that is not their result: ${falsePairs.length})`,
      ...stated.filter((p) => !paired(p)).map((p) => `  miss ${p.pair} ${p.indicator} ${p.year}: cell has ${JSON.stringify(read(p))}`),
      ...falsePairs.map(({ p, w }) => `  wrong judgement: ${p.pair} ${p.indicator} target ${p.target} judged in column ${w}`),
    ];
    console.log(lines.join('\n'));
    // the rows marked `miss` are exactly the ones that do not pair
    expect(stated.filter((p) => !paired(p)).map((p) => `${p.pair} ${p.indicator}`)).toEqual(
      stated.filter((p) => p.miss).map((p) => `${p.pair} ${p.indicator}`),
    );
    expect(ok.length).toBeGreaterThanOrEqual(37);
    expect(falsePairs).toEqual([]);
  });

  it('the CLI records (cellRecords) carry the same pairs', () => {
    const records = cellRecords(built.table, (id) => {
      const c = built.byId.get(id);
      return c && { text: c.text, value: c.value, valueMax: c.valueMax, unit: c.unit, qualifier: c.qualifier, file: built.fileOf.get(id)! };
    });
    for (const p of PAIRS.filter((x) => x.actual !== null && !x.miss)) {
      const r = records.find(
        (x) =>
          x.indicator === p.indicator && x.measure === p.measure && x.region === p.region && x.year === p.year && x.yearFrom === undefined,
      );
      expect({ target: r?.target?.text, actual: r?.actual?.text, verdict: r?.verdict }).toEqual({
        target: p.target,
        actual: p.actual,
        verdict: p.verdict,
      });
    }
  });
});
