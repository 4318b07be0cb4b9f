// The floors the issue sets, measured the way they are judged: the shared scorer running the real
// CLI on the dev set (full F1 ≥ 0.92), the shared detection scorer on detect-dev, and the detect CLI
// on every fixture page, classified as ../shared/fixtures/README.md says.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DETECT_DEV, DETECT_SCORER, DEV, FIXTURE_PAGES, ROOT, score } from './helpers/eval';

const run = promisify(execFile);
const F1_FLOOR = 0.92;

describe('dev set', () => {
  it(`full F1 ≥ ${F1_FLOOR} with the real CLI`, { timeout: 180_000 }, async () => {
    const { summary, perDoc } = await score(DEV);
    // the scorer saw every annotated mention: a set read wrongly would score 0 of 0
    expect(summary.full.gold).toBe(
      readFileSync(join(DEV, 'gold.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim()).length,
    );
    expect(perDoc.length).toBe(readdirSync(join(DEV, 'docs')).length);
    expect(summary.full.f1, JSON.stringify(summary)).toBeGreaterThanOrEqual(F1_FLOOR);
  });
});

// the challenge set (tests/fixtures/challenge): reports written for this project in the style of the
// hidden sets (national, provincial, county; traditional, pinyin noise, page breaks), a higher floor
const CHALLENGE = join(ROOT, 'tests/fixtures/challenge');
const CHALLENGE_FLOOR = 0.97;

describe('challenge set', () => {
  it(`full F1 ≥ ${CHALLENGE_FLOOR} with the real CLI`, { timeout: 180_000 }, async () => {
    const { summary } = await score(CHALLENGE);
    expect(summary.full.gold).toBe(
      readFileSync(join(CHALLENGE, 'gold.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim()).length,
    );
    expect(summary.full.f1, JSON.stringify(summary)).toBeGreaterThanOrEqual(CHALLENGE_FLOOR);
  });
});

describe('detection', () => {
  it('detect-score.mjs on detect-dev exits 0 (reports found, others not taken)', { timeout: 180_000 }, async () => {
    // execFile rejects on a non-zero exit, with the scorer's verdict in its stdout
    const { stdout } = await run(process.execPath, [DETECT_SCORER, DETECT_DEV], { cwd: ROOT }).catch((e) => {
      throw new Error(`detect-score.mjs failed:\n${e.stdout}\n${e.stderr}`);
    });
    // and every report page of it, not only the 93% the scorer asks of sets not seen
    expect(stdout).toMatch(/reports found (\d+)\/\1 /);
  });

  it('every doc of the dev set is a report', { timeout: 120_000 }, async () => {
    const files = readdirSync(join(DEV, 'docs')).map((f) => join(DEV, 'docs', f));
    const { stdout } = await run('npm', ['run', '--silent', 'detect', '--', ...files], { cwd: ROOT, maxBuffer: 1 << 24 });
    const verdicts = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; isReport: boolean; reasons: string[] });
    expect(verdicts.map((v) => v.file)).toEqual(files);
    for (const v of verdicts) expect(v.isReport, `${v.file}: ${v.reasons.join('; ')}`).toBe(true);
  });

  // the fixtures README's table; spa-report.html is a report only once its script has rendered it:
  // the static file holds no report text, so the CLI (which runs no script) must not call it one
  const README = readFileSync(join(FIXTURE_PAGES, '..', 'README.md'), 'utf8');
  const labelled = [...README.matchAll(/^\| pages\/([\w.-]+\.html) \|.*\| (yes|no) \|$/gm)].map(([, file, yes]) => ({
    file,
    report: yes === 'yes' && file !== 'spa-report.html',
  }));

  it('the fixtures README labels every fixture page', () => {
    expect(labelled.map((l) => l.file).sort()).toEqual(
      readdirSync(FIXTURE_PAGES)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    );
    expect(labelled.some((l) => l.report) && labelled.some((l) => !l.report)).toBe(true);
  });

  it('the detect CLI classifies every fixture page as the README says', { timeout: 120_000 }, async () => {
    const files = labelled.map((l) => join(FIXTURE_PAGES, l.file));
    const { stdout } = await run('npm', ['run', '--silent', 'detect', '--', ...files], { cwd: ROOT, maxBuffer: 1 << 24 });
    const verdicts = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; isReport: boolean; reasons: string[] });
    expect(verdicts.map((v) => v.file)).toEqual(files);
    for (const [i, l] of labelled.entries()) {
      expect(verdicts[i].isReport, `${l.file}: ${verdicts[i].reasons.join('; ')}`).toBe(l.report);
    }
  });
});

