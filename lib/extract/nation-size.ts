// The nation's size said as an epithet, not as a figure of the year: 13亿多人口的发展中大国, 这样一个有13亿人口的
// 发展中国家, 在拥有11亿人口的中国, 凝聚13亿人民的智慧, 中国56个民族大家庭 (judged no figures in samples 24 and 26–28).
// A report states its population as a figure with a verb of its own (我国人口已经达到12亿); these only qualify the
// country or its people: so do 解决13亿中国人的吃饭问题 (sample 44) and 在600多万香港人的共同努力下 (sample 31), a people named
// in an attributive (…的) phrase.

/** after a count in 亿 of people: the people themselves, or the country they make */
const PEOPLE_EPITHET_AFTER = /^(?:人民|各族人民|中国人(?:民)?的|人口的(?:发展中|社会主义)?(?:人口)?(?:大国|国家|中国|国度))/;
/** after a count in 万 of people: a people of a region, in an attributive phrase (600多万香港人的共同努力) */
const REGION_PEOPLE_AFTER = /^(?:香港|澳门|台湾)(?:人|同胞|居民)的/;
/** after 56个: the nation's peoples as one (56个民族大家庭, 56个民族共同团结奋斗), not a class (56个民族团结进步示范村) */
const PEOPLES_AFTER = /^民族(?:大家庭|共同|人民|同胞|兄弟)/;

/** the quantity `q` of the clean `text` sizes the nation in an epithet */
export function isNationEpithet(text: string, q: { end: number; unit: string; value: number; valueMax?: number }): boolean {
  const after = text.slice(q.end, q.end + 14);
  if (q.unit === '亿') return PEOPLE_EPITHET_AFTER.test(after);
  if (q.unit === '万') return REGION_PEOPLE_AFTER.test(after);
  return q.unit === '个' && q.value === 56 && q.valueMax === undefined && PEOPLES_AFTER.test(after);
}
