// Held-out real pairs: targets of year N and the results stated a year later, on texts collected
// after the rules of lib/compare were written (tests/fixtures/report-pairs, `split: "holdout"` in its
// manifest), built the way `npm run compare` builds them (helpers/report-pairs.ts). Every expected
// figure and verdict was read by hand from the texts before the comparison was first run on them;
// the rows marked `miss` are what it still gets wrong, with the cause. As first measured: 6 of 10
// stated pairs paired, no false pairs; 8 of 10 after names wrapped in a year or target words
// (中国2016年GDP, 提出广东2023年地区生产总值预期目标) and 能耗强度 folded into their indicators.
import { join } from 'node:path';
import { ROOT, SHARED } from './helpers/eval';
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
  },
  { pair: SC, region: '四川省', year: 2022, indicator: '全社会固定资产投资', measure: 'growth', target: '8%', actual: null, verdict: null },
  { pair: SC, region: '四川省', year: 2022, indicator: '社会消费品零售总额', measure: 'growth', target: '8%', actual: null, verdict: null },
];

describePairs({
  title: 'held-out real targets paired with their real results (tests/fixtures/report-pairs, split holdout)',
  files: FILES,
  pairs: PAIRS,
  targetsIn,
  floor: 9,
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

// every stated pair of 福建 2022 missed for one reason until its page was dated by its congress session
// (第十三届人民代表大会第六次会议: the term of 2018's sixth session, an extra one, in the term's fifth year: 2022; a
// second one, the 2023 page read as region 人民政府省 from its caption 福建省人民政府省长赵龙作政府工作报告, was mended
// in an earlier round)
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
    miss: 'name: the result is keyed 一般公预算总收入, as the page misspells it',
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
  floor: 10,
});

// A third held-out batch, collected after the second's fix, its rows read by hand before the
// comparison was run on it: 0 of 4 stated pairs paired as first measured, no false pairs; every
// result lands in its cell, and every target is misdated or not clipped by the engine. 2 of 4 once the pages
// that date themselves only by a headline naming the year's targets or by the report's review (报告显示:2020年…)
// were read so (branch eng-b2), and a target named before a colon (…增长目标:7.5%) and one restated beside its
// result (符合3%左右的预期目标) were read (branch eng-a2).
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
    miss: 'extract: the headline 四川2018年经济总量破4万亿 今年预期目标增长7.5% gives the target the whole head for indicator (its year is 2019 now, from the page’s stamp 2019年01月14日 11:40)',
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
    // paired since the headline 2022年 武汉地区生产总值增长目标 dates the page (its body's list gives the figure)
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
    // paired since 报告显示:2020年…超过11万亿元 dates the page (a review of 2020: the report of 2021)
  },
];

describePairs({
  title: 'held-out batch 3 (tests/fixtures/report-pairs, split holdout3)',
  files: FILES3,
  pairs: PAIRS3,
  targetsIn: batch3.targetsIn,
  floor: 3,
});

// A fourth held-out batch (split holdout4): national year pairs not yet covered (2012→2013,
// 2013→2014, 2014→2015) and two provinces (河北 2019→2020, 浙江 2011), its rows read by hand before
// the comparison was run on it: 4 of 9 stated pairs paired as first measured, no false pairs; the
// five misses are the engine's (figures named after them, 两者, pages with no year or a dateline's
// region), and three targets were keyed by names the comparison did not know. After the keys learnt
// those names (进出口总值, 万元生产总值能耗, R&D spelled out): still 4 of 9, those three targets clipped
// under their indicators (their results are not stated). After the estimates of a year named by its place in a plan
// (预计在“十二五”开局之年) dated the 浙江 page (branch eng-b4): 5 of 9. After a news agency's dateline
// (新华网北京3月5日电) no longer named the region of the 2012 page (2026-12-07): 8 of 9.
const FILES4 = [
  'national-2012-hkwb-targets.txt',
  'national-2013-people-review.txt',
  'national-2013-people-targets.txt',
  'national-2014-ciudsrc-nbs.txt',
  'national-2014-wenming-targets.txt',
  'national-2015-baogaosu-review.txt',
  'prov-hebei-2019-cnstock-targets.txt',
  'prov-hebei-2020-hebnews-review.txt',
  'prov-zhejiang-2011-zjol-targets.txt',
  'prov-zhejiang-2011-cctv-big5-estimate-trad.txt',
].map((f) => join(TEXTS, f));

const batch4 = pairNames();
const N12 = batch4.pairOf('全国 2012 (hkwb) → 2013 report (people)', 'national-2012-hkwb-targets.txt');
const N13 = batch4.pairOf('全国 2013 (people) → 2013 figures (ciudsrc: 国家统计局)', 'national-2013-people-targets.txt');
const N14 = batch4.pairOf('全国 2014 (wenming) → 2015 report (baogaosu)', 'national-2014-wenming-targets.txt');
const HE19 = batch4.pairOf('河北 2019 (cnstock) → 2020 report (hebnews)', 'prov-hebei-2019-cnstock-targets.txt');
const ZJ11 = batch4.pairOf('浙江 2011 (zjol) → December 2011 estimates (cctv big5, traditional)', 'prov-zhejiang-2011-zjol-targets.txt');

const PAIRS4: Pair[] = [
  // the targets in prose, figure first: 7.5%,…经济增速的预期目标;4%左右,物价调控的预期目标
  {
    pair: N12,
    region: '全国',
    year: 2012,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7.5%',
    actual: '7.8%',
    verdict: 'met',
    // the page's region, 北京市 from the dateline 新华网北京3月5日电, is 全国 since 2026-12-07 (a dateline names where a story was filed)
    miss: 'extract: 7.5%,今年政府工作报告八年来第一次略微调低了经济增速的预期目标 is read as a result of 2011 (调低了), not the target of 今年',
    lost: true,
  },
  {
    pair: N12,
    region: '全国',
    year: 2012,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '4%左右',
    actual: '2.6%',
    verdict: 'met',
  },

  // 7.5%左右 is met from 7.25%
  {
    pair: N13,
    region: '全国',
    year: 2013,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7.5%左右',
    actual: '7.7%',
    verdict: 'met',
  },
  { pair: N13, region: '全国', year: 2013, indicator: '居民消费价格', measure: 'growth', target: '3.5%左右', actual: null, verdict: null },
  {
    pair: N13,
    region: '全国',
    year: 2013,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '900万人以上',
    actual: null,
    verdict: null,
  },
  // 城镇登记失业率低于4.6%: 低于 is the figure's qualifier, written with it
  { pair: N13, region: '全国', year: 2013, indicator: '城镇登记失业率', measure: 'level', target: '低于4.6%', actual: null, verdict: null },

  {
    pair: N14,
    region: '全国',
    year: 2014,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7.5%左右',
    actual: '7.4%',
    verdict: 'met',
  },
  { pair: N14, region: '全国', year: 2014, indicator: '居民消费价格', measure: 'growth', target: '3.5%左右', actual: null, verdict: null },
  {
    pair: N14,
    region: '全国',
    year: 2014,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1000万人以上',
    actual: null,
    verdict: null,
  },
  {
    pair: N14,
    region: '全国',
    year: 2014,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '4.6%以内',
    actual: null,
    verdict: null,
  },

  // 预计全省生产总值增长7%左右 (6.5–7.5%) clears the bar of 6.5%左右 (6.25%)
  {
    pair: HE19,
    region: '河北省',
    year: 2019,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6.5%左右',
    actual: '7%左右',
    verdict: 'met',
  },
  // 6%以上 against 6%以上: the result is 6–7%, the floor 6%
  {
    pair: HE19,
    region: '河北省',
    year: 2019,
    indicator: '全社会固定资产投资',
    measure: 'growth',
    target: '6%以上',
    actual: '6%以上',
    verdict: 'met',
  },
  {
    pair: HE19,
    region: '河北省',
    year: 2019,
    indicator: '一般公共预算收入',
    measure: 'growth',
    target: '6%左右',
    actual: null,
    verdict: null,
  },
  {
    pair: HE19,
    region: '河北省',
    year: 2019,
    indicator: '规模以上工业增加值',
    measure: 'growth',
    target: '4.5%左右',
    actual: null,
    verdict: null,
  },
  {
    pair: HE19,
    region: '河北省',
    year: 2019,
    indicator: '社会消费品零售总额',
    measure: 'growth',
    target: '9.5%左右',
    actual: null,
    verdict: null,
  },
  // 进出口总值 is the customs' name of the trade total
  {
    pair: HE19,
    region: '河北省',
    year: 2019,
    indicator: '进出口总额',
    measure: 'growth',
    target: '5%左右',
    actual: null,
    verdict: null,
  },
  {
    pair: HE19,
    region: '河北省',
    year: 2019,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '4.5%以内',
    actual: null,
    verdict: null,
  },
  // 城乡居民人均可支配收入均增长7%左右: the urban and the rural income, each (one clip, in both rows)
  {
    pair: HE19,
    region: '河北省',
    year: 2019,
    indicator: '城镇居民人均可支配收入',
    measure: 'growth',
    target: '7%左右',
    actual: null,
    verdict: null,
  },
  {
    pair: HE19,
    region: '河北省',
    year: 2019,
    indicator: '农村居民人均可支配收入',
    measure: 'growth',
    target: '7%左右',
    actual: null,
    verdict: null,
  },
  { pair: HE19, region: '河北省', year: 2019, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },
  { pair: HE19, region: '河北省', year: 2019, indicator: '森林覆盖率', measure: 'level', target: '35%', actual: null, verdict: null },
  {
    pair: HE19,
    region: '河北省',
    year: 2019,
    indicator: 'PM2.5平均浓度',
    measure: 'growth',
    target: '5%以上',
    actual: null,
    verdict: null,
  },
  // 万元生产总值能耗下降3.6%
  {
    pair: HE19,
    region: '河北省',
    year: 2019,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3.6%',
    actual: null,
    verdict: null,
  },

  // 增长9%以上 (9–10%) clears 9%左右 (8.5%)
  {
    pair: ZJ11,
    region: '浙江省',
    year: 2011,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '9%左右',
    actual: '9%以上',
    verdict: 'met',
  },
  // 城镇居民人均可支配收入…,农村居民人均纯收入…,两者扣除价格因素实际分别增长7%和9%
  {
    pair: ZJ11,
    region: '浙江省',
    year: 2011,
    indicator: '城镇居民人均可支配收入',
    measure: 'growth',
    target: '9%左右',
    actual: '7%',
    verdict: 'not-met',
  },
  // 纯收入 (the rural measure before 2013) is not 可支配收入: its own row
  {
    pair: ZJ11,
    region: '浙江省',
    year: 2011,
    indicator: '农村居民人均纯收入',
    measure: 'growth',
    target: '9%左右',
    actual: '9%',
    verdict: 'met',
  },
  { pair: ZJ11, region: '浙江省', year: 2011, indicator: '地方财政收入', measure: 'growth', target: '9%左右', actual: null, verdict: null },
  // 研究与试验发展经费支出占生产总值比重1.9%左右
  {
    pair: ZJ11,
    region: '浙江省',
    year: 2011,
    indicator: '研发经费投入强度',
    measure: 'level',
    target: '1.9%左右',
    actual: null,
    verdict: null,
  },
  { pair: ZJ11, region: '浙江省', year: 2011, indicator: '居民消费价格', measure: 'growth', target: '4%左右', actual: null, verdict: null },
  { pair: ZJ11, region: '浙江省', year: 2011, indicator: '城镇新增就业', measure: 'level', target: '70万人', actual: null, verdict: null },
  {
    pair: ZJ11,
    region: '浙江省',
    year: 2011,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '4%以内',
    actual: null,
    verdict: null,
  },
  {
    pair: ZJ11,
    region: '浙江省',
    year: 2011,
    indicator: '人口自然增长率',
    measure: 'level',
    target: '4.82‰以内',
    actual: null,
    verdict: null,
  },
];

describePairs({
  title: 'held-out batch 4 (tests/fixtures/report-pairs, split holdout4)',
  files: FILES4,
  pairs: PAIRS4,
  targetsIn: batch4.targetsIn,
  floor: 8,
});

// Batch 4, second part (split holdout4 too): 湖南 2022 → 2023, collected after batch 4's key fix
// (Dexie v6), its rows read by hand before the comparison was run on these files: 0 of 5 stated pairs
// paired as first measured, no false pairs; the 2023 plan is given no year, so every result is yearless,
// and the work report's list quoted on a news page is read as results. After the keys learnt 规模工业增加值
// and to drop a quote's ellipsis: still 0 of 5, the 7.2% target clipped under its indicator. After a quotation the
// words after it call targets (描绘出新的目标, lib/extract/quoted-targets.ts) and the page's stamp dated it (branch
// eng-b4): 5 of 5.
const FILES4B = [
  'prov-hunan-2022-mkvm-plan-targets.txt',
  'prov-hunan-2022-dongannews-targets.txt',
  'prov-hunan-2023-dickharrell-plan.txt',
].map((f) => join(TEXTS, f));

const batch4b = pairNames();
const HN22 = batch4b.pairOf(
  '湖南 2022 (mkvm plan, dongannews) → 2023 plan report (dick-harrell)',
  'prov-hunan-2022-mkvm-plan-targets.txt',
  'prov-hunan-2022-dongannews-targets.txt',
);

const PAIRS4B: Pair[] = [
  // a floor: 4.5% is under 6.5%以上
  {
    pair: HN22,
    region: '湖南省',
    year: 2022,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6.5%以上',
    actual: '4.5%',
    verdict: 'not-met',
  },
  // 规模工业增加值 is how Hunan names 规模以上工业增加值; an exact target met by the same figure
  {
    pair: HN22,
    region: '湖南省',
    year: 2022,
    indicator: '规模以上工业增加值',
    measure: 'growth',
    target: '7.2%',
    actual: '7.2%',
    verdict: 'met',
  },
  {
    pair: HN22,
    region: '湖南省',
    year: 2022,
    indicator: '一般公共预算收入',
    measure: 'growth',
    target: '6%',
    actual: '6.6%',
    verdict: 'met',
  },
  {
    pair: HN22,
    region: '湖南省',
    year: 2022,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%左右',
    actual: '1.8%',
    verdict: 'met',
  },
  {
    pair: HN22,
    region: '湖南省',
    year: 2022,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '70万人',
    actual: '73.65万人',
    verdict: 'met',
  },
  {
    pair: HN22,
    region: '湖南省',
    year: 2022,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%以内',
    actual: null,
    verdict: null,
  },
];

describePairs({
  title: 'held-out batch 4, second part (tests/fixtures/report-pairs, split holdout4: 湖南 2022)',
  files: FILES4B,
  pairs: PAIRS4B,
  targetsIn: batch4b.targetsIn,
  floor: 5,
});

// Batch 4, third part (split holdout4 too): 北京 2024 → 2025 → 2026 and 重庆 2024 → 2025, collected
// after the second part's fix, its rows read by hand before the comparison was run on these files: 0 of
// 8 stated pairs paired as first measured, no false pairs; the 北京 pages' reviews are read as targets
// (預計; a year written 2025 without 年), the 2024 page is given region 全国, the 重庆 infographic's lines
// run into one name. After the keys learnt a region's name before place or verb words (重庆预计GDP), a
// headline's label (北京︰今年GDP) and 经济社会发展主要预期目标包括: still 0 of 8 (the misses are the
// engine's), the 北京 2025 GDP target clipped under its indicator (yearless, from the headline). After round
// 4 (eng-a4: 指今年… and a year written without 年 left out of a name): 3 of 8, 北京 2025's GDP paired. After a
// congress line numbered in digits (北京市第16屆人民代表大會第二次會議) named the 2024 page's region (2026-12-07): 6 of 8.
const FILES4C = [
  'prov-beijing-2024-bg3-targets-trad.txt',
  'prov-beijing-2025-oncc-trad.txt',
  'prov-beijing-2026-etnet-trad.txt',
  'prov-chongqing-2024-xinhuanet-targets.txt',
  'prov-chongqing-2025-mzzpw.txt',
].map((f) => join(TEXTS, f));

const batch4c = pairNames();
const BJ24 = batch4c.pairOf('北京 2024 (bg3, traditional) → 2025 report (on.cc, traditional)', 'prov-beijing-2024-bg3-targets-trad.txt');
const BJ25 = batch4c.pairOf('北京 2025 (on.cc, traditional) → 2026 report (etnet, traditional)', 'prov-beijing-2025-oncc-trad.txt');
const CQ24 = batch4c.pairOf('重庆 2024 (xinhuanet) → 2025 report (mzzpw)', 'prov-chongqing-2024-xinhuanet-targets.txt');

const PAIRS4C: Pair[] = [
  // 预计全市GDP增长5.2%左右 clears 5%左右 (4.5%)
  {
    pair: BJ24,
    region: '北京市',
    year: 2024,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '5%左右',
    actual: '5.2%左右',
    verdict: 'met',
    // the 2024 page's region (全国 while 大陸國家統計局 on 中國大陸 came before its 北京市第16屆人民代表大會 line) is right
    // since 2026-12-07, and so are its other three pairs; the 2025 page's 仍預計全市GDP is keyed GDP since 2026-12-08
  },
  // an exact target: 3.1% is under 5%
  {
    pair: BJ24,
    region: '北京市',
    year: 2024,
    indicator: '一般公共预算收入',
    measure: 'growth',
    target: '5%',
    actual: '3.1%',
    verdict: 'not-met',
  },
  // a ceiling: 4.1%左右 is inside 5%以內
  {
    pair: BJ24,
    region: '北京市',
    year: 2024,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5%以內',
    actual: '4.1%左右',
    verdict: 'met',
  },
  {
    pair: BJ24,
    region: '北京市',
    year: 2024,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%左右',
    actual: '0.1%',
    verdict: 'met',
  },

  {
    pair: BJ25,
    region: '北京市',
    year: 2025,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '5%左右',
    actual: '5.4%',
    verdict: 'met',
  },
  // 4%左右 is met from 3.5%
  {
    pair: BJ25,
    region: '北京市',
    year: 2025,
    indicator: '一般公共预算收入',
    measure: 'growth',
    target: '4%左右',
    actual: '4.8%',
    verdict: 'met',
  },
  {
    pair: BJ25,
    region: '北京市',
    year: 2025,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5%以內',
    actual: '4.1%',
    verdict: 'met',
  },
  // the 2026 report gives no price figure (居民消費物價總體平穩)
  { pair: BJ25, region: '北京市', year: 2025, indicator: '居民消费价格', measure: 'growth', target: '2%左右', actual: null, verdict: null },

  // 6%左右 is met from 5.5%: 5.7% meets it
  {
    pair: CQ24,
    region: '重庆市',
    year: 2024,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6%左右',
    actual: '5.7%',
    verdict: 'met',
    miss: 'extract: the infographic’s lines run into one indicator (长期护理保险试点覆盖所有区县…2024新重庆开新局地区生产总值预期目标), dated 2023 (the page’s first line)',
    lost: true,
  },
];

describePairs({
  title: 'held-out batch 4, third part (tests/fixtures/report-pairs, split holdout4: 北京 2024–2025, 重庆 2024)',
  files: FILES4C,
  pairs: PAIRS4C,
  targetsIn: batch4c.targetsIn,
  floor: 7,
});

// Batch 5 (split holdout): WHOLE national reports of consecutive years, the judged criterion's own form
// (2009 → 2010 → 2011, from a public repository's file of every national report; see the fixtures'
// README), their rows read by hand and committed before the comparison was first run on these files: 4 of
// 5 stated pairs paired as first measured, no false pairs (all 12 targets clipped under their indicator and
// year). The miss was the engine's: the 2011 report's 十一五 review (——这五年，…城镇新增就业5771万人) gave
// its five-year figure no span, so it landed in 2010's cell beside the year's 1168万人; 5 of 5 since 这五年 and a
// plan's review heading open a section over the plan's years, and a one-line text's indents break its paragraphs.
const FILES5 = ['national-2009-chengjun-report.txt', 'national-2010-chengjun-report.txt', 'national-2011-chengjun-report.txt'].map((f) =>
  join(TEXTS, f),
);

const batch5 = pairNames();
const W09 = batch5.pairOf('全国 2009 (whole report) → 2010 report (whole)', 'national-2009-chengjun-report.txt');
const W10 = batch5.pairOf('全国 2010 (whole report) → 2011 report (whole)', 'national-2010-chengjun-report.txt');
// no 2012 report in this batch: targets only
const W11 = batch5.pairOf('全国 2011 (whole report) → no 2012 report', 'national-2011-chengjun-report.txt');

const PAIRS5: Pair[] = [
  // the 2009 report's list as its PDF spaced it: 8% 左右; the 2010 review: 比上年增长８．７％ (full-width)
  {
    pair: W09,
    region: '全国',
    year: 2009,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '8% 左右',
    actual: '８．７％',
    verdict: 'met',
  },
  {
    pair: W09,
    region: '全国',
    year: 2009,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '900 万人以上',
    actual: '１１０２万人',
    verdict: 'met',
  },
  // the 2010 review gives no unemployment rate and no price figure for 2009
  {
    pair: W09,
    region: '全国',
    year: 2009,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '4.6% 以内',
    actual: null,
    verdict: null,
  },
  { pair: W09, region: '全国', year: 2009, indicator: '居民消费价格', measure: 'growth', target: '4% 左右', actual: null, verdict: null },

  // the 2011 report states 2010's results in its 2011 part: 过去一年…国内生产总值增长10.3%，居民消费价格涨幅控制在3.3%，城镇新增就业1168万人
  {
    pair: W10,
    region: '全国',
    year: 2010,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '８％左右',
    actual: '10.3%',
    verdict: 'met',
  },
  {
    pair: W10,
    region: '全国',
    year: 2010,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '９００万人以上',
    actual: '1168万人',
    verdict: 'met',
  },
  // 3.3% is within a whole-point 左右 target's half point
  {
    pair: W10,
    region: '全国',
    year: 2010,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '３％左右',
    actual: '3.3%',
    verdict: 'met',
  },
  {
    pair: W10,
    region: '全国',
    year: 2010,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '４.６％以内',
    actual: null,
    verdict: null,
  },

  { pair: W11, region: '全国', year: 2011, indicator: '地区生产总值', measure: 'growth', target: '8%左右', actual: null, verdict: null },
  { pair: W11, region: '全国', year: 2011, indicator: '居民消费价格', measure: 'growth', target: '4%左右', actual: null, verdict: null },
  {
    pair: W11,
    region: '全国',
    year: 2011,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '900万人以上',
    actual: null,
    verdict: null,
  },
  { pair: W11, region: '全国', year: 2011, indicator: '城镇登记失业率', measure: 'level', target: '4.6%以内', actual: null, verdict: null },
];

describePairs({
  title: 'held-out batch 5 (tests/fixtures/report-pairs, split holdout: whole national reports 2009–2011)',
  files: FILES5,
  pairs: PAIRS5,
  targetsIn: batch5.targetsIn,
  floor: 5,
});

// Batch 6 (split holdout): whole national reports 2018 → 2019 → 2020 from the same file, collected after
// batch 5's fixes, their rows read by hand and committed before the comparison was first run on them. The
// 2019 pair's reports are the ones compare-real quotes in excerpts (news pages of the 2019 list and the
// 2020 review): the whole texts are new, the figures are not. As first measured: 4 of 9 stated pairs
// paired (the 2019 pair whole), no false pairs. The misses were metadata's: the 2018 report (no title line;
// 第十二届全国人民代表大会第一次会议以来的五年 in its first lines) was dated 2013, so its 2018 targets stood in a
// 2013 column, away from the 2019 review's results; 9 of 9 since a first session a review counts its term from
// dates the report five years on (metadata.ts npcSessionYear).
const FILES6 = ['national-2018-chengjun-report.txt', 'national-2019-chengjun-report.txt', 'national-2020-chengjun-report.txt'].map((f) =>
  join(TEXTS, f),
);

const batch6 = pairNames();
const W18 = batch6.pairOf('全国 2018 (whole report) → 2019 report (whole)', 'national-2018-chengjun-report.txt');
const W19 = batch6.pairOf('全国 2019 (whole report) → 2020 report (whole)', 'national-2019-chengjun-report.txt');
// no 2021 report in this batch: targets only
const W20 = batch6.pairOf('全国 2020 (whole report) → no 2021 report', 'national-2020-chengjun-report.txt');

const PAIRS6: Pair[] = [
  // the 2019 review: 国内生产总值增长6.6%…居民消费价格上涨2.1%…城镇新增就业1361万人、调查失业率稳定在5%左右…单位国内生产总值能耗下降3.1%
  {
    pair: W18,
    region: '全国',
    year: 2018,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6.5%左右',
    actual: '6.6%',
    verdict: 'met',
  },
  {
    pair: W18,
    region: '全国',
    year: 2018,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%左右',
    actual: '2.1%',
    verdict: 'met',
  },
  {
    pair: W18,
    region: '全国',
    year: 2018,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1100万人以上',
    actual: '1361万人',
    verdict: 'met',
  },
  // a ceiling met by a result stated about 5%
  {
    pair: W18,
    region: '全国',
    year: 2018,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%以内',
    actual: '5%左右',
    verdict: 'met',
  },
  { pair: W18, region: '全国', year: 2018, indicator: '城镇登记失业率', measure: 'level', target: '4.5%以内', actual: null, verdict: null },
  // a fall of at least 3% against a fall of 3.1%
  {
    pair: W18,
    region: '全国',
    year: 2018,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3%以上',
    actual: '3.1%',
    verdict: 'met',
  },

  // the 2020 review: 国内生产总值…增长6.1%。城镇新增就业1352万人，调查失业率在5.3%以下。居民消费价格上涨2.9%
  // a range met from its low end
  {
    pair: W19,
    region: '全国',
    year: 2019,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6%－6.5%',
    actual: '6.1%',
    verdict: 'met',
  },
  {
    pair: W19,
    region: '全国',
    year: 2019,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1100万人以上',
    actual: '1352万人',
    verdict: 'met',
  },
  {
    pair: W19,
    region: '全国',
    year: 2019,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%左右',
    actual: '5.3%以下',
    verdict: 'met',
  },
  { pair: W19, region: '全国', year: 2019, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: '2.9%', verdict: 'met' },
  { pair: W19, region: '全国', year: 2019, indicator: '城镇登记失业率', measure: 'level', target: '4.5%以内', actual: null, verdict: null },
  // the 2020 review gives no energy figure (主要污染物排放量继续下降)
  {
    pair: W19,
    region: '全国',
    year: 2019,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3%左右',
    actual: null,
    verdict: null,
  },

  {
    pair: W20,
    region: '全国',
    year: 2020,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '900万人以上',
    actual: null,
    verdict: null,
  },
  { pair: W20, region: '全国', year: 2020, indicator: '城镇调查失业率', measure: 'level', target: '6%左右', actual: null, verdict: null },
  { pair: W20, region: '全国', year: 2020, indicator: '城镇登记失业率', measure: 'level', target: '5.5%左右', actual: null, verdict: null },
  { pair: W20, region: '全国', year: 2020, indicator: '居民消费价格', measure: 'growth', target: '3.5%左右', actual: null, verdict: null },
];

describePairs({
  title: 'held-out batch 6 (tests/fixtures/report-pairs, split holdout: whole national reports 2018–2020)',
  files: FILES6,
  pairs: PAIRS6,
  targetsIn: batch6.targetsIn,
  floor: 9,
});

// Batch 7 (split holdout): the whole 2021 national report, pairing the 2020 report's targets (batch 6's
// file) with its review, collected after batch 6 and its rows read by hand and committed before the
// comparison was first run on it. compare-real quotes the 2021 review in an excerpt (national-2021-xinmin).
// As first measured: 2 of 3 stated pairs paired, no false pairs; the miss was the engine's, batch 5's
// family (a five-year figure under 过去五年 given no span, the report's paragraphs run together on one line); 3 of 3 since.
const FILES7 = ['national-2020-chengjun-report.txt', 'national-2021-chengjun-report.txt'].map((f) => join(TEXTS, f));

