// Metadata rules found on the report texts of detect-corpus and the judged pages
// (tests/unit/metadata-corpus.test.ts measures them all): one table per rule family, each text quoted
// from a real page (the file it comes from in the row's name). What a year means: a work report's is
// the year it is delivered for, a budget or plan report's the year of its draft, a final-accounts
// report's the year it closes, a communiqué's the year it describes.
import { describe, expect, it } from 'vitest';
import { arabicDates } from '../../lib/detect/chinese-dates';
import { reportMeta, type ReportMeta } from '../../lib/detect/metadata';
import { normalize } from '../../lib/text/normalize';

const meta = (text: string, title = '') => reportMeta(normalize(text).text, normalize(title).text);

interface Row {
  name: string;
  text: string;
  title?: string;
  expect: Partial<ReportMeta>;
}

function table(rows: Row[]): void {
  for (const r of rows)
    it(r.name, () => {
      const m = meta(r.text, r.title);
      for (const [k, v] of Object.entries(r.expect)) expect(m[k as keyof ReportMeta], k).toEqual(v);
    });
}

describe('dates in Chinese numerals read as dates', () => {
  const cases: Array<[string, string]> = [
    ['一九八四年五月十五日在第六届', '1984年5月15日在第六届'],
    ['一九八六年三月二十五日在', '1986年3月25日在'],
    ['一九八○年,也就是', '1980年,也就是'],
    ['二〇二三年国民经济', '2023年国民经济'],
    // a news agency's zeros as digits (中新社, 92880.cn/gn/news/2008/01-17/1137028.shtml; detect-corpus h6-news-npc-2007)
    ['由二00二年的一万三千五百多亿元人民币增加到二00七年的', '由2002年的一万三千五百多亿元人民币增加到2007年的'],
    ['二００五年,中国', '2005年,中国'],
    // not a count written so (二00多个 has no four numerals)
    ['二00多个', '二00多个'],
    ['一九八七年十二月', '1987年12月'],
    // fewer than four numerals before 年 are a count of years, not a year
    ['三十年来', '三十年来'],
    ['五年来', '五年来'],
  ];
  for (const [text, want] of cases) it(text, () => expect(arabicDates(text)).toBe(want));
});

describe('years of old reports, written in Chinese numerals', () => {
  table([
    {
      name: 'a delivery line in numerals (plan-national-1986-seventh-fyp)',
      text: '关于第七个五年计划的报告\n一九八六年三月二十五日在\n第六届全国人民代表大会第四次会议上\n现在,我代表国务院,向大会作关于我国国民经济和社会发展第七个五年计划的报告,请审议。',
      expect: { year: 1986, region: '全国' },
    },
    {
      name: 'a delivery line in numerals, its day too (rep-national-1984-trad-wikisource, as the brief quotes it)',
      text: '政府工作报告\n——一九八四年五月十五日在第六届全国人民代表大会第二次会议上\n现在,我代表国务院向大会作政府工作报告',
      expect: { year: 1984, region: '全国' },
    },
    ...['第六届全国人大第二次会议', '六届全国人大二次会议', '全国人大六届二次会议'].map((session) => ({
      name: `the nation's congress calendar without a date: ${session}`,
      text: `我代表国务院,向${session}作政府工作报告,请予审议。`,
      expect: { year: 1984, region: '全国' },
    })),
    {
      name: 'the review named in numerals: 一、一九八六年的主要工作情况 (h5-rep-guangzhou-1987-ppdoc)',
      text: '各位代表:我受市人民政府的委托,向大会作政府工作报告,请予审议。一、一九八六年的主要工作情况一九八六年,我市在省委、省人民政府和市委的领导下,认真贯彻执行了党中央、国务院一系列的方针、政策',
      expect: { type: 'work-report', year: 1987, resultsYear: 1986 },
    },
    {
      name: '計畫 is a plan (h4-plan-national-1958-newton-trad)',
      text: '關於一九五八年度國民經濟計畫草案的報告\n——1958年2月3日在第一屆全國人民代表大會第五次會議上\n我代表國務院向第一屆全國人民代表大會第五次會議,提出關於一九五八年度國民經濟計畫(草案)的報告,請予審議。',
      expect: { type: 'plan-report', year: 1958, region: '全国' },
    },
  ]);
});

