// A result its own sentence dates to the year after the one the page's metadata takes as reviewed: statistics news dated by
// its publication, whose year a report would plan, and a report's news dated a year early; and on a page with no year, a
// result dated by the year its paragraph or list intro said before it (lib/extract/later-year-results.ts).
// Each row is a page's opening lines up to the sentence, as the page has them, with the page's address; no title is given,
// as a pasted page has none.
import { describe, expect, it } from 'vitest';
import { reportMeta } from '../../lib/detect/metadata';
import { laterYearResult } from '../../lib/extract/later-year-results';
import { normalize } from '../../lib/text/normalize';
import { checkRow, mentionsOf, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'NBS summer grain news dated 2014 (theworldseeds.cn/index.php?p=37299)',
    title: '',
    input:
      '统计局:今年夏粮增产474.8万吨\n发表日期:2014-07-17 12:55AM 阅览次数:\n国家统计局14日公布的全国夏粮生产数据显示,2014年全国夏粮总产量13659.6万吨(2731.9亿斤),比2013年增产474.8万吨(94.9亿斤),增长3.6%。其中谷物产量12580.9万吨(2516.2亿斤),增产438.8万吨(87.8亿斤),增长3.6%;',
    expect: [
      { text: '13659.6万吨', kind: 'actual', period: 2014 },
      { text: '12580.9万吨', kind: 'actual', period: 2014 },
      { text: '438.8万吨', kind: 'actual', period: 2014, measure: 'change' },
    ],
  },
  {
    name: "a city report's news read a year early (szrd.gov.cn//v2/lvzhi/jdgz/zxgz/content/post_967523.html)",
    title: '',
    input:
      '市六届人大三次会议开幕,许勤作政府工作报告,GDP目标增速8.5%\n发布时间: 2017-01-14\n“深圳质量型发展领先优势更加凸显。”对于2016年深圳的经济发展情况,本次政府工作报告如是评价。经初步核算,2016年本市生产总值超过1.93万亿元,同比增长9%左右;固定资产投资4056.9亿元,增速达23%,创22年新高;',
    expect: [
      { text: '超过1.93万亿元', kind: 'actual', period: 2016 },
      { text: '4056.9亿元', kind: 'actual', period: 2016 },
    ],
  },
];

