// How many pieces to wrap in one batch: as many as keep the frame that follows near a target time.
//
// A batch of marks costs little script; the frame after it costs style, layout and paint, and on a
// big page most of that is a fixed part — the browser walks the whole article whatever changed in
// it (a 2 MB report with 2 600 paragraphs in one <div>: ~20 ms) — plus a part per piece (the
// paragraphs laid out again). Both parts are fitted to the frames measured after recent batches
// (Theil–Sen: robust to the odd frame a GC or another process holds up), and the next batch fills
// what the fixed part leaves of the target — but never more than the last batch scaled by
// target / measured, which cannot overshoot however wrong the fit. Where the fixed part alone is
// near or over the target (a slow or busy machine, an article that is one huge paragraph), tiny
// batches would only make many more frames that long: the aim is then a little over the fixed part.
// Pure: the tagger feeds it (pieces, frame ms) and asks for the next limit.

export interface PacerOptions {
  /** the frame time (ms) to aim at */
  targetMs: number;
  /** pieces in the first batch, before any frame is measured */
  first: number;
  /** never fewer pieces per batch than this (default 1) */
  min?: number;
  /** nor more (default 4096) */
  max?: number;
}

/** frames remembered: enough to fit through noise, few enough to follow a page that changes */
const WINDOW = 12;
/** where the fixed part is near or over the target, pieces may add this share of it to a frame */
const SHARE = 0.15;
/** a batch at most this many times the last limit (a page that was cheap may turn dear) */
const GROWTH = 1.5;
/** batches whose sizes differ by this share or more say something about the cost per piece */
const SPREAD = 0.15;
/** alternate batch sizes this much around the aim, so the fit always sees sizes that differ */
const DITHER = 0.1;

interface Sample {
  n: number;
  ms: number;
}

export class Pacer {
  /** pieces the next batch may wrap */
  limit: number;
  /** the fitted frame cost: fixed ms, and ms per piece (NaN before any frame) */
  fixedMs = NaN;
  perPieceMs = NaN;
  private readonly samples: Sample[] = [];
  private readonly min: number;
  private readonly max: number;
  private flip = false;
  /** whether the batches so far differed enough in size to fit the two parts */
  private fitted = false;

  constructor(private readonly options: PacerOptions) {
    this.min = Math.max(1, options.min ?? 1);
    this.max = Math.max(this.min, options.max ?? 4096);
    this.limit = clamp(Math.round(options.first), this.min, this.max);
  }

  /** a batch of `n` pieces was followed by a frame of `ms` */
  record(n: number, ms: number): void {
    if (!(n > 0) || !(ms >= 0) || !Number.isFinite(ms)) return;
    this.samples.push({ n, ms });
    if (this.samples.length > WINDOW) this.samples.shift();
    this.fit();
    this.limit = this.next(n, ms);
  }

  private fit(): void {
    const s = this.samples;
    // Theil–Sen: the median of the slopes between pairs of batches of clearly different sizes. A
    // frame held up by something else (a GC, another process) moves a few slopes, not the median.
    const slopes: number[] = [];
    for (let i = 0; i < s.length; i++) {
      for (let j = i + 1; j < s.length; j++) {
        const dn = s[j].n - s[i].n;
        if (Math.abs(dn) >= SPREAD * Math.min(s[i].n, s[j].n)) slopes.push((s[j].ms - s[i].ms) / dn);
      }
    }
    const lowest = Math.min(...s.map((x) => x.ms));
    let fixed: number;
    let perPiece: number;
    this.fitted = slopes.length >= 3;
    if (this.fitted) {
      // a cost that does not grow with the batch is all fixed: then bigger batches cost nothing
      // (the growth cap explores), and the fixed part is no more than the cheapest frame
      perPiece = Math.max(median(slopes), 1e-6);
      fixed = clamp(median(s.map((x) => x.ms - perPiece * x.n)), 0, lowest);
    } else {
      // too little to go on: the last fixed part stands (half the cheapest frame at first)
      fixed = clamp(Number.isFinite(this.fixedMs) ? this.fixedMs : lowest / 2, 0, lowest);
      perPiece = Math.max(median(s.map((x) => (x.ms - fixed) / x.n)), 1e-6);
    }
    this.fixedMs = fixed;
    this.perPieceMs = perPiece;
  }

  private next(n: number, ms: number): number {
    // the frame to aim at: the target, or — where the fixed part alone is near or over it — a little
    // more than the fixed part: tiny batches would only make many more frames that long
    const aim = this.fitted ? Math.max(this.options.targetMs, (1 + SHARE) * this.fixedMs) : this.options.targetMs;
    // what the fit says fills that (before there is a fit: no more than the bound below)
    const fill = this.fitted ? (aim - this.fixedMs) / this.perPieceMs : Infinity;
    // and never more than the last batch scaled to the aim: a frame's fixed part is not negative,
    // so that cannot go over (but for the alternation below), however wrong the fit is
    const scaled = (n * aim) / ms;
    // sizes alternate a little around that (a piece at least), so the fit always has sizes that differ
    const base = Math.min(fill, scaled);
    this.flip = !this.flip;
    const want = this.flip ? base * (1 - DITHER) : Math.max(base * (1 + DITHER), base + 1);
    return clamp(Math.round(Math.min(want, GROWTH * this.limit)), this.min, this.max);
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
