// The magnitude words of figures and units, said once: 万 is 10^4, 亿 10^8, 万亿 10^12, and the
// compounds between. Two-character words come before the one-character words they start with, so a
// prefix match takes 万亿 before 万. 千 and 百 are magnitudes only before a countable base (千元,
// 百万元; never 千克, 百分点): the engine does not read them as such, the comparison does where it may.
export const MAGNITUDES: ReadonlyArray<readonly [word: string, exp: number]> = [
  ['万亿', 12],
  ['千亿', 11],
  ['百亿', 10],
  ['十亿', 9],
  ['千万', 7],
  ['百万', 6],
  ['十万', 5],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
  ['百', 2],
];
