// Figures written in Chinese numerals, as national reports before the 1990s (and their reposts) write
// them: amounts with 万 and 亿 inside (二百九十三亿九千四百万元), decimals (一点四倍), counts with a
// magnitude (二千四百三十九万二千人), percentages in words (百分之八点七) — and what stays no figure:
// ordinals, plan names, set phrases, the dates and years of those reports. The sentences are quoted
// from the old reports and news pages of tests/fixtures/detect-corpus (their files named in the rows).
import { describe, expect, it } from 'vitest';
import { parseChinese, parseChineseAmount } from '../../lib/extract/numbers';
import { checkRow, rowName, type Row } from './helpers/engine';

const OLD_REPORT = '1983年国务院政府工作报告';

describe('Chinese numerals: the parser', () => {
  // integers with 万 and 亿 inside, and how older texts write 亿 (万万)
  it.each([
    ['十二', 12],
    ['一千零七十八', 1078],
    ['一万一千五百三十三', 11533],
    ['一万一千五百三十三亿', 11533e8],
    ['十一亿零六百万', 1106e6],
    ['三亿二千五百零二万', 325020000],
    ['一万亿', 1e12],
    ['六万万', 6e8],
  ])('%s → %d', (s, n) => expect(parseChinese(s)).toBe(n));

  // amounts as a report would write them in digits: the value in the largest magnitude written
  it.each([
    ['一万一千五百三十三亿', 11533, '亿'],
    ['三千七百八十亿', 3780, '亿'],
    ['二百九十三亿九千四百万', 293.94, '亿'],
    ['二千四百三十九万二千', 2439.2, '万'],
    ['二千三百', 2300, ''],
    ['一点四', 1.4, ''],
    ['零点五', 0.5, ''],
    ['一点二亿', 1.2, '亿'],
    ['二十六点一万亿', 26.1, '万亿'],
  ])('%s → %d %s', (s, value, magnitude) => expect(parseChineseAmount(s)).toEqual({ value, magnitude }));

  // two digit words side by side are an approximation (二三十: twenty or thirty) or a year's digits
  it.each(['二三十', '一九八四', '一九八四点五', '亿亿'])('%s is no amount', (s) => expect(parseChineseAmount(s).value).toBeNaN());
});

