// Metadata families of the sixth round, from the misses of judged sample 14: one table per family, each row a real
// page (its file under tests/fixtures) read without a page title, with the years its delivery line implies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportMeta } from '../../lib/detect/metadata';
import { normalize } from '../../lib/text/normalize';

const FIXTURES = join(import.meta.dirname, '../fixtures');

interface Row {
  /** set/file under tests/fixtures */
  file: string;
  /** [year, resultsYear, targetsYear] */
  years: [number, number, number];
}

function table(rows: Row[]): void {
  for (const r of rows)
    it(r.file, () => {
      const m = reportMeta(normalize(readFileSync(join(FIXTURES, r.file), 'utf8')).text);
      expect([m.year, m.resultsYear, m.targetsYear]).toEqual(r.years);
    });
}

describe('a congress that meets late in the year (November or December) hears a review of that year', () => {
  table([
    // ——2016年11月26日在芷江侗族自治縣第八屆人民代表大會第一次會議上 … 本屆政府任期的四年 … 2016年實現地區生產總值
    // 99.3億元(預計數): no title; the congress meets for 2017
    { file: 'judged/pages14/county-zhijiang-2016-trad-readings.txt', years: [2017, 2016, 2017] },
    // (湖南省)2016年桂阳县人民政府工作报告 … 2016年11月25日在桂阳县第十七届人民代表大会第一次会议上 … 2013年以来
    { file: 'metadata/texts/51-guiyang-2016-report-repost.txt', years: [2016, 2016, 2017] },
    // (湖北省)2020年谷城县人民政府工作报告 … 2020年12月23日在谷城县第十八届人民代表大会第五次会议上
    { file: 'judged/pages13/county-gucheng-2020.txt', years: [2020, 2020, 2021] },
    // 政府工作报告 ——2021年12月18日在萨尔图区第十二届人民代表大会… (2021年地区生产总值预计实现151.7亿元)
    { file: 'detect-corpus/texts/h2-rep-saertu-2021.txt', years: [2022, 2021, 2022] },
    // (湖北省)2017年黄梅县人民政府工作报告 … 2016年12月16日在黄梅县第十六届人民代表大会…: titled by the year it plans
    { file: 'judged/pages14/county-huangmei-2017.txt', years: [2017, 2016, 2017] },
    // 2023年十堰市张湾区政府工作报告 … ——2022年12月27日在张湾区第十届人民代表大会第二次会议上 … 一、2022年工作回顾
    { file: 'metadata/texts/21-zhangwan-2023-work.txt', years: [2023, 2022, 2023] },
  ]);
});
