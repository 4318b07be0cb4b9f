// The cheap first gate: is this page worth reading at all?
//
// The content script runs on every http(s) page, and almost none of them is a government report. The
// gate reads only what is at hand — the page's language hint, its title and a bounded sample of its
// text — so that a non-Chinese or non-report page costs next to nothing and is left untouched. It
// only lets pages through; the verdict on what a page is belongs to lib/detect, in the background.

/** what the gate reads of a page */
export interface GateInput {
  /** the lang attribute of <html>, or '' */
  lang: string;
  title: string;
  /** the first SAMPLE_CHARS characters of the body's text */
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
const TITLE_WORDS = /报告|報告|公报|公報|预算|預算|决算|決算|计划|計劃|計畫|规划|規劃|規畫|政府|纲要|綱要/;
/** phrases that betray a report in its text even under a title that does not name it */
const TEXT_CUES =
  /政府工作报告|政府工作報告|统计公报|統計公報|预算执行|預算執行|决算|決算|各位代表|预期目标|預期目標|目标任务|目標任務|国民经济和社会发展|國民經濟和社會發展|比上年增长|比上年增長|一般公共预算|一般公共預算/;

const HAN = /[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/g;
const KANA = /[\u3040-\u30ff]/g;
const HANGUL = /[\uac00-\ud7af]/g;
const LATIN = /[A-Za-z]/g;

/** how many characters of s the class matches: one pass of the regex engine (a JS loop over the
 * sample runs in the interpreter on a page's first and only call, and costs more than all the rest) */
const count = (s: string, re: RegExp): number => s.length - s.replace(re, '').length;

/** the gate's verdict on what it read: pure, so every rule is tested without a page */
export function gate(input: GateInput): GateVerdict {
  const lang = input.lang.trim().toLowerCase();
  const text = `${input.title}\n${input.sample}`;
  const han = count(text, HAN);
  if (han < MIN_HAN) {
    const kana = count(text, KANA);
    if (kana >= 10) return { pass: false, wait: false, reason: 'Japanese text (kana)' };
    // a page that has hardly any text yet but calls itself Chinese may be rendering its article
    const wait = !input.truncated && (count(input.title, HAN) > 0 || lang.startsWith('zh'));
    return { pass: false, wait, reason: wait ? 'too little text yet' : 'not Chinese' };
  }
  const kana = count(text, KANA);
  if (kana >= 10 && kana > 0.05 * (kana + han)) return { pass: false, wait: false, reason: 'Japanese text (kana)' };
  if (count(text, HANGUL) > han) return { pass: false, wait: false, reason: 'Korean text' };
  // an English letter carries less than a Han character: a word is about five of them
  const hanShare = han / (han + count(text, LATIN) / 5);
  const minShare = lang.startsWith('zh') ? 0.3 : 0.45;
  if (hanShare < minShare) return { pass: false, wait: false, reason: `mostly not Chinese (${Math.round(hanShare * 100)}% Han)` };
  if (TITLE_WORDS.test(input.title)) return { pass: true, reason: 'Chinese, title names a report' };
  if (TEXT_CUES.test(input.sample)) return { pass: true, reason: 'Chinese, text reads like a report' };
  return { pass: false, wait: false, reason: 'no report words' };
}

/** characters read first: a page with no Han at all in them (nor in its title) is turned away at once */
export const FIRST_LOOK_CHARS = 600;

/** a page that is plainly not Chinese from its first few hundred characters: no further reading */
export function plainlyNotChinese(first: GateInput): boolean {
  return first.truncated && !first.lang.trim().toLowerCase().startsWith('zh') && count(`${first.title}\n${first.sample}`, HAN) === 0;
}

/** elements whose text a reader never sees */
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TITLE', 'OPTION']);

/** read the gate's input off a document: a bounded walk over text nodes, never the whole page */
export function readGateInput(doc: Document, limit = SAMPLE_CHARS): GateInput {
  const parts: string[] = [];
  let length = 0;
  let truncated = false;
  const root = doc.body;
  if (root) {
    // text nodes only, no filter called back per node: the walk stays in the browser's own code
    const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentNode as Element | null;
      if (parent && UNREAD.has(parent.nodeName)) continue;
      const data = (node as Text).data;
      if (length + data.length >= limit) {
        parts.push(data.slice(0, limit - length));
        length = limit;
        truncated = true;
        break;
      }
      parts.push(data);
      length += data.length;
    }
  }
  return { lang: doc.documentElement?.getAttribute('lang') ?? '', title: doc.title ?? '', sample: parts.join(''), truncated };
}
