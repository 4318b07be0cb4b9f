// Whether a clip still says what its page says. Re-anchoring (lib/anchor) finds where a clip's quote
// stands now, tolerating small edits; the figure found there is then compared with the clipped one,
// so that a page revised from 2000座 to 2500座 shows the clip as changed instead of clipped.
import type { Mention } from '../model/mention';
import type { PageClip } from './clip';

type Figure = Pick<Mention, 'measure' | 'value' | 'valueMax' | 'unit' | 'qualifier'>;

/** the same figure: measure, value (and range), unit and qualifier; not its spacing or script */
export function sameFigure(a: Figure, b: Figure): boolean {
  return (
    a.measure === b.measure &&
    a.value === b.value &&
    (a.valueMax ?? null) === (b.valueMax ?? null) &&
    a.unit === b.unit &&
    a.qualifier === b.qualifier
  );
}

/** what the content script found of a clip in its page, to be stored when it differs from what is */
export type Found = { status: 'found' } | { status: 'changed'; now: string } | { status: 'lost' };

/** whether `found` is news to the database, which holds `clip.source` */
export function isNews(clip: Pick<PageClip, 'source'>, found: Found): boolean {
  const was = clip.source;
  if (found.status === 'found') return !!was;
  if (!was || was.status !== found.status) return true;
  return found.status === 'changed' && was.now !== found.now;
}
