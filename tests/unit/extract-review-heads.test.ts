// What heads a review's sentence or clause and dates what follows it, in 1955's review of 1953–1954 (judged sample 41;
// chengjun/mybook data/gov_reports1954-2021.txt @ 503e0719): a label closed by a colon before a sentence headed by its
// years (在文化教育和保健方面：一九五四年比一九五二年，…增长百分之四十四: the base heads the sentence after the label), and a
// clause that opens on its count of years where no section over several years says them (两年国营工业的劳动生产率已提高
// 百分之二十九: 1953–1954). A count of years that is part of a noun (九年义务教育巩固率, 福建 2025 of real-dev) counts none.
import { describeLastMentions } from './helpers/engine';
import { realText, textUpTo } from './helpers/real-pages';

const R1955 = 'tests/fixtures/judged/pages41/national-1955-chengjun.txt';

describeLastMentions([
  {
    family: 'a label closed by a colon does not hide the years that head its sentence',
    rows: [
      {
        name: '1955: 在文化教育和保健方面：一九五四年比一九五二年，高等学校在校学生人数增长百分之三十三，普通中学在校学生人数增长百分之四十四',
        input: textUpTo(R1955, '普通中学在校学生人数增长百分之四十四'),
        title: '',
        expect: [
          { text: '百分之三十三', kind: 'actual', period: 1954, periodFrom: 1953 },
          { text: '百分之四十四', kind: 'actual', period: 1954, periodFrom: 1953 },
        ],
      },
    ],
  },
  {
    family: 'a review’s clause that opens on its count of years spans them',
    rows: [
      {
        name: '1955: 两年国营工业的劳动生产率已提高百分之二十九',
        input: textUpTo(R1955, '两年国营工业的劳动生产率已提高百分之二十九'),
        title: '',
        expect: [{ text: '百分之二十九', kind: 'actual', period: 1954, periodFrom: 1953 }],
      },
      {
        name: '1955: 在运输交通方面：两年铁路的货物周转量增长百分之五十五',
        input: textUpTo(R1955, '两年铁路的货物周转量增长百分之五十五'),
        title: '',
        expect: [{ text: '百分之五十五', kind: 'actual', period: 1954, periodFrom: 1953 }],
      },
      {
        name: '1955: 两年平均每年增长百分之十一点九',
        input: textUpTo(R1955, '两年平均每年增长百分之十一点九'),
        title: '',
        expect: [{ text: '百分之十一点九', kind: 'actual', period: 1954, periodFrom: 1953 }],
      },
    ],
  },
  {
    family: 'a count of years that is part of a noun counts none',
    rows: [
      {
        name: '福建 2025: 九年义务教育巩固率99.6%',
        input: textUpTo(realText('Fujian 2025'), '九年义务教育巩固率99.6%'),
        title: '',
        expect: [{ text: '99.6%', kind: 'actual', period: 2024, periodFrom: null }],
      },
    ],
  },
]);

// A list its sentence opens on a colon, after a sentence of the paragraph that says its span: the national report of 2000
// (judged sample 35; chengjun/mybook data/gov_reports1954-2021.txt @ 503e0719), 两年来通过财政向银行发行2100亿元长期国债,…。
// 已建成的主要有：加固…;新增…;… (1998–1999).
const R2000 = 'tests/fixtures/judged/pages35/national-2000-chengjun.txt';

describeLastMentions([
  {
    family: 'the items of a list opened on a colon are over the span its paragraph said',
    rows: [
      {
        name: '2000: 已建成的主要有：加固大江大河大湖堤防近6100公里；新增公路通车里程1．2万公里，其中高速公路3358公里',
        input: textUpTo(R2000, '其中高速公路3358公里'),
        title: '',
        expect: [
          { text: '近6100公里', kind: 'actual', period: 1999, periodFrom: 1998 },
          { text: '1．2万公里', kind: 'actual', period: 1999, periodFrom: 1998 },
          { text: '3358公里', kind: 'actual', period: 1999, periodFrom: 1998 },
        ],
      },
      {
        name: '2000: …；新建和改造农村电网高低压线路90万公里；建成仓容250亿公斤的国家粮食储备库',
        input: textUpTo(R2000, '建成仓容250亿公斤'),
        title: '',
        expect: [
          { text: '90万公里', kind: 'actual', period: 1999, periodFrom: 1998 },
          { text: '250亿公斤', kind: 'actual', period: 1999, periodFrom: 1998 },
        ],
      },
    ],
  },
]);

// A count of pieces of work (件, 项) in a review of several years is what the years did: over the judged samples' reviews
// of several years, 0 of 36 such counts is one year's. The national reports of 1998 and 2003 (judged sample 36;
// chengjun/mybook data/gov_reports1954-2021.txt @ 503e0719); a level reached is still the last year's.
const R1998 = 'tests/fixtures/judged/pages36/national-1998-chengjun.txt';
const R2003 = 'tests/fixtures/judged/pages36/national-2003-chengjun.txt';

describeLastMentions([
  {
    family: 'a count of pieces of work in a review of several years spans it',
    rows: [
      {
        name: '1998: 五年来取得一大批重要科技成果,…。授予专利权22.4万件',
        input: textUpTo(R1998, '授予专利权2 2 ．4 万件'),
        title: '',
        expect: [{ text: '2 2 ．4 万件', kind: 'actual', period: 1997, periodFrom: 1993 }],
      },
      {
        name: '2003: 国务院各部门共清理涉外规章和有关政策规定２３００件',
        input: textUpTo(R2003, '国务院各部门共清理涉外规章和有关政策规定２３００件'),
        title: '',
        expect: [{ text: '２３００件', kind: 'actual', period: 2002, periodFrom: 1998 }],
      },
      {
        name: '2003: 组织实施了１０００多项高新技术产业化示范工程',
        input: textUpTo(R2003, '组织实施了１０００多项'),
        title: '',
        expect: [{ text: '１０００多项', kind: 'actual', period: 2002, periodFrom: 1998 }],
      },
    ],
  },
]);
