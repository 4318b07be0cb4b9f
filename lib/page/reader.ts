// The reader's own marks: selections they clip where the engine tagged no figure, tagged like
// mentions (<rl-mark>s the Tagger makes and takes out) and marked as theirs (data-rl-reader).
import type { Mention } from '../model/mention';
import type { FlatText } from './flatten';
import { showReader, type Tag } from './marks';
import type { Tagger } from './tagger';

/**
 * Tag `mentions` (offsets into `flat`, read from the page as it is now) as the reader's, wrapped at
 * once; in their order, null for one a mark is in the way of. All are planned before any is wrapped:
 * a wrap splits the nodes `flat` maps to.
 */
export function tagReaders(tagger: Tagger, flat: FlatText, mentions: Mention[], root: Element): Array<Tag | null> {
  const fresh = new Map(tagger.add(flat, mentions, root).map((t) => [t.mention, t]));
  return mentions.map((m) => {
    const tag = fresh.get(m);
    if (!tag) return null;
    // some of its marks may be in already (a synchronous scheduler wraps at once): they are told too
    showReader(tag);
    tagger.ensure(tag);
    return tag;
  });
}
