// Names of counts whose noun, and what says which ones are counted, come after the number: the people or firms a
// measure reached (惠及…, …受益: reached-counts.ts) and a bare class the predicate after it defines (4100家企业实现
// 上云上平台: place-counts.ts). Real sentences of the 52 whole reports lint-names reads (real-dev's 2025 provincial
// reports, the national reports of the fixtures: chengjun/mybook data/gov_reports1954-2021.txt, see their
// manifests). Each family has rows that guard where the rule stops.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers/engine';
import { sentenceRow as row } from './helpers/real-pages';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'the people or firms a measure reached: the measure, the verb, and who (reached-counts.ts)',
    rows: [
      // the measure is what the figure before in the clause counted
      row('Hainan 2025', '惠及居民2.3万户', [{ text: '2.3万户', indicator: '城镇老旧小区改造惠及居民' }]),
      row('Yunnan 2025', '惠及经营主体14.6万户次', [{ text: '14.6万户次', indicator: '融信服平台新增授信惠及经营主体' }]),
      // (a rate's subject, not the rate)
      row('Hainan 2025', '惠及群众20.7万户', [{ text: '20.7万户', indicator: '不动产登记历史遗留问题解决惠及群众' }]),
      // …or the words before 使 in its clause, or the clause before, of no figure, where the count opens its clause
      row('national 2010', '农村饮水安全工程使', [{ text: '６０６９万', indicator: '农村饮水安全工程受益农民' }]),
      row('national 2007', '7651所学校受益', [{ text: '7651所', indicator: '农村寄宿制学校建设工程受益学校' }]),
      row('national 2018', '惠及2100多万人', [{ text: '2100多万人', indicator: '困难和重度残疾人“两项补贴”制度惠及' }]),
      // who is said after the count: a people noun with no unit word is a count (quantities.ts)
      row('Chongqing 2025', '惠及16万儿童', [{ text: '16万', indicator: '“童心相伴”心理健康关爱服务项目惠及儿童' }]),
      // (no measure said anywhere: who, by its unit)
      row('Qinghai 2025', '5.1万余户群众受益', [{ text: '5.1万余户', indicator: '受益群众' }]),
      // (覆盖 too, with where the people live before the count and who after it)
      row('national 2014', '覆盖农村5亿人口', [{ text: '5亿', indicator: '覆盖农村人口' }]),
      // guards: not the clause before where the count's own clause has words before the verb
      row('Fujian 2025', '惠及549万人', [{ text: '549万人', indicator: '惠及人数' }]),
      // not a lead that runs into a verb of change
      row('Tianjin 2025', '老年助餐补贴受益群众增加6万人', [{ text: '6万人', indicator: '老年助餐补贴受益群众' }]),
      // the name's own measure is kept
      row('Zhejiang 2025', '惠及310万户家庭', [{ text: '310万户', indicator: '每年可减少房贷利息支出惠及家庭' }]),
    ],
  },
  {
    family: 'a bare class counted, the predicate after it says which (place-counts.ts)',
    rows: [
      row('Qinghai 2025', '4100家企业实现上云上平台', [{ text: '4100家', indicator: '实现上云上平台的企业' }]),
      row('Shandong 2025', '组织9800余家企业参加境内外展会', [{ text: '9800余家', indicator: '参加境内外展会的企业' }]),
      // (the predicate up to the next of a list of them)
      row('Shandong 2025', '推动3900多个项目投产达效', [{ text: '3900多个', indicator: '投产达效的项目' }]),
      // (an object that names the class already)
      row('Fujian 2025', '3个县入选全国村庄清洁行动先进县', [{ text: '3个', indicator: '入选全国村庄清洁行动先进县' }]),
      // guard: a class reached by a preposition is no class counted
      row('Guangdong 2025', '超500名专家到县级医院开展技术帮扶', [{ text: '超500名', notInd: ['开展技术帮扶'] }]),
    ],
  },
  {
    family: 'a bare class counted, named by the verb right before it that says which ones (count-names.ts)',
    rows: [
      row('Jiangsu 2025', '支持项目684个', [{ text: '684个', indicator: '支持项目' }]),
      row('Liaoning 2025', '实施项目2113个', [{ text: '2113个', indicator: '实施项目' }]),
      row('Chongqing 2025', '滚动推进163个项目', [{ text: '163个', indicator: '推进项目' }]),
      // guards: a list closed by 等 names them (not the verb before the list); 提升 acts on what they have
      row('Shaanxi 2025', '长城互联西部基地等项目605个', [{ text: '605个', notInd: ['招引项目'] }]),
      row('Chongqing 2025', '整体提升100所学校', [{ text: '100所', notInd: ['提升'] }]),
    ],
  },
  {
    family: 'the people a problem was solved for: 解决, the people, the problem (solved-problems.ts)',
    rows: [
      row('national 2009', '解决4800 多万农村人口的饮水安全问题', [{ text: '4800 多万', indicator: '解决饮水安全问题的农村人口' }]),
      row('national 2011', '解决2.15亿农村人口饮水安全问题', [{ text: '2.15亿', indicator: '解决饮水安全问题的农村人口' }]),
      // (新 is kept: the new ones; the place before the count is where its people live)
      row('national 2014', '新解决农村6300多万人', [{ text: '6300多万人', indicator: '新解决饮水安全问题的农村人口' }]),
      // (the people said first, 解决 after them)
      row('national 2007', '2897万农村人口解决了安全饮水问题', [{ text: '2897万', indicator: '解决安全饮水问题的农村人口' }]),
      // (no class of people: the people)
      row('national 2009', '再解决6000 万人安全饮水问题', [{ text: '6000 万人', indicator: '解决安全饮水问题人口' }]),
      // the measure for whom: 对X实行Y is XY (reached-counts.ts)
      row('national 2014', '600多万户企业受益', [{ text: '600多万户', indicator: '小微企业税收优惠受益企业' }]),
      // guards: not a count of things (户 of houses); the people a problem is solved for, named in an attributive phrase
      // (解决13亿中国人的吃饭问题), are no figure at all (judged so in sample 44; nation-size.ts)
      { ...row('national 2011', '解决13亿中国人的吃饭问题', []), exactly: [] },
    ],
  },
  {
    family: 'one thing counted in two units, nothing before the first to name it (same-count-units.ts)',
    rows: [
      row('Hubei 2025', '7.8万户、22.9万人', [{ text: '7.8万户', indicator: '稳定消除返贫致贫风险' }]),
      row('Shanxi 2025', '6.1万户14.2万名', [{ text: '6.1万户', indicator: '防返贫监测对象' }]),
      // guard: a count named already keeps its name (新增保障性住房7.3万套，改造老旧小区6496个)
      row('Hubei 2025', '新增保障性住房7.3万套', [{ text: '7.3万套', indicator: '新增保障性住房' }]),
    ],
  },
  {
    family: 'a noun read after the count with the first half of its verb left on it (count-names.ts)',
    rows: [
      row('Shaanxi 2025', '21个产业创新聚集区启动建设', [{ text: '21个', indicator: '产业创新聚集区' }]),
      row('Hebei 2025', '8个国家区域医疗中心平稳运营', [{ text: '8个', indicator: '国家区域医疗中心' }]),
      row('Gansu 2025', '20所县域普通高中扩优提质', [{ text: '20所', indicator: '县域普通高中' }]),
    ],
  },
];

describe.each(families)('counts named after the number: $family', ({ rows }) => {
  it.each(rows.map((r) => [r.name ?? '', r] as const))('%s', (_name, r) => checkRow(r));
});
