// The extractor on whole real reports, measured against a hand-judged random sample of its mentions
// (tests/fixtures/judged: 320 mentions of the 31 provincial reports of 2025, judged field by field).
// The floors are what the extractor reaches now: a change that loses ground on real text fails here.
import { describe, expect, it } from 'vitest';
import { formatScore, scoreSample } from '../fixtures/judged/score';

/** per-field floors, as shares of the judged figures */
const FLOORS = {
  found: 0.99,
  indicator: 0.79,
  measure: 0.99,
  value: 0.99,
  valueMax: 0.99,
  unit: 0.99,
  qualifier: 0.99,
  kind: 0.99,
  period: 0.99,
  periodFrom: 0.99,
  allRight: 0.79,
};

describe('the hand-judged sample of whole real reports', () => {
  const s = scoreSample();
  console.log(formatScore(s));

  it('holds enough judged mentions to measure', () => {
    expect(s.figures + s.nonFigures).toBeGreaterThanOrEqual(300);
  });

  it.each(Object.entries(FLOORS))('%s stays at or above its floor', (field, floor) => {
    const n = field === 'found' ? s.found : field === 'allRight' ? s.allRight : s.right[field as keyof typeof s.right];
    expect(n / s.figures, `${field}\n${s.diffs.filter((d) => d.includes(` ${field}:`)).join('\n')}`).toBeGreaterThanOrEqual(floor);
  });
});
