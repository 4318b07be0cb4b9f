// Round 4 of counted nouns, empty names and rate words, from the whole national reports (samples 32–34 and the
// whole reports of tests/fixtures/judged/pages18–34, report-pairs and real-dev): structures, not sentences.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

/** a verb that changes things already there keeps its place in the name of what it counts; a verb of making does not */
const verbsOnStock: Row[] = [
  {
    name: 'building and rebuilding: the new ones, not the stock (河北 2014)',
    input: '新建改建17所县级医院，城市社区卫生服务中心基本实现全覆盖。',
    expect: [{ text: '17所', indicator: '新建改建县级医院' }],
  },
  {
    name: 'items taken back (2016)',
    input: '取消和下放311项行政审批事项，取消123项职业资格许可和认定事项。',
    expect: [
      { text: '311项', indicator: '取消和下放行政审批事项' },
      { text: '123项', indicator: '取消职业资格许可和认定事项' },
    ],
  },
  {
    name: 'a list after the verb, each item with it (福建 2025)',
    input: '新建改扩建10个全民健身共享中心、45个多功能运动场。',
    expect: [
      { text: '10个', indicator: '新建改扩建全民健身共享中心' },
      { text: '45个', indicator: '新建改扩建多功能运动场' },
    ],
  },
  {
    name: 'a verb of making or sending is left out: its things are new',
    input: '选派552名金融特派员，开工建设7000套配售型保障性住房。',
    expect: [
      { text: '552名', indicator: '金融特派员' },
      { text: '7000套', indicator: '配售型保障性住房' },
    ],
  },
];

describe('a verb that changes things already there names which ones a count counts', () => {
  for (const row of verbsOnStock) it(rowName(row), () => checkRow(row));
});

/** [words the lexicon does not know as a verb, or a subject] N个 [a noun phrase to the clause end]: the count counts the noun */
const classifierNouns: Row[] = [
  {
    name: 'a verb the lexicon does not know (甘肃 2025)',
    input: '优化调整21个省级开发区，开发区改革取得新进展。',
    expect: [{ text: '21个', indicator: '优化调整省级开发区' }],
  },
  {
    name: 'a subject and a modal before the verb, a list after it (1994)',
    input: '国家准备重点扶持５００个商品粮大县、１５０个优质棉大县，建设一批农业示范区。',
    expect: [
      { text: '５００个', indicator: '重点扶持商品粮大县' },
      { text: '１５０个', indicator: '重点扶持优质棉大县' },
    ],
  },
  {
    name: 'whose things they are, said before (湖北 2025)',
    input: '湖北自贸区28项制度创新成果全国推广。',
    expect: [{ text: '28项', indicator: '湖北自贸区制度创新成果全国推广' }],
  },
  {
    name: 'not a clause after the count (a modal, a time)',
    input: '资兴市4112户受灾群众春节前将首批搬进新居。',
    expect: [{ text: '4112户', indicator: '资兴市' }],
  },
  {
    name: 'not the next label of an infographic, its number right after it',
    input: '累计创建国家现代农业产业园15个优势特色产业集群9个。',
    expect: [{ text: '15个', indicator: '国家现代农业产业园' }],
  },
];

/** a payer, when and how, its verb, the sum, then the money noun: the noun names the sum */
const payers: Row[] = [
  {
    name: 'a fund set up (2015)',
    input: '国家已设立400亿元新兴产业创业投资引导基金，要整合筹措更多资金。',
    expect: [{ text: '400亿元', indicator: '新兴产业创业投资引导基金' }],
  },
];

describe('a classifier count counts the noun phrase after it', () => {
  for (const row of classifierNouns) it(rowName(row), () => checkRow(row));
});

describe('a payer’s sum is named by the money noun after it', () => {
  for (const row of payers) it(rowName(row), () => checkRow(row));
});

