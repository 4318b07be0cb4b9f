// A DOM subtree as one flat string, with a map from string offsets back to text nodes.
//
// The extractor reads one string; a figure pasted from Word is often split over inline elements
// (<span>777</span><span>1万元</span>), so per-text-node scanning finds fragments. Inline elements
// add nothing between their texts; a block boundary is a blank line and <br> a line break, which is
// how the extractor's normaliser tells paragraphs (blank line) from wrapped lines (one break).
// Works on any DOM: the page's, or happy-dom's in the CLI.

export interface TextPiece {
  node: Text;
  /** offset of the node's first unit in the flat string */
  start: number;
  /** the node's length when flattened */
  length: number;
}

export interface FlatText {
  text: string;
  pieces: TextPiece[];
}

export interface FlattenOptions {
  /**
   * whether an element is hidden (display:none and the like); defaults to attributes and inline
   * style. Asked only of elements that have attributes (a page hides by class, id or style).
   */
  isHidden?: (el: Element) => boolean;
  /** subtrees left out besides the built-in ones (marks of our own UI, say) */
  skip?: (el: Element) => boolean;
}

/** elements whose text is never read: code, form fields, ruby readings, media */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'RT',
  'RP',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);

/** hidden by markup alone (all a DOM without layout can tell) */
export function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** an element the reader cannot edit or see through: never read, never changed */
export function isSkipped(el: Element, isHidden: (el: Element) => boolean = hiddenByMarkup): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  // most elements of a page have no attributes: none of the checks below can then hold
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return isHidden(el);
}

/**
 * Flatten `root`'s visible text. Text nodes keep their length (white space inside them is turned
 * into plain spaces, unit for unit, as the browser renders it), so every offset maps back.
 */
export function flatten(root: Node, options: FlattenOptions = {}): FlatText {
  return finish(new Flattener(root, options));
}

/** a walk over a DOM that can stop and go on later: a big page is read in slices of a few ms */
export interface Stepper<T> {
  /** walk on until done (true) or until `stop()` says so (false); stop is asked every few nodes */
  step(stop: () => boolean): boolean;
  result(): T;
}

/** run a stepper to its end in one go */
export function finish<T>(s: Stepper<T>): T {
  while (!s.step(() => false));
  return s.result();
}

/** run a stepper in slices of about `budgetMs`, pausing between them */
export async function inSlices<T>(s: Stepper<T>, budgetMs: number, now: () => number, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const t0 = now();
    if (s.step(() => now() - t0 >= budgetMs)) return s.result();
    await pause();
  }
}

/** nodes walked between two questions to stop() */
const STRIDE = 64;

/** one element being walked: its next child to visit, up to (not including) `end` */
interface Frame {
  next: Node | null;
  end: Node | null;
  pre: boolean;
  block: boolean;
}

/** flatten() as a stepper: an explicit stack instead of recursion, so it can pause anywhere */
export class Flattener implements Stepper<FlatText> {
  private readonly pieces: TextPiece[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  // what the flat string ends with: 0 nothing yet, 1 a line break, 2 a blank line
  private trailingBreaks = 2;
  private readonly stack: Frame[];
  private readonly isHidden: (el: Element) => boolean;

  constructor(
    root: Node,
    private readonly options: FlattenOptions = {},
  ) {
    this.isHidden = options.isHidden ?? hiddenByMarkup;
    this.stack = [{ next: root, end: root.nextSibling, pre: false, block: false }];
  }

  result(): FlatText {
    return { text: this.parts.join(''), pieces: this.pieces };
  }

  private breakLine(n: 1 | 2): void {
    if (this.trailingBreaks >= n) return;
    const add = n - this.trailingBreaks;
    this.parts.push(add === 2 ? '\n\n' : '\n');
    this.length += add;
    this.trailingBreaks = n;
  }

  step(stop: () => boolean): boolean {
    const stack = this.stack;
    let n = 0;
    while (stack.length) {
      const f = stack[stack.length - 1];
      const node = f.next;
      if (!node || node === f.end) {
        stack.pop();
        if (f.block) this.breakLine(2);
        continue;
      }
      f.next = node.nextSibling;
      this.visit(node, f.pre);
      if (++n % STRIDE === 0 && stop()) return !stack.length;
    }
    return true;
  }

  private visit(node: Node, pre: boolean): void {
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (!data) return;
      const text = pre ? data : data.replace(/[\n\r\t\f]/g, ' ');
      if (!pre && this.trailingBreaks > 0 && /^\s*$/.test(text)) return; // white space between blocks
      this.pieces.push({ node: node as Text, start: this.length, length: text.length });
      this.parts.push(text);
      this.length += text.length;
      this.trailingBreaks = 0;
      return;
    }
    if (type !== 1) {
      if (type === 9 || type === 11) this.stack.push({ next: node.firstChild, end: null, pre, block: false });
      return;
    }
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      this.breakLine(1);
      return;
    }
    if (isSkipped(el, this.isHidden) || this.options.skip?.(el)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) this.breakLine(2);
    // a shadow root is the page's own widget: not read
    this.stack.push({ next: el.firstChild, end: null, pre: pre || tag === 'PRE', block });
  }
}

export interface NodeRange {
  node: Text;
  /** offsets inside the node's data */
  start: number;
  end: number;
}

/** the text-node pieces covering the flat span [start, end); white-space-only pieces are left out */
export function rangesOf(flat: FlatText, start: number, end: number): NodeRange[] {
  const out: NodeRange[] = [];
  let lo = 0;
  let hi = flat.pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (flat.pieces[mid].start <= start) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i < flat.pieces.length; i++) {
    const p = flat.pieces[i];
    if (p.start >= end) break;
    const s = Math.max(start, p.start) - p.start;
    const e = Math.min(end, p.start + p.length) - p.start;
    if (e <= s) continue;
    // the flat text holds the node's units (line breaks as spaces): no copy of the node's data needed
    if (/^\s*$/.test(flat.text.slice(p.start + s, p.start + e))) continue;
    out.push({ node: p.node, start: s, end: e });
  }
  return out;
}
