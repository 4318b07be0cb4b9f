// Which year a report plans and reviews where its own words say so: a heading of a later year's plan (二、１９８１年国民经济
// 计划的任务和主要指标, in a report of August 1980) and 明年 (the year after the one it is delivered in); what was done by a
// day of the report's own year (截至今年２月底,…已…); a review's start with no year of its own (由３５个增加到１００个: the
// year before); a target told again in a review (去年政府工作报告提出…; 计划建成投产…１１８个,实际建成…; 超过计划增长４％的
// 要求); the numbered sections after a first section of review (the year's tasks), and what there is now, said in them.
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
];

describeLastMentions(families);
