// A part of a report that sets out a five-year plan already under way (plan-passages.ts): a heading that opens on the
// plan's name (第六个五年计划的基本任务, in the report of November 1982 on 1981–1985) makes what follows the plan's targets,
// over its years where the words sum, average or change (计划增长…, 平均每年递增…, 五年内…, 这五年…, 比1980年…), for a
// year it names where they name one (1985年将达到…); its bases are results (由X → 1980, 比第五个五年计划期间的X →
// 1976–1980). The next heading line that is not numbered (六五计划前两年的执行情况) ends the part. Rows are the real text from
// its start to the mention.
import { describeLastMentions, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const R1982 = 'tests/fixtures/judged/pages33/national-1982-chengjun.txt';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'sums, averages and changes in the part on the plan: targets over its years',
    rows: [
      {
        name: '在这个期间，我国工农业总产值计划增长百分之二十一点七，平均每年递增百分之四',
        input: textUpTo(R1982, '平均每年递增百分之四。'),
        title: '',
        expect: [
          { text: '百分之二十一点七', kind: 'target', period: 1985, periodFrom: 1981 },
          { text: '百分之四', kind: 'target', period: 1985, periodFrom: 1981 },
        ],
      },
      {
        name: '五年内，新增原油开采能力三千五百万吨 (after 结转到第七个五年计划期间…: the plan’s five years, not the next plan’s)',
        input: textUpTo(R1982, '五年内，新增原油开采能力三千五百万吨'),
        title: '',
        expect: [{ text: '三千五百万吨', kind: 'target', period: 1985, periodFrom: 1981 }],
      },
      {
        name: '第六个五年计划期间，用于现有企业设备更新、技术改造的资金为一千三百亿元 (funds put to a use over the plan: a sum)',
        input: textUpTo(R1982, '技术改造的资金为一千三百亿元'),
        title: '',
        expect: [{ text: '一千三百亿元', kind: 'target', period: 1985, periodFrom: 1981 }],
      },
      {
        name: '这五年计划安排平均每年有财政赤字三十亿元左右 (这五年 said again inside the part: the plan’s years, planned)',
        input: textUpTo(R1982, '这五年计划安排平均每年有财政赤字三十亿元左右'),
        title: '',
        expect: [{ text: '三十亿元左右', kind: 'target', period: 1985, periodFrom: 1981 }],
      },
    ],
  },
  {
    family: 'a year the plan names, and the bases it is compared with',
    rows: [
      {
        name: '一九八五年工农业总产值达到八千七百一十亿元，比一九八○年的七千一百五十九亿元增加一千五百五十一亿元',
        input: textUpTo(R1982, '比一九八○年的七千一百五十九亿元增加一千五百五十一亿元'),
        title: '',
        expect: [
          { text: '八千七百一十亿元', kind: 'target', period: 1985, periodFrom: null },
          { text: '七千一百五十九亿元', kind: 'actual', period: 1980, periodFrom: null },
          { text: '一千五百五十一亿元', kind: 'target', period: 1985, periodFrom: 1981 },
        ],
      },
      {
        name: '其中，农业总产值由二千一百八十七亿元增加到…，工业总产值由四千九百七十二亿元 (a start with no year: the year before the plan)',
        input: textUpTo(R1982, '工业总产值由四千九百七十二亿元'),
        title: '',
        expect: [
          { text: '二千一百八十七亿元', kind: 'actual', period: 1980 },
          { text: '二千六百六十亿元', kind: 'target', period: 1985 },
          { text: '四千九百七十二亿元', kind: 'actual', period: 1980 },
        ],
      },
      {
        name: '比第五个五年计划期间的五百七十七亿元 (an earlier plan as the base: its years, actual)',
        input: textUpTo(R1982, '比第五个五年计划期间的五百七十七亿元'),
        title: '',
        expect: [{ text: '五百七十七亿元', kind: 'actual', period: 1980, periodFrom: 1976 }],
      },
      {
        name: '全国职工的工资总额一九八○年为七百七十三亿元，一九八五年将达到九百八十三亿元 (a year planned and its 将)',
        input: textUpTo(R1982, '一九八五年将达到九百八十三亿元'),
        title: '',
        expect: [
          { text: '七百七十三亿元', kind: 'actual', period: 1980 },
          { text: '九百八十三亿元', kind: 'target', period: 1985, periodFrom: null },
        ],
      },
    ],
  },
  {
    family: 'the part ends at the next heading line that is not numbered (六五计划前两年的执行情况): results again',
    rows: [
      {
        name: '…计划为百分之四，预计可以达到百分之六点四。两年平均每年递增百分之五点五 (the two years before: 1981–1982)',
        input: textUpTo(R1982, '两年平均每年递增百分之五点五'),
        title: '',
        expect: [
          { text: '百分之六点四', kind: 'actual', period: 1982 },
          { text: '百分之五点五', kind: 'actual', period: 1982, periodFrom: 1981 },
        ],
      },
      {
        name: '…一九八二年预计比一九八一年增长百分之五，两年平均每年递增百分之五点三 (the years its clause counts, not the base before)',
        input: textUpTo(R1982, '两年平均每年递增百分之五点三'),
        title: '',
        expect: [
          { text: '百分之五', kind: 'actual', period: 1982, periodFrom: null },
          { text: '百分之五点三', kind: 'actual', period: 1982, periodFrom: 1981 },
        ],
      },
      {
        name: '一九八二年预计同一九八○年比较，棉花增长百分之二十一点九 (a sentence headed by its year and its base)',
        input: textUpTo(R1982, '棉花增长百分之二十一点九'),
        title: '',
        expect: [{ text: '百分之二十一点九', kind: 'actual', period: 1982, periodFrom: 1981 }],
      },
    ],
  },
  {
    family: 'a plan named in the clause as what sets the figure (…计划安排的, …计划在这方面安排了, …计划把…): its target over its years',
    rows: [
      {
        name: 'national 1982 (measures for the plan’s last years): 第六个五年计划在这方面安排了三千六百亿元的投资',
        input: textUpTo(R1982, '第六个五年计划在这方面安排了三千六百亿元'),
        title: '',
        expect: [{ text: '三千六百亿元', kind: 'target', period: 1985, periodFrom: 1981 }],
      },
      {
        name: 'national 1983 (under 今后五年, 1983–1987): “六五”计划安排的…项目共八百九十个，其中已开工建设的…有九十三个',
        input: textUpTo('tests/fixtures/judged/pages29/national-1983-chengjun.txt', '重大建设项目有九十三个'),
        title: '',
        expect: [{ text: '八百九十个', kind: 'target', period: 1985, periodFrom: 1981 }],
      },
    ],
  },
];

describeLastMentions(families);
