// Families of the ninth round, from what holdout9 of the detection corpus showed when measured blind (reports
// 24/27, others taken 0/27; region 24/27): one table per family, each row real lines of a real page (its file
// named), and guards: real lines the rule must leave as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';

const CORPUS = join(import.meta.dirname, '../fixtures/detect-corpus/texts');
const read = (file: string) => readFileSync(join(CORPUS, file), 'utf8');
const has = (text: string, reason: string) => detect(text).reasons.some((r) => r.includes(reason));

describe("a party congress's report a document cites (十九大报告提出…) is not the news voice telling what a report says", () => {
  const REPORTED = 'tells what a report or its speaker says';
  it.each([
    {
      source: 'h9-plan-zhuhai-2018-notice-kunmingchi (a city plan on its environment)',
      text: '十九大报告提出建设现代化经济体系,为新时代如何做好经济工 作指明了方向。中央经济工作会议指出,推动高质量发展是当前 和今后一个时期确定发展思路、制定经济政策、实施宏观调控的 根本要求。',
    },
  ])('$source', ({ text }) => {
    expect(has(text, REPORTED)).toBe(false);
  });

  it.each([
    {
      source: 'h9-news-anhui-2009-session-sina',
      text: '王三运在报告中说,刚刚过去的2008年,安徽省政府较好地完成了省十一届人大一次会议确定的年度目标任务。王三运在报告中指出,2009年可能是新世纪以来安徽省经济发展最为困难的一年。',
    },
  ])('guard: $source', ({ text }) => {
    expect(has(text, REPORTED)).toBe(true);
  });

  it.each(['h9-news-guangzhou-2018-hkwb.txt', 'h9-news-anhui-2009-session-sina.txt'])(
    'guard: %s still tells what a report says',
    (file) => {
      expect(has(read(file), REPORTED)).toBe(true);
    },
  );
});

describe('a notice publishing a plan its congress approved (《…计划》已经…人大…审议通过,现印发) carries the plan', () => {
  const PUBLISHES = 'publishes a plan or budget its congress approved';
  it.each([
    {
      source: 'h9-plan-zhuhai-2018-notice-kunmingchi',
      text: '《珠海市2018年国民经济和社会发展计划》业经珠海市第九 届人民代表大会第五次会议审议通过,现印发给你们,请认真贯 彻执行。',
    },
    {
      source: 'plan-xinxiang-2024-notice',
      text: '《新乡市2024年国民经济和社会发展计划》已经市十四届人大二次会议审议通过,现印发给你们,请认真组织实施。',
    },
    {
      source: 'plan-huzhou-2024-notice',
      text: '市发展改革委《湖州市2024年国民经济和社会发展计划》已经市九届人大四次会议审议批准,现予转发,请认真组织实施。',
    },
  ])('$source', ({ text }) => {
    expect(has(text, PUBLISHES)).toBe(true);
  });

  it.each([
    {
      // a government's own work points, approved by the government, not the congress
      source: 'h9-workplan-beijing-2016-opengov-0798ci',
      text: '《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。',
    },
    {
      source: 'h-news-xinzhou-2026-presidium (the congress hands out its committees’ reports)',
      text: '会议听取和表决通过了财政经济委员会关于计划(草案)的审查结果的报告,印发会议;听取和表决通过了财政经济委员会关于预算(草案)的审查结果的报告,印发会议。',
    },
  ])('guard: $source', ({ text }) => {
    expect(has(text, PUBLISHES)).toBe(false);
  });

  it('h9-plan-zhuhai-2018-notice-kunmingchi is taken for a report', () => {
    const d = detect(read('h9-plan-zhuhai-2018-notice-kunmingchi.txt'));
    expect(d.isReport, d.reasons.join('; ')).toBe(true);
    expect(d.type).toBe('plan-report');
  });
});

describe("a text that speaks as its own region (全镇, 我代表镇人民政府) is not the nation's for saying 国内生产总值", () => {
  it.each([
    { file: 'h9-rep-town-nx899.txt', why: 'a town template: 我代表镇人民政府…全镇实现国内生产总值47.29亿元' },
    { file: 'h9-township-summary-2014-nepao.txt', why: "a township's summary: 全年预计完成国内生产总值5 9亿元" },
  ])('$file: no region ($why)', ({ file }) => {
    expect(detect(read(file)).region).toBeNull();
  });

  it.each([
    // the nation's, with no other mark of it than its words
    { file: 'h9-essay-xindetihui-2009.txt', region: '全国' },
    { file: 'h9-news-briefing-2020-syjyzs888.txt', region: '全国' },
  ])('guard: $file stays $region', ({ file, region }) => {
    expect(detect(read(file)).region).toBe(region);
  });
});
