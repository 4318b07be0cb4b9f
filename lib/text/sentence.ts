// The sentence around a span, for a clip's context: from the previous sentence end to the next,
// trimmed, at most `max` characters either side.
const END = /[。！？!?；;\n]/;

export function sentenceAround(text: string, start: number, end: number, max = 160): string {
  let s = start;
  const sStop = Math.max(0, start - max);
  while (s > sStop && !END.test(text[s - 1])) s--;
  let e = end;
  const eStop = Math.min(text.length, end + max);
  while (e < eStop && !END.test(text[e])) e++;
  if (e < text.length && END.test(text[e]) && text[e] !== '\n') e++;
  return text.slice(s, e).replace(/\s+/g, ' ').trim();
}
