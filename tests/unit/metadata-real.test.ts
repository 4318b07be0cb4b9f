// Report metadata measured on real texts: the 31 provincial 2025 work reports of the shared real-dev
// set, and the openings of real pages kept in tests/fixtures/metadata (national reports of many
// years, provincial to county and banner reports, communiqués, budget, final-accounts and plan
// reports; see its README). Each text's region, year and type were read off it by hand; the
// detector's are compared with them and the share it gets right must stay above a floor.
// Run this file alone to see the figures and every miss.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { SHARED } from './helpers/eval';

interface Row {
  file: string;
  region: string | null;
  year: number | null;
  type: string;
  /** `holdout`: collected after the rules it is scored on, and labelled before the detector read it */
  split?: string;
}

const REAL_DEV = join(SHARED, 'eval/real-dev');
const FIXTURES = join(import.meta.dirname, '../fixtures/metadata');
const DETECT_CORPUS = join(import.meta.dirname, '../fixtures/detect-corpus');

function rows(dir: string, split: string | undefined): Row[] {
  return readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row & { label?: string })
    .filter((r) => (r.label === undefined || r.label === 'report') && r.split === split);
}

const FIELDS = ['region', 'year', 'type'] as const;

function measure(dir: string, split?: string): { n: number; right: Record<(typeof FIELDS)[number], number>; misses: string[] } {
  const right = { region: 0, year: 0, type: 0 };
  const misses: string[] = [];
  const set = rows(dir, split);
  for (const r of set) {
    const d = detect(readFileSync(join(dir, r.file), 'utf8'));
    for (const f of FIELDS) {
      if (d[f] === r[f]) right[f]++;
      else misses.push(`${r.file}: ${f} ${JSON.stringify(d[f])}, should be ${JSON.stringify(r[f])}`);
    }
  }
  return { n: set.length, right, misses };
}

