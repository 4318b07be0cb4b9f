// Our UI in the page: the toolbar and the hover card, each a Preact tree in its own closed shadow root
// (WXT createShadowRootUi), so page styles cannot reach in nor ours out, and the page's scripts cannot
// read what they say (how many clips, whether a figure is clipped); the frame of the editor, where the
// reader types (an extension page: the page cannot read it); and the layer that draws what the reader
// clipped (lib/page/clip-layer.ts). Hosts are <rl-toolbar>, <rl-card> (which holds the button that clips
// a selection too), <rl-editor> and <rl-clips>, appended to <body> on every tagged page alike;
// lib/page/read.ts never reads them.
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card, type CardProps } from './Card';
import { ClipSelection, type ClipSelectionProps } from './ClipSelection';
import { CARD_CSS } from './card-style';
import { Toolbar, type ToolbarProps } from './Toolbar';
import { TOOLBAR_CSS } from './toolbar-style';
import { EDITOR_FRAME_CSS, EditorFrame } from './EditorFrame';
import { CLIP_LAYER_CSS, ClipLayer } from '../../page/clip-layer';

export interface Overlay {
  toolbar(props: ToolbarProps): void;
  card(props: CardProps | null): void;
  /** the button that clips the reader's selection; null takes it away */
  clipSelection(props: ClipSelectionProps | null): void;
  /** the card's host, to tell whether focus or the pointer is in it */
  cardHost: HTMLElement;
  toolbarHost: HTMLElement;
  /** move the keyboard focus to the toolbar's button of `action` (by default its main one) */
  focusToolbar(action?: string): void;
  /** move the keyboard focus into the open card (its first action) */
  focusCard(): void;
  /** the toolbar's box in the viewport (empty before its first render) */
  toolbarRect(): DOMRect | null;
  /** what the reader clipped, drawn over the marks */
  clipLayer: ClipLayer;
  /** frame the editor page at `src` near `at` (lib/content/editor.ts); returns how to take it away */
  editor(src: string, at: { left: number; top: number; bottom: number }): { remove(): void };
  remove(): void;
  /** put the hosts back after remove() (a page turned away, then read at the reader's request) */
  mount(): void;
}

/**
 * One of our hosts: a closed shadow root appended to <body>, the keys typed in it kept from the page
 * (isolateEvents); a Preact tree drawn in it is unmounted with it.
 */
async function closedUi(ctx: ContentScriptContext, name: string, css: string, preact = true) {
  const ui = await createShadowRootUi(ctx, {
    name,
    position: 'inline',
    anchor: () => document.body ?? document.documentElement,
    append: 'last',
    css,
    isolateEvents: true,
    mode: 'closed',
    onMount: () => undefined,
    onRemove: () => preact && render(null, ui.uiContainer),
  });
  return ui;
}

export async function mountOverlay(ctx: ContentScriptContext): Promise<Overlay> {
  const toolbarUi = await closedUi(ctx, 'rl-toolbar', TOOLBAR_CSS);
  const cardUi = await closedUi(ctx, 'rl-card', CARD_CSS);
  const editorUi = await closedUi(ctx, 'rl-editor', EDITOR_FRAME_CSS);
  // drawn by lib/page/clip-layer.ts, not Preact
  const clipsUi = await closedUi(ctx, 'rl-clips', CLIP_LAYER_CSS, false);
  const uis = [toolbarUi, cardUi, editorUi, clipsUi];
  for (const ui of uis) ui.mount();
  const clipLayer = new ClipLayer(clipsUi.shadowHost, clipsUi.uiContainer);
  ctx.onInvalidated(() => clipLayer.dispose());
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
    cardHost: cardUi.shadowHost,
    toolbarHost: toolbarUi.shadowHost,
    clipLayer,
    focusToolbar: (action) =>
      (
        toolbarUi.shadow.querySelector<HTMLElement>(action ? `button[data-rl-action="${action}"]` : 'button.primary:not([disabled])') ??
        toolbarUi.shadow.querySelector<HTMLElement>('button:not([disabled])')
      )?.focus(),
    focusCard: () =>
      (
        cardUi.shadow.querySelector<HTMLElement>('.foot button:not([disabled])') ??
        cardUi.shadow.querySelector<HTMLElement>('button:not([disabled])')
      )?.focus(),
    toolbarRect: () => toolbarUi.shadow.querySelector('.bar')?.getBoundingClientRect() ?? null,
    editor: (src, at) => {
      render(<EditorFrame src={src} at={at} />, editorUi.uiContainer);
      // the reader types there at once: focus goes into the frame
      editorUi.uiContainer.querySelector('iframe')?.focus();
      return { remove: () => render(null, editorUi.uiContainer) };
    },
    remove: () => {
      clipLayer.clear();
      for (const ui of uis) ui.remove();
    },
    mount: () => {
      for (const ui of uis) ui.mount();
    },
  };
}
