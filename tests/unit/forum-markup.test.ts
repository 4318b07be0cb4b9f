// A forum post stored as its BBCode (lib/detect/forum-markup.ts) is read as the forum shows it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { withoutForumMarkup } from '../../lib/detect/forum-markup';

const TEXTS = join(import.meta.dirname, '../fixtures/detect-corpus/texts');

describe('forum markup', () => {
  it.each([
    // a title cut into pieces by bold tags, as h7-com-wenxi-2022-bbcode has it
    ['[b]20[/b][b]2[/b][b]2[/b][b]年[/b][b]闻喜县[/b][b]国民经济和社会发展统计公报[/b]', '2022年闻喜县国民经济和社会发展统计公报'],
    // a block tag ends a line: the bureau's byline stands on its own
    ['[align=center][size=3]  闻喜县统计局[/size][/align][align=center]2023年4月11日[/align]', '\n  闻喜县统计局\n\n2023年4月11日\n'],
    // no closing tag: footnote marks and brackets of plain text stay
    ['“五个领跑、两个提升”[2]“十四五”奋斗目标 [b]', '“五个领跑、两个提升”[2]“十四五”奋斗目标 [b]'],
  ])('%s', (source, shown) => expect(withoutForumMarkup(source)).toBe(shown));

  it('a county communiqué posted in BBCode is read as one (h7-com-wenxi-2022-bbcode; at 4 before)', () => {
    const d = detect(readFileSync(join(TEXTS, 'h7-com-wenxi-2022-bbcode.txt'), 'utf8'));
    expect(d.isReport, d.reasons.join('; ')).toBe(true);
    expect(d.reasons.some((r) => r.includes('names itself a statistical communiqué'))).toBe(true);
    expect([d.type, d.region, d.year]).toEqual(['statistical-communique', '闻喜县', 2022]);
  });
});
