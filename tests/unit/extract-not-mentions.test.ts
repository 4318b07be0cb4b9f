// What only looks like a quantity: years and dates, times, ordinals and plan names, codes and
// hotline, phone and ICP numbers, names with digits, class names, policy names like “20条”,
// thresholds that name a class of things. Where a real quantity sits beside one, it alone is found.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const none = (input: string, name?: string): Row => ({ input, name, exactly: [], expect: [] });

const rows: Row[] = [
  // years, dates, times
  none('2022年是党的二十大胜利召开之年。'),
  none('2023年1月5日,市长在会上作报告。'),
  none('会议于2023-01-05召开。发布日期:2023.01.05。'),
  none('2023年1月至11月。1-11月。12月31日。'),
  none('二〇二三年一月,全市召开大会。'),
  none('上午9:30开会,10点30分结束。'),
  // ordinals, plan names, numbered slogans, versions
  none('第五次全国人口普查。第5次会议。排名第2位。'),
  none('“十四五”规划开局良好。第十四个五年规划。'),
  none('实施“3+3”产业体系,构建“1+N”政策体系。'),
  none('出台5.0政策。推进工业4.0示范。'),
  none('第三批试点城市。前10名。'),
  // codes: hotline, phone, fax, postcode, ICP, document numbers
  none('市民服务热线12345受理诉求。拨打12345热线。'),
  none('联系电话:0512-53572110。传真:0512-53572111。'),
  none('苏ICP备05012345号-1。'),
  none('文件苏府〔2023〕12号。'),
  // names with digits and class names
  none('PM2.5浓度持续下降。'),
  none('建成5G网络,推进5G应用。'),
  none('水质达到III类标准。'),
  none('消除劣V类水体。'),
  // policy names with 条
  none('出台“20条”政策。'),
  none('制定惠企21条措施。'),
  // counters of a web page
  none('本网站浏览次数12345次。点击量:5023。'),
  // a threshold naming a class of things is not an amount
  none('引进注册资金2000万元以上产业项目。', '2000万元以上产业项目 names a class'),
  none('推动投资10亿元项目落地。', '10亿元项目 names a class'),
  // a real quantity beside the look-alikes
  { input: 'PM2.5平均浓度28微克/立方米,下降6.7%。', exactly: ['28微克/立方米', '6.7%'], expect: [{ text: '28微克/立方米', value: 28 }] },
  { input: '新建5G基站1200个。', exactly: ['1200个'], expect: [{ text: '1200个', value: 1200 }] },
  { input: '12345政务服务便民热线办结率99.5%。', exactly: ['99.5%'], expect: [] },
  { input: '“十四五”期间新建学校20所。', exactly: ['20所'], expect: [{ text: '20所', value: 20 }] },
  { input: '地表水国省考断面水质优Ⅲ类比例达到90%。', exactly: ['90%'], expect: [] },
  { input: '整治劣V类水体49条。', exactly: ['49条'], expect: [{ text: '49条', value: 49 }] },
  { input: '开通航线6条。', exactly: ['6条'], expect: [{ text: '6条', value: 6, unit: '条' }] },
  { input: '引进注册资金2000万元以上产业项目246个。', exactly: ['246个'], expect: [{ text: '246个', ind: '产业项目' }] },
  { input: '2022年全市实现地区生产总值1635亿元。', exactly: ['1635亿元'], expect: [] },
  { input: '5A级景区2家。', exactly: ['2家'], expect: [] },
];

describe('not mentions', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
