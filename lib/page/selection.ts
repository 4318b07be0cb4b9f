// The reader's selection as offsets into a flat text (./flatten): what the engine's offsets are into,
// so a selection is quoted, anchored and tagged like any mention.
import type { FlatText } from './flatten';

/** the first index whose piece `ok` holds for, pieces in document order (`ok` false, then true) */
function firstPiece(flat: FlatText, ok: (node: Text) => boolean): number {
  let lo = 0;
  let hi = flat.pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(flat.pieces[mid].node)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The flat span [start, end) the range covers, white space at its edges left out; null when it
 * holds no text of `flat` (a selection outside the article, or in our own UI).
 */
export function flatSpanOf(flat: FlatText, range: Range): { start: number; end: number } | null {
  // the first piece not wholly before the range, and the first wholly after it
  const from = firstPiece(flat, (n) => range.comparePoint(n, n.length) >= 0);
  const to = firstPiece(flat, (n) => range.comparePoint(n, 0) > 0);
  let start = -1;
  let end = -1;
  for (let i = from; i < to; i++) {
    const p = flat.pieces[i];
    const s = p.node === range.startContainer ? range.startOffset : 0;
    const e = p.node === range.endContainer ? range.endOffset : p.length;
    if (e <= s) continue;
    if (start < 0) start = p.start + s;
    end = p.start + e;
  }
  if (start < 0) return null;
  while (start < end && /\s/.test(flat.text[start])) start++;
  while (end > start && /\s/.test(flat.text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
