// A Chromium layout bug, worked around. After marks go into (or come out of) a paragraph with
// <ruby> readings in it, Chromium lays the changed lines out again incrementally and now and then
// leaves out the room the readings take above the text: lines are drawn over each other until the
// window is resized (issue 11; 2 of 3 loads of a report with ruby readings here). A change of the
// block's width makes it break and lay out every line anew, as a resize does: the width is changed for
// one forced layout and put back, the style attribute exactly as it was.
import { blockOf } from './marks';

/** the blocks holding ruby readings among those marks went into or out of */
export class RubyBlocks {
  private readonly blocks = new Set<Element>();
  private readonly seen = new Set<Element>();
  private readonly cache = new Map<Element, Element>();

  /** a block marks changed in */
  note(block: Element): void {
    if (this.seen.has(block)) return;
    this.seen.add(block);
    if (block.getElementsByTagName('ruby').length) this.blocks.add(block);
  }

  /** the block around a text node marks changed in */
  noteAround(node: Node): void {
    if (node.isConnected && node.ownerDocument?.body) this.note(blockOf(node, node.ownerDocument.body, this.cache));
  }

  /** lay out every line of the blocks with ruby anew */
  relayOut(): void {
    const saved: Array<[HTMLElement, string | null]> = [];
    for (const b of this.blocks) {
      const el = b as HTMLElement;
      const width = el.getBoundingClientRect().width;
      if (!el.style || !width) continue;
      saved.push([el, el.getAttribute('style')]);
      el.style.setProperty('width', `${width - 1}px`, 'important');
    }
    this.blocks.clear();
    if (!saved.length) return;
    // one layout at the narrower width for them all
    void saved[0][0].offsetWidth;
    for (const [el, style] of saved) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
  }
}
