// The framed editor from the page's side. The reader's corrections of a figure (or the fields of one
// the engine missed), a note and tags are typed in an extension page framed into ours
// (lib/ui/pages/editor), not in the page's document: a page script can listen to every key typed in
// its own document, shadow roots included, but not in a frame of another origin. The draft goes to the
// background (editor:open), the frame fetches it by the token in its address, and this side asks the
// background how it went, a few times a second while the frame is open: the answer comes over the
// extension's own messaging, never through the page.
import type { ClipDraft } from '../clip/clip';
import type { Edit } from '../clip/edit';
import { request } from './io';

const POLL_MS = 400;

export interface EditorOptions {
  /** show the frame at `src` near `at`; returns how to take it away */
  mount: (src: string, at: { left: number; top: number; bottom: number }) => { remove(): void };
  /** the address of the editor page (runtime.getURL) */
  pageUrl: () => string;
}

/** how an editing session ended: clipped (as clip `id`, with the reader's corrections), or not (null) */
export type Edited = { id: string; edits: Edit } | null;

export class FramedEditor {
  private frame: { remove(): void } | null = null;
  private token: string | null = null;
  private timer = 0;
  private end: ((r: Edited) => void) | null = null;

  constructor(private readonly o: EditorOptions) {}

  /**
   * Open the editor on `draft` (`blank`: the reader types the value: the engine read none); resolves
   * when the reader is done with it, or when another is opened. Throws when it cannot open.
   */
  async open(draft: ClipDraft, at: { left: number; top: number; bottom: number }, blank = false): Promise<Edited> {
    this.close();
    const { token } = await request({ type: 'editor:open', draft, ...(blank ? { blank } : {}) });
    this.token = token;
    this.frame = this.o.mount(`${this.o.pageUrl()}#${token}`, at);
    this.timer = window.setInterval(() => void this.poll(), POLL_MS);
    return new Promise((resolve) => {
      this.end = resolve;
    });
  }

  private async poll(): Promise<void> {
    const token = this.token;
    if (!token) return;
    const status = await request({ type: 'editor:status', token }).catch(() => ({ state: 'gone' as const }));
    if (token !== this.token || status.state === 'open') return;
    this.close(status.state === 'saved' ? { id: status.id, edits: status.edits ?? {} } : null);
  }

  /** take the frame away (the reader is done, switched the Lens off, or opened another) */
  close(result: Edited = null): void {
    window.clearInterval(this.timer);
    this.frame?.remove();
    this.frame = null;
    this.token = null;
    const end = this.end;
    this.end = null;
    end?.(result);
  }
}
