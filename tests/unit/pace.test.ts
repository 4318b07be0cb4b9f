// The pacer that sizes the tagger's batches by the frames they cause (lib/page/pace.ts), driven by
// frame costs of a known shape: a fixed part, a part per piece, a deterministic wobble.
import { describe, expect, it } from 'vitest';
import { Pacer } from '../../lib/page/pace';

/** frame i's wobble in [-1, 1], the same every run (mulberry32 of i) */
function noise(i: number): number {
  let t = (i + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
}

/** a frame cost: `fixed` ms whatever the batch, `perPiece` ms per piece, ±`wobble` ms */
const frames =
  (fixed: number, perPiece: number, wobble = 0) =>
  (n: number, i: number) =>
    fixed + perPiece * n + wobble * noise(i);

/** run batches until `pieces` are wrapped (or `limit` frames); what each batch was and cost */
function drive(p: Pacer, cost: (n: number, i: number) => number, pieces: number, limit = 5000) {
  const log: Array<{ n: number; ms: number; limit: number }> = [];
  for (let left = pieces, i = 0; left > 0 && i < limit; i++) {
    const n = Math.min(left, p.limit);
    const ms = cost(n, i);
    p.record(n, ms);
    log.push({ n, ms, limit: p.limit });
    left -= n;
  }
  return log;
}

describe('Pacer', () => {
  it.each([
    { name: 'a big report on this machine', fixed: 20, perPiece: 0.05, wobble: 2 },
    { name: 'dear pieces', fixed: 10, perPiece: 0.4, wobble: 2 },
    { name: 'cheap pieces', fixed: 5, perPiece: 0.01, wobble: 1 },
  ])('fills the target with what the fixed part leaves: $name', ({ fixed, perPiece, wobble }) => {
    const p = new Pacer({ targetMs: 30, first: 100 });
    const log = drive(p, frames(fixed, perPiece, wobble), 1e9, 60);
    const settled = log.slice(30);
    const ideal = (30 - fixed) / perPiece;
    const mean = settled.reduce((s, x) => s + x.n, 0) / settled.length;
    expect(mean).toBeGreaterThan(0.7 * ideal);
    expect(mean).toBeLessThan(1.15 * ideal);
    // the fit finds the two parts: near the batches it sees, closely; the fixed part, roughly
    expect(Math.abs(p.fixedMs + p.perPieceMs * mean - (fixed + perPiece * mean))).toBeLessThan(wobble + 1);
    expect(Math.abs(p.fixedMs - fixed)).toBeLessThan(5);
    for (const x of settled) expect(x.ms).toBeLessThan(30 * 1.15 + wobble);
  });

  it('cuts the next batch at once when frames turn dear, and settles again', () => {
    const p = new Pacer({ targetMs: 30, first: 100 });
    let perPiece = 0.05;
    const cost = (n: number, i: number) => 20 + perPiece * n + noise(i);
    drive(p, cost, 1e9, 40);
    const before = p.limit;
    perPiece = 0.2;
    const ms = cost(before, 0);
    expect(ms).toBeGreaterThan(45);
    p.record(before, ms);
    // never more than the last batch scaled to the target (and its small alternation)
    expect(p.limit).toBeLessThanOrEqual(Math.ceil((1.1 * before * 30) / ms));
    const after = drive(p, cost, 1e9, 40).slice(20);
    for (const x of after) expect(x.ms).toBeLessThan(30 * 1.15 + 1);
  });

  it('does not let one frame held up by something else (a GC, another process) run away with it', () => {
    const p = new Pacer({ targetMs: 30, first: 100 });
    const cost = frames(20, 0.05, 1);
    drive(p, cost, 1e9, 40);
    const steady = p.limit;
    p.record(steady, 250);
    expect(p.limit).toBeLessThan(steady);
    const back = drive(p, cost, 1e9, 15);
    expect(back[back.length - 1].limit).toBeGreaterThan(0.7 * steady);
  });

  it('is not held back for long by a slow first frame', () => {
    const p = new Pacer({ targetMs: 30, first: 100 });
    const log = drive(p, (n, i) => (i === 0 ? 90 : 20 + 0.05 * n + noise(i)), 1e9, 25);
    expect(log[log.length - 1].n).toBeGreaterThan(120);
  });

  it('when the fixed part alone is over the target, grows batches instead of making more long frames', () => {
    const p = new Pacer({ targetMs: 30, first: 100 });
    const log = drive(p, frames(45, 0.05, 1), 13_000);
    // shrinking would have taken 13 000 frames; batches big enough keep each piece's part a fair share
    expect(log.length).toBeLessThan(200);
    const sizes = log.map((x) => x.n).sort((a, b) => a - b);
    expect(sizes[sizes.length >> 1]).toBeGreaterThan(60);
    // a page that is one huge paragraph: every frame re-lays out all of it, whatever the batch
    const giant = new Pacer({ targetMs: 30, first: 100 });
    expect(drive(giant, frames(300, 0.001, 5), 13_000).length).toBeLessThan(60);
  });

  it('a small page is done in a frame or two', () => {
    const p = new Pacer({ targetMs: 30, first: 100 });
    expect(drive(p, frames(3, 0.02, 0.5), 289).length).toBeLessThanOrEqual(3);
  });

  it('stays within its bounds, grows by half at most per batch, and ignores what is not a measurement', () => {
    const p = new Pacer({ targetMs: 30, first: 10, min: 4, max: 50 });
    let last = p.limit;
    for (let i = 0; i < 30; i++) {
      p.record(last, 1);
      expect(p.limit).toBeLessThanOrEqual(Math.max(4, Math.round(1.5 * last)));
      expect(p.limit).toBeLessThanOrEqual(50);
      last = p.limit;
    }
    expect(p.limit).toBe(50);
    const q = new Pacer({ targetMs: 30, first: 40, min: 4 });
    q.record(40, 600);
    expect(q.limit).toBe(4);
    const before = p.limit;
    p.record(0, 5);
    p.record(10, Number.NaN);
    p.record(10, -1);
    expect(p.limit).toBe(before);
  });
});
