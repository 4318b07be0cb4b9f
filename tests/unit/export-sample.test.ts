// The sample clips the empty state offers (public/sample-clips.json), made the way the extension
// makes clips: article text → detection → extraction → the content script's draft → clip. Taicang's
// and Wuzhong's come from the real report pages in ../shared/fixtures/pages; the nation's from short
// excerpts of the State Council's work reports for 2023–2025 (headline targets and results). Every
// sample page and report title starts with "示例 ·", and links to the publisher's home page: the
// sample is for trying the comparison, not a source to cite.
//
// The file is written, not checked, here: `UPDATE_SAMPLE=1 npx vitest run --project unit
// tests/unit/export-sample.test.ts`. Its validity is checked in export.test.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readInput } from '../../cli/input';
import { detect, type Detection } from '../../lib/detect/detect';
import { extract } from '../../lib/extract/index';
import { clipDraft } from '../../lib/clip/draft';
import { clipFromDraft } from '../../lib/clip/make';
import { toJson } from '../../lib/clip/export';
import type { Clip } from '../../lib/clip/clip';
import { PAGES } from './db-fixtures';

const NATIONAL: Array<{ year: number; text: string }> = [
  {
    year: 2023,
    text:
      '政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n' +
      '二、对今年政府工作的建议\n今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；粮食产量保持在1.3万亿斤以上。',
  },
  {
    year: 2024,
    text:
      '政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n' +
      '一、2023年工作回顾\n过去一年，国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人，城镇调查失业率平均为5.2%。居民消费价格上涨0.2%。粮食产量1.39万亿斤。\n' +
      '二、2024年经济社会发展总体要求和政策取向\n今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；粮食产量1.3万亿斤以上。',
  },
  {
    year: 2025,
    text:
      '政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n' +
      '一、2024年工作回顾\n过去一年，国内生产总值达到134.9万亿元、增长5%。城镇新增就业1256万人，城镇调查失业率平均为5.1%。居民消费价格上涨0.2%。粮食产量首次超过1.4万亿斤。\n' +
      '二、2025年经济社会发展总体要求和政策取向\n今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右；粮食产量1.4万亿斤左右。',
  },
];

/** the headline indicators a reader compares first */
const HEADLINE =
  /地区生产总值|一般公共预算收入|固定资产投资|规模以上工业|社会消费品零售总额|实际使用外资|进出口|工业投资|城镇新增就业|失业率|居民消费价格|粮食产量/;

function clipsFrom(text: string, title: string, url: string, detection: Detection, t0: number): Clip[] {
  const mentions = extract(text, { title, meta: detection });
  // the report's title as the clip shows it carries the mark too
  const marked = { ...detection, title: `示例 · ${detection.title ?? title}` };
  return mentions
    .map((m) => clipFromDraft(clipDraft(m, text, marked, { url, title: `示例 · ${title}` }), t0))
    .filter((c) => HEADLINE.test(c.indicatorKey))
    .map((c, i) => ({ ...c, createdAt: t0 + i * 1000 }));
}

function page(file: string, url: string, region: string[], t0: number): Clip[] {
  const { text, title } = readInput(join(PAGES, file));
  const d = detect(text, { title });
  // the parents the reports do not name
  const detection = { ...d, region: region[region.length - 1], regionPath: region };
  return clipsFrom(text, title, url, detection, t0);
}

test.runIf(process.env.UPDATE_SAMPLE)('write public/sample-clips.json', () => {
  const day = Date.UTC(2025, 0, 10);
  const clips = [
    ...page('taicang-2023-report.html', 'https://www.taicang.gov.cn/', ['江苏省', '苏州市', '太仓市'], day),
    ...page('wuzhong-2025-targets.html', 'https://www.szwz.gov.cn/', ['江苏省', '苏州市', '吴中区'], day + 7_200_000),
    ...NATIONAL.flatMap(({ year, text }, i) => {
      const title = `${year}年国务院政府工作报告（摘录）`;
      const detection = { ...detect(text, { title }), region: '全国', regionPath: ['全国'], year, type: 'work-report' as const, title };
      return clipsFrom(text, title, 'https://www.gov.cn/', detection, day + (i + 3) * 3_600_000);
    }),
  ];
  // a figure a report repeats with the same words around it is one clip
  const unique = [...new Map(clips.map((c) => [c.id, c])).values()];
  expect(unique.length).toBeGreaterThan(30);
  writeFileSync(join(import.meta.dirname, '../../public/sample-clips.json'), toJson(unique, new Date(day)));
});