const batch7 = pairNames();
const V20 = batch7.pairOf('全国 2020 (whole report) → 2021 report (whole)', 'national-2020-chengjun-report.txt');
// no 2022 report in this batch: targets only
const V21 = batch7.pairOf('全国 2021 (whole report) → no 2022 report', 'national-2021-chengjun-report.txt');

const PAIRS7: Pair[] = [
  // the 2021 review: 城镇新增就业1186万人，年末全国城镇调查失业率降到5.2%…居民消费价格上涨2.5% (2020 set no GDP target)
  {
    pair: V20,
    region: '全国',
    year: 2020,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '900万人以上',
    actual: '1186万人',
    verdict: 'met',
  },
  {
    pair: V20,
    region: '全国',
    year: 2020,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '6%左右',
    actual: '5.2%',
    verdict: 'met',
  },
  { pair: V20, region: '全国', year: 2020, indicator: '城镇登记失业率', measure: 'level', target: '5.5%左右', actual: null, verdict: null },
  {
    pair: V20,
    region: '全国',
    year: 2020,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3.5%左右',
    actual: '2.5%',
    verdict: 'met',
  },

  { pair: V21, region: '全国', year: 2021, indicator: '地区生产总值', measure: 'growth', target: '6%以上', actual: null, verdict: null },
  {
    pair: V21,
    region: '全国',
    year: 2021,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1100万人以上',
    actual: null,
    verdict: null,
  },
  { pair: V21, region: '全国', year: 2021, indicator: '城镇调查失业率', measure: 'level', target: '5.5%左右', actual: null, verdict: null },
  { pair: V21, region: '全国', year: 2021, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },
  {
    pair: V21,
    region: '全国',
    year: 2021,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3%左右',
    actual: null,
    verdict: null,
  },
  { pair: V21, region: '全国', year: 2021, indicator: '粮食产量', measure: 'level', target: '1.3万亿斤以上', actual: null, verdict: null },
];

describePairs({
  title: 'held-out batch 7 (tests/fixtures/report-pairs, split holdout: whole national reports 2020–2021)',
  files: FILES7,
  pairs: PAIRS7,
  targetsIn: batch7.targetsIn,
  floor: 3,
});

// Batch 8 (the judged samples 22 and 24's texts): WHOLE national reports 2004 → 2005 → 2006 → 2007, from the same public
// file (tests/fixtures/judged/pages22 and pages24, their manifests), their rows read by hand before the comparison
// was first run on 2005–2007 (2004 → 2005 was run once before: 3 of 3 as read). As first measured: 7 of 9 stated
// pairs paired, no false pairs. The misses: 2005's growth 9.9% shared its cell with 2005年与2000年相比…增长57.3%, a
// growth against a stated base five years back given no span; 2006's energy intensity 下降1.2% was named after the words
// before it (单位国内生产总值能耗由前…) and the 2007 report's restatement of the missed target (没有实现年初确定的…降低4%左右…
// 的目标) read as a result. 9 of 9 since: a change against a stated base spans from it (2001–2005), words saying where a
// target was set are no part of a name, and targets set at the year's start are targets.
const JUDGED = join(ROOT, 'tests/fixtures/judged');
const FILES8 = [
  'pages22/national-2004-chengjun.txt',
  'pages22/national-2005-chengjun.txt',
  'pages24/national-2006-chengjun.txt',
  'pages24/national-2007-chengjun.txt',
].map((f) => join(JUDGED, f));

const batch8 = pairNames();
const X04 = batch8.pairOf('全国 2004 (whole report) → 2005 report (whole)', 'national-2004-chengjun.txt');
const X05 = batch8.pairOf('全国 2005 (whole report) → 2006 report (whole)', 'national-2005-chengjun.txt');
const X06 = batch8.pairOf('全国 2006 (whole report) → 2007 report (the file’s part)', 'national-2006-chengjun.txt');
// no 2008 report in this batch: targets only
const X07 = batch8.pairOf('全国 2007 (the file’s part) → no 2008 report', 'national-2007-chengjun.txt');

const PAIRS8: Pair[] = [
  // 2004: 中央提出今年经济增长预期目标为７％左右; 今年的预期目标是，新增城镇就业９００万人，下岗失业人员再就业５００万人
  // → 2005: 2004年，国内生产总值…比上年增长9．5％；…城镇新增就业980万人，超过预期目标 (no 再就业 figure for 2004)
  {
    pair: X04,
    region: '全国',
    year: 2004,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '７％左右',
    actual: '9．5％',
    verdict: 'met',
  },
  {
    pair: X04,
    region: '全国',
    year: 2004,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '９００万人',
    actual: '980万人',
    verdict: 'met',
  },
  {
    pair: X04,
    region: '全国',
    year: 2004,
    indicator: '下岗失业人员再就业',
    measure: 'level',
    target: '５００万人',
    actual: null,
    verdict: null,
  },
  // 2005: 国内生产总值增长8％左右；城镇新增就业900万人，城镇登记失业率控制在4．6％；居民消费价格总水平涨幅控制在4％
  // → 2006: 比上年增长9.9%；…居民消费价格总水平上涨1.8%；城镇新增就业970万人 (no unemployment rate)
  {
    pair: X05,
    region: '全国',
    year: 2005,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '8％左右',
    actual: '9.9%',
    verdict: 'met',
  },
  {
    pair: X05,
    region: '全国',
    year: 2005,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '900万人',
    actual: '970万人',
    verdict: 'met',
  },
  { pair: X05, region: '全国', year: 2005, indicator: '城镇登记失业率', measure: 'level', target: '4．6％', actual: null, verdict: null },
  { pair: X05, region: '全国', year: 2005, indicator: '居民消费价格', measure: 'growth', target: '4％', actual: '1.8%', verdict: 'met' },
  // 2006: 国内生产总值增长8%左右，单位国内生产总值能耗降低4%左右；居民消费价格总水平涨幅控制在3%；城镇新增就业900万人，
  // 城镇登记失业率控制在4.6% → 2007: 比上年增长10.7%；居民消费价格总水平上涨1.5%；城镇新增就业1184万人；2006年，单位国内
  // 生产总值能耗由前三年分别上升…，转为下降1.2% (全国没有实现年初确定的…降低4%左右…的目标)
  {
    pair: X06,
    region: '全国',
    year: 2006,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '8%左右',
    actual: '10.7%',
    verdict: 'met',
  },
  {
    pair: X06,
    region: '全国',
    year: 2006,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '4%左右',
    actual: '1.2%',
    verdict: 'not-met',
  },
  { pair: X06, region: '全国', year: 2006, indicator: '居民消费价格', measure: 'growth', target: '3%', actual: '1.5%', verdict: 'met' },
  {
    pair: X06,
    region: '全国',
    year: 2006,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '900万人',
    actual: '1184万人',
    verdict: 'met',
  },
  { pair: X06, region: '全国', year: 2006, indicator: '城镇登记失业率', measure: 'level', target: '4.6%', actual: null, verdict: null },
  // 2007: 国内生产总值增长8%左右；城镇新增就业人数不低于900万人，城镇登记失业率控制在4.6%以内；…居民消费价格总水平涨幅在3%以内
  { pair: X07, region: '全国', year: 2007, indicator: '地区生产总值', measure: 'growth', target: '8%左右', actual: null, verdict: null },
  {
    pair: X07,
    region: '全国',
    year: 2007,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '不低于900万人',
    actual: null,
    verdict: null,
  },
  { pair: X07, region: '全国', year: 2007, indicator: '城镇登记失业率', measure: 'level', target: '4.6%以内', actual: null, verdict: null },
  { pair: X07, region: '全国', year: 2007, indicator: '居民消费价格', measure: 'growth', target: '3%以内', actual: null, verdict: null },
];

describePairs({
  title: 'held-out batch 8 (tests/fixtures/judged pages22, pages24: whole national reports 2004–2007)',
  files: FILES8,
  pairs: PAIRS8,
  targetsIn: batch8.targetsIn,
  floor: 9,
});

// Batch 9 (the judged sample 25's texts): WHOLE national reports 2013 → 2014, from the same public file
// (tests/fixtures/judged/pages25, its manifest), the rows read by hand before the comparison was first run on them.
// As first measured: 4 of 5 stated pairs paired, no false pairs; the miss: 2013's money supply target is named
// 广义货币M2预期增长目标拟定 (the words before its figure) and read as a level; read right since branch eng-a10 (5 of 5).
const FILES9 = ['pages25/national-2013-chengjun.txt', 'pages25/national-2014-chengjun.txt'].map((f) => join(JUDGED, f));

const batch9 = pairNames();
const Y13 = batch9.pairOf('全国 2013 (whole report) → 2014 report (whole)', 'national-2013-chengjun.txt');
// no 2015 report in this batch: targets only
const Y14 = batch9.pairOf('全国 2014 (whole report) → no 2015 report', 'national-2014-chengjun.txt');

const PAIRS9: Pair[] = [
  // 2013: 国内生产总值增长7.5%左右…；居民消费价格涨幅3.5%左右；城镇新增就业900万人以上，城镇登记失业率低于4.6%; 广义货币M2
  // 预期增长目标拟定为13%左右; 今年拟安排财政赤字1.2万亿元 → 2014: 国内生产总值…比上年增长7.7%。居民消费价格涨幅控制在2.6%。
  // 城镇登记失业率4.1%。城镇新增就业1310万人; 去年财政赤字控制在预算范围内，广义货币M2增长13.6%，符合调控要求
  {
    pair: Y13,
    region: '全国',
    year: 2013,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7.5%左右',
    actual: '7.7%',
    verdict: 'met',
  },
  {
    pair: Y13,
    region: '全国',
    year: 2013,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3.5%左右',
    actual: '2.6%',
    verdict: 'met',
  },
  {
    pair: Y13,
    region: '全国',
    year: 2013,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '900万人以上',
    actual: '1310万人',
    verdict: 'met',
  },
  {
    pair: Y13,
    region: '全国',
    year: 2013,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '低于4.6%',
    actual: '4.1%',
    verdict: 'met',
  },
  {
    pair: Y13,
    region: '全国',
    year: 2013,
    indicator: '广义货币M2',
    measure: 'growth',
    target: '13%左右',
    actual: '13.6%',
    verdict: 'met',
  },
  { pair: Y13, region: '全国', year: 2013, indicator: '财政赤字', measure: 'level', target: '1.2万亿元', actual: null, verdict: null },
  // 2014: 国内生产总值增长7.5%左右，居民消费价格涨幅控制在3.5%左右，城镇新增就业1000万人以上，城镇登记失业率控制在4.6%以内;
  // 今年进出口总额预期增长7.5%左右; 今年广义货币M2预期增长13%左右
  { pair: Y14, region: '全国', year: 2014, indicator: '地区生产总值', measure: 'growth', target: '7.5%左右', actual: null, verdict: null },
  { pair: Y14, region: '全国', year: 2014, indicator: '居民消费价格', measure: 'growth', target: '3.5%左右', actual: null, verdict: null },
  {
    pair: Y14,
    region: '全国',
    year: 2014,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1000万人以上',
    actual: null,
    verdict: null,
  },
  { pair: Y14, region: '全国', year: 2014, indicator: '城镇登记失业率', measure: 'level', target: '4.6%以内', actual: null, verdict: null },
  { pair: Y14, region: '全国', year: 2014, indicator: '进出口总额', measure: 'growth', target: '7.5%左右', actual: null, verdict: null },
  { pair: Y14, region: '全国', year: 2014, indicator: '广义货币M2', measure: 'growth', target: '13%左右', actual: null, verdict: null },
];

describePairs({
  title: 'held-out batch 9 (tests/fixtures/judged pages25: whole national reports 2013–2014)',
  files: FILES9,
  pairs: PAIRS9,
  targetsIn: batch9.targetsIn,
  floor: 5,
});

// Batch 10 (the judged samples 26–33's texts): WHOLE national reports from the same public file (tests/fixtures/judged
// pages21, pages26–pages33, their manifests hold each text's address), on which the comparison had never been run:
// 2015 → 2016 → 2017, 1994 → 1995 → 1996 → 1997, 1989 → 1990 → 1991, 1985 → 1986, 1980 → 1981 (pages21: the 1981
// report's first part) and 1982 → 1983. Their rows were read by hand and committed before the comparison was first run
// on them. A chain of consecutive years is one comparison, as a reader who clipped those reports would see it.
// As first measured: 13 of 23 stated pairs paired (2015–2017 9 of 9; 1994–1997 3 of 7; 1989–1991 1 of 4; 1980–1981 0 of 1;
// 1982 0 of 2; 1985–1986 states none); 3 more judged right in value but on a restated figure (1994's prices, 1990's
// industry and agriculture); one false pair (1980's industry plan against the first half's growth); 12 of 56 targets lost.
// The causes, by family: name (a figure whose name is a clause or a comma away: 定为百分之八至九, 涨幅仍然高达…, 计划为百分之四;
// words kept: 规模, 总规模, 定, 核, 水平), measure (增长速度…定为, 回落到, 增长均为 read as levels), key folding (零售物价 / 物价 /
// 商品零售物价, 工农业生产总值 / 工农业总产值, 投资率), kind and period (计划为 read as a result; 今年上半年 as the year), units
// (亿公斤 beside 万吨); none of metadata (every report's region, year and type read right).
// Keys: the alias table's where it has the indicator; else the name a reader's row would carry. The 1980s–90s plan
// figures have none: 国民生产总值 (GNP, not GDP), 工农业总产值, 工业总产值, 农业总产值; and the 1990s' price target
// (物价上涨幅度, 零售物价上涨幅度) is the retail price index (the next year's results: 商品零售物价…百分之二十一点七,
// 零售物价涨幅…１４．８％), not the CPI: keyed 零售物价, a ceiling as every price row is.
const FILES10A = ['pages32/national-2015-chengjun.txt', 'pages33/national-2016-chengjun.txt', 'pages26/national-2017-chengjun.txt'].map(
  (f) => join(JUDGED, f),
);

const batch10a = pairNames();
const Z15 = batch10a.pairOf('全国 2015 (whole report) → 2016 report (whole)', 'national-2015-chengjun.txt');
const Z16 = batch10a.pairOf('全国 2016 (whole report) → 2017 report (whole)', 'national-2016-chengjun.txt');
// no 2018 report in this batch: targets only
const Z17 = batch10a.pairOf('全国 2017 (whole report) → no 2018 report', 'national-2017-chengjun.txt');

const PAIRS10A: Pair[] = [
  // 2015: 国内生产总值增长7%左右，居民消费价格涨幅3%左右，城镇新增就业1000万人以上，城镇登记失业率4.5%以内，进出口增长6%左右;
  // 能耗强度下降3.1%以上; 拟安排财政赤字1.62万亿元; 广义货币M2预期增长12%左右 → 2016: 国内生产总值…增长6.9%; 居民消费价格涨幅
  // 保持较低水平 (no figure); 城镇新增就业1312万人; 单位国内生产总值能耗下降5.6%; 进出口总额出现下降，预期增长目标未能实现 (no
  // figure); no unemployment rate, deficit or M2 for 2015
  {
    pair: Z15,
    region: '全国',
    year: 2015,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7%左右',
    actual: '6.9%',
    verdict: 'met',
  },
  { pair: Z15, region: '全国', year: 2015, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },
  {
    pair: Z15,
    region: '全国',
    year: 2015,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1000万人以上',
    actual: '1312万人',
    verdict: 'met',
  },
  { pair: Z15, region: '全国', year: 2015, indicator: '城镇登记失业率', measure: 'level', target: '4.5%以内', actual: null, verdict: null },
  { pair: Z15, region: '全国', year: 2015, indicator: '进出口总额', measure: 'growth', target: '6%左右', actual: null, verdict: null },
  {
    pair: Z15,
    region: '全国',
    year: 2015,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3.1%以上',
    actual: '5.6%',
    verdict: 'met',
  },
  { pair: Z15, region: '全国', year: 2015, indicator: '财政赤字', measure: 'level', target: '1.62万亿元', actual: null, verdict: null },
  { pair: Z15, region: '全国', year: 2015, indicator: '广义货币M2', measure: 'growth', target: '12%左右', actual: null, verdict: null },

  // 2016: 国内生产总值增长6.5%—7%，居民消费价格涨幅3%左右，城镇新增就业1000万人以上，城镇登记失业率 4.5%以内; 单位国内生产总值能耗
  // 下降3.4%以上; 拟安排财政赤字2.18万亿元; 广义货币M2预期增长13%左右 → 2017: 增长6.7%; 居民消费价格上涨2%; 单位国内生产总值能耗
  // 下降5%; 全年城镇新增就业1314万人; 年末城镇登记失业率4.02%; 广义货币M2增长11.3%，低于13%左右的预期目标 (no deficit figure)
  // a range met inside it
  {
    pair: Z16,
    region: '全国',
    year: 2016,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6.5%—7%',
    actual: '6.7%',
    verdict: 'met',
  },
  { pair: Z16, region: '全国', year: 2016, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: '2%', verdict: 'met' },
  {
    pair: Z16,
    region: '全国',
    year: 2016,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1000万人以上',
    actual: '1314万人',
    verdict: 'met',
  },
  {
    pair: Z16,
    region: '全国',
    year: 2016,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '4.5%以内',
    actual: '4.02%',
    verdict: 'met',
  },
  {
    pair: Z16,
    region: '全国',
    year: 2016,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3.4%以上',
    actual: '5%',
    verdict: 'met',
  },
  { pair: Z16, region: '全国', year: 2016, indicator: '财政赤字', measure: 'level', target: '2.18万亿元', actual: null, verdict: null },
  // 13%左右 reaches down to 12.5%: 11.3% is under it, as the 2017 report says
  {
    pair: Z16,
    region: '全国',
    year: 2016,
    indicator: '广义货币M2',
    measure: 'growth',
    target: '13%左右',
    actual: '11.3%',
    verdict: 'not-met',
  },

  // 2017: 国内生产总值增长6.5%左右；居民消费价格涨幅3%左右；城镇新增就业1100万人以上，城镇登记失业率4.5%以内；单位国内生产总值能耗
  // 下降3.4%以上; 财政赤字2.38万亿元; 广义货币M2和社会融资规模余额预期增长均为12%左右
  { pair: Z17, region: '全国', year: 2017, indicator: '地区生产总值', measure: 'growth', target: '6.5%左右', actual: null, verdict: null },
  { pair: Z17, region: '全国', year: 2017, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },
  {
    pair: Z17,
    region: '全国',
    year: 2017,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1100万人以上',
    actual: null,
    verdict: null,
  },
  { pair: Z17, region: '全国', year: 2017, indicator: '城镇登记失业率', measure: 'level', target: '4.5%以内', actual: null, verdict: null },
  {
    pair: Z17,
    region: '全国',
    year: 2017,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3.4%以上',
    actual: null,
    verdict: null,
  },
  { pair: Z17, region: '全国', year: 2017, indicator: '财政赤字', measure: 'level', target: '2.38万亿元', actual: null, verdict: null },
  // lost: 广义货币M2和社会融资规模余额预期增长均为12%左右 is named after both indicators and read as a level (增长均为)
  {
    pair: Z17,
    region: '全国',
    year: 2017,
    indicator: '广义货币M2',
    measure: 'growth',
    target: '12%左右',
    actual: null,
    verdict: null,
    lost: true,
  },
];

describePairs({
  title: 'held-out batch 10a (tests/fixtures/judged pages32, pages33, pages26: whole national reports 2015–2017)',
  files: FILES10A,
  pairs: PAIRS10A,
  targetsIn: batch10a.targetsIn,
  floor: 9,
});

const FILES10B = [
  'pages32/national-1994-chengjun.txt',
  'pages26/national-1995-chengjun.txt',
  'pages27/national-1996-chengjun.txt',
  'pages31/national-1997-chengjun.txt',
].map((f) => join(JUDGED, f));

const batch10b = pairNames();
const Z94 = batch10b.pairOf('全国 1994 (whole report) → 1995 report (whole)', 'national-1994-chengjun.txt');
const Z95 = batch10b.pairOf(
  '全国 1995 (whole report) → 1996 report (whole: the 九五 plan report, its last part on 1996)',
  'national-1995-chengjun.txt',
);
const Z96 = batch10b.pairOf('全国 1996 (the 九五 plan report’s last part) → 1997 report (whole)', 'national-1996-chengjun.txt');
// no 1998 report in this batch: targets only
const Z97 = batch10b.pairOf('全国 1997 (whole report) → no 1998 report', 'national-1997-chengjun.txt');

const PAIRS10B: Pair[] = [
  // 1994: 今年计划国内生产总值增长百分之九; 努力把全年零售物价上涨幅度控制在百分之十以内 → 1995: 国内生产总值…比上年增长百分之十一点八;
  // 要把全年商品零售物价上涨幅度控制在百分之十以内。虽然…涨幅仍然高达百分之二十一点七 (the target restated, then the result)
  // an exact growth target is a floor
  {
    pair: Z94,
    region: '全国',
    year: 1994,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '百分之九',
    actual: '百分之十一点八',
    verdict: 'met',
  },
  {
    pair: Z94,
    region: '全国',
    year: 1994,
    indicator: '零售物价',
    measure: 'growth',
    target: '百分之十以内',
    actual: '百分之二十一点七',
    verdict: 'not-met',
    miss: 'name: the 1995 report’s 涨幅仍然高达百分之二十一点七 is given no indicator (its subject is the sentence before); the cell is judged, rightly, against the 1996 report’s restatement of the figure (零售物价涨幅从２１．７％回落到…, keyed 零售物价, 1994), which the harness, comparing figures as written, counts false (knownFalse)',
  },

  // 1995: 今年经济增长速度的宏观调控目标，定为百分之八至九; 确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右; 力争粮食产量
  // 达到４５５０亿公斤以上 → 1996 (九、努力做好１９９６年的工作): 国内生产总值比上年增长１０．２％，零售物价涨幅从２１．７％回落到１４．８％;
  // 粮食总产量达到４６５０亿公斤
  // a range met above its top
  {
    pair: Z95,
    region: '全国',
    year: 1995,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '百分之八至九',
    actual: '１０．２％',
    verdict: 'met',
    // 今年经济增长速度的宏观调控目标，定为百分之八至九: named by the clause before, a growth, since 2026-12-08 (rate-said-before.ts)
  },
  // a price ceiling about 15%: 14.8% is under it
  {
    pair: Z95,
    region: '全国',
    year: 1995,
    indicator: '零售物价',
    measure: 'growth',
    target: '百分之十五左右',
    actual: '１４．８％',
    verdict: 'met',
  },
  {
    pair: Z95,
    region: '全国',
    year: 1995,
    indicator: '粮食产量',
    measure: 'level',
    target: '４５５０亿公斤以上',
    actual: '４６５０亿公斤',
    verdict: 'met',
  },

  // 1996: 今年经济增长速度的调控目标定为８％，物价上涨幅度控制在１０％左右，固定资产投资率定为３２％左右 → 1997: 去年政府工作报告提出，
  // 物价涨幅要从１４．８％降到１０％左右…实际回落到６．１％; 国内生产总值…比上年增长９．７％ (no investment rate for 1996)
  {
    pair: Z96,
    region: '全国',
    year: 1996,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '８％',
    actual: '９．７％',
    verdict: 'met',
  },
  {
    pair: Z96,
    region: '全国',
    year: 1996,
    // (both reports say 物价 — 物价上涨幅度控制在１０％左右; 物价涨幅…实际回落到６．１％: written 零售物价 before the first run,
    // looked for in the 物价 row from 2026-12-08, when 物价 was folded into neither index, and in 零售物价 again since 物价 of a
    // year up to 2000 is the retail index; target, result and verdict as read then)
    indicator: '零售物价',
    measure: 'growth',
    target: '１０％左右',
    actual: '６．１％',
    verdict: 'met',
  },
  {
    pair: Z96,
    region: '全国',
    year: 1996,
    indicator: '固定资产投资率',
    measure: 'level',
    target: '３２％左右',
    actual: null,
    verdict: null,
  },

  // 1997: 经济增长速度的调控目标定为８％; 今年全社会固定资产投资调控目标为２５３００亿元，投资率为３２％
  { pair: Z97, region: '全国', year: 1997, indicator: '地区生产总值', measure: 'growth', target: '８％', actual: null, verdict: null },
  {
    pair: Z97,
    region: '全国',
    year: 1997,
    indicator: '全社会固定资产投资',
    measure: 'level',
    target: '２５３００亿元',
    actual: null,
    verdict: null,
  },
  {
    pair: Z97,
    region: '全国',
    year: 1997,
    indicator: '固定资产投资率',
    measure: 'level',
    target: '３２％',
    actual: null,
    verdict: null,
  },
];

describePairs({
  title: 'held-out batch 10b (tests/fixtures/judged pages32, pages26, pages27, pages31: whole national reports 1994–1997)',
  files: FILES10B,
  pairs: PAIRS10B,
  targetsIn: batch10b.targetsIn,
  floor: 6,
  // right in value (the 1996 report restates 1994's figure), counted false because the figure is written otherwise
  knownFalse: [`${Z94} 零售物价 百分之十以内 → 1994: against ２１．７％ → not-met`],
});

const FILES10C = ['pages31/national-1989-chengjun.txt', 'pages28/national-1990-chengjun.txt', 'pages30/national-1991-chengjun.txt'].map(
  (f) => join(JUDGED, f),
);

const batch10c = pairNames();
const Z89 = batch10c.pairOf('全国 1989 (whole report) → 1990 report (whole)', 'national-1989-chengjun.txt');
const Z90 = batch10c.pairOf('全国 1990 (whole report) → 1991 plan report (whole, twice in the file’s line)', 'national-1990-chengjun.txt');
// no 1992 report in this batch: targets only
const Z91 = batch10c.pairOf('全国 1991 (plan report) → no 1992 report', 'national-1991-chengjun.txt');

