// Wrapping spans of a text node in elements, and undoing it exactly.
//
// Like hypothesis's highlighter: a span is cut out of its text node with splitText and moved into a
// wrapper, so the page keeps its own text node (a framework holding a reference to it still finds
// it, holding the text before the first span). Every wrap returns what undoes it: the original node
// gets back its whole text and the pieces split off it go, so the page's text nodes are as they
// were — nothing is merged that the page did not have merged (no normalize() on page subtrees).

export interface Span {
  /** offsets inside the text node's data, end exclusive */
  start: number;
  end: number;
  /** the (empty) element the span is moved into */
  wrapper: Element;
}

/** what one wrapped text node became, and how to put it back */
export interface Wrapped {
  /** the page's own text node: the first of `nodes`, or inside the first wrapper */
  original: Text;
  /** the sibling nodes that stand where the original stood, in order */
  nodes: Node[];
}

/**
 * Wrap `spans` (sorted or not, not overlapping, within the node) of `node` in their wrappers.
 * Spans are cut from the end backwards, so the original node keeps the text before the first.
 */
export function wrapSpans(node: Text, spans: Span[]): Wrapped {
  const parent = node.parentNode;
  if (!parent) throw new Error('wrapSpans: the text node is not in a tree');
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    if (s.start < 0 || s.end > node.length || s.end <= s.start || (i > 0 && s.start < sorted[i - 1].end)) {
      throw new Error(`wrapSpans: bad span [${s.start}, ${s.end}) of a ${node.length}-unit node`);
    }
  }
  const after = node.nextSibling;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const { start, end, wrapper } = sorted[i];
    if (end < node.length) node.splitText(end);
    const middle = start > 0 ? node.splitText(start) : node;
    parent.insertBefore(wrapper, middle);
    wrapper.appendChild(middle);
  }
  const nodes: Node[] = [];
  const first = sorted[0].start > 0 ? node : sorted[0].wrapper;
  for (let n: Node | null = first; n && n !== after; n = n.nextSibling) nodes.push(n);
  return { original: node, nodes };
}

/**
 * Put a wrapped text node back: the original node takes the text that now stands in its place
 * (what the page may have changed inside included) and everything split off it is removed.
 */
export function unwrap(w: Wrapped): void {
  const firstHere = w.nodes.find((n) => n.parentNode);
  const parent = firstHere?.parentNode;
  if (!firstHere || !parent) return; // the page removed it all: nothing of ours is left to remove
  let text = '';
  for (const n of w.nodes) if (n.parentNode === parent) text += n.textContent ?? '';
  if (w.original.data !== text) w.original.data = text;
  if (firstHere !== w.original) parent.insertBefore(w.original, firstHere);
  for (const n of w.nodes) if (n !== w.original && n.parentNode === parent) parent.removeChild(n);
}