/** a growth rate said with a rate word and no subject in its clause: the economy's */
const bareRates: Row[] = [
  {
    name: 'X%左右的速度, the clause opening on it (2015)',
    input: '随着服务业比重上升和经济体量增大，7%左右的速度可以实现比较充分的就业。',
    expect: [{ text: '7%左右', indicator: '经济增长', measure: 'growth' }],
  },
  {
    name: 'a condition and a span before 保持…的增长率: over unstated years, not the plan year’s (1994)',
    input: '今年计划国内生产总值增长百分之九。只要我们能够再连续若干年保持百分之八至百分之九的增长率，就是了不起的成绩。',
    title: '1994年政府工作报告',
    expect: [
      { text: '百分之九', period: 1994 },
      { text: '百分之八至百分之九', indicator: '经济增长', measure: 'growth', value: 8, valueMax: 9, period: null },
    ],
  },
  {
    name: '的增速 after a clause with no subject (2018)',
    input: '从经济基本面和就业吸纳能力看，6.5%左右的增速可以实现比较充分的就业。',
    expect: [{ text: '6.5%左右', indicator: '经济增长', measure: 'growth' }],
  },
  {
    name: 'a frame arguing from past growth (1994)',
    input: '在连续两年增长百分之十三的基础上，安排这样的速度是比较合适的。',
    expect: [{ text: '百分之十三', indicator: '经济增长', measure: 'growth' }],
  },
  {
    name: 'not where the clause has its subject (1983)',
    input: '而整个工业却以每年递增百分之七点二的速度前进。',
    expect: [{ text: '百分之七点二', notInd: ['经济增长'] }],
  },
];

describe('a rate word with no subject in its clause names the economy’s growth', () => {
  for (const row of bareRates) it(rowName(row), () => checkRow(row));
});

/** a figure of no name whose clause is only a time and a verb that sets it goes on with the figure that ends the clause or
 * sentence before, where it is of the same unit (1982) */
const goesOnFromBefore: Row[] = [
  {
    name: 'after a semicolon, after a comma, after a full stop: one rate, year after year',
    input:
      '工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；一九八二年计划为百分之四，预计可以达到百分之六点四。两年平均每年递增百分之五点五。',
    expect: [
      { text: '百分之四', indicator: '工农业总产值' },
      { text: '百分之六点四', indicator: '工农业总产值' },
      { text: '百分之五点五', indicator: '工农业总产值' },
    ],
  },
];

describe('a figure of no name goes on with the figure of the same unit right before it', () => {
  for (const row of goesOnFromBefore) it(rowName(row), () => checkRow(row));
});

/** a name that opens on a comparison and its base: the base's amount is of the thing the sentence compares */
const baseNames: Row[] = [
  {
    name: 'the base period’s amount and the change from it (1982)',
    input: '用于发展教育、科学、文化、卫生事业的经费计划为九百六十七亿元，比第五个五年计划期间的五百七十七亿元增加百分之六十八。',
    expect: [
      { text: '五百七十七亿元', indicator: '用于发展教育、科学、文化、卫生事业的经费' },
      { text: '百分之六十八', indicator: '用于发展教育、科学、文化、卫生事业的经费' },
    ],
  },
  {
    name: 'the words after the base are the name (2016)',
    input: '实施上述政策，今年将比改革前减轻企业和个人负担5000多亿元。',
    expect: [{ text: '5000多亿元', indicator: '减轻企业和个人负担' }],
  },
];

describe('a comparison base is no part of a name', () => {
  for (const row of baseNames) it(rowName(row), () => checkRow(row));
});

/** a subject said alone before a comma, then the figure's clause: a year and 预计/计划 before the verb (1982) */
const subjectsBeforeYear: Row[] = [
  {
    name: 'a crop that grew in output: its output, level and change',
    input: '尽管不少地方出现了严重的水旱灾害，粮食仍然连年增产，一九八二年预计达到三亿三千五百多万吨，比去年增产一千多万吨。',
    expect: [
      { text: '三亿三千五百多万吨', indicator: '粮食产量' },
      { text: '一千多万吨', indicator: '粮食产量', measure: 'change' },
    ],
  },
  {
    name: 'a thing the clause sets out to expand',
    input: '扩大人工草场面积，计划由一九八○年的三千二百万亩增加到一九八五年的一亿亩。',
    expect: [
      { text: '三千二百万亩', indicator: '人工草场面积' },
      { text: '一亿亩', indicator: '人工草场面积' },
    ],
  },
];

describe('a subject said alone before a year and its figure', () => {
  for (const row of subjectsBeforeYear) it(rowName(row), () => checkRow(row));
});

/** a name that is only how often: the rate per day of the figure before in its sentence (2016, 2017) */
const perTime: Row[] = [
  {
    name: '平均每天新增 after the year’s growth',
    input: '大众创业、万众创新广泛开展，全年新登记企业增长24.5%，平均每天新增1.5万户，加上个体工商户等。',
    expect: [{ text: '1.5万户', indicator: '平均每天新登记企业' }],
  },
];

describe('a name that is only how often takes the figure before', () => {
  for (const row of perTime) it(rowName(row), () => checkRow(row));
});

