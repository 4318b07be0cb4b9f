// Detection on real pages (tests/fixtures/detect-corpus/README.md): recall and false positives by kind
// and by split, with floors. `dev` is what detect.ts was developed on; `holdout` was gathered after
// the first version and tuned on once (see the README); `holdout2` was gathered after that and tuned on
// once more; `holdout3` was measured once and never tuned on: its figures are the closest to what
// unseen pages will see (`holdout4`, the old national reports, and `holdout5` were measured untouched
// first and tuned on once after, as was `holdout6`: see the README). Texts are read as the CLI reads
// a .txt: no page title.
import { describe, expect, it } from 'vitest';
import { detect, REPORT_THRESHOLD, type Detection } from '../../lib/detect/detect';
import { gate, SAMPLE_CHARS } from '../../lib/page/gate';
import { loadCorpus, type CorpusEntry } from './helpers/detect-corpus';

const corpus = loadCorpus();
const verdicts = new Map<CorpusEntry, Detection>(corpus.map((e) => [e, detect(e.text)]));

interface Tally {
  reports: number;
  found: number;
  others: number;
  taken: number;
}

function tally(entries: CorpusEntry[]): Tally {
  const t: Tally = { reports: 0, found: 0, others: 0, taken: 0 };
  for (const e of entries) {
    const yes = verdicts.get(e)!.isReport;
    if (e.label === 'report') {
      t.reports++;
      if (yes) t.found++;
    } else {
      t.others++;
      if (yes) t.taken++;
    }
  }
  return t;
}

const recall = (t: Tally) => t.found / t.reports;
const misses = (entries: CorpusEntry[]) =>
  entries.filter((e) => (e.label === 'report') !== verdicts.get(e)!.isReport).map((e) => `${e.label} ${verdicts.get(e)!.score} ${e.id}`);

