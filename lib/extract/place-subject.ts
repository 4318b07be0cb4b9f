import { isKnownName } from '../model/region';

// A place named as the subject of the sentence, run into the name after it: 云南将力争|GDP…, 北京市2023年|地区生产总值,
// 广东要|…. The place is the report's region (or a digest's item), which a mention carries apart; the words after it
// (将, 力争, the year) are stripped by the leading-word rules once the place is gone. Only a known division's name,
// and only before a word that cannot continue a name (not 长江经济带, 上海证券交易所: no such word follows).

/** what may follow a place that is the sentence's subject: a modal or aim word, or a time */
const AFTER_SUBJECT = /^(?:将|要|力争|确保|争取|预计|拟|计划|今年|全年|明年|(?:19|20)\d\d年)/;

/** the length of a place's name `s` opens with as the subject of its clause, or 0 */
export function placeSubjectLength(s: string): number {
  for (let n = Math.min(8, s.length - 2); n >= 2; n--) if (AFTER_SUBJECT.test(s.slice(n)) && isKnownName(s.slice(0, n))) return n;
  return 0;
}