const PAIRS10C: Pair[] = [
  // 1989: 今年全社会固定资产投资规模要比上年压缩９２０亿元，减少２１％; 今年的全国社会集团购买力…压缩２０％ → 1990: 去年全社会固定资产
  // 投资共完成４０００亿元，比上年减少近５００亿元 (a level and an absolute fall, no rate); nothing on 集团购买力. 1989's price goal (物价
  // 上涨幅度明显低于１９８８年) has no figure.
  // lost: keyed 全社会固定资产投资规模 (规模 kept)
  {
    pair: Z89,
    region: '全国',
    year: 1989,
    indicator: '全社会固定资产投资',
    measure: 'growth',
    target: '２１％',
    actual: null,
    verdict: null,
    lost: true,
  },
  // lost: named 水平 (要在１９８８年水平的基础上压缩２０％: the word before the figure, not the sentence's subject)
  {
    pair: Z89,
    region: '全国',
    year: 1989,
    indicator: '社会集团购买力',
    measure: 'growth',
    target: '２０％',
    actual: null,
    verdict: null,
    lost: true,
  },

  // 1990: 国家计划要求今年的国民生产总值比上年增长百分之五，工业总产值增长百分之六，农业总产值增长百分之四，粮食产量达到４１２５０万吨 →
  // 1991: 全年国民生产总值一万七千四百亿元，比上年增长５％; 全国粮食总产量达到四千三百五十亿公斤; 农业总产值…比上年增长６．９％，超过计划
  // 增长４％的要求; 全国工业总产值…比上年增长７．６％，超过计划增长６％的要求
  // an exact floor met exactly
  {
    pair: Z90,
    region: '全国',
    year: 1990,
    indicator: '国民生产总值',
    measure: 'growth',
    target: '百分之五',
    actual: '５％',
    verdict: 'met',
  },
  {
    pair: Z90,
    region: '全国',
    year: 1990,
    indicator: '工业总产值',
    measure: 'growth',
    target: '百分之六',
    actual: '７．６％',
    verdict: 'met',
  },
  {
    pair: Z90,
    region: '全国',
    year: 1990,
    indicator: '农业总产值',
    measure: 'growth',
    target: '百分之四',
    actual: '６．９％',
    verdict: 'met',
  },
  // 4350亿公斤 is 43500万吨: over the plan's 41250万吨
  {
    pair: Z90,
    region: '全国',
    year: 1990,
    indicator: '粮食产量',
    measure: 'level',
    target: '４１２５０万吨',
    actual: '四千三百五十亿公斤',
    verdict: 'met',
    // (the result in 亿公斤 beside the target in 万吨: one row since 2026-12-08, 公斤 read as 10^-3 吨)
  },

  // 1991: 农业总产值比上年增长３．５％，工业总产值增长６％；国民生产总值增长４．５％; 全社会固定资产投资总规模五千亿元; 计划安排粮食总产量
  // 四千二百五十亿公斤
  { pair: Z91, region: '全国', year: 1991, indicator: '国民生产总值', measure: 'growth', target: '４．５％', actual: null, verdict: null },
  { pair: Z91, region: '全国', year: 1991, indicator: '工业总产值', measure: 'growth', target: '６％', actual: null, verdict: null },
  { pair: Z91, region: '全国', year: 1991, indicator: '农业总产值', measure: 'growth', target: '３．５％', actual: null, verdict: null },
  {
    pair: Z91,
    region: '全国',
    year: 1991,
    indicator: '全社会固定资产投资',
    measure: 'level',
    target: '五千亿元',
    actual: null,
    verdict: null,
  },
  {
    pair: Z91,
    region: '全国',
    year: 1991,
    indicator: '粮食产量',
    measure: 'level',
    target: '四千二百五十亿公斤',
    actual: null,
    verdict: null,
  },
];

describePairs({
  title: 'held-out batch 10c (tests/fixtures/judged pages31, pages28, pages30: whole national reports 1989–1991)',
  files: FILES10C,
  pairs: PAIRS10C,
  targetsIn: batch10c.targetsIn,
  floor: 4,
  // right: the 1991 report restates the 1990 plan's ６％, which is also how it writes its own 1991 target, and the
  // harness tells a target by its text and file
  knownFalse: [`${Z91} 工业总产值 ６％ → 1990: against ７．６％ → met`],
});

// 1985 set few figures for the year (a reform report); 1986 is the 七五 plan report, whose review gives 1985's levels
// against 1980 and nothing on these two cuts: no stated pair
const FILES10D = ['pages29/national-1985-chengjun.txt', 'pages28/national-1986-chengjun.txt'].map((f) => join(JUDGED, f));

const batch10d = pairNames();
const Z85 = batch10d.pairOf('全国 1985 (whole report) → 1986 report (the 七五 plan report)', 'national-1985-chengjun.txt');

const PAIRS10D: Pair[] = [
  // 1985: 今年的行政经费预算，从中央到地方，一律削减１０％，集团购买力要按上年实际数额核减２０％
  { pair: Z85, region: '全国', year: 1985, indicator: '行政经费预算', measure: 'growth', target: '１０％', actual: null, verdict: null },
  // lost: named 集团购买力要按上年实际数额核 (the words between the name and the figure kept, the verb 核减 cut in two)
  {
    pair: Z85,
    region: '全国',
    year: 1985,
    indicator: '集团购买力',
    measure: 'growth',
    target: '２０％',
    actual: null,
    verdict: null,
    lost: true,
  },
];

describePairs({
  title: 'held-out batch 10d (tests/fixtures/judged pages29, pages28: national reports 1985–1986)',
  files: FILES10D,
  pairs: PAIRS10D,
  targetsIn: batch10d.targetsIn,
  floor: 0,
});

// The 1980 report is the plan report of August 1980 (关于１９８０、１９８１年国民经济计划安排的报告): its targets are for 1980
// (restated) and for 1981; the 1981 report (November 1981, its first part) states 1981's results as estimates.
const FILES10E = ['pages30/national-1980-chengjun.txt', 'pages21/national-1981-chengjun.txt'].map((f) => join(JUDGED, f));

const batch10e = pairNames();
const Z80 = batch10e.pairOf('全国 1980 and 1981 plans (the 1980 plan report) → 1981 report (first part)', 'national-1980-chengjun.txt');

const PAIRS10E: Pair[] = [
  // 1980's own plan: 全年工业总产值计划比上年增长６％，预计可以超过; １９８０年计划基本建设投资总额控制在５００亿元 (the 1981 part states
  // no 1980 figure of these)
  { pair: Z80, region: '全国', year: 1980, indicator: '工业总产值', measure: 'growth', target: '６％', actual: null, verdict: null },
  {
    pair: Z80,
    region: '全国',
    year: 1980,
    indicator: '基本建设投资总额',
    measure: 'level',
    target: '５００亿元',
    actual: null,
    verdict: null,
  },
  // 1981's: 工农业总产值，比１９８０年预计增长５．５％，其中，农业总产值增长４％，工业总产值增长６％; 粮食产量３４，２５０万吨; 钢产量
  // ３，５００万吨; 进出口总额５５９亿元; 社会商品零售总额２，２００亿元 → 1981: 工农业生产总值…将比上年增长３％以上 (the plan was cut in
  // February 1981, the 1981 report says; the comparison holds the 1980 report's figure); 粮食总产量预计可以接近１９７９年的水平,
  // 社会商品零售额…增长９％ (a growth, not the level planned), 进出口总额…有较多的增长: no figure for the others
  {
    pair: Z80,
    region: '全国',
    year: 1981,
    indicator: '工农业总产值',
    measure: 'growth',
    target: '５．５％',
    actual: '３％以上',
    verdict: 'not-met',
    // the result is named 工农业生产总值 (工农业生产总值…将比上年增长３％以上): one row with 工农业总产值 since the fold of 2026-12-08
  },
  { pair: Z80, region: '全国', year: 1981, indicator: '农业总产值', measure: 'growth', target: '４％', actual: null, verdict: null },
  {
    pair: Z80,
    region: '全国',
    year: 1981,
    indicator: '粮食产量',
    measure: 'level',
    target: '３４，２５０万吨',
    actual: null,
    verdict: null,
  },
  { pair: Z80, region: '全国', year: 1981, indicator: '钢产量', measure: 'level', target: '３，５００万吨', actual: null, verdict: null },
  { pair: Z80, region: '全国', year: 1981, indicator: '进出口总额', measure: 'level', target: '５５９亿元', actual: null, verdict: null },
  {
    pair: Z80,
    region: '全国',
    year: 1981,
    indicator: '社会商品零售总额',
    measure: 'level',
    target: '２，２００亿元',
    actual: null,
    verdict: null,
  },
];

describePairs({
  title: 'held-out batch 10e (tests/fixtures/judged pages30, pages21: the 1980 plan report → the 1981 report’s first part)',
  files: FILES10E,
  pairs: PAIRS10E,
  targetsIn: batch10e.targetsIn,
  floor: 1,
  // a false pair: 1980's plan (全年工业总产值计划比上年增长６％) judged against the first half's growth (今年上半年…工业总产值比去年
  // 同期增长了１３．６％), read as the year's result
  knownFalse: [`${Z80} 工业总产值 ６％ → 1980: against １３．６％ → met`],
});

// The 1982 report (30 November 1982, the 六五 plan report) restates the 1981 and 1982 plans' growth of 工农业总产值 beside
// their results (1982's an estimate); the 1983 report (June 1983) gives 1982's output only against 1978 (增长百分之三十二点六,
// a span), so the results are the 1982 report's own, the only ones stated.
const FILES10F = ['pages33/national-1982-chengjun.txt', 'pages29/national-1983-chengjun.txt'].map((f) => join(JUDGED, f));

const batch10f = pairNames();
const Z82 = batch10f.pairOf(
  '全国 1981 and 1982 plans, restated (1982 report) → their results (1982 report; 1983 none)',
  'national-1982-chengjun.txt',
);

const PAIRS10F: Pair[] = [
  // 工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；一九八二年计划为百分之四，预计可以达到百分之六点四
  {
    pair: Z82,
    region: '全国',
    year: 1981,
    indicator: '工农业总产值',
    measure: 'growth',
    target: '百分之三点七',
    actual: '百分之四点六',
    verdict: 'met',
    // 工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六: both named by the clause before, growths, since
    // 2026-12-08 (rate-said-before.ts)
  },
  {
    pair: Z82,
    region: '全国',
    year: 1982,
    indicator: '工农业总产值',
    measure: 'growth',
    target: '百分之四',
    actual: '百分之六点四',
    verdict: 'met',
    // paired since 2026-12-07: the rate named before goes on past the ';' to a part that only sets its figure the same way
    // (rate-said-before.ts), and a plan set against its estimate in a report of the year's end (预计可以达到) is the year's
    // target (restated-targets.ts); as first measured 一九八二年计划为百分之四 was read as a result, 百分之六点四 named 可以
  },
];

describePairs({
  title: 'held-out batch 10f (tests/fixtures/judged pages33, pages29: national reports 1982–1983)',
  files: FILES10F,
  pairs: PAIRS10F,
  targetsIn: batch10f.targetsIn,
  floor: 2,
});

// Batch 10, second part: three more pairs of the judged samples' whole national reports whose comparison had never been run,
// beyond the brief's list: 2014 → 2015 (pages25 → pages32), 2007 → 2008 (pages24 → pages27) and 1991 → 1992 (pages30 →
// pages20). Rows read by hand and committed before the comparison was first run on these pairs (the 1991 report's own clips
// had been read for 10c; the 1992 report's, the 2008 report's and the 2014–2015 pair's had not). As first measured: 8 of 9
// stated pairs paired (2014 4 of 4, 2007 1 of 1, 1991 3 of 4: the miss is 10c's units), no false pair but 10c's restatement.
const FILES10G = ['pages25/national-2014-chengjun.txt', 'pages32/national-2015-chengjun.txt'].map((f) => join(JUDGED, f));

const batch10g = pairNames();
const Z14 = batch10g.pairOf('全国 2014 (whole report) → 2015 report (whole)', 'national-2014-chengjun.txt');

const PAIRS10G: Pair[] = [
  // 2014: 国内生产总值增长7.5%左右，居民消费价格涨幅控制在3.5%左右，城镇新增就业1000万人以上，城镇登记失业率控制在4.6%以内; 今年拟安排
  // 财政赤字13500亿元; 今年广义货币M2预期增长13%左右; 今年进出口总额预期增长7.5%左右; 今年能源消耗强度要降低3.9%以上 → 2015: 国内生产总值
  // …比上年增长7.4%; 城镇新增就业1322万人; 居民消费价格上涨2%; 能耗强度下降4.8% (no unemployment rate, trade, M2 or deficit figure for 2014)
  // 7.5%左右 is a half point: it reaches down to 7.25%
  {
    pair: Z14,
    region: '全国',
    year: 2014,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7.5%左右',
    actual: '7.4%',
    verdict: 'met',
  },
  { pair: Z14, region: '全国', year: 2014, indicator: '居民消费价格', measure: 'growth', target: '3.5%左右', actual: '2%', verdict: 'met' },
  {
    pair: Z14,
    region: '全国',
    year: 2014,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1000万人以上',
    actual: '1322万人',
    verdict: 'met',
  },
  { pair: Z14, region: '全国', year: 2014, indicator: '城镇登记失业率', measure: 'level', target: '4.6%以内', actual: null, verdict: null },
  { pair: Z14, region: '全国', year: 2014, indicator: '财政赤字', measure: 'level', target: '13500亿元', actual: null, verdict: null },
  { pair: Z14, region: '全国', year: 2014, indicator: '广义货币M2', measure: 'growth', target: '13%左右', actual: null, verdict: null },
  { pair: Z14, region: '全国', year: 2014, indicator: '进出口总额', measure: 'growth', target: '7.5%左右', actual: null, verdict: null },
  {
    pair: Z14,
    region: '全国',
    year: 2014,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3.9%以上',
    actual: '4.8%',
    verdict: 'met',
  },
];

describePairs({
  title: 'held-out batch 10g (tests/fixtures/judged pages25, pages32: whole national reports 2014–2015)',
  files: FILES10G,
  pairs: PAIRS10G,
  targetsIn: batch10g.targetsIn,
  floor: 4,
});

const FILES10H = ['pages24/national-2007-chengjun.txt', 'pages27/national-2008-chengjun.txt'].map((f) => join(JUDGED, f));

const batch10h = pairNames();
const Z07 = batch10h.pairOf('全国 2007 (the file’s part) → 2008 report (whole: a five-year review)', 'national-2007-chengjun.txt');

const PAIRS10H: Pair[] = [
  // 2007: 国内生产总值增长8%左右; 城镇新增就业人数不低于900万人，城镇登记失业率控制在4.6%以内; 居民消费价格总水平涨幅在3%以内; 今年中央财政
  // 赤字拟安排2450亿元 → 2008 (a review of five years): 去年居民消费价格总水平比上年上涨4.8%; 2007's output only against 2002 (比2002年
  // 增长65.5%), jobs only as a five-year average (平均每年城镇新增就业1000多万人), no unemployment rate, no deficit outturn
  { pair: Z07, region: '全国', year: 2007, indicator: '地区生产总值', measure: 'growth', target: '8%左右', actual: null, verdict: null },
  {
    pair: Z07,
    region: '全国',
    year: 2007,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '不低于900万人',
    actual: null,
    verdict: null,
  },
  { pair: Z07, region: '全国', year: 2007, indicator: '城镇登记失业率', measure: 'level', target: '4.6%以内', actual: null, verdict: null },
  // a ceiling of 3% against a rise of 4.8%
  {
    pair: Z07,
    region: '全国',
    year: 2007,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%以内',
    actual: '4.8%',
    verdict: 'not-met',
  },
  { pair: Z07, region: '全国', year: 2007, indicator: '中央财政赤字', measure: 'level', target: '2450亿元', actual: null, verdict: null },
];

describePairs({
  title: 'held-out batch 10h (tests/fixtures/judged pages24, pages27: whole national reports 2007–2008)',
  files: FILES10H,
  pairs: PAIRS10H,
  targetsIn: batch10h.targetsIn,
  floor: 1,
});

const FILES10I = ['pages30/national-1991-chengjun.txt', 'pages20/national-1992-chengjun.txt'].map((f) => join(JUDGED, f));

const batch10i = pairNames();
const Z91B = batch10i.pairOf('全国 1991 (plan report) → 1992 report (whole)', 'national-1991-chengjun.txt');

const PAIRS10I: Pair[] = [
  // 1991: 农业总产值比上年增长３．５％，工业总产值增长６％；国民生产总值增长４．５％; 全社会固定资产投资总规模五千亿元; 计划安排粮食总产量
  // 四千二百五十亿公斤 → 1992: １９９１年国民生产总值比上年增长百分之七。粮食产量达到４３５２４万吨…农业总产值比上年增长百分之三…工业生产
  // 增长较快，总产值比上年增长百分之十四点二; 全社会固定资产投资比上年增长百分之十八点六 (a growth, not the level planned)
  {
    pair: Z91B,
    region: '全国',
    year: 1991,
    indicator: '国民生产总值',
    measure: 'growth',
    target: '４．５％',
    actual: '百分之七',
    verdict: 'met',
  },
  {
    pair: Z91B,
    region: '全国',
    year: 1991,
    indicator: '工业总产值',
    measure: 'growth',
    target: '６％',
    actual: '百分之十四点二',
    verdict: 'met',
  },
  // an exact floor of 3.5% against 3%
  {
    pair: Z91B,
    region: '全国',
    year: 1991,
    indicator: '农业总产值',
    measure: 'growth',
    target: '３．５％',
    actual: '百分之三',
    verdict: 'not-met',
  },
  // 43524万吨 is 4352.4亿公斤: over the plan's 4250亿公斤
  {
    pair: Z91B,
    region: '全国',
    year: 1991,
    indicator: '粮食产量',
    measure: 'level',
    target: '四千二百五十亿公斤',
    actual: '４３５２４万吨',
    verdict: 'met',
    // (one row of 万吨 since 2026-12-08, as 1990's in 10c)
  },
  {
    pair: Z91B,
    region: '全国',
    year: 1991,
    indicator: '全社会固定资产投资',
    measure: 'level',
    target: '五千亿元',
    actual: null,
    verdict: null,
  },
];

describePairs({
  title: 'held-out batch 10i (tests/fixtures/judged pages30, pages20: national reports 1991–1992)',
  files: FILES10I,
  pairs: PAIRS10I,
  targetsIn: batch10i.targetsIn,
  floor: 4,
  // right, as in 10c: the 1991 report's restatement of the 1990 plan (超过计划增长６％的要求) is written as its own 1991 target
  knownFalse: [`${Z91B} 工业总产值 ６％ → 1990: against ７．６％ → met`],
});

// Batch 11: consecutive whole national reports already in the fixtures (tests/fixtures/judged pages18–pages36, their
// manifests hold each text's address; tests/fixtures/report-pairs for 2009 and 2011), on which the comparison had never been
// run for these years: 1997 → 1998 → … → 2004, 2011 → 2012 → 2013, 2008 → 2009 and 1992 → 1993 → 1994. Rows read by hand
// from the texts and committed before the comparison was first run on them. The 1987 → 1988 → 1989 chain gives no rows: the
// 1987 report sets no plan figure for the year (only 行政费…节约１０％), the 1988 report only the five years' (到１９９２年…
// 平均每年增长７．５％左右, 每年增产原煤３０００万吨以上), and 1989's targets are 10c's. 2000–2002 set no growth target: their
// only plan figure is the year's long-term construction bonds, whose outturn the next report does not state.
// As first measured: 13 of 16 stated pairs paired (1997–2004 3 of 4; 2011–2013 6 of 7; 2008–2009 3 of 4; 1992–1994 1 of 1),
// no false pair; 7 of 45 targets lost. Every report's region, year and type read right (no metadata cause); the 1998
// report's spaced digits (8 ．8 ％) and the 1999 report's middle-dot point (14·1％) read right. The causes, by family:
// name (a word of the plan kept in the key: 全社会固定资产投资预定, 中央财政预算赤字, 中央财政赤字预算, 固定资产投资总规模,
// 中央财政安排“三农”支出) and key folding (投资率; 长期国债 beside 长期建设国债; 财政赤字占国内生产总值的比重 beside 赤字率); none of
// kind, period or units. Now 16 of 16 and none lost: the keys fold the budget's and the plan's own
// words (预定, 预算, 安排, 总规模), 投资率 (and 10b's 固定资产投资率定, lost no more), 长期国债 and the deficit ratio spelled out
// (lib/compare/aliases.ts, database version 10).
const FILES11A = [
  'pages31/national-1997-chengjun.txt',
  'pages36/national-1998-chengjun.txt',
  'pages18/national-1999-chengjun.txt',
  'pages35/national-2000-chengjun.txt',
  'pages19/national-2001-chengjun.txt',
  'pages18/national-2002-chengjun.txt',
  'pages36/national-2003-chengjun.txt',
  'pages22/national-2004-chengjun.txt',
].map((f) => join(JUDGED, f));

const batch11a = pairNames();
const B97 = batch11a.pairOf(
  '全国 1997 (whole report) → 1998 report (whole: a five-year review, digits spaced)',
  'national-1997-chengjun.txt',
);
const B98 = batch11a.pairOf('全国 1998 (whole report, digits spaced) → 1999 report (whole)', 'national-1998-chengjun.txt');
const B99 = batch11a.pairOf('全国 1999 (whole report) → 2000 report (whole)', 'national-1999-chengjun.txt');
const B00 = batch11a.pairOf('全国 2000 (whole report) → 2001 report (whole: the 十五 plan report)', 'national-2000-chengjun.txt');
const B01 = batch11a.pairOf('全国 2001 (the 十五 plan report) → 2002 report (whole)', 'national-2001-chengjun.txt');
const B02 = batch11a.pairOf('全国 2002 (whole report) → 2003 report (whole: a five-year review)', 'national-2002-chengjun.txt');
const B03 = batch11a.pairOf('全国 2003 (whole report) → 2004 report (whole)', 'national-2003-chengjun.txt');

const PAIRS11A: Pair[] = [
  // 1997: 经济增长速度的调控目标定为８％，物价上涨幅度比去年的实际涨幅低一些 (no figure); 今年全社会固定资产投资调控目标为２５３００亿元，
  // 投资率为３２％ → 1998 (a review of five years, every digit followed by a space): 去年经济增长8 ．8 ％，商品零售价格涨幅为0 ．8 ％;
  // investment only as five years' sum (五年全社会固定资产投资累计完成近1 0 万亿元), no investment rate
  {
    pair: B97,
    region: '全国',
    year: 1997,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '８％',
    actual: '8 ．8 ％',
    verdict: 'met',
  },
  {
    pair: B97,
    region: '全国',
    year: 1997,
    indicator: '全社会固定资产投资',
    measure: 'level',
    target: '２５３００亿元',
    actual: null,
    verdict: null,
  },
  {
    pair: B97,
    region: '全国',
    year: 1997,
    indicator: '固定资产投资率',
    measure: 'level',
    target: '３２％',
    actual: null,
    verdict: null,
  },

  // 1998: 今年国民经济宏观调控的主要目标是：经济增长速度8 ％，商品零售价格涨幅控制在3 ％以内; 今年全社会固定资产投资预定增长1 0 ％或者
  // 更多一些 → 1999: 国内生产总值比上年增长7.8％，虽然略低于8％的预定目标; 全社会固定资产投资增长14·1％ (a middle dot for the point);
  // 社会商品零售价格和消费价格的总水平都比上年下降 (no figure)
  // an exact 8% is a floor: 7.8% does not meet it, as the 1999 report says
  {
    pair: B98,
    region: '全国',
    year: 1998,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '8 ％',
    actual: '7.8％',
    verdict: 'not-met',
  },
  { pair: B98, region: '全国', year: 1998, indicator: '零售物价', measure: 'growth', target: '3 ％以内', actual: null, verdict: null },
  {
    pair: B98,
    region: '全国',
    year: 1998,
    indicator: '全社会固定资产投资',
    measure: 'growth',
    target: '1 0 ％',
    actual: '14·1％',
    verdict: 'met',
  },

  // 1999: 今年的经济增长预期为7％左右; 今年中央财政预算赤字1503亿元 → 2000: 国内生产总值增长率达到预期目标 (no figure); no deficit outturn
  { pair: B99, region: '全国', year: 1999, indicator: '地区生产总值', measure: 'growth', target: '7％左右', actual: null, verdict: null },
  {
    pair: B99,
    region: '全国',
    year: 1999,
    indicator: '中央财政赤字',
    measure: 'level',
    target: '1503亿元',
    actual: null,
    verdict: null,
  },

  // 2000–2002: no growth target; the bonds planned (2000: 发行1000亿元长期国债; 2001: 继续发行1500亿元长期建设国债; 2002: 今年拟发行
  // １５００亿元长期建设国债), no year's outturn next year (2003: 发行６６００亿元长期建设国债, five years' sum)
  {
    pair: B00,
    region: '全国',
    year: 2000,
    indicator: '长期建设国债',
    measure: 'level',
    target: '1000亿元',
    actual: null,
    verdict: null,
  },
  { pair: B01, region: '全国', year: 2001, indicator: '长期建设国债', measure: 'level', target: '1500亿元', actual: null, verdict: null },
  {
    pair: B02,
    region: '全国',
    year: 2002,
    indicator: '长期建设国债',
    measure: 'level',
    target: '１５００亿元',
    actual: null,
    verdict: null,
  },

  // 2003: 今年经济增长预期目标为７％左右; 今年拟发行１４００亿元长期建设国债 → 2004: 国内生产总值比上年增长９．１％; the bonds only as a
  // difference (今年拟发行建设国债１１００亿元，比上年减少３００亿元)
  {
    pair: B03,
    region: '全国',
    year: 2003,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '７％左右',
    actual: '９．１％',
    verdict: 'met',
  },
  {
    pair: B03,
    region: '全国',
    year: 2003,
    indicator: '长期建设国债',
    measure: 'level',
    target: '１４００亿元',
    actual: null,
    verdict: null,
  },
];

describePairs({
  title: 'held-out batch 11a (tests/fixtures/judged pages31, 36, 18, 35, 19, 22: whole national reports 1997–2004)',
  files: FILES11A,
  pairs: PAIRS11A,
  targetsIn: batch11a.targetsIn,
  floor: 4,
});

const FILES11B = [
  join(TEXTS, 'national-2011-chengjun-report.txt'),
  ...['pages35/national-2012-chengjun.txt', 'pages25/national-2013-chengjun.txt'].map((f) => join(JUDGED, f)),
];

const batch11b = pairNames();
const B11 = batch11b.pairOf('全国 2011 (whole report) → 2012 report (whole)', 'national-2011-chengjun-report.txt');
const B12 = batch11b.pairOf('全国 2012 (whole report) → 2013 report (whole: a five-year review)', 'national-2012-chengjun.txt');

const PAIRS11B: Pair[] = [
  // 2011: 国内生产总值增长8%左右；…居民消费价格总水平涨幅控制在4%左右；城镇新增就业900万人以上，城镇登记失业率控制在4.6%以内; 今年拟
  // 安排财政赤字9000亿元，其中中央财政赤字7000亿元…赤字率下降到2%左右; 广义货币增长目标为16%; 今年中央财政用于“三农”的投入拟安排
  // 9884.5亿元 → 2012: 国内生产总值47．2万亿元，比上年增长9．2%…城镇新增就业1221万人; 中央财政“三农”支出超过1万亿元; the CPI only
  // in words (涨幅从8月份起逐月回落), no unemployment rate, deficit or M2 for 2011
  {
    pair: B11,
    region: '全国',
    year: 2011,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '8%左右',
    actual: '9．2%',
    verdict: 'met',
  },
  { pair: B11, region: '全国', year: 2011, indicator: '居民消费价格', measure: 'growth', target: '4%左右', actual: null, verdict: null },
  {
    pair: B11,
    region: '全国',
    year: 2011,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '900万人以上',
    actual: '1221万人',
    verdict: 'met',
  },
  { pair: B11, region: '全国', year: 2011, indicator: '城镇登记失业率', measure: 'level', target: '4.6%以内', actual: null, verdict: null },
  { pair: B11, region: '全国', year: 2011, indicator: '财政赤字', measure: 'level', target: '9000亿元', actual: null, verdict: null },
  { pair: B11, region: '全国', year: 2011, indicator: '中央财政赤字', measure: 'level', target: '7000亿元', actual: null, verdict: null },
  { pair: B11, region: '全国', year: 2011, indicator: '赤字率', measure: 'level', target: '2%左右', actual: null, verdict: null },
  { pair: B11, region: '全国', year: 2011, indicator: '广义货币M2', measure: 'growth', target: '16%', actual: null, verdict: null },
  // a budget line planned at 9884.5亿元, spent above 1万亿元
  {
    pair: B11,
    region: '全国',
    year: 2011,
    indicator: '中央财政三农投入',
    measure: 'level',
    target: '9884.5亿元',
    actual: '超过1万亿元',
    verdict: 'met',
  },

  // 2012: 国内生产总值增长7．5%；城镇新增就业900万人以上，城镇登记失业率控制在4．6%以内；居民消费价格涨幅控制在4%左右；进出口总额增长
  // 10%左右; 今年拟安排财政赤字8000亿元，赤字率下降到1．5%左右，其中中央财政赤字5500亿元; 广义货币预期增长14%; 今年中央财政用于“三农”
  // 的投入拟安排12287亿元 → 2013 (a review of five years): 2012年…国内生产总值增长7.8%，城镇新增就业1266万人，居民消费价格涨幅回落到2.6%;
  // 财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%左右; trade only as a five-year average, 三农 as five years' sum; no
  // unemployment rate, deficit or M2 for 2012
  { pair: B12, region: '全国', year: 2012, indicator: '地区生产总值', measure: 'growth', target: '7．5%', actual: '7.8%', verdict: 'met' },
  {
    pair: B12,
    region: '全国',
    year: 2012,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '900万人以上',
    actual: '1266万人',
    verdict: 'met',
  },
  {
    pair: B12,
    region: '全国',
    year: 2012,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '4．6%以内',
    actual: null,
    verdict: null,
  },
  { pair: B12, region: '全国', year: 2012, indicator: '居民消费价格', measure: 'growth', target: '4%左右', actual: '2.6%', verdict: 'met' },
  { pair: B12, region: '全国', year: 2012, indicator: '进出口总额', measure: 'growth', target: '10%左右', actual: null, verdict: null },
  { pair: B12, region: '全国', year: 2012, indicator: '财政赤字', measure: 'level', target: '8000亿元', actual: null, verdict: null },
  // about 1.5% against about 1.5%: the same bar, met whichever way the row reads
  {
    pair: B12,
    region: '全国',
    year: 2012,
    indicator: '赤字率',
    measure: 'level',
    target: '1．5%左右',
    actual: '1.5%左右',
    verdict: 'met',
  },
  { pair: B12, region: '全国', year: 2012, indicator: '中央财政赤字', measure: 'level', target: '5500亿元', actual: null, verdict: null },
  { pair: B12, region: '全国', year: 2012, indicator: '广义货币M2', measure: 'growth', target: '14%', actual: null, verdict: null },
  {
    pair: B12,
    region: '全国',
    year: 2012,
    indicator: '中央财政三农投入',
    measure: 'level',
    target: '12287亿元',
    actual: null,
    verdict: null,
  },
];

