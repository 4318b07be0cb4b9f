// Families of the fourteenth round, from what holdout14 of the detection corpus showed when measured blind (reports 26/27,
// others taken 2/27; region 24/27, year 25/27, type 25/27), and the digest of many places seen on unseen pages before it:
// one table per family, each row real lines of a real page (its file named), and guards: real lines the rule must leave as
// they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { MEETING_HELD, YEARBOOK_ENTRY } from '../../lib/detect/other-pages';
import { regionOf } from '../../lib/detect/report-region';
import { reportType } from '../../lib/detect/report-type';
import { normalize } from '../../lib/text/normalize';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const read = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');
const corpus = (name: string) => read(`detect-corpus/texts/${name}.txt`);
const simplified = (s: string) => normalize(s).text;

describe('a yearbook’s entry, under its bracketed headings, is no report', () => {
  it.each([
    { source: 'h14-yearbook-zhengxiangbai-banner-2009-trad-shhmeidi', file: 'h14-yearbook-zhengxiangbai-banner-2009-trad-shhmeidi' },
    { source: 'h12-yearbook-wulatezhongqi-2009-trad-shhmeidi', file: 'h12-yearbook-wulatezhongqi-2009-trad-shhmeidi' },
    { source: 'h10-yearbook-xinganmeng-2006-trad-shh-meidi', file: 'h10-yearbook-xinganmeng-2006-trad-shh-meidi' },
  ])('$source', ({ file }) => {
    expect(YEARBOOK_ENTRY.test(simplified(corpus(file)))).toBe(true);
    expect(detect(corpus(file)).isReport).toBe(false);
  });

  it.each([
    {
      source: 'h14-rep-sichuan-2015-under-2002-title-360docs (a document site’s 【篇一:…】 over a report)',
      file: 'h14-rep-sichuan-2015-under-2002-title-360docs',
    },
    {
      source: 'h7-rep-hebei-2023-compilation-bangongwenku (a compilation’s 【金刚钻系列】)',
      file: 'h7-rep-hebei-2023-compilation-bangongwenku',
    },
  ])('guard: $source', ({ file }) => {
    expect(YEARBOOK_ENTRY.test(simplified(corpus(file)))).toBe(false);
  });
});

describe('news of a meeting opens on the day it was held (…月…日,…召开…)', () => {
  it.each([
    {
      source: 'h14-news-prefecture-2012-government-plenary-chinadaily',
      head: '11月27日,自治州召开第十三届人民政府第三次会议,总结今年以来以经济建设为中心的各项工作',
    },
    {
      source: 'h14-party-fucheng-standing-committee-2021-fcwmw (after its site’s header)',
      head: '来源:阜城宣传 | 作者:ance | 发布时间: 2021-01-06 | 668 次浏览: | 分享到:\n\n      1月5日,县委书记申文霞主持召开县委常委(扩大)会,县四大班子主要领导、各常委、各副县长参加会议。',
    },
    {
      source: 'h13-news-taixing-2014-final-accounts-review-taixing (under its byline)',
      head: '(记者 王姝文)8月28日,市第十四届人大常委会召开第十七次会议,市人大常委会副主任戴仁泉主持',
    },
  ])('$source', ({ head }) => {
    expect(MEETING_HELD.test(head)).toBe(true);
  });

  it.each([
    {
      source: 'real-dev prov-xizang-2025 (a report tells of a meeting held, not in its first clause)',
      head: '今年1月7日,日喀则定日县发生6.8级地震,习近平总书记第一时间作出重要指示,此后又专门主持召开中央政治局常委会会议',
    },
    {
      source: 'h14-rep-huangpu-district-2014-gzgov (a report’s delivery line)',
      head: '政 府 工 作 报 告\n——2014年3月6日在广州市黄埔区第九届人民代表大会第四次会议上\n区长 张火青\n各位代表:',
    },
  ])('guard: $source', ({ head }) => {
    expect(MEETING_HELD.test(head)).toBe(false);
  });

  it('the prefecture government’s plenary news is not taken', () => {
    expect(detect(corpus('h14-news-prefecture-2012-government-plenary-chinadaily')).isReport).toBe(false);
  });
});

describe('a communiqué calls itself 本公报: its type, so its year', () => {
  it.each([
    {
      source: 'h14-com-guangdong-2014-notes-page-trad-ketevankemoklidze (its notes page)',
      file: 'h14-com-guangdong-2014-notes-page-trad-ketevankemoklidze',
      year: 2014,
    },
    {
      source: 'h11-com-fengdu-2008-page3-notes-xiaze (its notes page, under its title)',
      file: 'h11-com-fengdu-2008-page3-notes-xiaze',
      year: 2008,
    },
  ])('$source', ({ file, year }) => {
    const d = detect(corpus(file));
    expect(d.type).toBe('statistical-communique');
    expect(d.year).toBe(year);
  });

  it('guard: news telling what a communiqué shows is not typed by it (公报显示)', () => {
    expect(reportType('', '国家统计局今天发布统计公报。公报显示,全年国内生产总值增长5.2%。')).toBe('statistical-communique');
    expect(reportType('', '公报显示,全年国内生产总值增长5.2%,居民收入稳步增长。')).toBeNull();
  });
});

