// A report's own text reposted with no title line (it opens at 各位代表: or at its first heading): its place is said only where
// it tells the leader's words to its province and to it (东北、辽宁、大连振兴发展), its year only in its review's heading
// (一、2021年主要工作). Rows are real lines of real pages (fixture or stored page named); guards are real lines the rules must leave.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { headingYears } from '../../lib/detect/heading-years';
import { placeAfterProvince } from '../../lib/detect/place-after-province';
import { normalize } from '../../lib/text/normalize';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const read = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');
const NO_WORDS = new Set<string>();

describe('a titleless mirror of a city report is read as its city’s, of the year after the one its review heads', () => {
  it.each([
    { file: 'report-pairs/texts/city-dalian-2022-indiasphere-review.txt', region: '大连市', year: 2022, results: 2021 },
    { file: 'report-pairs/texts/city-dalian-2023-jhzobq-review.txt', region: '大连市', year: 2023, results: 2022 },
  ])('$file', ({ file, region, year, results }) => {
    const d = detect(read(file));
    expect([d.region, d.year, d.resultsYear]).toEqual([region, year, results]);
  });

  // guards: pages that name a province and a place after it, in no leader's words, keep the region they had
  it.each([
    // 作为与湖北交界线长、武汉流出人口全国排名第一…: 信阳's 2020 report
    { file: 'detect-corpus/texts/h-rep-xinyang-2020-trad.txt', region: '信阳市' },
    // 万年县地处江西省东北部、鄱阳湖东南岸: a lake, on a county's page
    { file: 'detect-corpus/texts/h14-news-wannian-county-head-interview-2006-100md.txt', region: '万年县' },
  ])('guard: $file', ({ file, region }) => {
    expect(detect(read(file)).region).toBe(region);
  });
});

describe('a city named by its short name right after its province, in the leader’s words, is the one a 全市 report speaks for', () => {
  it.each([
    {
      source: 'report-pairs city-dalian-2022-indiasphere-review',
      line: '深入落实习近平总书记关于东北、辽宁、大连振兴发展的重要讲话和指示批示精神',
      city: '大连市',
    },
    {
      source: 'report-pairs city-dalian-2023-jhzobq-review',
      line: '习近平总书记再次亲临辽宁考察,殷切嘱托大连要勇当新时代东北振兴“跳高队”',
      city: '大连市',
    },
    {
      source: 'report-pairs city-qingdao-2026-guanhai-report',
      line: '一年来,我们深入贯彻落实习近平总书记对山东、对青岛工作的重要指示要求',
      city: '青岛市',
    },
    {
      source: 'report-pairs city-jinan-2025-jiuchuangxh-targets',
      line: '深入落实习近平总书记对山东、对济南工作的重要指示要求',
      city: '济南市',
    },
    {
      source: 'report-pairs city-shenzhen-2024-lnxnmy-report',
      line: '深入学习贯彻习总对广东、深圳系列重要讲话和重要指示批示精神',
      city: '深圳市',
    },
    {
      source: 'report-pairs city-xiamen-2017-jingyuhuahui-review',
      line: '深入贯彻习近平总书记系列重要讲话精神和对福建、厦门工作的重要指示',
      city: '厦门市',
    },
    {
      source: 'report-pairs city-chengdu-2019-bmhto-report-trad',
      line: '2018年是成都发展史上极不平凡的一年。习近平总书记亲临四川视察,嘱托成都加快建设',
      city: '成都市',
    },
    {
      source: 'detect-corpus rep-jinhua-2024-targets-section',
      line: '深入贯彻习近平总书记考察浙江重要讲话精神和考察调研金华重要指示精神',
      city: '金华市',
    },
  ])('$source', ({ line, city }) => {
    expect(placeAfterProvince(line, '市', NO_WORDS)).toBe(city);
  });

  it.each([
    // where the leader was, not whom he spoke to (https://www.dutenews.com/n/article/8681114)
    { source: 'dutenews.com 8681114', line: '2月8日,习近平总书记在吉林长春听取了吉林省委和省政府工作汇报。' },
    // two cities of the province: neither is the report's (https://shuohk.com/cms/daguoxiaoshi/43760.html, traditional)
    { source: 'shuohk.com 43760', line: '時隔4個月,7月5日到7日,習近平總書記赴江蘇蘇州、南京等地考察調研,並聽取瞭省委和省政府工作匯報。' },
    // places listed in no leader's words (detect-corpus h-rep-xinyang-2020-trad)
    { source: 'detect-corpus h-rep-xinyang-2020-trad', line: '作为与湖北交界线长、武汉流出人口全国排名第一的地市' },
  ])('guard: $source', ({ line }) => {
    expect(placeAfterProvince(normalize(line).text, '市', NO_WORDS)).toBeNull();
  });
});

describe('a report’s first part named by its year’s work alone (一、N年主要工作) is its review: the report is the next year’s', () => {
  it.each([
    {
      source: 'report-pairs city-dalian-2022-indiasphere-review',
      text: '各位代表:\n一、2021年主要工作\n2021年是党和国家历史上具有里程碑意义的一年。',
      results: 2021,
    },
    {
      source: 'detect-corpus h9-cppcc-report-city-2024-bimoxiezuo',
      text: '各位委员:\n一、2024年主要工作\n一年来,市政协及其常委会把准政协性质定位',
      results: 2024,
    },
    {
      source: 'judged pages37 province-fujian-2010',
      text: '    一、2009年的主要工作\n\n    过去的一年,在中共中央、国务院和中共福',
      results: 2009,
    },
    {
      source: 'judged pages37 province-zhejiang-2010-chinagate',
      text: '  一、2009年主要工作\n\n  2009年,是新世纪以来浙江经济发展最为困难',
      results: 2009,
    },
  ])('$source', ({ text, results }) => {
    expect(headingYears(text)).toEqual({ resultsYear: results, targetsYear: results + 1 });
  });

  // guard: a later part so named is the plans' (judged pages8 county-2024-targets: 三、2024年主要工作安排)
  it('guard: 三、2024年主要工作安排', () => {
    expect(headingYears('三、2024年主要工作安排\n')).toEqual({ resultsYear: 2023, targetsYear: 2024 });
  });
});
