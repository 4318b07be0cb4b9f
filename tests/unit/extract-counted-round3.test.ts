// Round 3 of numbers, units and empty names, from the whole national reports of 1980–1997 (samples 30 and 31):
// a range of two amounts in Chinese numerals, a tonnage counted in coal or written with its fuel after the
// qualifier, a product named in one character in a list, a subject said with 的 before the comma of a change.
// Sentences quoted from tests/fixtures/judged/pages18–31.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const PLAN_1991 = '1991年政府工作报告';

/** X至Y in Chinese numerals: one figure, low to high, the name before it whole */
const wordRanges: Row[] = [
  {
    name: 'each end with its magnitude, the unit once (1991)',
    input: '计划安排，铁路货运量十四亿七千万至十四亿九千万吨，其中晋煤外运量一亿九千二百万吨；',
    title: PLAN_1991,
    expect: [
      { text: '十四亿七千万至十四亿九千万吨', indicator: '铁路货运量', value: 14.7, valueMax: 14.9, unit: '亿吨' },
      { text: '一亿九千二百万吨', value: 1.92, valueMax: null, unit: '亿吨' },
    ],
  },
  {
    name: 'each end with its unit (1991)',
    input: '计划安排，纱产量四百一十三万三千吨至四百三十一万三千吨；',
    title: PLAN_1991,
    expect: [{ text: '四百一十三万三千吨至四百三十一万三千吨', indicator: '纱产量', value: 413.3, valueMax: 431.3, unit: '万吨' }],
  },
  {
    name: 'a change as a range after a level as a range (1991)',
    input: '原油一亿三千八百八十万至一亿三千九百三十万吨，增加八十万至一百三十万吨；',
    title: PLAN_1991,
    expect: [
      { text: '一亿三千八百八十万至一亿三千九百三十万吨', indicator: '原油', value: 1.388, valueMax: 1.393, unit: '亿吨' },
      { text: '八十万至一百三十万吨', indicator: '原油', measure: 'change', value: 80, valueMax: 130, unit: '万吨' },
    ],
  },
  {
    name: 'the low end without its magnitude takes the high end’s',
    input: '今年计划新增水泥生产能力三至五万吨。',
    expect: [{ text: '三至五万吨', value: 3, valueMax: 5, unit: '万吨' }],
  },
  {
    name: 'from one amount to another is a change, not a range',
    input: '粮食产量由三亿吨到四亿吨。',
    expect: [
      { text: '三亿吨', value: 3, valueMax: null },
      { text: '四亿吨', value: 4, valueMax: null },
    ],
  },
];

describe('a range of two amounts in Chinese numerals is one figure', () => {
  for (const row of wordRanges) it(rowName(row), () => checkRow(row));
});

/** units: a tonnage of coal (the substance is part of the unit, not the name), thousands of hectares */
const fuelUnits: Row[] = [
  {
    name: '吨煤 (1980)',
    input: '每吨钢的综合能耗，由上年的２．５１吨煤，降低到２．２８吨煤。',
    title: '1980年政府工作报告',
    expect: [
      { text: '２．５１吨煤', unit: '吨煤', value: 2.51, indicator: '每吨钢的综合能耗' },
      { text: '２．２８吨煤', unit: '吨煤', value: 2.28, indicator: '每吨钢的综合能耗' },
    ],
  },
  {
    name: '标准煤 after the qualifier (1991)',
    input: '计划要求全国节约能源总量达到一千万吨以上标准煤。',
    title: PLAN_1991,
    expect: [{ text: '一千万吨以上标准煤', unit: '万吨标准煤', value: 1000, qualifier: 'above' }],
  },
  {
    name: '千公顷, the unit of a communiqué’s crop areas, and the growth after it',
    input: '全年粮食种植面积211.23千公顷，增长0.7%；棉花种植面积3.71千公顷，下降4.0%。',
    expect: [
      { text: '211.23千公顷', unit: '千公顷', value: 211.23, indicator: '粮食种植面积' },
      { text: '0.7%', indicator: '粮食种植面积', measure: 'growth' },
    ],
  },
  {
    name: 'a plant’s coal-based product is no unit (煤基, 煤制)',
    input: '建成哈密400万吨煤制油项目，全年生产原煤3000万吨。',
    expect: [{ text: '3000万吨', unit: '万吨' }],
  },
];

