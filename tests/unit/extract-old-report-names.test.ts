// Indicator names of the national work reports of the 1980s (samples 28 and 29 of tests/fixtures/judged): years written
// digit by digit in Chinese numerals, spans of years and comparisons run into the name, a time word cut in half, a
// subject said alone before a comma. Real sentences of the fixtures (chengjun/mybook data/gov_reports1954-2021.txt, see
// their manifests); each row failed before its rule, the rows that keep a name as it was guard the rule's bounds.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers/engine';
import { sentenceRow as row } from './helpers/real-pages';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'a year in Chinese numerals (一九九○年, 由一九八○年的, 一九九○年比) is a year, no part of the name',
    rows: [
      row('national 1986', '一九九○年工农业总产值达到', [
        { text: '一万六千七百七十亿元', indicator: '工农业总产值' },
        { text: '一点三倍', indicator: '工农业总产值' },
      ]),
      row('national 1986', '普通高等学校在校学生由一九八○年', [
        { text: '一百一十四万人', indicator: '普通高等学校在校学生' },
        { text: '一百七十万人', indicator: '普通高等学校在校学生' },
      ]),
      row('national 1986', '进出口贸易总额一九九○年比', [{ text: '百分之四十', indicator: '进出口贸易总额' }]),
      row('national 1983', '肉禽蛋的社会零售额一九八二年比', [{ text: '一点一倍', indicator: '肉禽蛋的社会零售额' }]),
    ],
  },
  {
    family: 'the years a figure goes over, said after its name (从…至…的二十八年间, 在…到…年间), and 只 before its verb',
    rows: [
      row('national 1986', '我国农业总产值从一九五三年至一九八○年', [{ text: '百分之三点五', indicator: '我国农业总产值' }]),
      row('national 1986', '粮食产量在一九五三年到一九七八年间', [{ text: '五百多万吨', indicator: '粮食产量' }]),
    ],
  },
  {
    family:
      'a span or a connective before the name (这五年, 五年中|国家, 四年中|城镇, 尽管前四年内我国, 整个), not half of one (计划内), and 仍以/却以 after it',
    rows: [
      row('national 1986', '这五年农民人均纯收入', [{ text: '百分之十三点七', indicator: '农民人均纯收入' }]),
      row('national 1983', '五年中国家用于城市职工住宅的投资', [{ text: '四百八十亿元', indicator: '国家用于城市职工住宅的投资' }]),
      row('national 1983', '四年中城镇集体所有制单位就业职工', [{ text: '六百零三万人', indicator: '城镇集体所有制单位就业职工' }]),
      // (计划内, 计划外: a compound, not the modal 计划 before a name)
      row('national 1985', '计划内签约成交的技术引进项目', [{ text: '一千多项', indicator: '计划内签约成交的技术引进项目' }]),
      row('national 1983', '全国农业总产值仍以', [{ text: '百分之七点五', indicator: '农业总产值' }]),
      row('national 1983', '而整个工业却以', [
        { text: '百分之一点九', indicator: '能源消费总量' },
        { text: '百分之七点二', indicator: '工业' },
      ]),
      // (五年|中央财政: 中央 is a name's, not the time's)
      row('national 2008', '五年中央财政用于科技的投入', [{ text: '3406亿元', indicator: '中央财政用于科技的投入' }]),
    ],
  },
  {
    family: 'a subject said alone before a comma (…的成本, …的平均消费水平, …所占的比重) or that it moved (预算外资金却大幅度增加)',
    rows: [
      row('national 1983', '工业企业可比产品的成本，', [
        { text: '百分之零点九', indicator: '工业企业可比产品的成本' },
        { text: '百分之一', indicator: '工业企业可比产品的成本' },
      ]),
      row('national 1983', '预算外资金却大幅度增加', [
        { text: '三百七十一亿元', indicator: '预算外资金' },
        { text: '百分之七十五点二', indicator: '预算外资金' },
      ]),
      row('national 1985', '城乡居民的平均消费水平，', [
        { text: '一百七十五元', indicator: '城乡居民的平均消费水平' },
        { text: '７．３％', indicator: '城乡居民的平均消费水平' },
        // (远远超过…的二十六年间平均每年提高2.2%的速度: the rate compared with is of the same thing)
        { text: '２．２％', indicator: '城乡居民的平均消费水平' },
      ]),
      row('national 1985', '积累在国民收入中所占的比重，在调整初期', [{ text: '３６．５％', indicator: '积累在国民收入中所占的比重' }]),
      row('national 2008', '全社会研究与实验发展经费，从2002年', [
        { text: '1288亿元', indicator: '全社会研究与实验发展经费' },
        { text: '1.07%', indicator: '全社会研究与实验发展经费占国内生产总值比重' },
      ]),
      row('national 2008', '今年中央财政用于教育的投入，', [{ text: '1076亿元', indicator: '中央财政用于教育的投入' }]),
    ],
  },
  {
    family: 'an action said once before a list (新增, 建成投产, 关停, 淘汰落后; a heading 新增加的重要生产能力有:) goes on over its items',
    rows: [
      row('national 1986', '五年内新增发电装机容量', [
        { text: '一千九百五十万千瓦', indicator: '新增发电装机容量' },
        { text: '五千万吨', indicator: '新增原油开采能力' },
        { text: '一亿吨', indicator: '新增港口深水泊位吞吐能力' },
      ]),
      row('national 1990', '限额以上重点技术改造项目２５个', [{ text: '２５个', indicator: '建成投产限额以上重点技术改造项目' }]),
      row('national 1990', '新增加的重要生产能力有', [
        { text: '９０２万千瓦', indicator: '新增发电装机容量' },
        { text: '２４９５万吨', indicator: '新增原煤开采能力' },
        { text: '４８８５万吨', indicator: '新增港口吞吐能力' },
      ]),
      // (an aside before the heading's verb, 举其重要的来说; a product of one character, 钢, 纸: the new capacity to make it)
      row('national 1955', '新增生产能力举其重要的来说', [
        { text: '四十二万七千吨', indicator: '新增钢生产能力' },
        { text: '四万吨', indicator: '新增纸生产能力' },
        { text: '十六万条', indicator: '新增汽车轮胎生产能力' },
      ]),
      row('national 2008', '关停小火电2157万千瓦', [
        { text: '1.12万处', indicator: '关停小煤矿' },
        { text: '8700万吨', indicator: '淘汰落后水泥产能' },
      ]),
      // (an item that is no capacity, line or project keeps its own name: 下岗失业人员再就业)
      row('national 2004', '下岗失业人员再就业５００万人', [{ text: '５００万人', indicator: '下岗失业人员再就业' }]),
    ],
  },
  {
    family: 'the value or the plan a figure came from is no part of its name (已由五百九十八所, 由“七五”末的8500万)',
    rows: [
      row('national 1983', '我国普通高等学校已由五百九十八所', [
        { text: '七百一十五所', indicator: '我国普通高等学校' },
        { text: '一百一十五万四千人', indicator: '我国普通高等学校在校学生' },
      ]),
      row('national 1996', '贫困人口由“七五”末的', [{ text: '６５００万', indicator: '贫困人口' }]),
    ],
  },
  {
    family: "a part's share is of the whole its sentence opens with (在工农业总产值中,农业所占比重…)",
    rows: [
      row('national 1983', '在工农业总产值中，农业所占比重', [
        { text: '百分之二十七点八', indicator: '工农业总产值中农业所占比重' },
        { text: '百分之三十三点四', indicator: '工农业总产值中轻工业所占比重' },
      ]),
    ],
  },
  {
    family: 'more than a base (比去年多, 比…的总和还多, 高出四倍多) is a change, or a growth for a rate or a multiple',
    rows: [
      row('national 2017', '城镇新增就业预期目标比去年多', [{ text: '100万人', indicator: '城镇新增就业预期目标', measure: 'change' }]),
      row('national 1983', '比“文化大革命”前十七年的总和还多', [{ text: '百分之八十三', indicator: '招收研究生', measure: 'growth' }]),
      row('national 1983', '平均每年增加四十九', [{ text: '四倍多', measure: 'growth' }]),
      row('national 2008', '拟增加中央预算稳定调节基金', [{ text: '1032亿元', measure: 'change' }]),
    ],
  },
  {
    family: "a plan, a modal or a funder's verb around the name (国家计划要求今年的, 要保证, 用两年时间将, 将安排, 大体需要)",
    rows: [
      row('national 1990', '国家计划要求今年的国民生产总值', [{ text: '百分之五', indicator: '国民生产总值' }]),
      row('national 1996', '粮食总产量要保证', [
        { text: '４９００亿公斤', indicator: '粮食总产量' },
        { text: '５０００亿公斤', indicator: '粮食总产量' },
      ]),
      row('national 2008', '中央财政将安排科技支出', [{ text: '1134亿元', indicator: '中央财政科技支出' }]),
      // (its purpose said after how much more it is than last year's: the sum and its rise are named alike)
      row('national 2008', '今年中央财政将安排832亿元', [
        { text: '832亿元', indicator: '中央财政支持卫生事业改革和发展资金' },
        { text: '167亿元', indicator: '中央财政支持卫生事业改革和发展资金' },
      ]),
      row('national 2008', '用两年时间将筹资标准', [{ text: '50元', ind: '筹资标准', notInd: ['用两年', '将'] }]),
      row('national 1990', '今后大体需要保持', [{ text: '百分之五点四', indicator: '经济增长' }]),
      row('national 1996', '今年经济增长速度的调控目标定为', [{ text: '８％', indicator: '经济增长', measure: 'growth' }]),
    ],
  },
  {
    family:
      'a bare measure is of the subject the sentence opens with (全国粮食连续四年增产, …制度不断完善, …保持良好势头) or of the figure before',
    rows: [
      row('national 2008', '全国粮食连续四年增产', [{ text: '50150万吨', indicator: '粮食产量' }]),
      row('national 2008', '城镇职工基本养老保险制度不断完善', [
        { text: '突破2亿人', indicator: '城镇职工基本养老保险参保人数' },
        { text: '5400多万人', indicator: '城镇职工基本养老保险参保人数' },
      ]),
      row('national 1995', '外商直接投资保持良好势头', [{ text: '３３０多亿美元', indicator: '外商直接投资实际金额' }]),
      row('national 2008', '全国国有企业资产总额', [
        { text: '2.23倍', indicator: '国有企业利润' },
        { text: '1.05倍', indicator: '国有企业税收' },
      ]),
    ],
  },
  {
    family: "a list's items keep their own names: a product of one character before 由 (钢由…), a list closed by 等 before its verb",
    rows: [
      row('national 1986', '钢由三千七百万吨', [
        { text: '三千七百万吨', indicator: '钢' },
        { text: '四千六百六十六万吨', indicator: '钢' },
      ]),
      row('national 1983', '烤烟、桑蚕茧、猪牛羊肉等都增长', [
        { text: '百分之八十三', indicator: '糖料' },
        { text: '百分之五十以上', indicator: '烤烟、桑蚕茧、猪牛羊肉' },
      ]),
    ],
  },
  {
    family: 'a name that is only a time (在1979到1983年…, “一五”时期, “六五”期间, 第四季度) is of the thing the sentence measured before',
    rows: [
      row('national 1985', '在１９７９到１９８３年', [
        { text: '７．９％', indicator: '我国工农业总产值' },
        { text: '１４．２％', indicator: '我国工农业总产值' },
      ]),
      row('national 1986', '其中增长较快的“一五”时期', [
        { text: '百分之四点五', indicator: '我国农业总产值' },
        { text: '百分之五点一', indicator: '我国农业总产值' },
      ]),
      row('national 1986', '“六五”期间五年平均降到', [{ text: '百分之三十左右', indicator: '积累率' }]),
      row('national 1985', '其中第四季度增长', [{ text: '３８％', indicator: '第四季度职工工资总额' }]),
      // (a plan is no time: “六五”计划安排的…项目)
      row('national 1983', '“六五”计划安排的续建和新建的大中型项目', [
        { text: '八百九十个', indicator: '“六五”计划安排的续建和新建的大中型项目' },
      ]),
    ],
  },
];

describe('indicator names of the national reports of the 1980s', () => {
  for (const { family, rows } of families)
    describe(family, () => {
      for (const r of rows) it(r.name ?? '', () => checkRow(r));
    });
});
