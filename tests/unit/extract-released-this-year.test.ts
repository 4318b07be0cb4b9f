// 今年 of figures a statistics bureau released (…数据显示,今年全国粮食总产量…; a headline 统计局:今年夏粮增产…) is the year
// reported, a result, not a year planned (lib/extract/tense-cues.ts, YEAR_RELEASED). Real sentences, with their pages'
// addresses; no title is given, as a pasted page has none.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'a headline and its date line (theworldseeds.cn/index.php?p=37299)',
    title: '',
    input: '统计局:今年夏粮增产474.8万吨\n发表日期:2014-07-17 12:55AM 阅览次数:\n',
    expect: [{ text: '474.8万吨', kind: 'actual', period: 2014 }],
  },
  {
    name: 'a headline in traditional characters (neijiangzixun.com/2012-11/30/content_415722.htm)',
    title: '',
    input: '統計局:今年糧食總產量近5.9億噸 實現九連增\n2012-11-30   作者:  來源:新華網\n',
    expect: [{ text: '近5.9億噸', kind: 'actual' }],
  },
  {
    name: 'the data a bureau published, Big5 (big5.chinataiwan.cn/gate/big5/econ.taiwan.cn/ny/201512/t20151209_11204633.htm)',
    title: '',
    input:
      '本報訊(記者 張欽)國家統計局昨天公佈的全國糧食生産數據顯示,今年全國糧食總産量62143.5萬噸(12428.7億斤),比2014年增加1440.8萬噸(288.2億斤),增長2.4%。',
    expect: [
      { text: '62143.5萬噸', kind: 'actual' },
      { text: '2.4%', kind: 'actual' },
    ],
  },
  {
    name: "a city's targets in the news stay targets (09115.cn/jilin/zhuanti/44814.html)",
    title: '',
    input:
      '陳吉寧說,北京市今年經濟社會發(fā)展主要預期目標是:地區(qū)生產總值增長5%以上,一般公共預算收入增長4%,城鎮(zhèn)調查失業率控制在5%以內,',
    expect: [{ text: '5%以上', kind: 'target' }],
  },
];

describe('今年 of figures a statistics bureau released', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
