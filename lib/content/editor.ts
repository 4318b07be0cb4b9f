// The framed editor from the page's side. The reader's corrections of a figure (or the fields of one
// the engine missed), a note and tags are typed in an extension page framed into ours
// (lib/ui/pages/editor), not in the page's document: a page script can listen to every key typed in
// its own document, shadow roots included, but not in a frame of another origin. The draft goes to the
// background (editor:open), the frame fetches it by the token in its address, and this side asks the
// background how it went, a few times a second while the frame is open: the answer comes over the
// extension's own messaging, never through the page.
import type { ClipDraft } from '../clip/clip';
import { request } from './io';

const POLL_MS = 400;

export interface EditorOptions {
  /** show the frame at `src` near `at`; returns how to take it away */
  mount: (src: string, at: { left: number; top: number; bottom: number }) => { remove(): void };
  /** the address of the editor page (runtime.getURL) */
  pageUrl: () => string;
  /** the reader clipped the draft, as clip `id` */
  saved: (id: string, draft: ClipDraft) => void;
  /** the editor could not be opened or was lost (the background restarted) */
  failed: (message: string) => void;
}

export class FramedEditor {
  private frame: { remove(): void } | null = null;
  private token: string | null = null;
  private timer = 0;

  constructor(private readonly o: EditorOptions) {}

  get isOpen(): boolean {
    return this.frame !== null;
  }

  async open(draft: ClipDraft, at: { left: number; top: number; bottom: number }): Promise<void> {
    this.close();
    let token: string;
    try {
      ({ token } = await request({ type: 'editor:open', draft }));
    } catch (e) {
      this.o.failed((e as Error).message);
      return;
    }
    this.token = token;
    this.frame = this.o.mount(`${this.o.pageUrl()}#${token}`, at);
    this.timer = window.setInterval(() => void this.poll(draft), POLL_MS);
  }

  private async poll(draft: ClipDraft): Promise<void> {
    const token = this.token;
    if (!token) return;
    const status = await request({ type: 'editor:status', token }).catch(() => ({ state: 'gone' as const }));
    if (token !== this.token || status.state === 'open') return;
    this.close();
    if (status.state === 'saved') this.o.saved(status.id, draft);
    else if (status.state === 'gone') this.o.failed('the editor was closed by the browser');
  }

  /** take the frame away (the reader cancelled, switched the Lens off, or opened another) */
  close(): void {
    window.clearInterval(this.timer);
    this.frame?.remove();
    this.frame = null;
    this.token = null;
  }
}
