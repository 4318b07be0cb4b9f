// Drafts being corrected in the editor (lib/ui/pages/editor), held by the background between the
// content script that opened the editor and the framed extension page the reader types in. A job is
// known by a random token: the page sees it in the frame's address, but cannot message the background
// nor read or type into the frame, so knowing it gives nothing. Jobs live in memory: a background that
// restarted answers "gone", and the content script closes its frame.
import type { ClipDraft } from '../clip/clip';
import type { EditorStatus } from '../messages';

interface Job {
  draft: ClipDraft;
  /** the engine read no figure: the form starts with no value */
  blank: boolean;
  /** the page (URL without fragment) whose content script opened it: only it may ask how it went */
  page: string;
  status: EditorStatus;
  openedAt: number;
}

/** jobs kept at most, and for how long: a reader leaves an editor open a while, not a day */
const MAX_JOBS = 50;
const MAX_AGE_MS = 60 * 60 * 1000;

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class EditorJobs {
  private readonly jobs = new Map<string, Job>();

  open(draft: ClipDraft, page: string, blank = false, now = Date.now()): string {
    for (const [t, j] of this.jobs) if (now - j.openedAt > MAX_AGE_MS || this.jobs.size >= MAX_JOBS) this.jobs.delete(t);
    const token = newToken();
    this.jobs.set(token, { draft, blank, page, status: { state: 'open' }, openedAt: now });
    return token;
  }

  /** the job, for the framed editor; throws when there is none or it is done */
  job(token: string): { draft: ClipDraft; blank: boolean } {
    const j = this.jobs.get(token);
    if (j?.status.state !== 'open') throw new Error('this editor is closed');
    return { draft: j.draft, blank: j.blank };
  }

  /** how the job stands, for the page that opened it (and only that page) */
  status(token: string, page: string): EditorStatus {
    const j = this.jobs.get(token);
    if (!j || j.page !== page) return { state: 'gone' };
    if (j.status.state !== 'open') this.jobs.delete(token);
    return j.status;
  }

  done(token: string, status: EditorStatus): void {
    const j = this.jobs.get(token);
    if (j) j.status = status;
  }
}
