// Families of the fifteenth round, from what holdout15 of the detection corpus showed when measured blind (reports 29/31,
// others taken 1/30; region 27/31, year 27/31, type 28/31): one table per family, each row real lines of a real page (its
// file named), and guards: real lines the rule must leave as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { PART_YEAR_BUDGET } from '../../lib/detect/other-pages';
import { resolveRegion } from '../../lib/model/region';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const read = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');
const corpus = (name: string) => `detect-corpus/texts/${name}.txt`;

describe('a county-level division the text names by a name it has lost since is read as the text names it', () => {
  // the division table holds today's names only: a county or county-level city made a district, a county merged away
  it.each([
    {
      source: '淮安市洪泽县2009年国民经济和社会发展统计公报(2) (洪泽区 since 2016)',
      file: corpus('h15-com-hongze-county-2009-page2-xiaze'),
      path: ['江苏省', '淮安市', '洪泽县'],
    },
    {
      source: '2010年3月10日在增城市第十三届…; 我代表增城市人民政府 (增城区 since 2014)',
      file: corpus('h15-rep-zengcheng-city-2010-zcgov'),
      path: ['广东省', '广州市', '增城市'],
    },
    {
      source: '── 2006年2月26日在株洲县第九届人民代表大会第五次会议上 (merged into 渌口区 of 株洲市, 2018)',
      file: corpus('h15-rep-zhuzhou-county-2006-jnjejd'),
      path: ['湖南省', '株洲市', '株洲县'],
    },
    { source: '綦江县人民政府政府工作报告 (綦江区 since 2011)', file: corpus('h3-rep-qijiang-2003'), path: ['重庆市', '綦江县'] },
    {
      source: '济阳县第十八届人民代表大会第二次会议隆重开幕 (news; 济阳区 since 2018)',
      file: corpus('h7-news-jiyang-2018-xjyszb'),
      path: ['山东省', '济南市', '济阳县'],
    },
    {
      source: '淮阳县第十四届人大三次会议隆重开幕 (news; 淮阳区 since 2019)',
      file: 'metadata/texts/91-huaiyang-2014-work-news.txt',
      path: ['河南省', '周口市', '淮阳县'],
    },
  ])('$source', ({ file, path }) => {
    const d = detect(read(file));
    expect(d.regionPath).toEqual(path);
    expect(resolveRegion(d.regionPath)?.level).toBe('county');
  });

  it.each([
    // a prefecture's own 市, whose stem is a province's too: the table's name, a city
    {
      source: 'h12-rep-jilin-city-2011-junyue: ——2011年1月12日在吉林市第十四届人民代表大会第四次会议上',
      file: corpus('h12-rep-jilin-city-2011-junyue'),
      path: ['吉林省', '吉林市'],
      level: 'city',
    },
    // a short name of today's division (乳源县 for 乳源瑶族自治县), not a name lost since
    {
      source: 'h8-audit-ruyuan-2021-sg: > 政务公开 > 重点领域信息公开 > 乳源县 > 审计结果公告',
      file: corpus('h8-audit-ruyuan-2021-sg'),
      path: ['广东省', '韶关市', '乳源瑶族自治县'],
      level: 'county',
    },
  ])('guard: $source', ({ file, path, level }) => {
    const d = detect(read(file));
    expect(d.regionPath).toEqual(path);
    expect(resolveRegion(d.regionPath)?.level).toBe(level);
  });
});

