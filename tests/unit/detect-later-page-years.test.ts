// A later page of a report (a repost split into pages, an excerpt of one part) has no title, delivery line or date: its
// years stand only in its parts' headings (二、2025年工作安排, 一、2022年及本届政府工作回顾) or in its plans' opener
// (今年是“十二五”规划开局之年). The pages here are real reports cut where such a page would open: inside the review,
// more than the opening the metadata reads before the second part's heading (lib/detect/heading-years.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingYears } from '../../lib/detect/heading-years';
import { npcSessionYear } from '../../lib/detect/session-years';
import { extractWithMeta } from '../../lib/extract/index';

const FIXTURES = join(__dirname, '../fixtures');
const REAL_DEV = join(__dirname, '../../../shared/eval/real-dev/reports');
const DEV = join(__dirname, '../../../shared/eval/dev/docs');

/** the page a repost's later part would be: the text from `marker` on (empty: the whole stored page) */
function page(file: string, marker: string): string {
  const text = readFileSync(file, 'utf8');
  const at = marker ? text.indexOf(marker) : 0;
  if (at < 0) throw new Error(`${marker} not in ${file}`);
  return text.slice(at);
}

// [where the page comes from, where it is cut, the heading or opener that dates it, results year, targets year]
const PAGES: Array<[string, string, string, number, number]> = [
  [`${REAL_DEV}/prov-hunan-2025.txt`, '四是大力促改革', '二、关于2025年工作', 2024, 2025],
  [`${REAL_DEV}/prov-guangdong-2025.txt`, '四是大力推进“两重”建设和“', '二、2025年工作安排', 2024, 2025],
  [`${REAL_DEV}/prov-chongqing-2025.txt`, '（五）抓改革强攻坚促突破', '二、2025年主要任务', 2024, 2025],
  [`${REAL_DEV}/prov-hubei-2025.txt`, '（三）聚力壮产业，发展支撑更', '二、2025年工作思路和重点任务', 2024, 2025],
  [`${REAL_DEV}/prov-heilongjiang-2025.txt`, '重大基础设施建设加速推进，粮', '二、2025年工作总体要求', 2024, 2025],
  [`${REAL_DEV}/prov-yunnan-2025.txt`, '（五）城乡区域协调发展。省级', '二、2025年总体要求', 2024, 2025],
  [`${REAL_DEV}/prov-xinjiang-2025.txt`, '(六)生态环境明显改善', '二、2025年重点工作', 2024, 2025],
  // the national report of 2011 from its second part on (the file a line a report, its headings run on after a stop:
  // …发生更大的变化。三、2011年的工作 2011年,是“十二五”开局之年)
  [
    `${FIXTURES}/report-pairs/texts/national-2011-chengjun-report.txt`,
    '根据《中共中央关于制定国民经济和社会发展第十二个五年规划的建议》',
    '三、2011年的工作',
    2010,
    2011,
  ],
  // the stored page of 江西 2023 (叶建春's report as a news site reposts it, no title or delivery line)
  [`${FIXTURES}/judged/pages23/province-jiangxi-2023.txt`, '', '一、2022年及本届政府工作回顾', 2022, 2023],
  // 太仓 2023's infographic: a heading the page breaks over three lines (2023年 / 经济社会发展的 / 主要预期目标)
  [`${DEV}/taicang-2023-infographic.txt`, '', '2023年经济社会发展的主要预期目标', 2022, 2023],
  // news of the State Council's plan report of August 2011 (http://china.zjol.com.cn/05china/system/2011/08/26/017796850.shtml)
  [`${FIXTURES}/detect-corpus/texts/news-zjol-2011-plan-report.txt`, '', '今年是中国“十二五”规划开局之年', 2010, 2011],
];

// [page, cut, results year, targets year]: a page that opens on the plans' part, on its year as the year planned (the
// opener right after each report's 二、 heading), and pages that open on a review's year the same way (2004年是…决战之年。一年来;
// 2023年是…开局之年,全旗上下坚持…: detect-corpus h3-rep-county-2004-abstract, rep-wulatehou-2024-forum)
const OPENERS: Array<[string, string, number, number]> = [
  [`${REAL_DEV}/prov-guangdong-2025.txt`, '2025年是“十四五”规划收官之年。政府工作总体要求是', 2024, 2025],
  [`${REAL_DEV}/prov-hunan-2025.txt`, '2025年是“十四五”规划收官之年。当前', 2024, 2025],
  [`${REAL_DEV}/prov-ningxia-2025.txt`, '2025年是“十四五”规划圆满收官和', 2024, 2025],
  [`${REAL_DEV}/prov-zhejiang-2025.txt`, '2025年是“十四五”规划收官之年，是高质量发展', 2024, 2025],
  [`${FIXTURES}/detect-corpus/texts/h3-rep-county-2004-abstract.txt`, '', 2004, 2005],
  [`${FIXTURES}/detect-corpus/texts/rep-wulatehou-2024-forum.txt`, '2023年是全面贯彻落实', 2023, 2024],
];

