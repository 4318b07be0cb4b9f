// Where a sentence starts, looking back from a figure: after the last mark of the pattern given, within `max`
// characters. The look-up by set (a pattern of one character class) must find what the pattern itself finds.
import { describe, expect, test } from 'vitest';
import { sentenceAround, sentenceStart } from '../../lib/text/sentence';

const TEXT = '去年全市地区生产总值1635亿元,增长2%。今年预期增长5%左右;城镇新增就业1万人以上\n其中,规上工业增长6%!';
const at = (s: string) => TEXT.indexOf(s);

/** the reading a pattern gives, tested character by character */
function byRegex(text: string, from: number, max: number, ends: RegExp): number {
  const stop = Math.max(0, from - max);
  for (let i = from - 1; i >= stop; i--) if (ends.test(text[i])) return i + 1;
  return stop;
}

describe('sentenceStart', () => {
  test.each([
    ['after 。', '5%左右', undefined, undefined, '今年预期增长'],
    ['a line break ends a sentence', '6%', undefined, undefined, '其中,规上工业增长'],
    ['clause marks as the pattern says', '1万人', undefined, /[,;。!?:\n]/, '城镇新增就业'],
    ['no mark within max: max characters back', '1635亿元', 6, undefined, '地区生产总值'],
    ['the text start', '1635亿元', undefined, undefined, '去年全市地区生产总值'],
  ] as Array<[string, string, number | undefined, RegExp | undefined, string]>)('%s', (_, figure, max, ends, head) => {
    const start = sentenceStart(TEXT, at(figure), max, ends);
    expect(TEXT.slice(start, at(figure))).toBe(head);
  });

  test('a pattern that is no single class is tested as a regex, with the same result', () => {
    const patterns = [/[。!?\n]/, /[,;:。!?\n]/, /。|;/, /[^\u4e00-\u9fff\d]/, /\n/];
    for (const ends of patterns)
      for (let i = 0; i <= TEXT.length; i++) expect(sentenceStart(TEXT, i, 12, ends), `${ends} at ${i}`).toBe(byRegex(TEXT, i, 12, ends));
  });

  test('the sentence around a figure, its mark included', () => {
    expect(sentenceAround(TEXT, at('5%左右'), at('5%左右') + 4)).toBe('今年预期增长5%左右;');
  });
});
