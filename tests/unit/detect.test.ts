// Page detection: is a text a government report, with franc as the language gate, a score and the
// reasons that moved it, and the report's metadata (region, year, type, title). Simplified and
// traditional, clean and noisy; a news article quoting a report, a company report, a stock page, a
// Japanese page, a notice and a list of report titles are not reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, REPORT_THRESHOLD, type Detection } from '../../lib/detect/detect';
import { ownOpening, proseHeadOf, thanksForTheGovernment } from '../../lib/detect/report-opening';
import { DETECT_DEV, ROOT } from './helpers/eval';
import { DOC_NOISES, traditional } from './helpers/noise';
import { rng, seedOf } from './helpers/rng';
import { budget, communique, COMPANY, JAPANESE, NEWS, NOTICE, PLAN, REVIEW, STOCK, TITLES, workReport } from './helpers/texts';

/** the score is the sum of the signed weights its reasons start with */
function expectExplained(d: Detection): void {
  expect(d.reasons.length).toBeGreaterThan(0);
  if (d.language !== 'cmn') return;
  const sum = d.reasons.reduce((s, r) => s + Number(/^([+-]\d+) /.exec(r)?.[1] ?? NaN), 0);
  expect(sum, d.reasons.join('; ')).toBe(d.score);
  expect(d.isReport).toBe(d.score >= REPORT_THRESHOLD);
}

const reports: Array<{ name: string; text: string; title?: string; expect: Partial<Detection> }> = [
  { name: 'a city work report', text: workReport('太仓市', 2023), expect: { type: 'work-report', year: 2023, region: '太仓市' } },
  {
    name: 'a district work report with its city',
    text: workReport('苏州市吴中区', 2025),
    expect: { type: 'work-report', year: 2025, region: '吴中区', regionPath: ['江苏省', '苏州市', '吴中区'] },
  },
  { name: 'a county work report', text: workReport('沛县', 2024), expect: { type: 'work-report', year: 2024, region: '沛县' } },
  { name: 'a province work report', text: workReport('江苏省', 2024), expect: { type: 'work-report', year: 2024, region: '江苏省' } },
  {
    name: 'the body only, named by the page title',
    text: `各位代表:\n\n${REVIEW}\n\n${PLAN}\n\n${REVIEW}`,
    title: '太仓市2023年政府工作报告_太仓市人民政府',
    expect: { type: 'work-report', year: 2023, region: '太仓市', title: '太仓市2023年政府工作报告' },
  },
  {
    name: 'a statistical communiqué',
    text: communique('太仓市', 2022),
    expect: { type: 'statistical-communique', year: 2022, region: '太仓市' },
  },
  { name: 'a budget report', text: budget, expect: { type: 'budget-report' } },
];

describe('reports are reports', () => {
  for (const r of reports) {
    it(r.name, () => {
      const d = detect(r.text, { title: r.title });
      expectExplained(d);
      expect(d.isReport, d.reasons.join('; ')).toBe(true);
      expect(d.language).toBe('cmn');
      for (const [k, v] of Object.entries(r.expect)) expect(d[k as keyof Detection], k).toEqual(v);
    });
    it(`${r.name}, in traditional characters`, () => {
      const text = traditional(r.text, rng(1)).text;
      const d = detect(text, { title: r.title && traditional(r.title, rng(1)).text });
      expect(d.isReport, d.reasons.join('; ')).toBe(true);
      // metadata comes out simplified
      for (const [k, v] of Object.entries(r.expect)) expect(d[k as keyof Detection], k).toEqual(v);
    });
  }
});

const others: Array<{ name: string; text: string; title?: string; language?: string }> = [
  { name: 'news quoting a report', text: NEWS },
  { name: 'a company annual report', text: COMPANY },
  { name: 'a stock-market page', text: STOCK },
  { name: 'a Japanese page', text: JAPANESE, language: 'jpn' },
  { name: 'a government notice', text: NOTICE },
  { name: 'a list of report titles', text: TITLES, title: '政府工作报告汇编' },
  {
    name: 'an English budget page',
    text: "The Governor's budget proposes $220 billion in spending, an increase of 5.2% over last year. Revenues are projected to grow 3% in 2024.",
    language: 'eng',
  },
  { name: 'a report too short to be one', text: '太仓市2023年政府工作报告。地区生产总值1635亿元。', title: '太仓市2023年政府工作报告' },
  { name: 'the empty text', text: '' },
];