/** floors set a little under what detect.ts reaches, so that a regression fails and noise does not */
const FLOORS: Array<{ split: CorpusEntry['split']; recall: number; taken: number }> = [
  { split: 'dev', recall: 0.92, taken: 1 },
  { split: 'holdout', recall: 0.8, taken: 1 },
  { split: 'holdout2', recall: 0.9, taken: 1 },
  { split: 'holdout3', recall: 0.85, taken: 1 },
  // national reports of 1954–1991 and their look-alikes, measured before detect.ts was changed for them
  // (4/11 found, 0/14 taken), then tuned on once (see the README)
  { split: 'holdout4', recall: 0.9, taken: 1 },
  // gathered after that and measured once, untouched (8/10 found, 0/17 taken), then tuned on once (10/10)
  { split: 'holdout5', recall: 0.75, taken: 1 },
  // national reports of 2004–2019, provincial, city, county and town reports of other years than 2025,
  // communiqués, budget reports, and party-congress reports, resolutions, session news, interpretations,
  // speeches: measured once, untouched (18/19 found, 0/18 taken), then tuned on once (19/19)
  { split: 'holdout6', recall: 0.85, taken: 1 },
  // national reports of 2005 and 2014 (bilingual, a page 2, traditional), provincial, city, district, county and
  // town reports of 2022/2023, county communiqués, a district budget and a city plan report, and resolutions,
  // party-congress reports, session news, press releases, speeches, interpretations, company reports, stock news,
  // fiction: measured once, untouched (19/21 found, 0/22 taken), then tuned on once (20/21: a communiqué posted in
  // forum BBCode; the 2014 report mirrored mostly in English stays out); the judged bound: ≤ 2 missed, ≤ 1 taken
  { split: 'holdout7', recall: 0.9, taken: 1 },
  // national reports, budgets and communiqués of 2011–2015, provincial, city, district, county and town reports of
  // 2009–2019 (traditional, a page 5, templates), communiqués and budgets seen without their title, and court,
  // procuratorate, audit and standing-committee reports, resolutions, session news, interpretations, model texts, a
  // parody, a company report, fiction: measured once on detect.ts as holdout7 left it, untouched (24/26 found, 7/26
  // taken), then tuned on once (26/26, 1/26: another body's report, a communiqué's chapters, a site's 解读 over a
  // report's own page, 报告共分…部分, a model-text page; the parody stays taken)
  { split: 'holdout8', recall: 0.9, taken: 1 },
  // national reports of 2007 (bilingual, its digits stripped) and 2022 (English), Guizhou 2020 (English), Shanghai 2011's
  // page 2, city, district, banner and town reports of 2010–2018 (traditional, templates with xxx and 200*), county
  // communiqués, budgets and plans (a plan in its 印发…的通知), and NPCSC and CPPCC work reports, a standing committee's
  // review, session and party-congress news, digests, a resolution, speeches, work points and work summaries, plenum
  // communiqués, a bank's annual report, a hospital's final accounts: measured once on detect.ts as holdout8 left it,
  // untouched (24/27 found, 0/27 taken; missed: two pages in English, a plan in its 印发…的通知), then tuned on once
  // (25/27, 0/27: a party congress's report cited is no news voice; a notice publishing a plan its congress approved)
  { split: 'holdout9', recall: 0.92, taken: 0 },
  // the national report of 1995 (traditional, on a model-text site), provincial reports of 1993 (a digest), 2003
  // (traditional with readings) and 2012, city, forestry-district and county reports of 1999–2024 (encyclopedia, chorography
  // and forum pages, a banner's and a town's templates with their years masked, a county's page 6 with its years
  // stripped), communiqués of 2002–2016 (a page 3, a body under a date stamp in traditional), town budgets and final
  // accounts, plan reports of 2008 and 2010, and resolutions, session news (a BBS repost, traditional, bilingual),
  // interpretations, procuratorate reports, plenum and standing-committee news, a company's annual summary, stock news, a
  // yearbook, a chronicle, an NPC history, fiction, a spring-reception speech, model-text and exam essays: measured once
  // on detect.ts as holdout9 left it, untouched (28/29 found, 1/29 taken: the county page without years at 4, the
  // spring-reception speech at 6), then tuned on once (29/29, 0/29: a speech's salutation, 尊敬的…同志们、朋友们:; a
  // page that blanked its figures, 达到.%, is not penalised as figure-less)
  { split: 'holdout10', recall: 0.95, taken: 1 },
  // national reports of 2002 (bilingual, English first) and 2017 (bilingual on a model-text site), provincial reports of
  // 2000 (Wikisource) and 2003 (traditional), an autonomous region's of 2004 naming no place, city reports of 1988–2021
  // (a chorography, a model-text page, traditional mirrors, document sites, a template with its years masked), district,
  // county, banner and town reports of 2006–2021 (December deliveries, two page 4s, traditional with readings), communiqués
  // (a page 3 that is only its notes, a body without title or year), district budgets of 2022 and a district plan of
  // 2021, and session, party-congress and meeting news (traditional among them), court reports, an audit, a standing
  // committee's report, interpretations (an AI-style template with its figures masked as XX), speeches, encyclopedia
  // entries, a yearbook, a resolution on a plan, a Hong Kong column: measured once on detect.ts as holdout10 left it,
  // untouched (33/35 found, 1/33 taken: 丰都's page 3 of notes at 2, a communiqué body without title at 4, an AI-style
  // review of 应城's report at 6), then tuned on once (35/35, 0/33: 本公报 is a communiqué's own word; a communiqué's chapter
  // heading on its own line; an article that says it will review a report)
  { split: 'holdout11', recall: 0.9, taken: 1 },
  // provincial reports of 2003, 2007 and 2010 (traditional, a page 8), city, district and county reports of 2002–2026 (a
  // contents page first, a document site's broken preview, a chorography's abstract naming no city, a November delivery, a
  // template with its years stripped), communiqués of 1998–2019 (bodies under a bureau's byline, traditional), budgets and
  // final accounts of 2020–2021 (a body without title), and a city standing committee's report, a resolution on final
  // accounts and one convening a session, session, plenum and party-congress news, a quarterly release, interpretations, a
  // yearbook, speeches, a township's briefing, essays: measured once on detect.ts as holdout11 left it, untouched (25/26
  // found, 1/26 taken: 仓山's final accounts body at 4, 荆州's standing-committee report at 6), then tuned on once (26/26,
  // 0/26: another body's report keeps its own 工作回顾; a budget's books under numbered headings)
  { split: 'holdout12', recall: 0.92, taken: 1 },
  // national reports and communiqués of 1996–2008 (a title-less body, a chorography's digest, a model-text site, a
  // provincial plan report's bilingual abstract), Inner Mongolia's reports (2000, 2008, a 苏木's of 2023 without title),
  // city reports of 1989–2021 (one in English), a town's 范文 naming itself only in its text, communiqués of 1998–2019
  // (bodies naming no city, traditional; later pages), budgets and final accounts of 2015–2024 (a table of contents), a
  // plan in its 印发…的通知; and resolutions (a convening decision, a standing committee's on final accounts, a city's of
  // 1993), session news of townships and 苏木, a CPPCC session of 1985, a State Council drafting meeting, yearbooks, a
  // chorography, encyclopedia, speeches, a development zone's 述职报告, a township party congress's report, fiction, an
  // essay and a notice under a report's title: measured once on detect.ts as holdout12 left it, untouched (24/26 found,
  // 0/28 taken: 嘉兴's report in English, read as English; 湖北's 九五 plan report as a bilingual abstract, at 4), then tuned
  // on once (25/26, 0/28: a five-year plan's report named by the plan's number, in the speaker's own report)
  { split: 'holdout13', recall: 0.96, taken: 1 },
  // a prefecture's 行署 report to its congress's working committee, a provincial report of 2015 under a 2002 page title,
  // communiqués of 1999–2005 (later pages, traditional mirrors, a notes page naming no province), banner reports of 2020 and
  // 2025, town reports of 2012 and 2020, a county's page 2 naming no year, city and district reports of 2004–2024 (Tibet's
  // among them, one delivered in November, traditional); and
  // session, standing-committee and meeting news, digests of many places, court reports, party meetings, resolutions, an
  // encyclopedia entry, a yearbook, statistics notices, fiction: measured once on detect.ts as holdout13 left it, untouched
  // (26/27 found, 2/27 taken: 太原's communiqué title and opening at 3; a prefecture government's plenary news at 9, a banner's
  // yearbook entry at 5), then tuned on once (26/27, 0/27: news of a meeting by its lead, 11月27日,…召开…; a yearbook entry,
  // 【概况】; 太原's title and opening stay out)
  { split: 'holdout14', recall: 0.92, taken: 1 },
  // provincial reports of 2003 and 2009, city reports of Guangzhou 2005–2014 (one titled only on its site's heading),
  // district reports of 2003–2024 (two delivered in November, traditional pages, a job site's, a spam-bannered mirror's),
  // a town's, a township's, a county's and 增城市's, communiqués of 2001–2020 (page 2s, a notes page, bodies naming no
  // place, traditional), a district budget of 2008 and a city's page 2 of 2005 in English; and session and presidium news,
  // a CPPCC work report, digests, statistics notices, yearbooks, speeches, a work summary, a budget's reference notes, a
  // quarterly fiscal release, a resolution, an interpretation, a party-congress chronicle, fiction: measured once on
  // detect.ts as holdout14 left it, untouched (29/31 found, 1/30 taken: the two English pages at 0, the language gate;
  // a county's first-quarter fiscal release at 5, its figures and rates of growth); after its families
  // (detect-holdout15-families; no longer unseen): 29/31, 0/30 (the release, by its progress against the year's budget)
  { split: 'holdout15', recall: 0.93, taken: 1 },
];

