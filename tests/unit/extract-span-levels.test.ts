// Which quantities under a span word are over its years (spans.ts, span-levels.ts): a level held through 连续N年, in
// its clause and the clauses that hold it on; what a review of several years built (建成…), newly built (新建…达) or
// summed (共…). Rows are real texts from their start to the mention, read with the title the page has (none for
// the judged pages); `periodFrom: null` says a quantity is one year's.
import { describeLastMentions, type Row } from './helpers/engine';
import { corpusPageUpTo, textUpTo } from './helpers/real-pages';

const REAL = '../shared/eval/real-dev/reports';
const J = 'tests/fixtures/judged';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: '连续N年 holding or passing a level, its thing named before or after the years: the last N years',
    rows: [
      {
        name: '河南 2023 (judged 15): 连续6年粮食总产稳定在1300亿斤以上 over 2017–2022',
        input: textUpTo(`${J}/pages15/province-henan-2023.txt`, '1300亿斤以上'),
        title: '',
        expect: [{ text: '1300亿斤以上', kind: 'actual', period: 2022, periodFrom: 2017 }],
      },
      {
        name: '广东 2025: 水利投资连续两年超1000亿元 over 2023–2024',
        input: textUpTo(`${REAL}/prov-guangdong-2025.txt`, '水利投资连续两年超1000亿元'),
        title: '广东省2025年政府工作报告',
        expect: [{ text: '超1000亿元', period: 2024, periodFrom: 2023 }],
      },
      {
        name: '湖北 2025: 总产达到557亿斤,连续12年稳定在500亿斤以上 (a level held longer than a review), the year’s total one year’s',
        input: textUpTo(`${REAL}/prov-hubei-2025.txt`, '连续12年稳定在500亿斤以上'),
        title: '湖北省2025年政府工作报告',
        expect: [
          { text: '557亿斤', period: 2024, periodFrom: null },
          { text: '500亿斤以上', period: 2024, periodFrom: 2013 },
        ],
      },
      {
        name: '湖北 2025: 吸引高校毕业生就业创业连续3年超过40万人 (a long subject before the years) over 2022–2024',
        input: textUpTo(`${REAL}/prov-hubei-2025.txt`, '连续3年超过40万人'),
        title: '湖北省2025年政府工作报告',
        expect: [{ text: '超过40万人', period: 2024, periodFrom: 2022 }],
      },
      {
        name: '江西 2025: 粮食总产439.2亿斤、连续12年超430亿斤: the year’s total one year’s, the bar held over 2013–2024',
        input: textUpTo(`${REAL}/prov-jiangxi-2025.txt`, '连续12年超430亿斤'),
        title: '江西省2025年政府工作报告',
        expect: [
          { text: '439.2亿斤', period: 2024, periodFrom: null },
          { text: '超430亿斤', period: 2024, periodFrom: 2013 },
        ],
      },
    ],
  },
  {
    family: 'a clause after 连续N年 that holds the level on (保持在) or goes on about its subject (对…贡献率达): the same years',
    rows: [
      {
        name: '河南 2023 (judged 15): …,播种面积保持在1.6亿亩 over 2017–2022',
        input: textUpTo(`${J}/pages15/province-henan-2023.txt`, '播种面积保持在1.6亿亩'),
        title: '',
        expect: [{ text: '1.6亿亩', kind: 'actual', period: 2022, periodFrom: 2017 }],
      },
      {
        name: '宣城 2011 (judged 7): 工业增速连续五年超过全省平均水平,对经济增长的贡献率达60%以上 over 2006–2010',
        input: textUpTo(`${J}/pages7/city-xuancheng-2011.txt`, '贡献率达60%以上'),
        title: '',
        expect: [{ text: '60%以上', kind: 'actual', period: 2010, periodFrom: 2006 }],
      },
      {
        name: '成都 2004 news: a heading’s 连续三年达到13%: stops at its colon, the level after it is the year’s',
        input: textUpTo(`${J}/pages11/city-chengdu-2004-news.txt`, '1870.8亿元'),
        title: '',
        expect: [
          { text: '13%', period: 2003, periodFrom: 2001 },
          { text: '1870.8亿元', period: 2003, periodFrom: null },
        ],
      },
      {
        name: '湖北 2025: 技术合同成交额达到5500亿元,连续4年每年跨越…,科技成果就地转化率提高到67% (a new subject, reached): one year’s',
        input: textUpTo(`${REAL}/prov-hubei-2025.txt`, '科技成果就地转化率提高到67％'),
        title: '湖北省2025年政府工作报告',
        expect: [{ text: '67％', period: 2024, periodFrom: null }],
      },
    ],
  },
  {
    family:
      'what a review of several years built (建成…), newly built (新建…达), summed (共…) or carried out (组织实施…项目): over its years',
    rows: [
      {
        name: '泉州 2012 (judged 9), 五年来: 组织实施水利工程、电网建设、水环境整治项目121个、186个和743个 over 2007–2011',
        input: textUpTo(`${J}/pages9/city-quanzhou-2012.txt`, '186个和743个'),
        title: '',
        expect: [
          { text: '121个', period: 2011, periodFrom: 2007 },
          { text: '186个', period: 2011, periodFrom: 2007 },
          { text: '743个', period: 2011, periodFrom: 2007 },
        ],
      },
      {
        name: '河南 2023 (judged 15), 过去五年工作回顾: 建成高标准农田8330万亩 over 2018–2022',
        input: textUpTo(`${J}/pages15/province-henan-2023.txt`, '建成高标准农田8330万亩'),
        title: '',
        expect: [{ text: '8330万亩', kind: 'actual', period: 2022, periodFrom: 2018 }],
      },
      {
        name: '湖南 2023 page 3 (judged 15), 这五年: 建成数据中心42个、标准机架11.5万架 over 2018–2022',
        input: textUpTo(`${J}/pages15/province-hunan-2023-page3.txt`, '标准机架11.5万架'),
        title: '',
        expect: [
          { text: '42个', period: 2022, periodFrom: 2018 },
          { text: '11.5万架', period: 2022, periodFrom: 2018 },
        ],
      },
      {
        name: 'national 2011: 五年建成铁路新线1.6万公里 over 2006–2010',
        input: textUpTo('tests/fixtures/report-pairs/texts/national-2011-chengjun-report.txt', '五年建成铁路新线1.6万公里'),
        title: '',
        expect: [{ text: '1.6万公里', period: 2010, periodFrom: 2006 }],
      },
      {
        name: 'national 1981 (judged 21): 近三年农村新建房屋达九亿平方米 over 1979–1981',
        input: textUpTo(`${J}/pages21/national-1981-chengjun.txt`, '九亿平方米'),
        title: '',
        expect: [{ text: '九亿平方米', period: 1981, periodFrom: 1979 }],
      },
      {
        name: 'national 1981 (judged 21), after 这三年…: 此外,…的价格补贴共二百三十四亿元 over 1979–1981',
        input: textUpTo(`${J}/pages21/national-1981-chengjun.txt`, '二百三十四亿元'),
        title: '',
        expect: [{ text: '二百三十四亿元', period: 1981, periodFrom: 1979 }],
      },
    ],
  },
  {
    family: 'what each year of a span held, or their average, after a level of its last year: over the span',
    rows: [
      {
        name: '广东 2016 news (judged 13, traditional): 五年來,…從2010年的4.60萬億元增加到2015年的7.28萬億元、年均增長8.5%;…每年均控制在3.5%以內',
        input: textUpTo(`${J}/pages13/province-guangdong-2016-news-trad.txt`, '年均漲幅為2.9%'),
        title: '',
        expect: [
          { text: '7.28萬億元', period: 2015, periodFrom: null },
          { text: '8.5%', period: 2015, periodFrom: 2011 },
          { text: '68.7%', period: 2015, periodFrom: null },
          { text: '3.5%以內', kind: 'actual', period: 2015, periodFrom: 2011 },
          { text: '2.9%', period: 2015, periodFrom: 2011 },
        ],
      },
      {
        name: '广州 2017: 五年来,…由2011年的1.24万亿元预计提高到的1.95万亿元,年均增长9.4%',
        ...corpusPageUpTo('h-rep-guangzhou-2017-fanwen.txt', '年均增长9.4%'),
        expect: [
          { text: '1.95万亿元', period: 2016, periodFrom: null },
          { text: '9.4%', period: 2016, periodFrom: 2012 },
        ],
      },
    ],
  },
  {
    family: 'what a review of several years did, its verb before the thing (搬迁, 改造, 退出, 新设, 制定修订): over its years',
    rows: [
      {
        name: 'national 2018, 五年来: 易地扶贫搬迁830万人; 棚户区住房改造2600多万套; 贫困发生率由10.2%下降到3.1% (levels) and 人均预期寿命达到76.7岁 one year’s',
        input: textUpTo('tests/fixtures/report-pairs/texts/national-2018-chengjun-report.txt', '农村危房改造1700多万户'),
        title: '',
        expect: [
          { text: '830万人', kind: 'actual', period: 2017, periodFrom: 2013 },
          { text: '3.1%', period: 2017, periodFrom: null },
          { text: '76.7岁', period: 2017, periodFrom: null },
          { text: '2600多万套', period: 2017, periodFrom: 2013 },
          { text: '1700多万户', period: 2017, periodFrom: 2013 },
        ],
      },
      {
        name: 'national 2018, 五年来: 退出钢铁产能1.7亿吨以上…,安置分流职工110多万人; 新设14个国家自主创新示范区; 制定修订法律95部',
        input: textUpTo('tests/fixtures/report-pairs/texts/national-2018-chengjun-report.txt', '制定修订行政法规195部'),
        title: '',
        expect: [
          { text: '1.7亿吨以上', period: 2017, periodFrom: 2013 },
          { text: '110多万人', period: 2017, periodFrom: 2013 },
          { text: '14个', period: 2017, periodFrom: 2013 },
          { text: '95部', period: 2017, periodFrom: 2013 },
          { text: '195部', period: 2017, periodFrom: 2013 },
        ],
      },
      {
        name: 'national 2011, 过去五年: 完成造林2529万公顷 over 2006–2010',
        input: textUpTo('tests/fixtures/report-pairs/texts/national-2011-chengjun-report.txt', '完成造林2529万公顷'),
        title: '',
        expect: [{ text: '2529万公顷', period: 2010, periodFrom: 2006 }],
      },
    ],
  },
  {
    family: 'a sum (累计) in a paragraph that averages over years it does not name: its years unsaid (no period)',
    rows: [
      {
        name: '巴南 2022 news (judged 9, traditional): 累計完成工業投資358.7億元,年均增長11.8%。…一般公共預算累計支出449億元',
        input: textUpTo(`${J}/pages9/district-banan-2022-news-trad.txt`, '累計(jì)支出449億元'),
        title: '',
        expect: [
          { text: '358.7億元', kind: 'actual', period: null },
          { text: '449億元', kind: 'actual', period: null },
        ],
      },
      {
        name: '山西 2025: 累计成交绿证131.7万张 beside PM2.5年均浓度 (an annual mean, not years averaged): the year’s',
        input: textUpTo(`${REAL}/prov-shanxi-2025.txt`, 'PM2.5年均浓度降至36微克/立方米'),
        title: '山西省2025年政府工作报告',
        expect: [{ text: '131.7万张', kind: 'actual', period: 2024 }],
      },
    ],
  },
  {
    family: 'an annual mean (PM2.5年均浓度, 细颗粒物年均浓度) is the year’s, not an average over years',
    rows: [
      {
        name: '北京 2025: 细颗粒物年均浓度…30.5微克/立方米',
        input: textUpTo(`${REAL}/prov-beijing-2025.txt`, '30.5微克/立方米'),
        title: '北京市2025年政府工作报告',
        expect: [{ text: '30.5微克/立方米', kind: 'actual', period: 2024, periodFrom: null }],
      },
      {
        name: '天津 2025: PM2.5年均浓度同比下降8％ (the review); PM2.5年均浓度降至38微克/立方米以下 (the plan)',
        input: textUpTo(`${REAL}/prov-tianjin-2025.txt`, '38微克／立方米以下'),
        title: '天津市2025年政府工作报告',
        expect: [
          { text: '8％', kind: 'actual', period: 2024, periodFrom: null },
          { text: '38微克／立方米以下', kind: 'target', period: 2025, periodFrom: null },
        ],
      },
      {
        name: '四川 2025: 全省PM2.5年均浓度首次低于30微克/立方米',
        input: textUpTo(`${REAL}/prov-sichuan-2025.txt`, '低于30微克/立方米'),
        title: '四川省2025年政府工作报告',
        expect: [{ text: '低于30微克/立方米', kind: 'actual', period: 2024 }],
      },
    ],
  },
  {
    family: 'a level under a span word that its sentence then compares with a year (分别比2006年增加…): the last year’s level',
    rows: [
      {
        name: '泉州 2012 (judged 9), 五年来: 中心城区建成区面161.5平方公里、城镇化59.5%,分别比2006年增加81.5平方公里和11.5个百分点',
        input: textUpTo(`${J}/pages9/city-quanzhou-2012.txt`, '11.5个百分点'),
        title: '',
        expect: [
          { text: '161.5平方公里', kind: 'actual', period: 2011, periodFrom: null },
          { text: '59.5%', kind: 'actual', period: 2011, periodFrom: null },
          { text: '11.5个百分点', kind: 'actual', period: 2011, periodFrom: 2007 },
        ],
      },
    ],
  },
];

describeLastMentions(families);
