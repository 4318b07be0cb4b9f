// A name that opens on a comparison and its base (比第五个五年计划期间, 比改革前) is no name of the thing: 经费计划为九百六十七亿元,
// 比第五个五年计划期间的五百七十七亿元增加百分之六十八 — the base's amount is the amount of the same thing in the base period,
// so it is named by the figure the sentence compares (the one before it); 今年将比改革前减轻企业和个人负担5000多亿元 — the
// words after the base are the name. The base's period is comparison-bases.ts's; this names the figure only.

/** 比/较, then the base: a period or a time (第五个五年计划期间, “五五”时期, 改革前, 一九八○年) */
const BASE_LEAD = /^(?:比|较)[^,;。比较]{1,14}(?:期间|时期|以前|之前|前|年|年底|年末)/;

/** the figure read before, as second-reading.ts holds it */
interface Before {
  q: { end: number };
  indicator: string;
}

/** `name` without the comparison it opens on; where nothing is left, the name of the figure before in the sentence */
export function nameWithoutBase(text: string, q: { start: number }, name: string, before: Before | null): string {
  const base = BASE_LEAD.exec(name);
  if (!base) return name;
  const rest = name.slice(base[0].length);
  if (rest.length >= 2) return rest;
  const sameSentence = before !== null && q.start - before.q.end < 200 && !/[。;!?\n]/.test(text.slice(before.q.end, q.start));
  return sameSentence && before.indicator && !BASE_LEAD.test(before.indicator) ? before.indicator : name;
}
