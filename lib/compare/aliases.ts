// Names reports give one indicator, as data: the first name of each entry is the key the comparison
// shows; the others fold into it (after the normalisation of ./indicator-key.ts: no spaces, quotes,
// place or time words, leading verbs; 规上 spelled out). To add a wording, add it to its entry; to add
// an indicator, add an entry; a name that means the indicator only for one measure goes in an entry
// with `measures`. Never fold different things: urban and rural incomes, surveyed and registered
// unemployment stay apart (tests/unit/compare.test.ts holds both lists). Adding names changes stored
// keys: add a database version that re-keys (lib/db/schema.ts).
import type { Measure } from '../model/mention';

export interface Alias {
  names: string[];
  /** the measures for which these names mean the indicator; all when absent */
  measures?: Measure[];
}

/** names of one indicator; the first is the key. Names are compared after normalisation. */
export const ALIASES: Alias[] = [
  // (国内GDP: a headline's 2025年國內GDP增長5%, GDP named twice)
  // (地方生产总值: 厦门's 2017 report news, 2016年预计地方生产总值3737亿元,增长8%)
  { names: ['地区生产总值', 'GDP', '国内生产总值', '生产总值', '地区GDP', '经济总量', '国内GDP', '地方生产总值'] },
  // "经济增长5%左右" is GDP growth; a level of "经济" is not a figure reports give
  { names: ['地区生产总值', '经济增长', '经济增速', '经济', '经济增长速度'], measures: ['growth'] },
  // 规模工业 is how some provinces (湖南) name 规模以上工业
  { names: ['规模以上工业总产值', '规模以上工业产值', '规模工业总产值', '规模工业产值'] },
  { names: ['规模以上工业增加值', '规模工业增加值'] },
  {
    names: [
      '一般公共预算收入',
      '地方一般公共预算收入',
      '一般公共预算收入完成',
      '财政一般预算收入',
      '地方财政一般预算收入',
      '地方级一般公共预算收入',
      // its name before the budget law of 2014 (地方一般预算收入增长10%, 江苏 2009)
      '一般预算收入',
      '地方一般预算收入',
      '地方财政一般公共预算收入',
    ],
  },
  { names: ['一般公共预算支出', '地方一般公共预算支出', '财政一般预算支出'] },
  // the nation's revenue as the reports before 2014 name it (国家财政收入 in 2000, 财政收入 in 2003; 全国 is a place word)
  { names: ['财政收入', '国家财政收入'] },
  // the plan's total (全国固定资产投资总规模为５７００亿元, the 1980s–90s lists) is the year's investment
  // (固定资产投资额达1万亿元: 深圳's 2023 target, the same total named as an amount)
  {
    names: [
      '全社会固定资产投资',
      '固定资产投资',
      '固投',
      '固定资产投资总规模',
      '全社会固定资产投资总规模',
      '固定资产投资规模',
      '固定资产投资额',
    ],
  },
  // the investment rate of the 1990s lists (投资率为３２％): fixed investment over GNP
  { names: ['固定资产投资率', '投资率', '全社会固定资产投资率'] },
  { names: ['社会消费品零售总额', '社消零总额', '社零总额', '社会消费品零售额', '社零'] },
  // (实际吸收外资: 郑州's plan and its digest, 实际吸收外资增长3% → 实际吸收外资11亿美元,增长323%)
  {
    names: ['实际使用外资', '实际利用外资', '实际使用外资金额', '实际利用外资金额', '到位外资', '实际到账外资', '实际吸收外资'],
  },
  // 进出口总值 is the customs' name of the same total (河北 2019: 进出口总值增长5%左右); 进出口贸易总额 a report's longer one
  // (新疆 2020: 进出口贸易总额增长5%左右; the 2023 review: 進出口貿易總額增長45.9%, against 2023's 进出口总额增长10%左右)
  {
    names: [
      '进出口总额',
      '外贸进出口总额',
      '进出口',
      '外贸进出口',
      '货物进出口总额',
      '对外贸易进出口总额',
      '进出口总值',
      '外贸进出口总值',
      '货物进出口总值',
      '进出口贸易总额',
    ],
  },
  { names: ['居民人均可支配收入', '全体居民人均可支配收入', '人均可支配收入'] },
  // urban and rural incomes, as lists name them (城镇居民收入增长7%, 城镇常住居民人均可支配收入); never the all-residents figure
  {
    names: [
      '城镇居民人均可支配收入',
      '城镇常住居民人均可支配收入',
      '城镇居民收入',
      '城镇常住居民收入',
      '城镇居民可支配收入',
      '城镇居民家庭人均可支配收入',
    ],
  },
  {
    names: [
      '农村居民人均可支配收入',
      '农村常住居民人均可支配收入',
      '农村居民收入',
      '农村常住居民收入',
      '农民人均可支配收入',
      '农村居民可支配收入',
    ],
  },
  // the rural income the statistics gave until 2013: net income, measured otherwise than the disposable income after it, so
  // a row of its own (农民人均纯收入增长8%以上, 2009; 农村居民人均纯收入4761元)
  { names: ['农村居民人均纯收入', '农民人均纯收入', '农村人均纯收入', '农民纯收入', '农村居民纯收入'] },
  // surveyed and registered unemployment are different rates (about 5% against 2–4%): never folded
  // (均值 is the statistics bureau's word for the year's average: 全国城镇调查失业率均值为5.2%)
  { names: ['城镇调查失业率', '全国城镇调查失业率', '城镇调查失业率平均', '调查失业率', '全国调查失业率', '城镇调查失业率均值'] },
  { names: ['城镇新增就业', '新增城镇就业', '城镇新增就业人数', '新增就业', '新增城镇就业人数'] },
  { names: ['居民消费价格', '居民消费价格涨幅', '居民消费价格指数', 'CPI', '物价涨幅', '居民消费价格总水平'] },
  // (物价 and 物价涨幅 of a year up to 2000: the retail price index, ERAS below)
  {
    names: [
      '单位地区生产总值能耗',
      '单位GDP能耗',
      '单位国内生产总值能耗',
      '单位生产总值能耗',
      '万元GDP能耗',
      '万元地区生产总值能耗',
      '万元生产总值能耗',
      '万元国内生产总值能耗',
      '单位地区生产总值能源消耗',
      // energy intensity is the energy used per unit of GDP (能耗強度下降3.1%以上, the 2015 national targets)
      '能耗强度',
      '能源消耗强度',
    ],
  },
  // (万元地区生产总值二氧化碳排放量下降3.9%, 山西 2017: the emissions per 10,000 yuan of GDP are the intensity)
  {
    names: [
      '单位地区生产总值二氧化碳排放',
      '单位GDP二氧化碳排放',
      '单位国内生产总值二氧化碳排放',
      '碳排放强度',
      '单位地区生产总值二氧化碳排放量',
      '万元地区生产总值二氧化碳排放量',
    ],
  },
  { names: ['PM2.5平均浓度', '细颗粒物平均浓度', 'PM2.5浓度', '细颗粒物浓度', '细颗粒物PM2.5平均浓度', 'PM2.5年均浓度'] },
  { names: ['空气质量优良天数比率', '空气质量优良天数比例', '优良天数比例', '优良天数比率', '空气优良天数比例', '空气优良天数比率'] },
  { names: ['常住人口城镇化率', '城镇化率'] },
  { names: ['粮食产量', '粮食总产量', '粮食生产'] },
  {
    names: [
      '研发经费投入强度',
      '全社会研发支出占地区生产总值比重',
      '研发支出占GDP比重',
      '全社会研发投入占GDP比重',
      'R&D经费投入强度',
      '研发经费支出占GDP比重',
      '全社会研发投入强度',
      '研发投入强度',
      '研发经费支出占比',
      '全社会研发经费支出占比',
      '全社会研发经费投入强度',
      '研发经费投入占GDP比重',
      '研发经费投入占地区生产总值比重',
      '研究与试验发展经费投入强度',
      // 上海's name of it, every year (全社会研发经费支出相当于全市生产总值的比例达到4.5%左右)
      '全社会研发经费支出相当于全市生产总值的比例',
      // R&D spending over GDP as lists spell it (研究与试验发展 and R&D are read as 研发: ./indicator-key.ts)
      '研发经费支出占生产总值比重',
      '研发经费支出占地区生产总值比重',
      '研发经费支出占国内生产总值比重',
      // with 全社会 before it, and 费用 for 经费 (南京: 全社会研发费用占GDP 比重3.48%; 全社會研發經費支出占GDP比重達3.7%)
      '全社会研发经费支出占GDP比重',
      '全社会研发费用占GDP比重',
      '研发费用占GDP比重',
      // with neither 支出 nor 投入 (大连 2021, 天健网: 研究与试 验发展经费占地区生产总值比重3%)
      '研发经费占地区生产总值比重',
      '研发经费占GDP比重',
    ],
  },
  // the retail price index, the price target of the 1980s and 1990s (零售物价涨幅…14.8%; 全国商品零售价格总水平上涨幅度): not
  // the CPI, which later lists name (居民消费价格); 物价 alone is either, by the year (ERAS below)
  {
    names: [
      '零售物价',
      '商品零售物价',
      '商品零售价格',
      '零售价格',
      '商品零售价格总水平',
      '零售物价总水平',
      '社会商品零售价格',
      '全国商品零售价格总水平',
    ],
  },
  // the gross output of industry and agriculture, the headline figure before GDP (工农业总产值; 工农业生产总值)
  { names: ['工农业总产值', '工农业生产总值', '工农业总产值增长速度', '工农业生产总产值'] },
  { names: ['税收收入', '税收'] },
  // the money supply target of the national lists (广义货币M2增长目标为17%左右; 广义货币增长17%左右 the year before)
  { names: ['广义货币M2', '广义货币', 'M2', '广义货币供应量', '广义货币供应量M2', '货币供应量M2'] },
  // one budget line, planned (中央财政拟安排“三农”投入7161亿元) and spent (中央财政用于“三农”的支出7253亿元)
  {
    names: [
      '中央财政三农投入',
      '中央财政拟安排三农投入',
      '中央财政用于三农的投入',
      '中央财政用于三农的支出',
      '中央财政三农支出',
      '中央财政安排三农支出',
      '中央财政安排三农投入',
    ],
  },
  { names: ['中央财政科技投入', '中央财政用于科技的投入', '中央财政用于科技的支出', '中央财政科技支出'] },
  // the deficit, the nation's and the centre's, as the budget sets it (中央财政预算赤字1503亿元, 中央财政赤字预算拟安排1800亿元)
  // and as the next report states it; the deficit ratio as the lists name it and as a review spells it out
  { names: ['财政赤字', '全国财政赤字', '财政预算赤字', '全国财政预算赤字'] },
  { names: ['中央财政赤字', '中央财政预算赤字', '中央财政赤字预算'] },
  {
    names: [
      '赤字率',
      '财政赤字率',
      '财政赤字占国内生产总值的比重',
      '财政赤字占国内生产总值比重',
      '财政赤字占GDP比重',
      '财政赤字占GDP的比重',
      '赤字占国内生产总值的比重',
    ],
  },
  // the long-term bonds of 1998–2004 (发行1000亿元长期国债, later 长期建设国债)
  { names: ['长期建设国债', '长期国债'] },
];

