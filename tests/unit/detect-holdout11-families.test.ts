// Families of the eleventh round, from what holdout11 of the detection corpus showed when measured blind (reports
// 33/35, others taken 1/33; region 35/35, year 33/35, type 34/35): one table per family, each row real lines of a real
// page (its file named), and guards: real lines the rule must leave as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { reportMeta } from '../../lib/detect/metadata';
import { headedByCommuniqueChapter } from '../../lib/detect/report-type';

const CORPUS = join(import.meta.dirname, '../fixtures/detect-corpus/texts');
const read = (file: string) => readFileSync(join(CORPUS, file), 'utf8');
const has = (text: string, reason: string) => detect(text).reasons.some((r) => r.includes(reason));

describe('only a communiqué calls itself 本公报 (its notes): a page of them is the communiqué', () => {
  const SELF = 'speaks of itself as the communiqué';
  it.each([
    {
      source: 'h11-com-fengdu-2008-page3-notes-xiaze (a county communiqué’s page 3)',
      text: '1.本公报为初步统计数,正式数据以待出版的《丰都县统计年鉴--2009年》为准;\n\n2.本公报中就业人员数按常住人口测算;',
    },
    {
      source: 'challenge/docs/henan-2023-communique (a province’s notes)',
      text: '注：1.本公报中2023年数据为初步统计数。2.地区生产总值、各产业增加值绝对数按现价计算,增长速度按不变价格计算。',
    },
  ])('$source', ({ text }) => {
    expect(has(text, SELF)).toBe(true);
  });

  it.each([
    {
      source: 'h10-interp-donghai-2013-communique-chaxiaohao (a commentary on a communiqué)',
      text: '东海县2013年统计公报显示,当年全县实现地区生产总值123.86亿元,其中工业产值为主要驱动力,三次产业结构',
    },
    {
      source: 'h11-news-fujian-2008-gdp-trad-opkks (statistics news)',
      text: '福建省統計局初步核算,2008年全省實現地區生產總值10823.11億元,比上年增長13%。',
    },
  ])('guard: $source', ({ text }) => {
    expect(has(text, SELF)).toBe(false);
  });

  it('h11-com-fengdu-2008-page3-notes-xiaze is taken for a report', () => {
    const d = detect(read('h11-com-fengdu-2008-page3-notes-xiaze.txt'));
    expect(d.isReport, d.reasons.join('; ')).toBe(true);
  });
});

describe("a communiqué's later chapter, headed by its name on a line of its own (人口; 十三、人口、人民生活), no speaker", () => {
  it.each([
    {
      source: 'h11-com-body-no-title-no-year-huaxiashiwen (an unnumbered chapter)',
      text: '人口\n年末户籍总人口110.66万人,其中,农业人口51.76万人,非农业人口58.89万人;男性人口56.43万人,女性人口54.23万人。当年出生人口10238人',
    },
    {
      source: 'com-city-section-population-66law (a numbered chapter)',
      text: '十三、人口、人民生活\n人口数量保持低速均衡增长。年末户籍总人口606.64万人,年人口增长率4.22‰。常住人口688.51万人(注12)。',
    },
  ])('$source', ({ text }) => {
    expect(headedByCommuniqueChapter(text)).toBe(true);
  });

  it.each([
    {
      source: 'h11-rep-zhouqu-2019-page4-qwyd (a work report’s page 4: a speaker)',
      text: '政府工作报告\n各位代表,2018年,我们付出了更多的努力,倾注了辛勤的汗水,克服了种种困难,取得了较好成绩。',
    },
    {
      source: 'h11-com-changshun-2019-hongheiku (a chapter inside a line of prose is no heading)',
      text: '2019年,面对复杂多变的经济发展环境和不利因素,全县上下以习近平新时代中国特色社会主义思想为指导\n一、综合\n2019年全县地区生产总值797156万元',
    },
  ])('guard: $source', ({ text }) => {
    expect(headedByCommuniqueChapter(text)).toBe(false);
  });

  it('the body without title or year is taken for a report, and the dev set’s chapter page with it', () => {
    for (const file of ['h11-com-body-no-title-no-year-huaxiashiwen.txt', 'com-city-section-population-66law.txt']) {
      const d = detect(read(file));
      expect(d.isReport, `${file}: ${d.reasons.join('; ')}`).toBe(true);
    }
  });
});

