// Which year a passage reports: this year so far (今年第一季度, 今年上半年, 今年1至9月), told in a report delivered in
// that year, is a result of it, not a target (tense-cues.ts YEAR_SO_FAR); a report whose review heading names the
// year in its title (2023年XX镇政府工作报告 … 一、2023年工作回顾) reviews that year (metadata.ts reviewsOwnYear); a start
// said to be last year's (由上年的…) is the year before the one reported (comparison-bases.ts PRIOR_YEAR); a sentence
// that leads with a year the report plans (2013年,…) plans it (tense-cues.ts YEAR_LEADS).
// Rows are real texts from their start to the mention, read with the title the page has.
import { describeLastMentions, type Row } from './helpers/engine';
import { corpusPageUpTo, textUpTo } from './helpers/real-pages';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'this year so far, told in a report delivered in it: a result of this year',
    rows: [
      {
        name: 'national 1984 (delivered in May, traditional): 今年第一季度,工業生產又比去年同期增長12%',
        ...corpusPageUpTo('rep-national-1984-trad-wikisource.txt', '比去年同期增長12%'),
        expect: [
          { text: '10.5%', kind: 'actual', period: 1983 },
          { text: '12%', kind: 'actual', period: 1984 },
        ],
      },
      {
        name: 'national 1981 (delivered in November): 在城镇中,今年1至9月安排了四百七十七万人就业',
        input: textUpTo('tests/fixtures/judged/pages21/national-1981-chengjun.txt', '四百七十七万人'),
        title: '',
        expect: [{ text: '四百七十七万人', kind: 'actual', period: 1981 }],
      },
      {
        name: 'Guizhou 2013, a plan’s mid-term review (traditional): 2011年、2012年…分別以15%、13.6%…,今年上半年,12.5%的增速',
        input: textUpTo('tests/fixtures/judged/pages7/province-guizhou-2013-plan-midterm-trad.txt', '12.5%的增速'),
        title: '',
        expect: [
          { text: '13.6%', kind: 'actual', period: 2012 },
          { text: '12.5%', kind: 'actual' },
        ],
      },
    ],
  },
  {
    family: 'a review heading that names the year of the title: the report reviews that year',
    rows: [
      {
        name: '2023年XX镇政府工作报告 (delivered 2024-01-27): 一、2023年工作回顾 … 新增…限上商贸企业1家',
        ...corpusPageUpTo('rep-town-2023-yzwku.txt', '限上商贸企业1家'),
        expect: [
          { text: '20.56%', kind: 'actual', period: 2023 },
          { text: '1家', kind: 'actual', period: 2023 },
        ],
      },
      {
        name: '2025年安徽省政府工作报告: 一、2024年工作回顾 names the year before the title’s, which it reviews',
        input: textUpTo('../shared/eval/real-dev/reports/prov-anhui-2025.txt', '增长5.8%'),
        title: '2025年安徽省政府工作报告',
        expect: [{ text: '5.8%', kind: 'actual', period: 2024 }],
      },
    ],
  },
  {
    family: 'a start said to be last year’s (由上年的22.26%、28.63%和49.11%调整为…): the year before the one reported, each of a list',
    rows: [
      {
        name: 'county communiqué 2023 (traditional, readings): 產業結構構成由上年的22.26%、28.63%和49.11%調整為21.35%…',
        ...corpusPageUpTo('h-com-county-2023-body-trad.txt', '50.73%'),
        expect: [
          { text: '22.26%', period: 2022 },
          { text: '28.63%', period: 2022 },
          { text: '49.11%', period: 2022 },
          { text: '50.73%', period: 2023 },
        ],
      },
      {
        name: 'city communiqué 2003 (judged 11, traditional): 比重由上年11.9%提高到12.4%,外貿依存度由上年的27.1%提高到30.4%',
        input: textUpTo('tests/fixtures/judged/pages11/city-2003-communique-trad.txt', '30.4%'),
        title: '',
        expect: [
          { text: '11.9%', period: 2002 },
          { text: '12.4%', period: 2003 },
          { text: '27.1%', period: 2002 },
        ],
      },
      {
        name: 'national 2009: 城镇居民基本医疗保险试点城市由上年的88 个增加到317 个',
        input: textUpTo('tests/fixtures/report-pairs/texts/national-2009-chengjun-report.txt', '增加到317 个'),
        title: '',
        expect: [
          { text: '88 个', period: 2007 },
          { text: '317 个', period: 2008 },
        ],
      },
    ],
  },
  {
    family:
      'a sentence that leads with a year the report plans (2013年,…): its figures are that year’s targets; with a year reviewed, results',
    rows: [
      {
        name: '五莲 2013 news (judged 7): 2013年,五莲县计划招引…;…,年内实施总投资35亿元的80项城建重点工程',
        input: textUpTo('tests/fixtures/judged/pages7/county-wulian-2013-news.txt', '80项城建重点工程'),
        title: '',
        expect: [
          { text: '163亿元', kind: 'actual', period: 2012 },
          { text: '15亿元以上', kind: 'target', period: 2013 },
          { text: '80项', kind: 'target', period: 2013 },
        ],
      },
      {
        name: 'Fujian 2013 targets news: 2013年,城镇登记失业率控制在4.2%以内;社会消费品零售总额增长15%',
        ...corpusPageUpTo('news-fujian-2013-targets.txt', '增长15%'),
        expect: [
          { text: '4.2%以内', kind: 'target', period: 2013 },
          { text: '15%', kind: 'target', period: 2013 },
        ],
      },
      {
        name: '柳林 2023 (judged 10, traditional): 2022年,我縣地區生產總值突破400億元大關,達到417億元 — the year reviewed',
        input: textUpTo('tests/fixtures/judged/pages10/county-liulin-2023-trad.txt', '達到417億元'),
        title: '',
        expect: [{ text: '417億元', kind: 'actual', period: 2022 }],
      },
    ],
  },
  {
    family: 'a base year said with a result verb (比2023年实现“四个翻番”) does not date the sentence: the year reviewed',
    rows: [
      {
        name: '宁夏 2025: 算力投资、标准机架…比2023年实现“四个翻番”,服务器上架率…5个指标全国领先',
        input: textUpTo('../shared/eval/real-dev/reports/prov-ningxia-2025.txt', '5个指标全国领先'),
        title: '宁夏回族自治区2025年政府工作报告',
        expect: [{ text: '5个', kind: 'actual', period: 2024 }],
      },
    ],
  },
];

describeLastMentions(families);