const rows: Array<Row & { family: string }> = [
  // a 多 inside an amount in two magnitudes, and a unit that starts with a magnitude's digit word
  {
    family: 'magnitudes',
    name: 'judged/pages29 national-1985: 四亿零七百多万吨 (4.07亿 with 多 before the unit’s 万)',
    input: '一九八四年粮食产量达到四亿零七百多万吨，比上年增长百分之五。',
    expect: [{ text: '四亿零七百多万吨', value: 4.07, unit: '亿吨', qualifier: 'above' }],
  },
  {
    family: 'magnitudes',
    name: 'judged/pages28 national-1986: 六亿三千多万平方米',
    input: '城镇住宅竣工面积达六亿三千多万平方米。',
    expect: [{ text: '六亿三千多万平方米', value: 6.3, unit: '亿平方米', qualifier: 'above' }],
  },
  {
    family: 'magnitudes',
    name: 'judged/pages28 national-1986: 一千九百五十万千瓦 (千瓦 is the unit, not a digit of the amount)',
    input: '五年内新增发电装机容量一千九百五十万千瓦。',
    expect: [{ text: '一千九百五十万千瓦', value: 1950, unit: '万千瓦' }],
  },
  {
    family: 'magnitudes',
    name: 'judged/pages41 national-1955: 二十二万七千千瓦 (a 千 after 千 starts the unit: no numeral writes 千千)',
    input: '发电机:从三万千瓦增加到二十二万七千千瓦,增长六点七倍。',
    expect: [{ text: '二十二万七千千瓦', value: 22.7, unit: '万千瓦' }],
  },
  {
    family: 'magnitudes',
    name: '一千二百千瓦, 五十千瓦 (百千 and 十千 are no numerals either)',
    input: '新建小水电站装机一千二百千瓦,另有柴油发电机组五十千瓦。',
    expect: [
      { text: '一千二百千瓦', value: 1200, unit: '千瓦' },
      { text: '五十千瓦', value: 50, unit: '千瓦' },
    ],
  },
  {
    family: 'magnitudes',
    name: 'must not fire: 一万二千吨 keeps its 千 (a digit word before it)',
    input: '年产化肥一万二千吨。',
    expect: [{ text: '一万二千吨', value: 1.2, unit: '万吨' }],
  },
  {
    family: 'ranges',
    name: 'judged/pages41 national-1955: 一百多亿斤到二百多亿斤 is one range, above (多 at each end)',
    input: '如果再把一、二千万亩粮田改种薯类,则虽然每年减少粮食二、三十亿斤,但能增产薯类一百多亿斤到二百多亿斤。',
    expect: [{ text: '一百多亿斤到二百多亿斤', value: 100, valueMax: 200, unit: '亿斤', qualifier: 'above' }],
  },
  {
    family: 'ranges',
    name: 'must not fire: 从一百多亿斤增加到二百多亿斤 is a change from one to the other',
    input: '粮食产量从一百多亿斤增加到二百多亿斤。',
    exactly: ['一百多亿斤', '二百多亿斤'],
    expect: [{ text: '二百多亿斤', value: 200, valueMax: null }],
  },
  // money: 亿元 and 万 inside it
  {
    family: 'money',
    name: 'h-plan-national-1983-rmrb: 二千七百八十五亿元, 增长百分之十一',
    input: '全国农业总产值达到二千七百八十五亿元,比上年增长百分之十一,大大超过计划规定的增长百分之四的要求。',
    expect: [
      { text: '二千七百八十五亿元', ind: '农业总产值', measure: 'level', value: 2785, unit: '亿元', qualifier: 'exact' },
      { text: '百分之十一', measure: 'growth', value: 11, unit: '%' },
    ],
  },
  {
    family: 'money',
    name: 'h-rep-national-1982-part3: 五千九百五十三亿元 (一九八五年 is a year)',
    input: '计划规定,五年合计国家财政收入为五千九百五十三亿元,其中一九八五年为一千二百七十四亿元,比一九八○年增加一百八十九亿元。',
    exactly: ['五千九百五十三亿元', '一千二百七十四亿元', '一百八十九亿元'],
    expect: [
      { text: '五千九百五十三亿元', ind: '财政收入', value: 5953, unit: '亿元' },
      { text: '一千二百七十四亿元', value: 1274, unit: '亿元' },
      { text: '一百八十九亿元', measure: 'change', value: 189, unit: '亿元' },
    ],
  },
  {
    family: 'money',
    name: 'h4-news-rmrb-1958-budget: 二百九十三亿九千四百万元',
    input: '李先念说,根据预计,1957年原预算收入二百九十三亿九千四百万元,执行结果收入三百零七亿零二百万元,是原预算的104.45%;',
    expect: [
      { text: '二百九十三亿九千四百万元', value: 293.94, unit: '亿元', qualifier: 'exact' },
      { text: '三百零七亿零二百万元', value: 307.02, unit: '亿元' },
    ],
  },
  {
    family: 'money',
    name: 'h4-news-rmrb-1958-budget: 十一亿零六百万元',
    input: '去年国家财政收入和支出相抵,收入超过支出十一亿零六百万元。',
    exactly: ['十一亿零六百万元'],
    expect: [{ text: '十一亿零六百万元', value: 11.06, unit: '亿元' }],
  },
  {
    family: 'money',
    name: 'h-plan-national-1982-sc-trad (the page beyond the excerpt): 一千六百九十億元, traditional',
    input: '1.農業總產值,按一九七〇年不變價格計算,原預計可以達到計劃規定的一千六百九十億元,比上年增長4%;實際完成一千七百二十億元(注1)',
    expect: [
      { text: '一千六百九十億元', value: 1690, unit: '亿元' },
      { text: '一千七百二十億元', value: 1720, unit: '亿元' },
    ],
  },
  {
    family: 'money',
    name: 'h4-news-rmrb-1992-deputies: 三百多万美元 (多: above)',
    input: '农民企业家程春博代表一开口就向大家报告了一个喜讯:去年他所在的企业出口创汇三百多万美元。',
    exactly: ['三百多万美元'],
    expect: [{ text: '三百多万美元', value: 300, unit: '万美元', qualifier: 'above' }],
  },
  // measures: 万吨, 亿吨 — the amount in the larger magnitude written
  {
    family: 'measure',
    name: 'h-plan-national-1983-rmrb: 三亿五千三百四十三万吨, 增加二千八百四十一万吨, 增长百分之八点七',
    input:
      '粮食在播种面积有所减少的情况下,总产量达到三亿五千三百四十三万吨,比上年增加二千八百四十一万吨,增长百分之八点七,比历史最高水平的一九七九年增长百分之六点四。',
    exactly: ['三亿五千三百四十三万吨', '二千八百四十一万吨', '百分之八点七', '百分之六点四'],
    expect: [
      { text: '三亿五千三百四十三万吨', ind: '总产量', measure: 'level', value: 3.5343, unit: '亿吨' },
      { text: '二千八百四十一万吨', measure: 'change', value: 2841, unit: '万吨' },
      { text: '百分之八点七', measure: 'growth', value: 8.7, unit: '%' },
    ],
  },
  {
    family: 'measure',
    name: 'h-plan-national-1982-sc-trad (the page beyond the excerpt): 三億二千五百零二萬噸',
    input: '一九八一年全國糧食產量達到三億二千五百零二萬噸,比上年增加四百五十萬噸,增長1.4%;',
    expect: [
      { text: '三億二千五百零二萬噸', ind: '粮食产量', value: 3.2502, unit: '亿吨' },
      { text: '四百五十萬噸', measure: 'change', value: 450, unit: '万吨' },
    ],
  },
  // counts with a magnitude inside: 万人
  {
    family: 'count',
    name: 'h4-plan-national-1958-chinagate-part4: 二千四百三十九万二千人',
    input: '一九五八年,包括在国家计划以内的职工总数,将达到二千四百三十九万二千人,比上一年增加四十一万九千人。',
    exactly: ['二千四百三十九万二千人', '四十一万九千人'],
    expect: [
      { text: '二千四百三十九万二千人', value: 2439.2, unit: '万人' },
      { text: '四十一万九千人', measure: 'change', value: 41.9, unit: '万人' },
    ],
  },
  {
    family: 'count',
    name: 'h4-rep-national-1975-wenxuecity: 建成了一千一百个大中型项目',
    input: '在这十年中,我们依靠自己的力量,建成了一千一百个大中型项目,成功地进行了氢弹试验,发射了人造地球卫星。',
    exactly: ['一千一百个'],
    expect: [{ text: '一千一百个', value: 1100, unit: '个' }],
  },
  // times and percentages in words
  {
    family: 'times',
    name: 'h4-rep-national-1975-wenxuecity: 增产一点四倍',
    input: '全国解放以来,尽管我国人口增加百分之六十,但粮食增产一点四倍,棉花增产四点七倍。',
    exactly: ['百分之六十', '一点四倍', '四点七倍'],
    expect: [
      { text: '一点四倍', measure: 'growth', value: 1.4, unit: '倍' },
      { text: '四点七倍', measure: 'growth', value: 4.7, unit: '倍' },
    ],
  },
  {
    family: 'times',
    name: 'h4-rep-national-1975-wenxuecity: 钢增长一点二倍,原煤增长百分之九十一',
    input: '主要产品的产量都有大幅度增长,钢增长一点二倍,原煤增长百分之九十一,石油增长六点五倍,发电量增长两倍。',
    exactly: ['一点二倍', '百分之九十一', '六点五倍', '两倍'],
    expect: [
      { text: '百分之九十一', ind: '原煤', measure: 'growth', value: 91, unit: '%' },
      { text: '两倍', ind: '发电量', measure: 'growth', value: 2, unit: '倍' },
    ],
  },
  {
    family: 'times',
    name: 'real-dev prov-shanxi-2025: 增长两倍多 (more than twice)',
    input: '“新三样”出口增长两倍多。',
    title: '山西省2025年政府工作报告',
    exactly: ['两倍多'],
    expect: [{ text: '两倍多', measure: 'growth', value: 2, unit: '倍', qualifier: 'above' }],
  },
  {
    family: 'percent',
    name: 'h4-rep-national-1959-hflzbz: 百分之二左右',
    input: '但是,组成农业生产合作社的农户还只占农户总数的百分之二左右。',
    exactly: ['百分之二左右'],
    expect: [{ text: '百分之二左右', value: 2, unit: '%', qualifier: 'about' }],
  },
  {
    family: 'percent',
    name: 'rep-national-1994-zhonghuashu: 增长百分之四',
    input: '农业获得丰收,农林牧副渔稳定发展,农业增加值增长百分之四。',
    exactly: ['百分之四'],
    expect: [{ text: '百分之四', ind: '农业增加值', measure: 'growth', value: 4, unit: '%' }],
  },
];