describePairs({
  title: 'held-out batch 11b (tests/fixtures/report-pairs 2011, judged pages35, pages25: whole national reports 2011–2013)',
  files: FILES11B,
  pairs: PAIRS11B,
  targetsIn: batch11b.targetsIn,
  floor: 7,
});

const FILES11C = [join(JUDGED, 'pages27/national-2008-chengjun.txt'), join(TEXTS, 'national-2009-chengjun-report.txt')];

const batch11c = pairNames();
const B08 = batch11c.pairOf('全国 2008 (whole report) → 2009 report (whole, PDF spacing)', 'national-2008-chengjun.txt');

const PAIRS11C: Pair[] = [
  // 2008: 国内生产总值增长8%左右；居民消费价格总水平涨幅控制在4.8%左右；城镇新增就业1000万人，城镇登记失业率控制在4.5%左右; 中央财政
  // 赤字预算拟安排1800亿元; 今年中央财政安排“三农”支出5625亿元; 今年中央财政将安排科技支出1134亿元 → 2009: 国内生产总值…比上年增长9% ；
  // 物价总水平涨幅得到控制 (no figure)…城镇新增就业1113 万人; 全年中央财政用于“三农”的投入5955 亿元; 中央财政科技投入1163 亿元; no
  // unemployment rate, no deficit outturn
  { pair: B08, region: '全国', year: 2008, indicator: '地区生产总值', measure: 'growth', target: '8%左右', actual: '9%', verdict: 'met' },
  { pair: B08, region: '全国', year: 2008, indicator: '居民消费价格', measure: 'growth', target: '4.8%左右', actual: null, verdict: null },
  // an exact count is a floor
  {
    pair: B08,
    region: '全国',
    year: 2008,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1000万人',
    actual: '1113 万人',
    verdict: 'met',
  },
  { pair: B08, region: '全国', year: 2008, indicator: '城镇登记失业率', measure: 'level', target: '4.5%左右', actual: null, verdict: null },
  {
    pair: B08,
    region: '全国',
    year: 2008,
    indicator: '中央财政赤字',
    measure: 'level',
    target: '1800亿元',
    actual: null,
    verdict: null,
  },
  {
    pair: B08,
    region: '全国',
    year: 2008,
    indicator: '中央财政三农投入',
    measure: 'level',
    target: '5625亿元',
    actual: '5955 亿元',
    verdict: 'met',
  },
  {
    pair: B08,
    region: '全国',
    year: 2008,
    indicator: '中央财政科技投入',
    measure: 'level',
    target: '1134亿元',
    actual: '1163 亿元',
    verdict: 'met',
  },
];

describePairs({
  title: 'held-out batch 11c (tests/fixtures/judged pages27, report-pairs 2009: whole national reports 2008–2009)',
  files: FILES11C,
  pairs: PAIRS11C,
  targetsIn: batch11c.targetsIn,
  floor: 4,
});

const FILES11E = ['pages20/national-1992-chengjun.txt', 'pages18/national-1993-chengjun.txt', 'pages32/national-1994-chengjun.txt'].map(
  (f) => join(JUDGED, f),
);

const batch11e = pairNames();
const B92 = batch11e.pairOf('全国 1992 (whole report) → 1993 report (whole: a five-year review)', 'national-1992-chengjun.txt');
const B93 = batch11e.pairOf('全国 1993 (whole report) → 1994 report (whole)', 'national-1993-chengjun.txt');

const PAIRS11E: Pair[] = [
  // 1992: 今年计划要求…国民生产总值增长百分之六，全社会固定资产投资增长百分之八…社会商品零售总额增长百分之十二点三…零售物价上涨幅度
  // 控制在百分之六以内; 今年全国固定资产投资总规模为５７００亿元 → 1993 (a review of five years): 刚刚过去的１９９２年…国民生产总值比上年
  // 增长百分之十二点八; investment only as five years' sum (五年全社会固定资产投资完成２６０００亿元), prices in words (物价相对稳定), no
  // retail sales figure for 1992
  {
    pair: B92,
    region: '全国',
    year: 1992,
    indicator: '国民生产总值',
    measure: 'growth',
    target: '百分之六',
    actual: '百分之十二点八',
    verdict: 'met',
  },
  {
    pair: B92,
    region: '全国',
    year: 1992,
    indicator: '全社会固定资产投资',
    measure: 'growth',
    target: '百分之八',
    actual: null,
    verdict: null,
  },
  // 社会商品零售总额 counts farm inputs sold to farmers: not 社会消费品零售总额
  {
    pair: B92,
    region: '全国',
    year: 1992,
    indicator: '社会商品零售总额',
    measure: 'growth',
    target: '百分之十二点三',
    actual: null,
    verdict: null,
  },
  { pair: B92, region: '全国', year: 1992, indicator: '零售物价', measure: 'growth', target: '百分之六以内', actual: null, verdict: null },
  {
    pair: B92,
    region: '全国',
    year: 1992,
    indicator: '全社会固定资产投资',
    measure: 'level',
    target: '５７００亿元',
    actual: null,
    verdict: null,
  },

  // 1993: 今年国民生产总值计划增长百分之八 → 1994: 国内生产总值…比上年增长百分之十三点四 (GDP, not the GNP planned: no GNP figure for 1993,
  // and GNP is kept apart from GDP, as in 10c and 10i)
  { pair: B93, region: '全国', year: 1993, indicator: '国民生产总值', measure: 'growth', target: '百分之八', actual: null, verdict: null },
];

describePairs({
  title: 'held-out batch 11e (tests/fixtures/judged pages20, pages18, pages32: whole national reports 1992–1994)',
  files: FILES11E,
  pairs: PAIRS11E,
  targetsIn: batch11e.targetsIn,
  floor: 1,
});

// Batch 12 (split holdout12): PROVINCES, a province's targets for year N against the results its year-N+1 report states
// for N, on texts the comparison had never been run on: 四川 2009 → 2010, 江苏 2009 → 2010, 陕西 2009 → 2010, 北京 2009 → 2010,
// 河北 2023 → 2024 and 福建 2013 → 2014. The results side of 江苏, 陕西 and 北京 is the openings of their 2010 reports in
// tests/fixtures/judged/pages37 (traditional characters; a forum's anti-copy noise; a compilation that writes the year 20xx);
// the 四川 2009 and 福建 2013 target pages are judged/pages14's and detect-corpus's (pointed at, not copied); the other seven are
// new in tests/fixtures/report-pairs (their manifest lines). Rows read by hand from the texts and committed before the
// comparison was first run on them. One comparison over all twelve files, as a reader who clipped them all would see it.
// Keys: the alias table's where it has the indicator (地方财政一般预算收入 and 地方一般预算收入 are 一般公共预算收入, the name
// the budget law gave it in 2014); else the name the page gives (财政总收入, 地方财政收入, 地方公共财政收入, 农民人均纯收入:
// each a different total or an older survey, not folded).
// As first measured: 17 of 24 stated pairs paired (四川 7/8, 江苏 1/2, 陕西 0/2, 北京 0/2, 河北 6/7, 福建 3/3), no false pair,
// 7 of 29 targets lost. Every result page's region read right, and every result but 北京's dated. The causes, by family:
// metadata (the year of a page: 陕西's news item dated only by its stamp 2009-04-30 and its 2008年 review, 北京's by 2009年是…,
// and the 北京 opening that prints its year 20xx: their figures stand in the yearless column); kind (力保…增长9%…的目标 read as
// a result); name (a lead-in with the region before it, 河北经济社会发展主要预期目标是地区生产总值; 各部门、各区县必须力保全市GDP;
// two incomes joined by 和…分别, not split); key folding (地方一般预算收入 beside 地方财政一般预算收入); units (a per-mille in words,
// 千分之四点五以内, not read). None of period or verdict: every target clipped under its year was judged right.
// After a province's congress session dated a page (lib/detect/session-years.ts): 北京's 20xx opening is 2010, from its
// 北京市第十四届人民代表大会第三次会议, and both its pairs pair.
const DETECT_TEXTS = join(ROOT, 'tests/fixtures/detect-corpus/texts');
const FILES12 = [
  join(JUDGED, 'pages14/province-sichuan-2009-targets-news.txt'),
  join(TEXTS, 'prov-sichuan-2010-pouringspot-report.txt'),
  join(TEXTS, 'prov-jiangsu-2009-chinagate-targets.txt'),
  join(JUDGED, 'pages37/province-jiangsu-2010-trad.txt'),
  join(TEXTS, 'prov-shaanxi-2009-zhongtushe-targets.txt'),
  join(JUDGED, 'pages37/province-shaanxi-2010-trad-forum.txt'),
  join(TEXTS, 'prov-beijing-2009-govcn-targets.txt'),
  join(JUDGED, 'pages37/province-beijing-2010-20xx.txt'),
  join(TEXTS, 'prov-hebei-2023-xuehua-targets.txt'),
  join(TEXTS, 'prov-hebei-2024-hebnews-review.txt'),
  join(DETECT_TEXTS, 'news-fujian-2013-targets.txt'),
  join(TEXTS, 'prov-fujian-2014-fjsen-review.txt'),
];

const batch12 = pairNames();
const SC09 = batch12.pairOf('四川 2009 (cctv news, judged pages14) → 2010 report (pouringspot)', 'province-sichuan-2009-targets-news.txt');
const JS09 = batch12.pairOf(
  '江苏 2009 (chinagate, report page 2) → 2010 report (pages37, traditional)',
  'prov-jiangsu-2009-chinagate-targets.txt',
);
const SX09 = batch12.pairOf(
  '陕西 2009 (zhongtushe: the 形势报告会 news) → 2010 report (pages37, forum, traditional)',
  'prov-shaanxi-2009-zhongtushe-targets.txt',
);
const BJ09 = batch12.pairOf(
  '北京 2009 (gov.cn: 常务会议 news) → 2010 report (pages37, year written 20xx)',
  'prov-beijing-2009-govcn-targets.txt',
);
const HE23 = batch12.pairOf('河北 2023 (xuehua: 21世纪经济报道) → 2024 report (河北日报 reading)', 'prov-hebei-2023-xuehua-targets.txt');
const FJ13 = batch12.pairOf('福建 2013 (ciudsrc, detect-corpus) → 2014 report (fjsen news)', 'news-fujian-2013-targets.txt');

// SX09, as first measured: metadata gave the page no year (its stamp 2009-04-30 was not read; its 2008年 review and 预计全年 did
// not date 今年), so its targets stood in the yearless column; paired since 2026-12-07 (branch detect10): a stamp whose story first
// names the year before it dates the page (lib/detect/page-year.ts)
const PAIRS12: Pair[] = [
  // 四川 2009: 全省生产总值增长9%…地方财政一般预算收入增长10%;城镇新增就业62万人,城镇登记失业率控制在4.5%以内,城镇居民人均可支配收入增长
  // 10%,农民人均纯收入增长8%以上;居民消费价格上涨幅度控制在5%左右,人口自然增长率控制在千分之四点五以内 → 2010: 全省生产总值14151.3亿元,
  // 增长14.5%;地方财政一般预算收入1174.2亿元,增长21.9%;城镇新增就业72万人,城镇登记失业率4.3%;城镇居民人均可支配收入13904元,增长
  // 10.1%;农民人均纯收入4462元,增长8.3%;居民消费价格上涨0.8%;人口自然增长率2.7‰ (完成灾后重建主要目标任务的72% has no like result)
  { pair: SC09, region: '四川省', year: 2009, indicator: '地区生产总值', measure: 'growth', target: '9%', actual: '14.5%', verdict: 'met' },
  {
    pair: SC09,
    region: '四川省',
    year: 2009,
    indicator: '一般公共预算收入',
    measure: 'growth',
    target: '10%',
    actual: '21.9%',
    verdict: 'met',
  },
  // an exact count is a floor
  {
    pair: SC09,
    region: '四川省',
    year: 2009,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '62万人',
    actual: '72万人',
    verdict: 'met',
  },
  {
    pair: SC09,
    region: '四川省',
    year: 2009,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '4.5%以内',
    actual: '4.3%',
    verdict: 'met',
  },
  {
    pair: SC09,
    region: '四川省',
    year: 2009,
    indicator: '城镇居民人均可支配收入',
    measure: 'growth',
    target: '10%',
    actual: '10.1%',
    verdict: 'met',
  },
  {
    pair: SC09,
    region: '四川省',
    year: 2009,
    indicator: '农村居民人均纯收入',
    measure: 'growth',
    target: '8%以上',
    actual: '8.3%',
    verdict: 'met',
  },
  // a price ceiling: 0.8% is under 5%左右
  {
    pair: SC09,
    region: '四川省',
    year: 2009,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '5%左右',
    actual: '0.8%',
    verdict: 'met',
  },
  {
    pair: SC09,
    region: '四川省',
    year: 2009,
    indicator: '人口自然增长率',
    measure: 'level',
    target: '千分之四点五以内',
    actual: '2.7‰',
    verdict: 'met',
    // paired since 2026-12-07 (as first measured, a per-mille written in words was not read as a figure: quantities.ts)
  },

  // 江苏 2009: 地区生产总值增长10%,地方一般预算收入增长10%,全社会固定资产投资增 (the page's end) → 2010 (traditional): 實現地區生產總值
  // 34061億元,比上年增長12.4%…地方財政一般預算收入3229億元,增長18.2%; the budget revenue named two ways, one indicator
  {
    pair: JS09,
    region: '江苏省',
    year: 2009,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '10%',
    actual: '12.4%',
    verdict: 'met',
  },
  {
    pair: JS09,
    region: '江苏省',
    year: 2009,
    indicator: '一般公共预算收入',
    measure: 'growth',
    target: '10%',
    actual: '18.2%',
    verdict: 'met',
    // paired since 2026-12-07: as first measured the target 地方一般预算收入增长10% was keyed 地方一般预算收入 (not in the alias
    // table) and the result 地方財政一般預算收入 folded to 一般公共预算收入: two rows
  },

  // 陕西 2009: 生产总值增长13%左右,财政总收入增长15%,城镇居民人均可支配收入和农民人均纯收入分别实际增长10%以上 → 2010 (traditional, forum
  // noise): 生產總值8186.65億元,增長13.6%;完成財政總收入1389.5億元,增長25.8%…預計城鎮居民人均可支配收入14600元、農民人均純收入3500元
  // 以上,均以兩位數的速度增長 (no growth figure)
  {
    pair: SX09,
    region: '陕西省',
    year: 2009,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '13%左右',
    actual: '13.6%',
    verdict: 'met',
  },
  {
    pair: SX09,
    region: '陕西省',
    year: 2009,
    indicator: '财政总收入',
    measure: 'growth',
    target: '15%',
    actual: '25.8%',
    verdict: 'met',
  },
  // lost: 城镇居民人均可支配收入和农民人均纯收入分别实际增长10%以上 is one clip keyed by both names joined (JOINTS know only 城乡居民…), its
  // text 10% (the page breaks the line before 以上)
  {
    pair: SX09,
    region: '陕西省',
    year: 2009,
    indicator: '城镇居民人均可支配收入',
    measure: 'growth',
    target: '10%以上',
    actual: null,
    verdict: null,
    lost: true,
  },
  {
    pair: SX09,
    region: '陕西省',
    year: 2009,
    indicator: '农村居民人均纯收入',
    measure: 'growth',
    target: '10%以上',
    actual: null,
    verdict: null,
    lost: true,
  },

  // 北京 2009: 力保全市GDP增长9%和地方财政收入增长10%以上的目标 → 2010 (its year printed 20xx年 throughout): 全市地区生产总值达到11865.9亿元,
  // 比上年增长10.1%…完成地方财政收入2026.8亿元,增长10.3%
  {
    pair: BJ09,
    region: '北京市',
    year: 2009,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '9%',
    actual: '10.1%',
    verdict: 'met',
    // clipped as a target under its indicator since 力保 says one and the clause that sets it is no part of the key
  },
  {
    pair: BJ09,
    region: '北京市',
    year: 2009,
    indicator: '地方财政收入',
    measure: 'growth',
    target: '10%以上',
    actual: '10.3%',
    verdict: 'met',
    // clipped as a target since 力保 says one (tense-cues.ts), still of no year
  },

  // 河北 2023: 地区生产总值增长6%左右,一般公共预算收入增长6%左右,规模以上工业增加值增长5.5%以上,固定资产投资增长6.5%左右,社会消费品零售
  // 总额增长6%以上,进出口总值增长5%;居民人均可支配收入增长6.5% → 2024: 全省生产总值增长5.5%,一般公共预算收入增长5.7%,规模以上工业增加值
  // 增长6.9%,固定资产投资增长6.3%,社会消费品零售总额增长9.6%,进出口总值增长7.4%,居民人均可支配收入增长6.6%
  // 6%左右 is met from 5.5% (whole points ±0.5): 5.5% and 5.7% meet it
  {
    pair: HE23,
    region: '河北省',
    year: 2023,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6%左右',
    actual: '5.5%',
    verdict: 'met',
    // paired since 2026-12-07: as first measured 2023年河北经济社会发展主要预期目标是地区生产总值增长6%左右 was keyed
    // 河北经济社会发展主要预期目标是地区生产总值 (a lead-in with the region named before 经济社会发展 was not taken off)
  },
  {
    pair: HE23,
    region: '河北省',
    year: 2023,
    indicator: '一般公共预算收入',
    measure: 'growth',
    target: '6%左右',
    actual: '5.7%',
    verdict: 'met',
  },
  {
    pair: HE23,
    region: '河北省',
    year: 2023,
    indicator: '规模以上工业增加值',
    measure: 'growth',
    target: '5.5%以上',
    actual: '6.9%',
    verdict: 'met',
  },
  // 6.5%左右 is met from 6.25% (half points ±0.25): 6.3% meets it
  {
    pair: HE23,
    region: '河北省',
    year: 2023,
    indicator: '全社会固定资产投资',
    measure: 'growth',
    target: '6.5%左右',
    actual: '6.3%',
    verdict: 'met',
  },
  {
    pair: HE23,
    region: '河北省',
    year: 2023,
    indicator: '社会消费品零售总额',
    measure: 'growth',
    target: '6%以上',
    actual: '9.6%',
    verdict: 'met',
  },
  { pair: HE23, region: '河北省', year: 2023, indicator: '进出口总额', measure: 'growth', target: '5%', actual: '7.4%', verdict: 'met' },
  {
    pair: HE23,
    region: '河北省',
    year: 2023,
    indicator: '居民人均可支配收入',
    measure: 'growth',
    target: '6.5%',
    actual: '6.6%',
    verdict: 'met',
  },

  // 福建 2013: 全省生产总值增长11%左右 (in the lead and again in the list);地方公共财政收入增长12%;全社会固定资产投资增长20%…城镇登记失业率
  // 控制在4.2%以内;社会消费品零售总额增长15%…农民人均纯收入增长11%左右 (the price target garbled: 丈夫控制在累右) → 2014: 2013年全省生产总值
  // 21910亿元,增长11%…地方公共财政收入2118.67亿元,增长19.3%…农民人均纯收入11184元,增长12.2%; no investment, unemployment or retail figure
  {
    pair: FJ13,
    region: '福建省',
    year: 2013,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '11%左右',
    actual: '11%',
    verdict: 'met',
  },
  {
    pair: FJ13,
    region: '福建省',
    year: 2013,
    indicator: '地方公共财政收入',
    measure: 'growth',
    target: '12%',
    actual: '19.3%',
    verdict: 'met',
  },
  {
    pair: FJ13,
    region: '福建省',
    year: 2013,
    indicator: '全社会固定资产投资',
    measure: 'growth',
    target: '20%',
    actual: null,
    verdict: null,
  },
  {
    pair: FJ13,
    region: '福建省',
    year: 2013,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '4.2%以内',
    actual: null,
    verdict: null,
  },
  {
    pair: FJ13,
    region: '福建省',
    year: 2013,
    indicator: '社会消费品零售总额',
    measure: 'growth',
    target: '15%',
    actual: null,
    verdict: null,
  },
  {
    pair: FJ13,
    region: '福建省',
    year: 2013,
    indicator: '农村居民人均纯收入',
    measure: 'growth',
    target: '11%左右',
    actual: '12.2%',
    verdict: 'met',
  },
];

describePairs({
  title: 'held-out batch 12 (provinces: 四川, 江苏, 陕西, 北京 2009; 河北 2023; 福建 2013)',
  files: FILES12,
  pairs: PAIRS12,
  targetsIn: batch12.targetsIn,
  // 20 as first measured; 22 since 陕西's page is dated by its stamp
  floor: 24,
});

// Batch 12, second part (split holdout12 too): 江苏 2008 → 2009 and 吉林 2017 → 2018, found after the first part was run and
// its rows read by hand before the comparison was run on these four files (built apart from the first part, as `npm run
// compare` would be run on them alone). The 江苏 results are the government spokesman's account of 2008 (traditional, with
// pinyin readings after characters: 增長(zhǎng)12.5%左右), not the 2009 report. As first measured: 1 of 3 stated pairs paired (吉林
// 2017's GDP, not met), no false pair; the two 江苏 misses are metadata's: the notice is given the region 人大一次会议批准了省 (from
// 省十一届人大一次会议批准了省政府工作报告, a region read before 省政府工作报告), not 江苏省 from its title line 江苏省政府关于印发…, so its
// targets stand in a column of their own; the results, readings and all, are read right.
// JS08_MISS, as first measured: the notice's region was read as 人大一次会议批准了省 (省十一届人大一次会议批准了省政府工作报告), not 江苏省
// from its title 江苏省政府关于印发… (a sentence in which a congress approved the report is no title: metadata.ts)
const FILES12B = [
  'prov-jiangsu-2008-fymate-targets.txt',
  'prov-jiangsu-2009-nakedoat-review-trad.txt',
  'prov-jilin-2017-gkcyc-targets.txt',
  'prov-jilin-2018-fang-review.txt',
].map((f) => join(TEXTS, f));

const batch12b = pairNames();
const JS08 = batch12b.pairOf(
  '江苏 2008 (fymate: 苏政发〔2008〕25号) → 2008 results (nakedoat: the spokesman, traditional)',
  'prov-jiangsu-2008-fymate-targets.txt',
);
const JL17 = batch12b.pairOf('吉林 2017 (gkcyc news) → 2018 report (fang: 东亚经贸新闻)', 'prov-jilin-2017-gkcyc-targets.txt');

const PAIRS12B: Pair[] = [
  // 江苏 2008: 1.地区生产总值增长11%。 2.单位生产总值能耗下降4.4%。 → 全省地區生產總值增長12.5%左右;單位地區生產總值能耗下降4.6%左右
  // (the list is cut at 3.化学需氧量和: no other target)
  {
    pair: JS08,
    region: '江苏省',
    year: 2008,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '11%',
    actual: '12.5%左右',
    verdict: 'met',
    // paired since 2026-12-07 (as first measured, JS08_MISS)
  },
  // a fall of about 4.6% (4.55–4.65) clears a fall of 4.4%
  {
    pair: JS08,
    region: '江苏省',
    year: 2008,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '4.4%',
    actual: '4.6%左右',
    verdict: 'met',
    // paired since 2026-12-07 (as first measured, JS08_MISS)
  },

  // 吉林 2017: 地区生产总值增长7%左右,地方级财政收入增长3%左右 → 2018: 2017年,吉林省地区生产总值增长5.3% (no fiscal figure for 2017)
  // 7%左右 is met from 6.5%: 5.3% is not
  {
    pair: JL17,
    region: '吉林省',
    year: 2017,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7%左右',
    actual: '5.3%',
    verdict: 'not-met',
  },
  {
    pair: JL17,
    region: '吉林省',
    year: 2017,
    indicator: '地方级财政收入',
    measure: 'growth',
    target: '3%左右',
    actual: null,
    verdict: null,
  },
];

describePairs({
  title: 'held-out batch 12, second part (provinces: 江苏 2008, 吉林 2017)',
  files: FILES12B,
  pairs: PAIRS12B,
  targetsIn: batch12b.targetsIn,
  floor: 3,
});

