// What of a page the extension reads: the article, without what sites append inside it.
import { isAppendix } from './article';

/** hosts of our own UI (toolbar, card): never read, wherever they end up */
const OUR_HOSTS = new Set(['RL-UI', 'RL-TOOLBAR', 'RL-CARD']);

/** subtrees of the article left unread: comment and share boxes, related links, our own UI */
export function articleSkip(el: Element): boolean {
  return isAppendix(el) || OUR_HOSTS.has(el.tagName.toUpperCase());
}