describe('a plan the text says was fulfilled is not its own name', () => {
  it('h14-com-nanjing-1999-hongheiku: 年度国民经济和社会发展计划目标基本完成 in a communiqué', () => {
    const head = corpus('h14-com-nanjing-1999-hongheiku');
    expect(reportType('', head)).toBe('statistical-communique');
    expect(detect(head).year).toBe(1999);
  });

  it.each([
    {
      source: 'h10-plan-shantou-2010-rd (a plan report’s own name)',
      head: '汕头市2009年国民经济和社会发展计划执行情况与2010年计划草案的报告\n各位代表:\n我受市人民政府委托,向大会作关于汕头市2009年国民经济和社会发展计划执行情况与2010年计划草案的报告',
    },
    {
      source: 'a plan report’s title naming its year’s plan',
      head: '关于2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告',
    },
  ])('guard: $source', ({ head }) => {
    expect(reportType('', head)).toBe('plan-report');
  });
});

describe('the government that entrusts the speaker is the report’s region (我受…人民政府委托)', () => {
  it('h14-rep-dongshan-town-2012-october-huarong: a town’s, under its county’s site', () => {
    const text = corpus('h14-rep-dongshan-town-2012-october-huarong');
    expect(regionOf('', text, null)).toEqual(['东山镇']);
  });

  it.each([
    {
      source: 'h10-plan-shantou-2010-rd (a bureau head for the city, as before)',
      head: '汕头市2009年国民经济和社会发展计划执行情况与2010年计划草案的报告\n——2010年2月24日在汕头市第十二届人民代表大会第五次会议上\n各位代表:\n我受市人民政府委托,向大会作关于汕头市2009年…的报告',
      region: '汕头市',
    },
    {
      source: 'h14-rep-huangpu-district-2014-gzgov (the address, as before)',
      head: '政 府 工 作 报 告\n区长 张火青\n各位代表:\n现在,我代表黄埔区人民政府,向大会作工作报告',
      region: '黄埔区',
    },
  ])('guard: $source', ({ head, region }) => {
    expect(regionOf('', head, null).at(-1)).toBe(region);
  });
});

describe('a region’s own voice is no short name: 全州, the whole prefecture, is not 全州县', () => {
  it('h14-com-huangnan-prefecture-2023-body-hongheiku', () => {
    expect(regionOf('', corpus('h14-com-huangnan-prefecture-2023-body-hongheiku'), null).at(-1)).toBe('黄南藏族自治州');
  });

  it('guard: the county named in full is still the county', () => {
    expect(regionOf('', '全州县2019年国民经济和社会发展统计公报\n2019年,全县上下认真贯彻落实县委、县政府的决策部署', null).at(-1)).toBe(
      '全州县',
    );
  });
});

describe('a digest of many places has no region of its own, or the nation’s', () => {
  it.each([
    {
      source: 'h14-news-digest-cities-2020-targets-trad-xinlihui (杭州 first, then 通辽, 临汾, 达州, 庆阳, 温州)',
      file: 'detect-corpus/texts/h14-news-digest-cities-2020-targets-trad-xinlihui.txt',
      region: '全国',
    },
    {
      source: 'h14-news-digest-top100-counties-2005-shangyudaily (江苏, 浙江, 山东, 广东…)',
      file: 'detect-corpus/texts/h14-news-digest-top100-counties-2005-shangyudaily.txt',
      region: '全国',
    },
    {
      source: 'gold-heldout4 province-31-2019-targets-trad-readings (西藏 named most, among 31)',
      file: 'gold-heldout4/docs/province-31-2019-targets-trad-readings.txt',
      region: '全国',
    },
    {
      source: 'h14-news-digest-yangtze-delta-16-cities-2012-trad-nakedoat (16 cities of two provinces: none)',
      file: 'detect-corpus/texts/h14-news-digest-yangtze-delta-16-cities-2012-trad-nakedoat.txt',
      region: null,
    },
  ])('$source', ({ file, region }) => {
    expect(detect(read(file)).region).toBe(region);
  });

  it.each([
    {
      source: 'h14-news-dali-2015-opening-baogaosu (one place’s session news)',
      file: 'h14-news-dali-2015-opening-baogaosu',
      region: '大理白族自治州',
    },
    {
      source: 'h14-com-guangdong-2014-notes-page-trad-ketevankemoklidze (a province’s own cities, no province named)',
      file: 'h14-com-guangdong-2014-notes-page-trad-ketevankemoklidze',
      region: null,
    },
    {
      source: 'h14-rep-keshiketeng-banner-2025-trad-ilynn (a report)',
      file: 'h14-rep-keshiketeng-banner-2025-trad-ilynn',
      region: '克什克腾旗',
    },
  ])('guard: $source', ({ file, region }) => {
    expect(detect(corpus(file)).region).toBe(region);
  });
});
