// Wrapping spans of text nodes and putting them back exactly (happy-dom), and the Tagger over a
// page: pieces of one mention across elements share one id; clear() restores text and structure.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { unwrap, wrapSpans } from '../../lib/page/highlight';
import { flatten } from '../../lib/page/flatten';
import { Tagger } from '../../lib/page/tagger';
import type { Mention } from '../../lib/model/mention';

function page(body: string) {
  const w = new Window({ url: 'http://127.0.0.1/' });
  w.document.body.innerHTML = body;
  return w.document as unknown as Document;
}

/** the structure of a subtree: element names and text nodes, each text node on its own */
function structure(n: Node): string {
  if (n.nodeType === 3) return JSON.stringify((n as Text).data);
  const el = n as Element;
  return `<${el.tagName.toLowerCase()}>[${[...el.childNodes].map(structure).join(',')}]`;
}

const mark = (doc: Document) => doc.createElement('rl-mark');

describe('wrapSpans / unwrap', () => {
  // spans given by their text, found left to right; `order` gives them to wrapSpans in another order
  const rows: Array<{ name: string; text: string; marked: string[]; reverse?: boolean }> = [
    { name: 'one span in the middle', text: '增长5%左右，', marked: ['5%左右'] },
    { name: 'a span at the start', text: '1635亿元、增长', marked: ['1635亿元'] },
    { name: 'a span at the end', text: '增长2.1%', marked: ['2.1%'] },
    { name: 'the whole node', text: '40亿元', marked: ['40亿元'] },
    { name: 'several spans, given out of order', text: '增长5%左右，收入增长6%左右', marked: ['5%左右', '6%左右'], reverse: true },
    { name: 'adjacent spans', text: '3~5个8家', marked: ['3~5个', '8家'] },
  ];
  it.each(rows)('$name', ({ text, marked, reverse }) => {
    const doc = page(`<p>前<b>x</b><span>${text}</span><i>y</i></p>`);
    const p = doc.querySelector('p')!;
    const node = doc.querySelector('span')!.firstChild as Text;
    const before = structure(p);
    let from = 0;
    const spans = marked.map((m) => {
      const start = text.indexOf(m, from);
      from = start + m.length;
      return { start, end: start + m.length, wrapper: mark(doc) };
    });
    const w = wrapSpans(node, reverse ? [...spans].reverse() : spans);
    expect([...doc.querySelectorAll('rl-mark')].map((m) => m.textContent)).toEqual(marked);
    expect(p.textContent).toBe(`前x${text}y`);
    expect(w.original).toBe(node);
    unwrap(w);
    expect(structure(p)).toBe(before);
    // the page's own text node is back, whole
    expect(doc.querySelector('span')!.firstChild).toBe(node);
    expect(node.data).toBe(text);
  });

  it('refuses overlapping or out-of-range spans', () => {
    const doc = page('<p>增长5%左右</p>');
    const node = doc.querySelector('p')!.firstChild as Text;
    expect(() =>
      wrapSpans(node, [
        { start: 0, end: 3, wrapper: mark(doc) },
        { start: 2, end: 4, wrapper: mark(doc) },
      ]),
    ).toThrow();
    expect(() => wrapSpans(node, [{ start: 3, end: 30, wrapper: mark(doc) }])).toThrow();
  });

  it('does not merge text nodes the page had apart', () => {
    const doc = page('<p></p>');
    const p = doc.querySelector('p')!;
    p.append(doc.createTextNode('总值'), doc.createTextNode('1635亿元'), doc.createTextNode('、增长'));
    const w = wrapSpans(p.childNodes[1] as Text, [{ start: 0, end: 6, wrapper: mark(doc) }]);
    unwrap(w);
    expect(p.childNodes.length).toBe(3);
    expect([...p.childNodes].map((n) => n.textContent)).toEqual(['总值', '1635亿元', '、增长']);
  });

  it('keeps what the page changed inside a mark when unwrapping', () => {
    const doc = page('<p>增长5%左右</p>');
    const p = doc.querySelector('p')!;
    const w = wrapSpans(p.firstChild as Text, [{ start: 2, end: 4, wrapper: mark(doc) }]);
    doc.querySelector('rl-mark')!.firstChild!.textContent = '6%';
    unwrap(w);
    expect(p.childNodes.length).toBe(1);
    expect(p.textContent).toBe('增长6%左右');
  });
});

