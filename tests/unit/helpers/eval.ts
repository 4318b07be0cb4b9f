// The shared evaluation sets (../shared/eval, format in its README) read, rewritten and scored with
// the shared scorer, running the real CLI the way the hidden sets are scored.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { spanOf, type Noise } from './noise';
import type { Rng } from './rng';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const SHARED = resolve(ROOT, '../shared');
export const DEV = join(SHARED, 'eval/dev');
export const SCORER = join(SHARED, 'eval/score.mjs');
export const DETECT_SCORER = join(SHARED, 'eval/detect-score.mjs');
export const DETECT_DEV = join(SHARED, 'eval/detect-dev');
export const FIXTURE_PAGES = join(SHARED, 'fixtures/pages');
/** the command the issue scores with; score.mjs appends the doc's path */
export const EXTRACT_JSON = 'npm run --silent extract -- --json';
/** the same CLI without npm's start-up, for sets scored many times over */
export const EXTRACT_JSON_DIRECT = 'node_modules/.bin/tsx cli/extract.ts --json';

export interface GoldRow {
  doc: string;
  scope: number;
  text: string;
  occurrence?: number;
  [field: string]: unknown;
}

export interface ScopeRow {
  doc: string;
  scope: number;
  text: string;
}

export interface EvalSet {
  docs: Map<string, string>;
  gold: GoldRow[];
  scopes: ScopeRow[];
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

export function readSet(dir: string): EvalSet {
  const docs = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'docs'))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    docs.set(basename(f, '.txt'), readFileSync(join(dir, 'docs', f), 'utf8'));
  }
  return { docs, gold: readJsonl<GoldRow>(join(dir, 'gold.jsonl')), scopes: readJsonl<ScopeRow>(join(dir, 'scopes.jsonl')) };
}

export function writeSet(dir: string, set: EvalSet): void {
  mkdirSync(join(dir, 'docs'), { recursive: true });
  for (const [id, text] of set.docs) writeFileSync(join(dir, 'docs', `${id}.txt`), text);
  const jsonl = (rows: object[]) => `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
  writeFileSync(join(dir, 'gold.jsonl'), jsonl(set.gold));
  writeFileSync(join(dir, 'scopes.jsonl'), jsonl(set.scopes));
}

/** where the n-th (1-based) occurrence of `needle` starts, as score.mjs finds it, or -1 */
export function nthIndex(hay: string, needle: string, n = 1): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** the occurrence number (1-based) of the `needle` that starts at `at` */
export function occurrenceAt(hay: string, needle: string, at: number): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0 && i <= at; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * The set with `noise` applied to every doc, its gold spans and scopes moved with the text: each
 * span is mapped through the rewrite and its new surface and occurrence written down, so that the
 * scorer finds exactly the span the annotator marked. Throws when a span cannot be followed.
 */
export function noisySet(set: EvalSet, noise: Noise, rngFor: (doc: string) => Rng): EvalSet {
  const docs = new Map<string, string>();
  const gold: GoldRow[] = [];
  const scopes: ScopeRow[] = [];
  for (const [id, text] of set.docs) {
    const out = noise(text, rngFor(id));
    docs.set(id, out.text);
    for (const s of set.scopes.filter((s) => s.doc === id)) {
      const at = text.indexOf(s.text);
      if (at < 0) throw new Error(`scope ${s.scope} of ${id} is not in the doc`);
      const [a, b] = spanOf(out, at, at + s.text.length);
      const moved = out.text.slice(a, b);
      if (out.text.indexOf(moved) !== a) throw new Error(`scope ${s.scope} of ${id} is no longer found first at its place`);
      scopes.push({ ...s, text: moved });
    }
    for (const g of set.gold.filter((g) => g.doc === id)) {
      const at = nthIndex(text, g.text, g.occurrence ?? 1);
      if (at < 0) throw new Error(`gold ${g.text} of ${id} is not in the doc`);
      const [a, b] = spanOf(out, at, at + g.text.length);
      const moved = out.text.slice(a, b);
      gold.push({ ...g, text: moved, occurrence: occurrenceAt(out.text, moved, a) });
    }
  }
  return { docs, gold, scopes };
}

export interface Level {
  tp: number;
  gold: number;
  pred: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  summary: { span: Level; value: Level; full: Level };
  fieldMiss: Record<string, number>;
  perDoc: unknown[];
}

const run = promisify(execFile);

/** score.mjs --json on a set, with the CLI run from the project's root */
export async function score(setDir: string, cmd = EXTRACT_JSON, extra: string[] = []): Promise<Score> {
  const { stdout } = await run(process.execPath, [SCORER, '--set', setDir, '--cmd', cmd, '--json', ...extra], {
    cwd: ROOT,
    maxBuffer: 1 << 26,
  });
  return JSON.parse(stdout) as Score;
}