describe('an article that says it will review or analyse a report (本篇文章将对…报告进行回顾) interprets it', () => {
  const INTERPRETS = 'interprets or summarises a report';
  it.each([
    {
      source: 'h11-interp-yingcheng-2020-ai-template-hkyyi (an AI-style review, its figures masked as XX)',
      text: '引言\n2020年,应城市政府在疫情防控、经济社会发展等方面取得了显著成就。本篇文章将对2020年应城政府工作报告进行回顾,分析其亮点与挑战,并展望未来发展方向。',
    },
  ])('$source', ({ text }) => {
    expect(has(text, INTERPRETS)).toBe(true);
  });

  it.each([
    {
      source: 'h11-rep-susong-2019-qwyd (a report’s own address)',
      text: '各位代表:\n\n  现在,我代表县人民政府,向大会报告政府工作,请予审议,并请县政协委员和其他列席人员提出意见。',
    },
    {
      source: 'h11-rep-town-2014-satellite-xiexiebang (a model-text site’s blurb over a report)',
      text: '简介:写写帮文库小编为你整理了多篇相关的《镇政府年度工作报告》,但愿对你工作学习有帮助,当然你在写写帮文库还可以找到更多《镇政府年度工作报告》。',
    },
  ])('guard: $source', ({ text }) => {
    expect(has(text, INTERPRETS)).toBe(false);
  });

  it('h11-interp-yingcheng-2020-ai-template-hkyyi is not taken for a report', () => {
    const d = detect(read('h11-interp-yingcheng-2020-ai-template-hkyyi.txt'));
    expect(d.isReport, d.reasons.join('; ')).toBe(false);
  });
});

describe("a report's year: not the final accounts it says were audited; the close of its review to the deputies is the year before", () => {
  it.each([
    { source: 'h11-rep-zhouqu-2019-page4-qwyd (its page 4)', text: read('h11-rep-zhouqu-2019-page4-qwyd.txt'), year: 2019 },
    {
      source: 'h11-rep-zhouqu-2019-page4-qwyd (its title and first paragraph: the audit names no year of the report)',
      text: read('h11-rep-zhouqu-2019-page4-qwyd.txt').split('\n\n').slice(0, 2).join('\n\n'),
      year: null,
    },
  ])('$source', ({ text, year }) => {
    expect(reportMeta(text).year).toBe(year);
  });

  it.each([
    // (its plans: the rule would date them a year on)
    {
      source: 'judged/pages35/national-2000-chengjun (its plans: 2000年是…)',
      text: '各位代表！　　2000年是世纪交替之年，是全面实现我国社会主义现代化建设第二步战略目标的最后一年，做好今年政府工作具有承前启后的重要意义。',
      year: null,
    },
    {
      // (not a year on: the year its plans are said of, as page-year.ts plannedYears reads a page naming no other)
      source: 'judged/pages18/national-1999-chengjun (its plans: 我们将…)',
      text: '各位代表！1999年，我们将庆祝新中国成立五十周年，迎接澳门回归祖国，做好各项工作的意义十分重大。',
      year: 1999,
    },
    {
      source: 'h2-news-xining-2016-opening (a session’s agenda names the budget it approves: the rule it keeps)',
      text: '书面审查西宁市2015年国民经济和社会发展计划执行情况与2016年国民经济和社会发展计划草案的报告;书面审查西宁市2015年财政预算执行情况和2016年财政预算草案的报告。',
      year: 2016,
    },
  ])('guard: $source', ({ text, year }) => {
    expect(reportMeta(text).year).toBe(year);
  });
});