describe('the corpus', () => {
  it('holds at least 150 labelled texts, about 60% reports, in every split', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    const t = tally(corpus);
    expect(t.reports / corpus.length).toBeGreaterThan(0.5);
    for (const { split } of FLOORS) expect(corpus.filter((e) => e.split === split).length, split).toBeGreaterThanOrEqual(20);
    // every text is read, and is Chinese enough for franc (a bilingual page included)
    for (const e of corpus) expect(e.text.length, e.id).toBeGreaterThan(100);
  });

  it('prints recall and false positives by split and by kind', () => {
    const lines: string[] = [];
    for (const { split } of FLOORS) {
      const t = tally(corpus.filter((e) => e.split === split));
      lines.push(`${split}: reports found ${t.found}/${t.reports}, others taken ${t.taken}/${t.others}`);
    }
    const kinds = [...new Set(corpus.map((e) => `${e.label}:${e.kind}`))].sort();
    for (const k of kinds) {
      const t = tally(corpus.filter((e) => `${e.label}:${e.kind}` === k));
      lines.push(`  ${k}: ${k.startsWith('report') ? `${t.found}/${t.reports} found` : `${t.taken}/${t.others} taken`}`);
    }
    console.log(lines.join('\n'));
    expect(lines.length).toBe(FLOORS.length + kinds.length);
  });
});