describe('units: a tonnage counted in coal, thousands of hectares', () => {
  for (const row of fuelUnits) it(rowName(row), () => checkRow(row));
});

/** the products of a list, each in one character before its amount, and the change after it */
const oneCharacterProducts: Row[] = [
  {
    name: '纸, 糖, 表 in a plan’s list (1980)',
    input:
      '纸５２０万吨，增加２０万吨；糖２６０万吨，增加１０万吨；自行车１，４８４万辆，增加２２４万辆；表２，３６０万只，增加２６０万只；',
    title: '1980年政府工作报告',
    expect: [
      { text: '５２０万吨', indicator: '纸' },
      { text: '２０万吨', indicator: '纸', measure: 'change' },
      { text: '２６０万吨', indicator: '糖' },
      { text: '１０万吨', indicator: '糖' },
      { text: '１，４８４万辆', indicator: '自行车' },
      { text: '２，３６０万只', indicator: '表' },
      { text: '２６０万只', indicator: '表' },
    ],
  },
  {
    name: '钢 in words, and its growth (1991)',
    input: '原油一亿三千八百万吨，与上年持平；钢六千六百零四万吨，增长７．２％。',
    title: PLAN_1991,
    expect: [
      { text: '六千六百零四万吨', indicator: '钢' },
      { text: '７．２％', indicator: '钢', measure: 'growth' },
    ],
  },
  {
    name: 'a one-character word that is no product names nothing',
    input: '全年共完成投资，为５２０万元。',
    expect: [{ text: '５２０万元', notInd: ['为'] }],
  },
];

describe('a product named in one character', () => {
  for (const row of oneCharacterProducts) it(rowName(row), () => checkRow(row));
});

/** a subject said with 的 alone before the comma of a change, whatever its head */
const deSubjects: Row[] = [
  {
    name: 'the cities that formed banks (1997)',
    input: '组建城市合作银行的大中城市，由３５个增加到１００个，农村金融改革全面启动。',
    title: '1997年政府工作报告',
    expect: [
      { text: '３５个', indicator: '组建城市合作银行的大中城市' },
      { text: '１００个', indicator: '组建城市合作银行的大中城市' },
    ],
  },
  {
    name: 'a share, the year inside its subject left out (1980)',
    input: '基本建设１９７９年交付使用的固定资产占投资的比重，由上年的７４．３％提高到８３．７％。',
    title: '1980年政府工作报告',
    expect: [{ text: '７４．３％', indicator: '基本建设交付使用的固定资产占投资的比重' }],
  },
  {
    name: 'an amount per head of the subject before, and its change (1980)',
    input: '１９７９年农民从集体分得的收入，每人平均达到８３．４元，比１９７８年增加了９．４元。',
    title: '1980年政府工作报告',
    expect: [
      { text: '８３．４元', indicator: '农民从集体分得的收入' },
      { text: '９．４元', indicator: '农民从集体分得的收入' },
    ],
  },
  {
    name: 'a clause that opens on a preposition is no subject',
    input: '在全国的大中城市，由３５个增加到１００个。',
    expect: [{ text: '３５个', notInd: ['在全国'] }],
  },
];

describe('a subject said with 的 before a change', () => {
  for (const row of deSubjects) it(rowName(row), () => checkRow(row));
});

