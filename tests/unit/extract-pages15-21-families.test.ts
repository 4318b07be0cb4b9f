// Indicator and measure families of the hand-judged samples 15–17 (report pages of 2005–2025) and 21 (the 1981
// national report), tested on real sentences of those pages, of the 2025 provincial reports (../shared/eval/real-dev),
// of tests/fixtures/detect-corpus and of public pages quoted below with their addresses. Each family failed before
// its fix (at a853559).
import { describe, expect, it } from 'vitest';
import { trimNameWords } from '../../lib/extract/name-lead';
import { checkRow, rowName, type Row } from './helpers/engine';
import { sentenceOf } from './helpers/real-pages';

const P15 = 'tests/fixtures/judged/pages15';
const P16 = 'tests/fixtures/judged/pages16';
const P17 = 'tests/fixtures/judged/pages17';
const N1981 = 'tests/fixtures/judged/pages21/national-1981-chengjun.txt';
const REAL_DEV = '../shared/eval/real-dev/reports';
const CORPUS = 'tests/fixtures/detect-corpus/texts';
const N2011 = 'tests/fixtures/report-pairs/texts/national-2011-chengjun-report.txt';

/** public pages, quoted: http://lyrb.lyd.com.cn/html/2012-11/09/content_880096.htm (洛阳日报, 2012-11-09) */
const LUOYANG_2012 = '前10个月,全国城镇保障性安居工程新开工722万套,基本建成505万套,完成投资10800亿元。';
/** http://jzsg.org.cn/a/xingyexinwen/2013/1218/1770.html (住房和城乡建设部网站, 2013) */
const HOUSING_2013 = '2013年,全国计划新开工城镇保障性安居工程630万套,基本建成470万套。';
/** http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2014-07/21/content_2721232.htm (中国政府网, 2014-07-21) */
const GOV_2014 = '截至6月底,今年全國保障性安居工程已開工530萬套,基本建成280萬套,分別達到年度目標任務的76%和58%。';

interface Family {
  family: string;
  rows: Row[];
}

const sentence = (path: string, phrase: string) => ({ input: sentenceOf(path, phrase), title: '' });