/** names of two indicators that a report gives one value (城乡居民人均可支配收入均增长7%左右: the urban and the rural
 * income, each); the parts are keys of ALIASES */
export interface Joint {
  names: string[];
  parts: string[];
  /** the measures for which one value is each part's: a growth of both incomes, never a level (one sum of both) */
  measures: Measure[];
}

/** Only where reports mean each part: no report gives one urban-rural income (the all-residents income is
 * 居民人均可支配收入), whereas 城乡居民储蓄存款 is one stock of both, so it is not here. */
export const JOINTS: Joint[] = [
  {
    names: ['城乡居民人均可支配收入', '城乡居民收入', '城乡居民人均收入', '城乡居民可支配收入', '城乡居民人均可支配收入实际'],
    parts: ['城镇居民人均可支配收入', '农村居民人均可支配收入'],
    measures: ['growth'],
  },
];

/** names whose indicator changed with the years: the figure's year says which (a clip of no year keeps the plain lookup) */
export interface Era {
  names: string[];
  measures: Measure[];
  /** the last year the names mean `before` */
  until: number;
  before: string;
  after: string;
}

/** 物价 in a price target or result: the retail price index in the reports up to 2000 (物价上涨幅度…控制在百分之十五左右,
 * 1995; 物价涨幅要从１４．８％降到１０％左右, 1997), the CPI after (居民消费价格总水平, the lists of the 2000s on) */
export const ERAS: Era[] = [
  {
    names: ['物价', '物价涨幅', '物价上涨幅度', '物价上涨', '物价总水平', '物价总水平上涨幅度'],
    measures: ['growth'],
    until: 2000,
    before: '零售物价',
    after: '居民消费价格',
  },
];
