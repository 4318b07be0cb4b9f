// Our UI in the page: the toolbar and the hover card, each a Preact tree in its own open shadow root
// (WXT createShadowRootUi), so page styles cannot reach in nor ours out. Hosts are <rl-toolbar> and
// <rl-card>, appended to <body>; lib/page/read.ts never reads them.
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card, type CardProps } from './Card';
import { CARD_CSS } from './card-style';
import { Toolbar, type ToolbarProps } from './Toolbar';
import { TOOLBAR_CSS } from './toolbar-style';

export interface Overlay {
  toolbar(props: ToolbarProps): void;
  card(props: CardProps | null): void;
  /** the card's host, to tell whether focus or the pointer is in it */
  cardHost: HTMLElement;
  toolbarHost: HTMLElement;
  remove(): void;
}

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
    isolateEvents: true,
    onMount: () => undefined,
    onRemove: () => render(null, cardUi.uiContainer),
  });
  toolbarUi.mount();
  cardUi.mount();
  return {
    toolbar: (props) => render(<Toolbar {...props} />, toolbarUi.uiContainer),
    card: (props) => render(props ? <Card {...props} /> : null, cardUi.uiContainer),
    cardHost: cardUi.shadowHost,
    toolbarHost: toolbarUi.shadowHost,
    remove: () => {
      toolbarUi.remove();
      cardUi.remove();
    },
  };
}
