// npm run --silent compare -- [--json|--csv] FILE...
// Reads report files (.txt/.html, as extract does), clips every figure the way the extension would
// (detection and extraction as the background runs them, the content script's draft), and prints the
// comparison the popup and dashboard build from them:
//   (no flag)  a readable table: a line per cell
//   --json     one JSON object per line per cell: {indicator, measure, unit, region, year, [yearFrom],
//              target, actual, verdict}; target and actual are null or {text, value, [valueMax], unit,
//              qualifier, file}; verdict is met | not-met | unclear | null
//   --csv      the wide table a reader sees (a column per region and year), Chinese headers, figures as
//              written, UTF-8 with BOM — the same table the dashboard exports
import { buildTable } from '../lib/compare/table';
import { cellRecords, wideTable, type CellClip } from '../lib/compare/cells';
import { toCsv } from '../lib/text/csv';
import { wideWords } from '../lib/words';
import { InputError, endQuietlyOnClosedPipe, formatAndFiles } from './input';
import { clipFiles } from './clips';

endQuietlyOnClosedPipe();

const { format, files } = formatAndFiles('compare');

let failed = 0;
const { clips, fileOf } = clipFiles(files, {
  error: (file, e) => {
    failed++;
    console.error(`report-lens compare: ${e instanceof InputError ? e.message : `${file}: ${(e as Error).stack ?? e}`}`);
  },
  notReport: (file, score) => console.error(`report-lens compare: ${file}: not taken for a report (score ${score}); compared all the same`),
});

const byId = new Map(clips.map((c) => [c.id, c]));
const clipOf = (id: string): CellClip | undefined => {
  const c = byId.get(id);
  return c && { text: c.text, value: c.value, valueMax: c.valueMax, unit: c.unit, qualifier: c.qualifier, file: fileOf.get(id)! };
};
const table = buildTable(clips);
const out = (s: string) => process.stdout.write(s);
if (format === 'csv') {
  const [head, ...rows] = wideTable(table, clipOf, wideWords('zh'));
  out(
    toCsv(
      head,
      rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]]))),
    ),
  );
} else {
  for (const r of cellRecords(table, clipOf)) {
    if (format === 'json') out(`${JSON.stringify(r)}\n`);
    else {
      const years = r.yearFrom !== undefined ? `${r.yearFrom}-${r.year}` : String(r.year ?? '----');
      const fig = (f: typeof r.target) => (f ? f.text : '—');
      out(
        `${r.indicator}  ${r.measure}  ${r.region ?? '?'}  ${years}  target ${fig(r.target)}  actual ${fig(r.actual)}  ${r.verdict ?? ''}\n`,
      );
    }
  }
}
process.exitCode = failed ? 1 : 0;
