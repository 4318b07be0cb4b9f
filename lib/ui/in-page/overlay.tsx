// Our UI in the page: the toolbar and the hover card, each a Preact tree in its own open shadow root
// (WXT createShadowRootUi), so page styles cannot reach in nor ours out. Hosts are <rl-toolbar> and
// <rl-card> (which holds the button that clips a selection too), appended to <body>;
// lib/page/read.ts never reads them.
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card, type CardProps } from './Card';
import { ClipSelection, type ClipSelectionProps } from './ClipSelection';
import { CARD_CSS } from './card-style';
import { Toolbar, type ToolbarProps } from './Toolbar';
import { TOOLBAR_CSS } from './toolbar-style';

export interface Overlay {
  toolbar(props: ToolbarProps): void;
  card(props: CardProps | null): void;
  /** the button that clips the reader's selection; null takes it away */
  clipSelection(props: ClipSelectionProps | null): void;
  /** move the keyboard focus into the card: to a field of its edit mode (the first by default) */
  focusCard(field?: string): void;
  /** the card's host, to tell whether focus or the pointer is in it */
  cardHost: HTMLElement;
  toolbarHost: HTMLElement;
  /** move the keyboard focus to the toolbar's first button */
  focusToolbar(): void;
  /** the toolbar's box in the viewport (empty before its first render) */
  toolbarRect(): DOMRect | null;
  remove(): void;
}

/**
 * What the reader types into the card stops at its shadow root: the page's listeners waiting for
 * events to bubble up (its frameworks, its shortcuts, on document or window) neither act on it nor
 * read it. A listener the page puts in the capture phase still sees keys go by: only a frame of the
 * extension's own would hide those.
 */
const TYPING = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'compositionstart',
  'compositionupdate',
  'compositionend',
];

export async function mountOverlay(ctx: ContentScriptContext): Promise<Overlay> {
  const anchor = () => document.body ?? document.documentElement;
  const toolbarUi = await createShadowRootUi(ctx, {
    name: 'rl-toolbar',
    position: 'inline',
    anchor,
    append: 'last',
    css: TOOLBAR_CSS,
    isolateEvents: true,
    onMount: () => undefined,
    onRemove: () => render(null, toolbarUi.uiContainer),
  });
  const cardUi = await createShadowRootUi(ctx, {
    name: 'rl-card',
    position: 'inline',
    anchor,
    append: 'last',
    css: CARD_CSS,
    isolateEvents: TYPING,
    onMount: () => undefined,
    onRemove: () => render(null, cardUi.uiContainer),
  });
  toolbarUi.mount();
  cardUi.mount();
  let card: CardProps | null = null;
  let pick: ClipSelectionProps | null = null;
  const drawCard = () =>
    render(
      <>
        {card ? <Card {...card} /> : null}
        {pick ? <ClipSelection {...pick} /> : null}
      </>,
      cardUi.uiContainer,
    );
  return {
    toolbar: (props) => render(<Toolbar {...props} />, toolbarUi.uiContainer),
    card: (props) => {
      card = props;
      drawCard();
    },
    clipSelection: (props) => {
      pick = props;
      drawCard();
    },
    focusCard: (field) =>
      cardUi.shadow.querySelector<HTMLElement>(field ? `.edit [data-rl-field="${field}"]` : '.edit [data-rl-field]')?.focus(),
    cardHost: cardUi.shadowHost,
    toolbarHost: toolbarUi.shadowHost,
    focusToolbar: () =>
      (
        toolbarUi.shadow.querySelector<HTMLElement>('button.primary:not([disabled])') ??
        toolbarUi.shadow.querySelector<HTMLElement>('button:not([disabled])')
      )?.focus(),
    toolbarRect: () => toolbarUi.shadow.querySelector('.bar')?.getBoundingClientRect() ?? null,
    remove: () => {
      toolbarUi.remove();
      cardUi.remove();
    },
  };
}
