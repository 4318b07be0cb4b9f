// Figures of a plan told in the review of its years (planned-figures.ts): the plan as first set or revised (原定的,
// 原计划, 原来设想的, 修订计划时…为) and a change made to it (追加) are targets of the year the sentence is about; the
// plan's figure compared with a sum of several years covers those years; the parts of a figure said again (这八十亿元
// 中,有…) are read as it is. Rows are real texts from their start to the mention.
import { describeLastMentions, type Row } from './helpers/engine';
import { corpusPageUpTo, textUpTo } from './helpers/real-pages';

const P21 = 'tests/fixtures/judged/pages21/national-1981-chengjun.txt';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'the plan as first set or revised, named right before its figure, and a change made to it: a target of its year',
    rows: [
      {
        name: 'national 1981 (judged 21, delivered in November): 今年2月修订计划时减少为三百亿元,后来又追加了八十亿元',
        input: textUpTo(P21, '后来又追加了八十亿元'),
        title: '',
        expect: [
          { text: '三百亿元', kind: 'target', period: 1981, periodFrom: null },
          { text: '八十亿元', kind: 'target', period: 1981, periodFrom: null },
        ],
      },
      {
        name: 'national 2020: 减税降费2.36万亿元,超过原定的近2万亿元规模',
        input: textUpTo('tests/fixtures/report-pairs/texts/national-2020-chengjun-report.txt', '超过原定的近2万亿元'),
        title: '',
        expect: [
          { text: '2.36万亿元', kind: 'actual', period: 2019 },
          { text: '近2万亿元', kind: 'target', period: 2019 },
        ],
      },
      {
        name: 'national plan report 1957: 比上年降低了7.9%(原计划降低8.4%); 提高约26%(原计划提高18.6%)',
        ...corpusPageUpTo('h5-plan-national-1957-scopsr-part2.txt', '原计划提高18.6%'),
        expect: [
          { text: '7.9%', kind: 'actual', period: 1956 },
          { text: '8.4%', kind: 'target', period: 1956 },
          { text: '约26%', kind: 'actual', period: 1956 },
          { text: '18.6%', kind: 'target', period: 1956 },
        ],
      },
    ],
  },
  {
    family: 'the plan’s figure compared with a sum of several years (比原来设想的…): a target over the same years',
    rows: [
      {
        name: 'national 1981 (judged 21): 这两部分共计减收增支九百二十五亿元,比原来设想的六百亿元多出54%',
        input: textUpTo(P21, '比原来设想的六百亿元'),
        title: '',
        expect: [
          { text: '九百二十五亿元', kind: 'actual', period: 1981, periodFrom: 1979 },
          { text: '六百亿元', kind: 'target', period: 1981, periodFrom: 1979 },
        ],
      },
    ],
  },
  {
    family: 'the parts of a figure said again at the head of the next sentence (这八十亿元中,有…): read as that figure',
    rows: [
      {
        name: 'national 1981 (judged 21): 这八十亿元中,有三十五亿元是用于增加住宅建设投资 — a planned part',
        input: textUpTo(P21, '有三十五亿元'),
        title: '',
        expect: [{ text: '三十五亿元', kind: 'target', period: 1981, periodFrom: null }],
      },
      {
        name: 'national 1975: 在这十年中,我们…建成了一千一百个大中型项目 — years, not a figure said again: over 1965–1974',
        ...corpusPageUpTo('h4-rep-national-1975-wenxuecity.txt', '一千一百个'),
        expect: [{ text: '一千一百个', kind: 'actual', period: 1974, periodFrom: 1965 }],
      },
    ],
  },
];

describeLastMentions(families);