/** a count of people given jobs, the name read before it being the verb with where (1982) */
const jobsGiven: Row[] = [
  {
    name: '在城镇吸收 … 就业',
    input: '五年内，将在城镇吸收二千九百万人经过一定训练后就业。',
    expect: [{ text: '二千九百万人', indicator: '城镇吸收就业' }],
  },
  {
    name: '用于安排城镇 … 就业的支出',
    input: '从一九七九年到一九八一年，用于安排城镇二千六百万人就业的支出一百零五亿元。',
    expect: [{ text: '二千六百万人', indicator: '安排城镇就业' }],
  },
  {
    name: 'a name read as 就业 alone stays (1988)',
    input: '全国城镇共安排３７００多万人就业，基本解决了城镇待业青年就业问题。',
    expect: [{ text: '３７００多万人', indicator: '就业' }],
  },
];

describe('a count of people given jobs', () => {
  for (const row of jobsGiven) it(rowName(row), () => checkRow(row));
});

/** telephone lines counted in 万门 (the reports of the 1990s); 门 alone is a door or a place's name */
const telephoneLines: Row[] = [
  {
    name: 'a capacity in 万门 (1993)',
    input: '城乡电话总容量增长１．１倍，达到２８６０万门。',
    expect: [{ text: '２８６０万门', indicator: '城乡电话总容量', value: 2860, unit: '万门' }],
  },
  {
    name: 'new lines (1990)',
    input: '新增市内电话１０５万门。',
    expect: [{ text: '１０５万门', value: 105, unit: '万门' }],
  },
  { name: '门 alone is no unit', input: '联动济源、三门峡加快豫西转型，线下办事“只进一门”。', expect: [], exactly: [] },
];

describe('telephone lines in 万门', () => {
  for (const row of telephoneLines) it(rowName(row), () => checkRow(row));
});

/** units of plate glass (重量箱) and of print (印张); a subject that lists its nouns with 、 (1982, 1989, 2016) */
const moreUnits: Row[] = [
  {
    name: 'plate glass in 重量箱 is no part of the next item’s name (2016)',
    input: '近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱、电解铝100多万吨。',
    expect: [
      { text: '7600多万重量箱', value: 7600, unit: '万重量箱' },
      { text: '100多万吨', indicator: '淘汰落后电解铝' },
    ],
  },
  {
    name: 'print in 印张, the subject a list of nouns said before the comma (1982)',
    input: '全国各种报刊、杂志、书籍的出版总量，一九八五年达到四百五十六亿印张，比一九八○年增长百分之二十二。',
    expect: [
      { text: '四百五十六亿印张', indicator: '报刊、杂志、书籍的出版总量', unit: '亿印张' },
      { text: '百分之二十二', indicator: '报刊、杂志、书籍的出版总量', measure: 'growth' },
    ],
  },
];

describe('units of plate glass and print', () => {
  for (const row of moreUnits) it(rowName(row), () => checkRow(row));
});

/** a unit that holds its magnitude after a numeral in words: 亿度, 万门 (1982, 1986, 1991) */
const heldMagnitudes: Row[] = [
  {
    name: 'kilowatt-hours in words, then the growth of the same thing (1982)',
    input: '原煤七亿吨，增长百分之十二点九；发电量三千六百二十亿度，增长百分之二十点四；',
    expect: [
      { text: '三千六百二十亿度', indicator: '发电量', value: 3620, unit: '亿度' },
      { text: '百分之二十点四', indicator: '发电量', measure: 'growth' },
    ],
  },
  {
    name: 'telephone lines in words (1991)',
    input: '城市市内电话新增一百五十七万门。',
    expect: [{ text: '一百五十七万门', value: 157, unit: '万门' }],
  },
];

describe('a unit that holds its magnitude after a numeral in words', () => {
  for (const row of heldMagnitudes) it(rowName(row), () => checkRow(row));
});

/** people counted with what they became or joined: the noun alone is the stock (山东 2018, 安徽 2025, 2018) */
const peopleWhoBecame: Row[] = [
  {
    name: '成为城镇居民 (山东 2018)',
    input: '3、850万农业转移人口成为城镇居民;',
    expect: [{ text: '850万', indicator: '农业转移人口成为城镇居民' }],
  },
  {
    name: 'not the verb alone (2007)',
    input: '新型农村合作医疗试点范围扩大到1451个县（市、区），有4.1亿农民参加；',
    expect: [{ text: '4.1亿', indicator: '农民' }],
  },
];

describe('people counted with what they became', () => {
  for (const row of peopleWhoBecame) it(rowName(row), () => checkRow(row));
});
