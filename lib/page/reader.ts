// The reader's own marks: a selection they clip where the engine tagged no figure, tagged like a
// mention (an <rl-mark> the Tagger makes and takes out) and marked as theirs (data-rl-reader).
import type { Mention } from '../model/mention';
import type { FlatText } from './flatten';
import { showReader, type Tag } from './marks';
import type { Tagger } from './tagger';

/**
 * Tag `mention` (offsets into `flat`, read from the page as it is now) as the reader's, wrapped at
 * once; null where a mark of the page's tags is in the way.
 */
export function tagReader(tagger: Tagger, flat: FlatText, mention: Mention, root: Element): Tag | null {
  const [tag] = tagger.add(flat, [mention], root);
  if (!tag) return null;
  // some of its marks may be in already (a synchronous scheduler wraps at once): they are told too
  showReader(tag);
  tagger.ensure(tag);
  return tag;
}