describe('a final-accounts report is of the year it closes; a budget report of its draft year', () => {
  table([
    {
      name: '关于一九八六年国家决算的报告, delivered in 1987 (h5-budget-national-1986-final-rmrb)',
      text: '关于一九八六年国家决算的报告\n——一九八七年六月十六日在第六届全国人民代表大会常务委员会第二十一次会议上\n在今年3月召开的第六届全国人民代表大会第五次会议上,国务委员兼财政部部长王丙乾曾作了《关于1986年国家预算执行情况和1987年国家预算草案的报告》。',
      expect: { type: 'budget-report', year: 1986, resultsYear: 1986 },
    },
    {
      name: 'it recalls the budget report first (h5-budget-national-1996-final-ppdoc)',
      text: '委员长、各位副委员长、秘书长、各位委员:在八届全国人大五次会议上,我向大会报告了1996年中央和地方预算执行情况。现在1996年中央决算已经汇编完成,并经过了国家审计署的审计。我受国务院委托,向本次常委会提出1996年中央决算的报告,请予审查。',
      expect: { type: 'budget-report', year: 1996 },
    },
    {
      name: '决算(草案)的报告 (h3-bud-tiandeng-2023-final)',
      text: '2023年天等县决算(草案)的报告\n2024年10月18日天等县第十七届人民代表大会常务委员会第二十四次会议通过\n受县人民政府委托,我代表县人民政府报告《2023年天等县决算(草案)的报告》,请予审议。',
      expect: { type: 'budget-report', year: 2023, region: '天等县' },
    },
    {
      name: 'a budget report is of its draft year (bud-national-2024-bilingual)',
      text: '关于2023年中央和地方预算执行情况与2024年中央和地方预算草案的报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上',
      expect: { type: 'budget-report', year: 2024, resultsYear: 2023 },
    },
  ]);
});

describe("a work report's year from its review, where no title or delivery line says it", () => {
  table([
    {
      name: '作政府工作报告。1955年,是…的一年 (h4-rep-shanxi-1956-soolun)',
      text: '各位代表:我代表省人民委员会向山西省第一届人民代表大会第四次会议作政府工作报告。1955年,是我们国家的政治形势发生根本变化的一年。',
      expect: { type: 'work-report', year: 1956, resultsYear: 1955, region: '山西省' },
    },
    {
      name: '刚刚过去的2018年 (h-rep-xihe-2019-page4)',
      text: '政府工作报告\n各位代表,刚刚过去的2018年,是我县脱贫攻坚加速推进、发展基础不断夯实、城乡面貌明显变化、人民生活持续改善的一年。',
      expect: { year: 2019 },
    },
    {
      name: 'a date over the address (rep-city-changsha-wnwk)',
      text: 'XX市政府工作报告张剑飞2023年1月6日各位代表:现在,我代表市人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。',
      expect: { year: 2023 },
    },
    {
      name: '对2012年工作作了回顾 (judged/pages7/city-dezhou-2013-targets)',
      text: '■德州市第十七届人民代表大会第二次会议开幕\n■政府工作报告对2012年工作作了回顾\n■明确了2013年总体安排和重点工作',
      expect: { year: 2013, region: '德州市' },
    },
    {
      name: "the review's estimate: 2021年,预计实现 (h2-rep-erdaojiang-2022)",
      text: '我代表区政府,向大会报告工作,请予审议。\n一、过去五年工作回顾\n五年来,我们在区委的正确领导下,坚持稳中求进工作总基调。\n2021年,预计实现地区生产总值56.6亿元,固定资产投资7亿元。',
      expect: { year: 2022 },
    },
    {
      name: 'a work report excerpt opening on the year it reviews (judged/pages7/county-taixing-2010-trad)',
      text: '2009年,金融危機肆虐,但是通過全市上下的齊心努力,我市經濟平穩較快增長,各項社會事業協調進步。以下一組摘自政府工作報告',
      expect: { type: 'work-report', year: 2010, resultsYear: 2009 },
    },
    {
      name: 'the plan section heading: 2024年国民经济和社会发展主要预期目标 (plan-fujian-2024-targets-section-trad)',
      text: '二、2024年國民經(jīng)濟和社會發(fā)展主要預期目標和任務\n政府工作報告提出2024年經(jīng)濟社會發(fā)展工作的總體要求是:以習近平新時代中國特色社會主義思想為指導(dǎo)',
      expect: { year: 2024 },
    },
    {
      name: "a repost's own date is not the report's (rep-shenzhen-2009-mislabeled)",
      text: '市委工作回顾与计划\n时间:2022-05-24\n一、年工作回顾\n年是极不寻常、极不平凡的一年。',
      expect: { year: null },
    },
    {
      name: "the page's own date is (judged/pages5/county-mouding-2021-summary)",
      text: '牟定县人民政府\n《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成\n日期:2022年01月24日   作者:   来源:牟定县融媒体中心',
      expect: { year: 2022 },
    },
  ]);
});