describe('a page that opens on its year', () => {
  it.each(OPENERS)('%s from «%s» → %i, %i', (file, marker, results, targets) => {
    const { meta } = extractWithMeta(page(file, marker));
    expect([meta.resultsYear, meta.targetsYear]).toEqual([results, targets]);
  });
});

describe('a page dated only by its headings', () => {
  it.each(PAGES)('%s from «%s»: %s → %i, %i', (file, marker, _heading, results, targets) => {
    const { meta } = extractWithMeta(page(file, marker));
    expect([meta.resultsYear, meta.targetsYear]).toEqual([results, targets]);
  });
});

// [page, cut, the figure, the words before it, its kind and period]: the review's tail dated by the plans' heading further on
const FIGURES: Array<[string, string, string, string, string, number]> = [
  [`${REAL_DEV}/prov-hunan-2025.txt`, '四是大力促改革', '12项', '第一批', 'actual', 2024],
  [`${REAL_DEV}/prov-xinjiang-2025.txt`, '(六)生态环境明显改善', '90%', '空气质量优良天数比例达', 'actual', 2024],
  [`${REAL_DEV}/prov-xinjiang-2025.txt`, '(六)生态环境明显改善', '1295.76万亩', '完成“三北”工程建设任务', 'actual', 2024],
  // (争取 in the review's tail, before the plans' heading 二、…: what the year got, as the whole report reads it)
  [`${REAL_DEV}/prov-guangdong-2025.txt`, '四是大力推进“两重”建设和“', '161.4亿元', '争取', 'actual', 2024],
  // (a figure's own span stays its own: 连续两年超1000亿元 runs 2023–2024)
  [`${REAL_DEV}/prov-guangdong-2025.txt`, '四是大力推进“两重”建设和“', '超1000亿元', '水利投资连续两年', 'actual', 2024],
];

describe("the review's figures on such a page", () => {
  it.each(FIGURES)('%s from «%s»: %s after «%s» → %s %i', (file, marker, figure, before, kind, period) => {
    const text = page(file, marker);
    const at = text.indexOf(before + figure) + before.length;
    const m = extractWithMeta(text).mentions.find((x) => x.start === at);
    expect(m && [m.kind, m.period]).toEqual([kind, period]);
  });
});

describe('headings that date no page', () => {
  // real heading lines that name no part of the year's work: an infographic's (2018年硕果累累, pages10 district-2019-infographic),
  // a report's title in traditional script (1985年國務院政府工作報告, detect-corpus h-rep-national-1985-trad), a yearbook
  // page's (2020年鹿城区国民经济和社会发展, h8-com-lucheng-2020-yearbook-page)
  it.each(['2018年硕果累累', '1985年國務院政府工作報告', '2020年鹿城区国民经济和社会发展'])('%s', (line) => {
    expect(headingYears(`\n${line}\n`)).toBeNull();
  });
});

// A later page of a national report names the session whose decisions the year carried out, not the one it is delivered at.
describe('a national session the page looks back on', () => {
  // [the sentence, where it is from, the year of the report]
  it.each([
    [
      '按照十届全国人大一次会议批准的方案,国务院机构改革顺利完成',
      '2004, page 2 (detect-corpus h6-rep-national-2004-part2-trad-dlnp)',
      2004,
    ],
    ['经过一年来的努力,我们基本上完成了八届全国人大二次会议确定的1994年的工作任务', '1995 (judged pages26 national-1995-chengjun)', 1995],
  ])('%s (%s) → %i', (sentence, _from, year) => {
    expect(npcSessionYear(sentence)).toBe(year);
  });

  it("the 2004 report's page 2 (http://dlnp.com.cn/reports/2010-03/07/content_19549018_2.htm): its review is 2003's", () => {
    const text = page(`${FIXTURES}/detect-corpus/texts/h6-rep-national-2004-part2-trad-dlnp.txt`, '');
    const { meta, mentions } = extractWithMeta(text);
    expect([meta.resultsYear, meta.targetsYear]).toEqual([2003, 2004]);
    const at = text.indexOf('47億元');
    expect(mentions.find((m) => m.start === at)).toMatchObject({ kind: 'actual', period: 2003 });
  });
});
