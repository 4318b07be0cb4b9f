// Binary searches over ascending offsets, for the tense reader's one-pass lists of marks, cues and breaks.

/** the index of the last item with .at <= x (or -1), items sorted by .at */
export function lastAtOrBefore<T extends { at: number }>(items: T[], x: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].at <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** the index of the last offset <= x in an ascending list (or -1) */
export function lastIndexAtOrBefore(offsets: Int32Array, x: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
