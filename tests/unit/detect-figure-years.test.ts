// A page's year read off a year that is no year of its own: the base of a comparison (比2019年同期增长13.5% in a 2021
// half-year release) or a budget's figures (2023年全国一般公共预算收入…; (三)2013年预算收支情况, a part of the 2014 budget
// report reviewing 2013), read as the year of a report named 2019年…, 2023年预算. Each row is the opening of a real page,
// copied as stored (lib/detect/metadata.ts, lib/detect/heading-years.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportMeta } from '../../lib/detect/metadata';
import { normalize } from '../../lib/text/normalize';

const FIXTURES = join(__dirname, '../fixtures');

// [where the page comes from, its opening, results year, targets year]
const PAGES: Array<[string, string, number | null, number | null]> = [
  // a 2021 half-year release whose one year is its comparison's base: no year rather than 2019
  [
    'https://jinshusy.com/news/show-16177.html',
    '8月5日,,記者從上半年全市國(guó)民經(jīng)濟(jì)運(yùn)行情況新聞發(fā)布會(huì)上獲悉,,我市農(nóng)業(yè)生產(chǎn)形勢(shì)良好,,夏糧蔬菜喜獲豐收;工業(yè)經(jīng)濟(jì)質(zhì)效雙升,,先進(jìn)制造業(yè)增長(zhǎng)較快,;固定資產(chǎn)投資持續(xù)好轉(zhuǎn),,大項(xiàng)目發(fā)揮重要支撐作用。\n上半年,,全市實(shí)現(xiàn)農(nóng)林牧漁及服務(wù)業(yè)總產(chǎn)值181.16億元,,同比增長(zhǎng)10.4%,,居全省第1位,。小麥種植面積210.0萬(wàn)畝,比上年增加3.18萬(wàn)畝,;夏糧總產(chǎn)量高達(dá)89.62萬(wàn)噸,,創(chuàng)近15年新高。蔬菜及食用菌產(chǎn)量達(dá)到262.2萬(wàn)噸,,增長(zhǎng)1.7%,。生豬出欄64.0萬(wàn)頭,增長(zhǎng)107.3%,;豬肉產(chǎn)量5.1萬(wàn)噸,,增長(zhǎng)112.0%。\n全市規(guī)模以上工業(yè)增加值同比增長(zhǎng)13.3%,,為10年來(lái)最高增幅,,比2019年同期增長(zhǎng)13.5%,兩年平均增長(zhǎng)6.5%,。',
    null,
    null,
  ],
  // a part of the 2014 budget report headed by the year it reviews
  [
    'http://416w.cn/2014/0317/762756_2.shtml',
    '(三)2013年預(yù)算收支情況。\n1.公共財(cái)政預(yù)算。\n2013年上半年我國(guó)經(jīng)濟(jì)下行壓力較大,財(cái)政收入增速下滑,低于年初預(yù)算預(yù)計(jì)的增幅;下半年經(jīng)濟(jì)企穩(wěn)回升,財(cái)政收入特別是稅收收入增速回升,加上一些一次性增收因素,全年財(cái)政收入比年初預(yù)算略有超收。全國(guó)財(cái)政收入129142.9億元,比2012年(下同)增長(zhǎng)10.1%。',
    2013,
    2014,
  ],
  // news of the year's revenue, headed by it: no report named 2023年预算 (reviewing 2022)
  [
    'http://bg3.co/a/2023nian-quan-guo-yi-ban-gong-gong-yu-suan-shou-ru-chao-21mo-yi-yuan.html',
    '2023年全國一般公共預算收入超21萬億元\n\n(原標題:2023年全國一般公共預算收入超21萬億元)\n\n財聯社2月1日電,在今日舉行的國新辦發佈會上,財政部發布2023年財政收支情況顯示,全國一般公共預算收入突破21萬億元,同比增長6.4%。',
    null,
    null,
  ],
  // what stays: a pair of years is no comparison (2010与2015年三次产业结构比), a budget part planning its year
  [`${FIXTURES}/detect-corpus/texts/h9-com-city-2015-body-gxscse.txt`, '', 2015, null],
  [`${FIXTURES}/gold-heldout/docs/budget-minhe-2016-draft.txt`, '', 2015, 2016],
];

describe('a year inside a comparison or a budget figure dates no page', () => {
  it.each(PAGES)('%s', (where, opening, results, targets) => {
    const text = opening || readFileSync(where, 'utf8');
    const meta = reportMeta(normalize(text).text);
    expect([meta.resultsYear, meta.targetsYear]).toEqual([results, targets]);
  });
});
