// Round 5 of counted nouns, empty names, numbers and units, from the whole national reports (samples 35–37 and the
// whole reports of tests/fixtures/judged/pages18–37, report-pairs and real-dev): structures, not sentences.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

/** a verb + the people counted + what was done for them: the people it was done for (solved-problems.ts) */
const doneForPeople: Row[] = [
  {
    name: 'one 解决 over a list of pairs, each count its people with its own problem (2012)',
    input: '继续推进农村危房改造，解决了6398万农村人口的饮水安全和60万无电地区人口的用电问题，农村生产生活条件进一步改善。',
    expect: [
      { text: '6398万', indicator: '解决饮水安全的农村人口' },
      { text: '60万', indicator: '解决用电问题的无电地区人口' },
    ],
  },
  {
    name: 'the second pair with its place before the count (2013)',
    input: '改造农村危房1033万户，解决了3亿多农村人口的饮水安全和无电区445万人的用电问题，农村生产生活条件不断改善。',
    expect: [
      { text: '3亿多', indicator: '解决饮水安全的农村人口' },
      { text: '445万人', indicator: '解决用电问题的无电区人口' },
    ],
  },
  {
    name: 'a problem with 的 inside it (2012)',
    input: '覆盖面扩大到60%以上。解决了500多万名集体企业退休人员养老保障的历史遗留问题。',
    expect: [{ text: '500多万名', indicator: '解决养老保障历史遗留问题的集体企业退休人员' }],
  },
  {
    name: 'a charge lifted: the people, not the fee (2012)',
    input: '免除3000多万名农村寄宿制学生住宿费，其中1228万名中西部家庭经济困难学生享受生活补助。',
    expect: [
      { text: '3000多万名', indicator: '免除住宿费的农村寄宿制学生' },
      { text: '1228万名', indicator: '享受生活补助的中西部家庭经济困难学生' },
    ],
  },
  {
    name: 'a burden eased: a count of the people, not a fall, and not 个 of 个体 (2012)',
    input: '个人所得税起征点从2000元提高到3500元。降低900多万个体工商户税负。',
    expect: [{ text: '900多万', indicator: '降低税负的个体工商户', measure: 'level', value: 900, unit: '万' }],
  },
  {
    name: 'guard: 个 before 体育 or 人口 is the classifier (宁夏 2025, 福建 2025)',
    input: '新建8个体育公园。11个人口小县机构改革顺利完成。',
    expect: [
      { text: '8个', unit: '个' },
      { text: '11个', unit: '个' },
    ],
  },
  {
    name: 'the problem said first and 得到解决 after it (2015)',
    input: '农村贫困人口减少1232万人；6600多万农村人口饮水安全问题得到解决；出境旅游超过1亿人次。',
    expect: [{ text: '6600多万', indicator: '解决饮水安全问题的农村人口' }],
  },
  {
    name: 'guard: a list with no 解决 before it keeps its people',
    input: '帮助6398万农村人口的饮水安全和60万无电地区人口的用电问题得到重视。',
    expect: [{ text: '60万', notInd: ['解决'] }],
  },
];

describe('the people something was done for, named by what was done', () => {
  for (const row of doneForPeople) it(rowName(row), () => checkRow(row));
});

/** places or people named by the class with the predicate after them (place-counts.ts) */
const definedByPredicate: Row[] = [
  {
    name: '实施 a pilot (2012)',
    input: '2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保。',
    expect: [{ text: '2147个', indicator: '实施城镇居民社会养老保险试点的县（市、区）' }],
  },
  {
    name: 'guard: an amount in the predicate is the things’ sum, not what defines each (福建 2025)',
    input: '首批121个闽台融合发展重点项目完成投资超千亿元，厦门获批实施台湾居民个人所得税优惠政策。',
    expect: [{ text: '121个', notInd: ['完成投资'] }],
  },
];

describe('a count defined by the predicate after its class', () => {
  for (const row of definedByPredicate) it(rowName(row), () => checkRow(row));
});

