// A DOM subtree as one flat string, with a map from string offsets back to text nodes.
//
// The extractor reads one string; a figure pasted from Word is often split over inline elements
// (<span>777</span><span>1万元</span>), so per-text-node scanning finds fragments. Inline elements
// add nothing between their texts; a block boundary is a blank line and <br> a line break, which is
// how the extractor's normaliser tells paragraphs (blank line) from wrapped lines (one break).
// Works on any DOM: the page's, or linkedom's in the CLI.

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
  /** whether an element is hidden (display:none and the like); defaults to attributes and inline style */
  isHidden?: (el: Element) => boolean;
  /** subtrees left out besides the built-in ones (marks of our own UI, say) */
  skip?: (el: Element) => boolean;
}

/** elements whose text is never read: code, form fields, ruby readings, media */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'RT', 'RP',
  'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
]);

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
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
  if (el.getAttribute('contenteditable') !== null && el.getAttribute('contenteditable') !== 'false') return true;
  return isHidden(el);
}

/**
 * Flatten `root`'s visible text. Text nodes keep their length (white space inside them is turned
 * into plain spaces, unit for unit, as the browser renders it), so every offset maps back.
 */
export function flatten(root: Node, options: FlattenOptions = {}): FlatText {
  const isHidden = options.isHidden ?? hiddenByMarkup;
  const pieces: TextPiece[] = [];
  const parts: string[] = [];
  let length = 0;
  // what the flat string ends with: 0 nothing yet, 1 a line break, 2 a blank line
  let trailingBreaks = 2;

  const breakLine = (n: 1 | 2): void => {
    if (trailingBreaks >= n) return;
    const add = n - trailingBreaks;
    parts.push(add === 2 ? '\n\n' : '\n');
    length += add;
    trailingBreaks = n;
  };

  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) return;
      const text = pre ? data : data.replace(/[\n\r\t\f]/g, ' ');
      if (!pre && trailingBreaks > 0 && /^\s*$/.test(text)) return; // white space between blocks
      pieces.push({ node: node as Text, start: length, length: text.length });
      parts.push(text);
      length += text.length;
      trailingBreaks = 0;
      return;
    }
    if (node.nodeType !== 1) {
      if (node.nodeType === 9 || node.nodeType === 11) for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre);
      return;
    }
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      breakLine(1);
      return;
    }
    if (isSkipped(el, isHidden) || options.skip?.(el)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) breakLine(2);
    const inPre = pre || tag === 'PRE';
    // a shadow root is the page's own widget: not read
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, inPre);
    if (block) breakLine(2);
  };

  walk(root, false);
  return { text: parts.join(''), pieces };
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
    if (/^\s*$/.test(p.node.data.slice(s, e))) continue;
    out.push({ node: p.node, start: s, end: e });
  }
  return out;
}
