// Families of the thirteenth round, from what holdout13 of the detection corpus showed when measured blind (reports 24/26,
// others taken 0/28; region 23/26, year 24/26, type 24/26): one table per family, each row real lines of a real page (its
// file named), and guards: real lines the rule must leave as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deliveredOn } from '../../lib/detect/delivery';
import { detect } from '../../lib/detect/detect';
import { FIVE_YEAR_PLAN_REPORT } from '../../lib/detect/five-year-plans';
import { regionOf } from '../../lib/detect/report-region';
import { reportType } from '../../lib/detect/report-type';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const read = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

describe("a 苏木, Inner Mongolia's township, is the region its congress and its speaker name", () => {
  it.each([
    {
      source: 'h13-rep-baiyintala-sumu-2023-notitle-naimanyun (a 苏木’s report without its title)',
      head: '——2023年3月24日在白音他拉苏木第十九届人民代表大会第三次会议上\n白笑宇\n各位代表:\n现在,我代表白音他拉苏木人民政府向大会报告工作,请予审议',
      region: '白音他拉苏木',
    },
    {
      source: 'h13-news-bayancuogang-sumu-2025-session-ewenke (news of a 苏木’s session)',
      head: '2025年11月27日,巴彦嵯岗苏木第十六届人民代表大会第八次会议在庄严的氛围中隆重召开。来自苏木各嘎查、各行业的人大代表肩负全苏木各族群众的殷切期盼',
      region: '巴彦嵯岗苏木',
    },
  ])('$source', ({ head, region }) => {
    expect(regionOf('', head, null).at(-1)).toBe(region);
  });

  it.each([
    {
      source: 'h8-rep-wuzhen-town-2017-txgov (a town, as before)',
      head: '政 府 工 作 报 告\n2017年1月9日在乌镇镇第十七届人民代表大会第一次会议上\n姚富强\n各位代表:',
      region: '乌镇镇',
    },
    {
      source: 'rep-sunitezuo-2022 (a banner of Inner Mongolia, the division table’s)',
      head: '2022年1月6日在苏尼特左旗第十六届\n人民代表大会第一次会议上\n旗人民政府代旗长 双宝\n各位代表:',
      region: '苏尼特左旗',
    },
  ])('guard: $source', ({ head, region }) => {
    expect(regionOf('', head, null).at(-1)).toBe(region);
  });
});

describe('the date under a report’s title, in brackets, before its address, is its delivery', () => {
  it.each([
    {
      source: 'h13-rep-yantai-1997-digest-chorography (a chorography’s digest, its source’s address after the title)',
      head: '任海深市长在烟台市第十二届人民代表大会第五次会议上的政府工作报告(摘要)\n\nOriginal URL: http://lib.sdsqw.cn/bin/mse.exe?seachword=&K=d60&A=7&rec=4&run=13\n\n(1997年3月5日)\n现在,我代表市人民政府,向大会作政府工作报告,请予审议',
      year: 1997,
      month: 3,
    },
    {
      source: 'a model-text page of 长沙’s report (the date unbracketed, as before)',
      head: 'XX市政府工作报告张剑飞2023年1月6日各位代表:现在,我代表市人民政府向大会报告工作,请予审议',
      year: 2023,
      month: 1,
    },
  ])('$source', ({ head, year, month }) => {
    expect(deliveredOn(head)).toMatchObject({ year, month });
  });

  it('guard: h13-news-cppcc-1985-session-363616 (a session’s dates in news are no delivery)', () => {
    expect(deliveredOn('中国人民政治协商会议第六届全国委员会第三次会议于1985年3月25日至4月8日在北京召开。共有委员2025人。')).toBeNull();
  });

  it('the digest is dated 1997', () => {
    expect(detect(read('detect-corpus/texts/h13-rep-yantai-1997-digest-chorography.txt')).year).toBe(1997);
  });
});

describe('a five-year plan’s report named by the plan’s number is a plan report', () => {
  it.each([
    {
      source: 'h13-plan-hubei-1996-ninth-fyp-abstract-soulun (the speaker names it)',
      head: '论文部分内容阅读\n各位代表:现在,我代表省人民政府,向大会作关于我省国民经济和社会发展“九五”计划及2010年远景目标纲要的报告。',
    },
  ])('$source', ({ head }) => {
    expect(FIVE_YEAR_PLAN_REPORT.test(head)).toBe(true);
    expect(reportType('', head)).toBe('plan-report');
  });

  it.each([
    {
      source: 'metadata 67-neimenggu-2001-work-yearbook (a work report delivered with the plan’s outline)',
      head: '各位代表:\n现在,我代表自治区人民政府作工作报告,请各位代表连同《内蒙古自治区国民经济和社会发展第十个五年计划纲要》一并审议',
    },
  ])('guard: $source', ({ head }) => {
    expect(FIVE_YEAR_PLAN_REPORT.test(head)).toBe(false);
    expect(reportType('', head)).toBe('work-report');
  });

  it('the abstract is found, a plan report', () => {
    const d = detect(read('detect-corpus/texts/h13-plan-hubei-1996-ninth-fyp-abstract-soulun.txt'));
    expect(d.isReport, d.reasons.join('; ')).toBe(true);
    expect(d.type).toBe('plan-report');
  });
});