/** a count or an area after 在/对, the noun counted after it, then 开展/进行 and what was done there */
const doneAt: Row[] = [
  {
    name: 'a trial in cities, and the same trial’s cities said short after (1997)',
    input: '这几年，国家先后在５８个城市进行了企业优化资本结构的试点，提供政策支持，今年试点城市扩大到１１０个。',
    title: '1997年政府工作报告',
    expect: [
      { text: '５８个', indicator: '企业优化资本结构试点城市' },
      { text: '１１０个', indicator: '企业优化资本结构试点城市' },
    ],
  },
  {
    name: 'a trial in counties read after the value already keeps its name (2010)',
    input: '在３２０个县开展新型农村社会养老保险试点，推动我国社会保障制度建设。',
    title: '2010年政府工作报告',
    expect: [{ text: '３２０个', indicator: '开展新型农村社会养老保险试点的县' }],
  },
  {
    name: 'a surveyed sea area (1980)',
    input: '已与国外一些石油公司签订协议，对我国南海、南黄海４１万平方公里海域进行了地球物理普查。',
    title: '1980年政府工作报告',
    expect: [{ text: '４１万平方公里', indicator: '地球物理普查海域' }],
  },
  {
    name: 'what was done there, not a trial (2025)',
    input: '有序推进城市更新，在18个设区城市全面开展城市体检工作。',
    title: '2025年四川省政府工作报告',
    expect: [{ text: '18个', indicator: '开展城市体检的设区城市' }],
  },
  {
    name: '现在 is no preposition: no place done at',
    input: '现在18个城市开展城市体检工作。',
    expect: [{ text: '18个', notInd: ['开展城市体检的城市'] }],
  },
];

describe('a count done at: the places of a trial, the area surveyed', () => {
  for (const row of doneAt) it(rowName(row), () => checkRow(row));
});

/** counts said after 有 with the scope before it, and after a verb with its 了 */
const thereAre: Row[] = [
  {
    name: 'the scope before 有 is where, not what (1997)',
    input: '现在全国有１００多个城市建立了最低生活保障制度，这是保障居民基本生活需要的重要措施。',
    title: '1997年政府工作报告',
    expect: [{ text: '１００多个', indicator: '建立最低生活保障制度的城市' }],
  },
  {
    name: 'people placed in jobs, the verb with 了 (1980)',
    input: '１９７９年全国在城镇安置了９０３万人就业，开始提升工资级别。',
    title: '1980年政府工作报告',
    expect: [{ text: '９０３万人', ind: '安置就业' }],
  },
];

describe('a count after 有 or a verb with 了', () => {
  for (const row of thereAre) it(rowName(row), () => checkRow(row));
});

/** a sentence that opens on its figure's frame takes the subject of the sentence before */
const sentenceBefore: Row[] = [
  {
    name: 'the growth of the level that ends the sentence before (1991)',
    input: '油料总产量一千六百一十五万吨。增长２４．７％。糖料总产量七千万吨。',
    title: PLAN_1991,
    expect: [
      { text: '２４．７％', indicator: '油料总产量', measure: 'growth' },
      { text: '七千万吨', indicator: '糖料总产量' },
    ],
  },
  {
    name: 'a subject that only moved, after an enumerator (1986)',
    input: '四是，城乡居民储蓄大幅度增加。一九八五年末达到一千六百二十三亿元，比一九八○年末增长三倍。',
    title: '1986年政府工作报告',
    expect: [
      { text: '一千六百二十三亿元', indicator: '城乡居民储蓄' },
      { text: '三倍', indicator: '城乡居民储蓄' },
    ],
  },
  {
    name: 'a sentence before that says more than a move names nothing',
    input: '城乡居民储蓄大幅度增加，存款结构改善。一九八五年末达到一千六百二十三亿元。',
    expect: [{ text: '一千六百二十三亿元', notInd: ['城乡居民储蓄'] }],
  },
];

describe('the subject of the sentence before', () => {
  for (const row of sentenceBefore) it(rowName(row), () => checkRow(row));
});

