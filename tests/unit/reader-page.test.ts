// The reader on the page (issue 9): a selection as flat-text offsets, the reader's own marks put in
// and taken out exactly (happy-dom), and a reading as the reader corrected it.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { flatten } from '../../lib/page/flatten';
import { flatSpanOf } from '../../lib/page/selection';
import { tagReaders } from '../../lib/page/reader';
import { Tagger } from '../../lib/page/tagger';
import { correctedMention, editBetween } from '../../lib/clip/edit';
import type { Mention } from '../../lib/model/mention';
import type { Tag } from '../../lib/page/marks';

function page(body: string) {
  const w = new Window({ url: 'http://127.0.0.1/' });
  w.document.body.innerHTML = body;
  return w.document as unknown as Document;
}

function structure(n: Node): string {
  if (n.nodeType === 3) return JSON.stringify((n as Text).data);
  const el = n as Element;
  return `<${el.tagName.toLowerCase()}>[${[...el.childNodes].map(structure).join(',')}]`;
}

const BODY = '<div><p>高质量办好<b>对德合作<strong>30</strong>周年</b>、德国活动。</p><p>新增企业<i>4家</i>。</p></div>';

describe('flatSpanOf', () => {
  it('maps a selection over several elements to the flat text', () => {
    const doc = page(BODY);
    const root = doc.querySelector('div')!;
    const flat = flatten(root);
    const b = doc.querySelector('b')!;
    const range = doc.createRange();
    range.setStart(b.firstChild!, 0);
    range.setEnd(b.lastChild!, 2);
    const span = flatSpanOf(flat, range)!;
    expect(flat.text.slice(span.start, span.end)).toBe('对德合作30周年');
    // bounded by elements, not text nodes
    range.setStartBefore(b);
    range.setEndAfter(b);
    expect(flatSpanOf(flat, range)).toEqual(span);
  });

  it('leaves out white space at the edges, and is null where the range holds no text of the article', () => {
    const doc = page(`${BODY}<footer>页脚</footer>`);
    const root = doc.querySelector('div')!;
    const flat = flatten(root);
    const range = doc.createRange();
    // from the end of the first paragraph into the second: the blank line between is not quoted
    const first = doc.querySelector('p')!.lastChild as Text;
    range.setStart(first, first.length - 1);
    range.setEnd(doc.querySelector('i')!.firstChild!, 1);
    const span = flatSpanOf(flat, range)!;
    expect(flat.text.slice(span.start, span.end)).toBe('。\n\n新增企业4');
    range.selectNodeContents(doc.querySelector('footer')!);
    expect(flatSpanOf(flat, range)).toBeNull();
  });
});

describe("the reader's own marks", () => {
  const reading = (flat: { text: string }, quote: string): Mention => {
    const start = flat.text.indexOf(quote);
    return {
      text: quote,
      start,
      end: start + quote.length,
      indicator: '',
      measure: 'level',
      value: 0,
      unit: '',
      qualifier: 'exact',
      kind: 'actual',
      period: null,
    };
  };

  it("are put in at once, marked as the reader's, and taken out leaving the page as it was", () => {
    const doc = page(BODY);
    const root = doc.querySelector('div')!;
    const before = structure(root);
    const tagger = new Tagger({ label: () => '' });
    const [tag] = tagReaders(tagger, flatten(root), [reading(flatten(root), '对德合作30周年')], root) as [Tag];
    expect(tag.reader).toBe(true);
    const marks = [...root.querySelectorAll('rl-mark[data-rl-reader]')].map((m) => m.textContent);
    expect(marks).toEqual(['对德合作', '30', '周年']);
    expect(tagger.tagOf(tag.marks[0])).toBe(tag);
    tagger.remove(tag);
    expect(structure(root)).toBe(before);
    expect(tagger.tagOf(tag.marks[0])).toBeUndefined();
    expect(tagger.count).toBe(0);
  });

  it('in one text node, several are tagged together (one wrap would split the node the others map to)', () => {
    const doc = page(BODY);
    const root = doc.querySelector('div')!;
    const flat = flatten(root);
    const tags = tagReaders(new Tagger({ label: () => '' }), flat, [reading(flat, '高质量'), reading(flat, '办好')], root);
    expect(tags.map((t) => t?.marks.map((m) => m.textContent))).toEqual([['高质量'], ['办好']]);
  });

  it('are not put over a figure already tagged; beside one, either goes out and clear() restores the rest', () => {
    const doc = page(BODY);
    const root = doc.querySelector('div')!;
    const before = structure(root);
    const tagger = new Tagger({ label: () => '' });
    const flat = flatten(root);
    const [engine] = tagger.add(flat, [reading(flat, '30周年')], root);
    expect(engine.marks.length).toBe(2);
    expect(tagReaders(tagger, flatten(root), [reading(flat, '合作30')], root)).toEqual([null]);
    // beside it, in text nodes the engine's mark split
    const [reader] = tagReaders(tagger, flatten(root), [reading(flat, '对德')], root) as [Tag];
    expect(reader.marks[0].textContent).toBe('对德');
    tagger.remove(reader);
    expect(root.querySelectorAll('rl-mark').length).toBe(2);
    expect(root.querySelector('b')!.textContent).toBe('对德合作30周年');
    tagger.clear();
    expect(structure(root)).toBe(before);
  });
});

describe('a reading as the reader corrected it', () => {
  const m: Mention = {
    text: '5%左右',
    start: 0,
    end: 4,
    indicator: '地区生产总值',
    measure: 'growth',
    value: 5,
    unit: '%',
    qualifier: 'about',
    kind: 'target',
    period: 2023,
  };

  it('is the mention with the fields the reader set; the same correction is made of it again', () => {
    const reading = correctedMention(m, { indicator: 'GDP', valueMax: 6, period: null });
    expect(reading).toEqual({ ...m, indicator: 'GDP', valueMax: 6, period: null });
    expect(editBetween(m, reading)).toEqual({ indicator: 'GDP', valueMax: 6, period: null });
    expect(editBetween(m, m)).toEqual({});
    // null empties a range
    expect(correctedMention({ ...m, valueMax: 6 }, { valueMax: null })).toEqual(m);
    expect(editBetween({ ...m, valueMax: 6 }, m)).toEqual({ valueMax: null });
  });
});
