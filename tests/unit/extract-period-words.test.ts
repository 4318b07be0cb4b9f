// Words at a quantity that say its year or kind (prior-years.ts, stated-kinds.ts, spans.ts, tense.ts): the years before
// the reported one listed one by one (由前三年分别上升4.9%、5.5%、0.2%), the targets a review names as set at the year's
// start (没有实现年初确定的…降低4%左右…的目标), a result measured against a target (超过预期目标), a sum through N years running (连续三年累计投入), 为 opening a clause (for
// whom something was done, no level reached), a bare 五年 in a plan (五年内…将投入, 五年淘汰…), a level reached by a fall under a span word (减少到), what the years
// climbed (五年跨过3个…台阶), a level held through them though an item before its ; said a year, a review paragraph
// opening on its year (2022年,面对…) on a page that says no year, a year dating a decision (2004年我们提出…), what a
// review of several years set up, started or shut (设立11个, 开工…122项, 淘汰…2000多万辆, 8000多万…成为城镇居民), what a
// plan finds in force or reached (现行16%的税率, 已达2.5亿), and the level a plan starts from (今年…由20元提高到40元: the level now).
// Rows are real texts up to the mention: the whole national reports of the judged samples 24 (chengjun/mybook
// data/gov_reports1954-2021.txt @ 503e0719, read with no title) and of tests/fixtures/report-pairs.
import { describeLastMentions, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const J = 'tests/fixtures/judged';
const PAIRS = 'tests/fixtures/report-pairs/texts';
const R2006 = `${J}/pages24/national-2006-chengjun.txt`;
const R2007 = `${J}/pages24/national-2007-chengjun.txt`;

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'the years before the reported one, listed one by one (由前三年分别…): each its own year',
    rows: [
      {
        name: 'national 2007: 2006年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2% → 2003, 2004, 2005; 2006',
        input: textUpTo(R2007, '转为下降1.2%'),
        title: '',
        expect: [
          { text: '4.9％', kind: 'actual', period: 2003, periodFrom: null },
          { text: '5.5％', kind: 'actual', period: 2004, periodFrom: null },
          { text: '0.2％', kind: 'actual', period: 2005, periodFrom: null },
          { text: '1.2%', kind: 'actual', period: 2006, periodFrom: null },
        ],
      },
    ],
  },
  {
    family: 'targets a review names as set at the year’s start (年初确定的…的目标) are targets; a result after them is not',
    rows: [
      {
        name: 'national 2007: 全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标 (targets of 2006)',
        input: textUpTo(R2007, '主要污染物排放总量减少2%的目标'),
        title: '',
        expect: [
          { text: '4%左右', kind: 'target', period: 2006 },
          { text: '2%', kind: 'target', period: 2006 },
        ],
      },
      {
        name: 'national 2013 (people.com.cn): 全面实现年初确定的主要目标,国内生产总值增长7.8% (a result of 2012)',
        input: textUpTo(`${PAIRS}/national-2013-people-review.txt`, '国内生产总值增长7.8%'),
        title: '2013年国务院政府工作报告',
        expect: [{ text: '7.8%', kind: 'actual', period: 2012 }],
      },
    ],
  },
  {
    family: 'a result measured against the target (超过预期目标, 高于预期目标, 比预期目标高) is no target word',
    rows: [
      {
        name: 'national 2005: 城镇新增就业980万人，超过预期目标；城镇居民人均可支配收入9422元，…分别实际增长7．7％和6．8％ (2004)',
        input: textUpTo(`${J}/pages22/national-2005-chengjun.txt`, '分别实际增长7．7％和6．8％'),
        title: '',
        expect: [
          { text: '9422元', kind: 'actual', period: 2004 },
          { text: '7．7％', kind: 'actual', period: 2004 },
          { text: '6．8％', kind: 'actual', period: 2004 },
        ],
      },
      {
        name: '四川 2020 plan report: 全社会固定资产投资增长10.2%,高于预期目标0.2个百分点 (2019)',
        input: textUpTo(`${PAIRS}/prov-sichuan-2020-scspc-plan.txt`, '高于预期目标0.2个百分点'),
        title: '',
        expect: [{ text: '0.2个百分点', kind: 'actual', period: 2019 }],
      },
      {
        name: '湖北 2022: …地方一般公共预算收入增长30.7%,分别比预期目标高4.8、10.4、4.9、10.7个百分点 (2021)',
        input: textUpTo(`${PAIRS}/prov-hubei-2022-0798ci-report.txt`, '10.7个百分点'),
        title: '',
        expect: [{ text: '10.7个百分点', kind: 'actual', period: 2021 }],
      },
    ],
  },
  {
    family: 'a sum through N years running (连续N年累计) spans the last N years',
    rows: [
      {
        name: 'national 2007: 中央财政连续三年累计投入90亿元，用于农村寄宿制学校建设工程 → 2004–2006',
        input: textUpTo(R2007, '连续三年累计投入90亿元'),
        title: '',
        expect: [{ text: '90亿元', kind: 'actual', period: 2006, periodFrom: 2004 }],
      },
    ],
  },
  {
    family: 'a bare N年 before what is to be done, or after the cue that dated its sentence, spans a plan’s years',
    rows: [
      {
        name: 'national 2006: 五年内国家财政将投入200多亿元，对乡镇卫生院…进行改造 (no year said: the coming 2006–2010)',
        input: textUpTo(R2006, '五年内国家财政将投入200多亿元'),
        title: '',
        expect: [{ text: '200多亿元', kind: 'target', period: 2010, periodFrom: 2006 }],
      },
      {
        name: 'national 2007: “十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；五年淘汰落后炼铁产能1亿吨…，今年力争分别淘汰3000万吨',
        input: textUpTo(R2007, '今年力争分别淘汰3000万吨'),
        title: '',
        expect: [
          { text: '1000万千瓦', kind: 'target', period: 2007, periodFrom: null },
          { text: '1亿吨', kind: 'target', period: 2010, periodFrom: 2006 },
          { text: '5500万吨', kind: 'target', period: 2010, periodFrom: 2006 },
          { text: '3000万吨', kind: 'target', period: 2007, periodFrom: null },
        ],
      },
    ],
  },
  {
    family: '为 opening a clause says for whom, not a level reached: the span word before still governs it',
    rows: [
      {
        name: 'national 2006: 两年来新建、改建、扩建农村寄宿制学校2400多所，为16万个农村中小学校和教学点配备了远程教育设施 → 2004–2005',
        input: textUpTo(R2006, '为16万个农村中小学校'),
        title: '',
        expect: [
          { text: '2400多所', period: 2005, periodFrom: 2004 },
          { text: '16万个', kind: 'actual', period: 2005, periodFrom: 2004 },
        ],
      },
    ],
  },
  {
    family: 'under a span word, a level reached by a fall (减少到, 下降到) is its last year’s; what the years climbed is theirs',
    rows: [
      {
        name: '安徽 2018 (judged 23): 近两年化解煤炭…产能1672万吨、631万吨,商品房去化周期从19个月减少到12.7个月 (2017)',
        input: textUpTo(`${J}/pages23/province-anhui-2018.txt`, '从19个月减少到12.7个月'),
        title: '',
        expect: [{ text: '12.7个月', kind: 'actual', period: 2017, periodFrom: null }],
      },
      {
        name: 'national 2018 (过去五年): 贫困人口减少6800多万，易地扶贫搬迁830万人，贫困发生率由10.2%下降到3.1% (2017)',
        input: textUpTo(`${PAIRS}/national-2018-chengjun-report.txt`, '贫困发生率由10.2%下降到3.1%'),
        title: '2018年国务院政府工作报告',
        expect: [
          { text: '830万人', period: 2017, periodFrom: 2013 },
          { text: '3.1%', kind: 'actual', period: 2017, periodFrom: null },
        ],
      },
      {
        name: '广东 2023 (judged 23): 预计2022年全省地区生产总值达12.8万亿元,五年跨过3个万亿元级台阶 → 2018–2022',
        input: textUpTo(`${J}/pages23/province-guangdong-2023.txt`, '五年跨过3个万亿元级台阶'),
        title: '',
        expect: [
          { text: '12.8万亿元', period: 2022, periodFrom: null },
          { text: '3个', kind: 'actual', period: 2022, periodFrom: 2018 },
        ],
      },
      {
        name: '山东 2018 (judged 23): 五年来,…2017年达到7.27万亿元;一般公共预算收入突破6000亿元;…粮食产量稳定在900亿斤以上 (held 2013–2017)',
        input: textUpTo(`${J}/pages23/province-shandong-2018.txt`, '粮食产量稳定在900亿斤以上'),
        title: '',
        expect: [
          { text: '7.27万亿元', period: 2017, periodFrom: null },
          { text: '突破6000亿元', period: 2017, periodFrom: null },
          { text: '900亿斤以上', kind: 'actual', period: 2017, periodFrom: 2013 },
        ],
      },
    ],
  },
  {
    family: 'on a page that says no year, a review paragraph opening on its year and a comma dates the paragraphs after it',
    rows: [
      {
        name: '江西 2023 (judged 23, a newspaper page): 2022年,面对…超预期考验,…。——经济运行企稳向好。…为市场主体减负超2000亿元 (2022)',
        input: textUpTo(`${J}/pages23/province-jiangxi-2023.txt`, '为市场主体减负超2000亿元'),
        title: '',
        expect: [{ text: '超2000亿元', kind: 'actual', period: 2022 }],
      },
      {
        name: '柳林 2023 (judged 10, traditional): 2022年,我縣地區生產總值突破400億元大關,達到417億元 (2022)',
        input: textUpTo(`${J}/pages10/county-liulin-2023-trad.txt`, '達到417億元'),
        title: '',
        expect: [{ text: '417億元', kind: 'actual', period: 2022 }],
      },
    ],
  },
  {
    family: 'a year that dates a decision (2004年我们提出…) does not date the results the sentence then reports',
    rows: [
      {
        name: 'national 2007: 2004年我们提出用三年时间基本解决…拖欠…的问题，…已偿还拖欠工程款1834亿元，占历史拖欠的98.6% (2006)',
        input: textUpTo(R2007, '占历史拖欠的98.6%'),
        title: '',
        expect: [
          { text: '1834亿元', kind: 'actual', period: 2006 },
          { text: '98.6%', kind: 'actual', period: 2006 },
        ],
      },
    ],
  },
  {
    family:
      'in a review of several years, what they set up, started, shut or cut (each of a list) and whom they made town dwellers are theirs',
    rows: [
      {
        name: 'national 2018 (过去五年): 城镇化率从52.6%提高到58.5%，8000多万农业转移人口成为城镇居民 (2013–2017; 58.5% 2017’s)',
        input: textUpTo(`${PAIRS}/national-2018-chengjun-report.txt`, '8000多万农业转移人口成为城镇居民'),
        title: '2018年国务院政府工作报告',
        expect: [
          { text: '58.5%', period: 2017, periodFrom: null },
          { text: '8000多万', kind: 'actual', period: 2017, periodFrom: 2013 },
        ],
      },
      {
        name: 'national 2018: 退出钢铁产能1.7亿吨以上、煤炭产能8亿吨 (each of the list, 2013–2017)',
        input: textUpTo(`${PAIRS}/national-2018-chengjun-report.txt`, '煤炭产能8亿吨'),
        title: '2018年国务院政府工作报告',
        expect: [
          { text: '1.7亿吨以上', period: 2017, periodFrom: 2013 },
          { text: '8亿吨', period: 2017, periodFrom: 2013 },
        ],
      },
      {
        name: 'national 2018: 新建民航机场46个，开工重大水利工程122项; 在上海等省市设立11个自贸试验区; 淘汰黄标车和老旧车2000多万辆',
        input: textUpTo(`${PAIRS}/national-2018-chengjun-report.txt`, '淘汰黄标车和老旧车2000多万辆'),
        title: '2018年国务院政府工作报告',
        expect: [
          { text: '122项', period: 2017, periodFrom: 2013 },
          { text: '11个', period: 2017, periodFrom: 2013 },
          { text: '2000多万辆', period: 2017, periodFrom: 2013 },
          { text: '9亿多人', period: 2017, periodFrom: null },
        ],
      },
      {
        name: '山东 2018 (judged 23): 城镇化率年均提高1.6个百分点,\n3、850万农业转移人口成为城镇居民 (2013–2017)',
        input: textUpTo(`${J}/pages23/province-shandong-2018.txt`, '850万农业转移人口成为城镇居民'),
        title: '',
        expect: [{ text: '850万', kind: 'actual', period: 2017, periodFrom: 2013 }],
      },
    ],
  },
  {
    family: 'in a plan, what is in force (现行16%的税率) or already reached (已达2.5亿) is the year reviewed’s',
    rows: [
      {
        name: 'national 2019: 将制造业等行业现行16%的税率降至13%，将交通运输业、建筑业等行业现行10%的税率降至9% (16%, 10% of 2018)',
        input: textUpTo(`${PAIRS}/national-2019-chengjun-report.txt`, '现行10%的税率降至9%'),
        title: '2019年国务院政府工作报告',
        expect: [
          { text: '16%', kind: 'actual', period: 2018 },
          { text: '13%', kind: 'target', period: 2019 },
          { text: '10%', kind: 'actual', period: 2018 },
          { text: '9%', kind: 'target', period: 2019 },
        ],
      },
      {
        name: 'national 2019 (its plans): 我国60岁以上人口已达2.5亿 (2018)',
        input: textUpTo(`${PAIRS}/national-2019-chengjun-report.txt`, '我国60岁以上人口已达2.5亿'),
        title: '2019年国务院政府工作报告',
        expect: [{ text: '2.5亿', kind: 'actual', period: 2018 }],
      },
    ],
  },
  {
    family: 'the level a change starts from is the level now: in a plan, the last year’s result',
    rows: [
      {
        name: 'national 2006: 今年…补助标准由20元提高到40元 (20元 the standard of 2005, a result; 40元 the plan)',
        input: textUpTo(R2006, '由20元提高到40元'),
        title: '',
        expect: [
          { text: '20元', kind: 'actual', period: 2005, periodFrom: null },
          { text: '40元', kind: 'target', period: 2006 },
        ],
      },
      {
        name: 'national 2011 (十二五 plan): 城镇化率从47.5%提高到51.5% (47.5% the level of 2010, a result)',
        input: textUpTo(`${PAIRS}/national-2011-chengjun-report.txt`, '从47.5%提高到51.5%'),
        title: '2011年国务院政府工作报告',
        expect: [
          { text: '47.5%', kind: 'actual', period: 2010, periodFrom: null },
          { text: '51.5%', kind: 'target', period: 2015 },
        ],
      },
      {
        name: 'national 2019 (its plans): 小规模纳税人增值税起征点从月销售额3万元提高到10万元 (3万元 the threshold of 2018)',
        input: textUpTo(`${PAIRS}/national-2019-chengjun-report.txt`, '从月销售额3万元提高到10万元'),
        title: '2019年国务院政府工作报告',
        expect: [
          { text: '3万元', kind: 'actual', period: 2018, periodFrom: null },
          { text: '10万元', kind: 'target', period: 2019 },
        ],
      },
      {
        name: 'national 2018 (a review of five years): 居民基本医保人均财政补助标准由240元提高到450元 (240元 of 2012)',
        input: textUpTo(`${PAIRS}/national-2018-chengjun-report.txt`, '由240元提高到450元'),
        title: '2018年国务院政府工作报告',
        expect: [
          { text: '240元', kind: 'actual', period: 2012 },
          { text: '450元', kind: 'actual', period: 2017 },
        ],
      },
    ],
  },
];

describeLastMentions(families);