/** a count named only by the preposition before it: the noun after it is what it counts */
const afterPreposition: Row[] = [
  {
    name: '在…的N个Y中 (1989)',
    input: '在党政机关办的２４１８７个公司中，已有近两万个撤并或同机关脱钩。',
    title: '1989年政府工作报告',
    expect: [{ text: '２４１８７个', indicator: '党政机关办的公司' }],
  },
  {
    name: '对…的N个Y进行… (2025)',
    input: '对车流量较大的85个高速公路服务区充电站进行扩容增桩。',
    title: '2025年云南省政府工作报告',
    expect: [{ text: '85个', indicator: '车流量较大的高速公路服务区充电站' }],
  },
  {
    name: 'a count of a frame (…中，) is named by the words before it (1989)',
    input: '在公司兼职、任职的党政机关在职干部和离退休干部４万多人中，已有７０％以上辞去公司职务。',
    title: '1989年政府工作报告',
    expect: [{ text: '４万多人', indicator: '在公司兼职、任职的党政机关在职干部和离退休干部' }],
  },
  {
    name: '对其中: the things of the clause before, not the words after',
    input: '国家决定首先集中力量抓好１０００户，去年已经对其中近３００户由银行提供资金支持。',
    title: '1997年政府工作报告',
    expect: [{ text: '近３００户', notInd: ['由银行'] }],
  },
];

describe('a count named by the preposition before it', () => {
  for (const row of afterPreposition) it(rowName(row), () => checkRow(row));
});

/** 约 before the verb that links the figure: about */
const aboutBeforeVerb: Row[] = [
  {
    name: '约占 (1989)',
    input: '已有近两万个撤并或同机关脱钩，约占８０％。',
    title: '1989年政府工作报告',
    expect: [{ text: '８０％', qualifier: 'about' }],
  },
  {
    name: '约有 (2013)',
    input: '去年价格上涨的翘尾影响约有1个百分点。',
    title: '2013年政府工作报告',
    expect: [{ text: '1个百分点', qualifier: 'about' }],
  },
  { name: '节约 is no bound', input: '各项开支节约占用资金8亿元。', expect: [{ text: '8亿元', qualifier: 'exact' }] },
];

describe('约 before the verb', () => {
  for (const row of aboutBeforeVerb) it(rowName(row), () => checkRow(row));
});

/** a share of no name: the class after it and what its members did */
const classShares: Row[] = [
  {
    name: 'the counties that did, their parenthesis kept (1997)',
    input: '义务教育工作继续推进，到去年底，全国已有５０％的县（市、区）基本普及九年义务教育，当年减少青壮年文盲４００万人。',
    title: '1997年政府工作报告',
    expect: [{ text: '５０％', indicator: '基本普及九年义务教育的县（市、区）比重' }],
  },
  {
    name: 'a rate said with what it allows is no class (2018)',
    input: '从经济基本面和就业吸纳能力看，6.5%左右的增速可以实现比较充分的就业。',
    title: '2018年政府工作报告',
    expect: [{ text: '6.5%左右', notInd: ['增速可以'] }],
  },
];

describe('a share of the class after it', () => {
  for (const row of classShares) it(rowName(row), () => checkRow(row));
});

/** computing power: P, PF, EFlops after a number where 算力 is said before it (9 of the 31 provincial reports of 2025) */
const computePower: Row[] = [
  {
    name: '万P and the growth after it (安徽 2025)',
    input: '华为云华东（芜湖）数据中心全球开服，全省智能算力达1.6万P、增长130%。',
    title: '2025年安徽省政府工作报告',
    expect: [
      { text: '1.6万P', unit: '万P', value: 1.6, ind: '智能算力' },
      { text: '130%', ind: '智能算力', measure: 'growth' },
    ],
  },
  {
    name: 'PF with its bound (湖南 2025)',
    input: '数字基础设施“四算一体”稳步推进，总算力突破7000PF、增长34.6%，超算算力达223PF。',
    title: '2025年湖南省政府工作报告',
    expect: [
      { text: '突破7000PF', unit: 'PF', value: 7000, qualifier: 'above' },
      { text: '223PF', unit: 'PF', ind: '超算算力' },
    ],
  },
  {
    name: 'EFlops (四川 2025)',
    input: '全省算力总规模达到15EFlops，长虹云帆。',
    title: '2025年四川省政府工作报告',
    expect: [{ text: '15EFlops', unit: 'EFlops', value: 15 }],
  },
  {
    name: 'a P after digits with no 算力 before is a code, not a figure',
    input: '[ 索引号 ] 11500234008646033P/2023',
    exactly: [],
    expect: [],
  },
];

describe('units of computing power', () => {
  for (const row of computePower) it(rowName(row), () => checkRow(row));
});
