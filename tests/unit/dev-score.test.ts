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

// the held-out gold set (tests/fixtures/gold-heldout): real pages (national to town, 2006–2024, reports,
// communiqués, budgets; traditional, readings, spam, masked years), annotated blind; the floor is the
// full F1 first measured on it (0.8472 on 2026-12-07), then fixed from (0.9350 on 2026-12-07, its README; 0.9758 after
// round 7's names), the floor that rounded down, so fixes can only raise it
const HELDOUT = join(ROOT, 'tests/fixtures/gold-heldout');
const HELDOUT_FLOOR = 0.97;

describe('held-out gold set', () => {
  it(`full F1 ≥ ${HELDOUT_FLOOR} with the real CLI`, { timeout: 180_000 }, async () => {
    const { summary, perDoc } = await score(HELDOUT);
    expect(summary.full.gold).toBe(
      readFileSync(join(HELDOUT, 'gold.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim()).length,
    );
    expect(perDoc.length).toBe(readdirSync(join(HELDOUT, 'docs')).length);
    expect(summary.full.f1, JSON.stringify(summary)).toBeGreaterThanOrEqual(HELDOUT_FLOOR);
  });
});

// the second held-out gold set (tests/fixtures/gold-heldout2): real pages nobody tuned the engine to (national 2017
// and 2025, provincial 2010 and 2016, budget reports and final accounts, communiqué texts, district and county
// reports, monthly budget releases; traditional, readings, thousands separators), annotated blind; the floor is
// the full F1 first measured on it (0.8313 on 2026-12-07 after one convention slip of its gold, its README; 0.9031
// after round 7's names), rounded down, so fixes can only raise it
const HELDOUT2 = join(ROOT, 'tests/fixtures/gold-heldout2');
const HELDOUT2_FLOOR = 0.9;

describe('second held-out gold set', () => {
  it(`full F1 ≥ ${HELDOUT2_FLOOR} with the real CLI`, { timeout: 180_000 }, async () => {
    const { summary, perDoc } = await score(HELDOUT2);
    expect(summary.full.gold).toBe(
      readFileSync(join(HELDOUT2, 'gold.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim()).length,
    );
    expect(perDoc.length).toBe(readdirSync(join(HELDOUT2, 'docs')).length);
    expect(summary.full.f1, JSON.stringify(summary)).toBeGreaterThanOrEqual(HELDOUT2_FLOOR);
  });
});
