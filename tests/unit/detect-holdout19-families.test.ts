// Families of meta27, from what held-out pairs batch 19 showed (tests/unit/compare-heldout.test.ts): one table per family, each
// row a real page or real lines of one (its file named), and guards: real lines the rule must leave as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';

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
