// The three sectors listed by their ordinals, 产业 (or 产) said once after the last (一、二、三产业增加值, 第二、三产业,
// 一、二、三产): a 分别 list of the sectors, 第一产业… 第二产业… 第三产业…, each with the words after the list; the first
// ordinal is no bullet (lib/extract/distribute.ts SECTORS, lib/extract/phrases.ts BULLET). Every row is a real
// sentence; the file it comes from is named.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { sentenceOf } from './helpers/real-pages';

const GUANGXI_2025 = '../shared/eval/real-dev/reports/prov-guangxi-2025.txt';
const GUIZHOU_2025 = '../shared/eval/real-dev/reports/prov-guizhou-2025.txt';
const CORPUS = 'tests/fixtures/detect-corpus/texts';
const SUNITE_2002 = `${CORPUS}/h10-com-sunite-right-2002-xiaze.txt`;
const HENGYANG_2022 = `${CORPUS}/h7-com-hengyang-county-2022-body.txt`;
const LIUPANSHUI_2024 = `${CORPUS}/h10-rep-liupanshui-2024-trad-bkwu.txt`;
const XIANGXI_2013 = `${CORPUS}/h10-com-xiangxi-2013-hongheiku.txt`;
const COUNTY_2008 = `${CORPUS}/h10-plan-county-2008-gwyoo.txt`;

describe('sectors listed by their ordinals', () => {
  it.each([
    [GUANGXI_2025, '一、二、三产业增加值分别增长', ['4%', '5.3%', '3.4%'], ['第一产业增加值', '第二产业增加值', '第三产业增加值']],
    [GUIZHOU_2025, '一、二、三产增加值分别增长', ['3.5%以上', '7%左右', '5%以上'], ['第一产业增加值', '第二产业增加值', '第三产业增加值']],
    [
      SUNITE_2002,
      '一、二、三产业增加值占国内生产总值的比重分别为',
      ['12%', '54%', '34%'],
      ['第一产业增加值占国内生产总值的比重', '第二产业增加值占国内生产总值的比重', '第三产业增加值占国内生产总值的比重'],
    ],
    [COUNTY_2008, '一、二、三产业现价增加值分别达到', ['9.98亿元', '10.72亿元'], ['第一产业现价增加值', '第三产业现价增加值']],
    [HENGYANG_2022, '第二、三产业分别拉动增长', ['2.1', '2.4个百分点'], ['第二产业拉动增长', '第三产业拉动增长']],
    [LIUPANSHUI_2024, '一、二、三產分別增長', ['3.3%', '5.7%'], ['第一产业增加值', '第三产业增加值']],
    // 三次产业's ordinals name the sectors as 第一产业 does
    [XIANGXI_2013, '三次产业对经济增长的贡献率分别为', ['9.6%', '109.1%'], ['第一产业对经济增长的贡献率', '第三产业对经济增长的贡献率']],
  ])('%s: %s', (path, phrase, texts, expected) => {
    const ms = extract(sentenceOf(path, phrase), { title: '' });
    expect(texts.map((t) => ms.find((m) => m.text === t)?.indicator)).toEqual(expected);
  });
});
