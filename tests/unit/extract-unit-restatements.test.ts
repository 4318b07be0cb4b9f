// A figure said again in parentheses in another unit of the same dimension is the same quantity: a change where the
// figure before is a change (lib/extract/unit-restatements.ts). Real sentences of statistics bureaus, where each came from
// beside it.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'grain in 亿斤 after 万吨 (theworldseeds.cn/index.php?p=37299)',
    input: '2014年全国夏粮总产量13659.6万吨(2731.9亿斤),比2013年增产474.8万吨(94.9亿斤),增长3.6%。',
    expect: [
      { text: '2731.9亿斤', measure: 'level', value: 2731.9, ind: '夏粮总产量' },
      { text: '94.9亿斤', measure: 'change', value: 94.9, ind: '夏粮总产量' },
    ],
  },
  {
    name: 'in traditional characters (neijiangzixun.com/2012-11/30/content_415722.htm)',
    input: '2012年全國糧食總產量58957萬噸(11791億斤),比2011年增加1836萬噸(367億斤),增長3.2%。',
    expect: [{ text: '367億斤', measure: 'change', value: 367 }],
  },
  {
    name: 'an area in 万亩 after 千公顷 (stats.gov.cn:82/tjdt/zygg/gjtjjgg/t20130712_402910713.htm)',
    input: '一、全國夏糧播種面積27588千公頃(41382萬畝),比2012年增加1千公頃(1.5萬畝),基本持平。',
    expect: [
      { text: '41382萬畝', measure: 'level' },
      { text: '1.5萬畝', measure: 'change', value: 1.5, ind: '播种面积' },
    ],
  },
  {
    name: 'a yield per 亩 after per 公顷 (stats.gov.cn:82/tjdt/zygg/gjtjjgg/t20130712_402910713.htm)',
    input: '二、全國夏糧單位面積產量4781公斤/公頃(318.7公斤/畝),比2012年增加71公斤/公頃(4.7公斤/畝),提高1.5%。',
    expect: [
      { text: '318.7公斤/畝', measure: 'level' },
      { text: '4.7公斤/畝', measure: 'change', value: 4.7 },
    ],
  },
  {
    name: 'a part in parentheses is no restatement (xiaomonv0755.com/tjgb/10js/36400.html)',
    input: '全年糧食作物播種面積199.4萬畝,比上年減少30.53萬畝(其中實施耕地輪作休耕24萬多畝),下降13.3%。',
    expect: [
      { text: '30.53萬畝', measure: 'change', value: -30.53 },
      { text: '24萬多畝', measure: 'level', value: 24 },
    ],
  },
];

describe('a figure restated in parentheses in another unit', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
