// Held-out real pairs: targets of year N and the results stated a year later, on texts collected
// after the rules of lib/compare were written (tests/fixtures/report-pairs, `split: "holdout"` in its
// manifest), built the way `npm run compare` builds them (helpers/report-pairs.ts). Every expected
// figure and verdict was read by hand from the texts before the comparison was first run on them;
// the rows marked `miss` are what it still gets wrong, with the cause. As first measured: 6 of 10
// stated pairs paired, no false pairs; 8 of 10 after names wrapped in a year or target words
// (中国2016年GDP, 提出广东2023年地区生产总值预期目标) and 能耗强度 folded into their indicators.
import { join } from 'node:path';
import { ROOT } from './helpers/eval';
import { describePairs, type Pair, pairNames } from './helpers/report-pairs';

const TEXTS = join(ROOT, 'tests/fixtures/report-pairs/texts');
const FILES = [
  'national-2015-govcn-big5-targets-trad.txt',
  'national-2016-eol-report.txt',
  'national-2016-tex-targets.txt',
  'national-2017-guancha.txt',
  'national-2017-ifeng-targets.txt',
  'prov-guangdong-2023-sina-targets.txt',
  'prov-guangdong-2024-radiomandarin.txt',
  'prov-fujian-2023-cwan-targets.txt',
  'prov-fujian-2024-xyjbkyj-plan.txt',
  'prov-sichuan-2022-sxymzq-targets-trad.txt',
  'prov-sichuan-2023-jingmen.txt',
].map((f) => join(TEXTS, f));

const { targetsIn, pairOf } = pairNames();
const N15 = pairOf('全国 2015 (gov.cn big5 interview) → 2016 report (eol)', 'national-2015-govcn-big5-targets-trad.txt');
const N16 = pairOf('全国 2016 (tex) → 2017 page (guancha: 2016年GDP增速)', 'national-2016-tex-targets.txt');
// no page of the 2018 report with a new address gave 2017's figures: targets only, nothing to pair
const N17 = pairOf('全国 2017 (ifeng, guancha) → no 2018 review', 'national-2017-ifeng-targets.txt', 'national-2017-guancha.txt');
const GD = pairOf('广东 2023 (sina) → 2024 report (radiomandarin)', 'prov-guangdong-2023-sina-targets.txt');
const FJ = pairOf('福建 2023 (cwan) → 2024 plan report (xyjbkyj)', 'prov-fujian-2023-cwan-targets.txt');
const SC = pairOf('四川 2022 (sxymzq, traditional with readings) → 2023 page (jingmen)', 'prov-sichuan-2022-sxymzq-targets-trad.txt');

