// Error families found in the hand-judged sample 6 (tests/fixtures/judged/pages6-heldout.jsonl, judged
// before any of these fixes) and in the families the samples before it left open. Each row is a real
// sentence or page: of tests/fixtures/judged/pages6 (the file is named in the row), of the earlier judged
// pages, of the detect corpus or of ../shared/eval/real-dev/reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';
import { ROOT } from './helpers/eval';
import { corpusPageUpTo, pageUpTo } from './helpers/real-pages';

interface Family {
  family: string;
  rows: Array<Row & { source: string }>;
}

/** a page of tests/fixtures/judged/<folder> from its start to the end of the first place that says `upTo` */
function judgedPageUpTo(folder: 'pages5' | 'pages6', file: string, upTo: string): string {
  const text = readFileSync(join(ROOT, 'tests/fixtures/judged', folder, file), 'utf8');
  const at = text.indexOf(upTo);
  if (at < 0) throw new Error(`${file} does not say ${upTo}`);
  return text.slice(0, at + upTo.length);
}

const families: Family[] = [
  {
    family: 'a bare measure (利润, 利润总额, 产值, 营业收入) is of the subject said once before it in the sentence',
    rows: [
      {
        source: 'pages6 county-xunxian-2013.txt: the subject of the figure before, over a semicolon',
        title: '',
        input: judgedPageUpTo('pages6', 'county-xunxian-2013.txt', '增长 15.5%。'),
        expect: [
          { text: '55.7亿元', indicator: '规模以上工业增加值' },
          { text: '13亿元', indicator: '规模以上工业利润' },
          { text: '15.5%', indicator: '规模以上工业利润', measure: 'growth' },
        ],
      },
      {
        source: 'pages6 district-2022-communique.txt: 利润总额 after the subject’s 主营业务收入',
        title: '',
        input: judgedPageUpTo('pages6', 'district-2022-communique.txt', '利润总额达23.26亿元。'),
        expect: [
          { text: '1362.52亿元', indicator: '规模以上工业企业主营业务收入' },
          { text: '23.26亿元', indicator: '规模以上工业企业利润总额', period: 2022 },
        ],
      },
      {
        source: 'pages6 county-xunxian-2013.txt: an industry the clause before names (畜牧业健康发展)',
        title: '',
        input: judgedPageUpTo('pages6', 'county-xunxian-2013.txt', '实现产值27.5亿元。'),
        expect: [{ text: '27.5亿元', indicator: '畜牧业产值' }],
      },
      {
        source: 'detect-corpus h-com-county-2021-page3.txt: what a count before counts',
        ...corpusPageUpTo('h-com-county-2021-page3.txt', '比上年下降24.5%。'),
        expect: [
          { text: '14474.5万元', indicator: '规模以上服务业营业收入' },
          { text: '24.5%', indicator: '规模以上服务业营业收入', value: -24.5 },
        ],
      },
      {
        source: 'pages6 county-yiyuan-2013-summary.txt: a list of measures after the subject and 实现',
        title: '',
        input: '规模以上工业实现销 售收入、利税、利润同比分别增长 14.5%、14.7 %和 19.5%,销售收入利税率、 利润率分别达到 20%和 14.4%;',
        expect: [
          { text: '14.5%', indicator: '规模以上工业销售收入' },
          { text: '14.7 %', indicator: '规模以上工业利税' },
          { text: '19.5%', indicator: '规模以上工业利润' },
          { text: '20%', indicator: '销售收入利税率' },
        ],
      },
      {
        source: 'pages5 county-2021-communique-finance.txt: a bare measure after one without a subject stays bare',
        title: '',
        input: '全年有效注册商标总量为6299件,其中新注册1094件,申请1128件。',
        expect: [{ text: '6299件', indicator: '有效注册商标总量' }],
      },
    ],
  },
  {
    family: 'a part of the region (其中区本级) is of the figure before it',
    rows: [
      {
        source: 'pages6 district-2022-communique.txt',
        title: '',
        input: judgedPageUpTo('pages6', 'district-2022-communique.txt', '比上年增长8.2%。'),
        expect: [
          { text: '346.02亿元', indicator: '地区生产总值' },
          { text: '227.25亿元', indicator: '区本级地区生产总值' },
          { text: '8.2%', indicator: '区本级地区生产总值', measure: 'growth' },
        ],
      },
    ],
  },
  {
    family: 'kilowatt-hours written 亿度, 万度 are a unit (alone, 度 is an angle or a temperature)',
    rows: [
      {
        source: 'pages6 county-xunxian-2013.txt',
        title: '',
        input: '全社会用电量达到7.2亿度,增长13%;其中工业用电量3.1亿度,增长11%。',
        expect: [
          { text: '7.2亿度', indicator: '全社会用电量', unit: '亿度', value: 7.2 },
          { text: '13%', indicator: '全社会用电量', measure: 'growth' },
          { text: '3.1亿度', indicator: '工业用电量' },
          { text: '11%', indicator: '工业用电量' },
        ],
      },
      {
        source: 'prov-neimenggu-2025.txt',
        title: '2025年内蒙古自治区政府工作报告',
        input: '预计产煤12.9亿吨，完成保供任务8.3亿吨、占全国34.5%，发电超8000亿度，外送电量3150亿度、占全国16%，均居全国第1位。',
        expect: [
          { text: '超8000亿度', unit: '亿度', qualifier: 'above' },
          { text: '3150亿度', indicator: '外送电量', unit: '亿度' },
        ],
      },
    ],
  },
  {
    family: 'items before a shared head (支出, 销售收入, 利税) take the head',
    rows: [
      {
        source: 'pages6 city-changsha-2010.txt',
        title: '',
        input: '全市教育、环境保护、农林水支出分别增长21.03%、66.16%、20.73%;',
        expect: [
          { text: '21.03%', indicator: '教育支出' },
          { text: '66.16%', indicator: '环境保护支出' },
          { text: '20.73%', indicator: '农林水支出' },
        ],
      },
    ],
  },
  {
    family: 'a subject said once over values joined by commas (…为0.6万户,4.0万人和226.1亿元)',
    rows: [
      {
        source: 'judged pages county-wucheng-2018-communique.txt',
        ...pageUpTo('judged-pages', 'county-wucheng-2018-communique.txt', '分别增长29.7%、18.4%和35.4%'),
        expect: [
          { text: '0.6万户', indicator: '私营企业户数' },
          { text: '4.0万人', indicator: '私营企业从业人员' },
          { text: '226.1亿元', indicator: '私营企业注册资金' },
          { text: '29.7%', indicator: '私营企业户数', measure: 'growth' },
          { text: '35.4%', indicator: '私营企业注册资金', measure: 'growth' },
        ],
      },
    ],
  },
  {
    family: '分别 behind a summarising count (…两大主导产业产值分别增长) goes to the items the count sums up',
    rows: [
      {
        source: 'judged pages district-dongbao-2020.txt',
        ...pageUpTo('judged-pages', 'district-dongbao-2020.txt', '30%,成功入选'),
        expect: [
          { text: '20%', indicator: '电子信息产业产值', measure: 'growth' },
          { text: '30%', indicator: '绿色建材和装配式建筑产业产值', measure: 'growth' },
        ],
      },
    ],
  },
  {
    family: 'a noun that begins with a verb (完成率) is no verb inside the phrase',
    rows: [
      {
        source: 'pages5 county-2021-communique-finance.txt: a list of three sharing 均',
        title: '',
        input: judgedPageUpTo('pages5', 'county-2021-communique-finance.txt', '均为100%'),
        expect: [{ text: '100%', indicator: '学龄儿童入学率、九年义务教育完成率和义务教育普及程度' }],
      },
    ],
  },
  {
    family: 'a rate a year on average, in a paragraph a five-year span opened, is over that span',
    rows: [
      {
        source: 'pages5 district-shizhong-2016-trad.txt: no 累计 near it, the year named is the span’s last',
        title: '',
        input: judgedPageUpTo('pages5', 'district-shizhong-2016-trad.txt', '年均增長14%'),
        expect: [
          { text: '739億元', period: 2015 },
          { text: '10%', measure: 'growth', period: 2015, periodFrom: 2011 },
          { text: '14%', indicator: '社会消费品零售总额', period: 2015, periodFrom: 2011 },
        ],
      },
    ],
  },
  {
    family: 'digits spaced out one by one (1 9 9 7 年, 1 1 %) are one number; 过去的五年 is a span of five',
    rows: [
      {
        source: 'detect-corpus rep-national-1998-trad-spaced.txt',
        ...corpusPageUpTo('rep-national-1998-trad-spaced.txt', '平均每年增長1 1 %'),
        expect: [
          { text: '7 4 7 7 2億元', indicator: '国内生产总值', value: 74772, period: 1997 },
          { text: '1 1 %', indicator: '国内生产总值', measure: 'growth', value: 11, period: 1997, periodFrom: 1993 },
        ],
      },
      {
        source: 'pages6 county-yiyuan-2013-summary.txt: numbers of several digits with spaces around them stay apart',
        title: '',
        input: '金融机构各项存 贷款余额分别达到 134 亿元和 96.6 亿元',
        exactly: ['134 亿元', '96.6 亿元'],
        expect: [{ text: '134 亿元', value: 134 }],
      },
    ],
  },
  {
    family: 'a sector’s output or growth (第二产业增长18.2%达41亿元) is its value added',
    rows: [
      {
        source: 'pages5 county-mouding-2021-summary.txt',
        title: '',
        input: judgedPageUpTo('pages5', 'county-mouding-2021-summary.txt', '第三产业增长8.4%'),
        expect: [
          { text: '9.1%', indicator: '第一产业增加值', measure: 'growth' },
          { text: '41亿元', indicator: '第二产业增加值', measure: 'level' },
          { text: '8.4%', indicator: '第三产业增加值', measure: 'growth' },
        ],
      },
    ],
  },
  {
    family: 'the base a figure is compared with is no part of its name (从“十一五”末的, 是“十五”末的4.6倍, 约合)',
    rows: [
      {
        source: 'pages5 city-zhuhai-2016-trad.txt',
        title: '',
        input: judgedPageUpTo('pages5', 'city-zhuhai-2016-trad.txt', '約合2萬美元'),
        expect: [
          { text: '1211億元', indicator: '地区生产总值' },
          { text: '2038億元', indicator: '地区生产总值' },
          { text: '2萬美元', indicator: '人均地区生产总值' },
        ],
      },
      {
        source: 'judged pages county-jingning-2011.txt',
        ...pageUpTo('judged-pages', 'county-jingning-2011.txt', '是“十五”末的4.6倍'),
        expect: [
          { text: '13.4亿元', indicator: '财政支出' },
          { text: '4.6倍', indicator: '财政支出' },
        ],
      },
    ],
  },
  {
    family: 'a figure after the milestone it passed (迈上千亿台阶,达到…) is of the subject before the milestone',
    rows: [
      {
        source: 'detect-corpus h2-rep-wuhan-2015-spaced.txt',
        ...corpusPageUpTo('h2-rep-wuhan-2015-spaced.txt', '达到 1101 亿元'),
        expect: [{ text: '1101 亿元', indicator: '地方一般公共预算收入' }],
      },
      {
        source: 'detect-corpus rep-city-changsha-wnwk.txt',
        ...corpusPageUpTo('rep-city-changsha-wnwk.txt', '增长30.67%'),
        expect: [
          { text: '1330亿元', indicator: '辖内财政收入' },
          { text: '28.55%', indicator: '辖内财政收入', measure: 'growth' },
          { text: '668.11亿元', indicator: '地方财政总收入' },
        ],
      },
      {
        source: 'detect-corpus rep-district-2008-trad-uv63h8.txt',
        ...corpusPageUpTo('rep-district-2008-trad-uv63h8.txt', '增長40.41%'),
        expect: [
          { text: '20034萬元', indicator: '地方财政收入' },
          { text: '40.41%', indicator: '地方财政收入', measure: 'growth' },
        ],
      },
      {
        source: 'prov-gansu-2025.txt: after 、',
        title: '2025年甘肃省政府工作报告',
        input: '人均地区生产总值突破5万关口、达到5.28万元。',
        expect: [{ text: '5.28万元', indicator: '人均地区生产总值' }],
      },
      {
        source: 'prov-neimenggu-2025.txt: 率先破亿',
        title: '2025年内蒙古自治区政府工作报告',
        input: '新能源装机在全国率先破亿、达到1.35亿千瓦，超过火电装机。',
        expect: [{ text: '1.35亿千瓦', indicator: '新能源装机' }],
      },
      {
        source: 'prov-xinjiang-2025.txt: a milestone said in numerals, then the growth',
        title: '2025年新疆维吾尔自治区政府工作报告',
        input: '全疆研究与试验发展经费突破百亿元，增长27%、增速居全国第二位；',
        expect: [{ text: '27%', indicator: '全疆研究与试验发展经费', measure: 'growth' }],
      },
    ],
  },
  {
    family: 'a sum per month or year (778元/月、6818元/年) keeps its period in the unit, and a list of them goes on over it',
    rows: [
      {
        source: 'prov-guizhou-2025.txt',
        title: '2025年贵州省政府工作报告',
        input: '城乡低保平均标准分别提高至778元/月、6818元/年，特困人员基本生活平均标准提高至1061元/月。',
        expect: [
          { text: '778元/月', indicator: '城镇低保平均标准', unit: '元/月', value: 778 },
          { text: '6818元/年', indicator: '农村低保平均标准', unit: '元/年' },
          { text: '1061元/月', indicator: '特困人员基本生活平均标准' },
        ],
      },
      {
        source: 'prov-hunan-2025.txt: 每人 before the sum is no part of the name',
        title: '2025年湖南省政府工作报告',
        input: '⑤城乡低保标准提高到不低于740元/月和485元/月、残疾人“两项补贴”标准提高到每人100元/月。',
        expect: [
          { text: '不低于740元/月', indicator: '城镇低保标准', qualifier: 'above' },
          { text: '485元/月', indicator: '农村低保标准' },
          { text: '100元/月', indicator: '残疾人“两项补贴”标准' },
        ],
      },
      {
        source: 'prov-guangdong-2025.txt: a tonnage per year keeps the unit it was judged with',
        title: '2025年广东省政府工作报告',
        input: '深入实施土壤污染源头防控行动，新增危险废物利用处置能力130万吨/年，生活垃圾总处理能力提高到17.1万吨/日。',
        expect: [{ text: '130万吨', unit: '万吨' }],
      },
    ],
  },
  {
    family: 'a communiqué’s body that opens on 初步核算 is a communiqué of the year it names first',
    rows: [
      {
        source: 'pages6 district-panji-2022-communique.txt: the year is first said in a table’s title after the figures',
        title: '',
        input: judgedPageUpTo('pages6', 'district-panji-2022-communique.txt', '比上年下降2.7%'),
        expect: [
          { text: '295.4亿元', indicator: '地区生产总值', period: 2022 },
          { text: '7.7%', measure: 'growth', period: 2022 },
          { text: '91243元', indicator: '人均生产总值', period: 2022 },
          { text: '2.1%', indicator: '可吸入颗粒物PM2.5平均浓度', period: 2022 },
          { text: '272天', period: 2022 },
        ],
      },
    ],
  },
];

for (const { family, rows } of families) {
  describe(family, () => {
    it.each(rows.map((r) => [`${rowName(r)} (${r.source})`, r] as const))('%s', (_, row) => checkRow(row));
  });
}
