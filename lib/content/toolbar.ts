// The page toolbar's state and its own actions: collapsed or open (as the reader last left it; at
// first collapsed where it would cover a full-width article), the list of clips not found, the outcome
// of the last action, and Alt+Shift+L, which jumps to it (it otherwise comes after every mark in the
// tab order). What it shows of the page comes from the Lens (`view`); what its buttons do to the page
// the Lens does (`act`). Only the reader's own (trusted) events act.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LostClip, ToolbarAction, ToolbarProps } from '../ui/in-page/Toolbar';
import type { Overlay } from '../ui/in-page/overlay';
import { toolbarCollapsed } from '../settings';

/** what the toolbar shows of the page, from the Lens */
export type ToolbarView = Omit<ToolbarProps, 'collapsed' | 'lostOpen' | 'message' | 'undo' | 'onAction'>;

/** the actions that change the page, which the Lens carries out */
export type PageAction = Extract<ToolbarAction, 'clip-targets' | 'off-page' | 'off-site' | 'on' | 'undo-clip-all' | 'next-own'>;

export class PageToolbar {
  private collapsed = false;
  /** the reader's choice (null: none yet) */
  private choice: boolean | null = null;
  private lostOpen = false;
  private message: string | null = null;
  /** the message offers to undo what it tells */
  private undo = false;

  constructor(
    private readonly overlay: Overlay,
    private readonly view: () => ToolbarView | null,
    private readonly act: (action: PageAction) => void,
  ) {}

  /** read the reader's choice, and listen for the shortcut */
  async start(ctx: ContentScriptContext): Promise<void> {
    this.choice = await toolbarCollapsed.getValue().catch(() => null);
    this.collapsed = this.choice ?? false;
    ctx.addEventListener(document, 'keydown', (e) => this.onShortcut(e), { capture: true });
  }

  render(): void {
    const view = this.view();
    if (!view) return;
    this.overlay.toolbar({
      ...view,
      collapsed: this.collapsed,
      lostOpen: this.lostOpen,
      message: this.message,
      undo: this.undo,
      onAction: (action, event) => this.onAction(action, event),
    });
  }

  /** say the outcome of an action (null: nothing to say), offering to undo it where it can be */
  say(message: string | null, undo = false): void {
    this.message = message;
    this.undo = undo;
    this.render();
  }

  /** open, with the list of clips not found and a word about the one the reader asked for */
  showLost(message: string): void {
    this.collapsed = false;
    this.lostOpen = true;
    this.say(message);
  }

  /**
   * Where the reader has not chosen, the toolbar collapses over an article that runs under it (a
   * full-width page): the pill covers far less of the text.
   */
  keepClear(article: Element): void {
    if (this.choice !== null || this.collapsed) return;
    const bar = this.overlay.toolbarRect();
    const text = article.getBoundingClientRect();
    if (bar?.width && text.right > bar.left + 8 && text.left < bar.right && text.top < bar.bottom && text.bottom > bar.top) {
      this.collapsed = true;
      this.render();
    }
  }

  /** Alt+Shift+L: to the toolbar (opened if collapsed), its main button focused */
  private onShortcut(e: KeyboardEvent): void {
    if (!e.isTrusted || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.code !== 'KeyL' || !this.view()) return;
    e.preventDefault();
    this.collapsed = false;
    this.render();
    this.overlay.focusToolbar();
  }

  private onAction(action: ToolbarAction, event: MouseEvent): void {
    // a page's script can reach into an open shadow root and click(): only the reader's clicks count
    if (!event.isTrusted) return;
    switch (action) {
      case 'collapse':
      case 'expand':
        this.collapsed = this.choice = action === 'collapse';
        void toolbarCollapsed.setValue(this.choice).catch(() => {});
        this.render();
        break;
      case 'show-lost':
      case 'hide-lost':
        this.lostOpen = action === 'show-lost';
        this.render();
        break;
      default:
        this.act(action);
    }
  }
}

/** a clip not found, as the toolbar lists it: its quote with a little context (…前文【2000座】后文…) */
export function lostClip(c: {
  id: string;
  indicator: string;
  text: string;
  selector: { quote: { prefix: string; exact: string; suffix: string } };
}): LostClip {
  const q = c.selector.quote;
  return { id: c.id, indicator: c.indicator, text: c.text, quote: `…${q.prefix.slice(-12)}【${q.exact}】${q.suffix.slice(0, 12)}…` };
}
