// Real pages kept in the fixtures, as stored (pinyin readings, run-together lines, site furniture and all):
// tests/fixtures/report-pairs (news and reposts of reports) and tests/fixtures/detect-corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './eval';

/** lines [from, to) of a page of tests/fixtures/report-pairs/texts */
export const pageLines = (file: string, to: number, from = 0): string =>
  readFileSync(join(ROOT, 'tests/fixtures/report-pairs/texts', file), 'utf8')
    .split('\n')
    .slice(from, to)
    .join('\n');

const CORPUS = join(ROOT, 'tests/fixtures/detect-corpus');

/**
 * A page of tests/fixtures/detect-corpus (its file under texts/) from its start to the end of the first
 * place that says `upTo`, with the page title its manifest gives: a mention read in its whole context.
 */
export function corpusPageUpTo(file: string, upTo: string): { input: string; title: string } {
  const text = readFileSync(join(CORPUS, 'texts', file), 'utf8');
  const at = text.indexOf(upTo);
  if (at < 0) throw new Error(`${file} does not say ${upTo}`);
  const entry = readFileSync(join(CORPUS, 'manifest.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { file: string; title: string })
    .find((r) => r.file === `texts/${file}`);
  return { input: text.slice(0, at + upTo.length), title: entry?.title ?? '' };
}