// Batch 13 (split holdout13): national targets of years no batch here pairs (2023 → 2024, 2024 → 2025, 2025 → 2026) and
// provinces none pairs (山东 2018 → 2019, 上海 2024 → 2025 and 2020 → 2021, 云南 2012 → 2013), on texts the comparison had
// never been run on: news pages, reposts in traditional characters (one with simplified glosses after characters: 數(shù)),
// a province's plan (not its report's list), the statistics bureau's figures where no page of the next report gave them.
// The 上海 2024 pair points at a detect-corpus page (its targets) and the whole 2025 report in /work/shared/eval/real-dev;
// the other twelve texts are new in tests/fixtures/report-pairs (their manifest lines). Rows read by hand from the texts
// and committed before the comparison was first run on them. One comparison over all fourteen files, as a reader who
// clipped them all would see it.
// As first measured: 7 of 29 stated pairs paired (全国 2023 4/5, 全国 2024 0/5, 全国 2025 4/4, 山东 0/9, 上海 2024 0/4, 上海 2020 0/1,
// 云南 0/2), no false pair, 12 of 40 targets lost (山东's nine, the two 上海 R&D ratios, and 云南's 突破一萬億元 as the row first gave its
// text: 一萬億元, without the qualifier the mention model puts in a mention's text; corrected to the clip's surface). The causes,
// by family: kind (the 山东 plan's 預期 figures read as results, and of 2017: 9); metadata (the region of a page: the 2025 national
// page given 江苏省 from its source line 來源:江蘇廣電總臺, 5; the 云南 2012 GDP page given 全国, 2; the year of a page: the 上海 2024
// targets page dated only by its session, 3 and the R&D ratio's, and the 山东 2019 page, under the kind misses); key folding (全國城鎮
// 調查失業率均值, 1; 全社会研发经费支出相当于全市生产总值的比例, 上海's every-year name of the R&D ratio, 2). None of units, period or
// verdict: every stated pair whose target and result met in one cell was judged right.
// After the alias table learnt 城镇调查失业率均值 and 上海's name of the R&D ratio (and a headline's 国内GDP): 8 of 29, no false
// pair, 9 targets lost (山东's). 上海 2020's R&D ratio pairs; 上海 2024's is keyed right but its target is yearless; 全国 2023's
// unemployment result now meets two targets, the list's 5.5%左右 and the communiqué's restatement 低于5.5%左右的預期目標 read as a
// target with qualifier below (the engine's). The other misses are the engine's or metadata's, left to those who work there.
// After the engine read a year planned leading its clause (2018年預期…, main 9ec4bf4): 6 targets lost; 山东's 就业, 失业率 and 物价
// targets are clipped as 2018's targets, but still unpaired (the 2019 page gives no year).
// After a province's congress session dated a page (lib/detect/session-years.ts: 十三届人大二次会议 on 山东's page → 2019;
// 上海市第十六届人大二次会议 → 2024): 山东's 就业, 失业率 and 物价 pair, and 上海 2024's four. After a national story's
// source line (來源:江蘇廣電總臺) stopped naming its region (lib/detect/report-region.ts): 全国 2024's pairs. After a
// headline's place came before a national bureau the story names (云南2012年GDP增速13%…; 云南省统计局发布国家统计局…): 云南's growth.
// After a place named as its clause's subject left a name (云南將力爭|GDP, lib/extract/place-subject.ts) and 元人民幣 became
// 元's row (lib/compare/units.ts): 云南's 突破一萬億元人民幣, met by 10309.8亿元.
// After 低于 before a target restated (低于5.5%左右的預期目標) stopped bounding it: 全国 2023's unemployment meets one target.
// After 預期 leading its clause after a year or before a comma (2018年預期全省…, 《計劃》預期,…) and a plan's 計劃壓減 were read
// as target words (lib/extract/tense-cues.ts): 山东 2018's six plan figures pair.
const REAL_DEV = join(SHARED, 'eval/real-dev/reports');
const FILES13 = [
  join(TEXTS, 'national-2023-scholarmate-targets.txt'),
  join(TEXTS, 'national-2024-0492-nbs-review-trad.txt'),
  join(TEXTS, 'national-2024-yhgelaimei-targets-trad.txt'),
  join(TEXTS, 'national-2025-glaivesports-targets-trad.txt'),
  join(TEXTS, 'national-2025-chinaoilrecycling-review-trad.txt'),
  join(TEXTS, 'national-2026-hk01-review-trad.txt'),
  join(TEXTS, 'prov-shandong-2018-925eat-plan-targets-trad.txt'),
  join(TEXTS, 'prov-shandong-2019-qtv-review.txt'),
  join(DETECT_TEXTS, 'news-shanghai-2024-targets.txt'),
  join(REAL_DEV, 'prov-shanghai-2025.txt'),
  join(TEXTS, 'prov-shanghai-2020-shzx-targets.txt'),
  join(TEXTS, 'prov-shanghai-2021-shgov-report.txt'),
  join(TEXTS, 'prov-yunnan-2012-wwwk001k-targets-trad.txt'),
  join(TEXTS, 'prov-yunnan-2013-taiwancn-nbs.txt'),
];

const batch13 = pairNames();
const N23 = batch13.pairOf(
  '全国 2023 (scholarmate abstract) → 2023 communiqué (0492: 深圳特区报, traditional)',
  'national-2023-scholarmate-targets.txt',
);
const N24 = batch13.pairOf(
  '全国 2024 (yhgelaimei, traditional) → 2025 report (chinaoilrecycling: 数观两会, glossed)',
  'national-2024-yhgelaimei-targets-trad.txt',
);
const N25 = batch13.pairOf(
  '全国 2025 (glaivesports; chinaoilrecycling restates them) → 2026 report (hk01, traditional)',
  'national-2025-glaivesports-targets-trad.txt',
  'national-2025-chinaoilrecycling-review-trad.txt',
);
const SD18 = batch13.pairOf(
  '山东 2018 (925eat: the 2018 plan, traditional) → 2019 report (qtv news)',
  'prov-shandong-2018-925eat-plan-targets-trad.txt',
);
const SH24 = batch13.pairOf('上海 2024 (checne, detect-corpus) → 2025 report (real-dev, whole)', 'news-shanghai-2024-targets.txt');
const SH20 = batch13.pairOf(
  '上海 2020 (shzx: 上观新闻) → 2021 report (shanghai.gov.cn, its opening)',
  'prov-shanghai-2020-shzx-targets.txt',
);
const YN12 = batch13.pairOf(
  '云南 2012 (wwwk001k: 中新网, traditional) → 2012 GDP (taiwan.cn: 国家统计局 final)',
  'prov-yunnan-2012-wwwk001k-targets-trad.txt',
);

const PAIRS13: Pair[] = [
  // 全国 2023: 国内生产总值增长5%左右;城镇新增就业1200万人左右,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;粮食产量保持在1.3万亿斤
  // 以上 → the communiqué (traditional): GDP…比上年增長5.2%,實現了5%左右的預期目標;全國城鎮調查失業率均值為5.2%…低于5.5%左右的預期
  // 目標;城鎮新增就業1244萬人;居民消費價格(CPI)比上年上漲0.2% (no grain figure)
  { pair: N23, region: '全国', year: 2023, indicator: '地区生产总值', measure: 'growth', target: '5%左右', actual: '5.2%', verdict: 'met' },
  // an amount about 1200万 reaches 5% below it: 1244万 meets it
  {
    pair: N23,
    region: '全国',
    year: 2023,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1200万人左右',
    actual: '1244萬人',
    verdict: 'met',
  },
  // a ceiling (less is better): 5.2% is under 5.5%左右
  {
    pair: N23,
    region: '全国',
    year: 2023,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%左右',
    actual: '5.2%',
    verdict: 'met',
    // as first measured, the result was keyed 城镇调查失业率均值 (全國城鎮調查失業率均值為5.2%), not folded; folded since, it met a second
    // target, the communiqué's 低于5.5%左右的預期目標 read with 低于 as its bound, until a comparison before a target restated stopped
    // bounding it (lib/extract/qualifiers.ts): 5.5%左右, the list's target
  },
  { pair: N23, region: '全国', year: 2023, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: '0.2%', verdict: 'met' },
  { pair: N23, region: '全国', year: 2023, indicator: '粮食产量', measure: 'level', target: '1.3万亿斤以上', actual: null, verdict: null },

  // 全国 2024 (traditional; its year only the session's, 十四屆全國人大二次會議): 國內生產總值增長5%左右;城鎮新增就業1200萬人以上,城鎮調查
  // 失業率5.5%左右;居民消費價格漲幅3%左右…糧食產量1.3萬億斤以上;單位國內生產總值能耗降低2.5%左右 → 2025 (glosses after characters):
  // 國(guó)內(nèi)生產(chǎn)總值達(dá)到134.9萬(wàn)億元,增長(zhǎng)5%…城鎮(zhèn)新增就業(yè)1256萬(wàn)人、城鎮(zhèn)調(diào)查失業(yè)率平均為5.1%。
  // 居民消費(fèi)價格上漲0.2%…糧食產(chǎn)量首次躍上1.4萬(wàn)億斤新臺(tái)階 (no energy figure)
  {
    pair: N24,
    region: '全国',
    year: 2024,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '5%左右',
    actual: '5%',
    verdict: 'met',
  },
  {
    pair: N24,
    region: '全国',
    year: 2024,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1200萬人以上',
    actual: '1256萬(wàn)人',
    verdict: 'met',
  },
  {
    pair: N24,
    region: '全国',
    year: 2024,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%左右',
    actual: '5.1%',
    verdict: 'met',
  },
  {
    pair: N24,
    region: '全国',
    year: 2024,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%左右',
    actual: '0.2%',
    verdict: 'met',
  },
  // 首次躍上1.4萬億斤: a level past 1.4 (1.4–1.5), above the floor of 1.3萬億斤以上
  {
    pair: N24,
    region: '全国',
    year: 2024,
    indicator: '粮食产量',
    measure: 'level',
    target: '1.3萬億斤以上',
    actual: '1.4萬(wàn)億斤',
    verdict: 'met',
  },
  {
    pair: N24,
    region: '全国',
    year: 2024,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '2.5%左右',
    actual: null,
    verdict: null,
  },

  // 全国 2025: 國內生產總值增長5%左右;城鎮(zhèn)調查失業率5.5%左右,城鎮(zhèn)新增就業(yè)1200萬人以上;居民消費價格漲幅2%左右…糧食產量1.4萬億斤
  // 左右;單位國內生產總值能耗降低3%左右 (glaivesports; restated on the 2025 page above) → 2026 (hk01): 國內生產總值增長5%…城鎮新增就業
  // 1267萬人,城鎮調查失業率平均為5.2%…糧食產量達到1.43萬億斤 (no price or energy figure)
  { pair: N25, region: '全国', year: 2025, indicator: '地区生产总值', measure: 'growth', target: '5%左右', actual: '5%', verdict: 'met' },
  {
    pair: N25,
    region: '全国',
    year: 2025,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%左右',
    actual: '5.2%',
    verdict: 'met',
  },
  {
    pair: N25,
    region: '全国',
    year: 2025,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1200萬人以上',
    actual: '1267萬人',
    verdict: 'met',
  },
  { pair: N25, region: '全国', year: 2025, indicator: '居民消费价格', measure: 'growth', target: '2%左右', actual: null, verdict: null },
  // an amount about 1.4 reaches 5% below it: 1.43 meets it
  {
    pair: N25,
    region: '全国',
    year: 2025,
    indicator: '粮食产量',
    measure: 'level',
    target: '1.4萬億斤左右',
    actual: '1.43萬億斤',
    verdict: 'met',
  },
  {
    pair: N25,
    region: '全国',
    year: 2025,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3%左右',
    actual: null,
    verdict: null,
  },

  // 山东 2018, the plan (traditional): 全省生產總值增長7%以上,一般公共預算收入增長6.5%,固定資產投資增長8%左右,社會消費品零售總額增長10%
  // 左右…城鎮新增就業110萬人,城鎮登記失業率控制在4%以內;居民消費價格漲幅3%左右…城鎮和農村居民人均可支配收入分別增長8%和8.5% → 2019:
  // 生产总值…比上年增长6.4%…固定资产投资、社会消费品零售总额分别增长4.1%、8.8%…城镇新增就业136.8万人,城镇登记失业率控制在3.35%,
  // 居民消费价格上涨2.5%…地方一般公共预算收入6485亿元,增长6.3%…城乡居民人均可支配收入分别增长7.5%和7.8%
  {
    pair: SD18,
    region: '山东省',
    year: 2018,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7%以上',
    actual: '6.4%',
    verdict: 'not-met',
  },
  // an exact growth is a floor: 6.3% misses 6.5%
  {
    pair: SD18,
    region: '山东省',
    year: 2018,
    indicator: '一般公共预算收入',
    measure: 'growth',
    target: '6.5%',
    actual: '6.3%',
    verdict: 'not-met',
  },
  // 8%左右 is met from 7.5%: 4.1% is not
  {
    pair: SD18,
    region: '山东省',
    year: 2018,
    indicator: '全社会固定资产投资',
    measure: 'growth',
    target: '8%左右',
    actual: '4.1%',
    verdict: 'not-met',
  },
  // 10%左右 is met from 9.5%: 8.8% is not
  {
    pair: SD18,
    region: '山东省',
    year: 2018,
    indicator: '社会消费品零售总额',
    measure: 'growth',
    target: '10%左右',
    actual: '8.8%',
    verdict: 'not-met',
  },
  {
    pair: SD18,
    region: '山东省',
    year: 2018,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '110萬人',
    actual: '136.8万人',
    verdict: 'met',
  },
  {
    pair: SD18,
    region: '山东省',
    year: 2018,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '4%以內',
    actual: '3.35%',
    verdict: 'met',
  },
  {
    pair: SD18,
    region: '山东省',
    year: 2018,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%左右',
    actual: '2.5%',
    verdict: 'met',
  },
  // 分別…8%和8.5% and 分别…7.5%和7.8%: the urban and the rural income each, both missed
  {
    pair: SD18,
    region: '山东省',
    year: 2018,
    indicator: '城镇居民人均可支配收入',
    measure: 'growth',
    target: '8%',
    actual: '7.5%',
    verdict: 'not-met',
  },
  {
    pair: SD18,
    region: '山东省',
    year: 2018,
    indicator: '农村居民人均可支配收入',
    measure: 'growth',
    target: '8.5%',
    actual: '7.8%',
    verdict: 'not-met',
  },

  // 上海 2024 (the page gives no year: 上海市第十六届人大二次会议1月23日…): 全市生产总值增长5%左右,地方一般公共预算收入增长5%,全社会研发经费
  // 支出相当于全市生产总值的比例达到4.5%左右,城镇调查失业率5%以内…居民消费价格涨幅3%左右 → 2025 report: 全市生产总值增长5%…地方一般公共
  // 预算收入达到8374.2亿元、增长0.7%,居民消费价格与上年基本持平,城镇调查失业率平均为4.2%…全社会研发经费支出相当于全市生产总值的比例达到
  // 4.4%左右
  {
    pair: SH24,
    region: '上海市',
    year: 2024,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '5%左右',
    actual: '5%',
    verdict: 'met',
  },
  {
    pair: SH24,
    region: '上海市',
    year: 2024,
    indicator: '一般公共预算收入',
    measure: 'growth',
    target: '5%',
    actual: '0.7%',
    verdict: 'not-met',
  },
  // R&D spending over GDP as 上海 words it; 4.5%左右 is met from 4.25% (half points ±0.25): about 4.4% (4.35–4.45) meets it
  {
    pair: SH24,
    region: '上海市',
    year: 2024,
    indicator: '研发经费投入强度',
    measure: 'level',
    target: '4.5%左右',
    actual: '4.4%左右',
    verdict: 'met',
    // folded since 全社会研发经费支出相当于全市生产总值的比例 is one of its names (as first measured, not: a row of its own)
  },
  {
    pair: SH24,
    region: '上海市',
    year: 2024,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5%以内',
    actual: '4.2%',
    verdict: 'met',
  },
  { pair: SH24, region: '上海市', year: 2024, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },

  // 上海 2020: 全市生产总值增长6%左右,地方一般公共预算收入与上年基本持平,全社会研发经费支出相当于全市生产总值的比例保持在4%左右,城镇调查失业率、
  // 城镇登记失业率分别为4.8%左右和4.3%左右…居民消费价格涨幅3%左右 → 2021 report's opening: 全社会研发经费支出相当于全市生产总值的比例提高到
  // 4.1%左右; 一季度全市生产总值大幅下降6.7% is a quarter's, not the year's (which falls after the cut)
  { pair: SH20, region: '上海市', year: 2020, indicator: '地区生产总值', measure: 'growth', target: '6%左右', actual: null, verdict: null },
  {
    pair: SH20,
    region: '上海市',
    year: 2020,
    indicator: '研发经费投入强度',
    measure: 'level',
    target: '4%左右',
    actual: '4.1%左右',
    verdict: 'met',
    // paired since 全社会研发经费支出相当于全市生产总值的比例 is one of its names (as first measured, a row of its own)
  },
  {
    pair: SH20,
    region: '上海市',
    year: 2020,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '4.8%左右',
    actual: null,
    verdict: null,
  },
  {
    pair: SH20,
    region: '上海市',
    year: 2020,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '4.3%左右',
    actual: null,
    verdict: null,
  },
  { pair: SH20, region: '上海市', year: 2020, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },

  // 云南 2012 (traditional): 力爭GDP首次突破一萬億元…全年生產總值增長12%以上…規模以上固定資產投資7100億元以上,實現20%以上的增長…社會
  // 消費品零售總額3540億元,達到18%以上的增長 → 国家统计局's final figure: 2012年云南生产总值(GDP)达10309.8亿元,突破万亿元,比上年增长13.0%
  {
    pair: YN12,
    region: '云南省',
    year: 2012,
    indicator: '地区生产总值',
    measure: 'growth',
    // (the page states it twice, the headline's 13% and the body's 13.0%; the cell shows the first)
    target: '12%以上',
    actual: '13%',
    verdict: 'met',
  },
  // a level past 一萬億元, in another magnitude than the result's 亿元 (the row first gave the target's text as 一萬億元: the mention's
  // text holds its qualifier and unit words, 突破…人民幣)
  {
    pair: YN12,
    region: '云南省',
    year: 2012,
    indicator: '地区生产总值',
    measure: 'level',
    target: '突破一萬億元人民幣',
    actual: '10309.8亿元',
    verdict: 'met',
  },
  // investment in projects above a size (規模以上), not the all-society total: the name the page gives
  {
    pair: YN12,
    region: '云南省',
    year: 2012,
    indicator: '规模以上固定资产投资',
    measure: 'growth',
    target: '20%以上',
    actual: null,
    verdict: null,
  },
  {
    pair: YN12,
    region: '云南省',
    year: 2012,
    indicator: '社会消费品零售总额',
    measure: 'growth',
    target: '18%以上',
    actual: null,
    verdict: null,
  },
];

describePairs({
  title: 'held-out batch 13 (national 2023–2025; provinces: 山东 2018, 上海 2024 and 2020, 云南 2012)',
  files: FILES13,
  pairs: PAIRS13,
  targetsIn: batch13.targetsIn,
  floor: 29,
});

// Batch 14 (split holdout14): national targets of years no batch here pairs (2017 → 2018, 2022 → 2023) and provinces
// none pairs (浙江 2018, 2023, 2024; 广西 2021), on texts the comparison had never been run on: magazine and news pages,
// a newspaper's e-paper, an aggregator's abstract, reposts in traditional characters (two with simplified glosses after
// characters: 經(jīng)濟), the statistics bureau's figure where no page of the next report gave the year's (全国 2017). The 广西
// targets are gold-heldout4's province-guangxi-2021-news (attbr), pointed at, not copied; the other ten texts are new in
// tests/fixtures/report-pairs (their manifest lines). Rows read by hand from the texts and committed before the comparison
// was first run on them. One comparison over all eleven files, as a reader who clipped them all would see it.
// As first measured: 3 of 14 stated pairs paired (全国 2017 1/1, 全国 2022 0/5, 浙江 2018 0/1, 浙江 2023 1/1, 浙江 2024 1/1, 广西 0/5), no
// false pair, 0 of 25 targets lost (every target is clipped as a target under its indicator and region; 浙江 2025's four have no
// result here). The causes, by family: metadata (the year of a page: 全国 2022's targets page and its results page both yearless,
// 5); kind (广西's second paragraph of 2021 figures read as 2022's targets, 4); name (浙江 2018: 一般公共预算收入升至全国第4位,增长11.1%
// keyed 生产总值, 1); period (广西: 兩年平均增長5.6% read as 2021's growth, 1). None of key folding, units or verdict: every pair whose
// target and result met in a dated cell alone was judged right, and the folds the rows needed (居民消费价格指数, 外贸进出口总额, 浙江省主要
// 预期目标为生产总值, 规模以上 glossed) were made. None is the comparison's own: left to those who work on lib/detect and lib/extract.
const GOLD4 = join(ROOT, 'tests/fixtures/gold-heldout4/docs');
const FILES14 = [
  join(TEXTS, 'national-2017-fx361-targets.txt'),
  join(TEXTS, 'national-2018-victorzhang-nbs-trad.txt'),
  join(TEXTS, 'national-2022-fubaore-targets.txt'),
  join(TEXTS, 'national-2023-hljnews-review.txt'),
  join(TEXTS, 'prov-zhejiang-2018-chinagate-targets.txt'),
  join(TEXTS, 'prov-zhejiang-2019-baogaosu-review.txt'),
  join(TEXTS, 'prov-zhejiang-2023-xwsj-targets.txt'),
  join(TEXTS, 'prov-zhejiang-2024-ideasf-report.txt'),
  join(TEXTS, 'prov-zhejiang-2025-5778666-review-trad.txt'),
  join(GOLD4, 'province-guangxi-2021-news.txt'),
  join(TEXTS, 'prov-guangxi-2022-berlearn-review-trad.txt'),
];

const batch14 = pairNames();
const N17B = batch14.pairOf(
  '全国 2017 (fx361: 财经国家周刊) → 2017 GDP (victorzhang: 国家统计局, traditional)',
  'national-2017-fx361-targets.txt',
);
const N22 = batch14.pairOf('全国 2022 (fubaore: 光明网) → 2023 report (hljnews e-paper)', 'national-2022-fubaore-targets.txt');
const ZJ18 = batch14.pairOf(
  '浙江 2018 (chinagate: the report, page 5) → 2019 report (baogaosu: 浙江日报 abstract)',
  'prov-zhejiang-2018-chinagate-targets.txt',
);
const ZJ23 = batch14.pairOf('浙江 2023 (xwsj: 证券时报) → 2024 report (idea-sf: 中新网)', 'prov-zhejiang-2023-xwsj-targets.txt');
const ZJ24 = batch14.pairOf(
  '浙江 2024 (idea-sf: 中新网) → 2025 report (5778666: 证券时报, traditional, glossed)',
  'prov-zhejiang-2024-ideasf-report.txt',
);
// the 2025 report's own targets: nothing pairs them in this batch
const ZJ25 = batch14.pairOf('浙江 2025 (5778666, traditional, glossed) → no 2026 page', 'prov-zhejiang-2025-5778666-review-trad.txt');
const GX21 = batch14.pairOf(
  '广西 2021 (attbr: 上游新闻, gold-heldout4) → 2022 report (berlearn: 上游新闻, traditional, glossed)',
  'province-guangxi-2021-news.txt',
);

// 全国 2022, as first measured: metadata gave neither page a year (the targets page's headline 2022年经济发展主要预期目标公布 and
// stamp 2022-03-05; the e-paper's 2022年是…一年 before its review lines), so targets and results met in the yearless column,
// unjudged (5); paired since a page stamped in a session's months that quotes what 政府工作报告提出 is that year's session news,
// and a review heading's paragraph that opens 2022年是…的一年 is that year's review (lib/detect/page-year.ts).
// 广西, as first measured: the review's second paragraph (2021年,…初步預(yù)計(jì),…規(guī)模以上工業(yè)增加值增長8.6%,固定資產(chǎn)投資…分別增長
// 7.6%、9%、22.2%) was read as 2022's targets (4 pairs); paired since a paragraph opening on the year reviewed, after the page's
// targets, is the review again (lib/extract/review-sections.ts reviewAfterTargets).
// 浙江 2018, as first measured: 一般公共预算收入升至全国第4位,增长11.1% keyed 生产总值; paired since a clause of rank names its subject.
// 广西's GDP, as first measured: 兩年平均增長5.6% read as 2021's growth; paired since a span of years whose sentence names no year ends
// in the year its paragraph opens on (2021年,…: lib/extract/spans.ts).

const PAIRS14: Pair[] = [
  // 全国 2017: 国内生产总值增长6.5%左右…居民消费价格涨幅3%左右;城镇新增就业1100万人以上,城镇登记失业率4.5%以内…单位国内生产总值能耗下降
  // 3.4%以上 → 国家统计局 (traditional): 2017年,中國國內生產總值比上年增長6.9% (no other figure of the list)
  {
    pair: N17B,
    region: '全国',
    year: 2017,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '6.5%左右',
    actual: '6.9%',
    verdict: 'met',
  },
  { pair: N17B, region: '全国', year: 2017, indicator: '居民消费价格', measure: 'growth', target: '3%左右', actual: null, verdict: null },
  {
    pair: N17B,
    region: '全国',
    year: 2017,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1100万人以上',
    actual: null,
    verdict: null,
  },
  {
    pair: N17B,
    region: '全国',
    year: 2017,
    indicator: '城镇登记失业率',
    measure: 'level',
    target: '4.5%以内',
    actual: null,
    verdict: null,
  },
  {
    pair: N17B,
    region: '全国',
    year: 2017,
    indicator: '单位地区生产总值能耗',
    measure: 'growth',
    target: '3.4%以上',
    actual: null,
    verdict: null,
  },

  // 全国 2022, one target a line: 国内生产总值增长5.5%左右;城镇新增就业1100万人以上,城镇调查失业率全年控制在5.5%以内;居民消费价格涨幅
  // 3%左右…粮食产量保持在1.3万亿斤以上 → 2023 (headline lines): 全年国内生产总值增长3%;城镇新增就业1206万人;年末城镇调查失业率降到5.5%;
  // 居民消费价格上涨2%…粮食产量1.37万亿斤
  // 5.5%左右 is met from 5%: 3% is not
  {
    pair: N22,
    region: '全国',
    year: 2022,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '5.5%左右',
    actual: '3%',
    verdict: 'not-met',
  },
  {
    pair: N22,
    region: '全国',
    year: 2022,
    indicator: '城镇新增就业',
    measure: 'level',
    target: '1100万人以上',
    actual: '1206万人',
    verdict: 'met',
  },
  // a ceiling: the year-end rate the review gives, 5.5%, is within 5.5%
  {
    pair: N22,
    region: '全国',
    year: 2022,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5.5%以内',
    actual: '5.5%',
    verdict: 'met',
  },
  {
    pair: N22,
    region: '全国',
    year: 2022,
    indicator: '居民消费价格',
    measure: 'growth',
    target: '3%左右',
    actual: '2%',
    verdict: 'met',
  },
  {
    pair: N22,
    region: '全国',
    year: 2022,
    indicator: '粮食产量',
    measure: 'level',
    target: '1.3万亿斤以上',
    actual: '1.37万亿斤',
    verdict: 'met',
  },

  // 浙江 2018: 建议2018年全省经济社会发展主要预期目标为:全省生产总值增长7%左右,城乡居民收入增长、财政收入增长与经济增长同步 (no other
  // figure) → 2019 abstract: 全省生产总值增长7.1%,一般公共预算收入…增长11.1%,城乡居民人均可支配收入分别增长8.4%和9.4%
  {
    pair: ZJ18,
    region: '浙江省',
    year: 2018,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7%左右',
    actual: '7.1%',
    verdict: 'met',
    // as first measured, 一般公共预算收入升至全国第4位,增长11.1% was keyed 生产总值 (a ranking clause between the name and its figure):
    // two results in the cell; since lib/extract/subjects.ts RANKED, the ranked clause's subject
  },

  // 浙江 2023: 地区生产总值增长5%以上…居民消费价格指数涨幅控制在3%以内,城镇调查失业率控制在5%以内 → 2024 (中新网): 2023年…全省生产总值
  // 增长6% (no other figure of the list)
  {
    pair: ZJ23,
    region: '浙江省',
    year: 2023,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '5%以上',
    actual: '6%',
    verdict: 'met',
  },
  { pair: ZJ23, region: '浙江省', year: 2023, indicator: '居民消费价格', measure: 'growth', target: '3%以内', actual: null, verdict: null },
  {
    pair: ZJ23,
    region: '浙江省',
    year: 2023,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5%以内',
    actual: null,
    verdict: null,
  },

  // 浙江 2024: 报告建议2024年浙江主要预期目标为:生产总值增长5.5%左右等 → 2025 (traditional, glossed): 2024年,全省生產(chǎn)總值增長5.5%左右
  // an estimate about the target is about the target: met
  {
    pair: ZJ24,
    region: '浙江省',
    year: 2024,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '5.5%左右',
    actual: '5.5%左右',
    verdict: 'met',
  },

  // 浙江 2025: 主要預(yù)期目標(biāo)為生產總值增長5.5%左右、城鎮(zhèn)調查失業率控制在5%以內(nèi)、居民消費價格漲幅2%左右…力爭社會消費品零售總額增長5%以上
  {
    pair: ZJ25,
    region: '浙江省',
    year: 2025,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '5.5%左右',
    actual: null,
    verdict: null,
  },
  {
    pair: ZJ25,
    region: '浙江省',
    year: 2025,
    indicator: '城镇调查失业率',
    measure: 'level',
    target: '5%以內(nèi)',
    actual: null,
    verdict: null,
  },
  { pair: ZJ25, region: '浙江省', year: 2025, indicator: '居民消费价格', measure: 'growth', target: '2%左右', actual: null, verdict: null },
  {
    pair: ZJ25,
    region: '浙江省',
    year: 2025,
    indicator: '社会消费品零售总额',
    measure: 'growth',
    target: '5%以上',
    actual: null,
    verdict: null,
  },

  // 广西 2021: 地区生产总值增长7.5%以上,规模以上工业增加值增长8%以上,财政收入增长5%左右,固定资产投资增长15%以上,社会消费品零售总额增长12%以上,
  // 进出口总额增长7%以上 → 2022 (traditional, glossed): 地區(qū)生產(chǎn)總值增長7.5%…規(guī)模以上工業(yè)增加值增長8.6%,固定資產(chǎn)投資、社會消費(fèi)品零售
  // 總額、外貿(mào)進出口總額分別增長7.6%、9%、22.2%。一般公共預(yù)算收入增長4.8% (the general budget revenue, not the 财政收入 of the target)
  {
    pair: GX21,
    region: '广西壮族自治区',
    year: 2021,
    indicator: '地区生产总值',
    measure: 'growth',
    target: '7.5%以上',
    actual: '7.5%',
    verdict: 'met',
    // as first measured, 兩年平均增長5.6% (a two-year average) was read as 2021's growth: two results in the cell
  },
  {
    pair: GX21,
    region: '广西壮族自治区',
    year: 2021,
    indicator: '规模以上工业增加值',
    measure: 'growth',
    target: '8%以上',
    actual: '8.6%',
    verdict: 'met',
  },
  {
    pair: GX21,
    region: '广西壮族自治区',
    year: 2021,
    indicator: '财政收入',
    measure: 'growth',
    target: '5%左右',
    actual: null,
    verdict: null,
  },
  {
    pair: GX21,
    region: '广西壮族自治区',
    year: 2021,
    indicator: '全社会固定资产投资',
    measure: 'growth',
    target: '15%以上',
    actual: '7.6%',
    verdict: 'not-met',
  },
  {
    pair: GX21,
    region: '广西壮族自治区',
    year: 2021,
    indicator: '社会消费品零售总额',
    measure: 'growth',
    target: '12%以上',
    actual: '9%',
    verdict: 'not-met',
  },
  {
    pair: GX21,
    region: '广西壮族自治区',
    year: 2021,
    indicator: '进出口总额',
    measure: 'growth',
    target: '7%以上',
    actual: '22.2%',
    verdict: 'met',
  },
];

