// The background's side of the message protocol (lib/messages.ts): checks who sends what, checks
// its shape against the message's schema, and hands it to the code that does the work. Browser APIs
// come in as `deps`, so this runs, and is tested, in Node (tests/unit/router.test.ts).
import type { Request, Reply, ResponseOf } from '../messages';
import { FROM_CONTENT, FROM_EXTENSION_PAGE, REQUEST_SCHEMAS } from '../messages';
import { check } from '../check';
import { pageUrl } from '../clip/clip';
import { DraftSchema, InvalidClip, checkClip } from '../clip/schema';
import { detect } from '../detect/detect';
import { extract } from '../extract/index';
import { NotOwnClip, addClips, checkClips, clipsOfPage, keepClip, removePageClips, replaceClip } from '../db/clips';
import type { Found } from '../clip/source';
import { findSameReport } from '../db/mirrors';
import { EditorJobs } from './editor-jobs';
import type { ReportLensDb } from '../db/schema';

/** who sent a message, as the browser reports it (runtime.MessageSender, the fields we use) */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface RouterDeps {
  extensionId: string;
  /** the extension's own origin: chrome-extension://ID or moz-extension://UUID */
  extensionOrigin: string;
  db: () => ReportLensDb;
  setBadge: (tabId: number, count: number | null) => Promise<void> | void;
  openTab: (url: string) => Promise<void> | void;
  /** read a tab's page as a report, now and on every visit (./read-pages.ts); resolves to its URL */
  readPage: (tabId: number) => Promise<string>;
}

export class Rejected extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** clips the reader asked to see in their page, by URL: taken once by that page's content script */
const pendingFocus = new Map<string, string>();

/** drafts being corrected in the framed editor */
const editors = new EditorJobs();

function jobOf(token: string) {
  try {
    return editors.job(token);
  } catch (e) {
    throw new Rejected((e as Error).message);
  }
}

export async function route(message: unknown, sender: Sender, deps: RouterDeps): Promise<Reply<unknown>> {
  try {
    const value = await dispatch(message, sender, deps);
    return { ok: true, value };
  } catch (e) {
    return {
      ok: false,
      error:
        e instanceof Rejected || e instanceof InvalidClip || e instanceof NotOwnClip
          ? e.message
          : `internal error: ${(e as Error).message}`,
    };
  }
}

async function dispatch(message: unknown, sender: Sender, deps: RouterDeps): Promise<ResponseOf[Request['type']]> {
  if (sender.id !== deps.extensionId) throw new Rejected('message from another extension');
  if (!isObject(message) || typeof message.type !== 'string') throw new Rejected('not a Report Lens message');
  const type = message.type as Request['type'];
  // content scripts send from the page's URL, extension pages from the extension's own
  const fromPage = !!sender.url && !sender.url.startsWith(deps.extensionOrigin);
  if (fromPage ? !FROM_CONTENT.has(type) : !FROM_EXTENSION_PAGE.has(type)) {
    throw new Rejected(`${type} may not come from ${fromPage ? 'a web page' : 'an extension page'}`);
  }
  const request = check(REQUEST_SCHEMAS[type], message, Rejected) as Request;

  switch (request.type) {
    case 'analyze': {
      const { text, title, heading } = request;
      const detection = detect(text, { title, heading });
      const asReport = detection.isReport || !!request.asReport;
      const mentions = asReport ? extract(text, { title, meta: detection }) : [];
      // a report the reader clipped at another address: its clips are this page's too (lib/db/mirrors.ts)
      if (asReport) {
        await findSameReport(deps.db(), pageUrl(sender.url!), text, detection).catch((e: Error) =>
          console.warn('Report Lens: could not look for this report elsewhere:', e.message),
        );
      }
      return { detection, mentions };
    }
    case 'extract': {
      const { text, title, heading } = request;
      return extract(text, { title, heading });
    }
    case 'clips:add': {
      const drafts = request.clips.map((d) => checkClip(DraftSchema, d));
      const from = pageUrl(sender.url!);
      if (drafts.some((d) => pageUrl(d.url) !== from)) throw new Rejected('a page may only clip from itself');
      return addClips(deps.db(), drafts);
    }
    case 'clips:page': {
      const url = pageUrl(request.url);
      if (url !== pageUrl(sender.url!)) throw new Rejected('a page may only read its own clips');
      const clips = await clipsOfPage(deps.db(), url);
      const focus = pendingFocus.get(url) ?? null;
      pendingFocus.delete(url);
      return { clips, focus };
    }
    case 'clips:check': {
      await checkClips(deps.db(), sender.url!, request.checks as Array<Found & { id: string }>);
      return null;
    }
    case 'clips:replace': {
      const draft = checkClip(DraftSchema, request.clip);
      if (pageUrl(draft.url) !== pageUrl(sender.url!)) throw new Rejected('a page may only clip from itself');
      return { id: await replaceClip(deps.db(), sender.url!, request.id, draft) };
    }
    case 'clips:remove': {
      return removePageClips(deps.db(), sender.url!, request.ids);
    }
    case 'clips:keep': {
      await keepClip(deps.db(), sender.url!, request.id);
      return null;
    }
    case 'tab:count': {
      if (sender.tab?.id !== undefined) await deps.setBadge(sender.tab.id, request.count);
      return null;
    }
    case 'editor:open': {
      const draft = checkClip(DraftSchema, request.draft);
      const page = pageUrl(sender.url!);
      if (pageUrl(draft.url) !== page) throw new Rejected('a page may only clip from itself');
      return { token: editors.open(draft, page, request.blank) };
    }
    case 'editor:status':
      return editors.status(request.token, pageUrl(sender.url!));
    case 'editor:job':
      return jobOf(request.token);
    case 'editor:save': {
      const { token, edits, note, tags } = request;
      // the reader's corrections are checked as the draft's own (a clear message naming the field)
      const draft = checkClip(DraftSchema, {
        ...jobOf(token).draft,
        edits,
        ...(note !== undefined ? { note } : {}),
        ...(tags !== undefined ? { tags } : {}),
      });
      const { ids } = await addClips(deps.db(), [draft]);
      editors.done(token, { state: 'saved', id: ids[0], ...(draft.edits ? { edits: draft.edits } : {}) });
      return { id: ids[0] };
    }
    case 'editor:close':
      editors.done(request.token, { state: 'closed' });
      return null;
    case 'clip:open': {
      const clip = await deps.db().clips.get(request.id);
      if (!clip) throw new Rejected('no such clip');
      pendingFocus.set(clip.url, clip.id);
      await deps.openTab(clip.url);
      return null;
    }
    case 'page:read': {
      return { url: await deps.readPage(request.tabId) };
    }
  }
}
