// Families of meta27, from what held-out pairs batch 19 showed (tests/unit/compare-heldout.test.ts): one table per family, each
// row a real page or real lines of one (its file named), and guards: real lines the rule must leave as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { ownChapterPlace } from '../../lib/detect/own-chapter';
import { anniversaryYear } from '../../lib/detect/year-at-hand';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const read = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

describe('the centre’s money a local page seeks (中央预算内投资), or 中央预算 where an excerpt is cut, names no report of the nation', () => {
  // each was read as 全国's: 中央 stood before 预算, as before a report's name (中央决算, 中央和地方预算)
  it.each([
    {
      source: '5ihefei (合肥在线’s reading of 合肥’s 2023 report; it ends at 积极争取政策性金融工具、中央预算, cut off)',
      text: read('report-pairs/texts/city-hefei-2023-5ihefei-targets.txt'),
      path: ['安徽省', '合肥市'],
    },
    {
      source: 'report-pairs/texts/prov-fujian-2024-xyjbkyj-plan.txt (福建’s 2024 plan report)',
      text: '探索编制省级政府投资计划,新增地方政府专项债务限额1618亿元、分解下达中央预算内投资99.9亿元',
      path: [],
    },
    {
      source: 'challenge/docs/longxi-2024-spaces.txt (陇西’s 2024 report)',
      text: '争取中央预算内投资和地方政府专项债券资金 18.2',
      path: [],
    },
  ])('$source', ({ text, path }) => {
    expect(detect(text).regionPath).toEqual(path);
  });

  // guards: the nation's budget report names itself by 中央和地方预算, whole
  it.each([
    {
      source: 'detect-corpus/texts/bud-national-2024-bilingual.txt (its title)',
      text: '关于2023年中央和地方预算执行情况与2024年中央和地方预算草案的报告',
    },
    {
      source: 'detect-corpus/texts/bud-national-2024-bilingual.txt (its address)',
      text: '受国务院委托,现将2023年中央和地方预算执行情况与2024年中央和地方预算草案提请十四届全国人大二次会议审查',
    },
  ])('guard: $source', ({ text }) => {
    expect(detect(text).regionPath).toEqual(['全国']);
  });
});

describe('a page whose year at hand is said only as an anniversary (今年是新中国成立75周年) is of that year', () => {
  it('csjcs (合肥’s 2024 report from its 2024 part: 今年是新中国成立75周年,是实施“十四五”规划的关键一年)', () => {
    const d = detect(read('report-pairs/texts/city-hefei-2024-csjcs-targets.txt'));
    expect([d.targetsYear, d.resultsYear]).toEqual([2024, 2023]);
  });

  // the nation's reports that say it are dated by their session otherwise: the anniversary agrees with that year
  it.each([
    {
      source: 'judged/pages27/national-2008-chengjun.txt (2008’s report)',
      line: '深化经济体制改革,提高对外开放水平　　今年是改革开放30周年,改革开放使中国发生了历史性的巨大变化',
      year: 2008,
    },
    {
      source: 'report-pairs/texts/national-2019-chengjun-report.txt (2019’s report)',
      line: '2019年经济社会发展总体要求和政策取向　　今年是新中国成立70周年,是全面建成小康社会、实现第一个百年奋斗',
      year: 2019,
    },
    {
      source: 'report-pairs/texts/national-2024-nhandan.txt (news of 2024’s report)',
      line: '李强总理表示,今年是中华人民共和国成立75周年,是实现“十四五”规划目标任务的关键一年',
      year: 2024,
    },
  ])('$source', ({ line, year }) => {
    expect(anniversaryYear(line)?.targetsYear).toBe(year);
  });

  // guards: an anniversary celebrated, not the year at hand said (a 2019 resolution; 2012's CPPCC report on 2011)
  it.each([
    { source: 'detect-corpus/texts/h-res-hangzhou-2019.txt', line: '济持续健康发展和社会大局稳定,以优异成绩庆祝新中国成立70周年' },
    {
      source: 'detect-corpus/texts/h15-cppcc-national-2012-work-report-sina.txt',
      line: '带领全国各族人民同心协力、锐意进取,隆重庆祝中国共产党成立90周年,制定实施“十二五”',
    },
  ])('guard: $source', ({ line }) => {
    expect(anniversaryYear(line)).toBeNull();
  });
});

describe('a city named only in its report’s own phrase (中国式现代化合肥篇章) is the page’s region, within the province it names', () => {
  it('csjcs (names 安徽 in 围绕安徽打造“三地一区”, 合肥 only in 奋力谱写中国式现代化合肥篇章)', () => {
    expect(detect(read('report-pairs/texts/city-hefei-2024-csjcs-targets.txt')).regionPath).toEqual(['安徽省', '合肥市']);
  });

  it.each([
    {
      source: 'report-pairs/texts/city-hefei-2023-5ihefei-targets.txt',
      line: '奋力谱写中国式现代化合肥篇章,为建设现代化美好安徽贡献更大合肥力量',
      path: ['安徽省', '合肥市'],
    },
    {
      source: 'judged/pages48/city-zhongwei-2022-12.txt',
      line: '系,激励全市上下奋力谱写全面建设社会主义现代化美丽新宁夏中卫篇章',
      path: ['宁夏回族自治区', '中卫市'],
    },
    {
      source: 'judged/pages15/province-neimenggu-2024.txt',
      line: '思想主题教育的深入开展,为我们书写中国式现代化内蒙古新篇章',
      path: ['内蒙古自治区'],
    },
  ])('$source', ({ line, path }) => {
    expect(ownChapterPlace(line)).toEqual(path);
  });

  // guard: a city's page that names its province's chapter (在奋力谱写中国式现代化山东篇章中勇当排头兵) stays the city's
  it('guard: report-pairs/texts/city-jinan-2025-jiuchuangxh-targets.txt', () => {
    expect(detect(read('report-pairs/texts/city-jinan-2025-jiuchuangxh-targets.txt')).regionPath).toEqual(['山东省', '济南市']);
  });
});
