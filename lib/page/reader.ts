// The reader's own figures: selections they clip where the engine tagged no figure. Unlike the
// engine's marks they put nothing into the page: a mark where the engine would put none would tell the
// page what the reader clipped (and its label, what they typed). Each is a live Range over its text,
// drawn by the clip layer (./clip-layer.ts) and found under the pointer by its boxes.
import type { Mention } from '../model/mention';
import { rangesOf, type FlatText } from './flatten';
import { newTag, type Tag } from './marks';

export class ReaderMarks {
  private readonly tags = new Set<Tag>();
  private next = 1;

  /** `show`: draw a tag (or take it away, once it is neither clipped nor the reader's) */
  constructor(private readonly show: (tag: Tag) => void) {}

  /** the reader's tag of `mention` (offsets into `flat`, read from the page as it is now); null where its text is not in the page */
  add(flat: FlatText, mention: Mention): Tag | null {
    const pieces = rangesOf(flat, mention.start, mention.end);
    if (!pieces.length) return null;
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    const tag: Tag = { ...newTag(`r${this.next++}`, mention, flat.text, 0), reader: true, range };
    this.tags.add(tag);
    this.show(tag);
    return tag;
  }

  remove(tag: Tag): void {
    if (!this.tags.delete(tag)) return;
    tag.reader = undefined;
    tag.clipped = false;
    this.show(tag);
  }

  all(): Tag[] {
    return [...this.tags];
  }

  /** the clipped tag after `tag` in the page's order (after the last, or with none given, the first); null with none */
  nextClipped(tag: Tag | null): Tag | null {
    const own = [...this.tags].filter((t) => t.clipped).sort((a, b) => a.range!.compareBoundaryPoints(Range.START_TO_START, b.range!));
    return own.length ? own[(own.indexOf(tag as Tag) + 1) % own.length] : null;
  }

  /** the reader's tag whose text overlaps `range`, if any */
  overlapping(range: Range): Tag | null {
    for (const tag of this.tags) {
      const r = tag.range!;
      if (r.compareBoundaryPoints(r.END_TO_START, range) < 0 && r.compareBoundaryPoints(r.START_TO_END, range) > 0) return tag;
    }
    return null;
  }

  /** the reader's tag drawn at a point of the viewport, if any */
  at(x: number, y: number): Tag | null {
    for (const tag of this.tags) {
      for (const b of tag.range!.getClientRects()) if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) return tag;
    }
    return null;
  }

  /** forget the tags whose text the page has taken out; returns them */
  prune(): Tag[] {
    const gone = [...this.tags].filter((t) => !t.range!.startContainer.isConnected || t.range!.collapsed);
    for (const t of gone) this.remove(t);
    return gone;
  }

  clear(): void {
    for (const t of [...this.tags]) this.remove(t);
  }

  get size(): number {
    return this.tags.size;
  }
}
