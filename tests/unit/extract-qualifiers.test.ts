// Qualifier words before and after the number belong to the mention's text and set its qualifier:
// about (左右, 约, 上下), above (以上, 超, 超过, 突破, 逾, 多, 余, 不低于, 不少于), below (以内, 以下,
// 不超过, 低于), near (近, 接近), or exact. The growth verb in front is never part of the text.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  // after the number
  { input: '地区生产总值增长5%左右。', expect: [{ text: '5%左右', qualifier: 'about', value: 5 }] },
  { input: '居民消费价格涨幅3%上下。', expect: [{ text: '3%上下', qualifier: 'about' }] },
  { input: '地区生产总值增长2%以上。', expect: [{ text: '2%以上', qualifier: 'above', value: 2 }] },
  { input: '城镇调查失业率控制在5.5%以内。', expect: [{ text: '5.5%以内', qualifier: 'below', value: 5.5 }] },
  { input: '城镇登记失业率控制在3%以下。', expect: [{ text: '3%以下', qualifier: 'below' }] },
  { input: '粮食产量稳定在30万吨以上。', expect: [{ text: '30万吨以上', qualifier: 'above', unit: '万吨' }] },
  { input: '新增城镇就业1200万人以上。', expect: [{ text: '1200万人以上', qualifier: 'above' }] },
  // 多 and 余 between number and unit
  { input: '招引产业项目200多个。', expect: [{ text: '200多个', qualifier: 'above', value: 200, unit: '个' }] },
  { input: '加快建设180余个市级重点项目。', expect: [{ text: '180余个', qualifier: 'above', value: 180, unit: '个' }] },
  { input: '引进各类人才1万余人。', expect: [{ text: '1万余人', qualifier: 'above', value: 1, unit: '万人' }] },
  { input: '减税降费8000多万元。', expect: [{ text: '8000多万元', qualifier: 'above', unit: '万元' }] },
  // before the number
  { input: '完成投资约50亿元。', expect: [{ text: '约50亿元', qualifier: 'about', value: 50 }] },
  { input: '国内生产总值超过126万亿元。', expect: [{ text: '超过126万亿元', qualifier: 'above' }] },
  { input: '高新技术企业超1900家。', expect: [{ text: '超1900家', qualifier: 'above', value: 1900 }] },
  { input: '集装箱吞吐量突破800万标箱。', expect: [{ text: '突破800万标箱', qualifier: 'above' }] },
  { input: '服务企业逾3000家。', expect: [{ text: '逾3000家', qualifier: 'above' }] },
  { input: '规上物贸企业实现营收近1400亿元。', expect: [{ text: '近1400亿元', qualifier: 'near', value: 1400 }] },
  { input: '外贸进出口总额接近500亿元。', expect: [{ text: '接近500亿元', qualifier: 'near' }] },
  { input: '研发经费投入强度不低于3.5%。', expect: [{ text: '不低于3.5%', qualifier: 'above' }] },
  { input: '新增城镇就业不少于1.5万人。', expect: [{ text: '不少于1.5万人', qualifier: 'above' }] },
  { input: '政府负债率不超过60%。', expect: [{ text: '不超过60%', qualifier: 'below' }] },
  { input: '城镇调查失业率低于5.5%。', expect: [{ text: '低于5.5%', qualifier: 'below' }] },
  { input: '研发经费投入强度超100%完成。', expect: [{ text: '超100%', qualifier: 'above' }] },
  // none
  { input: '一般公共预算收入177.8亿元。', expect: [{ text: '177.8亿元', qualifier: 'exact' }] },
  // 约 ending a word of its own bounds nothing (the 2001 national report's 节约10%, a fall: measure.ts); 近 on its own still does
  { input: '各项开支要比去年预算执行数节约10%。', expect: [{ text: '10%', qualifier: 'exact', value: -10 }] },
  { input: '签约项目近500个、总投资超千亿元。', expect: [{ text: '近500个', qualifier: 'near', value: 500 }] },
  // the growth verb stays out of the text
  { input: '地区生产总值增长5.2%。', exactly: ['5.2%'], expect: [] },
  { input: '工业用电量下降8.65%。', exactly: ['8.65%'], expect: [] },
  // traditional and full-width
  { input: '地區生產總值增長５％左右。', expect: [{ text: '５％左右', qualifier: 'about' }] },
  { input: '城鎮調查失業率控制在5.5%以內。', expect: [{ text: '5.5%以內', qualifier: 'below' }] },
];

describe('qualifiers', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
