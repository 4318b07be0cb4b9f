// What the reader clipped, drawn where only the reader sees it. A page's scripts can read anything in
// its own DOM — an attribute, a class, a mark's computed style, a highlight in CSS.highlights (shared
// with the page's world) — so the clipped fill, its ✓ (≠ where the page has changed the figure since),
// the flash of a clip opened from the popup and what a screen reader hears of a clipped figure live
// in a closed shadow root (lib/ui/in-page/overlay.tsx), drawn over the marks from their boxes. The
// root's host is in every tagged page whether the reader clipped or not, takes no room, and is
// skipped by hit testing (pointer-events: none): the page learns nothing from it.
//
// The reader's own figures (./reader.ts), which have no marks in the page, are drawn here whole: a
// dotted line under them in their kind's colour.
//
// Inside, one group per clipped (or reader's) tag: <div data-rl-id data-rl-clipped="true|changed"
// data-rl-reader="its text" data-rl-kind> with a box per line of the figure and its sign: the end-to-end tests
// read the clipped state there (through the DevTools protocol, which reaches into closed roots).
import { COLORS, CHANGED_SIGN, CLIPPED_SIGN } from '../theme';
import type { Tag } from './marks';

export const CLIP_LAYER_CSS = `
:host { all: initial !important; display: block !important; position: absolute !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; pointer-events: none !important;
  z-index: 2147483600 !important; mix-blend-mode: multiply !important; }
.fill { position: absolute; box-sizing: border-box; border-radius: 2px; }
[data-rl-clipped] .fill { background: ${COLORS.clippedFill}; }
[data-rl-reader] .fill { border-bottom: 2px dotted ${COLORS.actual}; border-radius: 0; }
[data-rl-reader][data-rl-kind="target"] .fill { border-bottom-color: ${COLORS.target}; }
.sign { position: absolute; font-weight: 900; line-height: 1; color: ${COLORS.clippedTick}; font-family: sans-serif; }
[data-rl-clipped="changed"] .sign { color: ${COLORS.changed}; }
[data-rl-flash] .fill { animation: rl-flash 0.6s ease-in-out 4; }
@keyframes rl-flash { 50% { background-color: rgba(255, 190, 0, 0.9); } }
.status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print { :host { display: none !important; } }
`;

/** how long a clip opened from the popup flashes */
const FLASH_MS = 2600;

export class ClipLayer {
  private readonly groups = new Map<Tag, HTMLElement>();
  private readonly status: HTMLElement;
  private frame = 0;
  private readonly stop = new AbortController();
  private readonly resized: ResizeObserver;

  /** `host`: the shadow root's host (where boxes are measured from); `box`: where groups go, inside the root */
  constructor(
    private readonly host: HTMLElement,
    private readonly box: HTMLElement,
  ) {
    const doc = box.ownerDocument;
    this.status = doc.createElement('div');
    this.status.className = 'status';
    this.status.setAttribute('role', 'status');
    box.append(this.status);
    // drawn again when the page scrolls (a box under the page's fixed header, or in a scrolled panel,
    // is not drawn) or reflows; a scroll listener in the capture phase hears every scrolling element
    const redraw = () => this.redraw();
    const on = { capture: true, passive: true, signal: this.stop.signal };
    doc.addEventListener('scroll', redraw, on);
    doc.defaultView?.addEventListener('resize', redraw, on);
    this.resized = new ResizeObserver(redraw);
    this.resized.observe(doc.documentElement);
    if (doc.body) this.resized.observe(doc.body);
  }