describePairs({
  title: 'held-out batch 14 (national 2017, 2022; provinces: 浙江 2018, 2023, 2024; 广西 2021)',
  files: FILES14,
  pairs: PAIRS14,
  targetsIn: batch14.targetsIn,
  floor: 14,
});

// Batch 15 (split holdout15): a city and provinces no batch here pairs (成都 2018 → 2019 and 2025 → 2026; 山西 2016 → 2017 and
// 2017 → 2018; 天津 2024 → 2025 and 2025 → 2026), on texts the comparison had never been run on: news pages (每日经济新闻, 澎湃,
// 中新网, 上海证券报, 山西青年报), reposts in traditional characters (two glossed: 發(fā)展), a report's opening under a
// site's markup, two 2026 reports' openings (网易). Every national year from 2004 to 2025 is already paired in this file, so
// none here. The 山西 2017 targets are judged/pages40's province-shanxi-2017-part4-chinagate (pointed at, not copied); its
// 2017 result is the statistics bureau's (山西青年报), as for 全国 2017 above. The 2017 news of 山西's 2016 results restates
// three of 2016's targets beside them (好于下降7%的預期): a pair of its own. Rows read by hand from the texts and committed
// before the comparison was first run on them. One comparison over all ten files, as a reader who clipped them all would see it.
// Keys: the alias table's where it has the indicator; 万元地区生产总值二氧化碳排放量 is its 单位地区生产总值二氧化碳排放 (the same
// intensity); else the name the page gives (全社会研发投入: a growth of spending, not the intensity).
// As first measured (main at 91bacdc): 10 of 15 stated pairs paired, no false pair, 6 of 39 targets lost; three of those misses
// and losses were the rows' own (以內 and 以內(nèi) as the traditional pages write them, first written 以内), so 12 of 15 paired
// and 3 of 39 targets lost as the pages state them (成都 2018 4/5, 成都 2025 2/2, 山西 2016 1/4, 山西 2017 1/1, 天津 2024 0/1,
// 天津 2025 2/2). The causes, by family: key folding (成都 2018: the list's lead-in before a dash, 报告提出了成都今年发展的主要预期目标
// ——地区生产总值, kept in the key, 1 pair and 1 target lost; 山西 2017: 万元地区生产总值二氧化碳排放量 beside the intensity's row, 1
// target lost); kind and name (山西 2016: 山西公布2016年经济增6%左右 read as a result and named 山西公布2016年经济, 1 pair, 1 target
// lost); metadata (天津 2024: the page, stamped 2024-11-23 with the dateline 1月23日电, read as of 2023, so its 2024 targets stand
// in 2023, 1 pair). None of units, period or verdict. Besides the pairs: the same page's 2023 fiscal paragraph (2023年,天津财税保持
// 较快增长,一般公共预算收入达到2027.3亿元,增长9.8%…) is read as targets (kind).
// After the two key folds (a label before a dash, lib/compare/indicator-key.ts; 万元地区生产总值二氧化碳排放量, aliases.ts): 13 of 15,
// no false pair, 1 of 39 targets lost; the two misses left are the engine's (kind and name, metadata).
const FILES15 = [
  join(TEXTS, 'city-chengdu-2018-shipbio-targets-trad.txt'),
  join(TEXTS, 'city-chengdu-2019-bmhto-report-trad.txt'),
  join(TEXTS, 'city-chengdu-2025-hcjjw-review-trad.txt'),
  join(TEXTS, 'city-chengdu-2026-163-report.txt'),
  join(TEXTS, 'prov-shanxi-2016-shanxishangren-targets.txt'),
  join(TEXTS, 'prov-shanxi-2017-tasting24-review-trad.txt'),
  join(JUDGED, 'pages40/province-shanxi-2017-part4-chinagate.txt'),
  join(TEXTS, 'prov-shanxi-2018-sxqnb-nbs.txt'),
  join(TEXTS, 'prov-tianjin-2024-melab-targets.txt'),
  join(TEXTS, 'prov-tianjin-2025-eastmoney-targets.txt'),
  join(TEXTS, 'prov-tianjin-2026-163-report.txt'),
];

const batch15 = pairNames();
const CD18 = batch15.pairOf(
  '成都 2018 (ship-bio: 每日经济新闻, traditional, glossed) → 2019 report (bmhto: 成都日报, traditional)',
  'city-chengdu-2018-shipbio-targets-trad.txt',
);
const CD25 = batch15.pairOf('成都 2025 (hcjjw, traditional) → 2026 report (163)', 'city-chengdu-2025-hcjjw-review-trad.txt');
const SX16 = batch15.pairOf(
  '山西 2016 (shanxishangren: 中国新闻网) → 2017 report news (tasting24: 澎湃, traditional, glossed)',
  'prov-shanxi-2016-shanxishangren-targets.txt',
);
const SX16R = batch15.pairOf(
  '山西 2016 (restated in the 2017 report news, tasting24) → the same news',
  'prov-shanxi-2017-tasting24-review-trad.txt',
);
const SX17 = batch15.pairOf(
  '山西 2017 (chinagate: the report, page 4, judged pages40) → 2017 GDP (sxqnb: 山西省统计局)',
  'province-shanxi-2017-part4-chinagate.txt',
);
const TJ24 = batch15.pairOf('天津 2024 (melab: 中新网) → 2025 report news (eastmoney: 上海证券报)', 'prov-tianjin-2024-melab-targets.txt');
const TJ25 = batch15.pairOf('天津 2025 (eastmoney: 上海证券报) → 2026 report (163)', 'prov-tianjin-2025-eastmoney-targets.txt');

const row = (
  pair: string,
  region: string,
  year: number,
  indicator: string,
  measure: Pair['measure'],
  target: string,
  actual: string | null,
  verdict: Pair['verdict'],
): Pair => ({ pair, region, year, indicator, measure, target, actual, verdict });

const PAIRS15: Pair[] = [
  // 成都 2018: 地區生產總值增長7.5%,全社會固定資產投資增長8%,社會消費品零售總額增長10%,進出口總額增長8%…城鄉居民人均可支配收入
  // 分別增長8%、9%,全社會研發投入增長12%…居民消費價格上漲控制在3%左右,城鎮登記失業率控制在4%以內 → 2019 report: 預計地區生產總值
  // 超過1.5萬億元、增長8%,全社會固定資產投資增長10%,社會消費品零售總額增長10%…城鄉居民人均可支配收入分別增長8.2%、9%
  // paired since a label before a dash is dropped from a known indicator's key (报告提出了成都今年发展的主要预期目标——地区生产总值)
  row(CD18, '成都市', 2018, '地区生产总值', 'growth', '7.5%', '8%', 'met'),
  row(CD18, '成都市', 2018, '全社会固定资产投资', 'growth', '8%', '10%', 'met'),
  row(CD18, '成都市', 2018, '社会消费品零售总额', 'growth', '10%', '10%', 'met'),
  row(CD18, '成都市', 2018, '进出口总额', 'growth', '8%', null, null),
  row(CD18, '成都市', 2018, '城镇居民人均可支配收入', 'growth', '8%', '8.2%', 'met'),
  row(CD18, '成都市', 2018, '农村居民人均可支配收入', 'growth', '9%', '9%', 'met'),
  row(CD18, '成都市', 2018, '全社会研发投入', 'growth', '12%', null, null),
  row(CD18, '成都市', 2018, '居民消费价格', 'growth', '3%左右', null, null),
  row(CD18, '成都市', 2018, '城镇登记失业率', 'level', '4%以內', null, null),

  // 成都 2025 (after 2024's figures: 地區生產總值增長5.7%, 社會消費品零售總額增長3.3%): 地區生產總值增長5.7%以上;固定資產投資增長
  // 5%以上,社會消費品零售總額增長5%以上…常住人口城鎮化率達到81%以上 → 2026 report: 实现地区生产总值2.48万亿元、增长5.8%…社会消费品
  // 零售总额增长5.5%
  row(CD25, '成都市', 2025, '地区生产总值', 'growth', '5.7%以上', '5.8%', 'met'),
  row(CD25, '成都市', 2025, '全社会固定资产投资', 'growth', '5%以上', null, null),
  row(CD25, '成都市', 2025, '社会消费品零售总额', 'growth', '5%以上', '5.5%', 'met'),
  row(CD25, '成都市', 2025, '常住人口城镇化率', 'level', '81%以上', null, null),

  // 山西 2016: 山西公布2016年经济增6%左右 (twice) → 2017 report news: 預計全省地區生產總值增長4.5%左右,低于預期1.5個百分點
  // (4.5%左右 spans 4.45–4.55: below 5.5%, the least 6%左右 allows)
  {
    ...row(SX16, '山西省', 2016, '地区生产总值', 'growth', '6%左右', '4.5%左右', 'not-met'),
    miss: 'kind and name: 山西公布2016年经济增6%左右 read as a result, named 山西公布2016年经济 (the result cell also holds the headline’s 4.5%)',
    lost: true,
  },
  // restated beside the results: 一般公共預算收入下降5.2%,好于下降7%的預期;…城鎮登記失業率3.52%,控制在預期4.2%以內;居民消費價格
  // 漲幅1.1%,控制在預期3%以內
  row(SX16R, '山西省', 2016, '一般公共预算收入', 'growth', '7%', '5.2%', 'met'),
  row(SX16R, '山西省', 2016, '城镇登记失业率', 'level', '4.2%以內(nèi)', '3.52%', 'met'),
  row(SX16R, '山西省', 2016, '居民消费价格', 'growth', '3%以內(nèi)', '1.1%', 'met'),

  // 山西 2017: 地区生产总值增长5.5%左右…社会消费品零售总额增长7%左右…城乡居民人均可支配收入分别增长6%左右和6%以上,居民消费价格
  // 涨幅控制在3%左右,城镇新增就业45万人,城镇登记失业率控制在4.2%以内;万元地区生产总值能耗下降3.2%,…二氧化碳排放量下降3.9%,
  // …用水量下降3%;…农村贫困人口脱贫66万人,城镇棚户区住房改造13万套 → 山西省统计局: 全省地区生产总值…全年增长7%
  row(SX17, '山西省', 2017, '地区生产总值', 'growth', '5.5%左右', '7%', 'met'),
  row(SX17, '山西省', 2017, '社会消费品零售总额', 'growth', '7%左右', null, null),
  row(SX17, '山西省', 2017, '城镇居民人均可支配收入', 'growth', '6%左右', null, null),
  row(SX17, '山西省', 2017, '农村居民人均可支配收入', 'growth', '6%以上', null, null),
  row(SX17, '山西省', 2017, '居民消费价格', 'growth', '3%左右', null, null),
  row(SX17, '山西省', 2017, '城镇新增就业', 'level', '45万人', null, null),
  row(SX17, '山西省', 2017, '城镇登记失业率', 'level', '4.2%以内', null, null),
  row(SX17, '山西省', 2017, '单位地区生产总值能耗', 'growth', '3.2%', null, null),
  // (万元地区生产总值二氧化碳排放量: folded into the intensity's row since batch 15)
  row(SX17, '山西省', 2017, '单位地区生产总值二氧化碳排放', 'growth', '3.9%', null, null),
  row(SX17, '山西省', 2017, '万元地区生产总值用水量', 'growth', '3%', null, null),
  row(SX17, '山西省', 2017, '农村贫困人口脱贫', 'level', '66万人', null, null),
  row(SX17, '山西省', 2017, '城镇棚户区住房改造', 'level', '13万套', null, null),

  // 天津 2024 (after 2023's figures: 地区生产总值增长4.3%…居民消费价格涨幅0.4%): 天津市地区生产总值预期目标增长4.5%左右 (and the
  // headline's 2024年GDP预期增长目标4.5%左右);…社会消费品零售总额增长6%,城镇新增就业35万人,居民消费价格涨幅3%左右 → 2025 report
  // news: 2024年天津市全市地区生产总值预计增长4.7%左右 (4.65–4.75 against at least 4.25)
  {
    ...row(TJ24, '天津市', 2024, '地区生产总值', 'growth', '4.5%左右', '4.7%左右', 'met'),
    // as first measured, the page was read as of 2023 (2023年,天津财税…,一般公共预算收入… taken for a budget's year): its 2024
    // targets stood in 2023; paired since a clause's year before a comma names no budget or report (lib/detect/metadata.ts)
  },
  row(TJ24, '天津市', 2024, '社会消费品零售总额', 'growth', '6%', null, null),
  row(TJ24, '天津市', 2024, '城镇新增就业', 'level', '35万人', null, null),
  row(TJ24, '天津市', 2024, '居民消费价格', 'growth', '3%左右', null, null),

  // 天津 2025: 地区生产总值增长5%左右,一般公共预算收入增长3%左右,固定资产投资增长3%左右,城镇调查失业率5.5%左右,城镇新增就业30万人,
  // 居民消费价格涨幅2%左右 → 2026 report: 全市地区生产总值增长4.8%,一般公共预算收入增长4.1%
  row(TJ25, '天津市', 2025, '地区生产总值', 'growth', '5%左右', '4.8%', 'met'),
  row(TJ25, '天津市', 2025, '一般公共预算收入', 'growth', '3%左右', '4.1%', 'met'),
  row(TJ25, '天津市', 2025, '全社会固定资产投资', 'growth', '3%左右', null, null),
  row(TJ25, '天津市', 2025, '城镇调查失业率', 'level', '5.5%左右', null, null),
  row(TJ25, '天津市', 2025, '城镇新增就业', 'level', '30万人', null, null),
  row(TJ25, '天津市', 2025, '居民消费价格', 'growth', '2%左右', null, null),
];

describePairs({
  title: 'held-out batch 15 (cities and provinces: 成都 2018, 2025; 山西 2016, 2017; 天津 2024, 2025)',
  files: FILES15,
  pairs: PAIRS15,
  targetsIn: batch15.targetsIn,
  floor: 14,
});

// Batch 16 (split holdout16): a province and cities no batch here pairs (海南 2023 → 2024; 杭州 2019 → 2020; 西安 2021 → 2022 and
// 2023 → 2024), on texts the comparison had never been run on: news pages (海南日报 via cnwlgc, a blog's repost of the 2024 report's
// figures, 中新网 on haixi, 21世纪经济报道 on 86917, a 副省级 city paper's feature on udxd), a city plan report's target-against-result
// table (杭州市发改委), a repost in traditional characters with broken glosses (4yczj: 以?xún)? for 以內(nèi)), the statistics bureau's
// 2023 figures in traditional characters (ttnews), as for 全国 2017 above. Every national year from 2004 to 2025 is already paired in
// this file, so none here. The 2020 plan report restates four 2019 targets in its table beside the results (7.5 against 7.7): a pair
// of its own, its GDP row left out (its 7左右 shares the cell with the 中新网 page's target). Rows read by hand from the texts and
// committed before the comparison was first run on them. One comparison over all eight files, as a reader who clipped them all
// would see it.
// As first measured (main at 66fa927, blind): 5 of 10 stated pairs paired (海南 2023 2/2, 杭州 2019 1/1, 杭州 2019 restated 0/4,
// 西安 2021 0/1, 西安 2023 2/2), no false pair, 16 of 28 targets lost. The causes, by family: extraction (the plan's table, one cell a
// line, its unit in the header: none of its five targets or their results is clipped; 4 pairs, 4 targets lost); kind (西安 2021's
// list under — 主要目標 — read as 2020's results, 1 pair and 6 targets lost; 海南 2024's list after 2024年实现 read as results, 6
// targets lost, no result to pair); metadata (the 西安 feature read with no region, so its 4.1% stands in a column of no place: the
// same pair). None of units, period or verdict in the stated pairs: every pair whose target and result met in a dated cell was
// judged right, four of them not met (9.5%左右 against 9.2%, 7% against 6.8%, 7%左右 against 5.2%, 10%以上 against 9.0%). Besides
// the pairs: headlines read as results (西安 2023's 约7% and 超10%, yearless) or as a target of the year before (杭州's
// 增长目标下调至7%左右, dated 2018 by its line and named 杭州GDP预计达1.35万亿增长目标); 两年平均增长4.6% gives the next clause's 8.2% a
// span from 2020 (period); and three keys the alias table does not fold (GDP目标定, 该市将地区生产总值, 这也是其近年首次将这一数字),
// none of them a stated pair's. After two of those folds (a target cut inside 定为, GDP目标定; a news page's 该市 and its 将 before a
// known name: lib/compare/indicator-key.ts): 5 of 10 still, no false pair, 16 of 28 targets lost; the headline's 8% now stands as
// 海南 2024's GDP target and 杭州's third 7% joins its cell. The misses left are the engine's (extraction, kind, metadata).
// After the lead's table reader (a cell a line, a head's year and kind: 2019年目标增长(%) holds 2019's targets, 2019年实际增长(%) its
// results; 7左右 cells; the 指标属性 column skipped): 8 of 10, the four restated pairs paired; 杭州's 地区生产总值 now holds the news
// page's 7% and the table's 7左右 in one cell, so no one verdict (marked a miss). After a heading between dashes (— 主要目標 —) opens
// the year's targets (lib/extract/section-marks.ts TARGET_HEADING): 西安 2021's six targets clipped as 2021's; its pair still waits
// for the feature's region.
const FILES16 = [
  join(TEXTS, 'prov-hainan-2023-cnwlgc-targets.txt'),
  join(TEXTS, 'prov-hainan-2024-laolaoche-review.txt'),
  join(TEXTS, 'city-hangzhou-2019-haixi-targets.txt'),
  join(TEXTS, 'city-hangzhou-2020-drc-plan.txt'),
  join(TEXTS, 'city-xian-2021-4yczj-targets-trad.txt'),
  join(TEXTS, 'city-xian-2022-udxd-review.txt'),
  join(TEXTS, 'city-xian-2023-86917-targets.txt'),
  join(TEXTS, 'city-xian-2024-ttnews-nbs-trad.txt'),
];

const batch16 = pairNames();
const HI23 = batch16.pairOf(
  '海南 2023 (cnwlgc: 海南日报) → 2024 report (laolaoche: a repost of its figures)',
  'prov-hainan-2023-cnwlgc-targets.txt',
);
// the 2024 report's own targets: nothing pairs them in this batch
const HI24 = batch16.pairOf('海南 2024 (laolaoche) → no 2025 page', 'prov-hainan-2024-laolaoche-review.txt');
const HZ19 = batch16.pairOf('杭州 2019 (haixi: 中新网) → 2020 plan report (杭州市发改委)', 'city-hangzhou-2019-haixi-targets.txt');
const HZ19R = batch16.pairOf('杭州 2019 (restated in the 2020 plan report’s table) → the same report', 'city-hangzhou-2020-drc-plan.txt');
const XA21 = batch16.pairOf(
  '西安 2021 (4yczj: 创新西安, traditional, glossed) → 2022 feature (udxd: 西安日报)',
  'city-xian-2021-4yczj-targets-trad.txt',
);
const XA23 = batch16.pairOf(
  '西安 2023 (86917: 21世纪经济报道) → 2023 figures (ttnews: 西安市统计局, traditional)',
  'city-xian-2023-86917-targets.txt',
);

const PAIRS16: Pair[] = [
  // 海南 2023: 2023年预期目标增长9.5%左右…主要预期目标是:地区生产总值增长9.5%左右,地方一般公共预算收入增长15%左右,固定资产投资增长12%
  // 左右,社会消费品零售总额增长10%左右 → 2024 report (repost): 2023年海南全省地区生产总值增长9.2%,…社会消费品零售总额增长10.7%
  // (9.5%左右 is met from 9.25%: 9.2% falls short)
  row(HI23, '海南省', 2023, '地区生产总值', 'growth', '9.5%左右', '9.2%', 'not-met'),
  row(HI23, '海南省', 2023, '一般公共预算收入', 'growth', '15%左右', null, null),
  row(HI23, '海南省', 2023, '全社会固定资产投资', 'growth', '12%左右', null, null),
  row(HI23, '海南省', 2023, '社会消费品零售总额', 'growth', '10%左右', '10.7%', 'met'),

  // 海南 2024: 2024年实现地区总值增长8%左右 (the headline: 2024年将GDP目标定为8%),地方一般公共预算收入增长7%左右,固定资产投资增长10%左右,
  // 社会消费品零售总额增长8%左右,城镇和农村居民人均可支配收入分别增长8%左右和8.5%左右
  { ...row(HI24, '海南省', 2024, '地区生产总值', 'growth', '8%左右', null, null), lost: true },
  { ...row(HI24, '海南省', 2024, '一般公共预算收入', 'growth', '7%左右', null, null), lost: true },
  { ...row(HI24, '海南省', 2024, '全社会固定资产投资', 'growth', '10%左右', null, null), lost: true },
  { ...row(HI24, '海南省', 2024, '社会消费品零售总额', 'growth', '8%左右', null, null), lost: true },
  { ...row(HI24, '海南省', 2024, '城镇居民人均可支配收入', 'growth', '8%左右', null, null), lost: true },
  { ...row(HI24, '海南省', 2024, '农村居民人均可支配收入', 'growth', '8.5%左右', null, null), lost: true },

  // 杭州 2019: 在2019年发展主要预期目标中,杭州将GDP增长目标下调至7% (twice; the cut last line again: 增长目标定为7%; the headline's
  // 增长目标下调至7%左右 shares its line with 2018年杭州GDP预计达1.35万亿) → 2020 plan report: 2019年,全市地区生产总值15373亿元,增长6.8%
  // (as this page writes it, an exact 7% is not met by 6.8%; the plan's table gives the target as 7左右, which 6.8 meets)
  {
    ...row(HZ19, '杭州市', 2019, '地区生产总值', 'growth', '7%', '6.8%', 'not-met'),
    miss: 'two targets in one cell since the plan’s table is read: this page’s 7% and the table’s 7左右, so no one verdict (the cell is right to doubt)',
  },

  // restated in the plan's table (指标名称 / 2019年目标增长(%) / 2019年实际增长(%), one cell a line): 一般公共预算收入 7.5 / 7.7 (and the
  // prose: 实现一般公共预算收入1965.97亿元,增长7.7%); 研究与试验发展经费支出占地区生产总值比重 3.4左右 / 3.4左右; 城镇居民人均可支配收入
  // 7左右 / 8.0; 农村居民人均可支配收入 7.5左右 / 9.2 (blind: the table was not read, 4 pairs lost; read since the lead's table reader
  // took a cell a line, a head's year and kind, 7左右 cells and the 指标属性 column)
  // (the table's 7.7 and the prose's 7.7% are one entry of the cell, shown by the table's, which comes first)
  row(HZ19R, '杭州市', 2019, '一般公共预算收入', 'growth', '7.5', '7.7', 'met'),
  row(HZ19R, '杭州市', 2019, '研发经费投入强度', 'level', '3.4左右', '3.4左右', 'met'),
  row(HZ19R, '杭州市', 2019, '城镇居民人均可支配收入', 'growth', '7左右', '8.0', 'met'),
  row(HZ19R, '杭州市', 2019, '农村居民人均可支配收入', 'growth', '7.5左右', '9.2', 'met'),

  // 西安 2021: 地區生產總值增長7%以上;規模以上工業增加值增長8%以上;全社會固定資產投資增長10%以上;社會消費品零售總額增長9%以上;…
  // 城鎮登記失業率控制在4.5%以?xún)?;物價漲幅控制在3%以?xún)? (以內 garbled) → 2022 feature: 2021年地区生产总值达到10688.28亿元、增长4.1%,
  // 两年平均增长4.6% (not 2021's), 居民人均可支配收入增长8.2% (no target: 城鄉居民收入穩定增長)
  {
    ...row(XA21, '西安市', 2021, '地区生产总值', 'growth', '7%以上', '4.1%', 'not-met'),
    // (blind, its list under — 主要目標 — was read as 2020's results too; a heading between dashes opens the year's targets since)
    miss: 'metadata: the feature’s page read with no region (its 4.1% stands in a column of no place)',
  },
  row(XA21, '西安市', 2021, '规模以上工业增加值', 'growth', '8%以上', null, null),
  row(XA21, '西安市', 2021, '全社会固定资产投资', 'growth', '10%以上', null, null),
  row(XA21, '西安市', 2021, '社会消费品零售总额', 'growth', '9%以上', null, null),
  row(XA21, '西安市', 2021, '城镇登记失业率', 'level', '4.5%', null, null),
  row(XA21, '西安市', 2021, '居民消费价格', 'growth', '3%', null, null),

  // 西安 2023 (the page stamped 2024-09-25): 2023年西安市GDP增长7%左右,规模以上工业增加值增长10%以上,固定资产投资增长11%以上,社会消费品
  // 零售总额增长10%以上,地方一般公共预算收入增长9%以上,…城镇调查失业率控制在5.5%以内,物价涨幅控制在3%左右 → 西安市统计局: 2023年,全市
  // 地區生產總值…比上年增長5.2%;…規模以上工業增加值比上年增長9.0%
  row(XA23, '西安市', 2023, '地区生产总值', 'growth', '7%左右', '5.2%', 'not-met'),
  row(XA23, '西安市', 2023, '规模以上工业增加值', 'growth', '10%以上', '9.0%', 'not-met'),
  row(XA23, '西安市', 2023, '全社会固定资产投资', 'growth', '11%以上', null, null),
  row(XA23, '西安市', 2023, '社会消费品零售总额', 'growth', '10%以上', null, null),
  row(XA23, '西安市', 2023, '一般公共预算收入', 'growth', '9%以上', null, null),
  row(XA23, '西安市', 2023, '城镇调查失业率', 'level', '5.5%以内', null, null),
  row(XA23, '西安市', 2023, '居民消费价格', 'growth', '3%左右', null, null),
];

