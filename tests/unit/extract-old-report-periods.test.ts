// Periods and kinds in national reports of the 1980s, by family: years written in numerals (比一九七八年增长…: a base
// like 比1978年), a level a named range of years starts from (一九七八年到一九八二年，…由X增加到Y: the first year's), and a
// numbered section on the five-year plan to come (二、“七五”时期的基本任务… in 1986, after the 六五 review: the plan's
// targets, through its numbered sub-headings). Rows are real sentences read in their whole report up to them: samples
// 28 and 29's reports (chengjun/mybook data/gov_reports1954-2021.txt @ 503e0719, tests/fixtures/judged/pages28, 29).
import { describeLastMentions } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const R1983 = 'tests/fixtures/judged/pages29/national-1983-chengjun.txt';
const R1985 = 'tests/fixtures/judged/pages29/national-1985-chengjun.txt';
const R1986 = 'tests/fixtures/judged/pages28/national-1986-chengjun.txt';

describeLastMentions([
  {
    family: 'years in numerals read as years: a base (比一九七八年), a start (由一九七八年的), a range (从一九七九年到一九八二年)',
    rows: [
      {
        name: '1983: 一九八二年全国工农业总产值达到八千二百九十一亿元，比一九七八年增长百分之三十二点六 (1979–1982)',
        input: textUpTo(R1983, '平均每年增长百分之七点三'),
        title: '',
        expect: [
          { text: '百分之三十二点六', kind: 'actual', period: 1982, periodFrom: 1979 },
          { text: '八千二百九十一亿元', period: 1982, periodFrom: null },
        ],
      },
      {
        name: '1983: 农业所占比重由一九七八年的百分之二十七点八提高到一九八二年的百分之三十三点六',
        input: textUpTo(R1983, '提高到一九八二年的百分之三十三点六'),
        title: '',
        expect: [
          { text: '百分之二十七点八', period: 1978, periodFrom: null },
          { text: '百分之三十三点六', period: 1982, periodFrom: null },
        ],
      },
      {
        name: '1983: 从一九七九年到一九八二年的四年内，轻工业平均每年增长百分之十一点八',
        input: textUpTo(R1983, '轻工业平均每年增长百分之十一点八'),
        title: '',
        expect: [{ text: '百分之十一点八', kind: 'actual', period: 1982, periodFrom: 1979 }],
      },
      {
        name: '1983: 工业企业可比产品的成本，一九八○年上升百分之零点九 (○ for zero; a past year in the plan section argues from)',
        input: textUpTo(R1983, '一九八一年上升百分之一'),
        title: '',
        expect: [
          { text: '百分之零点九', kind: 'actual', period: 1980, periodFrom: null },
          { text: '百分之一', kind: 'actual', period: 1981, periodFrom: null },
        ],
      },
    ],
  },
  {
    family: 'a range of years named by its first and last: a level it starts from is the first year’s',
    rows: [
      {
        name: '1983: 一九七八年到一九八二年，全国医院床位由一百八十五万六千张增加到二百零五万四千张',
        input: textUpTo(R1983, '增加到二百零五万四千张'),
        title: '',
        expect: [{ text: '一百八十五万六千张', kind: 'actual', period: 1978 }],
      },
      {
        name: '1985: 从１９７８年到１９８３年，城乡居民的平均消费水平，由一百七十五元提高到二百八十八元',
        input: textUpTo(R1985, '由一百七十五元提高到二百八十八元'),
        title: '',
        expect: [{ text: '一百七十五元', kind: 'actual', period: 1978 }],
      },
    ],
  },
  {
    family: 'a numbered section on the five-year plan to come plans its years, through its own numbered sub-headings',
    rows: [
      {
        name: '1986: 二、“七五”时期的基本任务… “七五”计划草案规定，…五年内全国工农业总产值增长百分之三十八 (1986–1990)',
        input: textUpTo(R1986, '国民生产总值增长百分之四十四'),
        title: '',
        expect: [
          { text: '百分之三十八', kind: 'target', period: 1990, periodFrom: 1986 },
          { text: '百分之四十四', kind: 'target', period: 1990, periodFrom: 1986 },
        ],
      },
      {
        name: '1986: 一九九○年工农业总产值达到一万六千七百七十亿元 (the plan’s last year)',
        input: textUpTo(R1986, '一九九○年工农业总产值达到一万六千七百七十亿元'),
        title: '',
        expect: [{ text: '一万六千七百七十亿元', kind: 'target', period: 1990, periodFrom: null }],
      },
      {
        name: '1986: 一、确定适度的经济增长率… 全国工农业总产值平均每年增长百分之六点七 (a sub-heading keeps the plan’s years)',
        input: textUpTo(R1986, '全国工农业总产值平均每年增长百分之六点七'),
        title: '',
        expect: [{ text: '百分之六点七', kind: 'target', period: 1990, periodFrom: 1986 }],
      },
      {
        name: '1986: the 六五 review before it stays results: 一九八四年增加二百五十五亿元',
        input: textUpTo(R1986, '一九八四年增加二百五十五亿元'),
        title: '',
        expect: [{ text: '二百五十五亿元', kind: 'actual', period: 1984, periodFrom: null }],
      },
    ],
  },
]);