  /** stop drawing (the content script is going) */
  dispose(): void {
    this.stop.abort();
    this.resized.disconnect();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** show the tag as it is now: clipped (changed or not) or not; the reader's own, clipped or not yet */
  show(tag: Tag): void {
    let group = this.groups.get(tag);
    if (!tag.clipped && !tag.reader) {
      group?.remove();
      this.groups.delete(tag);
      return;
    }
    if (!group) {
      group = this.box.ownerDocument.createElement('div');
      group.setAttribute('data-rl-id', tag.uid);
      this.groups.set(tag, group);
      this.box.append(group);
    }
    if (tag.clipped) group.setAttribute('data-rl-clipped', tag.changed ? 'changed' : 'true');
    else group.removeAttribute('data-rl-clipped');
    if (tag.reader) {
      // the figure's text: it has no mark that holds it
      group.setAttribute('data-rl-reader', tag.mention.text);
      group.setAttribute('data-rl-kind', (tag.reading ?? tag.mention).kind);
    }
    this.redraw();
  }

  /** flash a clipped tag for a moment (a clip the reader opened from the popup) */
  flash(tag: Tag): void {
    const group = this.groups.get(tag);
    if (!group) return;
    group.setAttribute('data-rl-flash', '');
    window.setTimeout(() => group.removeAttribute('data-rl-flash'), FLASH_MS);
  }

  /** say to a screen reader whether the figure just focused is clipped (the page's marks say nothing of it) */
  announce(tag: Tag | null, words: string): void {
    // the overlay's hosts are emptied when the Lens goes off a page, and filled again when it comes back
    if (this.status.parentNode !== this.box) this.box.append(this.status);
    this.status.textContent = tag?.clipped ? words : '';
  }

  forget(tags: Iterable<Tag>): void {
    for (const tag of tags) {
      this.groups.get(tag)?.remove();
      this.groups.delete(tag);
    }
  }

  clear(): void {
    this.forget([...this.groups.keys()]);
    this.status.textContent = '';
  }

  /** draw every group again at the next frame (the page scrolled, reflowed, or marks went in) */
  redraw(): void {
    if (this.frame || !this.groups.size) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const origin = this.origin();
      const clips = new Map<Element, DOMRect | null>();
      for (const [tag, group] of this.groups) this.drawOne(tag, group, origin, clips);
    });
  }

  /** where the layer's (0, 0) is in the viewport */
  private origin(): { left: number; top: number } {
    const r = this.host.getBoundingClientRect();
    return { left: r.left, top: r.top };
  }

  private drawOne(tag: Tag, group: HTMLElement, origin: { left: number; top: number }, clips: Map<Element, DOMRect | null>): void {
    const doc = group.ownerDocument;
    const parts: HTMLElement[] = [];
    let last: { rect: DOMRect; mark: Element; clip: DOMRect | null } | null = null;
    for (const { mark, rects } of boxesOf(tag)) {
      const clip = clipOf(mark, clips);
      for (const rect of rects) {
        const r = clip ? intersect(rect, clip) : rect;
        if (!r || !seen(r, mark)) continue;
        const fill = doc.createElement('i');
        fill.className = 'fill';
        place(fill, r.left - origin.left, r.top - origin.top, r.width, r.height);
        parts.push(fill);
        last = { rect: r, mark, clip };
      }
    }
    const size = last ? parseFloat(getComputedStyle(last.mark).fontSize) || 16 : 0;
    // the sign sits above the line: not where the panel the figure scrolls in no longer shows
    if (last && tag.clipped && !(last.clip && last.rect.top - size * 0.55 < last.clip.top)) {
      const sign = doc.createElement('b');
      sign.className = 'sign';
      sign.textContent = tag.changed ? CHANGED_SIGN : CLIPPED_SIGN;
      // over the end of the figure, mostly in the gap above the line: it takes no room from the text
      sign.style.fontSize = `${Math.round(size * 0.85)}px`;
      place(sign, last.rect.right - origin.left - size * 0.2, last.rect.top - origin.top - size * 0.55);
      parts.push(sign);
    }
    group.replaceChildren(...parts);
  }
}

/** a tag's boxes in the viewport, with the element they are in: its marks', or its range's */
function boxesOf(tag: Tag): Array<{ mark: Element; rects: Iterable<DOMRect> }> {
  const r = tag.range;
  if (r) {
    const at = r.commonAncestorContainer;
    const el = at.nodeType === 1 ? (at as Element) : at.parentElement;
    return el?.isConnected ? [{ mark: el, rects: r.getClientRects() }] : [];
  }
  return tag.marks.filter((m) => m?.isConnected).map((mark) => ({ mark, rects: mark.getClientRects() }));
}

function place(el: HTMLElement, left: number, top: number, width?: number, height?: number): void {
  el.style.left = `${left}px`;
  el.style.top = `${top}px`;
  if (width !== undefined) el.style.width = `${width}px`;
  if (height !== undefined) el.style.height = `${height}px`;
}

/** the box a mark is seen through: its scrolling (or clipping) ancestors' boxes, intersected; null for none */
function clipOf(mark: Element, cache: Map<Element, DOMRect | null>): DOMRect | null {
  const parent = mark.parentElement;
  if (!parent) return null;
  if (cache.has(parent)) return cache.get(parent)!;
  let clip: DOMRect | null = null;
  for (
    let el: Element | null = parent;
    el && el !== el.ownerDocument.body && el !== el.ownerDocument.documentElement;
    el = el.parentElement
  ) {
    const s = getComputedStyle(el);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const r = el.getBoundingClientRect();
    clip = clip ? (intersect(clip, r) ?? new DOMRect(r.left, r.top, 0, 0)) : r;
  }
  cache.set(parent, clip);
  return clip;
}

function intersect(a: DOMRect, b: DOMRect): DOMRect | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}

/**
 * Whether a box of a mark in the viewport is what the reader sees there, not covered by the page's
 * own fixed header or dialog (our layer is above the page's content; those are above it too). A box
 * out of the viewport is drawn: the reader will see it when it scrolls in, and the layer is drawn again then.
 */
function seen(r: DOMRect, mark: Element): boolean {
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const doc = mark.ownerDocument;
  const view = doc.defaultView!;
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return true;
  const hit = doc.elementFromPoint(x, y);
  if (!hit || hit === mark || hit.contains(mark) || mark.contains(hit)) return true;
  // our own card or toolbar over it: it is drawn (the reader sees it when they go)
  return hit.tagName.startsWith('RL-');
}