describePairs({
  title: 'held-out batch 16 (a province and cities: 海南 2023, 2024; 杭州 2019; 西安 2021, 2023)',
  files: FILES16,
  pairs: PAIRS16,
  targetsIn: batch16.targetsIn,
  floor: 8,
});

// Batch 16, second part (split holdout16 too): a city and provinces no batch here pairs (深圳 2023 → 2024, 辽宁 2025 → 2026, 内蒙古
// 2024 → 2025), collected after the first part was measured and its key folds made: a property blog's copy of
// 深圳's list (one target a line after a dash), the 2024 深圳 report's opening on a trade site, 辽宁's division of the report's work
// (its targets inside one sentence: 对地区生产总值增长5%以上、…等经济社会发展预期目标完成情况进行监测和督导), two 2026 pages of 辽宁's
// 2025 figures (中新网 via 参考消息; 辽宁日报 on the national report, one figure a line), 改革网 on 内蒙古's 2024 targets and the 2025
// report's opening in traditional characters with glosses (預(yù)計). Rows read by hand from the texts and committed before the
// comparison was first run on them; one comparison over the seven files.
// As first measured (blind, on main at 66fa927, and the same on this branch after the first part's folds): 7 of 12 stated pairs
// paired (深圳 5/6, 辽宁 0/4, 内蒙古 2/2, its GDP judged unclear as the row reads it: 6%左右 against 6%以上), no false pair, 11 of 27
// targets lost. By family: metadata (辽宁's division of work names no province, so its ten targets stand in a column of no place: 4
// pairs, 10 targets; 辽宁日报's page, on the national report, is read as 全国's, so two of those pairs' results stand there too);
// extraction (深圳's 近万亿元, a figure with no digit, not read, 1 pair); key folding (深圳's 固定资产投资额 beside 全社会固定资产投资, 1
// target; 辽宁's 对地区生产总值, no pair's while the page has no region). None of units, period or verdict. After the two folds
// (固定资产投资额, aliases.ts; a preposition before a known name, indicator-key.ts): 7 of 12, no false pair, 10 of 27 targets lost.
const FILES16B = [
  join(TEXTS, 'city-shenzhen-2023-dwqgbh-targets.txt'),
  join(TEXTS, 'city-shenzhen-2024-lnxnmy-report.txt'),
  join(TEXTS, 'prov-liaoning-2025-itez-targets.txt'),
  join(TEXTS, 'prov-liaoning-2026-usy7-review.txt'),
  join(TEXTS, 'prov-liaoning-2026-51tgb-review.txt'),
  join(TEXTS, 'prov-neimenggu-2024-cfgw-targets.txt'),
  join(TEXTS, 'prov-neimenggu-2025-boxinkeji-report-trad.txt'),
];

const batch16b = pairNames();
const SZ23 = batch16b.pairOf(
  '深圳 2023 (dwqgbh: a blog’s copy of the list) → 2024 report (lnxnmy)',
  'city-shenzhen-2023-dwqgbh-targets.txt',
);
const LN25 = batch16b.pairOf(
  '辽宁 2025 (itez: the division of the report’s work) → 2026 pages (usy7: 中新网; 51tgb: 辽宁日报)',
  'prov-liaoning-2025-itez-targets.txt',
);
const NM24 = batch16b.pairOf(
  '内蒙古 2024 (cfgw: 改革网) → 2025 report (boxinkeji, traditional, glossed)',
  'prov-neimenggu-2024-cfgw-targets.txt',
);

// the division of work names no province (省《政府工作报告》, 省十四届人大三次会议; only 辽东半岛, 葫芦岛, 大连 and 辽阳 in its tasks)
const LN25_NO_PLACE = 'metadata: the division of work is read with no region, so its targets stand in a column of no place';

const PAIRS16B: Pair[] = [
  // 深圳 2023: ——GDP增长6%。——规模以上工业增加值增长6%以上。——固定资产投资额达1万亿元。——社会消费品零售总额增长7%。——外贸进出口
  // 总额增长4%。——地方一般公共预算收入增长6%。——居民消费价格涨幅控制在3%左右。…——新增就业18万人。——万元GDP水耗下降4%。 → 2024 report:
  // 全市地区生产总值3.46万亿元、增长6.0%…一般公共预算收入4112.8亿元、增长2.5%。固定资产投资近万亿元、增长11.0%。社会消费品零售总额
  // 1.05万亿元、增长7.8%。进出口总额3.87万亿元、增长5.9%…规上工业增加值增长6.2%
  row(SZ23, '深圳市', 2023, '地区生产总值', 'growth', '6%', '6.0%', 'met'),
  row(SZ23, '深圳市', 2023, '规模以上工业增加值', 'growth', '6%以上', '6.2%', 'met'),
  // 近万亿元 is short of 1万亿元: not met
  {
    ...row(SZ23, '深圳市', 2023, '全社会固定资产投资', 'level', '1万亿元', '近万亿元', 'not-met'),
    // (its target was keyed 固定资产投资额 until batch 16 folded that name: lost no more)
    miss: 'extract: 近万亿元, a figure with no digit, is not read (the growth beside it, 增长11.0%, is read with no name)',
  },
  row(SZ23, '深圳市', 2023, '社会消费品零售总额', 'growth', '7%', '7.8%', 'met'),
  row(SZ23, '深圳市', 2023, '进出口总额', 'growth', '4%', '5.9%', 'met'),
  row(SZ23, '深圳市', 2023, '一般公共预算收入', 'growth', '6%', '2.5%', 'not-met'),
  row(SZ23, '深圳市', 2023, '居民消费价格', 'growth', '3%左右', null, null),
  row(SZ23, '深圳市', 2023, '城镇新增就业', 'level', '18万人', null, null),
  row(SZ23, '深圳市', 2023, '万元GDP水耗', 'growth', '4%', null, null),

  // 辽宁 2025: 对地区生产总值增长5%以上、规模以上工业增加值增长4.5%以上、固定资产投资增长8%左右、社会消费品零售总额增长5%以上、一般公共
  // 预算收入增长4%、进出口总额增长5%左右、城镇新增就业47万人左右、城镇调查失业率5.5%左右、居民消费价格涨幅2%左右、…粮食产量500亿斤左右
  // → 中新网: 2025年,辽宁省…地区生产总值增长3.7%,城镇新增就业48万人; 辽宁日报: 城镇新增就业48万人…粮食产量515.6亿斤…社会消费品零售
  // 总额增长1.4%
  { ...row(LN25, '辽宁省', 2025, '地区生产总值', 'growth', '5%以上', '3.7%', 'not-met'), miss: LN25_NO_PLACE, lost: true },
  { ...row(LN25, '辽宁省', 2025, '规模以上工业增加值', 'growth', '4.5%以上', null, null), lost: true },
  { ...row(LN25, '辽宁省', 2025, '全社会固定资产投资', 'growth', '8%左右', null, null), lost: true },
  {
    ...row(LN25, '辽宁省', 2025, '社会消费品零售总额', 'growth', '5%以上', '1.4%', 'not-met'),
    miss: `${LN25_NO_PLACE}; and 辽宁日报’s page is read as 全国’s (its 1.4% stands there)`,
    lost: true,
  },
  { ...row(LN25, '辽宁省', 2025, '一般公共预算收入', 'growth', '4%', null, null), lost: true },
  { ...row(LN25, '辽宁省', 2025, '进出口总额', 'growth', '5%左右', null, null), lost: true },
  { ...row(LN25, '辽宁省', 2025, '城镇新增就业', 'level', '47万人左右', '48万人', 'met'), miss: LN25_NO_PLACE, lost: true },
  { ...row(LN25, '辽宁省', 2025, '城镇调查失业率', 'level', '5.5%左右', null, null), lost: true },
  { ...row(LN25, '辽宁省', 2025, '居民消费价格', 'growth', '2%左右', null, null), lost: true },
  {
    ...row(LN25, '辽宁省', 2025, '粮食产量', 'level', '500亿斤左右', '515.6亿斤', 'met'),
    miss: `${LN25_NO_PLACE}; and 辽宁日报’s page is read as 全国’s (its 515.6亿斤 stands there)`,
    lost: true,
  },

  // 内蒙古 2024: 地区生产总值增长6%以上 (and the headline: 内蒙古2024年地区生产总值预期增长6%以上);规模以上工业增加值增长7%左右;固定资产
  // 投资增长15%左右;一般公共预算收入同口径增长5.5%左右;城镇新增就业18万人以上,城镇调查失业率控制在6%左右;…居民消费价格涨幅控制在3%
  // 左右;单位地区生产总值能耗降低1.6%左右 → 2025 report: 預(yù)計地區(qū)生產(chǎn)總值增長6%左右…單位GDP能耗下降3%
  // (6%左右 spans 5.5–6.5 against at least 6: unclear)
  row(NM24, '内蒙古自治区', 2024, '地区生产总值', 'growth', '6%以上', '6%左右', 'unclear'),
  row(NM24, '内蒙古自治区', 2024, '规模以上工业增加值', 'growth', '7%左右', null, null),
  row(NM24, '内蒙古自治区', 2024, '全社会固定资产投资', 'growth', '15%左右', null, null),
  row(NM24, '内蒙古自治区', 2024, '一般公共预算收入', 'growth', '5.5%左右', null, null),
  row(NM24, '内蒙古自治区', 2024, '城镇新增就业', 'level', '18万人以上', null, null),
  row(NM24, '内蒙古自治区', 2024, '城镇调查失业率', 'level', '6%左右', null, null),
  row(NM24, '内蒙古自治区', 2024, '居民消费价格', 'growth', '3%左右', null, null),
  row(NM24, '内蒙古自治区', 2024, '单位地区生产总值能耗', 'growth', '1.6%左右', '3%', 'met'),
];

describePairs({
  title: 'held-out batch 16, second part (a city and provinces: 深圳 2023; 辽宁 2025; 内蒙古 2024)',
  files: FILES16B,
  pairs: PAIRS16B,
  targetsIn: batch16b.targetsIn,
  floor: 7,
});

// Batch 17 (split holdout17): cities no batch here pairs (南京 2021 → 2022, 郑州 2022 → 2023 → 2024, 厦门 2016 → 2017, 长沙 2014 →
// 2015), on texts the comparison had never been run on: 现代快报 on ttzbb (南京's 预期性指标, spaces inside figures: 增长 5%, 50 亿美元),
// 中新网 in traditional characters with glosses (enerteksolarenergy: 增長(zhǎng)7.5%), an infographic's lines in traditional characters
// (ouyq: 2021重點回顧 then 2022主要任務(wù), one figure a line), 大河财立方 on 郑州's 2022 plan, 郑州日报's digest of the plan report (2022's
// falls: 固定资产投资下降4%, 一般公共预算收入下降3.7%), a news page on seventeen Henan cities' GDP targets (17car: 郑州's list, then
// 开封 7%, 驻马店 7%左右, 南阳 保8%、争9%…), the 2024 郑州 report's opening (zhengzhou.gov.cn), 东南网's repost of 海西晨报 (厦门's
// headline GDP增长8.5%, the list cut), a news page on the 2017 厦门 report (2016年预计地方生产总值…增长8%), 新浪湖南's repost of
// 三湘都市报 (长沙's 2014 targets). No national year is left unpaired from 2004 to 2025 in this file, and the stored pages gave no
// earlier one with both ends at a new address, so none here. 长沙 2014's results are the metadata fixture's page of the 2015 report
// (cndsn, 119-changsha-2015-work-news: pointed at, not copied; no comparison had been run on it). 甘肃 2015 → 2016 was found too, but
// both its pages are fixtures already (judged pages10, detect-corpus), so not blind: left out. Rows read by hand from the texts and
// committed before the comparison was first run on them; one comparison over the eleven files.
// As first measured (blind, main at b8c9eef): 14 of 21 stated pairs paired (南京 2021 0/4, 郑州 2022 7/8, 郑州 2023 6/7, 厦门 2016
// 0/1, 长沙 2014 2/2), no false pair, 7 of 37 targets lost. By family: metadata (the 现代快报 page read with no year, its eight targets
// in the yearless column: 4 pairs); kind (ouyq's 2022主要任務 lines read as 2021's results: 5 targets lost, and two of them, 5% and 7%,
// stand beside 南京's 2021 results); key folding (实际吸收外资 beside 实际使用外资: 1 pair, 1 target; 地方生产总值 beside 地区生产总值: 1
// pair; 全社会研发费用占GDP比重 and 全社会研发经费支出占GDP比重 beside the R&D ratio: 1 target, and ouyq's 3.7% besides its kind); name
// (17car's other cities' GDP targets, 驻马店 7%左右 and 商丘 7.5%左右, read as 郑州's: 1 pair). None of units, period or verdict: every
// pair whose target and result met in a dated cell was judged right, eight of them not met, among them three falls (下降4%, 下降3.7%:
// read as −4 and −3.7, so 3% is not met by 3.7) and 2%左右 against 7.5%.
// After the key folds (地方生产总值, 实际吸收外资, the R&D ratio's 全社会研发费用占GDP比重 and 全社会研发经费支出占GDP比重 in
// lib/compare/aliases.ts; a list's 预期性指标包括 before a known name in indicator-key.ts): 16 of 21, no false pair, 5 of 37 targets
// lost (ouyq's, by kind). The misses left are the engine's: metadata (南京 2021's page, no year: 4 pairs) and name (郑州 2023: 1).
// After digest22 (another place's figure keeps its place in its name and key: 驻马店GDP → 驻马店地区生产总值): 17 of 21; the
// misses left are metadata's (南京 2021: 4 pairs).
const FILES17 = [
  join(TEXTS, 'city-nanjing-2021-ttzbb-targets.txt'),
  join(TEXTS, 'city-nanjing-2022-enertek-review-trad.txt'),
  join(TEXTS, 'city-nanjing-2022-ouyq-review-trad.txt'),
  join(TEXTS, 'city-zhengzhou-2022-henan100-plan-targets.txt'),
  join(TEXTS, 'city-zhengzhou-2023-zynews-plan-review.txt'),
  join(TEXTS, 'city-zhengzhou-2023-17car-targets.txt'),
  join(TEXTS, 'city-zhengzhou-2024-govcn-report.txt'),
  join(TEXTS, 'city-xiamen-2016-folksfolks-targets.txt'),
  join(TEXTS, 'city-xiamen-2017-jingyuhuahui-review.txt'),
  join(TEXTS, 'city-changsha-2014-sina-targets.txt'),
  join(ROOT, 'tests/fixtures/metadata/texts/119-changsha-2015-work-news.txt'),
];

const batch17 = pairNames();
const NJ21 = batch17.pairOf(
  '南京 2021 (ttzbb: 现代快报) → 2022 report (enertek: 中新网, traditional; ouyq: its figures, traditional)',
  'city-nanjing-2021-ttzbb-targets.txt',
);
// the 2022 report's own targets (ouyq's 2022主要任務): nothing pairs them in this batch
const NJ22 = batch17.pairOf('南京 2022 (ouyq, traditional) → no 2023 page', 'city-nanjing-2022-ouyq-review-trad.txt');
const ZZ22 = batch17.pairOf(
  '郑州 2022 (henan100: the 2022 plan) → 2023 plan report (zynews: 郑州日报’s digest)',
  'city-zhengzhou-2022-henan100-plan-targets.txt',
);
const ZZ23 = batch17.pairOf('郑州 2023 (17car) → 2024 report (zhengzhou.gov.cn)', 'city-zhengzhou-2023-17car-targets.txt');
const XM16 = batch17.pairOf(
  '厦门 2016 (folksfolks: 海西晨报, GDP only) → 2017 report (jingyuhuahui)',
  'city-xiamen-2016-folksfolks-targets.txt',
);
const CS14 = batch17.pairOf('长沙 2014 (sina: 三湘都市报) → 2015 report (cndsn, metadata fixture)', 'city-changsha-2014-sina-targets.txt');

// the 现代快报 page names no year but in its last paragraph (今年, 1月12日上午; 2021年南京将在十个方面重点发力 after the list):
// dated by it since (lib/detect/page-year.ts, plannedYears)
// ouyq's 2022主要任務 list, one target a line under its heading, read as 2021's results
const NJ22_AS_RESULTS = 'kind: ouyq’s 2022主要任務 lines are read as 2021’s results';

const PAIRS17: Pair[] = [
  // 南京 2021: 地区生产总值增长7%;一般公共预算收入增长 5%;固定资产投资、社会消费品零售总额、外贸进出口总额均增长8%;实际利用外资50 亿美元;
  // 全社会研发费用占GDP 比重3.48%;…城镇新增就业26万人 → 2022 report (中新网): 去年南京全市地区生产总值突破1.6萬億元、增長7.5%,一般公共
  // 預算收入增長5.6%,社會消費品零售總額增長9.7%,全體居民人均可支配收入增長9.1% (no target); ouyq: the same figures and 城鎮新增就業超34萬人
  row(NJ21, '南京市', 2021, '地区生产总值', 'growth', '7%', '7.5%', 'met'),
  {
    ...row(NJ21, '南京市', 2021, '一般公共预算收入', 'growth', '5%', '5.6%', 'met'),
    miss: `${NJ22_AS_RESULTS} (its 5% stands beside 5.6%)`,
  },
  row(NJ21, '南京市', 2021, '全社会固定资产投资', 'growth', '8%', null, null),
  {
    ...row(NJ21, '南京市', 2021, '社会消费品零售总额', 'growth', '8%', '9.7%', 'met'),
    miss: `${NJ22_AS_RESULTS} (its 7% stands beside 9.7%)`,
  },
  row(NJ21, '南京市', 2021, '进出口总额', 'growth', '8%', null, null),
  row(NJ21, '南京市', 2021, '实际使用外资', 'level', '50 亿美元', null, null),
  // (blind: keyed 全社会研发费用占GDP比重 and lost, a name the alias table did not fold; folded since)
  row(NJ21, '南京市', 2021, '研发经费投入强度', 'level', '3.48%', null, null),
  row(NJ21, '南京市', 2021, '城镇新增就业', 'level', '26万人', '超34萬人', 'met'),

  // 南京 2022 (ouyq's 2022主要任務): 地區生產總值增長6.5%左右 / 一般公共預算收入增長5% / 固定資產投資增長6%左右 / 社會消費品零售總額增長7% /
  // 全社會研發經費支出占GDP比重達3.7%
  { ...row(NJ22, '南京市', 2022, '地区生产总值', 'growth', '6.5%左右', null, null), lost: true },
  { ...row(NJ22, '南京市', 2022, '一般公共预算收入', 'growth', '5%', null, null), lost: true },
  { ...row(NJ22, '南京市', 2022, '全社会固定资产投资', 'growth', '6%左右', null, null), lost: true },
  { ...row(NJ22, '南京市', 2022, '社会消费品零售总额', 'growth', '7%', null, null), lost: true },
  // (and keyed 全社会研发经费支出占GDP比重 blind, a name the alias table did not fold; folded since)
  { ...row(NJ22, '南京市', 2022, '研发经费投入强度', 'level', '3.7%', null, null), lost: true },

  // 郑州 2022: 地区生产总值增长7.5%;规模以上工业增加值增长10%;固定资产投资增长10%;社会消费品零售总额增长9%;一般公共预算收入增长3%;…
  // 实际吸收外资增长3%;全社会研发投入强度达到2.6%;…居民消费价格涨幅控制在3%左右,新增城镇就业完成13万人,城镇调查失业率控制在5.5%以内
  // → the 2023 plan report's digest: 2022年全市地区生产总值增长2%左右,规模以上工业增加值增长3.5%,固定资产投资下降4%,社会消费品零售总额
  // 完成5185.7亿元、下降4%,一般公共预算收入下降3.7%,…实际吸收外资11亿美元,增长323%,居民消费价格涨幅控制在3%以内
  // (a fall read as a rise would meet 3% with 3.7%: the sign decides; 3%以内 is under the ceiling 3%左右)
  row(ZZ22, '郑州市', 2022, '地区生产总值', 'growth', '7.5%', '2%左右', 'not-met'),
  row(ZZ22, '郑州市', 2022, '规模以上工业增加值', 'growth', '10%', '3.5%', 'not-met'),
  row(ZZ22, '郑州市', 2022, '全社会固定资产投资', 'growth', '10%', '4%', 'not-met'),
  row(ZZ22, '郑州市', 2022, '社会消费品零售总额', 'growth', '9%', '4%', 'not-met'),
  row(ZZ22, '郑州市', 2022, '一般公共预算收入', 'growth', '3%', '3.7%', 'not-met'),
  // (blind, 实际吸收外资 on both pages was a row of its own, judged met there, and the target lost; folded since)
  row(ZZ22, '郑州市', 2022, '实际使用外资', 'growth', '3%', '323%', 'met'),
  row(ZZ22, '郑州市', 2022, '研发经费投入强度', 'level', '2.6%', null, null),
  row(ZZ22, '郑州市', 2022, '居民消费价格', 'growth', '3%左右', '3%以内', 'met'),
  row(ZZ22, '郑州市', 2022, '城镇新增就业', 'level', '13万人', null, null),
  row(ZZ22, '郑州市', 2022, '城镇调查失业率', 'level', '5.5%以内', null, null),

  // 郑州 2023: 生产总值增长7%,规模以上工业增加值增长8%以上,固定资产投资增长15%,社会消费品零售总额增长12%,一般公共预算收入增长3%以上,
  // 研究与试验发展经费投入强度突破2.6%,…居民消费价格涨幅控制在3%以内 → 2024 report: 地区生产总值增长7.4%…规模以上工业增加值增长12.8%…
  // 社会消费品零售总额增长7.7%;固定资产投资增长6.8%;一般公共预算收入增长3.1%;…居民消费价格下降0.6%;全社会研发投入强度达到2.67%
  // (the page's other cities' GDP targets are not 郑州's: blind, 驻马店2023年GDP增速目标为7%左右 and 商丘是7.5%左右 were read
  // as 郑州's and three targets shared the cell; since digest22 they keep their places, 驻马店GDP, and their own rows)
  row(ZZ23, '郑州市', 2023, '地区生产总值', 'growth', '7%', '7.4%', 'met'),
  row(ZZ23, '郑州市', 2023, '规模以上工业增加值', 'growth', '8%以上', '12.8%', 'met'),
  row(ZZ23, '郑州市', 2023, '全社会固定资产投资', 'growth', '15%', '6.8%', 'not-met'),
  row(ZZ23, '郑州市', 2023, '社会消费品零售总额', 'growth', '12%', '7.7%', 'not-met'),
  row(ZZ23, '郑州市', 2023, '一般公共预算收入', 'growth', '3%以上', '3.1%', 'met'),
  row(ZZ23, '郑州市', 2023, '研发经费投入强度', 'level', '突破2.6%', '2.67%', 'met'),
  row(ZZ23, '郑州市', 2023, '居民消费价格', 'growth', '3%以内', '0.6%', 'met'),

  // 厦门 2016: 今年厦门经济社会发展预期目标:GDP增长8.5% → 2017 report: 2016年预计地方生产总值3737亿元,增长8% (its 地方 for 地区)
  // (blind, 地方生产总值 was a row of its own, so the 8% stood apart; folded since)
  row(XM16, '厦门市', 2016, '地区生产总值', 'growth', '8.5%', '8%', 'not-met'),

  // 长沙 2014: 长沙市已确定2014年发展目标:地区生产总值增长11.5%,财政总收入增长15% → 2015 report: 预计完成地区生产总值7810亿元,增长10%;…
  // 财政总收入1003.08亿元,增长13.49%
  row(CS14, '长沙市', 2014, '地区生产总值', 'growth', '11.5%', '10%', 'not-met'),
  row(CS14, '长沙市', 2014, '财政总收入', 'growth', '15%', '13.49%', 'not-met'),
];

describePairs({
  title: 'held-out batch 17 (cities: 南京 2021, 2022; 郑州 2022, 2023; 厦门 2016; 长沙 2014)',
  files: FILES17,
  pairs: PAIRS17,
  targetsIn: batch17.targetsIn,
  floor: 18,
  // (the 现代快报 page dated 2021 now, its targets meet ouyq's 2022 targets read as 2021's results: ${NJ22_AS_RESULTS})
  knownFalse: [
    `${NJ21} 全社会固定资产投资 8% → 2021: against 6%左右 → not-met`,
    `${NJ21} 研发经费投入强度 3.48% → 2021: against 3.7% → met`,
  ],
});

// Batch 18 (split holdout18): cities and provinces no batch here pairs (大连 2021 → 2022 → 2023, 济南 2025 → 2026, 青岛 2025 → 2026,
// 贵州 2024 → 2025, 河南 2024 → 2025), on texts the comparison had never been run on: 天健网's infographic lines of 大连's 2021 targets
// (spaces inside figures: 6.5 %左右, 6. 5%以上, 4. 5%以内, 9. 6万人), two mirrors of 大连's reports with no title line (the 2022
// report's 一、2021年主要工作, the 2023 report's 一、2022年工作回顾: 一般公共预算收入扣除减税降费因素增长8%左右), page 5 of a site's copy of
// the 2022 大连 report (its 主要预期目标 in one sentence), a news page on 济南's 2025 targets (城乡居民人均可支配收入分别增长5.5%左右和6%左右),
// 山东华图's copy of the 2026 济南 report under the site's menus, a page of the 2025 青岛 report from its middle (the city named only in
// 对青岛工作), 观海新闻's 2026 青岛 report, a traditional-character repost of 上游新闻 on 贵州's 2024 report (its GDP target written
// 預計全省地區生產總值增長5.5%左右, after 2023's figures), 河南教育网's one-phrase-a-line digest of the 2024 河南 report (经济增长目标确定为5.5%).
// The 贵州 and 河南 results are the whole 2025 reports in /work/shared/eval/real-dev (referenced, not copied). No national year is left
// unpaired from 1989 to 2025 in this file; the stored pages gave 1988's results (the 1989 report) but no page of 1988's yearly targets,
// so none here. Rows read by hand from the texts and committed before the comparison was first run on them; one comparison over the
// twelve files.
// As first measured (blind, main at bf2680f): 8 of 22 stated pairs paired (大连 2021 0/7, 大连 2022 0/7, 济南 2025 2/2, 青岛 2025 1/1,
// 贵州 2024 1/1, 河南 2024 4/4), no false pair, 13 of 39 targets lost. By family: kind and metadata (天健网's infographic lines of 大连's
// 2021 targets, no target word beside them, read as results and the page with no year: 7 pairs, all 12 of its targets lost; 贵州's
// 數字經濟占比達到45%以上 after 將推動 read as a result: 1 target), metadata (the mirrors of 大连's 2022 and 2023 reports, no title
// line, read with no region and no year, so their results land in a column of no region: 大连 2022's 7 pairs, and 大连 2021's
// results besides its targets' kind), key folding (研究与试验发展经费占地区生产总值比重 keyed apart from the R&D ratio: 1 target, lost by
// kind as well); none of name, units, period or verdict: every pair whose target and result met in a dated cell was judged right, three
// of them not met (济南 and 贵州's 左右 met at 6.9% and 5.3%, 河南's exact 5.5% not met at 5.1%, 青岛's 3% not met at 0.1%).
// After the key fold (研发经费占地区生产总值比重 and 研发经费占GDP比重 in lib/compare/aliases.ts): unchanged, 8 of 22, no false pair, 13 of
// 39 targets lost (the R&D target is lost by kind too); the misses left are the engine's (kind, metadata). Over the whole file: 246 of
// 276 stated pairs paired. After the titleless pages' metadata (meta25: the mirrors read 大连市 2022 and 2023, 天健网's page 2021): 15
// of 22, no false pair; 大连 2022's 7 pairs pair, 大连 2021's 7 are left to kind (its results now land in 大连's 2021 cell).
const FILES18 = [
  join(TEXTS, 'city-dalian-2021-runsky-targets.txt'),
  join(TEXTS, 'city-dalian-2022-indiasphere-review.txt'),
  join(TEXTS, 'city-dalian-2022-bx2200-targets.txt'),
  join(TEXTS, 'city-dalian-2023-jhzobq-review.txt'),
  join(TEXTS, 'city-jinan-2025-jiuchuangxh-targets.txt'),
  join(TEXTS, 'city-jinan-2026-huatu-report.txt'),
  join(TEXTS, 'city-qingdao-2025-zgcounty-targets.txt'),
  join(TEXTS, 'city-qingdao-2026-guanhai-report.txt'),
  join(TEXTS, 'prov-guizhou-2024-ytbyz-targets-trad.txt'),
  join(REAL_DEV, 'prov-guizhou-2025.txt'),
  join(TEXTS, 'prov-henan-2024-haedu-targets.txt'),
  join(REAL_DEV, 'prov-henan-2025.txt'),
];

