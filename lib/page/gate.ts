// The cheap first gate: is this page worth reading at all?
//
// The content script runs on every http(s) page, and almost none of them is a government report. The
// gate reads only what is at hand — the page's language hint, its title and a bounded sample of its
// text — so that a non-Chinese or non-report page costs next to nothing and is left untouched. It
// only lets pages through; the verdict on what a page is belongs to lib/detect, in the background.
import { HAN_CLASS } from '../text/han';

/** what the gate reads of a page */
export interface GateInput {
  /** the lang attribute of <html>, or '' */
  lang: string;
  title: string;
  /** the body's text from its start, up to the limit read (SAMPLE_CHARS for the full gate) */
  sample: string;
  /** whether the body has more text than the sample holds */
  truncated: boolean;
}

export type GateVerdict =
  | { pass: true; reason: string }
  /** `wait`: too little text yet to judge, but the page may still be loading its article */
  | { pass: false; wait: boolean; reason: string };

/** how much body text the gate reads */
export const SAMPLE_CHARS = 3000;
/** Han characters needed to judge a page on its text */
const MIN_HAN = 40;
/** words in a report's title (simplified and traditional) */
const TITLE_WORDS = [
  '报告',
  '報告',
  '公报',
  '公報',
  '预算',
  '預算',
  '决算',
  '決算',
  '计划',
  '計劃',
  '計畫',
  '规划',
  '規劃',
  '規畫',
  '政府',
  '纲要',
  '綱要',
];
/** phrases that betray a report in its text even under a title that does not name it */
const TEXT_CUES = [
  '政府工作报告',
  '政府工作報告',
  '统计公报',
  '統計公報',
  // a communiqué's own word, on a later page of its notes (本公报中2014年数据为初步统计数)
  '本公报',
  '本公報',
  '预算执行',
  '預算執行',
  '决算',
  '決算',
  '各位代表',
  '预期目标',
  '預期目標',
  '目标任务',
  '目標任務',
  '国民经济和社会发展',
  '國民經濟和社會發展',
  // older plans and reports (1950s–1980s): 一九八一年国民经济计划
  '国民经济计划',
  '國民經濟計劃',
  '國民經濟計畫',
  '比上年增长',
  '比上年增長',
  '一般公共预算',
  '一般公共預算',
];

/**
 * The register of a report, for a section read without its title (a later page of a report, a
 * communiqué's body): a government programme's verbs, and a statistics year's words. Counted, not
 * just found: news and notices use them too, but far less densely.
 */
const REGISTER_WORDS = [
  '推进',
  '推進',
  '深化',
  '完善',
  '健全',
  '加快',
  '推动',
  '推動',
  '落实',
  '落實',
  '加强',
  '加強',
  '优化',
  '優化',
  '促进',
  '促進',
  '强化',
  '強化',
  '同比',
  '比上年',
  '全年',
  '年末',
];
/** register words per 1000 characters of sample that read like a report (a full sample needs 12; a short page at least 4) */
const REGISTER_PER_1000 = 4;

const HAN = new RegExp(`[${HAN_CLASS}]`, 'g');
/** is there one Han character: a search that stops at the first */
const ANY_HAN = new RegExp(`[${HAN_CLASS}]`);
const KANA = /[\u3040-\u30ff]/g;
const HANGUL = /[\uac00-\ud7af]/g;
const LATIN = /[A-Za-z]/g;

/** how many characters of s the class matches: one pass of the regex engine (measured in a page: the
 * first regex of the script costs ~0.1 ms to set up, each pass after it some µs; a JS loop runs in the
 * interpreter on a page's first and only call, ~0.1 ms per class over the sample) */
const count = (s: string, re: RegExp): number => s.length - s.replace(re, '').length;

/** whether s holds any of the words: plain substring searches (no regex to compile for a page's one call) */
function holdsAny(s: string, words: string[]): boolean {
  for (const w of words) if (s.includes(w)) return true;
  return false;
}

/** how many times the words occur in s, counting up to `enough` (a page's sample is read once per word) */
function hits(s: string, words: string[], enough: number): number {
  let n = 0;
  for (const w of words) {
    for (let at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + w.length)) if (++n >= enough) return n;
  }
  return n;
}

function readsLikeReport(sample: string): boolean {
  const needed = Math.min(12, Math.max(4, Math.ceil((sample.length * REGISTER_PER_1000) / 1000)));
  return hits(sample, REGISTER_WORDS, needed) >= needed;
}