const PAIRS: Pair[] = [
  // 7%左右 is met from 6.5% (a whole-point target rounds at ±0.5 pp): 6.9% meets it
  { pair: N15, region: '全国', year: 2015, indicator: '地区生产总值', measure: 'growth', target: '7%左右', actual: '6.9%', verdict: 'met' },
  {
    pair: N15,
    region: '全国',
    year: 2015,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1000萬人以上',
    actual: '1312万人',
    verdict: 'met',
  },
  // 能耗強度下降3.1%以上 against 单位国内生产总值能耗下降5.6%: a larger fall, met
  {
    pair: N15,
    region: '全国',
    year: 2015,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3.1%以上',
    actual: '5.6%',
    verdict: 'met',
  },
  // the 2016 review gives no price figure (居民消费价格涨幅保持较低水平)
  { pair: N15, region: '全国', year: 2015, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },
  { pair: N15, region: '全国', year: 2015, indicator: '城镇登记失业率', measure: 'level', target: '4.5%以內', actual: null, verdict: null },
  { pair: N15, region: '全国', year: 2015, indicator: '进出口总额', measure: 'growth', target: '6%左右', actual: null, verdict: null },

  // a range: 6.7% is inside 6.5%-7%
  {
    pair: N16,
    region: '全国',
    year: 2016,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6.5%-7%',
    actual: '6.7%',
    verdict: 'met',
    miss: 'the page states no year (今年, 5日): its targets go to the yearless column (the result lands in 2016 since 中国2016年GDP is keyed as GDP)',
  },
  { pair: N16, region: '全国', year: 2016, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },
  {
    pair: N16,
    region: '全国',
    year: 2016,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1000万人以上',
    actual: null,
    verdict: null,
  },
  { pair: N16, region: '全国', year: 2016, indicator: '城镇登记失业率', measure: 'level', target: '4.5%以内', actual: null, verdict: null },
  {
    pair: N16,
    region: '全国',
    year: 2016,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3.4%以上',
    actual: null,
    verdict: null,
  },

  { pair: N17, region: '全国', year: 2017, indicator: '地区生产总值', measure: 'growth', target: '6.5%左右', actual: null, verdict: null },
  { pair: N17, region: '全国', year: 2017, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },
  {
    pair: N17,
    region: '全国',
    year: 2017,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1100万人以上',
    actual: null,
    verdict: null,
  },
  { pair: N17, region: '全国', year: 2017, indicator: '城镇登记失业率', measure: 'level', target: '4.5%以内', actual: null, verdict: null },
  {
    pair: N17,
    region: '全国',
    year: 2017,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3.4%以上',
    actual: null,
    verdict: null,
  },

  // a floor: 4.8% is under 5%以上
  {
    pair: GD,
    region: '广东省',
    year: 2023,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '5%以上',
    actual: '4.8%',
    verdict: 'not-met',
  },
  { pair: GD, region: '广东省', year: 2023, indicator: '全社会固定资产投资', measure: 'growth', target: '8%', actual: null, verdict: null },
  { pair: GD, region: '广东省', year: 2023, indicator: '社会消费品零售总额', measure: 'growth', target: '6%', actual: null, verdict: null },
  { pair: GD, region: '广东省', year: 2023, indicator: '进出口总额', measure: 'growth', target: '3%', actual: null, verdict: null },
  {
    pair: GD,
    region: '广东省',
    year: 2023,
    indicator: '规模以上工业增加值',
    measure: 'growth',
    target: '5.5%以上',
    actual: null,
    verdict: null,
  },
  { pair: GD, region: '广东省', year: 2023, indicator: '一般公共预算收入', measure: 'growth', target: '5%', actual: null, verdict: null },
  { pair: GD, region: '广东省', year: 2023, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },
  {
    pair: GD,
    region: '广东省',
    year: 2023,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '110万人以上',
    actual: null,
    verdict: null,
  },
  {
    pair: GD,
    region: '广东省',
    year: 2023,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%以内',
    actual: null,
    verdict: null,
  },
  { pair: GD, region: '广东省', year: 2023, indicator: '粮食产量', measure: 'level', target: '1268万吨以上', actual: null, verdict: null },

  // 6%左右 is met from 5.5%: 4.5% is not
  {
    pair: FJ,
    region: '福建省',
    year: 2023,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6%左右',
    actual: '4.5%',
    verdict: 'not-met',
  },
  // the total (with the centre's share) and the local budget revenue are two indicators
  {
    pair: FJ,
    region: '福建省',
    year: 2023,
    indicator: '一般公共预算总收入',
    measure: 'growth',
    target: '6%左右',
    actual: '9.8%',
    verdict: 'met',
  },
  {
    pair: FJ,
    region: '福建省',
    year: 2023,
    indicator: '一般公共预算收入',
    measure: 'growth',
    target: '5.5%左右',
    actual: '7.6%',
    verdict: 'met',
  },
  {
    pair: FJ,
    region: '福建省',
    year: 2023,
    indicator: '全社会固定资产投资',
    measure: 'growth',
    target: '6%',
    actual: '2.5%',
    verdict: 'not-met',
  },
  {
    pair: FJ,
    region: '福建省',
    year: 2023,
    indicator: '社会消费品零售总额',
    measure: 'growth',
    target: '10%',
    actual: null,
    verdict: null,
  },
  { pair: FJ, region: '福建省', year: 2023, indicator: '出口', measure: 'growth', target: '7%', actual: null, verdict: null },
  {
    pair: FJ,
    region: '福建省',
    year: 2023,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%左右',
    actual: null,
    verdict: null,
  },
  { pair: FJ, region: '福建省', year: 2023, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },
  { pair: FJ, region: '福建省', year: 2023, indicator: '粮食产量', measure: 'level', target: '507万吨以上', actual: null, verdict: null },

  {
    pair: SC,
    region: '四川省',
    year: 2022,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6.5%左右',
    actual: '2.9%',
    verdict: 'not-met',
    miss: 'extract: 同比增长2.9% on the line after 2022年全省地区生产总值5.67万亿元 takes its indicator now, not the year of the line before',
  },
  { pair: SC, region: '四川省', year: 2022, indicator: '全社会固定资产投资', measure: 'growth', target: '8%', actual: null, verdict: null },
  { pair: SC, region: '四川省', year: 2022, indicator: '社会消费品零售总额', measure: 'growth', target: '8%', actual: null, verdict: null },
];

