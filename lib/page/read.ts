// What of a page the extension reads: the article, without what sites append inside it.
import { Flattener, hiddenByMarkup } from './flatten';
import { isAppendix } from './article';

/** hosts of our own UI (toolbar, card): never read, wherever they end up */
const OUR_HOSTS = new Set(['RL-UI', 'RL-TOOLBAR', 'RL-CARD']);

/** subtrees of the article left unread: comment and share boxes, related links, our own UI */
export function articleSkip(el: Element): boolean {
  return isAppendix(el) || OUR_HOSTS.has(el.tagName.toUpperCase());
}

/** the article's text as the engine reads it (run it in slices, or at once with finish()) */
export const articleFlattener = (article: Element): Flattener => new Flattener(article, { skip: articleSkip, isHidden });

const HEADING_MAX = 600;

/**
 * The page's heading around its article: the text of the elements before it, nearest first, up the
 * tree (a CMS page's <h1> and its byline: 时间: 2023-01-05 来源: 太仓市人民政府). The report's region
 * and year are often said there and nowhere in the article.
 */
export function articleHeading(article: Element): string {
  const parts: string[] = [];
  let length = 0;
  for (let el: Element | null = article; el && el.tagName.toUpperCase() !== 'BODY' && length < HEADING_MAX; el = el.parentElement) {
    for (let sib = el.previousElementSibling; sib && length < HEADING_MAX; sib = sib.previousElementSibling) {
      if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|FORM|NAV)$/i.test(sib.tagName) || OUR_HOSTS.has(sib.tagName.toUpperCase())) continue;
      const text = (sib.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      parts.unshift(text.slice(0, HEADING_MAX - length));
      length += text.length;
    }
  }
  return parts.join('\n');
}

/**
 * Hidden by markup, or by the page's style sheets (what a DOM without layout cannot tell). Style is
 * asked of elements with a class or id only: a stylesheet hides by those, and asking every <span>
 * of a 2 MB page costs more than all the rest of reading it.
 */
export function isHidden(el: Element): boolean {
  if (hiddenByMarkup(el)) return true;
  if (!el.hasAttribute('class') && !el.hasAttribute('id')) return false;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}
