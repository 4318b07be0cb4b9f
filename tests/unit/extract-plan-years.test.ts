// Which year a report plans and reviews where its own words say so: a heading of a later year's plan (二、１９８１年国民经济
// 计划的任务和主要指标, in a report of August 1980) and 明年 (the year after the one it is delivered in); what was done by a
// day of the report's own year (截至今年２月底,…已…); a review's start with no year of its own (由３５个增加到１００个: the
// year before); a target told again in a review (去年政府工作报告提出…; 计划建成投产…１１８个,实际建成…; 超过计划增长４％的
// 要求); the numbered sections after a first section of review (the year's tasks), and what there is now, said in them;
// a year's plan named (１９８０年计划…); 按上年 (a basis); a span word inside an earlier item of a list; a part of a year compared
// with the same part of the year before (１９８０年上半年又比去年同期增长…); a range of years whose count leaves its first out
// (１９６５年到１９７６年１１年中); last year's start with a word between (由上年亏损…, 由上年分别增长…); what a review of five
// years did (支持…项目691个) over them, what each year did (每年资助…) not.
// Rows are whole real reports read from their start to the mention, without a title.
import { describeLastMentions, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const J = 'tests/fixtures/judged';
const upTo = (path: string, phrase: string) => ({ input: textUpTo(`${J}/${path}`, phrase), title: '' });

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'a heading of a later year’s plan, and 明年: targets of the year after the one the report is delivered in',
    rows: [
      {
        name: 'national 1980 (delivered 1980-08-30): 二、１９８１年国民经济计划的任务和主要指标 … 纸５２０万吨，增加２０万吨',
        ...upTo('pages30/national-1980-chengjun.txt', '纸５２０万吨，增加２０万吨'),
        expect: [
          { text: '５２０万吨', kind: 'target', period: 1981 },
          { text: '２０万吨', kind: 'target', period: 1981, periodFrom: null },
        ],
      },
      {
        name: 'national 1980: 比１９８０年预计增加１，０００万吨 is against the year before the plan’s, no span',
        ...upTo('pages30/national-1980-chengjun.txt', '粮食产量３４，２５０万吨，比１９８０年预计增加１，０００万吨'),
        expect: [{ text: '１，０００万吨', kind: 'target', period: 1981, periodFrom: null }],
      },
      {
        name: 'national 1980: 争取明年节约标准煤７００万到８００万吨',
        ...upTo('pages30/national-1980-chengjun.txt', '争取明年节约标准煤７００万到８００万吨'),
        expect: [{ text: '７００万到８００万吨', kind: 'target', period: 1981 }],
      },
    ],
  },
  {
    family: 'what was done by a day of the report’s own year (截至今年２月底,…已…): a result of that year',
    rows: [
      {
        name: 'national 1989: 截至今年２月底，全国已经停建缓建固定资产投资项目１８０００个，可压缩今后几年的投资６４７亿元',
        ...upTo('pages31/national-1989-chengjun.txt', '可压缩今后几年的投资６４７亿元'),
        expect: [
          { text: '１８０００个', kind: 'actual', period: 1989 },
          { text: '６４７亿元', kind: 'actual' },
        ],
      },
      {
        name: 'national 1990: 截至今年２月底，全国已撤并公司７万多个，占公司总数的百分之二十四点五',
        ...upTo('pages28/national-1990-chengjun.txt', '占公司总数的百分之二十四点五'),
        expect: [
          { text: '７万多个', kind: 'actual', period: 1990 },
          { text: '百分之二十四点五', kind: 'actual', period: 1990 },
        ],
      },
    ],
  },
  {
    family: 'a review’s start with no year of its own (由…增加到…): the year before the one reported',
    rows: [
      {
        name: 'national 1997: 组建城市合作银行的大中城市，由３５个增加到１００个',
        ...upTo('pages31/national-1997-chengjun.txt', '由３５个增加到１００个'),
        expect: [
          { text: '３５个', kind: 'actual', period: 1995 },
          { text: '１００个', kind: 'actual', period: 1996 },
        ],
      },
      {
        name: 'national 1996: 零售物价涨幅从２１．７％回落到１４．８％',
        ...upTo('pages27/national-1996-chengjun.txt', '零售物价涨幅从２１．７％回落到１４．８％'),
        expect: [
          { text: '２１．７％', kind: 'actual', period: 1994 },
          { text: '１４．８％', kind: 'actual', period: 1995 },
        ],
      },
    ],
  },
  {
    family: 'a target told again in the review of its year: a target of the year reviewed',
    rows: [
      {
        name: 'national 1997: 去年政府工作报告提出，物价涨幅要从１４．８％降到１０％左右，…实际回落到６．１％',
        ...upTo('pages31/national-1997-chengjun.txt', '实际回落到６．１％'),
        expect: [
          { text: '１４．８％', kind: 'actual', period: 1995 },
          { text: '１０％左右', kind: 'target', period: 1996 },
          { text: '６．１％', kind: 'actual', period: 1996 },
        ],
      },
      {
        name: 'national 1995: 去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内',
        ...upTo('pages26/national-1995-chengjun.txt', '控制在百分之十以内'),
        expect: [{ text: '百分之十以内', kind: 'target', period: 1994 }],
      },
      {
        name: 'national 1980: 计划建成投产大中型项目１１８个，实际建成１２８个',
        ...upTo('pages30/national-1980-chengjun.txt', '实际建成１２８个'),
        expect: [
          { text: '１１８个', kind: 'target', period: 1979 },
          { text: '１２８个', kind: 'actual', period: 1979 },
        ],
      },
      {
        name: 'national 1991: 比上年增长６．９％，超过计划增长４％的要求',
        ...upTo('pages30/national-1991-chengjun.txt', '超过计划增长４％的要求'),
        expect: [
          { text: '６．９％', kind: 'actual', period: 1990 },
          { text: '４％', kind: 'target', period: 1990 },
        ],
      },
    ],
  },
  {
    family: 'the numbered sections after a first section of review set the year’s tasks; what there is now stays a result',
    rows: [
      {
        name: 'national 1989 (一、一心一意进行治理整顿 opens on 刚刚过去的1988年): 五、… 政府的教育经费将达到３７４亿元',
        ...upTo('pages31/national-1989-chengjun.txt', '增长１５．４％'),
        expect: [
          { text: '３７４亿元', kind: 'target', period: 1989 },
          { text: '１５．４％', kind: 'target', period: 1989 },
        ],
      },
      {
        name: 'national 1997 (一、１９９６年国内工作的回顾): 四、… 全年再减少青壮年文盲４００万人',
        ...upTo('pages31/national-1997-chengjun.txt', '全年再减少青壮年文盲４００万人'),
        expect: [{ text: '４００万人', kind: 'target', period: 1997 }],
      },
      {
        name: 'national 1997: 全国有２４万多户国有小企业; 这几年，国家先后在５８个城市进行了…试点',
        ...upTo('pages31/national-1997-chengjun.txt', '５８个城市'),
        expect: [
          { text: '２４万多户', kind: 'actual', period: 1996 },
          { text: '５８个', kind: 'actual', period: 1996 },
        ],
      },
    ],
  },
  {
    family: 'a year’s plan named (１９８０年计划…); a basis, not a result (按上年实际数额); a span word inside an earlier item of a list',
    rows: [
      {
        name: 'national 1980: １９８０年计划基本建设投资总额控制在５００亿元 (in the review of 1979)',
        ...upTo('pages30/national-1980-chengjun.txt', '控制在５００亿元'),
        expect: [{ text: '５００亿元', kind: 'target', period: 1980 }],
      },
      {
        name: 'national 1985: 今年的行政经费预算…，集团购买力要按上年实际数额核减２０％',
        ...upTo('pages29/national-1985-chengjun.txt', '核减２０％'),
        expect: [{ text: '２０％', kind: 'target', period: 1985 }],
      },
      {
        name: 'national 1980: 石油产量…，保持近两年的水平；发电量３，１２０亿度，比１９８０年预计增加１２０亿度 (one year’s, the plan’s)',
        ...upTo('pages30/national-1980-chengjun.txt', '比１９８０年预计增加１２０亿度'),
        expect: [
          { text: '３，１２０亿度', kind: 'target', period: 1981, periodFrom: null },
          { text: '１２０亿度', kind: 'target', period: 1981, periodFrom: null },
        ],
      },
    ],
  },
  {
    family: 'a part of a year compared with the same part of the year before: a result of that year',
    rows: [
      {
        name: 'national 1980: １９７９年进出口贸易总额比上年增长２８％，１９８０年上半年又比去年同期增长２０．２％',
        ...upTo('pages30/national-1980-chengjun.txt', '又比去年同期增长２０．２％'),
        expect: [
          { text: '２８％', kind: 'actual', period: 1979 },
          { text: '２０．２％', kind: 'actual', period: 1980 },
        ],
      },
      {
        name: 'national 1980: 今年上海市纺织工业实行了…试点，上半年产值比去年同期增长１４．１％，上缴国家的利润增长１６．３％',
        ...upTo('pages30/national-1980-chengjun.txt', '上缴国家的利润增长１６．３％'),
        expect: [
          { text: '１４．１％', kind: 'actual', period: 1980 },
          { text: '１６．３％', kind: 'actual', period: 1980 },
        ],
      },
    ],
  },
  {
    family: 'the years a change covers after its base: a range whose count of years leaves the first out; last year’s start',
    rows: [
      {
        name: 'national 1980: 而１９６５年到１９７６年１１年中，…总共只增加了１０．５元',
        ...upTo('pages30/national-1980-chengjun.txt', '总共只增加了１０．５元'),
        expect: [{ text: '１０．５元', period: 1976, periodFrom: 1966 }],
      },
      {
        name: 'national 1980: 长期亏损的国营农场，１９７９年有了盈利，由上年亏损９，０００万元转为盈利',
        ...upTo('pages30/national-1980-chengjun.txt', '由上年亏损９，０００万元'),
        expect: [{ text: '９，０００万元', kind: 'actual', period: 1978 }],
      },
      {
        name: 'national 2007: 化学需氧量、二氧化硫排放量由上年分别增长5.6％和13.1％，减为增长1.2%和1.8%',
        ...upTo('pages24/national-2007-chengjun.txt', '减为增长1.2%和1.8%'),
        expect: [
          { text: '5.6％', kind: 'actual', period: 2005 },
          { text: '13.1％', kind: 'actual', period: 2005 },
          { text: '1.8%', kind: 'actual', period: 2006 },
        ],
      },
    ],
  },
  {
    family: 'in a review of five years, what the years did (支持, 取消, 资助…) is over them; what each year did is not',
    rows: [
      {
        name: 'national 2008: 中央政府投资支持重点流域水污染防治项目691个',
        ...upTo('pages27/national-2008-chengjun.txt', '水污染防治项目691个'),
        expect: [{ text: '691个', kind: 'actual', period: 2007, periodFrom: 2003 }],
      },
      {
        name: 'national 2008: 国务院各部门取消和调整行政审批项目692项',
        ...upTo('pages27/national-2008-chengjun.txt', '行政审批项目692项'),
        expect: [{ text: '692项', kind: 'actual', period: 2007, periodFrom: 2003 }],
      },
      {
        name: 'national 2013: 每年资助金额近1000亿元，资助学生近8000万人次',
        ...upTo('pages25/national-2013-chengjun.txt', '资助学生近8000万人次'),
        expect: [{ text: '近8000万人次', kind: 'actual', periodFrom: null }],
      },
    ],
  },
];

describeLastMentions(families);