const mention = (flat: string, text: string, kind: Mention['kind'] = 'actual', from = 0): Mention => {
  const start = flat.indexOf(text, from);
  if (start < 0) throw new Error(`${text} not in ${flat}`);
  return {
    text,
    start,
    end: start + text.length,
    indicator: 'x',
    measure: 'level',
    value: 1,
    unit: '',
    qualifier: 'exact',
    kind,
    period: null,
  };
};

describe('Tagger', () => {
  const html = `<div id="a"><p>留抵退税<strong>40亿元</strong>，国有物业减免租金<span style="font-family:仿宋">777</span><span>1万元</span>，</p>
    <p>地区生产总值增<ruby>长<rt>zhǎng</rt></ruby>5%左右，<span>16</span>35亿<ruby>元<rt>yuán</rt></ruby>。</p>
    <p>   </p><p>全年    实现  <em> </em>1635亿元</p></div>`;

  function tagged() {
    const doc = page(html);
    const root = doc.getElementById('a')!;
    const before = structure(root);
    const textBefore = root.textContent;
    const flat = flatten(root);
    const ms = [
      mention(flat.text, '40亿元'),
      mention(flat.text, '7771万元'),
      mention(flat.text, '5%左右', 'target'),
      mention(flat.text, '1635亿元'),
      mention(flat.text, '1635亿元', 'actual', flat.text.indexOf('1635亿元') + 1),
    ];
    const tagger = new Tagger({ label: (t) => `label ${t.mention.text}` });
    const tags = tagger.add(flat, ms, root);
    return { doc, root, before, textBefore, flat, ms, tagger, tags };
  }

  it('tags a mention split across elements as one: every piece an <rl-mark> with the same id', () => {
    const { doc, tags } = tagged();
    expect(tags).toHaveLength(5);
    const split = tags[1];
    expect(split.marks.map((m) => m.textContent)).toEqual(['777', '1万元']);
    expect(split.marks.every((m) => m.getAttribute('data-rl-id') === split.uid)).toBe(true);
    const ruby = tags[3];
    expect(ruby.marks.map((m) => m.textContent)).toEqual(['16', '35亿', '元']);
    // the reading in <rt> is never wrapped
    expect(doc.querySelectorAll('rt rl-mark')).toHaveLength(0);
    expect([...doc.querySelectorAll('rt')].map((r) => r.textContent)).toEqual(['zhǎng', 'yuán']);
    const ids = new Set([...doc.querySelectorAll('rl-mark')].map((m) => m.getAttribute('data-rl-id')));
    expect(ids.size).toBe(5);
  });

  it('marks kind, a single tab stop with a label per mention, and edges', () => {
    const { tags } = tagged();
    const [first, second] = tags[3].marks;
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('role')).toBe('button');
    expect(first.getAttribute('aria-label')).toBe('label 1635亿元');
    expect(second.hasAttribute('tabindex')).toBe(false);
    expect(first.getAttribute('data-rl-edge')).toBe('head');
    expect(tags[3].marks[2].getAttribute('data-rl-edge')).toBe('tail');
    expect(tags[0].marks[0].getAttribute('data-rl-edge')).toBe('head tail');
    expect(tags[2].marks[0].getAttribute('data-rl-kind')).toBe('target');
  });

  it('does not wrap white-space-only pieces', () => {
    const { doc } = tagged();
    for (const m of doc.querySelectorAll('rl-mark')) expect(m.textContent!.trim()).not.toBe('');
  });

  it('knows only its own marks', () => {
    const { doc, tagger, tags } = tagged();
    const fake = doc.createElement('rl-mark');
    fake.setAttribute('data-rl-id', tags[0].uid);
    doc.body.appendChild(fake);
    expect(tagger.tagOf(fake)).toBeUndefined();
    expect(tagger.tagOf(tags[0].marks[0])).toBe(tags[0]);
  });

  it('never tags a mention twice when the page is read again', () => {
    const { root, tagger, ms } = tagged();
    const again = flatten(root);
    expect(again.text).toBe(flatten(page(html).getElementById('a')!).text);
    const ms2 = ms.map((m) => ({ ...m }));
    expect(tagger.add(again, ms2, root)).toHaveLength(0);
    expect(root.querySelectorAll('rl-mark rl-mark')).toHaveLength(0);
  });

  it('clear() restores the text and the element structure exactly', () => {
    const { root, before, textBefore, tagger } = tagged();
    expect(structure(root)).not.toBe(before);
    tagger.clear();
    expect(structure(root)).toBe(before);
    expect(root.textContent).toBe(textBefore);
    expect(root.querySelectorAll('rl-mark')).toHaveLength(0);
    expect(tagger.count).toBe(0);
  });

  it('clear() also undoes marks added on a later reading', () => {
    const { root, before, tagger, flat } = tagged();
    const p = root.ownerDocument.createElement('p');
    p.textContent = '力争完成全社会固定资产投资520亿元';
    root.appendChild(p);
    const structureWithP = structure(root).replace(/<rl-mark>\[("[^"]*")\]/g, '$1');
    void structureWithP;
    const again = flatten(root);
    expect(again.text.startsWith(flat.text.trimEnd())).toBe(true);
    const fresh = tagger.add(again, [mention(again.text, '520亿元', 'target')], root);
    expect(fresh).toHaveLength(1);
    tagger.clear();
    p.remove();
    expect(structure(root)).toBe(before);
  });

  it('with a deferring scheduler, marks come later, visible blocks first, and all of them', () => {
    const doc = page(`<div id="a">${Array.from({ length: 20 }, (_, i) => `<p>第${i}段 增长${i}%</p>`).join('')}</div>`);
    const root = doc.getElementById('a')!;
    const flat = flatten(root);
    const ms = Array.from({ length: 20 }, (_, i) => mention(flat.text, `${i}%`, 'actual', flat.text.indexOf(`第${i}段`)));
    const idle: Array<() => void> = [];
    let visible: ((el: Element) => void) | null = null;
    let t = 0;
    let done = 0;
    const tagger = new Tagger({
      label: () => '',
      budgetMs: 3,
      onIdle: () => done++,
      scheduler: {
        now: () => t++,
        idle: (fn) => (idle.push(fn), () => {}),
        soon: (fn) => (idle.unshift(fn), () => {}),
        watch: (_els, onVisible) => ((visible = onVisible), { unwatch: () => {}, stop: () => {} }),
      },
    });
    tagger.add(flat, ms, root);
    expect(doc.querySelectorAll('rl-mark')).toHaveLength(0);
    expect(tagger.pending).toBe(20);
    visible!(root.children[15]);
    expect(root.children[15].querySelector('rl-mark')?.textContent).toBe('15%');
    while (idle.length) idle.shift()!();
    expect(tagger.pending).toBe(0);
    expect(doc.querySelectorAll('rl-mark')).toHaveLength(20);
    expect(done).toBeGreaterThan(0);
  });
});

describe('Tagger with frames measured', () => {
  // 150 paragraphs, each with two mentions in text nodes of their own (two jobs per paragraph)
  const N = 150;
  const html = `<div id="a">${Array.from({ length: N }, (_, i) => `<p>第${i}段 增长<b>${i}%</b>，收入<i>${i + 1}亿元</i>。</p>`).join('')}</div>`;

  /**
   * Tag the page with a scheduler that renders a frame only when no task is left, costing
   * `cost(pieces laid out)` ms; `onFrame` looks at the page just before each frame.
   */
  function tagAll(
    frameMs: number,
    cost: (pieces: number) => number,
    onFrame: (doc: Document, visible: (el: Element) => void) => void = () => {},
  ) {
    const doc = page(html);
    const root = doc.getElementById('a')!;
    const flat = flatten(root);
    const ms = Array.from({ length: N }, (_, i) => {
      const from = flat.text.indexOf(`第${i}段`);
      return [mention(flat.text, `${i}%`, 'actual', from), mention(flat.text, `${i + 1}亿元`, 'target', from)];
    }).flat();
    const tasks: Array<() => void> = [];
    let frame: ((ms: number) => void) | null = null;
    const log: string[] = [];
    let idle = 0;
    let t = 0;
    let visible: (el: Element) => void = () => {};
    const tagger = new Tagger({
      label: () => '',
      frameMs,
      onIdle: () => idle++,
      scheduler: {
        now: () => (t += 0.01),
        idle: (fn) => (tasks.push(fn), () => {}),
        soon: (fn) => (tasks.unshift(fn), () => {}),
        watch: (_els, onVisible) => ((visible = onVisible), { unwatch: () => {}, stop: () => {} }),
        frame: (fn) => {
          log.push(frame ? "batch before the last one's frame" : 'batch');
          frame = fn;
          return () => (frame = null);
        },
      },
    });
    tagger.add(flat, ms, root);
    let marked = 0;
    for (let guard = 0; guard < 10_000; guard++) {
      if (tasks.length) tasks.shift()!();
      else if (frame) {
        onFrame(doc, visible);
        const now = doc.querySelectorAll('rl-mark').length;
        const fn = frame as (ms: number) => void;
        frame = null;
        log.push('frame');
        fn(cost(now - marked));
        marked = now;
      } else break;
    }
    return { doc, tagger, log, idle };
  }

  it('waits for the frame after each batch, sizes batches by those frames, and marks everything', () => {
    // each piece makes the frame 2 ms dearer: a 20 ms frame leaves room for about 5 pieces
    const { doc, tagger, log, idle } = tagAll(20, (pieces) => 10 + 2 * pieces);
    expect(doc.querySelectorAll('rl-mark')).toHaveLength(2 * N);
    expect(tagger.pending).toBe(0);
    expect(idle).toBe(1);
    expect(log.filter((e) => e !== 'batch' && e !== 'frame')).toEqual([]);
    expect(log.join(' ')).toMatch(/^(batch frame ?)+$/);
    const batches = log.filter((e) => e === 'batch').length;
    // the first batch takes what it may before any frame is measured; then about 5 pieces each
    expect(batches).toBeGreaterThan(25);
    expect(batches).toBeLessThan(100);
    // dearer frames, smaller batches
    expect(tagAll(20, (pieces) => 10 + 0.5 * pieces).log.filter((e) => e === 'batch').length).toBeLessThan(batches);
  });

  it('a block scrolled into view while a frame is coming waits for that frame, then goes first', () => {
    let frames = 0;
    let last: Element | null = null;
    let nextBatch = -1;
    const { doc, log } = tagAll(
      20,
      (pieces) => 10 + 2 * pieces,
      (d, visible) => {
        frames++;
        if (frames === 3) {
          last = d.querySelectorAll('p')[N - 1];
          visible(last);
          expect(last.querySelector('rl-mark')).toBeNull();
        } else if (frames === 4) nextBatch = last!.querySelectorAll('rl-mark').length;
      },
    );
    expect(nextBatch).toBe(2);
    expect(log.filter((e) => e !== 'batch' && e !== 'frame')).toEqual([]);
    expect(doc.querySelectorAll('rl-mark')).toHaveLength(2 * N);
  });

  it("puts a paragraph's marks in one batch, so no paragraph is laid out twice", () => {
    const half: string[] = [];
    tagAll(
      20,
      (pieces) => 10 + 2 * pieces,
      (doc) => {
        for (const p of doc.querySelectorAll('p')) if (p.querySelectorAll('rl-mark').length === 1) half.push(p.textContent!);
      },
    );
    expect(half).toEqual([]);
  });
});
