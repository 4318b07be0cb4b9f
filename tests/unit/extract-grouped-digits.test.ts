// Digits grouped by spaces, as statistical yearbooks and their reposts print them (30 315萬元, 845 296頭, 6 229平方公里):
// one number, like 30,315 (lib/extract/numbers.ts), so the figure keeps its value and the name before it (it was read as
// 315萬元 named (?)). Sentences from real reposts of Inner Mongolia yearbooks (trial22 blind read; a detection fixture).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'a banner yearbook, traditional with pinyin noise (http://m.shh-meidi.com/shuzishizhi/nianjian/neimengguniajian/nianjianerlinger/mengshiqixian/2011-4-14/1527.html)',
    title: '2002卷',
    input:
      '全年國內(nèi)生產(chǎn)總值完成30 315萬元,同比增長12.9%。其中第一產(chǎn)業(yè)增長6.3%,增加值10 610萬元;第二產(chǎn)業(yè)增加值6 722萬元,增長18.2%。',
    expect: [
      { text: '30 315萬元', ind: '国内生产总值', value: 30315, unit: '万元' },
      { text: '12.9%', ind: '国内生产总值', measure: 'growth' },
      { text: '6.3%', value: 6.3 },
      { text: '10 610萬元', value: 10610 },
      { text: '6 722萬元', ind: '第二产业增加值', value: 6722 },
      { text: '18.2%', ind: '第二产业增加值' },
    ],
  },
  {
    name: 'head counts of a yearbook (same page)',
    title: '2002卷',
    input: '牧業(yè)年度大小畜總頭數(shù)845 296頭(只),比上年同期增加930頭(只),增長0.1%。',
    expect: [
      { text: '845 296頭', ind: '大小畜总头数', value: 845296 },
      { text: '930頭', value: 930, measure: 'change' },
      { text: '0.1%', measure: 'growth' },
    ],
  },
  {
    name: 'households and people of a banner (http://nmgqq.com.cn/shuzishizhi/nianjian/neimengguniajian/nianjianerlingba/mengshiqixian/2011-4-14/3670.html)',
    title: '2008卷',
    input: '全旗总户数23 971户,总人口72 087人,其中蒙古族人口21 195人,汉族人口50 113人,其他民族人口779人。',
    expect: [
      { text: '23 971户', ind: '总户数', value: 23971 },
      { text: '72 087人', ind: '总人口', value: 72087 },
      { text: '21 195人', ind: '蒙古族人口', value: 21195 },
      { text: '50 113人', ind: '汉族人口', value: 50113 },
      { text: '779人', value: 779 },
    ],
  },
  {
    name: 'a decimal after the groups (same page)',
    title: '2008卷',
    input: '瓜类产量2 013万公斤,同比下降62.4%。青饲料总产量7 186.2万公斤,下降62.8%。',
    expect: [
      { text: '2 013万公斤', ind: '瓜类产量', value: 2013 },
      { text: '62.4%', ind: '瓜类产量', value: -62.4 },
      { text: '7 186.2万公斤', ind: '青饲料总产量', value: 7186.2 },
    ],
  },
  {
    name: 'an area (tests/fixtures/detect-corpus/texts/h12-yearbook-wulatezhongqi-2009-trad-shhmeidi.txt)',
    title: '2009卷',
    input: '全旗東西長203.8公里,南北寬148.9公里,呈不規(guī)則四邊形,總面積23 096平方公里,其中可耕地面積80 000公頃。',
    expect: [
      { text: '203.8公里', value: 203.8 },
      { text: '148.9公里', value: 148.9 },
      { text: '23 096平方公里', ind: '总面积', value: 23096 },
      { text: '80 000公頃', ind: '可耕地面积', value: 80000 },
    ],
  },
  {
    name: 'numbers a space apart that are not one: a year then a figure, a decimal then a figure (national 1996 communique, https://huihuacong.com/view/1996)',
    title: '中华人民共和国1996年国民经济和社会发展统计公报',
    input: '1996年 比上年增长% 粮食 49000 万吨 5.0 油料 2200 万吨 -1.7 其中:花生 1010 万吨 -1.0 油菜籽 910 万吨 -6.0',
    expect: [
      { text: '49000 万吨', value: 49000 },
      { text: '2200 万吨', value: 2200 },
      { text: '1010 万吨', value: 1010 },
      { text: '910 万吨', value: 910 },
    ],
  },
];

describe('digits grouped by spaces are one number', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
