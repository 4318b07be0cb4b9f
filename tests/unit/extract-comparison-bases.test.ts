// A change against a stated base year (comparison-bases.ts statedBase, headingBase; tense.ts): against a base more than a
// year back it covers the years after the base (比2005年增长86% in 2010 → 2006–2010; a sentence headed 2005年与2000年
// 相比 → 2001–2005); against last year, or a base a year back, it is the year's; the level reached is the year's and the
// start of a change over years (从2006年的18亿元) that year's, with no span. Rows are real texts up to the mention (the
// judged samples' pages, read with no title, and a whole national report); `periodFrom: null` says one year's.
import { describeLastMentions, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const J = 'tests/fixtures/judged';
const PAIRS = 'tests/fixtures/report-pairs/texts';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'a change against a base more than a year back spans the years after the base',
    rows: [
      {
        name: '深圳 2011 (judged 14): 2010年,预计实现本市生产总值9500亿元,比2005年增长86% → 2006–2010; the level 2010’s',
        input: textUpTo(`${J}/pages14/city-shenzhen-2011.txt`, '比2005年增长86%'),
        title: '',
        expect: [
          { text: '9500亿元', kind: 'actual', period: 2010, periodFrom: null },
          { text: '86%', kind: 'actual', period: 2010, periodFrom: 2006 },
        ],
      },
      {
        name: '新乡 2004 (judged 11, traditional): 第二產業比重突破50%,比1998年提高10.3個百分點 → 1999–2003',
        input: textUpTo(`${J}/pages11/city-xinxiang-2004-trad.txt`, '比1998年提高10.3個百分點'),
        title: '',
        expect: [
          { text: '突破50%', period: 2003, periodFrom: null },
          { text: '10.3個百分點', kind: 'actual', period: 2003, periodFrom: 1999 },
        ],
      },
      {
        name: 'national 2006 (judged 24): 2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%；财政收入增长1.36倍 → 2001–2005',
        input: textUpTo(`${J}/pages24/national-2006-chengjun.txt`, '财政收入增长1.36倍'),
        title: '',
        expect: [
          { text: '57.3%', kind: 'actual', period: 2005, periodFrom: 2001 },
          { text: '9.5%', period: 2005, periodFrom: 2001 },
          { text: '1.36倍', kind: 'actual', period: 2005, periodFrom: 2001 },
        ],
      },
    ],
  },
  {
    family: 'a change against last year, or a base a year back, is the year’s',
    rows: [
      {
        name: '2019 budget (judged 11): 全国一般公共预算收入190382.23亿元,为预算的98.9%,比2018年增长3.8%',
        input: textUpTo(`${J}/pages11/national-2019-budget-summary.txt`, '比2018年增长3.8%'),
        title: '',
        expect: [{ text: '3.8%', kind: 'actual', period: 2019, periodFrom: null }],
      },
      {
        name: 'a city communiqué 2019 (judged 14): 全市生产总值(GDP)5781亿元,按可比价格计算,比上年增长7.2%',
        input: textUpTo(`${J}/pages14/city-2019-communique-summary.txt`, '比上年增长7.2%'),
        title: '',
        expect: [{ text: '7.2%', kind: 'actual', period: 2019, periodFrom: null }],
      },
    ],
  },
  {
    family: 'the start of a change over years is its year’s level, the level reached its year’s',
    rows: [
      {
        name: 'national 2011: 财政投入从2006年的18亿元增加到2010年的306亿元',
        input: textUpTo(`${PAIRS}/national-2011-chengjun-report.txt`, '增加到2010年的306亿元'),
        title: '2011年国务院政府工作报告',
        expect: [
          { text: '18亿元', kind: 'actual', period: 2006, periodFrom: null },
          { text: '306亿元', kind: 'actual', period: 2010, periodFrom: null },
        ],
      },
    ],
  },
];

describeLastMentions(families);