describe('floors by split', () => {
  it.each(FLOORS)('$split: recall ≥ $recall, at most $taken other taken', ({ split, recall: floor, taken }) => {
    const entries = corpus.filter((e) => e.split === split);
    const t = tally(entries);
    expect(recall(t), misses(entries).join('\n')).toBeGreaterThanOrEqual(floor);
    expect(t.taken, misses(entries).join('\n')).toBeLessThanOrEqual(taken);
  });
});

// the three failures measured before this corpus existed, each a family of its own
describe('floors by family', () => {
  const family = (f: (e: CorpusEntry) => boolean) => corpus.filter(f);
  it("reports without their title (a later section, a communiqué's body, a page 2): ≥ 80% found", () => {
    const entries = family((e) => e.label === 'report' && /section|body/.test(e.kind));
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(recall(tally(entries)), misses(entries).join('\n')).toBeGreaterThanOrEqual(0.8);
  });
  it('resolutions approving a report (关于政府工作报告的决议): none taken', () => {
    const entries = family((e) => e.kind === 'resolution');
    expect(entries.length).toBeGreaterThanOrEqual(15);
    expect(tally(entries).taken, misses(entries).join('\n')).toBe(0);
  });
  it('national reports of 1954–1979 (Chinese numerals, an encyclopedia or a site around them): ≥ 80% found', () => {
    const entries = family((e) => e.label === 'report' && /national-(?:19[5-7]\d)/.test(e.id));
    expect(entries.length).toBeGreaterThanOrEqual(8);
    expect(recall(tally(entries)), misses(entries).join('\n')).toBeGreaterThanOrEqual(0.8);
  });
  it('national reports of 1980–1998 (few figures, Chinese numerals): ≥ 80% found', () => {
    const entries = family((e) => e.label === 'report' && /national-(?:19[89]\d)/.test(e.id));
    expect(entries.length).toBeGreaterThanOrEqual(10);
    expect(recall(tally(entries)), misses(entries).join('\n')).toBeGreaterThanOrEqual(0.8);
  });
  it('news about a report, a session or its targets: at most one taken', () => {
    const entries = family((e) => e.label === 'other' && e.kind === 'news');
    expect(entries.length).toBeGreaterThanOrEqual(50);
    expect(tally(entries).taken, misses(entries).join('\n')).toBeLessThanOrEqual(1);
  });
});

describe('every verdict is explained and the gate lets every accepted page through', () => {
  it('the score is the sum of the signed weights its reasons start with', () => {
    for (const [e, d] of verdicts) {
      if (d.language !== 'cmn') continue;
      const sum = d.reasons.reduce((s, r) => s + Number(/^([+-]\d+) /.exec(r)?.[1] ?? NaN), 0);
      expect(sum, e.id).toBe(d.score);
      expect(d.isReport, e.id).toBe(d.score >= REPORT_THRESHOLD);
    }
  });

  it("what detect takes for a report, the gate does not turn away (the page's text, no title)", () => {
    const blocked: string[] = [];
    for (const [e, d] of verdicts) {
      if (!d.isReport) continue;
      const v = gate({ lang: '', title: '', sample: e.text.slice(0, SAMPLE_CHARS), truncated: e.text.length > SAMPLE_CHARS });
      if (!v.pass) blocked.push(`${e.id}: ${v.reason}`);
    }
    expect(blocked).toEqual([]);
  });
});
