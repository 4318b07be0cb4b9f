// The language a page is in (franc's, with Japanese told apart by its kana and a bilingual page taken for
// Chinese when Han characters carry most of it), and the Chinese of a page that carries its English
// translation paragraph by paragraph.
import { franc } from 'franc-min';
import { HAN_CLASS } from '../text/han';

const KANA = /[\u3040-\u30ff]/g;
const HAN = new RegExp(`[${HAN_CLASS}]`, 'g');

const LATIN = /[A-Za-z]/g;

/**
 * franc's language, with Japanese told apart by its kana (kanji-only Japanese reads as cmn), and a
 * bilingual page (a report with its English translation paragraph by paragraph, which franc reads as
 * English by its letters) taken for Chinese when Han characters carry most of it: an English word is
 * about five letters, and says about what one Han character does.
 */
export function languageOf(sample: string): string {
  const lang = franc(sample, { minLength: 10 });
  const kana = sample.match(KANA)?.length ?? 0;
  const han = sample.match(HAN)?.length ?? 0;
  if (lang === 'cmn') return kana > 0.05 * (kana + han) ? 'jpn' : lang;
  const latin = sample.match(LATIN)?.length ?? 0;
  return lang === 'eng' && han >= 100 && kana === 0 && han > latin / 5 ? 'cmn' : lang;
}

/** a run of English words, with their spaces and punctuation: a translation's */
const ENGLISH_RUN = /[A-Za-z][A-Za-z'’,.;:()\- ]*[A-Za-z.)]/g;

/**
 * The Chinese of a text that carries its English translation paragraph by paragraph: densities and
 * windows are the Chinese text's, not halved by the translation. A Chinese text keeps its few Latin
 * words (GDP, PM2.5).
 */
export function chineseOf(clean: string): string {
  const latin = clean.match(LATIN)?.length ?? 0;
  return latin > clean.length / 4 ? clean.replace(ENGLISH_RUN, ' ') : clean;
}
