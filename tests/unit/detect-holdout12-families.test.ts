// Families of the twelfth round, from what holdout12 of the detection corpus showed when measured blind (reports 25/26,
// others taken 1/26; region 25/26, year 23/26, type 24/26): one table per family, each row real lines of a real page (its
// file named), and guards: real lines the rule must leave as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetBooksHeaded } from '../../lib/detect/budget-books';
import { arabicDates } from '../../lib/detect/chinese-dates';
import { detect } from '../../lib/detect/detect';
import { headingYears } from '../../lib/detect/heading-years';
import { reportOfAnotherBody } from '../../lib/detect/other-bodies';
import { signedByStatisticsBureau } from '../../lib/detect/report-type';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const read = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

describe("another body's report keeps its own review: its 工作回顾 heading is no work report's section", () => {
  it.each([
    {
      source: 'h12-npcsc-jingzhou-2017-jzrd (a city standing committee’s speaker)',
      head: '荆州市人大常委会副主任 陈爱平\n各位代表:\n现在,我受市四届人大常委会委托,向大会报告工作,请予审议。\n六年工作回顾',
    },
  ])('$source', ({ head }) => {
    expect(reportOfAnotherBody([], head)).toBe(true);
  });

  it.each([
    {
      source: 'h5-budget-national-1996-final-ppdoc (final accounts to the NPCSC)',
      head: '我受国务院委托,向本次常委会提出1996年中央决算的报告',
    },
    {
      source: 'h6-bud-province-1999-ppdoc (a budget to the congress)',
      head: '我受省人民政府委托,向大会报告我省1998年预算执行情况和1999年预算草案',
    },
  ])('guard: $source', ({ head }) => {
    expect(reportOfAnotherBody([], head)).toBe(false);
  });

  it('the standing committee’s report is not taken, and the SPP’s and a CPPCC committee’s stay out', () => {
    for (const file of ['h12-npcsc-jingzhou-2017-jzrd.txt', 'h8-procuratorate-spp-2023-qxxrkj.txt']) {
      const d = detect(read(`detect-corpus/texts/${file}`));
      expect(d.isReport, `${file}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
});

describe("a budget's body built of the government's budget books, under numbered headings", () => {
  it.each([
    {
      source: 'h12-bud-cangshan-2020-final-body-govsite (final accounts without title)',
      text: '一、2020年全区收支决算\n1.一般公共预算收支及其平衡情况\n全区一般公共预算总收入410338万元\n2.政府性基金收支及其平衡情况\n政府性基金收入0万元',
    },
    {
      source: 'metadata 102-suifenhe-2018-final-accounts (the tables of final accounts)',
      text: '  1.一般公共预算收入决算表\n  7.政府性基金收入决算表\n  12.国有资本经营预算收入决算表(空表)\n  16.社会保险基金收入决算表',
    },
  ])('$source', ({ text }) => {
    expect(budgetBooksHeaded(text)).toBe(true);
  });

  it.each([
    {
      source: 'h9-unit-final-accounts-hospital-2023-lzszyyy (a unit’s own accounts: its spending alone)',
      text: '五、一般公共预算财政拨款支出决算情况说明\n八、政府性基金预算支出决算情况说明\n九、国有资本经营预算支出决算情况说明',
    },
    {
      source: 'h12-news-guangzhou-2021-budget-trad-hwsss (news naming a book’s figures)',
      text: '2020年,廣州全市一般公共預算收入1714億元,全市一般公共預算支出2905.7億元',
    },
  ])('guard: $source', ({ text }) => {
    expect(budgetBooksHeaded(text)).toBe(false);
  });

  it('仓山’s body is taken for a budget report', () => {
    const d = detect(read('detect-corpus/texts/h12-bud-cangshan-2020-final-body-govsite.txt'));
    expect([d.isReport, d.type], d.reasons.join('; ')).toEqual([true, 'budget-report']);
  });
});

describe("a communiqué under its bureau's byline, its title cut", () => {
  it.each([
    {
      source: 'h12-com-yongzhou-2006-trad-xiaomonv (two bureaus)',
      head: '永州市统计局 国家统计局永州调查队\n2006年,全市人民在市委、市政府的正确领导下',
    },
    {
      source: 'h12-com-nanjing-1998-trad-xiaomonv (a bureau and its date)',
      head: '南京市统计局\n一九九九年三月二十四日\n1998年是我市“三年面貌大变”的决战之年',
    },
  ])('$source', ({ head }) => {
    expect(signedByStatisticsBureau(head)).toBe(true);
  });

  it.each([
    {
      source: 'h12-com-nanhu-2019-statslist (a source credit)',
      head: '2019年南湖区国民经济和社会发展统计公报\n\n收录时间:2024-05-22来源:南湖区统计局\n',
    },
    {
      source: 'h11-news-fujian-2008-gdp-trad-opkks (the bureau in a sentence)',
      head: '福建省统计局初步核算,2008年全省实现地区生产总值10823.11亿元',
    },
  ])('guard: $source', ({ head }) => {
    expect(signedByStatisticsBureau(head)).toBe(false);
  });

  it('永州’s communiqué is typed and dated', () => {
    const d = detect(read('detect-corpus/texts/h12-com-yongzhou-2006-trad-xiaomonv.txt'));
    expect([d.type, d.year]).toEqual(['statistical-communique', 2006]);
  });
});

describe('a district the division table no longer holds is not cut to a name one character shorter', () => {
  it.each([
    { file: 'detect-corpus/texts/h12-rep-xiacheng-2005-govsite.txt', region: '下城区' },
    // guards: names the table knows, and a name run into a speaker's words
    { file: 'metadata/texts/68-zhaotong-2012-work-trad.txt', region: '昭通市' },
    { file: 'detect-corpus/texts/h10-com-shuozhou-2008-notitle-trad-xiaomonv.txt', region: '朔州市' },
    { file: 'metadata/texts/98-xian-2017-work-news.txt', region: '西安市' },
  ])('$file → $region', ({ file, region }) => {
    expect(detect(read(file)).region).toBe(region);
  });
});

describe("the page that carries the report is not its session's news: its site's stamp does not date it", () => {
  it('a district report whose years were stripped, stamped 时间:2022-03-25 06:40:00 by a model-text site, has no year', () => {
    expect(detect(read('detect-corpus/texts/h12-rep-district-years-stripped-gwyoo.txt')).year).toBeNull();
  });

  it('guard: news of a session dated by its stamp (2018-01-24 22:07:23 | 来源:…) keeps that year', () => {
    expect(detect(read('metadata/texts/113-neimenggu-2018-work-news.txt')).year).toBe(2018);
  });
});

describe('a numbered heading telling what its year achieved, in a clause or two, dates the report the year after', () => {
  it.each([
    {
      source: 'h12-rep-city-2002-abstract-chorography (a Chinese-numeral year)',
      text: '市第十四届人民代表大会第五次会议上的政府工作报告(摘要)\n一、二○○一年全市经济社会继续保持旺盛活力,实现了"十五"计划的良好开局\n全市国内生产总值完成138.8亿元',
      year: 2002,
    },
  ])('$source', ({ text, year }) => {
    expect(headingYears(arabicDates(text))?.targetsYear).toBe(year);
  });

  it.each([
    {
      source: 'h12-bud-cangshan-2020-final-body-govsite (final accounts’ heading)',
      text: '一、2020年全区收支决算\n1.一般公共预算收支及其平衡情况\n',
    },
    {
      source: 'h12-rep-xiacheng-2005-govsite (a sentence, not a heading)',
      text: '一年来,我们坚持以全面、协调、可持续发展为主题,认真落实兴三优二、规划链接、改革创新、开放接轨、优化服务五大举措\n',
    },
  ])('guard: $source', ({ text }) => {
    expect(headingYears(arabicDates(text))).toBeNull();
  });
});
