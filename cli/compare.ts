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
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { detect } from '../lib/detect/detect';
import { extract } from '../lib/extract/index';
import { clipDraft } from '../lib/clip/draft';
import { clipFromDraft } from '../lib/clip/make';
import type { Clip } from '../lib/clip/clip';
import { buildTable } from '../lib/compare/table';
import { cellRecords, wideTable, type CellClip } from '../lib/compare/cells';
import { toCsv } from '../lib/text/csv';
import { wideWords } from '../lib/words';
import { InputError, endQuietlyOnClosedPipe, readInput } from './input';

endQuietlyOnClosedPipe();

const args = process.argv.slice(2).filter((a) => a !== '--');
const format = args.includes('--csv') ? 'csv' : args.includes('--json') ? 'json' : 'table';
const files = args.filter((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && a !== '--csv' && a !== '--json');
if (!files.length || unknown.length) {
  if (unknown.length) console.error(`report-lens compare: unknown option ${unknown.join(' ')}`);
  console.error('usage: npm run --silent compare -- [--json|--csv] FILE...   (.txt or .html)');
  process.exit(2);
}

const clips: Clip[] = [];
const fileOf = new Map<string, string>();
let failed = 0;
files.forEach((file, i) => {
  try {
    const input = readInput(file);
    const detection = detect(input.text, { title: input.title, heading: input.heading });
    if (!detection.isReport)
      console.error(`report-lens compare: ${file}: not taken for a report (score ${detection.score}); compared all the same`);
    const url = pathToFileURL(resolve(file)).href;
    for (const m of extract(input.text, { title: input.title, meta: detection })) {
      const clip = clipFromDraft(clipDraft(m, input.text, detection, { url, title: input.title }), i);
      if (fileOf.has(clip.id)) continue;
      fileOf.set(clip.id, file);
      clips.push(clip);
    }
  } catch (e) {
    failed++;
    console.error(`report-lens compare: ${e instanceof InputError ? e.message : `${file}: ${(e as Error).stack ?? e}`}`);
  }
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