// floors: what the rules reach on these sets (real-dev 31/31, the fixtures 50/50 on each field at
// the time of writing; the last 10 fixtures were held out and scored 10/10 before any rule was
// changed for them), less a text or two of slack for rules that other sets will bend
const SETS: Array<{ name: string; dir: string; split?: string; min: number; floor: Record<(typeof FIELDS)[number], number> }> = [
  { name: 'real-dev (31 provincial 2025 work reports)', dir: REAL_DEV, min: 30, floor: { region: 0.96, year: 0.96, type: 0.96 } },
  { name: 'fixtures/metadata (openings of real pages)', dir: FIXTURES, min: 50, floor: { region: 0.95, year: 0.95, type: 0.95 } },
  // held out (texts 51–76): as measured before any rule was written from them, region 24, year 22, type 24 of 26;
  // after the round's rules from the corpus (not from them) 25, 22 and 26; after four year rules written from
  // their misses (no longer an unseen figure) 25, 26 and 26
  {
    name: 'fixtures/metadata held out (texts 51–76)',
    dir: FIXTURES,
    split: 'holdout',
    min: 26,
    floor: { region: 0.92, year: 0.96, type: 0.96 },
  },
  // a second held-out batch (texts 77–95), collected and labelled after every rule of the round, scored once as
  // it came: region 16, year 18, type 19 of 19 (the engine before the round: 15, 17, 17); after the fourth round's
  // families written from its misses (no longer unseen): 18, 19, 19; 19, 19, 19 since holdout15's names lost since (淮阳县)
  {
    name: 'fixtures/metadata second held-out batch (texts 77–95)',
    dir: FIXTURES,
    split: 'holdout2',
    min: 19,
    floor: { region: 0.94, year: 0.94, type: 0.94 },
  },
  // a third held-out batch (texts 96–112), collected and labelled after the fourth round's rules (branch eng-b2),
  // scored once as it came: region 17, year 13, type 15 of 17 (the engine before the round alike); after families
  // written from its six misses (tests/unit/metadata-round4.test.ts; no longer unseen): 17, 17, 17
  {
    name: 'fixtures/metadata third held-out batch (texts 96–112)',
    dir: FIXTURES,
    split: 'holdout3',
    min: 17,
    floor: { region: 0.94, year: 0.94, type: 0.94 },
  },
  // a fourth held-out batch (texts 113–119), collected and labelled after every rule of the fourth round, scored once
  // as it came: region 7, year 3, type 7 of 7 (news of sessions that say their year only in the review's words);
  // after families written from three of the misses (no longer unseen): 7, 6, 7
  {
    name: 'fixtures/metadata fourth held-out batch (texts 113–119)',
    dir: FIXTURES,
    split: 'holdout4',
    min: 7,
    floor: { region: 0.99, year: 0.85, type: 0.99 },
  },
  // the report texts of the detection corpus's holdout7 (tests/fixtures/detect-corpus: region, year and type in its
  // manifest), labelled before the detector read them and scored once as they came: region 16, year 20, type 21 of 21;
  // after the region families written from their misses (tests/unit/metadata-round6-region-type.test.ts; no longer
  // unseen): 20, 20, 21 (left: 漯河 named only as 现代化漯河建设; the year is lib/detect/metadata.ts's)
  {
    name: 'detect-corpus holdout7 (report texts)',
    dir: DETECT_CORPUS,
    split: 'holdout7',
    min: 21,
    floor: { region: 0.9, year: 0.9, type: 0.99 },
  },
  // the report texts of the detection corpus's holdout8, labelled before the detector read them and scored once as
  // they came: region 23, year 26, type 24 of 26; after the families written from their misses
  // (tests/unit/detect-holdout8-families.test.ts; no longer unseen): 26, 26, 26
  {
    name: 'detect-corpus holdout8 (report texts)',
    dir: DETECT_CORPUS,
    split: 'holdout8',
    min: 26,
    floor: { region: 0.92, year: 0.95, type: 0.92 },
  },
  // the report texts of the detection corpus's holdout9, labelled before the detector read them and scored once as
  // they came: region 24, year 23, type 26 of 27; after the families written from them (a region's own voice is no
  // nation's; tests/unit/detect-holdout9-families.test.ts; no longer unseen): 25, 23, 26
  {
    name: 'detect-corpus holdout9 (report texts)',
    dir: DETECT_CORPUS,
    split: 'holdout9',
    min: 27,
    floor: { region: 0.92, year: 0.85, type: 0.96 },
  },
  // the report texts of the detection corpus's holdout10, labelled before the detector read them and scored once as
  // they came: region 27, year 28, type 29 of 29 (two towns' budgets read as their city's or county's, 中山市东凤镇人民政府
  // and 抚州市黎川县日峰镇; a provincial digest of 1993 dated by nothing but its five-year review, 1988年到1992年); after
  // the families written from them (tests/unit/detect-holdout10-families.test.ts; no longer unseen): 29, 29, 29
  {
    name: 'detect-corpus holdout10 (report texts)',
    dir: DETECT_CORPUS,
    split: 'holdout10',
    min: 29,
    floor: { region: 0.92, year: 0.95, type: 0.99 },
  },
  // the report texts of the detection corpus's holdout11, labelled before the detector read them and scored once as
  // they came: region 35, year 33, type 34 of 35 (a town's report dated only by its page's stamp, 發表時間:2006/10/28; a
  // county's page 4 dated by an audit of 2017 it names rather than the year it reviews, 各位代表,2018年,我们…; a
  // communiqué's body without title or year given no type); after the families written from them (audited final accounts
  // do not name a report; 各位代表,2018年,我们…取得了 closes the review of the year before; detect-holdout11-families;
  // no longer unseen): 35, 34, 34; year 35 since a page dated after a year's first quarter that tells the year so far is
  // that year's (the town's stamp, 2006/10/28, over 上半年以来工作回顾)
  {
    name: 'detect-corpus holdout11 (report texts)',
    dir: DETECT_CORPUS,
    split: 'holdout11',
    min: 35,
    floor: { region: 0.97, year: 0.97, type: 0.94 },
  },
  // the report texts of the detection corpus's holdout12, labelled before the detector read them and scored once as
  // they came: region 25, year 23, type 24 of 26 (杭州市下城区 read as 城区; a communiqué under its bureaus' byline with no
  // type nor year; a chorography's abstract dated by nothing but 一、二○○一年…实现了“十五”计划的良好开局; a template whose
  // years were stripped dated by its upload stamp; a final-accounts body given no type); after the families written from
  // them (tests/unit/detect-holdout12-families.test.ts; no longer unseen): 26, 26, 26
  {
    name: 'detect-corpus holdout12 (report texts)',
    dir: DETECT_CORPUS,
    split: 'holdout12',
    min: 26,
    floor: { region: 0.96, year: 0.96, type: 0.96 },
  },
  // the report texts of the detection corpus's holdout13, labelled before the detector read them and scored once as
  // they came: region 23, year 24, type 24 of 26 (a 苏木's report and a town's 范文 naming itself only in its text given
  // no region; 烟台's digest dated only by (1997年3月5日) on a line of its own given no year; 湖北's 九五 plan report typed a
  // work report; 嘉兴's report in English given nothing); after the families written from them (a 苏木 is a township; a
  // bracketed date under the title before the address is the delivery; a plan report named by its plan's number;
  // detect-holdout13-families; no longer unseen): 24, 25, 25 (left: 枨冲 named only in its text, 嘉兴's English page)
  {
    name: 'detect-corpus holdout13 (report texts)',
    dir: DETECT_CORPUS,
    split: 'holdout13',
    min: 26,
    floor: { region: 0.92, year: 0.96, type: 0.96 },
  },
  // the report texts of the detection corpus's holdout14, labelled before the detector read them and scored once as
  // they came: region 24, year 25, type 25 of 27 (a town's report whose delivery line lost its date's separators, read as
  // its county's site; 前郭 named only as 前郭振兴发展; a prefecture's communiqué body speaking of 全州 read as 全州县; a
  // communiqué's notes page, 本公报中2014年数据为初步统计数, given no type nor year; 南京's 1999 communiqué typed a plan report
  // for 年度国民经济和社会发展计划目标基本完成, so no year); after the families written from them (我受…人民政府委托 names the
  // speaker's government; 全州 is no short name; 本公报 is a communiqué's own word; a plan said fulfilled is not the text's
  // name; detect-holdout14-families; no longer unseen): 26, 27, 27 (left: 前郭 named only in 前郭振兴发展)
  {
    name: 'detect-corpus holdout14 (report texts)',
    dir: DETECT_CORPUS,
    split: 'holdout14',
    min: 27,
    floor: { region: 0.92, year: 0.96, type: 0.96 },
  },
  // the report texts of the detection corpus's holdout15, labelled before the detector read them and scored once as
  // they came: region 27, year 26, type 28 of 31 (two English pages given nothing; 株洲县, 洪泽县 and 增城市, divisions
  // renamed since, read as 株洲市, 洪泽区 and 增城区; a communiqué body naming neither its bureau nor itself typed a work
  // report, so dated a year late; two reports delivered in November under a page title naming that year kept the title's
  // year; a banner's communiqué body dated 2020 by its page's address only, which the text never says — a labelling slip,
  // `null` by the corpus's rule, corrected after the measurement: year 27 with it); after the families written from them
  // (a name lost since is the text's; a late-year local report titled by its delivery year is the next year's;
  // detect-holdout15-families; no longer unseen): 30, 29, 28 (left: the English pages, the province's 2001 communiqué body)
  {
    name: 'detect-corpus holdout15 (report texts)',
    dir: DETECT_CORPUS,
    split: 'holdout15',
    min: 31,
    floor: { region: 0.96, year: 0.93, type: 0.9 },
  },
];

describe('report metadata on real texts', () => {
  for (const s of SETS) {
    it(s.name, () => {
      const { n, right, misses } = measure(s.dir, s.split);
      const share = (f: (typeof FIELDS)[number]) => right[f] / n;
      console.log(
        `${s.name}: ${n} texts; region ${right.region}/${n}, year ${right.year}/${n}, type ${right.type}/${n}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
      );
      expect(n).toBeGreaterThanOrEqual(s.min);
      for (const f of FIELDS)
        expect(share(f), `${f}: ${misses.filter((m) => m.includes(`: ${f} `)).join('; ')}`).toBeGreaterThanOrEqual(s.floor[f]);
    });
  }
});
