// Years written in Chinese numerals with their zeros as digits, as news agencies write them (二00二年, 二00七年): they
// are years, not words of a name, and a figure said of one is of that year (lib/detect/chinese-dates.ts arabicYears).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    // http://92880.cn/gn/news/2008/01-17/1137028.shtml (中新社 on 广东's 2008 report, traditional)
    name: 'a five-year review from 二00二年 to 二00七年',
    title: '',
    input:
      '中新社廣州一月十七日電 廣東省第十一屆人民代表大會第一次會議十七日上午在廣州開幕,廣東省省長黃華華在會上作《政府工作報告》。\n黃華華在《政府工作報告》中表示,廣東省生產總值由二00二年的一萬三千五百多億元人民幣增加到二00七年的三萬零六百多億元,五年年均增長百分之十四點五,二00七年比上年增長百分之十四點五。',
    expect: [
      { text: '一萬三千五百多億元人民幣', indicator: '广东省生产总值', period: 2002 },
      { text: '三萬零六百多億元', indicator: '广东省生产总值', period: 2007 },
    ],
  },
  {
    // tests/fixtures/detect-corpus/texts/h6-news-npc-2007-opening-trad.txt
    name: 'a figure of 二00七年, its year no part of its name',
    title: '',
    input: '溫家寶提出,二00七年中國國內生產總值增長百分之八左右。',
    expect: [{ text: '百分之八左右', indicator: '中国国内生产总值', period: 2007 }],
  },
];

describe('years whose zeros are digits (二00七年)', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
