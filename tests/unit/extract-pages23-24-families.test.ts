// Name families of samples 23 and 24 (provincial openings 2018–2024, the whole national reports of 2006 and 2007):
// real sentences of the fixtures' reports (chengjun/mybook data/gov_reports1954-2021.txt and the pages23 texts, see
// their manifests), of real-dev's 2025 provincial reports and of the search tool's stored pages (the address in
// the row). Each family has rows beyond the sample's own sentence, and rows that guard where the rule stops.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers/engine';
import { sentenceRow as row } from './helpers/real-pages';

/** the search tool's stored pages */
const JJCKB_2007 = 'http://neijiangzixun.com/gnyw/2007-05/24/content_50554.htm (经济参考报 on 2006民政统计, traditional)';
const JJCKB_2007B = 'http://neijiangzixun.com/gnyw/2007-08/01/content_60187.htm (经济参考报, traditional)';
const JXXFW_ENERGY = 'https://jxxfw.com/periodical/856b6228d74ea262fcc7fd8900420c6e.html (on the 十一五 energy target)';
const NBNEWPOWER_2007 = 'http://nbnewpower.cn/cj/news/2007/01-04/848555.shtml (on the 2006 energy target, traditional)';
const ANHUI_2008 = 'https://www.ppdoc.com/periodical/b1758bb3b2811348c1cb45fe84d199b8.html (安徽 2008 民生工程)';

/** a row of a page's sentence, as the page prints it */
const pageRow = (source: string, input: string, expect: Row['expect']): Row => ({
  name: `${source}: ${input.slice(0, 24)}`,
  input,
  title: '',
  expect,
});

interface Family {
  family: string;
  rows: Row[];
}