/** a pinyin reading a conversion printed inside a word (報(bào)告, 預(yù)算): the word is read without it (after a
 * Han character only: an English page's (see) is none, and costs no second reading) */
const READING = /(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/g;

const holdsReportWords = (s: string): boolean => holdsAny(s, TEXT_CUES) || readsLikeReport(s);

/** the gate's verdict on what it read: pure, so every rule is tested without a page */
export function gate(input: GateInput): GateVerdict {
  const titleNamesReport = holdsAny(input.title, TITLE_WORDS);
  const reportWords =
    titleNamesReport ||
    holdsReportWords(input.sample) ||
    (input.sample.search(READING) >= 0 && holdsReportWords(input.sample.replace(READING, '')));
  // most pages end here: a full sample without a report word, in whatever script (nothing is counted)
  if (!reportWords && input.truncated) return { pass: false, wait: false, reason: 'no report words' };
  const zh = input.lang.trim().toLowerCase().startsWith('zh');
  const text = `${input.title}\n${input.sample}`;
  const han = count(text, HAN);
  if (han < MIN_HAN) {
    // a page that has hardly any text yet but calls itself Chinese may be rendering its article
    if (input.truncated || !(zh || count(input.title, HAN) > 0)) return { pass: false, wait: false, reason: 'not Chinese' };
    if (count(text, KANA) >= 10) return { pass: false, wait: false, reason: 'Japanese text (kana)' };
    return { pass: false, wait: true, reason: 'too little text yet' };
  }
  if (!reportWords) return { pass: false, wait: false, reason: 'no report words' };
  const kana = count(text, KANA);
  if (kana >= 10 && kana > 0.05 * (kana + han)) return { pass: false, wait: false, reason: 'Japanese text (kana)' };
  if (count(text, HANGUL) > han) return { pass: false, wait: false, reason: 'Korean text' };
  // an English letter carries less than a Han character: a word is about five of them
  const hanShare = han / (han + count(text, LATIN) / 5);
  if (hanShare < (zh ? 0.3 : 0.45)) return { pass: false, wait: false, reason: `mostly not Chinese (${Math.round(hanShare * 100)}% Han)` };
  return { pass: true, reason: titleNamesReport ? 'Chinese, title names a report' : 'Chinese, text reads like a report' };
}

/** characters read first: a page with no Han at all in them (nor in its title) is turned away at once */
const FIRST_LOOK_CHARS = 600;

/**
 * Reads what the gate needs off a document, in one bounded walk over text nodes (never the whole
 * page), up to `limit` characters of text. Returns null for a page that is plainly not Chinese: no
 * zh lang, no Han in its title nor in the first `firstLook` characters of its text (all of it, if
 * it has no more). Such a page — most of the web — is read no further, and the gate would turn it
 * away without waiting for it (tests/unit/gate.test.ts holds the two together).
 */
export function readGateInput(doc: Document, limit = SAMPLE_CHARS, firstLook = FIRST_LOOK_CHARS): GateInput | null {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  const title = doc.title ?? '';
  // where to stop and look: at `limit` at once for a page that may be Chinese by what it says of itself
  let look = lang.trim().toLowerCase().startsWith('zh') || ANY_HAN.test(title) ? limit : Math.min(firstLook, limit);
  let sample = '';
  let truncated = false;
  // text nodes only, no filter called back per node: the walk stays in the browser's own code
  const walker = doc.body ? doc.createTreeWalker(doc.body, 0x4 /* SHOW_TEXT */) : null;
  for (let node = walker?.nextNode(); node; node = walker!.nextNode()) {
    // elements whose text a reader never sees (localName: a switch on it is the cheapest test here)
    switch ((node.parentNode as Element | null)?.localName) {
      case 'script':
      case 'style':
      case 'noscript':
      case 'textarea':
      case 'title':
      case 'option':
        continue;
    }
    sample += (node as Text).data;
    if (sample.length < look) continue;
    if (look === limit || !ANY_HAN.test(sample)) {
      truncated = true;
      break;
    }
    // Han in the first look: on to the full sample
    look = limit;
    if (sample.length >= look) {
      truncated = true;
      break;
    }
  }
  // the first look found no Han, or the text ended before the look did and holds none
  if (look < limit && (truncated || !ANY_HAN.test(sample))) return null;
  return { lang, title, sample: truncated ? sample.slice(0, look) : sample, truncated };
}
