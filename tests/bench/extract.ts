// The engine's speed, as ratios against a baseline measured in the same run: a single-regex scan of
// the same text (what any tagger must at least do) — goal: extraction within 30× of it — and the
// growth of the cost from 1 M to 2 M characters (linear: 2×). Detection on a 2 M-character page too,
// and the CLI on a 4 MB file against the same extraction in process, warm (goal: within 2×) and cold (a
// fresh process's first call, which no one-shot process can beat).
//   npx tsx tests/bench/run.ts extract
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { basename, join, resolve } from 'node:path';
import { detect } from '../../lib/detect/detect';
import { extract, extractWithMeta } from '../../lib/extract/index';
import { normalize } from '../../lib/text/normalize';
import { UNIT_AT } from '../../lib/extract/units';
import { report, type Row } from './report';

const DEV = resolve(import.meta.dirname, '../../../shared/eval/dev/docs');
const MB = 1 << 20;

/**
 * The baseline: one regex over the text, counting figures — a number with the engine's own unit
 * lexicon (magnitudes, per-units) and the common qualifier words, as a regex-only tagger would scan.
 */
const FIGURE = new RegExp(`(?:约|近|超过?|突破|逾)?\\d+(?:\\.\\d+)?(?:${UNIT_AT.source})(?:左右|以上|以内|以下)?`, 'g');
function scan(text: string): number {
  let n = 0;
  FIGURE.lastIndex = 0;
  while (FIGURE.exec(text)) n++;
  return n;
}

/**
 * The median time of one call of `fn`, in ms: calls are batched so that each of the `samples`
 * samples lasts at least `minMs` (a 6 K-character doc takes well under a millisecond), after warm-up.
 */
function timeOf(fn: () => unknown, samples = 7, minMs = 40): number {
  let batch = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    const dt = performance.now() - t;
    if (dt >= minMs) break;
    batch *= dt < minMs / 10 ? 10 : 2;
  }
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push((performance.now() - t) / batch);
  }
  return times.sort((a, b) => a - b)[Math.floor(samples / 2)];
}

/** text of `n` UTF-16 units: the dev docs over and over */
function sized(source: string, n: number): string {
  return source.repeat(Math.ceil(n / source.length)).slice(0, n);
}

const mcps = (chars: number, ms: number) => chars / ms / 1000; // M chars/s

function versusScan(name: string, text: string): Row[] {
  const tScan = timeOf(() => scan(text));
  const tExtract = timeOf(() => extract(text));
  return [
    {
      name: `extract ${name} (${text.length} chars)`,
      value: tExtract,
      unit: 'ms',
      baseline: { name: 'regex scan', value: tScan },
      goal: '≤ 30×',
    },
    {
      name: `  extraction throughput (regex scan: ${mcps(text.length, tScan).toFixed(0)})`,
      value: mcps(text.length, tExtract),
      unit: 'M chars/s',
    },
  ];
}

