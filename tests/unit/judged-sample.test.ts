// The extractor on whole real reports, measured against hand-judged random samples of its mentions
// (tests/fixtures/judged: mentions of the 31 provincial reports of 2025, judged field by field):
// real-dev-sample.jsonl (320, judged before any fix; the fixes were found in it) and
// real-dev-heldout.jsonl (130 others, judged after the fixes, not used to find them);
// corpus-heldout.jsonl (150 mentions of the report pages of tests/fixtures/detect-corpus: other levels
// and years, communiqués and budgets; judged before any rule was changed for them, then fixed from:
// 66.2% every field as judged, see its README); pages-heldout.jsonl (100 mentions of 8 pages fetched for
// it, judged after every fix of this round and not used to find any); pages5-heldout.jsonl (100 mentions of
// 9 other pages fetched for it, judged before scoring, after the fixes from sample 4 and not used to find any);
// pages6-heldout.jsonl (120 mentions of 12 other pages, judged before any fix: 74.8% every field as judged,
// then fixed from); pages7-heldout.jsonl (60 mentions of 6 more pages, judged after those fixes and not fixed
// from: 60.0% every field, then fixed from: 91.7%); pages8-heldout.jsonl (60 mentions of 5 more pages, judged
// after the last fix of the round: 87.9% every field, then fixed from: 100%); pages9-heldout.jsonl (100
// mentions of 10 more pages, judged after those fixes and not fixed from: 66.7% every field, then fixed from:
// 86.9%); pages10-heldout.jsonl (100 mentions of 10 more pages, judged after those fixes and not fixed from:
// 55.6% every field; 71.7% with the metadata round; then its period and indicator families fixed from it);
// pages11-heldout.jsonl (100 mentions of 12 more pages, judged before scoring: 60.2% every field, then fixed
// from: 94.9%); pages12-heldout.jsonl (100 mentions of 12 more pages, judged before scoring: 72.4% every field,
// then fixed from: 95.9%); pages13-heldout.jsonl (100 mentions of 12 more pages, judged before scoring: 74.0% every field,
// then its families fixed from it); pages14-heldout.jsonl (100 mentions of 11 more pages, judged before scoring and
// not fixed from: 62.1% every field; its indicator families fixed from it in round 4: 77.9%, the rest are periods); pages15-heldout.jsonl (all 69 mentions of 9 national and provincial report pages,
// judged before scoring and held out from the round after it: 67.2% every field); pages16-heldout.jsonl (all 53
// mentions of 5 city and prefecture report pages, judged before scoring and held out the same way: 84.0% every field);
// pages17-heldout.jsonl (100 of the 281 mentions of 14 report, communiqué and budget pages, judged before scoring and
// held out from the round after it: 89.9% every field); pages18-heldout.jsonl (100 of the 116 mentions
// of three whole national work reports, 1993, 1999 and 2002, judged before scoring: 48.0% every field; 70.4% after
// its name, unit and number families were fixed from it); pages19-heldout.jsonl (all 59 mentions of two more national
// work reports, 2001 whole and 1987's first 12,058 characters, judged before scoring: 58.6% every field); pages20-heldout.jsonl
// (all 81 mentions of two more, 1992 whole and 1988's first 13,353 characters, judged before scoring: 50.0% every field);
// pages21-heldout.jsonl (all 44 mentions of 1981's first 10,408 characters, judged before scoring: 26.8% every field; 36.6% after its 今年, in a report delivered
// in November, was read as the year reviewed); pages22-heldout.jsonl (all 118 mentions of the whole national work reports
// of 2005 and 2004, judged before scoring and held out from the round after it: 70.9% every field); pages23-heldout.jsonl (all 64 mentions of 9 provincial report pages of 2018–2024,
// judged before scoring: 67.2% every field); pages24-heldout.jsonl
// (120 of the 201 mentions of the national work reports of 2006 whole and 2007 as the file holds it, judged before
// scoring and held out from the round after it: 57.1% every field); pages25-heldout.jsonl (120 of the 221 mentions of the
// whole national work reports of 2014 and 2013, judged before scoring and held out from the round after it: 64.2% every field);
// pages26–31 (whole national reports 1995+2017, 2008+1996, 1986+1990, 1983+1985, 1991+1980, 1989+1997: 85.0, 55.7, 39.3,
// 36.3, 54.7, 54.4% every field as judged) and pages32–34 (2015+1994, 1982+2016, provincial pages of 2014: 77.8, 46.9,
// 84.7% as judged, held out from the round after them): each sample's README section has its figures before and after.
// The floors are what the extractor reaches now: a change that loses ground on real text fails here.
import { describe, expect, it } from 'vitest';
import { formatScore, loadSample, scoreSample } from '../fixtures/judged/score';