const families: Family[] = [
  {
    family: 'a bare part under 其中 takes the measured noun of the whole',
    rows: [
      {
        ...sentence(`${P16}/prefecture-dehong-2025.txt`, '其中鲜食玉米'),
        expect: [
          { text: '17.1%', indicator: '鲜食玉米种植面积', measure: 'growth' },
          { text: '7.5%', indicator: '冬马铃薯种植面积', measure: 'growth' },
        ],
      },
      {
        // (a sector under 其中 had its whole's measure before: subjects.ts partOfWhole; kept)
        ...sentence(`${P17}/province-shanxi-2022-communique.txt`, '其中,汽车制造业增长'),
        expect: [{ text: '32.3%', indicator: '汽车制造业增加值', measure: 'growth' }],
      },
      {
        // parts named with their own measure keep it
        ...sentence(`${REAL_DEV}/prov-shaanxi-2025.txt`, '其中社会资本投资'),
        expect: [
          { text: '8.2%', indicator: '社会资本投资' },
          { text: '21.4%', indicator: '工业技改投资' },
        ],
      },
    ],
  },
  {
    family: 'a share of the whole that moved is of the thing before, over a contribution with no subject',
    rows: [
      {
        ...sentence(`${P16}/city-jinhua-2025.txt`, '占全国份额提高到3%'),
        expect: [
          { text: '32.1%', indicator: '对全省出口增长贡献率' },
          { text: '3%', indicator: '外贸出口占全国份额', measure: 'level' },
        ],
      },
      {
        ...sentence(`${REAL_DEV}/prov-zhejiang-2025.txt`, '占全国份额提高到15.3%'),
        expect: [{ text: '15.3%', indicator: '货物贸易出口占全国份额', measure: 'level' }],
      },
    ],
  },
  {
    family: 'the gaps of one growth to several places are of that growth',
    rows: [
      {
        ...sentence(`${P16}/city-jinhua-2025.txt`, '增速分别高于全省和全国'),
        expect: [
          { text: '0.8个', indicator: '地区生产总值增速高于全省', measure: 'change' },
          { text: '1.3个百分点', indicator: '地区生产总值增速高于全国', measure: 'change' },
        ],
      },
    ],
  },
  {
    family: 'a clause of only the next stage counts the thing counted before',
    rows: [
      {
        ...sentence(`${P15}/national-2014-bilingual-page2.txt`, '基本建成540万套'),
        expect: [{ text: '540万套', indicator: '基本建成保障性安居工程' }],
      },
      { input: LUOYANG_2012, expect: [{ text: '505万套', indicator: '基本建成城镇保障性安居工程' }] },
      { input: HOUSING_2013, expect: [{ text: '470万套', indicator: '基本建成城镇保障性安居工程' }] },
      // (the thing named before its stage keeps that order)
      { input: GOV_2014, expect: [{ text: '280萬套', indicator: '保障性安居工程基本建成' }] },
      {
        ...sentence(`${P17}/city-yuncheng-2024-page2.txt`, '已完成25个'),
        expect: [{ text: '25个', indicator: '完成“一泓清水入黄河”工程' }],
      },
      {
        // a stage with its own object after the figure names that object
        ...sentence(`${REAL_DEV}/prov-shaanxi-2025.txt`, '完成3.7万户家庭适老化改造'),
        expect: [{ text: '3.7万户', indicator: '家庭适老化改造' }],
      },
    ],
  },
  {
    family: 'the stage the projects counted reached is part of their name',
    rows: [
      {
        ...sentence(`${P16}/city-handan-2025.txt`, '签约亿元以上项目507个'),
        expect: [{ text: '507个', indicator: '签约亿元以上项目' }],
      },
      {
        ...sentence(`${REAL_DEV}/prov-shandong-2025.txt`, '累计签约外资项目217个'),
        expect: [{ text: '217个', indicator: '签约外资项目' }],
      },
      {
        ...sentence(`${P17}/city-yuncheng-2024-page2.txt`, '120余个项目建成投产'),
        expect: [{ text: '120余个', indicator: '建成投产项目' }],
      },
      {
        ...sentence(`${REAL_DEV}/prov-heilongjiang-2025.txt`, '518个项目开工建设'),
        expect: [
          { text: '518个', indicator: '开工建设项目' },
          { text: '270个', indicator: '建成投产项目' },
        ],
      },
      {
        // (a project named of its own is named enough)
        ...sentence(`${REAL_DEV}/prov-beijing-2025.txt`, '344项“三年全面提升”项目开工建设'),
        expect: [{ text: '344项', indicator: '“三年全面提升”项目' }],
      },
    ],
  },
  {
    family: "a crop's area after its output is the crop's",
    rows: [
      {
        ...sentence(`${P15}/province-henan-2023.txt`, '播种面积保持在1.6亿亩'),
        expect: [{ text: '1.6亿亩', indicator: '粮食播种面积' }],
      },
    ],
  },
  {
    family: 'a subject the sentence names at its head, over a verb, time or adverb before the figure (1981)',
    rows: [
      {
        ...sentence(N1981, '修订计划时减少为三百亿元'),
        expect: [
          { text: '三百亿元', indicator: '基本建设投资总额', measure: 'level' },
          { text: '八十亿元', indicator: '基本建设投资总额', measure: 'change' },
        ],
      },
      {
        ...sentence(N1981, '积累所占的比重'),
        expect: [
          { text: '３６．５％', indicator: '积累所占的比重' },
          { text: '３０％左右', indicator: '积累所占的比重' },
        ],
      },
      {
        ...sentence(N1981, '城乡人民的储蓄存款'),
        expect: [
          { text: '九十五亿元', indicator: '城乡人民的储蓄存款', measure: 'change' },
          { text: '四百九十四亿元', indicator: '城乡人民的储蓄存款', measure: 'level' },
        ],
      },
      {
        ...sentence(N1981, '预计降低到今年的二十七亿元'),
        expect: [{ text: '二十七亿元', indicator: '财政赤字' }],
      },
      {
        ...sentence(N1981, '油料在连续三年大增产的基础上'),
        expect: [{ text: '１７％左右', indicator: '油料', measure: 'growth' }],
      },
      {
        ...sentence(N1981, '工农业生产总值不仅没有下降'),
        expect: [{ text: '３％以上', indicator: '工农业生产总值', measure: 'growth' }],
      },
      {
        ...sentence(`${CORPUS}/h6-rep-helingeer-2011.txt`, '地方财政总收入由2005年的5亿元'),
        expect: [
          { text: '13.2亿元', indicator: '地方财政总收入' },
          { text: '21.4%', indicator: '地方财政总收入', measure: 'growth' },
        ],
      },
    ],
  },
  {
    family: 'a list over quarters and months of one thing keeps the thing',
    rows: [
      {
        ...sentence(N1981, '工业总产值第一季度下降'),
        expect: [
          { text: '１．７％', indicator: '工业总产值第二季度', measure: 'growth' },
          { text: '３％', indicator: '工业总产值第三季度' },
          { text: '１０．６％', indicator: '工业总产值10月份' },
        ],
      },
    ],
  },
  {
    family: 'a base compared with is of the thing before, and the growth against it is the thing’s',
    rows: [
      {
        ...sentence(N1981, '比原来设想的六百亿元多出'),
        expect: [
          { text: '九百二十五亿元', measure: 'level' },
          { text: '六百亿元', indicator: '原来设想的减收增支', measure: 'level' },
          { text: '５４％', indicator: '减收增支', measure: 'growth', value: 54 },
        ],
      },
    ],
  },
  {
    family: 'an amount with a bound before it, after a list’s change, is a level',
    rows: [
      {
        ...sentence(`${P15}/province-hunan-2023-page3.txt`, '超过4000万千瓦'),
        expect: [
          { text: '1200万千瓦', measure: 'change' },
          { text: '超过4000万千瓦', indicator: '整体供电能力', measure: 'level' },
          { text: '125亿立方米', indicator: '天然气供应能力', measure: 'level' },
        ],
      },
    ],
  },
  {
    family: 'budget names: the other side of the budget before, and revenue by its collector',
    rows: [
      {
        ...sentence(`${P17}/province-sichuan-2023-final-accounts.txt`, '支出12732.8亿元'),
        expect: [
          { text: '12732.8亿元', indicator: '地方一般公共预算支出' },
          { text: '89.6%', indicator: '地方一般公共预算支出预算完成率' },
        ],
      },
      {
        ...sentence(`${P17}/province-sichuan-2023-final-accounts.txt`, '支出6207亿元'),
        expect: [{ text: '6207亿元', indicator: '政府性基金预算支出' }],
      },
      {
        input: sentenceOf(`${P17}/county-huangping-2023-budget.txt`, '从征收部门来看'),
        expect: [
          { text: '13,866万元', indicator: '税务部门征收收入' },
          { text: '14,717万元', indicator: '财政部门征收收入' },
          { text: '110.14%', indicator: '财政部门征收收入预算完成率' },
        ],
      },
      {
        ...sentence(`${P17}/city-sanming-2023-final-accounts.txt`, '再融资债券54,633万元'),
        expect: [{ text: '54,633万元', indicator: '再融资债券' }],
      },
    ],
  },
  {
    family: 'an item of a list of price categories is a price',
    rows: [
      {
        ...sentence(`${P17}/city-suizhou-2023-communique-trad.txt`, '生活用品及服務'),
        expect: [{ text: '0.1%', indicator: '生活用品及服务价格', measure: 'growth' }],
      },
      {
        // (not a thing of its own after a price: 单位地区生产总值能耗)
        ...sentence(`${REAL_DEV}/prov-chongqing-2025.txt`, '居民消费价格涨幅2%左右'),
        expect: [{ text: '2.5%', indicator: '单位地区生产总值能耗' }],
      },
    ],
  },
  {
    family: 'words cut into a name or left on it (1981)',
    rows: [
      {
        ...sentence(N1981, '今年的产值预计比去年下降'),
        expect: [{ text: '５％左右', indicator: '重工业产值', measure: 'growth' }],
      },
      {
        ...sentence(N1981, '的价格补贴共二百三十四亿元'),
        expect: [{ text: '二百三十四亿元', indicator: '价格补贴' }],
      },
      {
        ...sentence(N1981, '竣工面积可达到八千万平方米'),
        expect: [{ text: '八千万平方米', indicator: '城镇职工住宅的竣工面积' }],
      },
      {
        ...sentence(N1981, '近三年农村新建房屋'),
        expect: [{ text: '九亿平方米', indicator: '农村新建房屋' }],
      },
    ],
  },
  {
    family: 'the share of the units that did something, named by what they did (real-dev 2025)',
    rows: [
      {
        ...sentence(`${REAL_DEV}/prov-hubei-2025.txt`, '80％的中小学纳入教联体'),
        expect: [
          { text: '80％', indicator: '纳入教联体的中小学占比', measure: 'level' },
          { text: '86％', indicator: '建成三级医院的县占比', measure: 'level' },
        ],
      },
      {
        ...sentence(`${REAL_DEV}/prov-shandong-2025.txt`, '60%的城市污水处理厂完成提标改造'),
        expect: [{ text: '60%', indicator: '完成提标改造的城市污水处理厂占比' }],
      },
      {
        ...sentence(`${REAL_DEV}/prov-anhui-2025.txt`, '80%以上的省科技攻坚项目由企业牵头'),
        expect: [{ text: '80%以上', indicator: '由企业牵头的省科技攻坚项目占比' }],
      },
      {
        ...sentence(`${REAL_DEV}/prov-yunnan-2025.txt`, '76.1%的财政支出用于民生'),
        expect: [{ text: '76.1%', indicator: '财政支出用于民生的比例' }],
      },
    ],
  },
  {
    family: 'a subject its clause names before saying it did well, and a list closed by 等 before its count',
    rows: [
      {
        ...sentence(`${REAL_DEV}/prov-hebei-2025.txt`, '光伏产品出口表现突出'),
        expect: [{ text: '77.6%', indicator: '电动汽车、锂电池、光伏产品出口', measure: 'growth' }],
      },
      {
        ...sentence(`${REAL_DEV}/prov-heilongjiang-2025.txt`, '粮食总产量再上新台阶'),
        expect: [{ text: '突破1600亿斤', indicator: '粮食总产量' }],
      },
      {
        ...sentence(`${REAL_DEV}/prov-shandong-2025.txt`, '城乡书房等300个以上'),
        expect: [{ text: '300个以上', indicator: '新建城市艺术综合体、城乡书房' }],
      },
    ],
  },
  {
    family: 'words of a plan, a base or another language around a name',
    rows: [
      // the plan's 拟 is no part of the name (which funding-names.ts gives the purpose: extract-funding-names.test.ts)
      { ...sentence(N2011, '中央财政拟投入423亿元'), expect: [{ text: '423亿元', ind: '中央财政', notInd: ['拟'] }] },
      {
        ...sentence(N2011, '赤字规模比上年预算减少'),
        expect: [{ text: '1500亿元', indicator: '赤字规模', measure: 'change', value: -1500 }],
      },
      {
        ...sentence(`${CORPUS}/h5-speech-province-1951-spring.txt`, '农产总量的基础上增产百分之八'),
        expect: [{ text: '百分之八', indicator: '农产总量', measure: 'growth' }],
      },
      {
        input: sentenceOf(`${CORPUS}/h6-rep-national-2013-bilingual-docpreview.txt`, '国内生产总值从26.6万亿元'),
        expect: [{ text: '26.6万亿元', indicator: '国内生产总值' }],
      },
    ],
  },
  {
    family: 'an industry item of a list takes the head without 产业, and 里程 is a head a list shares',
    rows: [
      {
        ...sentence(`${P15}/province-henan-2023.txt`, '高技术制造业、战略性新兴产业占比'),
        expect: [
          { text: '12.9%', indicator: '高技术制造业占比' },
          { text: '25.9%', indicator: '战略性新兴产业占比' },
        ],
      },
      {
        ...sentence(`${REAL_DEV}/prov-sichuan-2025.txt`, '六大优势产业、高技术制造业'),
        expect: [
          { text: '6.9%', indicator: '六大优势产业增加值' },
          { text: '8.4%', indicator: '高技术制造业增加值' },
        ],
      },
      {
        ...sentence('tests/fixtures/judged/pages9/city-quanzhou-2012.txt', '新增公路、铁路里程'),
        expect: [{ text: '3639公里', indicator: '新增公路里程' }],
      },
    ],
  },
  {
    family: 'what a counted noun does after it is no part of it; a production in weight is an output',
    rows: [
      {
        ...sentence('tests/fixtures/judged/pages9/district-pulandian-2021.txt', '48个复工项目稳步推进'),
        expect: [{ text: '48个', indicator: '复工项目' }],
      },
      {
        ...sentence(`${REAL_DEV}/prov-hunan-2025.txt`, '12项重点改革稳步推进'),
        expect: [{ text: '12项', indicator: '重点改革' }],
      },
      {
        ...sentence('tests/fixtures/judged/pages20/national-1988-chengjun.txt', '我国粮食生产必须争取达到'),
        expect: [
          { text: '５０００亿公斤', indicator: '粮食产量' },
          { text: '８０亿公斤', indicator: '粮食产量' },
        ],
      },
    ],
  },
  {
    family: 'rates over several years after the levels of a list, and the growth target of a plan period (2001)',
    rows: [
      {
        ...sentence('tests/fixtures/judged/pages19/national-2001-chengjun.txt', '平均每年实际增长4.7％'),
        expect: [
          { text: '4.7％', indicator: '农村居民人均纯收入', measure: 'growth' },
          { text: '5.7％', indicator: '城镇居民人均可支配收入', measure: 'growth' },
        ],
      },
      {
        ...sentence('tests/fixtures/judged/pages19/national-2001-chengjun.txt', '年均经济增长速度预期目标'),
        expect: [{ text: '7％左右', indicator: '经济增长', measure: 'growth' }],
      },
    ],
  },
];

for (const { family, rows } of families) {
  describe(family, () => {
    for (const row of rows) it(rowName(row), () => checkRow(row));
  });
}

describe('words trimmed off a name', () => {
  it.each([
    ['这两部分共计减收增支', '减收增支'],
    ['的价格补贴', '价格补贴'],
    ['各城镇职工住宅的竣工面积可', '城镇职工住宅的竣工面积'],
    // (words that end like a modal keep it)
    ['行政许可', '行政许可'],
    ['的', '的'],
  ])('%s → %s', (name, trimmed) => expect(trimNameWords(name)).toBe(trimmed));
});
