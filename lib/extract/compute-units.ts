// The units of computing power (算力) as provincial reports of 2024–2025 write them: 1.6万P, 7000PF, 15EFlops (P for
// petaflops, E for exaflops). Read only after 算力 or 智算/超算 in the words before: after digits a P is otherwise a
// code (索引号 11500234008646033P/2023).
import type { UnitClass } from './units';

/** a magnitude, then P or E with what may follow it (F, FLOPS in any case), not run on into a word */
const COMPUTE_UNIT = /([万亿])?([PE](?:F(?:LOPS|lops)?|flops|Flops|FLOPS)?)(?![A-Za-z])/y;
const COMPUTING = /算力|智算|超算|算能/;

/** the unit of computing power written at `at` (right after a number starting at `numStart`), if any */
export function computeUnitAt(
  text: string,
  at: number,
  numStart: number,
): { end: number; unit: string; cls: UnitClass; more: boolean } | null {
  COMPUTE_UNIT.lastIndex = at;
  const m = COMPUTE_UNIT.exec(text);
  if (!m || !COMPUTING.test(text.slice(Math.max(0, numStart - 24), numStart))) return null;
  return { end: at + m[0].length, unit: m[0], cls: 'measure', more: false };
}
