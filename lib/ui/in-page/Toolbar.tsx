// The page's toolbar: a legend with the counts of targets and results, "clip all targets", and the
// switches (off for this page / this site, and back on). Rendered by Preact in a shadow root.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Ref } from 'preact';
import { both, say } from '../../words';

export type ToolbarAction =
  | 'clip-targets'
  | 'undo-clip-all'
  | 'off-page'
  | 'off-site'
  | 'on'
  | 'collapse'
  | 'expand'
  | 'show-lost'
  | 'hide-lost'
  | 'next-own';

/** a clip of this page that the page no longer has */
export interface LostClip {
  id: string;
  indicator: string;
  text: string;
  /** the quote with a little context */
  quote: string;
}

export interface ToolbarProps {
  /** tagging on, or switched off (for the page or the site) */
  mode: 'on' | 'off';
  offScope: 'page' | 'site' | null;
  host: string;
  /** the report in one line */
  report: string;
  targets: number;
  actuals: number;
  clipped: number;
  /** the reader's own figures clipped here (no mark of theirs is a tab stop: the toolbar goes to them) */
  own: number;
  /** clips of this page not found in it */
  lost: LostClip[];
  lostOpen: boolean;
  /** marks still being put in */
  pending: boolean;
  collapsed: boolean;
  busy: boolean;
  /** the outcome of the last action, e.g. "已剪藏本页全部 18 个目标" */
  message: string | null;
  /** the message offers to undo it ("clip all targets") */
  undo: boolean;
  onAction: (action: ToolbarAction, event: MouseEvent) => void;
}

/**
 * Keeps the keyboard in the toolbar across its renders: a button taken out from under the focus (the
 * undo once used, "off for this page" once the bar says off) would drop it on <body>, and a keyboard or
 * screen-reader user would start again at the top of the page. The focus goes back to the button of the
 * same action, else to the main one.
 */
function useKeptFocus(): Ref<HTMLDivElement> {
  const bar = useRef<HTMLDivElement>(null);
  const root = bar.current?.getRootNode() as ShadowRoot | Document | undefined;
  const had = (root?.activeElement as HTMLElement | null | undefined)?.getAttribute('data-rl-action') ?? null;
  useLayoutEffect(() => {
    const now = bar.current?.getRootNode() as ShadowRoot | Document | undefined;
    if (!had || !now || now.activeElement) return;
    const enabled = (sel: string) => now.querySelector<HTMLButtonElement>(`${sel}:not([disabled])`);
    (enabled(`button[data-rl-action="${had}"]`) ?? enabled('button.primary') ?? enabled('button'))?.focus();
  });
  return bar;
}

export function Toolbar(p: ToolbarProps) {
  const bar = useKeptFocus();
  // while an action runs the buttons say so (aria-disabled) but stay focusable: a disabled button drops the focus
  const act = (a: ToolbarAction) => (e: Event) => {
    if (!p.busy) p.onAction(a, e as MouseEvent);
  };
  if (p.mode === 'off') {
    return (
      <div ref={bar} class="bar off" role="region" aria-label={both('appName')}>
        <span class="brand">{say('appName')}</span>
        <span class="note">{p.offScope === 'site' ? say('offForSite', { host: p.host }) : say('offForPage')}</span>
        <button type="button" data-rl-action="on" aria-disabled={p.busy} onClick={act('on')}>
          {both('turnOn')}
        </button>
      </div>
    );
  }
  if (p.collapsed) {
    // the pill's name says its counts too: a name of its own (expand) would hide them from a screen reader,
    // and a sighted reader sees two bare numbers
    const pillLabel = `${say('expandToolbar')} · ${say('target')} ${p.targets} · ${say('actual')} ${p.actuals}`;
    return (
      <div
        ref={bar}
        class="bar collapsed"
        role="region"
        aria-label={both('appName')}
        aria-keyshortcuts="Alt+Shift+L"
        title={both('toolbarShortcut')}
      >
        <button type="button" class="pill" data-rl-action="expand" aria-label={pillLabel} title={pillLabel} onClick={act('expand')}>
          <span class="brand">{say('appName')}</span>
          <span class="swatch" data-rl-kind="target" data-rl-count-of="target">
            {p.targets}
          </span>
          <span class="swatch" data-rl-kind="actual" data-rl-count-of="actual">
            {p.actuals}
          </span>
        </button>
      </div>
    );
  }
  return (
    <div ref={bar} class="bar" role="region" aria-label={both('appName')} aria-keyshortcuts="Alt+Shift+L" title={both('toolbarShortcut')}>
      <div class="row top">
        <span class="brand">{say('appName')}</span>
        <span class="report" title={p.report}>
          {p.report}
        </span>
        <button type="button" class="icon" data-rl-action="collapse" aria-label={both('collapse')} onClick={act('collapse')}>
          –
        </button>
      </div>
      <div class="row legend" aria-live="polite">
        <span class="swatch" data-rl-kind="target" data-rl-count-of="target">
          {say('target')} {p.targets}
        </span>
        <span class="swatch" data-rl-kind="actual" data-rl-count-of="actual">
          {say('actual')} {p.actuals}
        </span>
        <span class="clipped" data-rl-count-of="clipped">
          {say('clippedCount', { n: p.clipped })}
        </span>
        {p.own ? (
          <button type="button" class="link" data-rl-action="next-own" title={say('nextOwn')} onClick={act('next-own')}>
            {say('ownCount', { n: p.own })}
          </button>
        ) : null}
        {p.pending ? <span class="pending">{say('tagging')}</span> : null}
      </div>
      {p.lost.length ? (
        <div class="row lost">
          <button
            type="button"
            class="link"
            data-rl-action={p.lostOpen ? 'hide-lost' : 'show-lost'}
            aria-expanded={p.lostOpen}
            onClick={act(p.lostOpen ? 'hide-lost' : 'show-lost')}
          >
            {say('lostCount', { n: p.lost.length })}
          </button>
          {p.lostOpen ? (
            <ul class="lost-list" data-rl-list="lost">
              {p.lost.map((c) => (
                <li key={c.id} data-rl-clip={c.id}>
                  <b>{c.indicator || say('noIndicator')}</b> {c.text}
                  <div class="quote">{c.quote}</div>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div class="row actions">
        <button
          type="button"
          class="primary"
          data-rl-action="clip-targets"
          disabled={p.targets === 0}
          aria-disabled={p.busy}
          onClick={act('clip-targets')}
        >
          {both('clipAllTargets')}
        </button>
      </div>
      <div class="row actions">
        <button type="button" data-rl-action="off-page" aria-disabled={p.busy} onClick={act('off-page')}>
          {say('offPage')}
        </button>
        <button type="button" data-rl-action="off-site" aria-disabled={p.busy} onClick={act('off-site')} title={p.host}>
          {say('offSite')}
        </button>
      </div>
      {p.message ? (
        <div class="message" role="status">
          {p.message}
          {p.undo ? (
            <>
              {' '}
              <button type="button" class="link" data-rl-action="undo-clip-all" aria-disabled={p.busy} onClick={act('undo-clip-all')}>
                {both('undo')}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
