// A fact said of the present among a report's plans (目前…已…) is a result of the year reviewed, not a target (present-facts.ts;
// judged sample 38's 1984 report, the calls of samples 29 and 38 on 目前). Rows: real texts up to the mention, or sentences.
import { describeLastMentions, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'what has been reached by now is the year reviewed’s',
    rows: [
      {
        name: 'national 1984: 目前国营建筑企业固定职工的比例,已由五十年代的５０％左右,上升到８０％以上',
        input: textUpTo('tests/fixtures/judged/pages38/national-1984-chengjun.txt', '上升到８０％以上'),
        title: '',
        expect: [{ text: '８０％以上', kind: 'actual', period: 1983 }],
      },
      {
        name: '目前…已经超过2万亿元, in the year’s tasks',
        input: '今年要继续加大教育投入。目前全省财政性教育经费支出总额已经超过2000亿元。',
        title: '某省2013年政府工作报告',
        expect: [{ text: '超过2000亿元', kind: 'actual', period: 2012 }],
      },
      {
        name: 'must not fire: a plan said after 目前 (目前…,今年要…达到)',
        input: '目前全省高速公路通车里程已有3000公里,今年要新增通车里程达到500公里。',
        title: '某省2013年政府工作报告',
        expect: [{ text: '500公里', kind: 'target', period: 2013 }],
      },
    ],
  },
];

describeLastMentions(families);
