// A numbered section that opens on the name of a five-year plan under way sets the plan out (1955's 二、第一个五年计划概要,
// the first plan, 1953–1957, in its third year: plan-passages.ts): its figures are targets of the plan's years, its start
// levels the base year's; the part ends at the next heading of the same list (四、为完成和超额完成…而奋斗 reviews 1953–1954
// again), where a heading that opens on the plan again opens a part of its own. And a quantity over years all to come
// (今后三年; 从今年起,全市5年…, spans.ts) is planned, with a cue or none (tense.ts). Rows are real texts from their start to
// the mention (judged samples 41 and 36), or sentences where the row says so.
import { describeLastMentions, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const R1955 = 'tests/fixtures/judged/pages41/national-1955-chengjun.txt';
const R2003 = 'tests/fixtures/judged/pages36/national-2003-chengjun.txt';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'a numbered section opening on a running plan’s name sets out its targets',
    rows: [
      {
        name: 'national 1955: 二、第一个五年计划概要 … 在五年内,…支出总数为七百六十六亿四千万元',
        input: textUpTo(R1955, '支出总数为七百六十六亿四千万元'),
        title: '',
        expect: [{ text: '七百六十六亿四千万元', kind: 'target', period: 1957 }],
      },
      {
        name: 'national 1955: 钢:从一百三十五万吨增加到四百十二万吨 — the plan’s 1957 level, its start 1952’s result',
        input: textUpTo(R1955, '钢：从一百三十五万吨增加到四百十二万吨'),
        title: '',
        expect: [
          { text: '一百三十五万吨', kind: 'actual', period: 1952 },
          { text: '四百十二万吨', kind: 'target', period: 1957 },
        ],
      },
      {
        name: 'must not fire: after 四、为完成和超额完成第一个五年计划而奋斗, 两年…已提高百分之二十九 is a result',
        input: textUpTo(R1955, '两年国营工业的劳动生产率已提高百分之二十九'),
        title: '',
        expect: [{ text: '百分之二十九', kind: 'actual', period: 1954 }],
      },
    ],
  },
  {
    family: 'a quantity over years all to come is planned',
    rows: [
      {
        name: '今后三年,全市地区生产总值年均增长8%',
        input: '今后三年,全市地区生产总值年均增长8%。',
        title: '太仓市2015年政府工作报告',
        expect: [{ text: '8%', kind: 'target', period: 2017, periodFrom: 2015 }],
      },
      {
        name: '从今年起,全市5年投入100亿元; 从2015年起,三年内新建学校20所: the years from the start the clause says',
        input: '从今年起,全市5年投入100亿元用于交通建设。从2015年起,三年内新建学校20所。',
        title: '太仓市2015年政府工作报告',
        expect: [
          { text: '100亿元', kind: 'target', period: 2019, periodFrom: 2015 },
          { text: '20所', kind: 'target', period: 2017, periodFrom: 2015 },
        ],
      },
      {
        name: 'must not fire: a start said of something else, clauses before (national 2003: 从1999年起连续扩大招生规模…;五年内)',
        input: textUpTo(R2003, '五年内全国本专科毕业生１３００万人'),
        title: '',
        expect: [{ text: '１３００万人', kind: 'actual', period: 2002, periodFrom: 1998 }],
      },
      {
        name: 'must not fire: 过去三年,全市地区生产总值年均增长8% is a result',
        input: '过去三年,全市地区生产总值年均增长8%。',
        title: '太仓市2015年政府工作报告',
        expect: [{ text: '8%', kind: 'actual', period: 2014, periodFrom: 2012 }],
      },
    ],
  },
];

describeLastMentions(families);
