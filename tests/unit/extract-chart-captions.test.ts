// A chart's caption in a statistical communiqué (图1: 2000-2006年地区生产总值完成情况) names the years the chart draws:
// the figures the text goes on with are the year's, not the caption's span (lib/extract/chart-captions.ts). Real
// passages of communiqué pages, each with where it came from; the caption stands where the page has it.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'a list of price categories after a caption, on a page run into one line (m.ishare.iask.com/f/34RUZdWq8am.html)',
    title: '太原市2006年国民经济和社会发展统计公报',
    input:
      '初步统计,2006年全市实现地区生产总值(GDP)1013.38亿元,比2005年增长11.5%。 图1: 2000-2006年地区生产总值完成情况 第三产业比重提高。三次产业比例为1.9 :46.9 :51.2。 图2: 2005年、2006年一、二、三产业结构 市场价格温和上涨。居民消费价格总水平比2005年上涨 1.6%。 从消费价格分类指数看,呈现"五涨三降"的趋势。上涨的五类是:食品类上涨4.5%(其中粮食类上涨1.1%),烟酒及用品类上涨2.1%,家庭设备用品及维修服务类上涨2.2%,医疗保健及个人用品类上涨1.9%,居住类上涨1.1%。',
    expect: [
      { text: '4.5%', measure: 'growth', period: 2006, periodFrom: null },
      { text: '2.1%', measure: 'growth', period: 2006, periodFrom: null },
      { text: '1.9%', measure: 'growth', period: 2006, periodFrom: null },
    ],
  },
  {
    name: 'shares moved against last year, after the caption of a five-year chart (tests/fixtures/detect-corpus/texts/com-county-2015-qdndz-body.txt)',
    title: '2015年国民经济和社会发展统计公报',
    input:
      '人均地区生产总值为19967元,比上年增长13.1%。\n图1:2011-2015年全县地区生产总值及增长速度\n2015年三次产业结构比为25.72:26.84:47.44,与上年比,第一产业占地区生产总值的比重上升3.82个百分点,第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点。',
    expect: [
      { text: '3.82个百分点', measure: 'change', period: 2015, periodFrom: null },
      { text: '1.66个百分点', measure: 'change', period: 2015, periodFrom: null },
    ],
  },
  {
    name: 'a caption whose number runs into the year, 图12008-2012年 (tests/fixtures/detect-corpus/texts/h6-com-chongqing-2012-docpreview.txt)',
    title: '2012年重庆市国民经济和社会发展统计公报',
    input:
      '按常住人口计算,全年人均地区生产总值达到39083元,比上年增长12.4%。\n\n图12008-2012年地区生产总值及其增长速度\n单位:亿元、%\n“一小时经济圈”[2]完成地区生产总值8864.78亿元,比上年增长13.4%,占全市生产总值的77.4%;“渝东北翼”完成1960.96亿元,增长14.5%,占全市的17.1%。',
    expect: [
      { text: '8864.78亿元', measure: 'level', period: 2012, periodFrom: null },
      { text: '13.4%', measure: 'growth', period: 2012, periodFrom: null },
      { text: '1960.96亿元', period: 2012, periodFrom: null },
    ],
  },
];

describe('a chart caption’s years are no span of the text after it', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