describe('a result dated by its own sentence to the year after the one reviewed', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));

  it('NBS grain news dated 2012, to the items of the list its intro dates (neijiangzixun.com/2012-11/30/content_415722.htm)', () => {
    const input =
      '<tt id="m0uk4"></tt>\n  • \n    \n    1. 統計局:今年糧食總產量近5.9億噸 實現九連增\n      2012-11-30   作者:  來源:新華網\n       \n      【字號\n\n        國家統計局今日發布關于2012年糧食產量數據的公告。公告的數據顯示,2012年全國糧食總產量58957萬噸(11791億斤),比2011年增加1836萬噸(367億斤),增長3.2%。2004年至2012年糧食總產量實現連續九年增產。\n        此前,統計局發布《農業基礎地位更加穩固 農村面貌加快改善》報告,報告公布的數據顯示,2011年,全國糧食總產量突破55000萬噸大關,達到57121萬噸,比2002年增產11415萬噸,增長25%,年均增長2.5%。2004年至2011年糧食總產量實現連續八年增產,2007年至2011年糧食總產量連續5年超5億噸。\n\n        公告全文如下:\n\n        國家統計局關于2012年糧食產量數據的公告\n\n        根據國家統計局對全國31個省(區、市)農業生產經營戶的抽樣調查和農業生產經營單位的全面統計,2012年全國糧食播種面積、單位面積產量、糧食總產量如下:\n        一、全國糧食播種面積111267千公頃,比2011年增加694千公頃,增長0.6%。\n        二、全國糧食單位面積產量5299公斤/公頃,比2011年增加133公斤/公頃,提高2.6%。';
    const mentions = mentionsOf(input, '');
    for (const text of ['58957萬噸', '1836萬噸', '111267千公頃', '694千公頃', '5299公斤/公頃', '2.6%'])
      expect(mentions.find((m) => m.text === text)?.period, text).toBe(2012);
  });

  it('leaves a start level the year before (detect-corpus/texts/h6-rep-national-2004-part2-trad-dlnp.txt, a page read as of 2003)', () => {
    // the module alone, on the page's sentence as the engine reads it (simplified) and the metadata it had then: the page's
    // own reading of its year has since changed, and the mechanism is what this row is about
    const text = normalize(
      '為繼續落實“兩個確保”和“三條保障線”,2003年中央財政支出700億元,比上年增長19.9%;其中用于城市居民最低生活保障的補助資金由上年46億元增加到92億元。',
    ).text;
    const meta = { ...reportMeta(text), year: 2003, resultsYear: 2002, targetsYear: 2003 };
    const read = { kind: 'actual' as const, period: 2002 };
    // 2003年中央财政支出700亿元: the sentence dates it; 由上年46亿元: the start of a change, the year before
    expect(laterYearResult(text, 0, text.indexOf('700亿元'), read, meta)).toEqual({ kind: 'actual', period: 2003 });
    expect(laterYearResult(text, 0, text.indexOf('46亿元'), read, meta)).toEqual(read);
  });
  it('on a page with no year, dates the items of a list by its intro (stats.gov.cn:82/tjdt/zygg/gjtjjgg/t20130712_402910713.htm)', () => {
    const input =
      '國家統計局關於2013年夏糧產量數據的公告\n根據對全國25個夏糧生產的省、區、市調查,2013年全國夏糧播種面積、單位面積產量、夏糧總產量如下:\n一、全國夏糧播種面積27588千公頃(41382萬畝),比2012年增加1千公頃(1.5萬畝),基本持平。';
    const mentions = mentionsOf(input, '');
    for (const text of ['27588千公頃', '1千公頃']) expect(mentions.find((m) => m.text === text)?.period, text).toBe(2013);
  });

  it('on a page with no year, dates a sentence by a year said before it in its paragraph (luwanhua.cn/2015/1209/346792.html)', () => {
    const input =
      '全國糧食總產(chǎn)量增長2.4% 實現(xiàn)“十二連增”\n2015-12-09 15:35:41\n我國糧食產(chǎn)量實現(xiàn)了“十二連增”。國家統(tǒng)計局8日公布數(shù)據(jù)顯示,2015年全國糧食總產(chǎn)量62143.5萬噸(12428.7億斤),比2014年增加1440.8萬噸(288.2億斤),增長2.4%。其中谷物產(chǎn)量57225.3萬噸(11445.1億斤),比2014年增加1484.6萬噸(296.9億斤),增長2.7%。\n數(shù)據(jù)顯示,2015年全國糧食播種面積為113340.5千公頃,比上年增加617.9千公頃,增長0.5%。全國糧食作物平均單產(chǎn)每公頃5482.9公斤,每公頃比上年增產(chǎn)97.8公斤,提高1.8%。';
    const mentions = mentionsOf(input, '');
    for (const text of ['57225.3萬噸', '2.7%', '5482.9公斤']) expect(mentions.find((m) => m.text === text)?.period, text).toBe(2015);
  });

  it('but not past an estimate (kuaixiaopin.net/a/xiaofei/2014/0113/17229.html)', () => {
    const input =
      '人民网无锡1月13日电 (陈超)无锡市第十五届人民代表大会第三次会议13日下午召开,无锡市代市长汪泉作政府工作报告。报告认为,2013年无锡经济运行稳中有进、转型升级步伐加快、改革开放活力增强、城乡建设协调发展、生态文明不断进步、民生工作扎实推进、社会事业成效明显、社会管理持续加强。预计2013年无锡全市地区生产总值增长9.3%,达到8000亿元以上。\n汪泉介绍称,2013年无锡全市经济稳定健康发展,预计地区生产总值增长9.3%,公共财政预算收入增长8%,固定资产投资增长18.1%,社会消费品零售总额增长12.5%。在全力稳增长的基础上,无锡把工作着力点放在提高经济发展质量和效益上,国家和省要求取消或下放的334项行政审批事项全部落实到位,取消或免征涉企收费74项,降低收费标准26项,实现社会融资总量1921亿元,';
    // 2013年…,预计…: what the year's sentence estimates does not date what follows
    expect(mentionsOf(input, '').find((m) => m.text === '1921亿元')?.period).toBeNull();
  });
});