/** a count of things whose measure passes a bar: the bar says which ones (place-counts.ts, counted.ts) */
const passingABar: Row[] = [
  {
    name: 'the class, its measure and the bar after the count, each count its own clause (海南 2010)',
    input:
      '各市县在发展特色产业等方面成效显著,8个市县城镇固定资产投资增速超过50%,16个市县一般预算收入增速超过全省平均水平,14个市县一般预算收入过亿元,为全省保增长作出了重要贡献。',
    expect: [
      { text: '8个', indicator: '城镇固定资产投资增速超过50%的市县' },
      { text: '16个', indicator: '一般预算收入增速超过全省平均水平的市县' },
      { text: '14个', indicator: '一般预算收入过亿元的市县' },
    ],
  },
  {
    name: 'the measure and the bar before 的 and the head (福建 2025, 陕西 2025)',
    input: '促进资源共享、融通发展，形成10个营业收入超千亿元的先进制造业集群。培育新增2个工业产值过百亿的园区，县域工业产值增长6%。',
    expect: [
      { text: '10个', indicator: '营业收入超千亿元的先进制造业集群' },
      { text: '2个', indicator: '新增工业产值过百亿的园区' },
    ],
  },
  {
    name: 'a class of two places with what they did (重庆 2025)',
    input: '建成“无废城市细胞”3500余个，26个区县实现农村黑臭水体动态清零。',
    expect: [{ text: '26个', indicator: '实现农村黑臭水体动态清零的区县' }],
  },
  {
    name: 'guard: a head cut at a word of growth is not taken (湖北 2025)',
    input: '2957个重大产业项目建成投产，82个预增产值过10亿元的重大增长点稳定发力。',
    expect: [{ text: '82个', notInd: ['预增产值过10亿元的重大'] }],
  },
];

describe('a count of the things whose measure passes a bar', () => {
  for (const row of passingABar) it(rowName(row), () => checkRow(row));
});

/** a figure of no name whose clause is only a time and a frame: the subject of the clause before, with when its move
 * began or how many years running said there (empty-names.ts) */
const subjectThatMoved: Row[] = [
  {
    name: 'a move with when it began (2000)',
    input: '外贸出口从7月份开始大幅度回升，全年达到1949亿美元，比上年增长6.1%。',
    expect: [
      { text: '1949亿美元', indicator: '外贸出口' },
      { text: '6.1%', indicator: '外贸出口' },
    ],
  },
  {
    name: 'a thing raised N years running, then its rise per head (2012)',
    input: '各地普遍较大幅度调高最低工资标准；连续第7年提高企业退休人员基本养老金，全年人均增加1680元，5700多万人受益；',
    expect: [{ text: '1680元', indicator: '企业退休人员基本养老金', measure: 'change' }],
  },
  {
    name: 'a thing that widened step by step (2013)',
    input: '建立健全城镇保障性住房制度，覆盖面逐步扩大，2012年底已达到12.5%。',
    // (of the system the clause before sets up: clauses.ts)
    expect: [{ text: '12.5%', indicator: '城镇保障性住房覆盖面' }],
  },
  {
    name: 'guard: a clause before that is no subject leaves it empty',
    input: '我们从7月份开始认真研究，全年达到1949亿美元。',
    expect: [{ text: '1949亿美元', notInd: ['我们', '研究'] }],
  },
];

describe('a figure of no name after a frame: the subject that moved in the clause before', () => {
  for (const row of subjectThatMoved) it(rowName(row), () => checkRow(row));
});

/** a verb that removes things already there or joins them names which ones a count counts (done-verb.ts) */
const removedOrJoined: Row[] = [
  {
    name: '撤销 with 又 and 了 (2003)',
    input: '２００１年，又撤销了９个国家行业主管局，进一步提升市场执法监管部门的职能和地位。',
    expect: [{ text: '９个', indicator: '撤销国家行业主管局' }],
  },
  {
    name: '加入 with 已经 (1998)',
    input: '中国历来重视人权问题，已经加入17个国际人权公约，签署了联合国《经济、社会与文化权利国际公约》。',
    expect: [{ text: '17个', indicator: '加入国际人权公约' }],
  },
  {
    name: 'guard: a verb of making still leaves its new things bare',
    input: '选派552名金融特派员，开工建设7000套配售型保障性住房。',
    expect: [{ text: '552名', indicator: '金融特派员' }],
  },
];

