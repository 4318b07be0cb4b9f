// What counts as a Chinese (Han) character, said once: the CJK Unified Ideographs, Extension A and the
// Compatibility Ideographs — all of the BMP's ideographs, which is where reports' text lives (one
// UTF-16 unit each, so offsets stay one for one). Used by normalisation, traditional → simplified,
// the gate and detection. (The engine's phrase patterns keep their own narrower classes, [\u4e00-\u9fff],
// inside larger regexes: they read text that normalisation has already simplified.)
export const HAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** the ranges as the inside of a RegExp character class */
export const HAN_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** whether a UTF-16 unit is a Han character (the common block first: it is the hot path) */
export const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
