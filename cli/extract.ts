// npm run --silent extract -- [--json|--csv] FILE...
//   (no flag)  a readable table per file
//   --json     one file: the JSON array of its mentions; several: one JSON object per line {file, meta, mentions}
//   --csv      one row per mention, every file, UTF-8 with BOM (opens in Excel)
// A .txt file's offsets are into its text; an .html file's into its article's visible text.
import { extractWithMeta } from '../lib/extract/index';
import { sentenceAround } from '../lib/text/sentence';
import { toCsv } from '../lib/text/csv';
import { InputError, endQuietlyOnClosedPipe, formatAndFiles, readInput } from './input';

endQuietlyOnClosedPipe();

const { format, files } = formatAndFiles('extract');

const CSV_COLUMNS = [
  'file',
  'region',
  'year',
  'type',
  'text',
  'start',
  'end',
  'indicator',
  'measure',
  'value',
  'valueMax',
  'unit',
  'qualifier',
  'kind',
  'periodFrom',
  'period',
  'sentence',
];
const rows: Array<Record<string, unknown>> = [];
let failed = 0;
const out = (s: string) => process.stdout.write(s);

for (const file of files) {
  let result: ReturnType<typeof extractWithMeta>;
  let text: string;
  try {
    const input = readInput(file);
    text = input.text;
    result = extractWithMeta(text, { title: input.title, heading: input.heading });
  } catch (e) {
    failed++;
    console.error(`report-lens extract: ${e instanceof InputError ? e.message : `${file}: ${(e as Error).stack ?? e}`}`);
    continue;
  }
  const { mentions, meta } = result;
  if (format === 'json') {
    out(files.length === 1 ? `${JSON.stringify(mentions)}\n` : `${JSON.stringify({ file, meta, mentions })}\n`);
  } else if (format === 'csv') {
    for (const m of mentions)
      rows.push({ file, region: meta.region, year: meta.year, type: meta.type, ...m, sentence: sentenceAround(text, m.start, m.end) });
  } else {
    out(`# ${file}: ${mentions.length} mentions · ${meta.region ?? 'region ?'} · ${meta.year ?? 'year ?'} · ${meta.type ?? 'type ?'}\n`);
    for (const m of mentions) {
      const value = m.valueMax !== undefined ? `${m.value}~${m.valueMax}` : String(m.value);
      out(
        `${m.kind === 'target' ? 'TARGET' : 'ACTUAL'}  ${m.periodFrom ? `${m.periodFrom}-` : ''}${m.period ?? '----'}  ${m.indicator || '(?)'}  ${m.measure}  ${value} ${m.unit}  ${m.qualifier}   «${m.text.replace(/\s+/g, ' ')}» @${m.start}\n`,
      );
    }
  }
}
if (format === 'csv' && (rows.length || failed < files.length)) out(toCsv(CSV_COLUMNS, rows));
process.exitCode = failed ? 1 : 0;