export default async function run(): Promise<void> {
  const docs = readdirSync(DEV)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: basename(f, '.txt'), text: readFileSync(join(DEV, f), 'utf8') }));
  const all = docs.map((d) => d.text).join('\n\n');
  const oneMb = sized(all, MB);
  const twoMb = sized(all, 2 * MB);

  // warm up: the engine's tables (traditional → simplified) and the JIT
  for (let i = 0; i < 3; i++) extract(oneMb);
  console.log(`${scan(twoMb)} regex figures and ${extract(twoMb).length} mentions in the ${twoMb.length}-char text`);

  report(docs.flatMap((d) => versusScan(d.name, d.text)));
  report(versusScan('dev docs ×N', twoMb));

  // linear growth: 1 M → 2 M characters
  const t1 = timeOf(() => extract(oneMb), 9, 0);
  const t2 = timeOf(() => extract(twoMb), 9, 0);
  report([
    { name: `extract ${oneMb.length} chars`, value: t1, unit: 'ms' },
    {
      name: `extract ${twoMb.length} chars`,
      value: t2,
      unit: 'ms',
      baseline: { name: `${oneMb.length} chars`, value: t1 },
      goal: '≈ 2× (linear)',
    },
  ]);

  // where the time goes, and detection on a big page
  const tScan = timeOf(() => scan(twoMb), 5, 0);
  report([
    {
      name: `normalize ${twoMb.length} chars`,
      value: timeOf(() => normalize(twoMb), 5, 0),
      unit: 'ms',
      baseline: { name: 'regex scan', value: tScan },
    },
    {
      name: `detect a ${twoMb.length}-char page`,
      value: timeOf(() => detect(twoMb), 5, 0),
      unit: 'ms',
      baseline: { name: 'regex scan', value: tScan },
    },
  ]);

  // the CLI keeps pace with the engine: `extract --json` on 4 MB of report text (a whole process:
  // start-up, reading, extraction, JSON out) against extraction of the same text in this process
  const file = join(mkdtempSync(join(tmpdir(), 'rl-bench-')), 'reports-4mb.txt');
  const four = Buffer.from(sized(realReports(), 4 * MB))
    .subarray(0, 4_000_000)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  writeFileSync(file, four);
  const warm = timeOf(() => extractWithMeta(four), 3, 0);
  // the command `npm run extract` runs (package.json), spawned directly: start-up, reading, extraction,
  // JSON out; against the first extraction in a fresh process (V8 interprets the engine before it
  // optimises it: the least any one-shot process pays besides node's own start), npm run itself and
  // node alone. Run in turns, so that a busy machine weighs on each alike; medians of 5.
  const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.extract.split(' ') as string[];
  const runs = { cli: [] as number[], cold: [] as number[], npmRun: [] as number[], nodeStart: [] as number[] };
  for (let i = 0; i < 5; i++) {
    runs.cli.push(wallTime([process.execPath, ...script.slice(1), '--json', file]));
    runs.cold.push(Number(stdoutOf([process.execPath, '--import', 'tsx', import.meta.filename, '--cold', file])));
    runs.npmRun.push(wallTime(['npm', 'run', '--silent', 'extract', '--', '--json', file]));
    runs.nodeStart.push(wallTime([process.execPath, '-e', '0']));
  }
  const [cli, cold, npmRun, nodeStart] = [runs.cli, runs.cold, runs.npmRun, runs.nodeStart].map(median);
  const name = `extract --json CLI, 4 MB file (${four.length} chars)`;
  console.log(`the CLI as \`npm run extract\` runs it: ${script.join(' ')}`);
  report([
    { name, value: cli, unit: 'ms', baseline: { name: 'in-process extraction, warm', value: warm }, goal: '≤ 2×' },
    { name: '  the same CLI run', value: cli, unit: 'ms', baseline: { name: 'in-process extraction, cold', value: cold } },
    {
      name: '  npm run --silent extract (npm starting too)',
      value: npmRun,
      unit: 'ms',
      baseline: { name: 'in-process, warm', value: warm },
    },
    { name: '  node starting alone (node -e 0)', value: nodeStart, unit: 'ms' },
  ]);
}

/** a command's stdout; throws with its stderr if it fails */
function stdoutOf([cmd, ...args]: string[]): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** the wall time of one run of a command, in ms */
function wallTime(command: string[]): number {
  const t = performance.now();
  stdoutOf(command);
  return performance.now() - t;
}

const ROOT = resolve(import.meta.dirname, '../..');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** the 31 real provincial reports of ../shared/eval/real-dev, one after another */
function realReports(): string {
  const dir = resolve(ROOT, '../shared/eval/real-dev/reports');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
}

// `node --import tsx tests/bench/extract.ts --cold FILE`: prints the ms of this process's first extraction of FILE
if (process.argv[1] === import.meta.filename && process.argv[2] === '--cold') {
  const text = readFileSync(process.argv[3], 'utf8');
  const t = performance.now();
  extractWithMeta(text);
  console.log(performance.now() - t);
}
