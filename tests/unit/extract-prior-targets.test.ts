// Last year's target quoted beside this year's (news digests of the year's targets, found with the search tool's pages):
// the figure said of the year before is that year's target, not a result of it nor a target of the year planned. Each row
// is a page's sentences, with the rows where the rule must not fire (last year's outcome, this year's target).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    // https://news.sohu.com/20150209/n408867930.shtml (中新网 2015-02-09)
    name: '比去年的8.5%, 比去年10%左右 after this year’s target are last year’s targets',
    title: '31省份政府工作报告出炉 29省份下调GDP目标',
    input:
      '中新网北京2月9日电(记者 李金磊)今天(9日),广东、吉林、海南这三地的省级两会开幕,至此,各地2015年政府工作报告均已出炉。\n这三个省份均下调了今年的GDP预期增长目标。其中,广东明确今年GDP增长目标为7.5%左右,比去年的8.5%下降1个百分点;海南今年目标为8%,比去年10%左右下调2个百分点;吉林今年目标为6.5%左右,比去年8%左右下调下调1.5个百分点。',
    expect: [
      { text: '7.5%左右', kind: 'target', period: 2015 },
      { text: '8.5%', kind: 'target', period: 2014 },
      { text: '8%', kind: 'target', period: 2015 },
      { text: '10%左右', kind: 'target', period: 2014 },
      { text: '6.5%左右', kind: 'target', period: 2015 },
      { text: '8%左右', kind: 'target', period: 2014 },
    ],
  },
  {
    // the same page: 去年的目标是 names last year's target, 今年则调整为 this year's
    name: '去年的目标是8% is last year’s target',
    title: '31省份政府工作报告出炉 29省份下调GDP目标',
    input:
      '各地2015年政府工作报告均已出炉。\n如,广东GDP目标定为7.5%左右,而去年的目标是8%;天津去年的目标为11%,今年则调整为9%左右;云南去年的目标是11%以上,而今年则调整为8.5%左右。',
    expect: [
      { text: '8%', kind: 'target', period: 2014 },
      { text: '11%', kind: 'target', period: 2014 },
      { text: '9%左右', kind: 'target', period: 2015 },
      { text: '11%以上', kind: 'target', period: 2014 },
      { text: '8.5%左右', kind: 'target', period: 2015 },
    ],
  },
  {
    // http://lakalal8.com/news/content/791551150842845001.html (2020 provincial targets, traditional characters)
    name: '比2019年10%左右的目标 is 2019’s target',
    title: '26省份今年GDP目標出爐',
    input:
      '2020年省級地方兩會密集召開,在曬出2019年成績單的同時,各省份今年經濟社會發展預期目標也陸續出爐。\n其中,西藏2020年GDP增長目標為9%左右,目前是已公布GDP增長目標省份中最高的,但是比2019年10%左右的目標有所下調。',
    expect: [
      { text: '9%左右', kind: 'target', period: 2020 },
      { text: '10%左右', kind: 'target', period: 2019 },
    ],
  },
  {
    // the same page
    name: '由去年的9%左右下调到8%左右: last year’s target, then this year’s',
    title: '26省份今年GDP目標出爐',
    input:
      '2020年省級地方兩會密集召開,在曬出2019年成績單的同時,各省份今年經濟社會發展預期目標也陸續出爐。\n貴州2020年GDP增長目標由去年的9%左右下調到8%左右。',
    expect: [
      { text: '9%左右', kind: 'target', period: 2019 },
      { text: '8%左右', kind: 'target', period: 2020 },
    ],
  },
  {
    // https://forum.ibeta.tw/forum.php?action=printable&mod=viewthread&tid=154098 (FT Chinese repost, 2015): last year's
    // growth is a result, last year's target a target
    name: '去年的GDP增长目标是7.5% is a target; 去年的…增长率已降至7.4% a result',
    title: '中國今年增長目標降至“7%左右”',
    input:
      '中國總理李克強把中國2015年增長目標進一步降至“7%左右”。中國去年的國內生產總值(GDP)增長率已降至7.4%,自1990年來的最低增速。\n中國去年的GDP增長目標是7.5%。',
    expect: [
      { text: '7.4%', kind: 'actual' },
      { text: '7.5%', kind: 'target' },
    ],
  },
  {
    // http://fszi.org/eco/jjlw/2014-02-17/2280.html: this year's target set against last year's outcome (去年实际增长) stays
    // this year's
    name: '与去年实际增长相比 … 达到8.5% stays this year’s target',
    title: '2014年31省份GDP增长目标',
    input:
      '至此,2014年全国省级两会将全部闭幕。\n黑龙江、海南成为今年为数不多“逆势上扬”的两个省份,今年GDP增长目标与去年实际增长相比,黑龙江省上调0.5个百分点,达到8.5%,海南省上调0.1个百分点,达到10%。',
    expect: [
      { text: '8.5%', kind: 'target', period: 2014 },
      { text: '10%', kind: 'target', period: 2014 },
    ],
  },
  {
    // https://m.folksfolks.com/news/2015-01/29/content_15615578.htm (中新网 2015-01-29; the page names no year of its own): a
    // sentence opening on 其中 goes on with the one before about the targets set, each province's cut from last year's
    name: '其中,北京从去年的7.5%左右下调至7%左右 after a sentence about targets: targets',
    title: '淡化GDP成地方两会“新常态” 26省份下调GDP目标',
    input:
      '据中新网记者统计,截至1月28日,除了广东、吉林、海南外,全国已有28个省份召开了省级地方两会。除西藏的目标与去年持平外,北京、河北等26个省份均明确下调了GDP增长目标。此外,上海则干脆取消了GDP目标,只提出了“经济平稳增长”。\n\n其中,北京从去年的7.5%左右下调至7%左右,天津从11%下调至9%左右,河北从8%左右下调至7%左右,重庆从11%左右下调至10%左右……',
    expect: [
      { text: '7.5%左右', kind: 'target' },
      { text: '11%', kind: 'target' },
      { text: '9%左右', kind: 'target' },
      { text: '10%左右', kind: 'target' },
    ],
  },
  {
    // http://nuu.laifutaikj.com/R_tastyme.html (中新网 2023-01-16, a repost): 其中 after 从各地GDP目标来看
    name: '其中,海南为9.5%左右 after 从各地GDP目标来看: targets',
    title: '【中国新观察】31省份GDP目标公布 多地表态力争更好结果',
    input: '从各地GDP目标来看,多数省份高于5%。\n其中,海南为9.5%左右,西藏为8%左右,江西、新疆为7%左右,安徽、宁夏、湖南、湖北为6.5%左右。',
    expect: [
      { text: '9.5%左右', kind: 'target' },
      { text: '6.5%左右', kind: 'target' },
    ],
  },
  {
    // a review's 其中 after the targets met stays results (tests/fixtures/detect-corpus/texts/h10-plan-shantou-2010-rd.txt)
    name: '其中 after 完成年度预期目标 stays results',
    title: '汕头市2009年国民经济和社会发展计划执行情况与2010年计划草案的报告',
    input:
      '全市实现地区生产总值1035.73亿元,增长10.7%,完成年度预期目标,增幅继续高于全国全省。其中,第一产业增加值54.63亿元,增长3.2%;第二产业增加值572.38亿元,增长10.8%。',
    expect: [
      { text: '54.63亿元', kind: 'actual', period: 2009 },
      { text: '572.38亿元', kind: 'actual', period: 2009 },
    ],
  },
];

describe('last year’s target quoted beside this year’s', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
