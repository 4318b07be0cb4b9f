// Units as written, simplified, magnitude included: money, rates, points, counts, physical measures,
// containers, concentrations, days. The unit decides what a quantity is; a wrong unit is a wrong value.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  // money
  { input: '城镇居民人均可支配收入68326元。', expect: [{ text: '68326元', unit: '元' }] },
  { input: '完成工业投资285万元。', expect: [{ text: '285万元', unit: '万元' }] },
  { input: '一般公共预算收入177.8亿元。', expect: [{ text: '177.8亿元', unit: '亿元' }] },
  { input: '进出口总额41.76万亿元。', expect: [{ text: '41.76万亿元', unit: '万亿元' }] },
  { input: '实际使用外资12.5亿美元。', expect: [{ text: '12.5亿美元', unit: '亿美元' }] },
  { input: '外贸进出口总额达到3200万美元。', expect: [{ text: '3200万美元', unit: '万美元' }] },
  { input: '到位港资1.6亿港元。', expect: [{ text: '1.6亿港元', unit: '亿港元' }] },
  { input: '對外投資2.3億歐元。', expect: [{ text: '2.3億歐元', unit: '亿欧元' }] },
  { input: '高标准农田亩均投入3000元/亩。', expect: [{ text: '3000元/亩', unit: '元/亩' }] },
  // rates and points
  { input: '地区生产总值增长5.2%。', expect: [{ text: '5.2%', unit: '%' }] },
  { input: '地區生產總值增長5.2％。', expect: [{ text: '5.2％', unit: '%' }] },
  { input: '人口自然增长率为3.2‰。', expect: [{ text: '3.2‰', unit: '‰' }] },
  { input: '研发经费投入占比提高0.3个百分点。', expect: [{ text: '0.3个百分点', unit: '个百分点' }] },
  { input: '城镇化率提高1.2百分点。', expect: [{ text: '1.2百分点', unit: '百分点' }] },
  { input: '出口额增长1.5倍。', expect: [{ text: '1.5倍', unit: '倍' }] },
  // counts
  { input: '新增高新技术企业120家。', expect: [{ text: '120家', unit: '家' }] },
  { input: '实施重点项目230个。', expect: [{ text: '230个', unit: '个' }] },
  { input: '获批国家级标准60项。', expect: [{ text: '60项', unit: '项' }] },
  { input: '引进高层次人才1200人。', expect: [{ text: '1200人', unit: '人' }] },
  { input: '引进博士后研究人员35名。', expect: [{ text: '35名', unit: '名' }] },
  { input: '筹集保障性租赁住房1.5万套。', expect: [{ text: '1.5万套', unit: '万套' }] },
  { input: '新建5G基站1200座。', expect: [{ text: '1200座', unit: '座' }] },
  { input: '新增新能源公交车200辆。', expect: [{ text: '200辆', unit: '辆' }] },
  { input: '新开通公交线路12条。', expect: [{ text: '12条', unit: '条' }] },
  { input: '中欧班列开行430列。', expect: [{ text: '430列', unit: '列' }] },
  { input: '改造危房356户。', expect: [{ text: '356户', unit: '户' }] },
  { input: '接待游客1250万人次。', expect: [{ text: '1250万人次', unit: '万人次' }] },
  { input: '新增养老床位800张。', expect: [{ text: '800张', unit: '张' }] },
  { input: '新建中小学校12所。', expect: [{ text: '12所', unit: '所' }] },
  // area, length, mass, volume, energy
  { input: '改造提升高标准农田1.4万亩。', expect: [{ text: '1.4万亩', unit: '万亩' }] },
  // 担 (50 kg) with its magnitude: tobacco bought by a county (宜章 2016, judged sample 39), cotton in a 1956 budget report
  { input: '收购烤烟8.21万担。', expect: [{ text: '8.21万担', indicator: '收购烤烟', value: 8.21, unit: '万担' }] },
  {
    input: '棉花产量将要达到３，５５６万担，比１９５５年增长１７．１％',
    expect: [
      { text: '３，５５６万担', indicator: '棉花产量', value: 3556, unit: '万担' },
      { text: '１７．１％', indicator: '棉花产量' },
    ],
  },
  // livestock counted in 头只 (head of cattle and sheep together: 内蒙古 2016, judged sample 40; 青海 2025)
  {
    input: '牲畜存欄由1.08億頭只增加到1.36億頭只,牛奶產量增長。',
    expect: [
      { text: '1.08億頭只', unit: '亿头只' },
      { text: '1.36億頭只', indicator: '牲畜存栏', unit: '亿头只' },
    ],
  },
  // alone, 担 is a verb (担任, 担当): the count stays in 人
  { input: '其中2人担任组长。', expect: [{ text: '2人', unit: '人' }] },
  { input: '新增绿地100公顷。', expect: [{ text: '100公顷', unit: '公顷' }] },
  { input: '完成老旧小区改造120万平方米。', expect: [{ text: '120万平方米', unit: '万平方米' }] },
  { input: '规划建设生物医药产业园6平方公里。', expect: [{ text: '6平方公里', unit: '平方公里' }] },
  { input: '新改建农村公路120公里。', expect: [{ text: '120公里', unit: '公里' }] },
  { input: '整治河道岸线3500米。', expect: [{ text: '3500米', unit: '米' }] },
  { input: '港口货物吞吐量2.6亿吨。', expect: [{ text: '2.6亿吨', unit: '亿吨' }] },
  { input: '粮食总产量30.5万吨。', expect: [{ text: '30.5万吨', unit: '万吨' }] },
  { input: '供水能力达到50万立方米。', expect: [{ text: '50万立方米', unit: '万立方米' }] },
  { input: '新增光伏装机容量120兆瓦。', expect: [{ text: '120兆瓦', unit: '兆瓦' }] },
  { input: '全社会用电量185亿千瓦时。', expect: [{ text: '185亿千瓦时', unit: '亿千瓦时' }] },
  // containers, concentrations, days
  { input: '集装箱吞吐量突破800万标箱。', expect: [{ text: '突破800万标箱', unit: '万标箱' }] },
  { input: '集装箱吞吐量803万TEU。', expect: [{ text: '803万TEU', unit: '万TEU' }] },
  { input: 'PM2.5平均浓度24微克/立方米。', expect: [{ text: '24微克/立方米', unit: '微克/立方米' }] },
  { input: '空气质量优良天数达到310天。', expect: [{ text: '310天', unit: '天' }] },
  { input: '工程建设项目审批时间压缩至80个工作日。', expect: [{ text: '80个工作日', unit: '个工作日' }] },
];

describe('units', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
