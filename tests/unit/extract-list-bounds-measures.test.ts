// Round 7 (gold-heldout, gold-heldout2): what a list of values shares and what it does not — a ceiling written
// once after the last value (以内, 以下) bounds each, a floor (以上) only the last; a rate noun said with the last
// item is that item's measure, a price level given in per cent is its rise; a cut of a thing named between the
// verb and its share is a fall; a budget named right before its sum is a target, in an execution report too, and the share
// of a plan done an outcome, in a plan's section too. Sentences of real pages (the file named in each row's name).
import { describe, it } from 'vitest';
import { checkRow, describeLastMentions, rowName, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const R1956 = 'tests/fixtures/judged/pages41/national-1956-chengjun.txt';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'a bound written once after a list of values',
    rows: [
      {
        name: 'gold-heldout 镇安 2015: 分别控制在4.2%、3%、2.5‰以内 — 以内 bounds each',
        input: '城镇登记失业率、居民价格消费指数和人口自增率分别控制在4.2%、3%、2.5‰以内,万元GDP能耗下降3.5%。',
        expect: [
          { text: '4.2%', qualifier: 'below' },
          { text: '3%', qualifier: 'below' },
          { text: '2.5‰以内', qualifier: 'below' },
          { text: '3.5%', qualifier: 'exact' },
        ],
      },
      {
        name: 'prov-xinjiang-2025: 重污染天数比例分别控制在5%和2%以内',
        input: '“乌—昌—石”“奎—独—乌”区域重污染天数比例分别控制在5%和2%以内。',
        expect: [
          { text: '5%', qualifier: 'below' },
          { text: '2%以内', qualifier: 'below' },
        ],
      },
      {
        name: '以下 is a ceiling too',
        input: '城镇登记失业率和城镇调查失业率分别控制在4%和5.5%以下。',
        expect: [
          { text: '4%', qualifier: 'below' },
          { text: '5.5%以下', qualifier: 'below' },
        ],
      },
      {
        name: 'must not fire: 以上 stays the last value’s own (judged README, sample 34)',
        input: '城乡居民人均可支配收入分别增长9%和10%以上。',
        expect: [
          { text: '9%', qualifier: 'exact' },
          { text: '10%以上', qualifier: 'above' },
        ],
      },
      {
        name: 'must not fire: a bound of a value outside any list',
        input: '城镇登记失业率4.2%,居民消费价格涨幅控制在3%以内。',
        expect: [
          { text: '4.2%', qualifier: 'exact' },
          { text: '3%以内', qualifier: 'below' },
        ],
      },
    ],
  },
  {
    family: 'at least, at most: 至少 and 至多 before the number or before its verb',
    rows: [
      {
        name: 'national 2018: 移动网络流量资费年内至少降低30%',
        input: '取消流量“漫游”费,移动网络流量资费年内至少降低30%,让群众和企业切实受益。',
        expect: [{ text: '30%', qualifier: 'above', value: -30 }],
      },
      {
        name: 'judged/pages41 national-1955: 至少完成四千万亩到五千万亩; 应该比原计划至少节约百分之十',
        input: '至少完成四千万亩到五千万亩荒地开垦的规划设计。生产性建设的造价,应该比原计划至少节约百分之十。',
        expect: [
          { text: '四千万亩到五千万亩', qualifier: 'above' },
          { text: '百分之十', qualifier: 'above' },
        ],
      },
      {
        name: 'prov-yunnan-2025: 挂钩联系本地区至少1所薄弱医院 (the bound in the figure’s text)',
        input: '各级领导干部挂钩联系本地区至少1所薄弱医院。',
        expect: [{ text: '至少1所', qualifier: 'above' }],
      },
      {
        name: 'judged/pages41 national-1956: 约达１０亿余元 — the 余 at the number bounds it, the 约 of its verb only hedges',
        input: '节约的资金约达１０亿余元,比原投资计划减少了１６．１％。',
        expect: [{ text: '１０亿余元', qualifier: 'above' }],
      },
      {
        name: 'must not fire: 约 before the verb of a plain number stays about (约占80%)',
        input: '民营经济约占80%。',
        expect: [{ text: '80%', qualifier: 'about' }],
      },
      {
        name: 'must not fire: a norm for each of a class (prov-hubei-2025 每个乡镇至少办好1所, judged exact)',
        input: '支持每个乡镇至少办好1所优质初中。',
        expect: [{ text: '1所', qualifier: 'exact' }],
      },
    ],
  },
  {
    family: 'the measure of each item of a list',
    rows: [
      {
        name: 'prov-xizang-2025: 失业率、居民消费价格涨幅分别控制在5%和3%以内 — the 涨幅 is the last item’s',
        input: '城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内,主要经济指标增速继续保持全国前列。',
        expect: [
          { text: '5%', measure: 'level', value: 5 },
          { text: '3%以内', measure: 'growth', value: 3 },
        ],
      },
      {
        name: 'gold-heldout 镇安: a price index in per cent is its rise, the rates beside it levels',
        input: '城镇登记失业率、居民价格消费指数和人口自增率分别控制在4.2%、3%、2.5‰以内。',
        expect: [
          { text: '4.2%', measure: 'level' },
          { text: '3%', measure: 'growth', value: 3 },
          { text: '2.5‰以内', measure: 'level' },
        ],
      },
      {
        name: 'must not fire: growths of a list of amounts stay growths',
        input: '存、贷款余额分别增长22.8%、17.7%。',
        expect: [
          { text: '22.8%', measure: 'growth' },
          { text: '17.7%', measure: 'growth' },
        ],
      },
      {
        name: 'must not fire: a rate of growth (增长率) after a rate noun is no level',
        input: '工业增加值增长率、利润增幅分别为8%和10%。',
        expect: [{ text: '8%', measure: 'growth' }],
      },
    ],
  },
  {
    family: 'a cut of a thing named between the verb and its share is a fall',
    rows: [
      {
        name: 'gold-heldout2 甘肃 2014: 清理压减各类奖励、节庆、展会经费50%以上',
        input: '报告说,省级清理压减各类奖励、节庆、展会经费50%以上。',
        expect: [{ text: '50%以上', measure: 'growth', value: -50, qualifier: 'above' }],
      },
      {
        name: 'national 2018: 压减政府性基金项目30%',
        input: '多措并举降成本,压减政府性基金项目30%,削减中央政府层面设立的涉企收费项目60%以上。',
        expect: [
          { text: '30%', measure: 'growth', value: -30 },
          { text: '60%以上', measure: 'growth', value: -60 },
        ],
      },
      {
        name: 'must not fire: a rate cut to a level',
        input: '综合能耗降低到0.5吨标准煤,城镇登记失业率降低到4%。',
        expect: [{ text: '4%', measure: 'level', value: 4 }],
      },
      {
        name: 'must not fire: a share of a part, after 的 or 占',
        input: '降低成本的企业占比60%。',
        expect: [{ text: '60%', value: 60 }],
      },
    ],
  },
  {
    family: 'a base exceeded by a share, named between 超过 and the share',
    rows: [
      {
        name: 'judged/pages41 national-1956: 超过计划成本４％左右 is a growth over the planned cost',
        input: '煤炭工业部原煤的全部可比产品成本，超过计划成本４％左右。',
        expect: [{ text: '４％左右', measure: 'growth', value: 4 }],
      },
      {
        name: 'must not fire: 超过…的50% is a share of the base; 超过50% a bound',
        input: '外贸依存度超过全市总量的50%,服务业占比超过50%。',
        expect: [
          { text: '50%', measure: 'level' },
          { text: '超过50%', measure: 'level', qualifier: 'above' },
        ],
      },
    ],
  },
  {
    family: 'a budget named right before its sum is the plan of its year; the share of a plan done is an outcome',
    rows: [
      {
        name: 'gold-heldout2 大姚 2024: 累计完成24627万元,完成年初预算数60999万元的40.4%',
        input: '1—4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%。',
        title: '大姚县2024年1—4月财政预算执行情况',
        expect: [
          { text: '24627万元', kind: 'actual' },
          { text: '60999万元', kind: 'target' },
        ],
      },
      {
        name: 'gold-heldout2 甘肃 2014 accounts: 批准的省级收入预算为196.2亿元,…支出预算变动为686亿元',
        input: '2014年,省人大批准的省级收入预算为196.2亿元,支出预算为493.1亿元,加上中央新增补助、上年结转等,支出预算变动为686亿元。',
        title: '关于2014年省级财政决算草案和2015年上半年全省财政预算执行情况的报告',
        expect: [
          { text: '196.2亿元', kind: 'target', period: 2014 },
          { text: '493.1亿元', kind: 'target', period: 2014 },
          { text: '686亿元', kind: 'target', period: 2014 },
        ],
      },
      {
        name: 'must not fire: a share aimed at (力争完成计划的105%) stays a target',
        input: '今年全市工业总产值力争完成计划的105%。',
        title: '太仓市2015年政府工作报告',
        expect: [{ text: '105%', kind: 'target' }],
      },
      {
        name: 'must not fire: a budget’s revenue or spending done (一般公共预算收入完成…) is a result',
        input: '2014年,全省一般公共预算收入完成672.2亿元,一般公共预算支出2538.4亿元。',
        title: '关于2014年省级财政决算草案和2015年上半年全省财政预算执行情况的报告',
        expect: [
          { text: '672.2亿元', kind: 'actual', period: 2014 },
          { text: '2538.4亿元', kind: 'actual', period: 2014 },
        ],
      },
    ],
  },
  {
    family: 'a gap below a base in points is negative',
    rows: [
      {
        name: 'gold-heldout2 山西 2016: 低于预期1.5個百分點',
        input: '全省地区生产总值增长4.5%左右,低于预期1.5個百分點。',
        expect: [{ text: '1.5個百分點', measure: 'change', value: -1.5 }],
      },
      {
        name: 'prov-jiangsu-2025: 城镇调查失业率4.5%、低于全国0.6个百分点; national 2018: 比去年预算低0.4个百分点',
        input: '城镇调查失业率4.5%、低于全国0.6个百分点。今年赤字率拟按2.6%安排,比去年预算低0.4个百分点。',
        expect: [
          { text: '0.6个百分点', value: -0.6 },
          { text: '0.4个百分点', value: -0.4 },
        ],
      },
      {
        name: 'must not fire: a gap above (高于) stays positive',
        input: '地区生产总值增长8%,高于全国1.1个百分点。',
        expect: [{ text: '1.1个百分点', measure: 'change', value: 1.1 }],
      },
    ],
  },
  {
    family: 'a rate of growth named before where it was held from',
    rows: [
      {
        name: 'gold-heldout2 四川 2010: CPI涨幅控制从去年的5%左右',
        input: '今年GDP的增长挑战10%。CPI涨幅控制从去年的5%左右,下降到3%左右。',
        expect: [{ text: '5%左右', measure: 'growth', value: 5 }],
      },
    ],
  },
];

for (const { family, rows } of families)
  describe(family, () => {
    for (const row of rows) it(rowName(row), () => checkRow(row));
  });

// a whole real text up to the mention: each expected mention is the last of its surface
describeLastMentions([
  {
    family: 'the share of a plan done is an outcome, in a plan’s section too',
    rows: [
      {
        name: 'judged/pages41 national-1956: in the budget year’s section, 钢材完成９５％ and 计划完成１０５％ are outcomes',
        input: textUpTo(R1956, '江海货运量计划完成１０４％'),
        title: '',
        expect: [
          { text: '９５％', kind: 'actual', period: 1956 },
          { text: '１０５％', kind: 'actual', period: 1956 },
        ],
      },
    ],
  },
]);
