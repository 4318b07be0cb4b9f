// What a plan says is already there (stated-kinds.ts: 目前…已经超过2万亿元; 已批建的3家; 已经谋划的近1400个) is the year
// reviewed's result; what it plans over coming years it does not count (unstated-years.ts: 今后一个时期,…约1亿人) has no
// year; a paragraph that opens on this year so far (year-headings.ts: 今年伊始, in a report delivered in May) tells this
// year's results; 今明两年 (spans.ts) plans this year and the next (4 mentions in 3 of the 52 whole reports). Rows are real texts up to the mention; a target of the plan's year beside each shows the section still plans.
import { describeLastMentions, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const J = 'tests/fixtures/judged';
const DEV = '../shared/eval/real-dev/reports';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'what a plan says is already there is the year reviewed’s',
    rows: [
      {
        name: 'national 2013 (judged 25): 目前我国年度财政性教育经费支出总额已经超过2万亿元，今后还要继续增加 → actual 2012',
        input: textUpTo(`${J}/pages25/national-2013-chengjun.txt`, '已经超过2万亿元'),
        title: '',
        expect: [{ text: '超过2万亿元', kind: 'actual', period: 2012 }],
      },
      {
        name: '贵州 2025: 持续推进已批建的3家省实验室…，加快…新组建3家以上省实验室 → the first 2024’s, the second the plan’s',
        input: textUpTo(`${DEV}/prov-guizhou-2025.txt`, '新组建3家以上省实验室'),
        title: '',
        expect: [
          { text: '3家', kind: 'actual', period: 2024 },
          { text: '3家以上', kind: 'target', period: 2025 },
        ],
      },
      {
        name: '内蒙古 2025: 对已经谋划的近1400个重点工业项目，要一个一个盯前期 → actual 2024',
        input: textUpTo(`${DEV}/prov-neimenggu-2025.txt`, '已经谋划的近1400个'),
        title: '',
        expect: [{ text: '近1400个', kind: 'actual', period: 2024 }],
      },
    ],
  },
  {
    family: 'coming years a plan does not count carry no year',
    rows: [
      {
        name: 'national 2014 (judged 25): 今后一个时期，…促进约1亿农业转移人口落户城镇，改造约1亿人居住的… → target, no year',
        input: textUpTo(`${J}/pages25/national-2014-chengjun.txt`, '改造约1亿人'),
        title: '',
        expect: [
          { text: '约1亿', kind: 'target', period: null },
          { text: '约1亿人', kind: 'target', period: null },
        ],
      },
    ],
  },
  {
    family: 'a paragraph that opens on this year so far tells this year’s results',
    rows: [
      {
        name: '四川 2020, delivered in May (judged 23): 一、关于新冠肺炎疫情防控\n\n今年伊始,…全省确定1049家发热门诊 → actual 2020',
        input: textUpTo(`${J}/pages23/province-sichuan-2020.txt`, '全省确定1049家发热门诊'),
        title: '',
        expect: [{ text: '1049家', kind: 'actual', period: 2020 }],
      },
    ],
  },
  {
    family: 'this year and the next (今明两年) plan over two years',
    rows: [
      {
        name: 'national 2020: 今明两年职业技能培训3500万人次以上，高职院校扩招200万人 → 2020–2021',
        input: textUpTo('tests/fixtures/report-pairs/texts/national-2020-chengjun-report.txt', '高职院校扩招200万人'),
        title: '',
        expect: [
          { text: '3500万人次以上', kind: 'target', period: 2021, periodFrom: 2020 },
          { text: '200万人', kind: 'target', period: 2021, periodFrom: 2020 },
        ],
      },
      {
        name: 'national 2009: 今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右 → 2009–2010',
        input: textUpTo('tests/fixtures/report-pairs/texts/national-2009-chengjun-report.txt', '人均每年增长10%左右'),
        title: '',
        expect: [{ text: '10%左右', kind: 'target', period: 2010, periodFrom: 2009 }],
      },
    ],
  },
];

describeLastMentions(families);
