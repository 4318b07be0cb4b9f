// The marks the Tagger puts around figures: <rl-mark> elements, one per piece of a mention (a figure
// split over <span>16</span>35亿元 has two), all with the mention's data-rl-id; the first is its one tab
// stop. What a mark carries is made here; the Tagger decides when and where marks go in.
import type { Mention } from '../model/mention';
import { BLOCK_TAGS } from './flatten';

export const MARK_TAG = 'RL-MARK';

/** one tagged mention */
export interface Tag {
  /** the value of its marks' data-rl-id */
  uid: string;
  mention: Mention;
  /** the flat text the mention's offsets are into (its context for a clip) */
  text: string;
  /** its marks in document order; a slot is empty until its piece is wrapped */
  marks: HTMLElement[];
  /** pieces not wrapped yet */
  left: number;
  clipped: boolean;
  /** clipped, and the page now says another figure in the clip's place */
  changed?: boolean;
  /** the reader's own mention: a selection they clipped where the engine had tagged no figure (./reader.ts) */
  reader?: true;
  /** the text of a reader's own mention, which has no marks: the page is not told of it */
  range?: Range;
  /** the figure as the reader corrected it when clipping (the card shows it); `mention` stays what the page says */
  reading?: Mention;
}

/** a tag of a mention that lies in `pieces` pieces of text, none marked yet */
export function newTag(uid: string, mention: Mention, text: string, pieces: number): Tag {
  return { uid, mention, text, marks: new Array(pieces), left: pieces, clipped: false };
}

/** one mark to be: a piece of a tag's mention inside one text node */
export interface Piece {
  start: number;
  end: number;
  tag: Tag;
  index: number;
}

/** the marks to put into one text node, in one go */
export interface Job {
  node: Text;
  /** the node's length when planned: a node the page has changed since is not wrapped blindly */
  length: number;
  pieces: Piece[];
  block: Element;
  done: boolean;
}

export function isMark(el: Element | null): boolean {
  return !!el && el.tagName === MARK_TAG;
}

/** the mark a node is inside of, if any */
export function markAround(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (el.tagName === MARK_TAG) return el;
  }
  return null;
}

/** the mark of piece `index` of a tag, cloned from `proto` (an empty <rl-mark>) */
export function markOf(tag: Tag, index: number, proto: Element, label: (tag: Tag) => string): Element {
  const el = proto.cloneNode(false) as Element;
  el.setAttribute('data-rl-id', tag.uid);
  el.setAttribute('data-rl-kind', tag.mention.kind);
  const edges = [index === 0 ? 'head' : '', index === tag.marks.length - 1 ? 'tail' : ''].filter(Boolean).join(' ');
  if (edges) el.setAttribute('data-rl-edge', edges);
  if (index === 0) {
    // one tab stop per mention: its first piece
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', label(tag));
  }
  return el;
}

/** the nearest block element around a node, within root (the unit the viewport is watched in) */
export function blockOf(node: Node, root: Element, cache: Map<Element, Element>): Element {
  const parent = node.parentElement;
  if (!parent) return root;
  const hit = cache.get(parent);
  if (hit) return hit;
  let el: Element | null = parent;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  const block = el ?? root;
  cache.set(parent, block);
  return block;
}

/**
 * A tag as clipped, clipped but changed in the page since, or not clipped. Its marks do not change:
 * what the reader clipped is drawn out of the page's reach (./clip-layer.ts).
 */
export function setClipState(tag: Tag, state: boolean | 'changed'): void {
  tag.clipped = state !== false;
  tag.changed = state === 'changed';
}

/** every piece of a tag ringed, or none */
export function showFocused(tag: Tag, focused: boolean): void {
  for (const el of tag.marks) {
    if (!el) continue;
    if (focused) el.setAttribute('data-rl-focus', '');
    else el.removeAttribute('data-rl-focus');
  }
}
