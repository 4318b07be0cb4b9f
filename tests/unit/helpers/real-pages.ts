// Real pages kept in the fixtures, as stored (pinyin readings, run-together lines, site furniture and all):
// tests/fixtures/report-pairs (news and reposts of reports), tests/fixtures/detect-corpus, tests/fixtures/judged/pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Row } from './engine';
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

/** the texts the rule tables name other than a whole national report or a provincial report of real-dev */
const NAMED_TEXTS: Record<string, string> = {
  'Anhui 2018': 'tests/fixtures/judged/pages23/province-anhui-2018.txt',
  'Hainan 2024': 'tests/fixtures/judged/pages23/province-hainan-2024-docpreview.txt',
  'Hunan 2011': 'tests/fixtures/judged/pages9/province-hunan-2011.txt',
  'Shandong 2018': 'tests/fixtures/judged/pages23/province-shandong-2018.txt',
  'Shaanxi 2014': 'tests/fixtures/judged/pages34/province-shaanxi-2014.txt',
  'Sichuan 2020': 'tests/fixtures/judged/pages23/province-sichuan-2020.txt',
  'Yulin 2025': 'tests/fixtures/judged/pages16/city-yulin-2025.txt',
  'chronicle 1957': 'tests/fixtures/detect-corpus/texts/h5-chronicle-govcn-1957.txt',
};

/** the whole national reports of the fixtures by year (chengjun/mybook's lines: judged samples and report-pairs) */
const nationalReports = (() => {
  const out = new Map<number, string>();
  const judged = 'tests/fixtures/judged';
  for (const dir of readdirSync(join(ROOT, judged)).filter((d) => /^pages\d+$/.test(d)))
    for (const f of readdirSync(join(ROOT, judged, dir))) {
      const y = /^national-(\d{4})-chengjun\.txt$/.exec(f);
      if (y) out.set(Number(y[1]), `${judged}/${dir}/${f}`);
    }
  for (const f of readdirSync(join(ROOT, 'tests/fixtures/report-pairs/texts'))) {
    const y = /^national-(\d{4})-chengjun-report\.txt$/.exec(f);
    if (y && !out.has(Number(y[1]))) out.set(Number(y[1]), `tests/fixtures/report-pairs/texts/${f}`);
  }
  return out;
})();

/**
 * A real text by the name the rule tables give it (a path from the repository's root): 'national 2007', a whole
 * national report of the fixtures; 'Hainan 2025', real-dev's provincial report; or one of NAMED_TEXTS.
 */
export function realText(name: string): string {
  const national = /^national (\d{4})$/.exec(name);
  const path = national
    ? nationalReports.get(Number(national[1]))
    : (NAMED_TEXTS[name] ??
      (/^[A-Z][a-z]+ 2025$/.test(name) ? `../shared/eval/real-dev/reports/prov-${name.slice(0, -5).toLowerCase()}-2025.txt` : undefined));
  if (!path) throw new Error(`no real text is named ${name}`);
  return path;
}

/** a table row of the sentence of a named real text that says `phrase`, read without a title */
export const sentenceRow = (doc: string, phrase: string, expect: Row['expect']): Row => ({
  name: `${doc}: ${phrase}`,
  input: sentenceOf(realText(doc), phrase),
  title: '',
  expect,
});