const batch18 = pairNames();
const DL21 = batch18.pairOf(
  '大连 2021 (runsky: 天健网’s infographic) → 2022 report (indiasphere mirror, no title)',
  'city-dalian-2021-runsky-targets.txt',
);
const DL22 = batch18.pairOf(
  '大连 2022 (bx2200: the report’s page 5) → 2023 report (jhzobq mirror, no title)',
  'city-dalian-2022-bx2200-targets.txt',
);
const JN25 = batch18.pairOf('济南 2025 (jiuchuangxh) → 2026 report (huatu)', 'city-jinan-2025-jiuchuangxh-targets.txt');
const QD25 = batch18.pairOf('青岛 2025 (zgcounty: the report’s middle) → 2026 report (guanhai)', 'city-qingdao-2025-zgcounty-targets.txt');
const GZ24 = batch18.pairOf(
  '贵州 2024 (ytbyz: 上游新闻, traditional) → 2025 report (real-dev, whole)',
  'prov-guizhou-2024-ytbyz-targets-trad.txt',
);
const HA24 = batch18.pairOf('河南 2024 (haedu: one phrase a line) → 2025 report (real-dev, whole)', 'prov-henan-2024-haedu-targets.txt');

// 天健网's infographic lines carry no target word (新的一年有啥新目标 is in the lead, not beside them): each read as a result (and the
// page, 今天上午开幕, 2021年是“十四五”开局之年, with no year blind; dated 2021 since, page-year.ts)
const DL21_KIND = 'kind: 天健网’s infographic lines, no target word beside them, are read as results';
// (the mirrors of the 2022 and 2023 reports open at 各位代表 with no title line: 大连 only inside a clause (东北、辽宁、大连振兴发展;
// 嘱托大连要勇当…), the year only in the review's heading (一、2021年主要工作; 一、2022年工作回顾): read with no region and no year
// blind, read 大连市 2022 and 2023 since, place-after-province.ts and heading-years.ts)

const PAIRS18: Pair[] = [
  // 大连 2021: 全市地区生产总值增长6.5 %左右。全员劳动生产率增长6%。研究与试 验发展经费占地区生产总值比重3%。一般公共预算收入增长1%。规模以上
  // 工业增加值增长6. 5%以上。固定资产投资增长6. 5%以上。社会消费品零售总额增长10%。外贸进出口总额增长2%。实际利用外资增长10%以上。…城镇
  // 登记失业率控制在4. 5%以内。城镇新增就业人数9. 6万人。居民消费价格涨幅控制在3%左右 → 2022 report: 预计实现地区生产总值7600亿元、增长
  // 8%左右,全员劳动生产率增长高于经济增长,一般公共预算收入737.6亿元、增长5%,规模以上工业增加值增长15%,…进出口总额增长10%以上,实际
  // 利用外资增长153%,居民消费价格上涨1.6%。…全市社会消费品零售总额增长6% (no fixed-investment total: 高技术投资, 基础设施投资 only)
  { ...row(DL21, '大连市', 2021, '地区生产总值', 'growth', '6.5 %左右', '8%左右', 'met'), miss: DL21_KIND, lost: true },
  { ...row(DL21, '大连市', 2021, '全员劳动生产率', 'growth', '6%', null, null), lost: true },
  // (and keyed 研发经费占地区生产总值比重 blind, from 研究与试 验发展经费占地区生产总值比重: a name the alias table did not fold; folded since)
  { ...row(DL21, '大连市', 2021, '研发经费投入强度', 'level', '3%', null, null), lost: true },
  { ...row(DL21, '大连市', 2021, '一般公共预算收入', 'growth', '1%', '5%', 'met'), miss: DL21_KIND, lost: true },
  { ...row(DL21, '大连市', 2021, '规模以上工业增加值', 'growth', '6. 5%以上', '15%', 'met'), miss: DL21_KIND, lost: true },
  { ...row(DL21, '大连市', 2021, '全社会固定资产投资', 'growth', '6. 5%以上', null, null), lost: true },
  { ...row(DL21, '大连市', 2021, '社会消费品零售总额', 'growth', '10%', '6%', 'not-met'), miss: DL21_KIND, lost: true },
  { ...row(DL21, '大连市', 2021, '进出口总额', 'growth', '2%', '10%以上', 'met'), miss: DL21_KIND, lost: true },
  { ...row(DL21, '大连市', 2021, '实际使用外资', 'growth', '10%以上', '153%', 'met'), miss: DL21_KIND, lost: true },
  { ...row(DL21, '大连市', 2021, '城镇登记失业率', 'level', '4. 5%以内', null, null), lost: true },
  { ...row(DL21, '大连市', 2021, '城镇新增就业', 'level', '9. 6万人', null, null), lost: true },
  // a ceiling: 1.6% is under 3%左右
  { ...row(DL21, '大连市', 2021, '居民消费价格', 'growth', '3%左右', '1.6%', 'met'), miss: DL21_KIND, lost: true },

  // 大连 2022: 地区生产总值增长8%左右,全员劳动生产率增长高于经济增长,全社会研发经费投入强度达到3.1%,一般公共预算收入增长5%,规模以上工业
  // 增加值增长15%,固定资产投资增长12%以上,社会消费品零售总额增长10%,外贸进出口总额增长8%,实际利用外资增长15%以上,…城镇登记失业率控制
  // 在4%以内,居民消费价格涨幅控制在3%左右 → 2023 report: 预计,全市实现地区生产总值增长4.5%左右;一般公共预算收入扣除减税降费因素增长8%
  // 左右;固定资产投资增长7.5%左右;规模以上工业增加值增长5%以上;外贸进出口总额增长10%以上;实际利用外资增长15%;…居民消费价格上涨2.5%
  // (5%以上 is 5–6%: short of 15%; the revenue's only stated growth is the one net of tax cuts)
  row(DL22, '大连市', 2022, '地区生产总值', 'growth', '8%左右', '4.5%左右', 'not-met'),
  row(DL22, '大连市', 2022, '研发经费投入强度', 'level', '3.1%', null, null),
  row(DL22, '大连市', 2022, '一般公共预算收入', 'growth', '5%', '8%左右', 'met'),
  row(DL22, '大连市', 2022, '规模以上工业增加值', 'growth', '15%', '5%以上', 'not-met'),
  row(DL22, '大连市', 2022, '全社会固定资产投资', 'growth', '12%以上', '7.5%左右', 'not-met'),
  row(DL22, '大连市', 2022, '社会消费品零售总额', 'growth', '10%', null, null),
  row(DL22, '大连市', 2022, '进出口总额', 'growth', '8%', '10%以上', 'met'),
  row(DL22, '大连市', 2022, '实际使用外资', 'growth', '15%以上', '15%', 'met'),
  row(DL22, '大连市', 2022, '城镇登记失业率', 'level', '4%以内', null, null),
  row(DL22, '大连市', 2022, '居民消费价格', 'growth', '3%左右', '2.5%', 'met'),

  // 济南 2025: 地区生产总值增长5.5%左右;一般公共预算收入增长3%左右;规模以上工业增加值增长6.5%左右;…社会消费品零售总额增长3%左右;城乡
  // 居民人均可支配收入分别增长5.5%左右和6%左右;城镇新增就业15万人以上 → 2026 report: 全市地区生产总值预计超过1.4万亿元;完成一般公共预算
  // 收入1093.4亿元…;预计规模以上工业增加值增长6.9%,社会消费品零售总额增长4.4% (no growth of GDP or revenue stated)
  row(JN25, '济南市', 2025, '地区生产总值', 'growth', '5.5%左右', null, null),
  row(JN25, '济南市', 2025, '一般公共预算收入', 'growth', '3%左右', null, null),
  row(JN25, '济南市', 2025, '规模以上工业增加值', 'growth', '6.5%左右', '6.9%', 'met'),
  row(JN25, '济南市', 2025, '社会消费品零售总额', 'growth', '3%左右', '4.4%', 'met'),
  row(JN25, '济南市', 2025, '城镇居民人均可支配收入', 'growth', '5.5%左右', null, null),
  row(JN25, '济南市', 2025, '农村居民人均可支配收入', 'growth', '6%左右', null, null),
  row(JN25, '济南市', 2025, '城镇新增就业', 'level', '15万人以上', null, null),

  // 青岛 2025: 主要预期目标是:全市生产总值增长5.5%左右,一般公共预算收入增长3% → 2026 report: 预计全市生产总值突破1.7万亿元;一般公共预算
  // 收入达到1340.7亿元,增长0.1%
  row(QD25, '青岛市', 2025, '地区生产总值', 'growth', '5.5%左右', null, null),
  row(QD25, '青岛市', 2025, '一般公共预算收入', 'growth', '3%', '0.1%', 'not-met'),

  // 贵州 2024: 2024年,貴州將…預計全省地區生產總值增長5.5%左右。貴州將推動數字經濟實現質的突破,數字經濟占比達到45%以上 → 2025 report:
  // 全年地区生产总值增长5.3% (5.5%左右 reaches down to 5.25%: met); no share of the digital economy stated
  row(GZ24, '贵州省', 2024, '地区生产总值', 'growth', '5.5%左右', '5.3%', 'met'),
  // (貴州將推動…數字經濟占比達到45%以上: once read as a result; a paragraph opening 2024年,貴州將 now plans 2024: year-will-paragraphs.ts)
  row(GZ24, '贵州省', 2024, '数字经济占比', 'level', '45%以上', null, null),

  // 河南 2024: 经济增长目标确定为5.5% / 研发经费投入强度2.1% / 社会消费品零售总额增长7% / 固定资产投资增长7% / 城镇新增就业110万人以上 /
  // 居民消费价格涨幅3%左右 → 2025 report: 全年生产总值6.36万亿元、增长5.1%,…固定资产投资增长7%,…社会消费品零售总额2.76万亿元增长6.1%…
  // 城镇新增就业120万人 (no R&D ratio or price figure for 2024)
  row(HA24, '河南省', 2024, '地区生产总值', 'growth', '5.5%', '5.1%', 'not-met'),
  row(HA24, '河南省', 2024, '研发经费投入强度', 'level', '2.1%', null, null),
  row(HA24, '河南省', 2024, '社会消费品零售总额', 'growth', '7%', '6.1%', 'not-met'),
  row(HA24, '河南省', 2024, '全社会固定资产投资', 'growth', '7%', '7%', 'met'),
  row(HA24, '河南省', 2024, '城镇新增就业', 'level', '110万人以上', '120万人', 'met'),
  row(HA24, '河南省', 2024, '居民消费价格', 'growth', '3%左右', null, null),
];

describePairs({
  title: 'held-out batch 18 (大连 2021, 2022; 济南 2025; 青岛 2025; 贵州 2024; 河南 2024)',
  files: FILES18,
  pairs: PAIRS18,
  targetsIn: batch18.targetsIn,
  floor: 15,
});

// Batch 19 (split holdout19): a province and a city no batch here pairs (新疆 2023 → 2024, with 2020's targets; 合肥 2023 → 2024 →
// 2025), on texts the comparison had never been run on: a local government site's copy of the 2023 新疆 report from its 主要预期目标 on
// (今年我区…: no year, no title; 新疆 only inside a name), a magazine's review of 2023 in traditional characters with glosses (進出口貿易總額
// for the trade total; 城鄉居民人均可支配收入分別增長5.6%、8.4%), 中证网 on the 2020 新疆 report (its targets, then 2019's estimates),
// 合肥在线's reading of the 2023 合肥 report (主要目标建议为; 全社会研发投入3.6%左右), a copy of 合肥's 2024 plan report (2023's execution:
// 全市投资增长3%左右), a news site's excerpt of the 2024 合肥 report from its 2024 part (the year only as 新中国成立75周年, the city only in
// 合肥篇章), a forum's abstract of the 2025 合肥 report (预计,地区生产总值增长5.8%左右). Rows read by hand from the texts and committed
// before the comparison was first run on them; one comparison over the seven files. Not found with both ends in the searches made
// (stored pages, addresses in no fixture): 新疆 2016, 2019, 2021 and 2025 targets (their results are stored), 黑龙江 2006's results,
// 昆明 2021, 2022 and 2024 targets and 2025's results, 合肥 2025's results; 广州 2017 and 2018 are fixtures already (detect-corpus).
// As first measured (blind, main at 0d7f82d): 0 of 13 stated pairs paired (新疆 2023 0/8, 合肥 2023 0/3, 合肥 2024 0/2), no false pair,
// 16 of 32 targets lost. Every result landed in its dated cell; every target missed it. By family: metadata (the hts page, no year:
// 新疆 2023's 8 pairs, its targets in the yearless column; 合肥在线's page read as 全国's: 3 pairs, 8 targets; the csjcs page read as
// 安徽省's, of no year: 2 pairs, 7 targets), key folding (進出口貿易總額/进出口贸易总额 keyed apart from 进出口总额: 新疆 2023's trade pair
// besides its year, and 新疆 2020's target lost; 全社会研发投入3.6%左右 keyed 全社会研发投入, besides its region), name (合肥's
// 全市投资增长3%左右 keyed 有效投资行动投资). None of units, period or verdict could be seen: no target met its result in a dated cell.
// After the key fold (进出口贸易总额 in lib/compare/aliases.ts): 0 of 13, no false pair, 15 of 32 targets lost (新疆 2020's trade target
// found); the misses left are the engine's (metadata: 13 pairs; name: 1, besides its region) but one key: 全社会研发投入 for the R&D
// ratio, left apart (as a level it is the ratio only with a %, and the alias table cannot tell a % from 亿元: 全社会研发投入500亿元).
// After meta27 (the 5ihefei excerpt, cut at 积极争取政策性金融工具、中央预算, no longer read as the centre's budget report: 安徽省/合肥市 by
// its own 合肥 and 全市): 2 of 13, no false pair, 8 of 32 targets lost; 合肥 2023's fixed investment is left to its name. Then the csjcs
// page dated by 今年是新中国成立75周年 (1949 + 75) and placed by 中国式现代化合肥篇章 within the 安徽 it names: 4 of 13, 1 target lost.
const FILES19 = [
  join(TEXTS, 'prov-xinjiang-2023-hts-targets.txt'),
  join(TEXTS, 'prov-xinjiang-2024-victorzhang-review-trad.txt'),
  join(TEXTS, 'prov-xinjiang-2020-szsmt-targets.txt'),
  join(TEXTS, 'city-hefei-2023-5ihefei-targets.txt'),
  join(TEXTS, 'city-hefei-2024-desk33-plan-review.txt'),
  join(TEXTS, 'city-hefei-2024-csjcs-targets.txt'),
  join(TEXTS, 'city-hefei-2025-parkworld-review.txt'),
];

const batch19 = pairNames();
const XJ23 = batch19.pairOf(
  '新疆 2023 (hts: the report’s list, no year) → 2024 report review (victorzhang, traditional, glossed)',
  'prov-xinjiang-2023-hts-targets.txt',
);
const XJ20 = batch19.pairOf('新疆 2020 (szsmt: 中证网) → no 2021 page', 'prov-xinjiang-2020-szsmt-targets.txt');
const HF23 = batch19.pairOf(
  '合肥 2023 (5ihefei: 合肥在线’s reading) → 2024 plan report (desk33: 2023’s execution)',
  'city-hefei-2023-5ihefei-targets.txt',
);
const HF24 = batch19.pairOf(
  '合肥 2024 (csjcs: the report’s 2024 part, no year) → 2025 report abstract (parkworld)',
  'city-hefei-2024-csjcs-targets.txt',
);

// the hts copy opens at 今年我区…主要预期目标 with no title and no year (八大产业集群 alone dates it): its targets go to the yearless column
const XJ23_NO_YEAR = 'metadata: the hts page states no year (今年), its targets go to the yearless column';

const PAIRS19: Pair[] = [
  // 新疆 2023: 地区生产总值增长7%左右;规模以上工业增加值增长9%左右;固定资产投资增长11%左右;社会消费品零售总额增长12%左右;进出口总额增长
  // 10%左右;一般公共预算收入增长10%左右;城镇调查失业率控制在5.5%以内;城镇居民人均可支配收入增长7%左右,农村居民人均可支配收入增长8%
  // 左右,居民消费价格涨幅保持在3%左右 → 2024 report review: 全區地區生產總值增長6.8%,規模以上工業增加值增長6.4%,一般公共預算收入增長
  // 15.3%,固定資產投資增長12.4%,社會消費品零售總額增長18.8%,進出口貿易總額增長45.9%,城鄉居民人均可支配收入分別增長5.6%、8.4%
  // (7%左右 reaches down to 6.5%: 6.8% meets it; 9%左右 and 7%左右 are not met by 6.4% and 5.6%; no unemployment or price figure)
  { ...row(XJ23, '新疆维吾尔自治区', 2023, '地区生产总值', 'growth', '7%左右', '6.8%', 'met'), miss: XJ23_NO_YEAR },
  { ...row(XJ23, '新疆维吾尔自治区', 2023, '规模以上工业增加值', 'growth', '9%左右', '6.4%', 'not-met'), miss: XJ23_NO_YEAR },
  { ...row(XJ23, '新疆维吾尔自治区', 2023, '全社会固定资产投资', 'growth', '11%左右', '12.4%', 'met'), miss: XJ23_NO_YEAR },
  { ...row(XJ23, '新疆维吾尔自治区', 2023, '社会消费品零售总额', 'growth', '12%左右', '18.8%', 'met'), miss: XJ23_NO_YEAR },
  // the review names the trade total 進出口貿易總額 (blind, keyed 进出口贸易总额, a row of its own; folded since, it lands in 2023)
  { ...row(XJ23, '新疆维吾尔自治区', 2023, '进出口总额', 'growth', '10%左右', '45.9%', 'met'), miss: XJ23_NO_YEAR },
  { ...row(XJ23, '新疆维吾尔自治区', 2023, '一般公共预算收入', 'growth', '10%左右', '15.3%', 'met'), miss: XJ23_NO_YEAR },
  row(XJ23, '新疆维吾尔自治区', 2023, '城镇调查失业率', 'level', '5.5%以内', null, null),
  { ...row(XJ23, '新疆维吾尔自治区', 2023, '城镇居民人均可支配收入', 'growth', '7%左右', '5.6%', 'not-met'), miss: XJ23_NO_YEAR },
  { ...row(XJ23, '新疆维吾尔自治区', 2023, '农村居民人均可支配收入', 'growth', '8%左右', '8.4%', 'met'), miss: XJ23_NO_YEAR },
  row(XJ23, '新疆维吾尔自治区', 2023, '居民消费价格', 'growth', '3%左右', null, null),

  // 新疆 2020: 地区生产总值增长5.5%左右,全社会固定资产投资增长5%左右,进出口贸易总额增长5%左右,城乡居民人均可支配收入分别增长6%左右、
  // 7.5%左右,城镇登记失业率4.5%以内,居民消费价格涨幅控制在3%左右 (no 2021 page in this batch: targets only; the page's 2019 estimates,
  // 同比增长6%左右…, are 2019's and meet no target here)
  row(XJ20, '新疆维吾尔自治区', 2020, '地区生产总值', 'growth', '5.5%左右', null, null),
  row(XJ20, '新疆维吾尔自治区', 2020, '全社会固定资产投资', 'growth', '5%左右', null, null),
  // (进出口贸易总额增长5%左右: keyed 进出口贸易总额 blind and lost, a name the alias table did not fold; folded since)
  row(XJ20, '新疆维吾尔自治区', 2020, '进出口总额', 'growth', '5%左右', null, null),
  row(XJ20, '新疆维吾尔自治区', 2020, '城镇居民人均可支配收入', 'growth', '6%左右', null, null),
  row(XJ20, '新疆维吾尔自治区', 2020, '农村居民人均可支配收入', 'growth', '7.5%左右', null, null),
  row(XJ20, '新疆维吾尔自治区', 2020, '城镇登记失业率', 'level', '4.5%以内', null, null),
  row(XJ20, '新疆维吾尔自治区', 2020, '居民消费价格', 'growth', '3%左右', null, null),

  // 合肥 2023: 生产总值增长6.5%以上;规上工业增加值增长8%以上;固定资产投资增长10%左右;一般公共预算收入增长4%左右;社会消费品零售总额增长
  // 9%左右;…全社会研发投入3.6%左右;…居民消费价格涨幅3%左右;城镇新增就业13万人 → 2024 plan report: 地区生产总值增长5.8%,规上工业增加值
  // 增长10%以上…全市投资增长3%左右 (the city's fixed investment, named 投资; no revenue, retail, R&D, price or jobs figure in the excerpt)
  row(HF23, '合肥市', 2023, '地区生产总值', 'growth', '6.5%以上', '5.8%', 'not-met'),
  row(HF23, '合肥市', 2023, '规模以上工业增加值', 'growth', '8%以上', '10%以上', 'met'),
  {
    ...row(HF23, '合肥市', 2023, '全社会固定资产投资', 'growth', '10%左右', '3%左右', 'not-met'),
    miss: 'name: the result 全市投资增长3%左右 is keyed 有效投资行动投资 (the name runs back into 实施扩大有效投资行动)',
  },
  row(HF23, '合肥市', 2023, '一般公共预算收入', 'growth', '4%左右', null, null),
  row(HF23, '合肥市', 2023, '社会消费品零售总额', 'growth', '9%左右', null, null),
  // 全社会研发投入3.6%左右: a share of GDP (the R&D ratio), written without 强度 or 占GDP比重 (keyed 全社会研发投入, besides its region)
  { ...row(HF23, '合肥市', 2023, '研发经费投入强度', 'level', '3.6%左右', null, null), lost: true },
  row(HF23, '合肥市', 2023, '居民消费价格', 'growth', '3%左右', null, null),
  row(HF23, '合肥市', 2023, '城镇新增就业', 'level', '13万人', null, null),

  // 合肥 2024: 地区生产总值增长6%左右,规模以上工业增加值增长8%,固定资产投资增长3%左右,一般公共预算收入增长2%左右,社会消费品零售总额增长
  // 7%左右,…居民消费价格涨幅3%左右,城镇新增就业14.5万人 → 2025 report abstract: 预计,地区生产总值增长5.8%左右,规上工业增加值增长14.9%
  // 左右 (6%左右 reaches down to 5.5%: met)
  row(HF24, '合肥市', 2024, '地区生产总值', 'growth', '6%左右', '5.8%左右', 'met'),
  row(HF24, '合肥市', 2024, '规模以上工业增加值', 'growth', '8%', '14.9%左右', 'met'),
  row(HF24, '合肥市', 2024, '全社会固定资产投资', 'growth', '3%左右', null, null),
  row(HF24, '合肥市', 2024, '一般公共预算收入', 'growth', '2%左右', null, null),
  row(HF24, '合肥市', 2024, '社会消费品零售总额', 'growth', '7%左右', null, null),
  row(HF24, '合肥市', 2024, '居民消费价格', 'growth', '3%左右', null, null),
  row(HF24, '合肥市', 2024, '城镇新增就业', 'level', '14.5万人', null, null),
];

describePairs({
  title: 'held-out batch 19 (新疆 2023, 2020; 合肥 2023, 2024)',
  files: FILES19,
  pairs: PAIRS19,
  targetsIn: batch19.targetsIn,
  floor: 4,
});

// Batch 19, second part (split holdout19 too): 黑龙江 2006 → 2007, found after the first part was run (no page of the 2007 report in
// Chinese gave 2006's figures; 흑룡강신문, the province's Korean-language daily, did: GDP 6216.3억원 실현하고 12% 성장). Its rows read by
// hand before the comparison was run on its two files. The Korean page is a page a reader of the province meets; the comparison reads
// Chinese, so its one stated pair is written as the page states it, whatever the engine makes of it.
// As first measured (blind, main at 0d7f82d): 0 of 1 stated pair paired, no false pair, no target lost (all five in 黑龙江's 2006
// column). The miss is the language's: the Korean page is read with no region and no year, its figures keyed by the Korean words
// before them. (The target page's 2006 tasks, 种植业标准化达到1.2亿亩 and 规模化养殖业比重达到65.0% after 2006年我省将…, are read as
// 2005's results: the engine's kind, outside the list.)
const FILES19B = [join(TEXTS, 'prov-heilongjiang-2006-dbw-targets.txt'), join(TEXTS, 'prov-heilongjiang-2007-hljxinwen-review-korean.txt')];

const batch19b = pairNames();
const HL06 = batch19b.pairOf(
  '黑龙江 2006 (dbw: 东北网) → 2007 report news (hljxinwen: 흑룡강신문, in Korean)',
  'prov-heilongjiang-2006-dbw-targets.txt',
);

const PAIRS19B: Pair[] = [
  // 黑龙江 2006: 生产总值增长11.0%以上,全社会固定资产投资增长25.0%以上,财政一般预算收入增长12.0%以上,农民人均纯收入增长6.0%,城镇居民
  // 可支配收入增长8.0% → 2007 report news: 국민생산총액(GDP) 6216.3억원 실현하고 12% 성장하여; 재정 일반수입 386.6억원 실현하여 1990년이래
  // 최고 증가폭 (the revenue's growth given as no figure); no investment or income figure
  // (blind: the Korean page is read with no region and no year, its 12% keyed by the Korean words before it)
  {
    ...row(HL06, '黑龙江省', 2006, '地区生产总值', 'growth', '11.0%以上', '12%', 'met'),
    miss: 'language: the Korean page is read with no region, no year and no known name (국민생산총액(GDP)…실현하고 12%)',
  },
  row(HL06, '黑龙江省', 2006, '全社会固定资产投资', 'growth', '25.0%以上', null, null),
  row(HL06, '黑龙江省', 2006, '一般公共预算收入', 'growth', '12.0%以上', null, null),
  row(HL06, '黑龙江省', 2006, '农村居民人均纯收入', 'growth', '6.0%', null, null),
  row(HL06, '黑龙江省', 2006, '城镇居民人均可支配收入', 'growth', '8.0%', null, null),
];

describePairs({
  title: 'held-out batch 19, second part (黑龙江 2006, its results in Korean)',
  files: FILES19B,
  pairs: PAIRS19B,
  targetsIn: batch19b.targetsIn,
  floor: 0,
});
