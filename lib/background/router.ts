// The background's side of the message protocol (lib/messages.ts): checks who sends what, checks
// its shape, and hands it to the code that does the work. Browser APIs come in as `deps`, so this
// runs, and is tested, in Node.
import type { Request, Reply, ResponseOf } from '../messages';
import { FROM_CONTENT, FROM_EXTENSION_PAGE, MAX_ANALYZE_CHARS, MAX_CLIPS_PER_MESSAGE } from '../messages';
import { InvalidClip, pageUrl, validateDraft } from '../clip/clip';
import { detect } from '../detect/detect';
import { extract } from '../extract/index';
import { addClips, clipsOfPage } from '../db/clips';
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
}

export class Rejected extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** clips the reader asked to see in their page, by URL: taken once by that page's content script */
const pendingFocus = new Map<string, string>();

export async function route(message: unknown, sender: Sender, deps: RouterDeps): Promise<Reply<unknown>> {
  try {
    const value = await dispatch(message, sender, deps);
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: e instanceof Rejected || e instanceof InvalidClip ? e.message : `internal error: ${(e as Error).message}` };
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

  switch (type) {
    case 'analyze': {
      const { text, title, url, heading } = message;
      if (typeof text !== 'string' || typeof title !== 'string' || typeof url !== 'string') throw new Rejected('analyze needs text, title and url');
      if (heading !== undefined && (typeof heading !== 'string' || heading.length > 4000)) throw new Rejected('analyze: heading must be a short string');
      if (text.length > MAX_ANALYZE_CHARS) throw new Rejected(`page text too long to analyse (${text.length} characters)`);
      const detection = detect(text, { title, heading: heading as string | undefined });
      const mentions = detection.isReport ? extract(text, { title, meta: detection }) : [];
      return { detection, mentions };
    }
    case 'clips:add': {
      const clips = message.clips;
      if (!Array.isArray(clips) || clips.length === 0 || clips.length > MAX_CLIPS_PER_MESSAGE) throw new Rejected('clips:add needs a list of clips');
      const drafts = clips.map(validateDraft);
      const from = pageUrl(sender.url!);
      if (drafts.some((d) => pageUrl(d.url) !== from)) throw new Rejected('a page may only clip from itself');
      return addClips(deps.db(), drafts);
    }
    case 'clips:page': {
      if (typeof message.url !== 'string') throw new Rejected('clips:page needs a url');
      const url = pageUrl(message.url);
      if (url !== pageUrl(sender.url!)) throw new Rejected('a page may only read its own clips');
      const clips = await clipsOfPage(deps.db(), url);
      const focus = pendingFocus.get(url) ?? null;
      pendingFocus.delete(url);
      return { clips, focus };
    }
    case 'tab:count': {
      const count = message.count;
      if (count !== null && !(Number.isInteger(count) && (count as number) >= 0)) throw new Rejected('tab:count needs a count');
      if (sender.tab?.id !== undefined) await deps.setBadge(sender.tab.id, count as number | null);
      return null;
    }
    case 'clip:open': {
      if (typeof message.id !== 'string') throw new Rejected('clip:open needs a clip id');
      const clip = await deps.db().clips.get(message.id);
      if (!clip) throw new Rejected('no such clip');
      pendingFocus.set(clip.url, clip.id);
      await deps.openTab(clip.url);
      return null;
    }
  }
}