describePairs({
  title: 'held-out real targets paired with their real results (tests/fixtures/report-pairs, split holdout)',
  files: FILES,
  pairs: PAIRS,
  targetsIn,
  floor: 8,
});

// A second held-out batch, collected after the fixes the first one led to, its rows read by hand
// before the comparison was run on it: 1 of 11 stated pairs paired as first measured, no false
// pairs; every miss but one is the engine's (a page with no year, a region misread, a target not
// clipped). Built apart from the first (as `npm run compare` would be
// run on these files alone). 2 of 11 once 全省生产总值要达7%以上 was read as a growth target.
const FILES2 = [
  'prov-fujian-2022-igdzc-targets.txt',
  'prov-fujian-2023-gk889.txt',
  'prov-anhui-2022-chujuan-targets.txt',
  'prov-anhui-2023-weishan.txt',
  'prov-hubei-2021-purcannacbdoil-targets-trad.txt',
  'prov-hubei-2022-0798ci-report.txt',
].map((f) => join(TEXTS, f));

const batch2 = pairNames();
const FJ22 = batch2.pairOf('福建 2022 (igdzc) → 2023 report (gk889)', 'prov-fujian-2022-igdzc-targets.txt');
const AH22 = batch2.pairOf('安徽 2022 (chujuan) → 2023 report (weishan)', 'prov-anhui-2022-chujuan-targets.txt');
const HB21 = batch2.pairOf(
  '湖北 2021 (purcannacbdoil, traditional with readings) → 2022 report (0798ci)',
  'prov-hubei-2021-purcannacbdoil-targets-trad.txt',
);

// every stated pair of 福建 2022 misses for the same two reasons, both of the engine
const FJ22_MISS =
  'detect: the 2022 page states no year (今年, 去年; 第十三届人民代表大会第六次会议 is not dated), so its targets go to the yearless column; ' +
  'and the 2023 page is read as region 人民政府省 (its first line 福建省人民政府省长赵龙作政府工作报告), so its 2022 results go to that column';

const PAIRS2: Pair[] = [
  // the 2023 report gives 2022's GDP as a level only (突破5万亿元)
  { pair: FJ22, region: '福建省', year: 2022, indicator: '地区生产总值', measure: 'growth', target: '6.5%', actual: null, verdict: null },
  // the page writes the total 一般公预算总收入 (共 dropped): the reader still reads 一般公共预算总收入
  {
    pair: FJ22,
    region: '福建省',
    year: 2022,
    indicator: '一般公共预算总收入',
    measure: 'growth',
    target: '5%',
    actual: '1.9%',
    verdict: 'not-met',
    miss: `${FJ22_MISS}; and the result is keyed 一般公预算总收入, as the page misspells it`,
  },
  {
    pair: FJ22,
    region: '福建省',
    year: 2022,
    indicator: '一般公共预算收入',
    measure: 'growth',
    target: '5%',
    actual: '5.5%',
    verdict: 'met',
    miss: FJ22_MISS,
  },
  {
    pair: FJ22,
    region: '福建省',
    year: 2022,
    indicator: '全社会固定资产投资',
    measure: 'growth',
    target: '6.5%',
    actual: '7.5%',
    verdict: 'met',
    miss: FJ22_MISS,
  },
  {
    pair: FJ22,
    region: '福建省',
    year: 2022,
    indicator: '社会消费品零售总额',
    measure: 'growth',
    target: '9%',
    actual: '3.2%',
    verdict: 'not-met',
    miss: FJ22_MISS,
  },
  {
    pair: FJ22,
    region: '福建省',
    year: 2022,
    indicator: '出口',
    measure: 'growth',
    target: '8%',
    actual: '11%以上',
    verdict: 'met',
    miss: FJ22_MISS,
  },
  // 城镇居民、农村居民人均可支配收入分别增长7%、8% against 分别增长5.2%左右、7.6%左右
  {
    pair: FJ22,
    region: '福建省',
    year: 2022,
    indicator: '城镇居民人均可支配收入',
    measure: 'growth',
    target: '7%',
    actual: '5.2%左右',
    verdict: 'not-met',
    miss: FJ22_MISS,
  },
  {
    pair: FJ22,
    region: '福建省',
    year: 2022,
    indicator: '农村居民人均可支配收入',
    measure: 'growth',
    target: '8%',
    actual: '7.6%左右',
    verdict: 'not-met',
    miss: FJ22_MISS,
  },
  {
    pair: FJ22,
    region: '福建省',
    year: 2022,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%以内',
    actual: '5.1%左右',
    verdict: 'met',
    miss: FJ22_MISS,
  },
  {
    pair: FJ22,
    region: '福建省',
    year: 2022,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%左右',
    actual: '1.9%左右',
    verdict: 'met',
    miss: FJ22_MISS,
  },
  { pair: FJ22, region: '福建省', year: 2022, indicator: '粮食产量', measure: 'level', target: '507万吨', actual: null, verdict: null },

  // 全省生产总值要达7%以上 (a growth target, 增长 left out) against 增长3.5%左右
  {
    pair: AH22,
    region: '安徽省',
    year: 2022,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7%以上',
    actual: '3.5%左右',
    verdict: 'not-met',
  },

  {
    pair: HB21,
    region: '湖北省',
    year: 2021,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '10%以上',
    actual: '12.9%',
    verdict: 'met',
  },
  {
    pair: HB21,
    region: '湖北省',
    year: 2021,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '70萬人以上',
    actual: null,
    verdict: null,
  },
  { pair: HB21, region: '湖北省', year: 2021, indicator: '粮食产量', measure: 'level', target: '500億斤以上', actual: null, verdict: null },
];

