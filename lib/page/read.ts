// What of a page the extension reads: the article, without what sites append inside it.
import { isAppendix } from './article';

/** subtrees of the article left unread: comment and share boxes, related links, our own marks' UI */
export function articleSkip(el: Element): boolean {
  return isAppendix(el) || el.tagName.toUpperCase() === 'RL-UI';
}