describe('the region where a report says it, and words that are no region', () => {
  table([
    {
      name: 'a district whose name starts like a level word: 济南市市中区 (judged/pages5/district-shizhong-2016-trad)',
      text: '——2016年1月12日在濟南市市中區第十七屆人民代表大會第五次會議上\n我代表區人民政府,向大會報告工作',
      expect: { region: '市中区', regionPath: ['山东省', '济南市', '市中区'] },
    },
    {
      name: 'a congress without 第 (judged/pages6/county-xunxian-2013)',
      text: '政府工作报告\n——2013年3月6日在浚县十四届人民代表大会第二次会议上\n浚县人民政府县长 郑 辉',
      expect: { region: '浚县', year: 2013 },
    },
    {
      name: "a news page's congress line, after a link to another's (judged/pages8/county-juye-2025-news)",
      text: '今日特推: 山东枣庄市市中区十三届人大四次会议开幕\n山东巨野县第十九届人民代表大会第四次会议开幕\n山东法制传媒网:1月16日上午,山东省菏泽市巨野县第十九届人民代表大会第四次会议开幕。',
      expect: { region: '巨野县' },
    },
    {
      name: '其中区本级 is no 中区 (judged/pages6/district-2022-communique)',
      text: '初步核算,全年实现地区生产总值(GDp)346.02亿元,比上年增长5.7%,其中区本级227.25亿元,比上年增长8.2%。',
      expect: { region: null },
    },
    {
      name: 'the party committee above names the parent, not the region (rep-shenzhen-2009-mislabeled)',
      text: '年是极不寻常、极不平凡的一年。全市人民在党中央、国务院、广东省委、省政府和市委的正确领导下,坚持以邓小平理论和“三个代表”重要思想为指导。',
      expect: { region: null },
    },
    {
      name: '乡村振兴 is no 振兴区 (judged/pages8/county-2024-targets)',
      text: '(一)坚持农业农村优先发展,激活乡村振兴高质量发展的强劲引擎。深入实施种业振兴行动。二是夯实乡村振兴基础。坚持把巩固拓展脱贫攻坚成果作为全面推进乡村振兴的底线任务。',
      expect: { region: null },
    },
    {
      name: "a plan title naming no region is the publisher's (fixtures/metadata 35-xilinhaote-2022-plan)",
      text: '标题:关于2021年国民经济和社会发展计划执行情况及2022年国民经济和社会发展计划草案的报告\n发文机构:锡林浩特市发展和改革委员会 信息分类:国民经济和社会发展规划',
      expect: { region: '锡林浩特市', type: 'plan-report', year: 2022 },
    },
    {
      name: "a news agency's dateline names where the story was filed, not the region (report-pairs national-2012-hkwb-targets)",
      text: '图表:2012年我国经济社会发展主要预期目标。 新华社记者 孟丽静 编制\n新华网北京3月5日电 温家宝总理5日作的政府工作报告,提出了2012年中国经济的主要预期目标,部署了宏观调控和推进改革的一系列措施。',
      expect: { region: '全国' },
    },
    {
      name: "a dateline in the region's capital leaves the region the page names (report-pairs prov-guangdong-2023-sina-targets)",
      text: '新华网广州1月12日电(李幸子)1月12日,广东省十四届人大一次会议开幕。广东省省长王伟中作政府工作报告。',
      expect: { region: '广东省' },
    },
    {
      name: 'a congress numbered in digits, on a page that quotes the national statistics bureau (report-pairs prov-beijing-2024-bg3-targets-trad)',
      text: '北京GDP增速 今年定5%\n\n北京市第16屆人民代表大會第二次會議昨(21)日召開,北京市長殷勇發表工作報告指出,2023年北京全年GDP實現5.2%的成長。\n\n大陸國家統計局此前公佈,中國大陸去年全年城鎮調查失業率平均值爲5.2%。',
      expect: { region: '北京市' },
    },
    {
      name: "and the nation's where none does (h-plan-national-1983-rmrb)",
      text: '关于1983年国民经济和社会发展计划的报告\n国务院副总理兼国家计划委员会主任 姚依林各位代表:',
      expect: { region: '全国' },
    },
  ]);
});

