// The article of a page: the smallest element that holds most of its readable Chinese text.
//
// Starting at <body>, step into the child that holds the bulk of the text until no child does. Text
// in navigation, footers, side bars, comment boxes and link lists counts for little or nothing, so the
// walk never stops on them; on a CMS page it ends on the content box (#zoom), not on the column
// around it with the meta line and view counter.
import { finish, hiddenByMarkup, isSkipped, type Stepper } from './flatten';

/** class or id words of page furniture */
const FURNITURE =
  /(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|header|head|side|sidebar|aside|crumbs?|breadcrumbs?|share|comments?|reply|related|recommend|copyright|banner|toolbar|pager|pagination|ads?|advert|login|search|hot|rank|tags?|social|qrcode|print|meta|info|source|position|location|weizhi|dqwz)(?:$|[\s_-])/i;
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'HEADER', 'ASIDE', 'FORM']);
/** inside the article, only these are left out: what readers add, and what sites append */
const APPENDIX = /(?:^|[\s_-])(?:share|comments?|reply|related|recommend|copyright|qrcode|print)(?:$|[\s_-])/i;

/** Han characters and digits (ASCII and full-width) in s: counted, not matched (no arrays on big pages) */
function hanOrDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) n++;
  }
  return n;
}

export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return words.length > 1 && FURNITURE.test(words);
}

/** page furniture that sits inside an article: left out when the article is read */
export function isAppendix(el: Element): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return words.length > 1 && APPENDIX.test(words);
}

/** an element being weighed: its next child, and the weight of the children so far */
interface Frame {
  el: Element;
  next: Node | null;
  total: number;
}

/** nodes walked between two questions to stop() */
const STRIDE = 64;

/**
 * The readable weight of every element under root: Han characters and digits, links at a fifth,
 * furniture at nothing. A post-order walk with an explicit stack, so a big page is weighed in slices.
 */
class Weigher {
  readonly weights = new Map<Element, number>();
  private readonly stack: Frame[];

  constructor(
    root: Element,
    private readonly isHidden: (el: Element) => boolean,
  ) {
    this.stack = [{ el: root, next: root.firstChild, total: 0 }];
  }

  step(stop: () => boolean): boolean {
    const stack = this.stack;
    let n = 0;
    while (stack.length) {
      const f = stack[stack.length - 1];
      const c = f.next;
      if (!c) {
        stack.pop();
        this.weights.set(f.el, f.total);
        const parent = stack[stack.length - 1];
        if (parent && !isFurniture(f.el)) parent.total += f.el.tagName.toUpperCase() === 'A' ? f.total / 5 : f.total;
        continue;
      }
      f.next = c.nextSibling;
      if (c.nodeType === 3) f.total += hanOrDigits((c as Text).data);
      else if (c.nodeType === 1 && !isSkipped(c as Element, this.isHidden)) stack.push({ el: c as Element, next: c.firstChild, total: 0 });
      if (++n % STRIDE === 0 && stop()) return !stack.length;
    }
    return true;
  }
}

/** share of its parent's text a child must hold to be stepped into */
const DOMINANT = 0.7;

/** the article element of a document (its body when no element stands out) */
export function findArticle(doc: Document, isHidden: (el: Element) => boolean = hiddenByMarkup): Element {
  return finish(new ArticleFinder(doc, isHidden));
}

/** findArticle() as a stepper (lib/page/flatten.ts Stepper): the weighing is what takes time */
export class ArticleFinder implements Stepper<Element> {
  private readonly body: Element;
  private readonly weigher: Weigher;

  constructor(doc: Document, isHidden: (el: Element) => boolean = hiddenByMarkup) {
    this.body = doc.body ?? doc.documentElement;
    this.weigher = new Weigher(this.body, isHidden);
  }

  step(stop: () => boolean): boolean {
    return this.weigher.step(stop);
  }

  result(): Element {
    const body = this.body;
    const weights = this.weigher.weights;
    let at: Element = body;
    for (;;) {
      const total = weights.get(at) ?? 0;
      if (total === 0) return at;
      let best: Element | null = null;
      let bestWeight = 0;
      for (let c = at.firstElementChild; c; c = c.nextElementSibling) {
        const w = isFurniture(c) ? 0 : (weights.get(c) ?? 0);
        if (w > bestWeight) {
          best = c;
          bestWeight = w;
        }
      }
      if (!best || bestWeight < DOMINANT * total) return at;
      // a single paragraph is part of an article, not one
      if (/^(?:P|SPAN|A|STRONG|B|FONT|EM|H[1-6])$/i.test(best.tagName) && at !== body) return at;
      at = best;
    }
  }
}