// Real pages in the eval format, each set annotated blind (its README: how the pages and scopes were chosen, the calls
// made, the figures as first measured and after). Each floor is the full F1 measured last, rounded down, so a change
// can only raise it: the first two sets have since been fixed from; the third was the last measured blind (0.8862 as
// first measured on 2026-12-07, 0.8932 after the two rounds blind to it), 0.9009 since a report that proposes was read
// as a target word from its page of 2007 news (eng-kind17), 0.9113 since a plan's share is named by its item (eng-names19), 0.9233
// since another place's figure keeps its place in its name (黃島區2016年完成公共財政預算 on a 山东 page: digest22);
// the fourth as first measured blind (0.8028), then fixed from (0.8486 with the kind of a budget's news, a line 今年发展预期目标,
// quotations called 等目标), 0.9364 since a session's roll call and a person's age were no longer figures (eng-noise19).
const GOLD_SETS: Array<{ name: string; dir: string; floor: number; kinds: string }> = [
  {
    name: 'held-out gold set',
    dir: 'gold-heldout',
    floor: 0.98,
    kinds: 'national to town, 2006–2024; reports, communiqués, budgets; traditional, readings, spam, masked years',
  },
  {
    name: 'second held-out gold set',
    dir: 'gold-heldout2',
    floor: 0.93,
    kinds: 'national 2017/2025, provinces 2010/2016, budgets and final accounts, monthly budget releases, districts, counties',
  },
  {
    name: 'third held-out gold set',
    dir: 'gold-heldout3',
    floor: 0.92,
    kinds: 'national 2007/2020, 安徽 2012, cities and counties, statistical releases, budget execution; mangled years',
  },
  {
    name: 'fourth held-out gold set',
    dir: 'gold-heldout4',
    floor: 0.93,
    kinds:
      'national 2003–2023, provinces and local reports of 2019/2021/2023, budgets, the NBS 2022 communiqué; reworded and spammed pages',
  },
  {
    // held back: measured blind once (0.7630 on 2026-12-07, engine cc6c4b8); not to be fixed from
    name: 'fifth held-out gold set',
    dir: 'gold-heldout5',
    floor: 0.76,
    kinds: 'national 2002–2024, provinces and digests 2018–2024, cities, counties, districts, statistics, budgets; tables',
  },
  {
    // held back: measured blind once (0.7882 on 2026-12-07, engine abf983c); not to be fixed from
    name: 'sixth held-out gold set',
    dir: 'gold-heldout6',
    floor: 0.78,
    kinds: 'national 2009–2025, provinces 2015–2017 and a 2025 digest, cities, a county, a district, statistics, budgets',
  },
  {
    // held back: measured blind once (0.8764 on 2026-12-07, engine 64127d8); not to be fixed from
    name: 'seventh held-out gold set',
    dir: 'gold-heldout7',
    floor: 0.87,
    kinds: 'national 2011–2023, provinces 2012–2023, cities 2012–2019, a district, budgets 2014/2019, communiqués; spam, mojibake',
  },
  {
    // held back: measured blind once (0.8017 on 2026-12-07, engine bf2680f); not to be fixed from
    name: 'eighth held-out gold set',
    dir: 'gold-heldout8',
    floor: 0.8,
    kinds: 'national 2009–2022, provinces and digests 2018–2024, cities, counties, districts 2013–2024, budgets 2016/2022, a communiqué',
  },
];

for (const set of GOLD_SETS) {
  const dir = join(ROOT, 'tests/fixtures', set.dir);
  describe(`${set.name} (${set.kinds})`, () => {
    it(`full F1 ≥ ${set.floor} with the real CLI`, { timeout: 180_000 }, async () => {
      const { summary, perDoc } = await score(dir);
      // the scorer saw every annotated mention and every doc: a set read wrongly would score 0 of 0
      expect(summary.full.gold).toBe(
        readFileSync(join(dir, 'gold.jsonl'), 'utf8')
          .split('\n')
          .filter((l) => l.trim()).length,
      );
      expect(perDoc.length).toBe(readdirSync(join(dir, 'docs')).length);
      expect(summary.full.f1, JSON.stringify(summary)).toBeGreaterThanOrEqual(set.floor);
    });
  });
}