describe('a verb that removes or joins things names what a count counts', () => {
  for (const row of removedOrJoined) it(rowName(row), () => checkRow(row));
});

/** a count said as 新增/净增 right after the level of the same thing: that level's change (count-changes.ts) */
const addedToTheLevel: Row[] = [
  {
    name: '达到…,新增了… (陕西 2010)',
    input: '全省销售收入过百亿元的企业达到16户,新增了3户。',
    expect: [
      { text: '16户', measure: 'level' },
      { text: '3户', measure: 'change', value: 3 },
    ],
  },
  {
    name: '达…、净增… (青海 2025)',
    input: '常态化开展助企暖企，全省经营主体达59.3万户、净增2万多户，创新型中小企业加快成长。',
    expect: [{ text: '2万多户', measure: 'change', indicator: '经营主体' }],
  },
  {
    name: 'guard: a noun after the new ones is a thing of its own (江西 2025, its second count changed to be told apart)',
    input: '新增铜基新材料2个国家先进制造业集群、总数达3个，新增4个国家中小企业特色产业集群、总数达13个。',
    expect: [{ text: '4个', measure: 'level' }],
  },
];

describe('a count of new ones right after the level of the same thing', () => {
  for (const row of addedToTheLevel) it(rowName(row), () => checkRow(row));
});

/** a size class right after a count, then the head it classes: the name holds both (counted.ts) */
const sizeClassAfter: Row[] = [
  {
    name: '亿元以上 before the head and a verb after it (辽宁 2025, 贵州 2025)',
    input: '加快推进300个省级重大项目、6000个亿元以上项目建设。全力推进1000个亿元以上工业项目建设。',
    expect: [
      { text: '6000个', indicator: '亿元以上项目' },
      { text: '1000个', indicator: '亿元以上工业项目' },
    ],
  },
  {
    name: 'guard: a classifier with no size class keeps its noun',
    input: '加快推进300个省级重大项目。',
    expect: [{ text: '300个', indicator: '省级重大项目' }],
  },
];

describe('a size class after a count', () => {
  for (const row of sizeClassAfter) it(rowName(row), () => checkRow(row));
});

describe('a class word run into a longer noun is no class passing a bar', () => {
  it('县域 (guard)', () =>
    checkRow({
      name: '县域医共体',
      input: '组建县域养老服务联合体，16个县域医共体收入突破亿元。',
      expect: [{ text: '16个', notInd: ['域医共体收入突破亿元的县'] }],
    }));
});

/** a part under 其中 that is a kind of the whole's thing: the whole's name with the kind (among-parts.ts) */
const kindOfTheWhole: Row[] = [
  {
    name: 'a kind of road, the whole in another magnitude (2000)',
    input: '已建成的主要有：新增公路通车里程1．2万公里，其中高速公路3358公里；增加铁路新线1423公里。',
    expect: [{ text: '3358公里', indicator: '新增高速公路通车里程' }],
  },
  {
    name: 'a kind of railway added (2013)',
    input: '新增铁路里程1.97万公里，其中高速铁路8951公里，京沪、京广、哈大等高铁和一批城际铁路相继投入运营。',
    expect: [{ text: '8951公里', indicator: '新增高速铁路里程' }],
  },
  {
    name: 'guard: with no verb of adding the kind stays bare (2003, as judged)',
    input: '公路通车里程由1997年的123万公里增加到2002年的176万公里，其中高速公路由4771公里增加到2.52万公里。',
    expect: [{ text: '4771公里', indicator: '高速公路' }],
  },
  {
    name: 'guard: a word inside the whole is no thing of it (1991)',
    input: '铁路货运量十四亿七千万至十四亿九千万吨，其中晋煤外运量一亿九千二百万吨；',
    expect: [{ text: '一亿九千二百万吨', notInd: ['铁路货'] }],
  },
];

describe('a part under 其中 that is a kind of the whole’s thing', () => {
  for (const row of kindOfTheWhole) it(rowName(row), () => checkRow(row));
});
