// Indicator names, round 3 (families of samples 30 and 31 of tests/fixtures/judged, counted over the whole reports):
// a verb of what was done said after its noun, a capacity list's items, a frame said once, time and plan words run
// into a name. Real sentences of the fixtures (national reports: chengjun/mybook data/gov_reports1954-2021.txt; the
// provincial reports of 2025 in ../shared/eval/real-dev); each row failed before its rule, the rows that keep a name
// as it was guard the rule's bounds.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers/engine';
import { passage, realText, sentenceOf, sentenceRow as row } from './helpers/real-pages';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'a 新增 after its noun (复线里程新增349公里) names what was added; a total after it is of the stock',
    rows: [
      row('national 1991', '复线里程新增三百四十九公里', [
        { text: '三百四十九公里', indicator: '新增复线里程' },
        { text: '五百五十一公里', indicator: '新增电气化里程' },
        // (a name that says its own 新增 keeps it once)
        { text: '一万四千公里', indicator: '公路新增通车里程' },
      ]),
      row('national 1995', '居民储蓄存款新增', [{ text: '６３００多亿元', indicator: '新增居民储蓄存款' }]),
      row('Jilin 2025', '保护性耕作面积新增', [{ text: '200万亩', indicator: '新增保护性耕作面积' }]),
      row('Sichuan 2025', '经营主体新增', [
        { text: '105万户', indicator: '新增经营主体' },
        { text: '920万户', indicator: '经营主体' },
      ]),
      // (a list of things keeps its items as written: extract-real-families.test.ts)
      row('Shanghai 2025', '“上海标准”、“上海品牌”分别新增', [{ text: '11个', indicator: '“上海标准”' }]),
      // (an actor that adds, or a time: the thing is elsewhere)
      row('national 2010', '其中中央政府拟新增', [{ text: '１．１８万亿元', indicator: '中央政府' }]),
    ],
  },
  {
    family: 'a list of new capacities (新增的主要生产能力有…): a product is its capacity, an item with its own verb keeps it',
    rows: [
      row('national 1989', '全国新增的主要生产能力有', [
        { text: '９９９万千瓦', indicator: '新增发电装机容量' },
        { text: '３０９０万吨', indicator: '新增原煤开采能力' },
        { text: '６０万吨', indicator: '新增乙烯生产能力' },
        { text: '４１９公里', indicator: '铁路交付营业里程' },
      ]),
      // (建成投产 over a comma to the projects' works)
      row('national 1989', '全国建成投产大中型基本建设项目', [{ text: '１３８个', indicator: '建成投产大中型项目中的重要单项工程' }]),
      row('national 1992', '新增加的主要生产能力有煤炭', [
        { text: '１４９１万吨', indicator: '新增石油生产能力' },
        { text: '１１８４万千瓦', indicator: '新增发电机组容量' },
      ]),
    ],
  },
  {
    family: 'a time, plan or modal word at either end of a name, or a time and 的 inside it, is no part of the thing',
    rows: [
      // (an estimate's words inside a name: a bare head keeps its subject, found after the round from sample 34)
      row('Shaanxi 2014', '规模以上工业预计完成增加值', [
        { text: '7200亿元', indicator: '规模以上工业增加值' },
        { text: '13%以上', indicator: '规模以上工业增加值' },
      ]),
      row('national 1980', '明年能源生产计划增长', [{ text: '０．９％', indicator: '能源生产' }]),
      row('national 1980', '争取明年节约标准煤', [{ text: '７００万到８００万吨', indicator: '节约标准煤' }]),
      row('national 1980', '明年计划轻工业产值占工业总产值的比重', [{ text: '４５％', indicator: '轻工业产值占工业总产值的比重' }]),
      row('national 1980', '全年工业总产值计划比上年增长', [{ text: '６％', indicator: '工业总产值' }]),
      row('national 1991', '粮食面积力求稳定在', [{ text: '十七亿亩左右', indicator: '粮食面积' }]),
      row('national 1991', '计划要求全国节约能源总量', [{ text: '一千万吨以上标准煤', indicator: '节约能源总量' }]),
      row('national 1991', '非生产性投资比重相应', [{ text: '２７．８％', indicator: '基本建设投资中非生产性投资比重' }]),
      row('national 1989', '县以上单位去年的集团消费', [{ text: '１．８％', indicator: '县以上单位的集团消费' }]),
      row('national 1989', '可压缩今后几年的投资', [{ text: '６４７亿元', indicator: '可压缩的投资' }]),
      row('national 1989', '信用社计划今年增加农业贷款', [{ text: '１７２亿元', indicator: '增加农业贷款' }]),
      row('national 1997', '今年全社会固定资产投资调控目标为', [{ text: '２５３００亿元', indicator: '全社会固定资产投资' }]),
      // (compounds and a plan as the thing stay: 计划内, 计划新开工, 计划生育; the time of an act before its verb too)
      row('national 1985', '计划内签约成交的技术引进项目', [{ text: '一千多项', indicator: '计划内签约成交的技术引进项目' }]),
      row('Jiangsu 2025', '230个计划新开工项目', [{ text: '230个', indicator: '计划新开工项目' }]),
      row('national 2009', '将农村部分计划生育家庭奖励扶助标准', [{ text: '600元', indicator: '农村部分计划生育家庭奖励扶助标准' }]),
      row('national 2006', '中央财政今年安排再就业补助资金', [{ text: '251亿元', indicator: '中央财政今年安排再就业补助资金' }]),
    ],
  },
  {
    family: 'a whole said once at the head (X中, 在X中), its parts named after it: the part is of the whole',
    rows: [
      row('national 1980', '国民收入中，用于积累的部分', [
        { text: '１，１２０亿元', indicator: '国民收入中用于积累的部分' },
        { text: '２，２１１亿元', indicator: '国民收入中用于消费的部分' },
      ]),
      row('national 1997', '高中阶段学生中，职业学校在校生', [{ text: '５６．８％', indicator: '高中阶段学生中职业学校在校生比重' }]),
      row('national 1997', '在新开工的国家重点项目投资总额中', [
        { text: '４３％以上', indicator: '新开工国家重点项目投资总额中中西部地区所占比重' },
      ]),
      // (past a ; the sentence and its whole go on)
      row('national 1991', '在基本建设投资中，农林水利投资比重', [
        { text: '４．１％', indicator: '基本建设投资中农林水利投资比重' },
        { text: '７２．２％', indicator: '基本建设投资中生产性投资比重' },
      ]),
      // (a time or a campaign is no whole: 在清理整顿公司中, 在过去的五年中)
      row('national 1990', '在清理整顿公司中', [{ text: '９万多件', indicator: '查处违法违纪案件' }]),
      row('national 1986', '在过去的五年中，我国工农业总产值', [{ text: '百分之十一', indicator: '我国工农业总产值' }]),
    ],
  },
  {
    family: 'a bare head (产值, 上缴国家的利润, 零售额, 实际到位) of the subject the sentence opens with, figures or not',
    rows: [
      row('national 1980', '今年上海市纺织工业实行了', [
        { text: '１４．１％', indicator: '上海市纺织工业产值' },
        { text: '１６．３％', indicator: '上海市纺织工业上缴国家的利润' },
      ]),
      row('national 1980', '轻工业，总产值比', [{ text: '８％', indicator: '轻工业总产值' }]),
      row('national 1989', '专项控制商品由', [{ text: '９．１％', indicator: '专项控制商品零售额' }]),
      row('national 1997', '外商直接投资保持增长势头', [{ text: '４００多亿美元', indicator: '外商直接投资实际到位' }]),
      // (据…的统计 is no subject)
      row('national 1980', '据四川省试点的', [{ text: '３３％', indicator: '利润' }]),
    ],
  },
  {
    family: 'a list of years before a name (1978、1979两年共…, 仅1981、1982两年就…, 1979和1980两年合计) is no part of it',
    rows: [
      row('national 1980', '两年共增产粮食', [{ text: '４，９００多万吨', indicator: '增产粮食' }]),
      row('national 1983', '两年就节约和少用了', [{ text: '四千万吨标准煤', ind: '节约和少用', notInd: ['1982', '两年'] }]),
      row('national 1986', '两年合计近三百亿元', [{ text: '近三百亿元', ind: '赤字', notInd: ['1980'] }]),
      // (a year alone, left of a comparison, names nothing: the subject of the clause is found instead)
      {
        name: 'national 1986: 一九八○比一九七五年增加…，预算外资金也大幅度增加，一九八五年达到…',
        input: sentenceOf(realText('national 1986'), '一九八○比一九七五年增加'),
        title: '',
        expect: [
          { text: '二百二十六亿元', notInd: ['1980'] },
          { text: '一千四百三十亿元', indicator: '预算外资金' },
        ],
      },
    ],
  },
  {
    family: 'a sector under 其中 that opens a sentence is a part of the whole of the sentence before',
    rows: [
      {
        name: 'national 1991: 工业总产值比上年增长６％。其中，全民所有制工业增长…',
        input: passage(realText('national 1991'), '计划安排，工业总产值比上年增长６％', '乡镇工业增长１０—１２％。'),
        title: '',
        expect: [
          { text: '３—４％', indicator: '全民所有制工业产值' },
          { text: '１０—１２％', indicator: '乡镇工业产值' },
        ],
      },
      // (read alone, with no sentence before it, it has no whole to take a measure from)
      row('national 1991', '其中，全民所有制工业增长', [{ text: '３—４％', indicator: '全民所有制工业' }]),
    ],
  },
  {
    family: 'a product of one character right before its amount, after a clause mark (;纸520万吨, 钢六千六百零四万吨), is the name',
    rows: [
      row('national 1980', '纸５２０万吨', [
        { text: '５２０万吨', indicator: '纸' },
        { text: '２０万吨', indicator: '纸' },
      ]),
      row('national 1991', '钢六千六百零四万吨', [
        { text: '六千六百零四万吨', indicator: '钢' },
        { text: '７．２％', indicator: '钢' },
      ]),
    ],
  },
];

describe('indicator names, round 3', () => {
  for (const { family, rows } of families)
    describe(family, () => {
      for (const r of rows) it(r.name ?? '', () => checkRow(r));
    });
});
