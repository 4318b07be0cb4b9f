// The harness of the real-pairs tests (compare-real, compare-heldout): the comparison built over
// real texts the way `npm run compare` builds it (cli/compare.ts: read, detect, extract, clip,
// table), and the checks that year N's targets meet year N+1's stated results in one cell, judged
// right. Each test file holds its texts and its pairs, read by hand from the texts.
//
// A pair with `miss` is one the code gets wrong today, with the cause; it runs as `it.fails`, so it
// turns red the day the pairing comes right (then drop its `miss`). The pairing rate (targets whose
// stated result lands in their cell, judged right) is printed and held at a floor.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../lib/clip/clip';
import { buildTable, type Cell, type ComparisonTable } from '../../../lib/compare/table';
import { cellRecords } from '../../../lib/compare/cells';
import { jointParts } from '../../../lib/compare/indicator-key';
import type { Verdict } from '../../../lib/compare/pairing';
import type { Measure } from '../../../lib/model/mention';
import { clipFiles } from '../../../cli/clips';

export interface Pair {
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

const withoutReadings = (text: string): string => text.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/gi, '');

/** names pairs and records which files (base names) state each pair's targets */
export function pairNames() {
  const targetsIn: Record<string, string[]> = {};
  const pairOf = (name: string, ...targetFiles: string[]): string => {
    targetsIn[name] = targetFiles;
    return name;
  };
  return { targetsIn, pairOf };
}

/** the comparison of the files, from their clips as `npm run compare` makes them */
function compareFiles(files: string[]): { table: ComparisonTable; byId: Map<string, Clip>; fileOf: Map<string, string> } {
  const { clips, fileOf } = clipFiles(files);
  return { table: buildTable(clips), byId: new Map(clips.map((c) => [c.id, c])), fileOf };
}

export interface PairsSuite {
  title: string;
  files: string[];
  pairs: Pair[];
  targetsIn: Record<string, string[]>;
  /** the pairing rate held: at least this many stated pairs paired */
  floor: number;
  /** judgements counted false today (`pair indicator target → column: …` as printed), each with its cause where listed */
  knownFalse?: string[];
}