type Floors = Record<string, number>;
/** per-field floors, as shares of the judged figures; nonFigures: of the judged non-figures, at most this many kept */
const SAMPLES: Array<{ file: string; size: number; floors: Floors; nonFiguresKept: number }> = [
  {
    file: 'real-dev-sample.jsonl',
    size: 300,
    floors: {
      // after the indicator families of branch eng-a8: indicator and every field 92.1%
      found: 0.99,
      indicator: 0.92,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.92,
    },
    nonFiguresKept: 0,
  },
  {
    file: 'real-dev-heldout.jsonl',
    size: 120,
    floors: {
      found: 0.99,
      indicator: 0.945,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.945,
    },
    nonFiguresKept: 1,
  },
  {
    file: 'corpus-heldout.jsonl',
    size: 150,
    floors: {
      found: 0.99,
      indicator: 0.97,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.98,
      periodFrom: 0.99,
      allRight: 0.95,
    },
    nonFiguresKept: 5,
  },
  {
    file: 'pages-heldout.jsonl',
    size: 100,
    floors: {
      found: 0.99,
      indicator: 0.92,
      measure: 0.98,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.92,
    },
    nonFiguresKept: 0,
  },
  {
    file: 'pages5-heldout.jsonl',
    size: 100,
    floors: {
      found: 0.99,
      indicator: 0.97,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.97,
    },
    nonFiguresKept: 1,
  },
  {
    file: 'pages6-heldout.jsonl',
    size: 120,
    floors: {
      found: 0.99,
      indicator: 0.97,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.97,
    },
    nonFiguresKept: 1,
  },
  {
    file: 'pages7-heldout.jsonl',
    size: 60,
    floors: {
      found: 0.99,
      indicator: 0.95,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.95,
    },
    nonFiguresKept: 0,
  },
  {
    file: 'pages8-heldout.jsonl',
    size: 60,
    floors: {
      found: 0.99,
      indicator: 0.99,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.99,
    },
    nonFiguresKept: 0,
  },
  {
    file: 'pages9-heldout.jsonl',
    size: 100,
    floors: {
      // after the indicator families of branch eng-a8: indicator 92.9%, every field 89.9%
      found: 0.99,
      indicator: 0.92,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      // 1.00 on the extraction round's branch; the metadata round, merged beside it, reads the year of a
      // traditional news page (巴南 2022), whose 累計 totals of a span it does not state take the review's
      // year (judged null) where nothing in their sentence averages over the years
      period: 0.98,
      periodFrom: 0.99,
      allRight: 0.91,
    },
    nonFiguresKept: 1,
  },
  {
    file: 'pages10-heldout.jsonl',
    size: 100,
    floors: {
      found: 0.99,
      indicator: 0.98,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      // 0.66 as judged on the extraction round's branch; 0.88 with the metadata round merged (drawn after
      // its rules were written: an unseen figure too); 1.00 after its period families (fixed from it: 合肥's
      // 十五 review, 历城's and 甘肃's targets, 泾县's 较上年增长 in a four-year review)
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.98,
    },
    nonFiguresKept: 1,
  },
  {
    // as judged at a17df7b: a project's size (150吨, 4×30万千瓦) still read as a figure, twice; period, kind and
    // periodFrom raised after the year headings, a news lead's year, a communiqué's bare base, 连续N年 and 实施…项目
    // (kind, period, periodFrom and allRight lowered by one: 山东 2013's news, dated by its session since, restates the
    // year's 9.5%左右 target after 从这两年…趋势看, read as 2011–2012's result; README, re-judged periods)
    file: 'pages11-heldout.jsonl',
    size: 100,
    floors: {
      found: 0.99,
      indicator: 0.95,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.98,
      period: 0.98,
      periodFrom: 0.98,
      allRight: 0.94,
    },
    nonFiguresKept: 2,
  },
  {
    // as judged at 727088e: a count in a phrase (全省2个县(区)代表之一) and the English of a bilingual page
    // (an increase of 24.8%) still read as figures
    file: 'pages12-heldout.jsonl',
    size: 100,
    floors: {
      found: 0.99,
      indicator: 0.96,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.98,
      periodFrom: 0.99,
      allRight: 0.95,
    },
    nonFiguresKept: 1,
  },
  {
    // as judged at 37a07f7: every mention drawn is a figure
    file: 'pages13-heldout.jsonl',
    size: 100,
    floors: {
      found: 0.99,
      indicator: 0.99,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.99,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at 0c5ddde: 95 figures; the 5 non-figures (English lines of a bilingual page, a news lead's
    // count of deputies) were all still extracted then, none after round 4 (eng-a4)
    file: 'pages14-heldout.jsonl',
    size: 100,
    floors: {
      found: 0.99,
      indicator: 0.99,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      // after the period families of round 4 (branch eng-b4): period 100%, periodFrom 97.9%, every field 78.9%
      period: 0.99,
      periodFrom: 0.98,
      allRight: 0.98,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at fee607f: 64 figures; the 5 non-figures (English lines of two bilingual pages, a page's view
    // counter) are all still extracted
    file: 'pages15-heldout.jsonl',
    size: 69,
    floors: {
      // after the indicator and measure families of branch eng-a8: indicator 96.9%, every field 89.1%
      found: 0.99,
      indicator: 0.96,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.96,
    },
    nonFiguresKept: 1,
  },
  {
    // as judged at fee607f: 50 figures; the 3 non-figures (连续10个季度, a train's design speed, the size in a
    // park's class name 首个300亿元园区) are all still extracted
    file: 'pages16-heldout.jsonl',
    size: 53,
    floors: {
      // after the indicator families of branch eng-a8: indicator and every field 96.0%
      found: 0.99,
      indicator: 0.96,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.96,
    },
    nonFiguresKept: 2,
  },
  {
    // as judged at 5875c04: 99 figures; the 1 non-figure (the 30% bar of a budget rule, 结转超过收入30%部分) is still
    // extracted
    file: 'pages17-heldout.jsonl',
    size: 100,
    floors: {
      // after the indicator families of branch eng-a8: indicator and every field 99.0%
      found: 0.99,
      indicator: 0.98,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.98,
    },
    nonFiguresKept: 1,
  },
  {
    // as judged at 639ccbe: 98 figures of three whole national reports (1993, 1999, 2002) drawn while the engine
    // was being changed elsewhere (48.0% every field), then its name, unit and number families fixed from it (70.4%,
    // tests/unit/extract-pages18-families.test.ts); the 2 non-figures (中断航运1个多月, 裁军50万人的工作) are both still extracted
    file: 'pages18-heldout.jsonl',
    size: 100,
    floors: {
      found: 0.99,
      indicator: 0.96,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      // after the period and kind families of round 5 (branch eng-b6): kind 100%, period 98%, periodFrom 99%, 94.9%
      kind: 0.99,
      period: 0.97,
      periodFrom: 0.98,
      allRight: 0.94,
    },
    nonFiguresKept: 2,
  },
  {
    // as judged at 2d52cce: 58 figures of two national reports (2001 whole, 1987's first 12,058 characters), drawn
    // after sample 18's families were fixed and not fixed from; the 1 non-figure (十亿人民, an epithet) is still extracted
    file: 'pages19-heldout.jsonl',
    size: 59,
    floors: {
      found: 0.99,
      // after the indicator families of branch eng-a7: indicator 91.4%, every field 91.4%; of eng-a8: both 96.6%, measure 98.3%
      indicator: 0.96,
      measure: 0.98,
      value: 0.98,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      // after the period and kind families of round 5 (branch eng-b6): kind, period, periodFrom 100%, every field 75.9%
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.96,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at 56f96a9: 78 figures of two national reports (1992 whole, 1988's first 13,353 characters), drawn
    // after sample 19's families were fixed and not fixed from (period, kind, measure and span floors raised with
    // extract-national-periods3); of the 3 non-figures, 56个民族大家庭 is still extracted (the two project sizes no
    // longer: lib/extract/project-sizes.ts)
    file: 'pages20-heldout.jsonl',
    size: 81,
    floors: {
      // after the indicator families of branch eng-a8: indicator and every field 88.5%
      found: 0.99,
      // after the indicator families of eng-a7 and the period families of eng-b7
      indicator: 0.93,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.93,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at 90b0af0: 41 figures of the 1981 national report's first 10,408 characters (delivered 1981-11-30,
    // so 今年 is 1981 and its 预计 are estimates of the year's results), drawn and judged before scoring and not fixed
    // from; the 3 non-figures (这八十亿元 said again, 第一台十七万千瓦机组, 三百元以上的大队) are still extracted
    file: 'pages21-heldout.jsonl',
    size: 44,
    floors: {
      // after the name and measure families of branch eng-a8: indicator 87.8%, measure 100%, every field 75.6%
      found: 0.99,
      indicator: 0.87,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.87,
    },
    nonFiguresKept: 3,
  },
  {
    // as judged at a853559: 117 figures of the whole national reports of 2005 and 2004, drawn and judged before
    // scoring and held out from the round after it; the one non-figure (长达4000公里的西气东输管道, a project's size)
    // is no longer extracted (lib/extract/project-sizes.ts)
    file: 'pages22-heldout.jsonl',
    size: 118,
    floors: {
      found: 0.99,
      // after the funding and count name families of eng-c8 (lib/extract/funding-names.ts, count-names.ts), and the
      // places' parentheses kept (eng-a9: 农村信用社改革省（自治区、直辖市）)
      indicator: 0.97,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.98,
      allRight: 0.95,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at a853559: 64 figures of 9 provincial report pages of 2018–2024 (openings of pages, as the search tool stores
    // them), drawn and judged before scoring and held out from the round after it; no non-figure drawn
    file: 'pages23-heldout.jsonl',
    size: 64,
    floors: {
      found: 0.99,
      indicator: 0.9,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.98,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.9,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at a853559 (main 15f3f03, the same engine): 119 figures of the national reports of 2006 (whole) and
    // 2007 (the file's line, to 五、), drawn and judged before scoring and held out from the round after it; the one
    // non-figure (凝聚13亿人民的智慧和力量, a set phrase) is still extracted
    file: 'pages24-heldout.jsonl',
    size: 120,
    floors: {
      found: 0.99,
      indicator: 0.83,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.83,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at a853559 (main 7cbf463, the same engine): 120 figures of the whole national reports of 2014 and 2013
    // (the file's lines), drawn and judged before scoring and held out from the round after it; no non-figure drawn
    file: 'pages25-heldout.jsonl',
    size: 120,
    floors: {
      found: 0.99,
      indicator: 0.9,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.97,
      periodFrom: 0.99,
      allRight: 0.87,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at 51a0bdc (main a3a1627, the same engine): all 143 mentions of the whole national reports of 1995 and
    // 2017 (the file's lines), drawn and judged before scoring; the three non-figures (13亿多人口的发展中大国, an epithet;
    // 74个重点城市 and 13个粮食主产省, the names of fixed groups) are still extracted
    file: 'pages26-heldout.jsonl',
    size: 143,
    floors: {
      found: 0.99,
      indicator: 0.95,
      measure: 0.97,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.93,
    },
    nonFiguresKept: 2,
  },
  {
    // as judged at 51a0bdc (main a3a1627, the same engine): 149 figures of the whole national reports of 2008 and 1996
    // (the file's lines), drawn and judged before scoring, blind to the round after it; the one non-figure
    // (这样一个有13亿人口的发展中国家, a set phrase) is still extracted
    file: 'pages27-heldout.jsonl',
    size: 150,
    floors: {
      found: 0.99,
      indicator: 0.87,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.97,
      periodFrom: 0.94,
      allRight: 0.82,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at 27642ba (engine 51a0bdc): 146 figures of the whole national reports of 1983 and 1985 (the file's
    // lines), drawn and judged before scoring and held out from the engine rounds after it; the 4 non-figures (仅…一项,
    // 二十二项成套设备, 投资在五亿元以上的 as a class, “一五”时期…一百五十六项工程) are all still extracted
    file: 'pages29-heldout.jsonl',
    size: 150,
    floors: {
      found: 0.99,
      indicator: 0.82,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.97,
      period: 0.94,
      periodFrom: 0.92,
      allRight: 0.77,
    },
    nonFiguresKept: 4,
  },
  {
    // as judged at 27642ba (engine 51a0bdc): all 146 mentions of the whole national reports of 1986 (the 七五 plan report)
    // and 1990, drawn and judged before scoring and held out from every round; the one non-figure (拥有１１亿人口的中国,
    // an epithet) is still extracted
    file: 'pages28-heldout.jsonl',
    size: 146,
    floors: {
      found: 0.99,
      indicator: 0.88,
      measure: 0.98,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.96,
      periodFrom: 0.92,
      allRight: 0.8,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at ba6bc82 (engine 51a0bdc and the compound-amount fix): all 104 mentions of the whole national reports
    // of 1989 and 1997 (the file's lines), drawn and judged before scoring and held out from the engine rounds after it;
    // the one non-figure (在６００多万香港人的共同努力下, an epithet) is still extracted
    file: 'pages31-heldout.jsonl',
    size: 104,
    floors: {
      found: 0.99,
      indicator: 0.91,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.98,
      periodFrom: 0.99,
      allRight: 0.89,
    },
    nonFiguresKept: 1,
  },
  {
    // as judged at ba6bc82 (engine 51a0bdc plus the compound-amount fix): 150 figures of the whole report lines of 1991
    // (邹家华's plan report, the file holding it twice) and 1980 (姚依林's plan report of August 1980), drawn and judged
    // before scoring and held out from every round
    file: 'pages30-heldout.jsonl',
    size: 150,
    floors: {
      found: 0.99,
      indicator: 0.93,
      measure: 0.98,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.92,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at main d09b38a: all 130 mentions of the whole national reports of 2015 and 1994, drawn and judged
    // before scoring and held out from the engine round after it; its four non-figures (15个重点行业, 成熟一家 and
    // 批准一家, 三个1亿人问题) are still extracted
    file: 'pages32-heldout.jsonl',
    size: 130,
    floors: {
      found: 0.99,
      indicator: 0.94,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.92,
    },
    nonFiguresKept: 4,
  },
  {
    // as judged at d09b38a: 150 of the 314 mentions of the whole national reports of 1982 (the Sixth Five-Year Plan
    // report) and 2016, drawn and judged before scoring and held out from the engine rounds after it; its 7 non-figures
    // (sizes that define a class, 企业整顿的关键是三条, 每增长1个百分点, the growth target said again) are all still extracted
    file: 'pages33-heldout.jsonl',
    size: 150,
    floors: {
      found: 0.99,
      indicator: 0.84,
      measure: 0.98,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.98,
      periodFrom: 0.97,
      allRight: 0.83,
    },
    nonFiguresKept: 7,
  },
  {
    // as judged at d09b38a: all 85 mentions of 6 provincial report pages (openings, as the search tool stores them) of
    // 2014 (陕西, 上海, 河北, 吉林) and 2013 (天津, 辽宁), drawn and judged before scoring and held out from every round;
    // no non-figure drawn
    file: 'pages34-heldout.jsonl',
    size: 85,
    floors: {
      found: 0.99,
      indicator: 0.95,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.95,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at 814224c: all 131 mentions of 11 provincial report pages (openings, as the search tool stores them) of
    // 2010 (北京, 福建, 海南, 江苏, 江西, 陕西, 浙江), 2011 (辽宁, 上海) and 2009 (山东, 天津), drawn and judged before scoring
    // and held out from every round; no non-figure drawn
    file: 'pages37-heldout.jsonl',
    size: 131,
    floors: {
      found: 0.99,
      indicator: 0.93,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.91,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at main 814224c: all 124 mentions of the whole national reports of 2000 and 2012, drawn and judged
    // before scoring and held out from the engine round after it; no non-figure drawn
    file: 'pages35-heldout.jsonl',
    size: 124,
    floors: {
      found: 0.99,
      indicator: 0.83,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.98,
      period: 0.97,
      periodFrom: 0.99,
      allRight: 0.82,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at 814224c: 150 of the 191 mentions of the whole national reports of 1998 (digits spaced out,
    // 1 9 9 7 年) and 2003, drawn and judged before scoring and held out from the engine rounds after it; its one
    // non-figure (the size that names the 10兆瓦 reactor) is still extracted
    file: 'pages36-heldout.jsonl',
    size: 150,
    floors: {
      found: 0.99,
      indicator: 0.89,
      measure: 0.98,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.96,
      periodFrom: 0.93,
      allRight: 0.83,
    },
    nonFiguresKept: 1,
  },
  {
    // as judged at main 3ae3048: all 104 mentions of 8 provincial report pages (openings, as the search tool stores them) of
    // 2015 (湖南, its years stripped; 辽宁), 2016 (山东, 内蒙古, 甘肃, 海南) and 2017 (安徽, 山西), drawn and judged before scoring
    // and held out from every round; no non-figure drawn
    file: 'pages40-heldout.jsonl',
    size: 104,
    floors: {
      found: 0.99,
      indicator: 0.96,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.98,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.92,
      periodFrom: 0.99,
      allRight: 0.9,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at main 3ae3048: all 56 mentions of the whole national reports of 1979 (华国锋, June) and 1984 (赵紫阳,
    // May), drawn and judged before scoring and held out from the engine round after it; no non-figure drawn
    file: 'pages38-heldout.jsonl',
    size: 56,
    floors: {
      found: 0.99,
      indicator: 0.78,
      measure: 0.98,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.98,
      kind: 0.96,
      period: 0.94,
      periodFrom: 0.98,
      allRight: 0.73,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at main 3ae3048: 150 of the mentions of 10 city, county, district and banner report pages of 2016
    // (openings, as the search tool stores them), drawn and judged before scoring and held out from every round; its 4
    // non-figures (a count in a set phrase, the size of a ranking group, the bar of a class, a count of cities
    // outranked) are all still extracted
    file: 'pages39-heldout.jsonl',
    size: 150,
    floors: {
      found: 0.99,
      indicator: 0.95,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.98,
      periodFrom: 0.97,
      allRight: 0.92,
    },
    nonFiguresKept: 4,
  },
  {
    // as judged at main 6145eac: 150 of the 846 mentions of the whole national reports of 1955 (李富春's report on the
    // first five-year plan, July) and 1956 (李先念's final accounts of 1955 and budget of 1956, June), drawn and judged
    // before scoring and held out from every round; its 5 non-figures (sizes that name equipment or a factory, a count
    // naming a group of products) are all still extracted
    file: 'pages41-heldout.jsonl',
    size: 150,
    floors: {
      found: 0.99,
      indicator: 0.66,
      // 0.97 since 节约百分之十 of a cost is read as a fall (growth −10), as sample 19 judged 节约１０％; this sample judged it a level
      measure: 0.97,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.91,
      period: 0.87,
      periodFrom: 0.97,
      allRight: 0.61,
    },
    nonFiguresKept: 5,
  },
  {
    // as judged at main cc6c4b8: all 66 mentions of 12 provincial report pages of 2021 (openings or later parts, as the
    // search tool stores them; each province once), drawn and judged before scoring and held out from every round; its
    // 1 non-figure (a distance that bounds a zone, 10公里范围内) is still extracted
    file: 'pages42-heldout.jsonl',
    size: 66,
    floors: {
      found: 0.99,
      indicator: 0.92,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.93,
      periodFrom: 0.96,
      allRight: 0.89,
    },
    nonFiguresKept: 1,
  },
  {
    // as judged at main cc6c4b8: 150 of the 195 mentions of 9 city, district and banner report pages of 2013 (珠海, 深圳,
    // 龙岗区) and 2014 (成都, 武汉, 贵阳, 眉山, 铁西区, 克什克腾旗) (openings, as the search tool stores them), drawn and judged
    // before scoring and held out from every round; its 2 non-figures (the size that names a plant, the bar of a class of
    // projects) are both still extracted
    file: 'pages43-heldout.jsonl',
    size: 150,
    floors: {
      found: 0.99,
      indicator: 0.91,
      measure: 0.96,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.91,
    },
    nonFiguresKept: 2,
  },
  {
    // as judged at main b84c7be: 150 of the 246 mentions of the whole national reports of 2011 (the 十一五 review, the
    // 十二五 targets, 2010's results and 2011's plan) and 2018 (the five-year review of 2013–2017, 2017's results and 2018's
    // plan), drawn and judged before scoring and held out from every round; its 2 non-figures (13亿中国人 in a set phrase,
    // the bar of a class of units, 30万千瓦以下煤电机组) are both still extracted
    file: 'pages44-heldout.jsonl',
    size: 150,
    floors: {
      found: 0.99,
      indicator: 0.88,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.97,
      allRight: 0.85,
    },
    nonFiguresKept: 2,
  },
  {
    // as judged at main b84c7be: all 40 mentions of the whole national report lines of 1964 (人民日报's summary of 周恩来's
    // report, December) and 1978 (华国锋's report, February), drawn and judged before scoring and held out from every
    // round; its 5 non-figures (the 百分之九十五 formula ×3, 十倍的疯狂, 五十多个民族) are all still extracted
    file: 'pages45-heldout.jsonl',
    size: 40,
    floors: {
      found: 0.99,
      indicator: 0.37,
      measure: 0.85,
      value: 0.97,
      valueMax: 0.97,
      unit: 0.99,
      qualifier: 0.88,
      kind: 0.91,
      period: 0.88,
      periodFrom: 0.82,
      allRight: 0.34,
    },
    nonFiguresKept: 5,
  },
  {
    // as judged at main 657ecdd: all 120 mentions of the openings of six county, county-level city and district report
    // pages (澄城, 宜都, 娄烦, 鹤庆 of early 2018 and 兴文 of December 2018; 武昌区 of 2019), drawn and judged before scoring and
    // held out from every round; its 3 non-figures (the ranks 85位 and 81位, the bar 30亿元以上) are all still extracted
    file: 'pages47-heldout.jsonl',
    size: 120,
    floors: {
      found: 0.99,
      indicator: 0.88,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.99,
      allRight: 0.88,
    },
    nonFiguresKept: 3,
  },
  {
    // as judged at main 657ecdd: all 81 mentions of the openings of 8 provincial report pages of 2012 (湖南, 陕西, 四川,
    // 甘肃's digest, 江西's news of the targets) and, too few of 2012 being stored, 2013 (上海, 广东, 海南), drawn and judged
    // before scoring and held out from every round; its 1 non-figure (重点把握这样五条) is still extracted
    file: 'pages46-heldout.jsonl',
    size: 81,
    floors: {
      found: 0.99,
      indicator: 0.9,
      measure: 0.96,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.92,
      period: 0.87,
      periodFrom: 0.98,
      allRight: 0.82,
    },
    nonFiguresKept: 1,
  },
  {
    // as judged at main abf983c: all 84 mentions of the openings of 10 prefecture-level city report pages of 2022 (沧州,
    // 苏州, 渭南, 中卫 of December, 玉树州, 郑州, 广州, 遵义, 赣州's page 2, 大庆), drawn and judged before scoring and held out
    // from every round; its 1 non-figure (中消协100个城市…测评, a survey's name) is still extracted
    file: 'pages48-heldout.jsonl',
    size: 84,
    floors: {
      found: 0.99,
      indicator: 0.89,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.85,
      periodFrom: 0.96,
      allRight: 0.85,
    },
    nonFiguresKept: 1,
  },
  {
    // as judged at main 7df1947: all 38 mentions of 5 provincial report pages of 2021 (西藏's digest, news of 河南's, 江苏's,
    // 山东's and 湖北's reports; 湖北's holds none), drawn and judged before scoring and held out from every round
    file: 'pages49-heldout.jsonl',
    size: 38,
    floors: {
      found: 0.99,
      indicator: 0.71,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.97,
      kind: 0.89,
      period: 0.99,
      periodFrom: 0.65,
      allRight: 0.42,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at main 66fa927: all 66 mentions of 5 provincial and city report pages of 2016 (陕西's page 2 and 天津's under a
    // site's 2017 heading, 西藏, 襄阳, 包头), drawn and judged before scoring and held out from every round
    file: 'pages50-heldout.jsonl',
    size: 66,
    floors: {
      found: 0.99,
      indicator: 0.83,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.92,
      period: 0.5,
      periodFrom: 0.9,
      allRight: 0.43,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at main b8c9eef: all 56 mentions of 7 national and provincial report pages of 2023 (陕西's and the national
    // report's own openings hold none; news of 内蒙古's, 吉林's, 江苏's and 山东's, a digest of 湖北's), drawn and judged before
    // scoring and held out from every round
    file: 'pages51-heldout.jsonl',
    size: 56,
    floors: {
      found: 0.99,
      indicator: 0.82,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.99,
      periodFrom: 0.96,
      allRight: 0.78,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at main bf2680f: all 92 mentions of 6 city, district and county report pages of 2015 (成都, 周口, 商洛's page 3;
    // 禹王台区, 莲湖区; a 吉安 county whose name is masked), drawn and judged before scoring and held out from every round
    file: 'pages52-heldout.jsonl',
    size: 92,
    floors: {
      found: 0.99,
      indicator: 0.95,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.99,
      period: 0.92,
      periodFrom: 0.99,
      allRight: 0.89,
    },
    nonFiguresKept: 0,
  },
  {
    // as judged at main b92341e: all 39 mentions of 5 report pages delivered in 2022 (浙江, 江西, 四川's page 2, 北京; 合肥's page 2
    // of 2022-12-30), drawn and judged before scoring and held out from every round
    file: 'pages53-heldout.jsonl',
    size: 39,
    floors: {
      found: 0.99,
      indicator: 0.69,
      measure: 0.99,
      value: 0.99,
      valueMax: 0.99,
      unit: 0.99,
      qualifier: 0.99,
      kind: 0.97,
      period: 0.97,
      periodFrom: 0.99,
      allRight: 0.69,
    },
    nonFiguresKept: 0,
  },
];

for (const { file, size, floors, nonFiguresKept } of SAMPLES) {
  describe(`the hand-judged sample ${file}`, () => {
    const s = scoreSample(loadSample(file));
    console.log(`${file}\n${formatScore(s)}`);

    it('holds enough judged mentions to measure', () => {
      expect(s.figures + s.nonFigures).toBeGreaterThanOrEqual(size);
    });

    it('keeps no more non-figures than it did', () => {
      expect(s.falseKept).toBeLessThanOrEqual(nonFiguresKept);
    });

    it.each(Object.entries(floors))('%s stays at or above its floor', (field, floor) => {
      const n = field === 'found' ? s.found : field === 'allRight' ? s.allRight : s.right[field as keyof typeof s.right];
      expect(n / s.figures, `${field}\n${s.diffs.filter((d) => d.includes(` ${field}:`)).join('\n')}`).toBeGreaterThanOrEqual(floor);
    });
  });
}
