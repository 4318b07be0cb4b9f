// Real pages kept in the fixtures, as stored (pinyin readings, run-together lines, site furniture and all):
// tests/fixtures/report-pairs (news and reposts of reports), tests/fixtures/detect-corpus, tests/fixtures/judged/pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './eval';

/** lines [from, to) of a page of tests/fixtures/report-pairs/texts */
export const pageLines = (file: string, to: number, from = 0): string =>
  readFileSync(join(ROOT, 'tests/fixtures/report-pairs/texts', file), 'utf8')
    .split('\n')
    .slice(from, to)
    .join('\n');

/** folders of real pages with a manifest.jsonl (file, title, url) */
const FOLDERS = {
  'detect-corpus': join(ROOT, 'tests/fixtures/detect-corpus'),
  'judged-pages': join(ROOT, 'tests/fixtures/judged/pages'),
} as const;

/**
 * A page of a folder of real pages (its file as the manifest names it) from its start to the end of the
 * first place that says `upTo`, with the page title the manifest gives: a mention read in its whole context.
 */
export function pageUpTo(folder: keyof typeof FOLDERS, file: string, upTo: string): { input: string; title: string } {
  const dir = FOLDERS[folder];
  const text = readFileSync(join(dir, file), 'utf8');
  const at = text.indexOf(upTo);
  if (at < 0) throw new Error(`${file} does not say ${upTo}`);
  const entry = readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { file: string; title: string })
    .find((r) => r.file === file);
  return { input: text.slice(0, at + upTo.length), title: entry?.title ?? '' };
}

/** a page of tests/fixtures/detect-corpus (its file under texts/) up to `upTo` */
export const corpusPageUpTo = (file: string, upTo: string) => pageUpTo('detect-corpus', `texts/${file}`, upTo);

/** a real text (a path from the repository's root) from its start to the end of the first place that says `upTo` */
export function textUpTo(path: string, upTo: string): string {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const at = text.indexOf(upTo);
  if (at < 0) throw new Error(`${path} does not say ${upTo}`);
  return text.slice(0, at + upTo.length);
}

/** the sentence of a real text (a path from the repository's root) that holds `phrase` */
export function sentenceOf(path: string, phrase: string): string {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`${path} does not say ${phrase}`);
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
  const end = text.indexOf('。', at);
  return text.slice(start, end < 0 ? text.length : end + 1);
}

/** the passage of a real text from the first place that says `from` to the end of the first `to` after it */
export function passage(path: string, from: string, to: string): string {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const at = text.indexOf(from);
  const end = text.indexOf(to, at);
  if (at < 0 || end < 0) throw new Error(`${path} does not say ${from}…${to}`);
  return text.slice(at, end + to.length);
}
