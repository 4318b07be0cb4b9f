// Indicator names of forms counted across the 52 whole real reports of the fixtures (tests/fixtures/judged/
// lint-names.ts), a family a table: real sentences of real-dev's 2025 provincial reports and of the national work
// reports of the judged samples (chengjun/mybook data/gov_reports1954-2021.txt, see their manifests). Each row
// failed before its rule; the rows that keep a name as it was guard the rule's bounds.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers/engine';
import { sentenceRow as row } from './helpers/real-pages';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'a share named only by its whole (占X比重) is of the thing the figure before in its sentence measured',
    rows: [
      row('national 2013', '2012年占国内生产总值比例达到4%', [{ text: '4%', indicator: '国家财政性教育经费支出占国内生产总值比例' }]),
      row('Guizhou 2025', '占全省一般公共预算支出的68%', [{ text: '68%', indicator: '民生类重点支出占全省一般公共预算支出' }]),
      row('Gansu 2025', '国家进出口额增长27.7%、占比77%', [{ text: '77%', indicator: '对共建“一带一路”国家进出口额占比' }]),
      // (a bare size before is no part of a whole: 总规模突破1亿千瓦、占全疆电力装机…)
      row('Xinjiang 2025', '占全疆电力装机50%以上', [{ text: '50%以上', indicator: '占全疆电力装机' }]),
    ],
  },
  {
    family: 'a 分别 list whose items share a head of a flow said once after the last (排放量, 贷款, 出口)',
    rows: [
      row('national 2014', '二氧化硫、化学需氧量排放量分别下降', [
        { text: '3.5%', indicator: '二氧化硫排放量', measure: 'growth', value: -3.5 },
        { text: '2.9%', indicator: '化学需氧量排放量', measure: 'growth', value: -2.9 },
      ]),
      row('national 2013', '化学需氧量、二氧化硫排放总量分别下降', [
        { text: '15.7%', indicator: '化学需氧量排放总量' },
        { text: '17.5%', indicator: '二氧化硫排放总量' },
      ]),
      row('national 2009', '近三年累计，单位国内生产总值能耗下降', [{ text: '6.61%', indicator: '化学需氧量排放量' }]),
      row('Guangxi 2025', '战略性新兴产业贷款分别增长', [
        { text: '12.7%', indicator: '制造业贷款' },
        { text: '27.2%', indicator: '战略性新兴产业贷款' },
      ]),
      // (an item that ends on the kind the head holds takes the head without it: no 企业企业贷款)
      row('Hubei 2025', '科技型中小企业贷款分别增长', [
        { text: '27.7％', indicator: '高新技术企业贷款' },
        { text: '31.1％', indicator: '科技型中小企业贷款' },
      ]),
      row('Heilongjiang 2025', '高新技术产品、地产品出口分别增长', [{ text: '24.3%', indicator: '高新技术产品出口' }]),
    ],
  },
  {
    family: 'a count named only by whom it reached (惠及企业, 企业受益) takes the programme said before it (reached-counts.ts)',
    rows: [
      row('national 2014', '600多万户企业受益', [{ text: '600多万户', indicator: '小微企业税收优惠受益企业' }]),
      row('national 2014', '农村免费孕前检查使600万个家庭受益', [{ text: '600万个', indicator: '农村免费孕前检查受益家庭' }]),
      row('national 2007', '7651所学校受益', [{ text: '7651所', indicator: '农村寄宿制学校建设工程受益学校' }]),
      row('Xizang 2025', '受益群众超20万人', [{ text: '超20万人', indicator: '清洁能源集中供暖试点受益群众' }]),
      row('Anhui 2025', '惠及企业1.2万家', [{ text: '1.2万家', indicator: '金融支持科创企业“共同成长计划”惠及企业' }]),
      row('Gansu 2025', '惠及经营主体14.1万户次', [{ text: '14.1万户次', indicator: '科技创新和制造业发展等税费优惠政策惠及经营主体' }]),
      // (the action said before the thing of the figure before names the programme after it)
      row('Hainan 2025', '惠及居民2.3万户', [{ text: '2.3万户', indicator: '城镇老旧小区改造惠及居民' }]),
      row('Hainan 2025', '惠及群众20.7万户', [{ text: '20.7万户', indicator: '不动产登记历史遗留问题解决惠及群众' }]),
      // (a figure before in another clause is no programme: 从每生每年6000元提高至7000元,…倾斜,惠及残疾学生…)
      row('Guangdong 2025', '惠及残疾学生超7.6万名', [{ text: '超7.6万名', indicator: '惠及残疾学生' }]),
    ],
  },
  {
    family: 'a name read back over 、 into a clause that says what its subject did: the words after 、 (a bare head: of that subject)',
    rows: [
      row('Fujian 2025', '首批103个重点项目加快推进、总投资350亿元', [{ text: '350亿元', indicator: '重点项目总投资' }]),
      row('Sichuan 2025', '建设项目有序推进、总投资', [{ text: '2800亿元', indicator: '“两重”建设项目总投资' }]),
      row('Guangdong 2025', '揭阳中石油炼化一体化项目全面达产', [{ text: '超1100亿元', indicator: '揭阳中石油炼化一体化项目年产值' }]),
      row('Chongqing 2025', '执法事项综合率达到71.9%', [{ text: '71.9%', indicator: '执法事项综合率' }]),
      row('Beijing 2025', '入境游客大幅增长186.8%', [{ text: '186.8%', indicator: '入境游客', measure: 'growth' }]),
    ],
  },
  {
    family: 'a modal, a target and the verb that sets it, or a bound at a time, left in a name (…人数要, …目标拟定, 增加到2012年末)',
    rows: [
      row('national 2013', '广义货币M2预期增长目标拟定为13%左右', [{ text: '13%左右', indicator: '广义货币M2', measure: 'growth' }]),
      // (a bound at a year's end: 从2007年末的…增加到2012年末的…, the thing of the base before)
      row('national 2013', '涉农贷款余额从2007年末的', [{ text: '17.63万亿元', indicator: '涉农贷款余额' }]),
      row('national 2014', '贫困地区农村学生上重点高校人数要再增长10%以上', [
        { text: '10%以上', indicator: '贫困地区农村学生上重点高校人数', measure: 'growth' },
      ]),
    ],
  },
  {
    family: 'a rate or takings said bare after a count of people (在学人数, 入境总人数) is of their subject',
    rows: [
      row('national 2007', '高等教育在学人数2500万人', [{ text: '22％', indicator: '高等教育毛入学率' }]),
      row('national 1988', '来华旅游入境总人数达到', [{ text: '１８．４亿美元', indicator: '来华旅游创汇' }]),
      // (not after a count of things: 集装箱航线147条、吞吐量… keeps its own head)
      row('Tianjin 2025', '集装箱航线147条', [{ text: '2329万标准箱', indicator: '吞吐量' }]),
    ],
  },
  {
    family: 'a sum a funder gives over years (连续三年累计投入, 每年安排) is named by its purpose as any other',
    rows: [
      row('national 2007', '中央财政连续三年累计投入90亿元', [{ text: '90亿元', indicator: '中央财政用于农村寄宿制学校建设工程的投入' }]),
    ],
  },
];

describe.each(families)('names counted across reports: $family', ({ rows }) => {
  it.each(rows.map((r) => [r.name ?? '', r] as const))('%s', (_name, r) => checkRow(r));
});
