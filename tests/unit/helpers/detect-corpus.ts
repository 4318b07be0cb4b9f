// The detection corpus (tests/fixtures/detect-corpus/README.md): the texts kept here, the shared
// real-dev and detect-dev sets read where they are, and title-less excerpts cut from the middle of the
// real-dev reports. Every entry says where it came from, so figures can be given by kind and by source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED } from './eval';

/** `dev`, or a held-out split in the order it was gathered (`holdout`, `holdout2`, …) */
export type Split = 'dev' | 'holdout' | `holdout${number}`;

export interface CorpusEntry {
  /** where the text is: a path under the repository or under ../shared */
  id: string;
  label: 'report' | 'other';
  kind: string;
  /** the site or set it came from */
  source: string;
  /**
   * `dev`: the texts detection was developed on; `holdout`: gathered after detect.ts was tuned and not
   * tuned on since, so their figures say what unseen pages will see
   */
  split: Split;
  text: string;
}

export const CORPUS_DIR = join(ROOT, 'tests/fixtures/detect-corpus');
const REAL_DEV = join(SHARED, 'eval/real-dev');
const DETECT_DEV = join(SHARED, 'eval/detect-dev');

const jsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const hostOf = (url: string | null | undefined): string => {
  if (!url) return 'unknown';
  try {
    return new URL(url).hostname.replace(/^(?:www|m)\./, '');
  } catch {
    return url;
  }
};

/** the length of a title-less excerpt: about what a reader's page or the gate's sample holds */
export const EXCERPT_CHARS = 2000;

/**
 * A later part of a report, without its title, its congress line or its address to the deputies: the
 * text from the first line that starts after `at` (a share of the whole) for about `chars` characters,
 * ended at a line end. The real-dev reports are whole, so this is a section as a page reposts it.
 */
export function excerptOf(text: string, at: number, chars = EXCERPT_CHARS): string {
  const from = text.indexOf('\n', Math.floor(text.length * at)) + 1;
  const end = text.lastIndexOf('\n', from + chars);
  return text.slice(from, end > from ? end : from + chars);
}

export function loadCorpus(): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const r of jsonl<{
    file: string;
    label: 'report' | 'other';
    kind: string;
    url: string;
    split?: Exclude<Split, 'dev'>;
  }>(join(CORPUS_DIR, 'manifest.jsonl'))) {
    entries.push({
      id: `detect-corpus/${r.file}`,
      label: r.label,
      kind: r.kind,
      source: hostOf(r.url),
      split: r.split ?? 'dev',
      text: readFileSync(join(CORPUS_DIR, r.file), 'utf8'),
    });
  }
  for (const r of jsonl<{ file: string; label: 'report' | 'other'; type?: string; repo?: string }>(join(REAL_DEV, 'manifest.jsonl'))) {
    const text = readFileSync(join(REAL_DEV, r.file), 'utf8');
    const source = r.label === 'report' ? 'real-dev:reports' : `real-dev:${r.file.split('/').pop()!.split('-')[0]}`;
    entries.push({
      id: `real-dev/${r.file}`,
      label: r.label,
      kind: r.label === 'report' ? 'work-report' : 'look-alike',
      source,
      split: 'dev',
      text,
    });
    // the same reports seen from the middle: no title, no congress line, no 各位代表
    if (r.label === 'report') {
      entries.push({
        id: `real-dev/${r.file}#middle`,
        label: 'report',
        kind: 'work-report-section',
        source: 'real-dev:excerpts',
        split: 'dev',
        text: excerptOf(text, 0.45),
      });
    }
  }
  for (const r of jsonl<{ file: string; label: 'report' | 'mention' | 'other'; url: string | null }>(join(DETECT_DEV, 'labels.jsonl'))) {
    const kind = r.label === 'report' ? 'report' : r.label === 'mention' ? 'news' : r.file.replace(/^neg\/other-|\.txt$/g, '');
    entries.push({
      id: `detect-dev/${r.file}`,
      label: r.label === 'report' ? 'report' : 'other',
      kind,
      source: `detect-dev:${hostOf(r.url)}`,
      split: 'dev',
      text: readFileSync(join(DETECT_DEV, r.file), 'utf8'),
    });
  }
  return entries;
}
