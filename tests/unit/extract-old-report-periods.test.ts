// Periods and kinds in national reports of the 1980s, by family: years written in numerals (比一九七八年增长…: a base
// like 比1978年), a level a named range of years starts from (一九七八年到一九八二年，…由X增加到Y: the first year's), and a
// numbered section on the five-year plan to come (二、“七五”时期的基本任务… in 1986, after the 六五 review: the plan's
// targets, through its numbered sub-headings), and the years of a review's counts, starts and plans. Rows are real sentences read in their whole report up to them: samples
// 26 to 29's reports (chengjun/mybook data/gov_reports1954-2021.txt @ 503e0719, tests/fixtures/judged/pages26–29).
import { describeLastMentions } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const R1983 = 'tests/fixtures/judged/pages29/national-1983-chengjun.txt';
const R1995 = 'tests/fixtures/judged/pages26/national-1995-chengjun.txt';
const R1985 = 'tests/fixtures/judged/pages29/national-1985-chengjun.txt';
const R1986 = 'tests/fixtures/judged/pages28/national-1986-chengjun.txt';
const R1996 = 'tests/fixtures/judged/pages27/national-1996-chengjun.txt';
const R2008 = 'tests/fixtures/judged/pages27/national-2008-chengjun.txt';
const R2017 = 'tests/fixtures/judged/pages26/national-2017-chengjun.txt';

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
  {
    family:
      'the years of a review’s counts: N年中 and N年增长 span the last N years; a sum or completion under a plan’s years spans them; a range compared with (是…的总和) spans nothing',
    rows: [
      {
        name: '1983: 四年中城镇集体所有制单位就业职工增加六百零三万人 (1979–1982 of a review of five years)',
        input: textUpTo(R1983, '就业职工增加六百零三万人'),
        title: '',
        expect: [{ text: '六百零三万人', kind: 'actual', period: 1982, periodFrom: 1979 }],
      },
      {
        name: '1983: 由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元，四年增长一点二倍',
        input: textUpTo(R1983, '四年增长一点二倍。'),
        title: '',
        expect: [{ text: '一点二倍', kind: 'actual', period: 1982, periodFrom: 1979 }],
      },
      {
        name: '1983: 比一九七八年增长百分之三十二点六，平均每年增长百分之七点三 (the average runs from the base, not the section’s five years)',
        input: textUpTo(R1983, '平均每年增长百分之七点三'),
        title: '',
        expect: [{ text: '百分之七点三', kind: 'actual', period: 1982, periodFrom: 1979 }],
      },
      {
        name: '1986: 我国农业总产值从一九五三年至一九八○年的二十八年间平均每年增长百分之三点五，…“五五”时期平均每年增长百分之五点一',
        input: textUpTo(R1986, '“五五”时期平均每年增长百分之五点一'),
        title: '',
        expect: [
          { text: '百分之三点五', kind: 'actual', period: 1980, periodFrom: 1953 },
          { text: '百分之五点一', kind: 'actual', period: 1980, periodFrom: 1976 },
        ],
      },
      {
        name: '1995: 由于已经连续三年增长速度在百分之十一以上 (in the plan section: the three years reviewed, results)',
        input: textUpTo(R1995, '连续三年增长速度在百分之十一以上'),
        title: '',
        expect: [{ text: '百分之十一以上', kind: 'actual', period: 1994, periodFrom: 1992 }],
      },
      {
        name: '1986: “六五”期间，进出口贸易总额合计达到二千三百亿美元 (a sum, not a level reached)',
        input: textUpTo(R1986, '进出口贸易总额合计达到二千三百亿美元'),
        title: '',
        expect: [{ text: '二千三百亿美元', kind: 'actual', period: 1985, periodFrom: 1981 }],
      },
      {
        name: '2008: 五年中央财政用于科技的投入达到3406亿元; 中央财政五年支出551亿元 (what the years put in, not a level reached)',
        input: textUpTo(R2008, '中央财政五年支出551亿元'),
        title: '',
        expect: [
          { text: '3406亿元', kind: 'actual', period: 2007, periodFrom: 2003 },
          { text: '551亿元', kind: 'actual', period: 2007, periodFrom: 2003 },
        ],
      },
      {
        name: '2008: 五年新增电力装机3.5亿千瓦，是1950年到2002年53年的总和；新增公路19.2万公里 (the five years, not 1950–2002)',
        input: textUpTo(R2008, '新增公路19.2万公里'),
        title: '',
        expect: [{ text: '19.2万公里', kind: 'actual', period: 2007, periodFrom: 2003 }],
      },
    ],
  },
  {
    family: 'starts and plans: a start in a year reviewed is its result; 由去年的 is a start, not a result word; a year planned and its 要',
    rows: [
      {
        name: '1983: 今后五年，计划将普通高等学校招生人数由一九八二年的三十一万五千人，增加到一九八七年的五十五万人',
        input: textUpTo(R1983, '增加到一九八七年的五十五万人'),
        title: '',
        expect: [
          { text: '三十一万五千人', kind: 'actual', period: 1982, periodFrom: null },
          { text: '五十五万人', kind: 'target', period: 1987 },
        ],
      },
      {
        name: '2008: 今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元',
        input: textUpTo(R2008, '将由去年的1076亿元增加到1562亿元'),
        title: '',
        expect: [
          { text: '1076亿元', kind: 'actual', period: 2007, periodFrom: null },
          { text: '1562亿元', kind: 'target', period: 2008, periodFrom: null },
        ],
      },
      {
        name: '1996: 全国人口２０００年要控制在１３亿以内，２０１０年要控制在１４亿以内',
        input: textUpTo(R1996, '２０１０年要控制在１４亿以内'),
        title: '',
        expect: [
          { text: '１３亿以内', kind: 'target', period: 2000, periodFrom: null },
          { text: '１４亿以内', kind: 'target', period: 2010, periodFrom: null },
        ],
      },
      {
        name: '1995: 固定资产投资增长幅度由上年的百分之五十八点六回落到百分之二十七点八 (a rate of growth as it stood the year before)',
        input: textUpTo(R1995, '回落到百分之二十七点八'),
        title: '',
        expect: [
          { text: '百分之五十八点六', kind: 'actual', measure: 'growth', period: 1993 },
          { text: '百分之二十七点八', kind: 'actual', measure: 'growth', period: 1994 },
        ],
      },
      {
        name: '2017: 工业企业利润由上年下降2.3%转为增长8.5%',
        input: textUpTo(R2017, '转为增长8.5%'),
        title: '',
        expect: [
          { text: '2.3%', kind: 'actual', period: 2015 },
          { text: '8.5%', kind: 'actual', period: 2016 },
        ],
      },
    ],
  },
]);
