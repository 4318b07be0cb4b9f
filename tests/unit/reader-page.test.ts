// The reader on the page (issue 9): a selection as flat-text offsets, the reader's own figures kept
// out of the page (ranges, drawn apart; happy-dom), and a reading as the reader corrected it.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { flatten } from '../../lib/page/flatten';
import { flatSpanOf } from '../../lib/page/selection';
import { ReaderMarks } from '../../lib/page/reader';
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

  it('put nothing into the page: a live range over the quote, across elements, drawn and taken away', () => {
    const doc = page(BODY);
    const root = doc.querySelector('div')!;
    const before = structure(root);
    const shown: Array<{ tag: Tag; reader: boolean }> = [];
    const readers = new ReaderMarks((tag) => shown.push({ tag, reader: !!tag.reader }));
    const flat = flatten(root);
    const tag = readers.add(flat, reading(flat, '对德合作30周年'))!;
    expect(tag.reader).toBe(true);
    expect(tag.marks).toEqual([]);
    expect(tag.range!.toString()).toBe('对德合作30周年');
    expect(structure(root)).toBe(before);
    expect(shown).toEqual([{ tag, reader: true }]);
    readers.remove(tag);
    expect(shown[1]).toEqual({ tag, reader: false });
    expect(readers.size).toBe(0);
  });

  it('are found by a selection over any part of them, and not by one beside them', () => {
    const doc = page(BODY);
    const root = doc.querySelector('div')!;
    const flat = flatten(root);
    const readers = new ReaderMarks(() => {});
    const tag = readers.add(flat, reading(flat, '对德合作30周年'))!;
    const sel = doc.createRange();
    sel.selectNodeContents(doc.querySelector('strong')!);
    expect(readers.overlapping(sel)).toBe(tag);
    sel.selectNodeContents(doc.querySelector('i')!);
    expect(readers.overlapping(sel)).toBeNull();
    const first = doc.querySelector('p')!.firstChild as Text;
    sel.setStart(first, 0);
    sel.setEnd(first, 3);
    expect(readers.overlapping(sel)).toBeNull();
  });

  it('whose text the page took out are pruned; clear() forgets the rest', () => {
    const doc = page(BODY);
    const root = doc.querySelector('div')!;
    const flat = flatten(root);
    const readers = new ReaderMarks(() => {});
    const gone = readers.add(flat, reading(flat, '对德合作30周年'))!;
    const stays = readers.add(flat, reading(flat, '4家'))!;
    doc.querySelector('p')!.remove();
    expect(readers.prune()).toEqual([gone]);
    expect(readers.all()).toEqual([stays]);
    readers.clear();
    expect(readers.size).toBe(0);
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