describePairs({
  title: 'held-out batch 2 (tests/fixtures/report-pairs, split holdout2)',
  files: FILES2,
  pairs: PAIRS2,
  targetsIn: batch2.targetsIn,
  floor: 2,
});

// A third held-out batch, collected after the second's fix, its rows read by hand before the
// comparison was run on it: 0 of 4 stated pairs paired as first measured, no false pairs; every
// result lands in its cell, and every target is misdated or not clipped by the engine.
// 2 of 4 once a target named before a colon (…增长目标:7.5%) and one restated beside its result
// (符合3%左右的预期目标) were read.
const FILES3 = [
  'prov-sichuan-2019-sina-targets.txt',
  'prov-sichuan-2020-scspc-plan.txt',
  'city-wuhan-2022-ifeng-targets.txt',
  'city-wuhan-2023-fensifuwu.txt',
  'prov-guangdong-2021-ycwb-targets.txt',
  'prov-guangdong-2022-freewechat-report.txt',
].map((f) => join(TEXTS, f));

const batch3 = pairNames();
const SC19 = batch3.pairOf('四川 2019 (sina) → 2020 plan report (scspc)', 'prov-sichuan-2019-sina-targets.txt');
// the plan report restates a target beside its result: 居民消费价格上涨3.2%,符合3%左右的预期目标
const SC19R = batch3.pairOf('四川 2019 (restated in the 2020 plan report, scspc)', 'prov-sichuan-2020-scspc-plan.txt');
const WH22 = batch3.pairOf('武汉 2022 (ifeng) → 2023 report (fensifuwu)', 'city-wuhan-2022-ifeng-targets.txt');
const GD21 = batch3.pairOf('广东 2021 (ycwb) → 2022 report (freewechat)', 'prov-guangdong-2021-ycwb-targets.txt');

const PAIRS3: Pair[] = [
  // 今年预期目标增长7.5% against 增长7.5%,与预期目标持平
  {
    pair: SC19,
    region: '四川省',
    year: 2019,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7.5%',
    actual: '7.5%',
    verdict: 'met',
    miss: 'extract: the headline 四川2018年经济总量破4万亿 今年预期目标增长7.5% gives the target the whole head for indicator and 2018 (not 今年) for year',
    lost: true,
  },
  {
    pair: SC19R,
    region: '四川省',
    year: 2019,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%左右',
    actual: '3.2%',
    verdict: 'met',
  },

  {
    pair: WH22,
    region: '武汉市',
    year: 2022,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7.5%',
    actual: '4.5%左右',
    verdict: 'not-met',
  },
  { pair: WH22, region: '武汉市', year: 2022, indicator: '城镇新增就业', measure: 'level', target: '22万人', actual: null, verdict: null },
  { pair: WH22, region: '武汉市', year: 2022, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },

  {
    pair: GD21,
    region: '广东省',
    year: 2021,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6%以上',
    actual: '8%',
    verdict: 'met',
    miss:
      'extract: in 报告显示:2020年广东全省地区生产总值超过11万亿元,今年广东GDP增长预期目标为6%以上 the target takes 2020 from the clause before (not 今年); ' +
      'detect: the page has no year of its own (2021-01-24 11:16 is a dateline), so the headline 今年GDP预期增长6%以上 goes to the yearless column',
  },
];

describePairs({
  title: 'held-out batch 3 (tests/fixtures/report-pairs, split holdout3)',
  files: FILES3,
  pairs: PAIRS3,
  targetsIn: batch3.targetsIn,
  floor: 2,
});
