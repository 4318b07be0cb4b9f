// A 口径 that tells two values of one total apart: the level a total is counted at, in brackets after its name
// (财政总收入(市口径)…,财政总收入(省口径)…), or the second item of a list that varies only it (…比重省口径、市口径). A note
// or an aside in brackets is still read over (财政收入(不含基金), 地方一般公共预算收入(同口径)). Rows from real sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { sentenceOf } from './helpers/real-pages';

const XIHU_2016 = 'tests/fixtures/judged/pages39/district-xihu-nanchang-2016.txt';
const JINGXIAN_2007 = 'tests/fixtures/judged/pages10/county-jingxian-2007.txt';
const HUANGPING_2023 = 'tests/fixtures/judged/pages17/county-huangping-2023-budget.txt';

/** the indicator of the mention whose text is `text` in the sentence of `path` that holds `phrase` */
function nameIn(path: string, phrase: string, text: string): string | undefined {
  return extract(sentenceOf(path, phrase), { title: '' }).find((m) => m.text === text)?.indicator;
}

describe('the 口径 a total is counted at', () => {
  it.each([
    [XIHU_2016, '财政总收入(市口径)80.52亿元', '80.52亿元', '财政总收入(市口径)'],
    [XIHU_2016, '财政总收入(市口径)80.52亿元', '16.7%', '财政总收入(市口径)'],
    [XIHU_2016, '财政总收入(市口径)80.52亿元', '63.83亿元', '财政总收入(省口径)'],
    [XIHU_2016, '比重省口径、市口径分别为', '93.6%', '税收收入占财政总收入比重市口径'],
    // must not fire: an aside or a basis of comparison in brackets is no part of the name
    [JINGXIAN_2007, '财政收入(不含基金)2.01亿元', '2.01亿元', '财政收入'],
    [HUANGPING_2023, '地方一般公共预算收入(同口径)完成', '30,161万元', '地方一般公共预算收入'],
  ])('%s: %s → %s', (path, phrase, text, name) => {
    expect(nameIn(path, phrase, text)).toBe(name);
  });
});