/** the tests of one set of real pairs: each stated pair, every target clipped, the rate, the CLI records */
export function describePairs({ title, files, pairs, targetsIn, floor, knownFalse = [] }: PairsSuite): void {
  const built = compareFiles(files);

  const rowOf = (p: Pair) => built.table.rows.find((r) => r.indicatorKey === p.indicator && r.measure === p.measure);

  function cellOf(p: Pair): Cell | undefined {
    const row = rowOf(p);
    const col = built.table.columns.find((c) => c.region === p.region && c.year === p.year && c.yearFrom === undefined);
    return row && col ? row.cells.get(col.key) : undefined;
  }

  // a figure as written, but for a page's pinyin readings (1200萬(wàn)人以上): pages restating one target differ in them
  const textsOf = (ids: string[][]): string[] => ids.map((list) => withoutReadings(built.byId.get(list[0])?.text ?? '?'));

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
    const row = rowOf(p);
    if (!row) return [];
    return built.table.columns.flatMap((c) => {
      const cell = row.cells.get(c.key);
      const ours = cell?.targets.some((e) =>
        e.clipIds.some((id) => built.byId.get(id)?.text === p.target && targetsIn[p.pair].includes(basename(built.fileOf.get(id) ?? ''))),
      );
      if (c.region !== p.region || !cell?.judgement || !ours) return [];
      const right =
        c.year === p.year && p.actual !== null && textsOf(cell.actuals.map((e) => e.clipIds)).join() === withoutReadings(p.actual);
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
      got.targets[0] === withoutReadings(p.target) &&
      got.actuals.length === 1 &&
      got.actuals[0] === (p.actual && withoutReadings(p.actual)) &&
      got.verdict === p.verdict
    );
  };

  describe(title, () => {
    for (const p of pairs.filter((x) => x.actual !== null)) {
      const name = `${p.pair}: ${p.indicator} ${p.measure} ${p.year} — ${p.target} vs ${p.actual} → ${p.verdict}`;
      const check = () =>
        expect(read(p)).toEqual({
          targets: [withoutReadings(p.target)],
          actuals: [p.actual && withoutReadings(p.actual)],
          verdict: p.verdict,
        });
      if (p.miss) it.fails(`${name} (known miss: ${p.miss})`, check);
      else it(name, check);
    }

    it('every target of the lists but the lost is clipped as a target, in some cell of its region, under its indicator', () => {
      // wherever its year went, each target figure is in the table under its indicator and region,
      // but for those marked lost (read as results, or keyed otherwise: see their rows)
      const missing = pairs.filter(
        (p) =>
          ![...built.byId.values()].some(
            (c) =>
              c.kind === 'target' &&
              c.text === p.target &&
              (c.indicatorKey === p.indicator || jointParts(c.indicatorKey, c.measure)?.includes(p.indicator)) &&
              c.measure === p.measure &&
              c.region === p.region &&
              targetsIn[p.pair].includes(basename(built.fileOf.get(c.id) ?? '')),
          ),
      );
      expect(missing.map((p) => `${p.pair} ${p.indicator} ${p.target}`)).toEqual(
        pairs.filter((p) => p.lost).map((p) => `${p.pair} ${p.indicator} ${p.target}`),
      );
    });

    it('pairing rate: headline targets of year N whose stated result lands in their cell, judged right', () => {
      const stated = pairs.filter((p) => p.actual !== null);
      const ok = stated.filter(paired);
      // a target judged against a figure that is not its year's stated result: in its own cell (a
      // misread figure) or wherever else its year put it (a yearless column mixing two years)
      const falsePairs = pairs.flatMap((p) => wrongJudgements(p).map((w) => ({ p, w })));
      const rate = ok.length / stated.length;
      const lines = [
        `${title}: pairing rate ${ok.length}/${stated.length} = ${(rate * 100).toFixed(0)}%  (targets with no stated result next year: ${pairs.length - stated.length}; judged against a figure that is not their result: ${falsePairs.length})`,
        ...stated.filter((p) => !paired(p)).map((p) => `  miss ${p.pair} ${p.indicator} ${p.year}: cell has ${JSON.stringify(read(p))}`),
        ...falsePairs.map(({ p, w }) => `  wrong judgement: ${p.pair} ${p.indicator} target ${p.target} judged in column ${w}`),
      ];
      console.log(lines.join('\n'));
      // the rows marked `miss` are exactly the ones that do not pair
      expect(stated.filter((p) => !paired(p)).map((p) => `${p.pair} ${p.indicator}`)).toEqual(
        stated.filter((p) => p.miss).map((p) => `${p.pair} ${p.indicator}`),
      );
      expect(ok.length).toBeGreaterThanOrEqual(floor);
      expect(falsePairs.map(({ p, w }) => `${p.pair} ${p.indicator} ${p.target} → ${w}`)).toEqual(knownFalse);
    });

    it('the CLI records (cellRecords) carry the same pairs', () => {
      const records = cellRecords(built.table, (id) => {
        const c = built.byId.get(id);
        return (
          c && { text: c.text, value: c.value, valueMax: c.valueMax, unit: c.unit, qualifier: c.qualifier, file: built.fileOf.get(id)! }
        );
      });
      for (const p of pairs.filter((x) => x.actual !== null && !x.miss)) {
        const r = records.find(
          (x) =>
            x.indicator === p.indicator &&
            x.measure === p.measure &&
            x.region === p.region &&
            x.year === p.year &&
            x.yearFrom === undefined,
        );
        const text = (t: string | null | undefined) => t && withoutReadings(t);
        expect({ target: text(r?.target?.text), actual: text(r?.actual?.text), verdict: r?.verdict }).toEqual({
          target: text(p.target),
          actual: text(p.actual),
          verdict: p.verdict,
        });
      }
    });
  });
}
