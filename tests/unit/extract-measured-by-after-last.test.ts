// Whole measured nouns listed, then what each is measured by said once after the last (占比, 比重, 增速高于全省): the
// share or the rate goes to every item of the 分别 list, not only to the last (lib/extract/distribute.ts
// measuredByAfterLast). Every row is a real sentence; the file it comes from is named.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { sentenceOf } from './helpers/real-pages';

const TIANJIN_2025 = '../shared/eval/real-dev/reports/prov-tianjin-2025.txt';
const HUNAN_2025 = '../shared/eval/real-dev/reports/prov-hunan-2025.txt';
const QINGHAI_2025 = '../shared/eval/real-dev/reports/prov-qinghai-2025.txt';
const WUHAN_2005 = 'tests/fixtures/judged/pages11/city-wuhan-2005.txt';
const HENAN_2023 = 'tests/fixtures/judged/pages15/province-henan-2023.txt';

describe('what a list of measured nouns is measured by, said after the last', () => {
  it.each([
    [
      TIANJIN_2025,
      '外贸进出口总额占比分别为',
      ['23.1％', '62.5％', '45.5％'],
      ['民营规上工业增加值占比', '限上批发零售业商品销售额占比', '外贸进出口总额占比'],
    ],
    [HUNAN_2025, '税收增速分别高于全省', ['2.2个', '3.7个百分点'], ['园区规模工业增加值增速高于全省', '税收增速高于全省']],
    // as before: items that are no whole measured nouns share the kind and the share; items that name their share
    [QINGHAI_2025, '新能源装机占比分别', ['94.6%', '70%'], ['清洁能源装机占比', '新能源装机占比']],
    [HENAN_2023, '战略性新兴产业占比分别', ['12.9%', '25.9%'], ['高技术制造业占比', '战略性新兴产业占比']],
    [WUHAN_2005, '税收占财政收入的比重分别', ['14.8%', '85.9%'], ['财政收入占生产总值的比重', '税收占财政收入的比重']],
  ])('%s: %s', (path, phrase, texts, expected) => {
    const ms = extract(sentenceOf(path, phrase), { title: '' });
    expect(texts.map((t) => ms.find((m) => m.text === t)?.indicator)).toEqual(expected);
  });
});
