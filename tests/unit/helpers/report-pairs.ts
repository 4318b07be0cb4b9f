// The real pages of tests/fixtures/report-pairs, as stored (pinyin readings, run-together lines and all).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './eval';

/** lines [from, to) of a page of tests/fixtures/report-pairs/texts */
export const pageLines = (file: string, to: number, from = 0): string =>
  readFileSync(join(ROOT, 'tests/fixtures/report-pairs/texts', file), 'utf8')
    .split('\n')
    .slice(from, to)
    .join('\n');