describe('others are not reports', () => {
  for (const o of others) {
    it(o.name, () => {
      const d = detect(o.text, { title: o.title });
      expectExplained(d);
      expect(d.isReport, d.reasons.join('; ')).toBe(false);
      if (o.language) expect(d.language).toBe(o.language);
    });
    it(`${o.name}, in traditional characters`, () => {
      const d = detect(traditional(o.text, rng(1)).text, { title: o.title });
      expect(d.isReport, d.reasons.join('; ')).toBe(false);
    });
  }
});

// the labelled pages of detect-dev, read by the library, clean and under every noise of a document
const labels = readFileSync(join(DETECT_DEV, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { file: string; label: 'report' | 'mention' | 'other' })
  .filter((l) => l.label !== 'mention');

describe.each([['clean', null], ...Object.entries(DOC_NOISES)] as const)('detect-dev pages, %s', (noise, apply) => {
  for (const l of labels) {
    it(`${l.label}: ${l.file}`, () => {
      const text = readFileSync(join(DETECT_DEV, l.file), 'utf8');
      const d = detect(apply ? apply(text, rng(seedOf(noise + l.file))).text : text);
      expect(d.isReport, `${d.score}: ${d.reasons.join('; ')}`).toBe(l.label === 'report');
    });
  }
});

describe('hostile input', () => {
  it('a huge page is read in bounded time and does not throw', () => {
    const d = detect(workReport('太仓市', 2023).repeat(400));
    expect(d.isReport).toBe(true);
  });
  it('binary-looking and lone-surrogate text does not throw', () => {
    expect(detect(`${'\ud800\udc00\ud800'.repeat(1000)}\u0000\u0001`).isReport).toBe(false);
    expect(detect('亿'.repeat(100_000)).isReport).toBe(false);
  });
});

// each family of evidence on real pages of tests/fixtures/detect-corpus: the reason fires (or, where a
// report only mentions the thing, does not) and the verdict is the page's label
const CORPUS_TEXTS = join(import.meta.dirname, '../fixtures/detect-corpus/texts');
const families: Array<{ family: string; file: string; report: boolean; fires?: string; quiet?: RegExp }> = [
  { family: 'a resolution approving a report', file: 'res-heze-2009', report: false, fires: 'is a resolution on a report' },
  {
    family: 'a resolution in traditional characters',
    file: 'h-res-meishan-2017-trad',
    report: false,
    fires: 'is a resolution on a report',
  },
  { family: 'a resolution on a budget report', file: 'res-npc-2021-budget', report: false, fires: 'is a resolution on a report' },
  { family: 'news on a congress session', file: 'news-taoyuan-2008-opening', report: false, fires: 'reports on a congress session' },
  { family: "news listing a report's targets", file: 'news-fujian-2013-targets', report: false, fires: 'tells who delivered the report' },
  {
    family: 'news quoting what the premier said',
    file: 'h-news-hk01-2026-demand-trad',
    report: false,
    fires: 'tells what a report or its speaker says',
  },
  { family: 'an interpretation (解读)', file: 'interp-tianyuan-2016', report: false, fires: 'interprets or summarises a report' },
  { family: 'a generated summary', file: 'interp-ai-summary-2024', report: false, fires: 'is a generated or markdown summary' },
  { family: 'a novel quoting a report', file: 'other-novel-report-scene', report: false, fires: 'is fiction or a book chapter' },
  { family: 'a speech (同志们)', file: 'speech-town-2024-deployment', report: false, fires: 'is a speech' },
  { family: 'a party meeting', file: 'party-ningbo-2022-plenum', report: false, fires: 'is a party meeting or document' },
  { family: 'a regulation on budget review', file: 'reg-plan-budget-oversight', report: false, fires: 'is a law or regulation' },
  { family: 'a company annual report', file: 'company-haomei-2023-annual', report: false, fires: "is a company's report or filing" },
  {
    family: "a report section, no title: the programme's verbs",
    file: 'h2-rep-district-page2-section',
    report: true,
    fires: "speaks in a programme's verbs",
  },
  {
    family: "a communiqué's body, no title: results against the previous year",
    file: 'com-county-2015-qdndz-body',
    report: true,
    fires: 'reports results against the previous year',
  },
  {
    family: 'a short communiqué excerpt: rates counted per 1000 characters',
    file: 'h-com-county-2021-body',
    report: true,
    fires: 'reports results against the previous year',
  },
  { family: 'a plan published by a notice (印发…计划的通知)', file: 'plan-xinxiang-2024-notice', report: true, quiet: /^-\d+ is a notice/ },
  {
    family: 'a report citing 省委全会 is not a party meeting',
    file: 'h-com-yizhang-2023-trad',
    report: true,
    quiet: /^-\d+ is a party meeting/,
  },
  {
    family: 'a title on a line that lost its breaks',
    file: 'h-com-yizhang-2023-trad',
    report: true,
    fires: 'names itself a statistical communiqué',
  },
  { family: 'a headline about a report is not its title', file: 'news-whb-2019-frontpage', report: false, quiet: /names itself/ },
  { family: 'a sentence about a report is not its title', file: 'h2-interp-hebei-2023-numbers', report: false, quiet: /names itself/ },
  {
    family: 'a headline asking what a report says is not its title (…“白话版”:李克强都说了哪些…)',
    file: 'h6-interp-2015-plain-words-ces',
    report: false,
    quiet: /names itself/,
  },
  {
    family: 'a 1980s report in Chinese numerals: its figures count',
    file: 'h-rep-national-1982-part3',
    report: true,
    fires: 'figures per 1000 characters',
    quiet: /^-\d+ [\d.]+ figures/,
  },
  { family: 'a report with its English translation is Chinese', file: 'bud-national-2024-bilingual', report: true },
  { family: 'the first-person register (我们)', file: 'rep-wuhan-2010-gwyoo', report: true, fires: 'speaks as the government (我们)' },
  // the old national reports (holdout4): their own opening, their sites, their speakers
  {
    family: "an encyclopedia page carrying the report's own opening is the report",
    file: 'h4-rep-national-1983-newton-trad',
    report: true,
    quiet: /encyclopedia|list of report titles|quotes the report/,
  },
  { family: 'an encyclopedia entry on a session stays one', file: 'h4-enc-npc-1956-jendow-trad', report: false, fires: 'encyclopedia' },
  {
    family: "a site's menu (政策解读) is no interpretation",
    file: 'h4-plan-national-1958-chinagate-part4',
    report: true,
    quiet: /interprets/,
  },
  {
    family: "the speaker's own 我现在…向…会议作政府工作报告 and a source line (来源:人民网)",
    file: 'h4-rep-national-1959-hflzbz',
    report: true,
    quiet: /tells who delivered|news reporting/,
  },
  {
    family: 'a history of the report tells who delivered it',
    file: 'h4-news-yanews-1964-history',
    report: false,
    fires: 'tells who delivered',
  },
  {
    family: 'a 1950s provincial report: 我代表省人民委员会',
    file: 'h4-rep-shanxi-1956-soolun',
    report: true,
    fires: 'reports to the congress on behalf of the government',
  },
  {
    family: '我受国务院的委托…报告, before a standing committee',
    file: 'h-plan-national-1982-sc-trad',
    report: true,
    fires: 'on behalf of',
  },
  { family: 'a page offering a report in full (全文)', file: 'h4-budget-national-1956-chinagate-part2', report: true, fires: 'full text' },
  {
    family: 'a budget report asks for examination (请予审查)',
    file: 'h5-budget-national-1990-jxxfw',
    report: true,
    fires: 'asks for deliberation',
  },
  {
    family: "final accounts before the nation's standing committee (委员长、各位副委员长…各位委员)",
    file: 'h5-budget-national-1996-final-ppdoc',
    report: true,
    fires: 'addresses a standing committee',
  },
  {
    family: "People's Daily news of a budget report, its figures in Chinese numerals",
    file: 'h4-news-rmrb-1958-budget',
    report: false,
    fires: 'tells what a report or its speaker says',
  },
  // holdout6 and the misses of every split: a report's thanks, a plan or budget report made on the
  // government's behalf, a document's own table of contents
  {
    family: "the thanks that close a report's review (我代表国务院,向…表示诚挚感谢), a page without title or figures",
    file: 'h-rep-national-2017-section',
    report: true,
    fires: 'thanks',
  },
  {
    family: "a town report's later page in traditional characters: its thanks (我代表鎮人民政府,向所有關心)",
    file: 'h6-rep-town-section-trad-mingyanjiaju',
    report: true,
    fires: 'thanks',
  },
  {
    family: "a plan report made on the government's behalf (受国务院委托,我向…报告), as a journal abstract: short as it is",
    file: 'plan-national-2020-abstract',
    report: true,
    quiet: /too short/,
  },
  {
    family: "final accounts made on the government's behalf (受市人民政府委托,我向…报告), without their title",
    file: 'h6-bud-shanwei-2018-final-notitle',
    report: true,
    fires: 'on behalf of',
  },
  {
    family: 'final accounts with their own table of contents (目 录) are no collection of reports',
    file: 'bud-yunxi-2022-final-accounts',
    report: true,
    quiet: /collection/,
  },
  {
    family: 'a communiqué citing 省第十五次党代会…精神 for its guidance is no party document',
    file: 'h-com-yunhe-2022',
    report: true,
    quiet: /party meeting/,
  },
  {
    family: 'a budget report citing 省委八次党代会确定的战略 is no party document',
    file: 'h6-bud-province-1999-ppdoc',
    report: true,
    quiet: /party meeting/,
  },
  {
    family: "a party congress's own report (第一次党代表大会) is a party document",
    file: 'h6-party-province-1956-congress-report-ppdoc',
    report: false,
    fires: 'is a party meeting or document',
  },
  {
    family: 'a party congress report (在中国共产党北京市第十三次代表大会上的报告), bilingual, built like a work report',
    file: 'h6-party-beijing-2022-congress-report',
    report: false,
    fires: 'is a party meeting or document',
  },
  {
    family: 'a report section with its English translation: the densities of its Chinese',
    file: 'h-rep-national-2011-bilingual-section',
    report: true,
    fires: "speaks in a programme's verbs",
  },
  {
    family: 'a resolution names who reported on whose behalf: no thanks of its own',
    file: 'h6-res-npc-2003-055110',
    report: false,
    quiet: /thanks|on behalf of/,
  },
  {
    family: "a party congress's report is a party document (我代表…委员会向大会作报告)",
    file: 'h6-party-beijing-2022-congress-report',
    report: false,
    quiet: /thanks|on behalf of/,
  },
];

describe("how a report opens, and a site's menus (report-opening.ts)", () => {
  it.each([
    // the address at a line's start, then the speaker's own report or request for deliberation
    ['h4-rep-national-1983-newton-trad', '各位代表:\n我代表國務院,向第六屆全國人民代表大會第一次會議作政府工作報告,請予審議。', true],
    ['h4-rep-shanxi-1956-soolun', '各位代表:我代表省人民委员会向山西省第一届人民代表大会第四次会议作政府工作报告。', true],
    [
      'h-plan-national-1982-sc-trad',
      '各位委員:\n\n  現在,我受國務院的委託,提出關於一九八一年計劃執行情況和一九八二年計劃草案的報告。',
      true,
    ],
    // a budget or plan report to a standing committee addresses the committee
    [
      'judged/pages17 sichuan-2023-final-accounts',
      '四川省人大常委会:\n按照有关法律规定和省人大常委会安排,受省政府委托,现就我省2023年省级决算草案情况报告如下,请审查。',
      true,
    ],
    [
      'plan-national-2020-abstract',
      '全国人民代表大会常务委员会:受国务院委托,我向全国人大常委会报告今年以来国民经济和社会发展计划执行情况,请审议。',
      true,
    ],
    // a story quoting the address, and a closing speech to the deputies, are not a report's opening
    ['chinastory 1975', '周恩来:各位代表,我现在做《政府工作报告》,请求大会讨论和批准。', false],
    ['sohu 2002 closing', '各位代表:\n第九届全国人民代表大会第五次会议的各项议程已进行完毕。', false],
    ['a committee addressed, no report', '市人大常委会:\n现将有关情况通报如下。', false],
  ])('%s', (_source, text, own) => expect(ownOpening(proseHeadOf(text))).toBe(own));

  it.each([
    // the thanks that close a report's review: the government speaks, to the people
    ['h-rep-national-2017-section', '我代表国务院,向全国各族人民,向各民主党派、各人民团体和各界人士,表示诚挚感谢!', true],
    ['prov-jiangsu-2025', '我代表省政府，向全省广大工人、农民、知识分子、干部和各界人士表示崇高敬意和衷心感谢！', true],
    ['h6-rep-town-section-trad-mingyanjiaju (cut)', '在此,我代表镇人民政府,向所有关心', true],
    // the speaker's opening, and a speech for the party and the government together, are not those thanks
    ['rep-city-2022-template-xiaomilidoc', '我代表市人民政府,向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见。', false],
    ['a New Year gathering (7rdy.cn)', '我代表市委、市人大、市政府、市政协及全市人民,向各位老领导…致以新春的问候和美好的祝愿!', false],
    ['a greeting', '我代表市人民政府,向全市人民致以新春的问候!', false],
    ['a welcome', '我代表市人民政府,向各位来宾表示热烈的欢迎和衷心的感谢!', false],
    ['a pledge, no thanks', '我代表县人民政府,向全县人民郑重承诺:今年办好十件民生实事。', false],
  ])('thanks for the government: %s', (_source, text, yes) => expect(thanksForTheGovernment(text)).toBe(yes));

  it("drops a site's menu and headline ticker, keeps its title line (h4-budget-national-1956-chinagate-part2)", () => {
    const head = proseHeadOf(
      '专家专栏 政策解读 宏观经济 区域发展\n国情公报 经济数据 经济名词 采购商\n首页>>国情公报\n1956年国务院政府工作报告(全文)',
    );
    expect(head).not.toContain('解读');
    expect(head).toContain('1956年国务院政府工作报告(全文)');
  });
});

describe('families of evidence on real pages', () => {
  it.each(families)('$family ($file)', ({ file, report, fires, quiet }) => {
    const d = detect(readFileSync(join(CORPUS_TEXTS, `${file}.txt`), 'utf8'));
    expectExplained(d);
    expect(d.language).toBe('cmn');
    expect(d.isReport, `${d.score}: ${d.reasons.join('; ')}`).toBe(report);
    if (fires)
      expect(
        d.reasons.some((r) => r.includes(fires)),
        d.reasons.join('; '),
      ).toBe(true);
    if (quiet)
      expect(
        d.reasons.some((r) => quiet.test(r)),
        d.reasons.join('; '),
      ).toBe(false);
  });
});

// the region of old reports (report-region.ts): 向…第N届人民代表大会 names it; a national plan's title
// (关于一九五八年度国民经济计划草案的报告) is the nation's, whatever a site's ticker names (西藏…)
describe('the region of old reports', () => {
  it.each([
    ['h4-rep-shanxi-1956-soolun', '山西省'],
    ['h4-plan-national-1958-chinagate-part4', '全国'],
    ['h4-plan-national-1958-newton-trad', '全国'],
    ['h4-rep-national-1954-fsou', '全国'],
    ['h4-rep-national-1983-newton-trad', '全国'],
  ])('%s → %s', (file, region) => {
    expect(detect(readFileSync(join(CORPUS_TEXTS, `${file}.txt`), 'utf8')).region).toBe(region);
  });
});

// A page that prints the resolution approving a report above the report itself carries the report: the
// resolution is its frame (judged/pages17, as first measured: not found, score 3); a resolution alone is not.
describe('a resolution printed above the report it approves', () => {
  const page = readFileSync(join(ROOT, 'tests/fixtures/judged/pages17/province-sichuan-2023-final-accounts.txt'), 'utf8');
  it('the report is found', () => {
    const d = detect(page);
    expect(d.isReport, d.reasons.join('; ')).toBe(true);
    expect(d.reasons.some((r) => r.includes('is a resolution on a report'))).toBe(false);
  });
  it('the resolution alone is not a report', () => {
    const d = detect(page.slice(0, page.indexOf('\n关于2023年省级决算草案的报告\n')));
    expect(d.isReport, d.reasons.join('; ')).toBe(false);
    expect(d.reasons.some((r) => r.includes('is a resolution on a report'))).toBe(true);
  });
});