const none = (name: string, input: string, title = OLD_REPORT): Row => ({ name, input, title, exactly: [], expect: [] });

// ordinals, plan names, set phrases, dates and years: no figure, in old reports and modern ones
const notFigures: Row[] = [
  none(
    'h4-rep-national-1975-wenxuecity: 第三个五年计划, 一九七五年',
    '我们超额完成了第三个五年计划,第四个五年计划一九七五年也将胜利完成。',
  ),
  none('h4-rep-national-1959-hflzbz: 第一个五年计划, 一九五八年', '一、第一个五年计划时期内和第二个五年计划的第一年——一九五八年的伟大成就'),
  none(
    'h4-rep-national-1954-fsou: the date line in Chinese numerals',
    '(一九五四年五月二十三日在中华人民共和国第一届全国人民代表大会第一次会议上的报告)',
  ),
  none('plan-national-1982-sixth-fyp: 十一届三中全会', '当时,根据中国共产党十一届三中全会的精神,整个国家正在紧张地进行拨乱反正。'),
  none(
    'h4-rep-national-1975-wenxuecity: 十五年时间, 一个独立的…体系',
    '第一步,用十五年时间,即在一九八○年以前,建成一个独立的比较完整的工业体系和国民经济体系;',
  ),
  none('speech-lipeng-1988-spring: 一个中心,两个基本点, 四个现代化', '坚持“一个中心,两个基本点”,加快改革开放,促进四个现代化建设。'),
  none('lishitime 1964: 实现四个现代化', '报告重申了在本世纪内实现四个现代化的宏伟目标。'),
  none('res-npc-2007-taiwancn: 三个代表', '高举邓小平理论和“三个代表”重要思想伟大旗帜,深入贯彻党的十六大精神。'),
  none(
    'real-dev prov-jiangsu-2025: headings',
    '一、2024年工作回顾\n二、2025年工作总体要求和目标任务\n三、2025年重点工作',
    '江苏省2025年政府工作报告',
  ),
  none(
    'real-dev: 一是…二是…',
    '一是为老年人提供健康管理、医养结合服务和提升养老机构服务水平;二是提升困难群众兜底保障和关爱服务水平。',
    '江苏省2025年政府工作报告',
  ),
  none('real-dev prov-jiangsu-2025: 十四五', '今年是“十四五”规划收官之年,政府工作总体要求是:', '江苏省2025年政府工作报告'),
  // phrases a small number in words makes: a name after a quote, a word, tens of, twenty or thirty
  none('dev wuzhong-2025: a name after a quote', '做好大运河“最靓丽”三公里、尹山湖等重点区域提升规划。', '吴中区2025年政府工作报告'),
  none('real-dev prov-jilin-2025: 建一亩成一亩', '完善建设、验收、管护机制,确保建一亩成一亩。', '吉林省2025年政府工作报告'),
  none('a word of numerals: 一元化', '实行党的一元化领导。'),
  none('tens of, twenty or thirty: 几十亿元, 二三十亿元', '国家每年拨出几十亿元,地方再筹集二三十亿元。'),
];

describe('Chinese-numeral figures, by family', () => {
  for (const row of rows) it(`${row.family}: ${rowName(row)}`, () => checkRow({ ...row, title: row.title ?? OLD_REPORT }));
});

describe('Chinese numerals that are no figure', () => {
  for (const row of notFigures) it(rowName(row), () => checkRow(row));
});
