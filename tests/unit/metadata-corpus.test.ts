// Report metadata (region, year, type) on every report text of tests/fixtures/detect-corpus and of the
// judged pages (tests/fixtures/judged/pages*), against the labels of tests/fixtures/metadata/corpus-labels.jsonl
// (read by hand off each text: see the README there for what each field means and the rules). A label may
// list the values a reader could defend (a five-year plan report the history site files as that year's
// 政府工作报告); null means the text does not say. Run this file alone to see the figures and every miss.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';

type Value = string | number | null;
interface Label {
  set: string;
  file: string;
  region: Value | Value[];
  year: Value | Value[];
  type: Value | Value[];
  note?: string;
}

const FIXTURES = join(import.meta.dirname, '../fixtures');
const LABELS: Label[] = readFileSync(join(FIXTURES, 'metadata/corpus-labels.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

/** the page title a set's manifest gives a text */
function titles(set: string): Map<string, string> {
  const dir = join(FIXTURES, set);
  const map = new Map<string, string>();
  for (const l of readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())) {
    const r = JSON.parse(l) as { file: string; title?: string };
    map.set(r.file, r.title ?? '');
  }
  return map;
}

const FIELDS = ['region', 'year', 'type'] as const;
const agrees = (got: Value, want: Value | Value[]) => (Array.isArray(want) ? want.includes(got) : got === want);

// floors: the shares measured after the third round (region 155, year 155, type 156 of 156; after the second
// round 155, 152 and 145; before it 149, 134 and 132), less two texts of slack for rules that other sets will bend
const FLOOR = { region: 0.98, year: 0.98, type: 0.98 };

describe('report metadata on the report texts of the detection corpus and the judged pages', () => {
  it('region, year and type as labelled', () => {
    const byset = new Map<string, Map<string, string>>();
    const right = { region: 0, year: 0, type: 0 };
    const misses: string[] = [];
    for (const l of LABELS) {
      if (!byset.has(l.set)) byset.set(l.set, titles(l.set));
      const title = byset.get(l.set)?.get(l.file) ?? '';
      const d = detect(readFileSync(join(FIXTURES, l.set, l.file), 'utf8'), { title });
      for (const f of FIELDS) {
        if (agrees(d[f], l[f])) right[f]++;
        else misses.push(`${l.set}/${l.file}: ${f} ${JSON.stringify(d[f])}, should be ${JSON.stringify(l[f])}`);
      }
    }
    const n = LABELS.length;
    console.log(
      `metadata on ${n} report texts: region ${right.region}/${n}, year ${right.year}/${n}, type ${right.type}/${n}\n  ${misses.join('\n  ')}`,
    );
    expect(n).toBeGreaterThanOrEqual(150);
    for (const f of FIELDS) expect(right[f] / n, f).toBeGreaterThanOrEqual(FLOOR[f]);
  });
});