const families: Family[] = [
  {
    family: 'a count of places or people by the bare class, the predicate after it says which (place-counts.ts)',
    rows: [
      row('national 2006', '28个省（区、市）全部免征了农业税', [{ text: '28个', indicator: '全部免征农业税的省（区、市）' }]),
      row('national 2007', '1509万农民享受了', [
        { text: '25个', indicator: '初步建立农村最低生活保障制度的省（自治区、直辖市）' },
        { text: '2133个', indicator: '初步建立农村最低生活保障制度的县（市、区）' },
        { text: '1509万', indicator: '享受农村最低生活保障的农民' },
      ]),
      row('Jiangxi 2025', '17个县（市、区）开展', [{ text: '17个', indicator: '开展“四融一共”和美乡村先行区建设的县（市、区）' }]),
      pageRow(JJCKB_2007, '截至2006年底,全國有23個省份建立了農村最低生活保障制度,2133個縣(市)開展了農村最低生活保障工作。', [
        { text: '23個', indicator: '建立农村最低生活保障制度的省份' },
        { text: '2133個', indicator: '开展农村最低生活保障工作的县（市）' },
      ]),
      pageRow(JJCKB_2007B, '截至今年6月底,全國31個省區市都已經建立了農村最低生活保障制度,覆蓋了2068萬人。', [
        { text: '31個', indicator: '建立农村最低生活保障制度的省区市' },
      ]),
      pageRow(ANHUI_2008, '130.9万农村绝对贫困人口获得农村低保补助;全省45.7万农村“五保户”生活水平得到较大提高;', [
        { text: '130.9万', indicator: '获得农村低保补助的农村绝对贫困人口' },
      ]),
      // (the predicate read after the value into the name: 在３２０个县开展…试点)
      row('national 2010', '３２０个县开展', [{ text: '３２０个', indicator: '开展新型农村社会养老保险试点的县' }]),
      // (the places a trial reached keep their parenthesis too; extract-funding-names.test.ts has 29个省（自治区、直辖市）)
      row('national 2007', '新型农村合作医疗试点范围扩大到1451个县', [{ text: '1451个', indicator: '新型农村合作医疗试点县（市、区）' }]),
      // (no object after the verb: no predicate that says which)
      row('national 2007', '有4.1亿农民参加', [{ text: '4.1亿', indicator: '农民' }]),
    ],
  },
  {
    family:
      'a 分别 list with what each did after 分别, a verb of cutting capacity said once before a list (respectively.ts, distribute.ts)',
    rows: [
      row('national 2007', '煤炭、电解铝分别淘汰落后生产能力', [
        { text: '1.1亿吨', indicator: '煤炭淘汰落后生产能力' },
        { text: '120万吨', indicator: '电解铝淘汰落后生产能力' },
      ]),
      row('Anhui 2018', '近两年化解煤炭、生铁粗钢产能', [
        { text: '1672万吨', indicator: '化解煤炭产能' },
        { text: '631万吨', indicator: '化解生铁粗钢产能' },
      ]),
      row('national 2007', '五年淘汰落后炼铁产能1亿吨', [{ text: '1亿吨', indicator: '淘汰落后炼铁产能' }]),
    ],
  },
  {
    family: 'the counted noun after the value, the name taken from the words before it (counted-after.ts, count-names.ts)',
    rows: [
      row('national 2007', '为3730万名贫困家庭学生', [{ text: '3730万名', indicator: '免费提供教科书的贫困家庭学生' }]),
      row('national 2011', '为1200多万名义务教育寄宿生', [{ text: '1200多万名', indicator: '提供生活补助的义务教育寄宿生' }]),
      row('Guizhou 2025', '为2万名特殊困难老年人', [{ text: '2万名', indicator: '提供居家上门服务的特殊困难老年人' }]),
      row('Jiangsu 2025', '为358万居家老年人', [{ text: '358万', indicator: '提供专业上门服务的居家老年人' }]),
      row('national 2006', '惠及1.77亿农民', [{ text: '1.77亿', indicator: '新型农村合作医疗制度试点惠及农民' }]),
      // (惠及 read as no part of the name before the value)
      row('national 2018', '营养改善计划惠及', [{ text: '3600多万', indicator: '营养改善计划惠及农村学生' }]),
      // (the people and 受益 read after the value already: no second 农民受益; the measure is the words before 使)
      row('national 2010', '６０６９万农民受益', [{ text: '６０６９万', indicator: '农村饮水安全工程受益农民' }]),
      // (the people said first and alone in their clause name it already)
      row('national 2011', '惠及12.67亿城乡居民', [{ text: '12.67亿', indicator: '城乡居民' }]),
      row('national 2007', '今年再解决3200万人的安全饮水问题', [{ text: '3200万人', indicator: '解决安全饮水问题人口' }]),
      row('national 2007', '410个“两基”', [{ text: '410个', indicator: '“两基”攻坚县' }]),
      row('national 2006', '启动了178项节能', [{ text: '178项', indicator: '节能、节水和资源综合利用等重大项目' }]),
    ],
  },
  {
    family: 'the plan a target was set in, or the time a value came from, run into the name (name-lead.ts)',
    rows: [
      row('national 2007', '全国没有实现年初确定的', [
        { text: '4%左右', indicator: '单位国内生产总值能耗' },
        { text: '2%', indicator: '主要污染物排放总量' },
      ]),
      row('national 2006', '《纲要（草案）》提出了“十一五”期间单位', [{ text: '20%左右', indicator: '单位国内生产总值能源消耗' }]),
      pageRow(JXXFW_ENERGY, '“十一五”规划提出单位国内生产总值(GDP)能耗降低20%左右的目标。', [
        { text: '20%左右', indicator: '单位国内生产总值能耗' },
      ]),
      pageRow(NBNEWPOWER_2007, '這讓外界對中國“十一五”規劃中確定的全國單位GDP能耗降低20%的目標出現懷疑。', [
        { text: '20%', indicator: '全国单位GDP能耗' },
      ]),
      row('national 2007', '单位国内生产总值能耗由前三年', [
        { text: '4.9％', indicator: '单位国内生产总值能耗' },
        { text: '0.2％', indicator: '单位国内生产总值能耗' },
      ]),
    ],
  },
  {
    family: 'the values of 分别 set apart by a comma (respectively.ts)',
    rows: [
      row('Hainan 2024', '货物贸易、服务贸', [
        { text: '15.3%', indicator: '货物贸易', measure: 'growth' },
        { text: '29.6%', indicator: '服务贸易', measure: 'growth' },
      ]),
    ],
  },
  {
    family: 'the noun the count before counted, then 、 and a clause of its own, is no part of the next name (count-names.ts)',
    rows: [
      row('Sichuan 2020', '226家定点医院、准备', [
        { text: '226家', indicator: '定点医院' },
        { text: '8745张', indicator: '准备床位' },
      ]),
      // (a short list one count governs is one name: extract-funding-names.test.ts has 533个县级图书馆、文化馆)
    ],
  },
  {
    family: 'a count after a verb of building again or together counts the noun after it (counted.ts)',
    rows: [
      row('Hebei 2025', '恢复重建2.16万户', [{ text: '2.16万户', indicator: '灾损农房' }]),
      row('Hebei 2025', '与京津共建6条', [{ text: '6条', indicator: '产业链' }]),
      // (a count the clause after names by its own verb: 灾后重建240个项目全部完工)
      row('Qinghai 2025', '灾后重建240个项目', [{ text: '240个', indicator: '完工项目' }]),
    ],
  },
  {
    family: "verbs after a list's first count act on its noun (count-names.ts)",
    rows: [
      row('Shandong 2018', '地方性法规41件、修改50件', [
        { text: '50件', indicator: '修改地方性法规' },
        { text: '25件', indicator: '废止地方性法规' },
      ]),
      row('Xinjiang 2025', '出台政府规章5部、废止7部', [
        { text: '11部', indicator: '废止地方性法规' },
        { text: '7部', indicator: '废止政府规章' },
      ]),
      row('Guangxi 2025', '制定自治区政府规章2件、废止22件', [{ text: '22件', indicator: '废止自治区政府规章' }]),
    ],
  },
];

describe.each(families)('names of samples 23 and 24: $family', ({ rows }) => {
  it.each(rows.map((r) => [r.name ?? '', r] as const))('%s', (_name, r) => checkRow(r));
});