describe('a local report titled by the year it was delivered in, late in that year, is the next year’s; its figures as before', () => {
  // [year, resultsYear, targetsYear]: the review is of the year it was delivered in, the targets of the next, either way
  it.each([
    {
      source: '2016年长湖乡政府工作报告 … 2016年11月2日 … (长湖乡第六届人民代表大会第一次会议上)',
      file: corpus('h15-rep-changhu-township-2017-november-yyx'),
      years: [2017, 2016, 2017],
    },
    {
      source: '2006年政府工作报告(广州市番禺区第十五届人民代表大会第一次会议) … ——2006年11月20日在…',
      file: corpus('h15-rep-panyu-district-2007-november-panyugov'),
      years: [2007, 2006, 2007],
    },
    {
      source: '2008政府工作报告-定稿 … ——2008年12月24日在盘锦市兴隆台区第六届人民代表大会第二次会议上',
      file: 'judged/pages11/district-xinglongtai-2008.txt',
      years: [2009, 2008, 2009],
    },
    {
      source: '(安徽省)合肥市人民政府工作报告(2022年12月30日) (labelled 2023 in judged pages53)',
      file: 'judged/pages53/city-hefei-2022-12-bx2200-part2.txt',
      years: [2023, 2022, 2023],
    },
  ])('$source', ({ file, years }) => {
    const d = detect(read(file));
    expect([d.year, d.resultsYear, d.targetsYear]).toEqual(years);
  });

  it.each([
    // titled by the year it plans, delivered in December before it: that year, not one more
    {
      source: 'metadata 21: 2023年十堰市张湾区政府工作报告 … ——2022年12月27日在张湾区第十届人民代表大会第二次会议上',
      file: 'metadata/texts/21-zhangwan-2023-work.txt',
      year: 2023,
    },
    // the nation's reports are named by the year delivered, as its list names them
    {
      source: 'pages45: 1964年国务院政府工作报告(摘要)——1964年12月21日和22日在第三届全国人民代表大会第一次会议上',
      file: 'judged/pages45/national-1964-chengjun.txt',
      year: 1964,
    },
    {
      source: 'pages21: 1981年政府工作报告 … ——1981年11月30日和12月1日在第五届全国人民代表大会第四次会议上',
      file: 'judged/pages21/national-1981-chengjun.txt',
      year: 1981,
    },
  ])('guard: $source', ({ file, year }) => {
    expect(detect(read(file)).year).toBe(year);
  });
});

describe('a fiscal release of part of the year, by its progress against the year’s budget in its first lines, is no report', () => {
  it.each([
    {
      source: 'h15-stat-qingxin-county-2012-q1-fiscal',
      file: corpus('h15-stat-qingxin-county-2012-q1-fiscal'),
      head: '一季度,全县公共财政收入27,469万元,完成年初预算22.82%,同比增长17.83%。',
    },
    {
      source: 'h9-fiscal-progress-lukou-2015',
      file: corpus('h9-fiscal-progress-lukou-2015'),
      head: '一、截至2015年8月底,累计完成公共财政预算总收入67949万元,为年初预算61.22%,比上年同期增加6517万元',
    },
    {
      source: 'gold-heldout2 budget-month-dayao-2024',
      file: 'gold-heldout2/docs/budget-month-dayao-2024.txt',
      head: '(一)地方一般公共预算收入情况\n4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元',
    },
  ])('$source', ({ file, head }) => {
    expect(PART_YEAR_BUDGET.test(head)).toBe(true);
    expect(read(file)).toContain(head);
    expect(detect(read(file)).isReport).toBe(false);
  });

  it.each([
    // a mid-year budget report to the standing committee: its title and address first, its progress further down
    {
      source: 'h6-bud-yongning-2020-midyear: 关于邕宁区2020年上半年预算执行情况的报告 … 请予审议',
      file: corpus('h6-bud-yongning-2020-midyear'),
      head: '关于邕宁区2020年上半年预算执行情况的报告\n发布日期:2020-08-05 17:00 来源:邕宁区财政局',
      report: true,
    },
    // a town's work report: its budget's figures, no part of the year
    {
      source: 'h6-rep-town-2014-guakaob',
      file: corpus('h6-rep-town-2014-guakaob'),
      head: '财政支出年初预算1184万,调整预算1506万',
      report: true,
    },
    // a city's monthly release giving its progress only in a later sentence, not the one that names its months (already no
    // report, on its figures)
    {
      source: 'gold-heldout3 budget-month-guangzhou-1-4',
      file: 'gold-heldout3/docs/budget-month-guangzhou-1-4.txt',
      head: '1-4月,全市一般公共预算收入700.4亿元,增长1.9%。其中:市本级收入341.5亿元,下降0.7%;区级收入358.9亿元,增长4.4%。\n全市一般公共预算支出1025.5亿元,完成年初预算36.7%',
      report: false,
    },
  ])('guard: $source', ({ file, head, report }) => {
    expect(PART_YEAR_BUDGET.test(head)).toBe(false);
    expect(read(file)).toContain(head);
    expect(detect(read(file)).isReport).toBe(report);
  });
});
