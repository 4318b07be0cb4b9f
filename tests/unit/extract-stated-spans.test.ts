// Years a quantity's own sentence states, read as structures (comparison-bases.ts statedBase, spans.ts, unstated-years.ts,
// stated-kinds.ts, tense-cues.ts): a base said once before a list of changes carries to the bare changes after it; 连续N年
// before a rate each of those years grew by is a span ending the year reviewed (a result, in a plan too); uncounted years
// (再连续若干年) leave the year unsaid; the items of a list after 我国有 are the stock now; plans named in a list (科技攻关
// 等计划实施顺利) are no plan word. Rows are real texts from their start to the mention.
import { describeLastMentions, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const J = 'tests/fixtures/judged';
const R1982 = `${J}/pages33/national-1982-chengjun.txt`;
const R1994 = `${J}/pages32/national-1994-chengjun.txt`;
const R2008 = `${J}/pages27/national-2008-chengjun.txt`;
const R2015 = `${J}/pages32/national-2015-chengjun.txt`;

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'a base said once before a list of changes carries to the bare changes after it',
    rows: [
      {
        name: 'national 1982: 比一九八○年增长百分之十二点三；棉花三百六十万吨，增长百分之三十三；纱…，增长百分之二十二点八',
        input: textUpTo(R1982, '纱三百五十九万吨，增长百分之二十二点八'),
        title: '',
        expect: [
          { text: '百分之十二点三', kind: 'target', period: 1985, periodFrom: 1981 },
          { text: '百分之三十三', kind: 'target', period: 1985, periodFrom: 1981 },
          { text: '百分之二十二点八', kind: 'target', period: 1985, periodFrom: 1981 },
        ],
      },
      {
        name: 'national 2008: 2006年，全国国有企业资产总额比2002年增长60.98%，实现利润增长2.23倍，税收增长1.05倍',
        input: textUpTo(R2008, '税收增长1.05倍'),
        title: '',
        expect: [
          { text: '60.98%', kind: 'actual', period: 2006, periodFrom: 2003 },
          { text: '2.23倍', kind: 'actual', period: 2006, periodFrom: 2003 },
          { text: '1.05倍', kind: 'actual', period: 2006, periodFrom: 2003 },
        ],
      },
      {
        name: 'national 1982: 一九八二年预计比一九八一年，原煤增长百分之四点六 (against the year before: no span, and none carried)',
        input: textUpTo(R1982, '原油增长百分之零点五'),
        title: '',
        expect: [
          { text: '百分之四点六', kind: 'actual', period: 1982, periodFrom: null },
          { text: '百分之零点五', kind: 'actual', period: 1982, periodFrom: null },
        ],
      },
    ],
  },
  {
    family: 'years counted in the clause: 连续N年 before the rate each year grew by (results), 用N年时间 (a target by its last year)',
    rows: [
      {
        name: 'national 1994 (plans): 在连续两年增长百分之十三的基础上，安排这样的速度是比较合适的',
        input: textUpTo(R1994, '在连续两年增长百分之十三'),
        title: '',
        expect: [{ text: '百分之十三', kind: 'actual', period: 1993, periodFrom: 1992 }],
      },
      {
        name: 'national 2015 (review): 贫困地区农村学生上重点高校人数连续两年增长10%以上',
        input: textUpTo(R2015, '连续两年增长10%以上'),
        title: '',
        expect: [{ text: '10%以上', kind: 'actual', period: 2014, periodFrom: 2013 }],
      },
      {
        name: 'national 2008 (plans): 力争用两年时间在36个大城市…; 用两年时间将筹资标准由每人每年50元提高到100元 (by the second year)',
        input: textUpTo(R2008, '用两年时间将筹资标准由每人每年50元提高到100元'),
        title: '',
        expect: [
          { text: '36个', kind: 'target', period: 2009, periodFrom: null },
          { text: '50元', kind: 'actual', period: 2007 },
          { text: '100元', kind: 'target', period: 2009, periodFrom: null },
        ],
      },
      {
        name: 'national 1990: 要实现到本世纪末…翻两番的战略目标，今后大体需要保持每年递增百分之五点四的经济增长速度 (from the year planned)',
        input: textUpTo(`${J}/pages28/national-1990-chengjun.txt`, '保持每年递增百分之五点四'),
        title: '',
        expect: [{ text: '百分之五点四', kind: 'target', period: 2000, periodFrom: 1990 }],
      },
      {
        name: 'national 1994: 只要我们能够再连续若干年保持百分之八至百分之九的增长率 (uncounted years to come: no year)',
        input: textUpTo(R1994, '再连续若干年保持百分之八至百分之九'),
        title: '',
        expect: [{ text: '百分之八至百分之九', kind: 'target', period: null, periodFrom: null }],
      },
    ],
  },
  {
    family: 'what a quantity is, said at it: the stock now (我国有…、…), a result after plans named (等计划实施顺利)',
    rows: [
      {
        name: 'national 2015 (plans): 我国有13亿人口、9亿劳动力资源',
        input: textUpTo(R2015, '9亿劳动力资源'),
        title: '',
        expect: [
          { text: '13亿', kind: 'actual', period: 2014 },
          { text: '9亿', kind: 'actual', period: 2014 },
        ],
      },
      {
        name: 'national 1994 (review): 科技攻关等计划实施顺利，取得重大科技成果３万多项',
        input: textUpTo(R1994, '取得重大科技成果３万多项'),
        title: '',
        expect: [{ text: '３万多项', kind: 'actual', period: 1993 }],
      },
    ],
  },
  {
    family: 'the start of a planned change, its basis between (从人均8.7万元提高到…): the level now, the year reviewed’s result',
    rows: [
      {
        name: 'national 2016 (the 十三五 plan): 全员劳动生产率从人均8.7万元提高到12万元以上',
        input: textUpTo(`${J}/pages33/national-2016-chengjun.txt`, '从人均8.7万元提高到12万元以上'),
        title: '',
        expect: [
          { text: '8.7万元', kind: 'actual', period: 2015 },
          { text: '12万元以上', kind: 'target', period: 2020 },
        ],
      },
      {
        name: 'national 2016 (the 十三五 plan): 实现1亿左右农业转移人口和其他常住人口在城镇落户 (what becomes of people over the plan)',
        input: textUpTo(`${J}/pages33/national-2016-chengjun.txt`, '实现1亿左右农业转移人口和其他常住人口在城镇落户'),
        title: '',
        expect: [{ text: '1亿左右', kind: 'target', period: 2020, periodFrom: 2016 }],
      },
      {
        name: 'national 2009: 将农村部分计划生育家庭奖励扶助标准由人均600元提高到720元',
        input: textUpTo('tests/fixtures/report-pairs/texts/national-2009-chengjun-report.txt', '由人均600元'),
        title: '',
        expect: [{ text: '600元', kind: 'actual', period: 2008 }],
      },
    ],
  },
];

describeLastMentions(families);
