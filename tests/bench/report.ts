// One way to print a benchmark's rows: what was measured, its value, and where a baseline from the
// same run exists, the ratio to it and the goal.
export interface Row {
  name: string;
  value: number;
  unit: string;
  /** the same quantity for the baseline, measured in the same run */
  baseline?: { name: string; value: number };
  /** e.g. "≤ 30×" */
  goal?: string;
}

const fmt = (v: number): string => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

export function report(rows: Row[]): void {
  for (const r of rows) {
    let line = `${r.name.padEnd(58)} ${fmt(r.value).padStart(10)} ${r.unit}`;
    if (r.baseline) line += `   ${(r.value / r.baseline.value).toFixed(2)}× ${r.baseline.name} (${fmt(r.baseline.value)} ${r.unit})`;
    if (r.goal) line += `   goal ${r.goal}`;
    console.log(line);
  }
}

/** median of `n` runs of `fn`, in ms */
export async function median(n: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
