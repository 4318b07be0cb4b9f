// "Clip all targets" from the toolbar, and its undo: one step back, taking the clips it added and no
// others (a target clipped before stays clipped).
import type { Tag } from '../page/marks';
import { say } from '../words';

export interface ClipAllOptions {
  targets: () => Tag[];
  /** store clips of the tags; resolves to those newly clipped */
  clip: (tags: Tag[]) => Promise<Tag[]>;
  unclip: (tags: Tag[]) => Promise<void>;
  /** run an action for the toolbar, which waits and then says the message it resolves to (or why it failed) */
  run: (failed: 'clipFailed' | 'saveFailed', act: () => Promise<string>) => Promise<void>;
}

export class ClipAll {
  /** the tags the last "clip all targets" clipped anew, while its undo is offered */
  private last: Tag[] | null = null;

  constructor(private readonly o: ClipAllOptions) {}

  get undoable(): boolean {
    return !!this.last;
  }

  async clip(): Promise<void> {
    const targets = this.o.targets();
    if (!targets.length) return;
    this.last = null;
    await this.o.run('clipFailed', async () => {
      const fresh = await this.o.clip(targets);
      if (fresh.length) this.last = fresh;
      return say('clippedAllTargets', { n: targets.length, added: fresh.length });
    });
  }

  async undo(): Promise<void> {
    const tags = this.last;
    if (!tags) return;
    this.last = null;
    await this.o.run('saveFailed', async () => {
      await this.o.unclip(tags);
      return say('clipAllUndone', { n: tags.length });
    });
  }
}
