// The hover card of a mark: what the figure means, the Clip button, and Edit, which opens the editor
// (an extension page framed beside it: lib/content/editor.ts). Rendered by Preact in a shadow root;
// every string from the page is a text node (never HTML).
import type { Mention } from '../../model/mention';
import { both, kindWord, measureWord, periodText, qualifierWord, say, valueWithUnit, type Glossed } from '../../words';

/** unclipped: the reader just took the clip back (the card offers to undo that) */
export type ClipState = 'idle' | 'saving' | 'clipped' | 'unclipped' | 'error';

export interface CardProps {
  mention: Mention;
  /** the report in one line (region · year · type) */
  report: string;
  clip: ClipState;
  error?: string | null;
  /** where to show it: the viewport position of the mark */
  at: { left: number; top: number; bottom: number };
  onClip: (event: MouseEvent) => void;
  /** take the clip back (a clipped figure), or undo that (re-clip) */
  onUnclip?: (event: MouseEvent) => void;
  onUndoUnclip?: (event: MouseEvent) => void;
  /** correct the figure (or add a note) before clipping it: opens the editor */
  onEdit?: (event: MouseEvent) => void;
  onClose: () => void;
  /** a clipped figure the page now says otherwise: what was clipped, what is there now */
  change?: { was: string; now: string; kept: boolean } | null;
  onChange?: (answer: 'replace' | 'keep', event: MouseEvent) => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /** the reader's own selection, with no figure the Lens had tagged */
  reader?: boolean;
}

const WIDTH = 300;
const HEIGHT_GUESS = 250;

/** 以上 · or more; in English, the word alone */
const glossed = (w: Glossed): string => (w.gloss ? `${w.main} · ${w.gloss}` : w.main);

/** below the mark, or above it where the viewport has no room below; never off screen */
export function cardPosition(
  at: CardProps['at'],
  viewport: { width: number; height: number },
  size = { width: WIDTH, height: HEIGHT_GUESS },
): { left: number; top: number } {
  const left = Math.max(8, Math.min(at.left, viewport.width - size.width - 8));
  const below = at.bottom + 8;
  const top = below + size.height > viewport.height && at.top - size.height - 8 > 0 ? at.top - size.height - 8 : below;
  return { left, top: Math.max(8, top) };
}

export function Card(p: CardProps) {
  const m = p.mention;
  const kind = kindWord(m.kind);
  const q = qualifierWord(m.qualifier);
  const measure = measureWord(m.measure);
  const pos = cardPosition(p.at, { width: window.innerWidth, height: window.innerHeight });
  const label = both(p.clip === 'clipped' ? 'cardClipped' : p.clip === 'saving' ? 'cardSaving' : 'cardClip');
  const indicator = m.indicator || say('noIndicator');
  return (
    <div
      class="card"
      role="dialog"
      aria-label={`${kind.main} ${indicator}`}
      data-rl-kind={m.kind}
      style={{ left: `${pos.left}px`, top: `${pos.top}px`, width: `${WIDTH}px` }}
      onPointerEnter={p.onPointerEnter}
      onPointerLeave={p.onPointerLeave}
    >
      <div class="head">
        <span class="swatch" data-rl-kind={m.kind}>
          {kind.main}
        </span>
        <span class="kind-en">{kind.gloss}</span>
        <button class="close" type="button" aria-label={both('close')} data-rl-action="close" onClick={() => p.onClose()}>
          ×
        </button>
      </div>
      {p.reader ? <div class="reader">{say('cardReader')}</div> : null}
      <div class="indicator" data-rl-field="indicator">
        {indicator}
      </div>
      <div class="value" data-rl-field="value">
        {valueWithUnit(m)}
        {m.qualifier !== 'exact' ? <span class="qualifier"> {q.main}</span> : null}
      </div>
      <dl>
        <dt>{say('cardQualifier')}</dt>
        <dd data-rl-field="qualifier">{glossed(q)}</dd>
        <dt>{say('cardMeasure')}</dt>
        <dd data-rl-field="measure">{glossed(measure)}</dd>
        <dt>{say('cardPeriod')}</dt>
        <dd data-rl-field="period">{periodText(m)}</dd>
        <dt>{say('cardReport')}</dt>
        <dd data-rl-field="report">{p.report || '—'}</dd>
        <dt>{say('cardText')}</dt>
        <dd data-rl-field="text">「{m.text.replace(/\s+/g, ' ')}」</dd>
      </dl>
      {p.change ? (
        <div class="change" role="note" data-rl-field="change">
          <div>{say('cardChanged', { was: p.change.was, now: p.change.now })}</div>
          {p.change.kept ? (
            <div class="kept">{both('cardKept')}</div>
          ) : (
            <div class="answers">
              <button
                type="button"
                class="answer"
                data-rl-action="replace"
                onClick={(e) => p.onChange?.('replace', e as unknown as MouseEvent)}
              >
                {say('cardReplace', { now: p.change.now })}
              </button>
              <button type="button" class="answer" data-rl-action="keep" onClick={(e) => p.onChange?.('keep', e as unknown as MouseEvent)}>
                {both('cardKeep')}
              </button>
            </div>
          )}
        </div>
      ) : null}
      {p.clip === 'error' && p.error ? (
        <div class="error" role="alert">
          {p.error}
        </div>
      ) : null}
      <div class="foot">
        <button
          type="button"
          class="clip"
          data-rl-action="clip"
          disabled={p.clip === 'saving' || p.clip === 'clipped'}
          onClick={(e) => p.onClip(e as unknown as MouseEvent)}
        >
          {label}
        </button>
        {p.onEdit && p.clip !== 'clipped' && p.clip !== 'saving' ? (
          <button type="button" class="answer" data-rl-action="edit" onClick={(e) => p.onEdit?.(e as unknown as MouseEvent)}>
            {both('cardEdit')}
          </button>
        ) : null}
        {p.clip === 'clipped' && p.onUnclip ? (
          <button type="button" class="answer" data-rl-action="unclip" onClick={(e) => p.onUnclip?.(e as unknown as MouseEvent)}>
            {both('cardUnclip')}
          </button>
        ) : null}
        {p.clip === 'unclipped' ? (
          <span class="kept" role="status">
            {say('cardUnclipped')}{' '}
            <button type="button" class="answer" data-rl-action="undo-unclip" onClick={(e) => p.onUndoUnclip?.(e as unknown as MouseEvent)}>
              {both('undo')}
            </button>
          </span>
        ) : (
          <span class="keys">{say(p.clip === 'clipped' ? 'cardKeysClipped' : 'cardKeys')}</span>
        )}
      </div>
    </div>
  );
}
