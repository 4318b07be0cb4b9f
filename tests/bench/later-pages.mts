// Later pages of real reports, read as a repost's page 2 would be: every whole work report of the fixtures (the judged
// samples' pages but sample 48, real-dev, the comparison pairs', metadata's and gold sets 1–4's texts) that has a second
// part (二、…) is cut, with its title and delivery line, at a paragraph break `frac` of the way to that heading (frac ≥ 1:
// just after it, a page that opens on the plans), and the rest is read alone. Its mentions' kinds and periods are counted
// against those the whole report gets at the same place.
//   npx tsx tests/bench/later-pages.mts ENGINE_ROOT FRAC [-v]     (run from a worktree's root; ENGINE_ROOT: a tree whose
//   lib/ reads the pages, to compare a base with a change)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Mention } from '../../lib/model/mention';

const root = resolve(process.argv[2] ?? '.');
const frac = Number(process.argv[3] ?? 0.3);
const verbose = process.argv.includes('-v');
const { extractWithMeta } = await import(join(root, 'lib/extract/index.ts'));
const { corpusReports } = await import(resolve('tests/fixtures/judged/score.ts'));
const src = readFileSync('tests/fixtures/judged/score.ts', 'utf8');
// (sample 48's pages are held back)
const corpora = [...src.matchAll(/^\s+'?([\w-]+)'?: join\(HERE/gm)].map((m) => m[1]).filter((c) => c !== 'pages48');
const docs: Array<{ id: string; text: string; title?: string }> = [];
for (const c of corpora) for (const d of corpusReports(c)) docs.push({ id: `${c}/${d.doc}`, text: d.text, title: d.title });
const texts = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
const REAL_DEV = '../shared/eval/real-dev/reports';
for (const f of texts(REAL_DEV)) docs.push({ id: `real-dev/${f}`, text: readFileSync(join(REAL_DEV, f), 'utf8') });
for (const dir of [
  'report-pairs/texts',
  'metadata/texts',
  'gold-heldout/docs',
  'gold-heldout2/docs',
  'gold-heldout3/docs',
  'gold-heldout4/docs',
]) {
  const D = join('tests/fixtures', dir);
  for (const f of texts(D)) docs.push({ id: `${dir}/${f}`, text: readFileSync(join(D, f), 'utf8') });
}

let pages = 0;
let undated = 0;
let kinds = 0;
let kindsRight = 0;
let periods = 0;
let periodsRight = 0;
for (const d of docs) {
  const whole = extractWithMeta(d.text, { title: d.title });
  if (whole.meta.type !== 'work-report' || whole.meta.targetsYear === null || d.text.length < 3000) continue;
  // the second part's heading, after a line break or the run of ideographic spaces some pages put for one
  const second = /(?:\n|\u3000{2})[ \t\u3000]*二、/.exec(d.text);
  if (!second) continue;
  const breakAfter = (from: number) => d.text.slice(from).search(/\n|。\s*\u3000{2}|\u3000{2}/) + from;
  const at = frac >= 1 ? breakAfter(second.index + 4) : breakAfter(Math.floor(second.index * frac));
  if (at < Math.min(second.index, 1)) continue;
  const page = d.text.slice(at + 1);
  const part = extractWithMeta(page, {});
  pages++;
  if (part.meta.targetsYear === null) undated++;
  const same = new Map<number, Mention>(whole.mentions.map((m: Mention) => [m.start - at - 1, m]));
  let right = 0;
  let counted = 0;
  for (const m of part.mentions as Mention[]) {
    const w = same.get(m.start);
    if (!w) continue;
    kinds++;
    if (w.kind !== m.kind) continue;
    kindsRight++;
    counted++;
    if (w.period === m.period && w.periodFrom === m.periodFrom) right++;
  }
  periods += counted;
  periodsRight += right;
  if (verbose && right < counted)
    console.log(
      d.id,
      'read',
      part.meta.resultsYear,
      part.meta.targetsYear,
      'whole',
      whole.meta.resultsYear,
      whole.meta.targetsYear,
      `${right}/${counted}`,
    );
}
console.log(
  `pages ${pages}, undated ${undated}; kinds as the whole report's ${kindsRight}/${kinds}; periods (of those) ${periodsRight}/${periods}`,
);