describe("types: a communiqué's body by its voice, a work report by its speaker's words", () => {
  table([
    {
      name: 'figures against last year, no speaker (com-county-2022-hongheiku-body)',
      text: '2022年,面对国内疫情新发、高温限电等多重困难叠加的复杂局面,全县上下坚定以习近平新时代中国特色社会主义思想为指导。\n人口年末常住人口94.9万人,比上年末增加0.1万人。常住人口城镇化率43.6%,比上年末提高0.7个百分点。\n国民经济全年实现地区生产总值(GDP)439.19亿元,按可比价格计算,比上年增长3.3%。全年实现民营经济增加值290.6亿元,比上年增长1.5%。',
      expect: { type: 'statistical-communique', year: 2022, resultsYear: 2022 },
    },
    {
      name: "the same comparisons in a speaker's review are no communiqué (judged/pages8/prefecture-guoluo-2018, cut)",
      text: '过去一年,我们以习近平新时代中国特色社会主义思想为指导。全年地区生产总值比上年增长5%,财政收入比上年增长6%,固定资产投资比上年增长7%。',
      expect: { type: null },
    },
    {
      name: 'a later page of a work report speaks to the deputies (h2-rep-district-page2-section)',
      text: '另外,国防教育、征兵、民兵预备役等国防动员工作有序开展。\n各位代表!所有成绩的取得,是习近平新时代中国特色社会主义思想科学指引、生动实践的结果,是市委市政府和区委坚强领导的结果。',
      expect: { type: 'work-report' },
    },
    {
      name: 'or for its government (rep-city-2008-section-page3)',
      text: '成绩来之不易,凝聚了市级班子、各级领导和广大干部群众的心血和汗水。在此,我代表市政府,向各位人大代表和辛勤工作在第一线的广大工人、农民、知识分子、干部职工、驻军官兵致以崇高的敬意!',
      expect: { type: 'work-report' },
    },
    {
      name: '向大会报告过去五年的工作 (rep-national-1998-trad-spaced)',
      text: '——1 9 9 8 年3 月5 日在第九屆全國人民代表大會第一次會議上\n本屆政府從1 9 9 3 年3 月就職,到現在已經五年了,任期即將結束。我代表國務院向大會報告過去五年的工作,對今年的工作提出建議,請予審議。',
      expect: { type: 'work-report', year: 1998, region: '全国' },
    },
  ]);
});

describe('a horizon the title names is not the report’s year', () => {
  table([
    {
      name: '2035年远景目标 in a page’s heading (judged/pages42/province-jilin-2021-trad-readings)',
      title: '吉林:“十四五”時期和2035年遠景目標任務出臺',
      text: '——2021年1月25日在吉林省第十三屆人民代表大會第四次會議上\n韓俊\n各位代表:\n一、“十三五”發展成就和2020年主要工作\n回顧過去五年,吉林振興發展走過了不平凡的歷程。',
      expect: { year: 2021, resultsYear: 2020 },
    },
    {
      name: 'the year named by the title is read where it is one',
      title: '吉林省2021年政府工作报告',
      text: '回顧過去五年,吉林振興發展走過了不平凡的歷程。',
      expect: { year: 2021 },
    },
  ]);
});

describe('a delivery date in brackets after the report’s name', () => {
  table([
    {
      name: '海南省政府工作报告 (2013年1月27日 蒋定之) (judged/pages46/province-hainan-2013-ce-part2)',
      text: '海南省政府工作报告 (2013年1月27日 蒋定之)\n2013年01月30日 14:15   来源:南海网\n二、今后五年的总体要求\n今后五年,政府工作要坚持以邓小平理论为指导。',
      expect: { year: 2013, resultsYear: 2012, targetsYear: 2013 },
    },
  ]);
});
