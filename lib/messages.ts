// The one message protocol between the extension's parts. Content scripts reach the background
// only through these; the background checks every message's shape and sender before acting
// (lib/background/router.ts), so a page — which can at most make our content script act on what it
// shows — can neither create clips for another page nor read any.
import type { Detection } from './detect/detect';
import type { Mention } from './model/mention';
import type { ClipDraft, PageClip } from './clip/clip';

export type { PageClip };

export interface AnalyzeRequest {
  type: 'analyze';
  /** the article's flattened text (lib/page/flatten) */
  text: string;
  title: string;
  /** the text around the article: its heading and byline (lib/page/read.ts articleHeading) */
  heading: string;
  url: string;
}
export interface AnalyzeResponse {
  detection: Detection;
  /** empty when the page is not a report */
  mentions: Mention[];
}

export interface AddClipsRequest {
  type: 'clips:add';
  clips: ClipDraft[];
}
export interface AddClipsResponse {
  /** ids of the clips, in order; a mention clipped before keeps its id and is not added twice */
  ids: string[];
  added: number;
}

export interface PageClipsRequest {
  type: 'clips:page';
  url: string;
}
export interface PageClipsResponse {
  clips: PageClip[];
  /** a clip the reader asked to be shown (from the popup): scroll to it and flash it */
  focus: string | null;
}

export interface TabCountRequest {
  type: 'tab:count';
  /** mentions tagged on the sending tab, null to clear */
  count: number | null;
}

export interface OpenClipRequest {
  type: 'clip:open';
  id: string;
}

export type Request = AnalyzeRequest | AddClipsRequest | PageClipsRequest | TabCountRequest | OpenClipRequest;

export interface ResponseOf {
  analyze: AnalyzeResponse;
  'clips:add': AddClipsResponse;
  'clips:page': PageClipsResponse;
  'tab:count': null;
  'clip:open': null;
}

/** what comes back: the response, or an error the sender can show */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** messages content scripts may send; the others only extension pages may */
export const FROM_CONTENT: ReadonlySet<Request['type']> = new Set(['analyze', 'clips:add', 'clips:page', 'tab:count']);
export const FROM_EXTENSION_PAGE: ReadonlySet<Request['type']> = new Set(['clip:open']);

/** the most text a page may send for analysis (about 8 MB of UTF-16) */
export const MAX_ANALYZE_CHARS = 4_000_000;
/** the most clips one message may carry ("clip all targets" of a long report stays far below) */
export const MAX_CLIPS_PER_MESSAGE = 2000;

/** send a request to the background and unwrap its reply (throws the background's error) */
export async function send<R extends Request>(
  sendMessage: (msg: unknown) => Promise<unknown>,
  request: R,
): Promise<ResponseOf[R['type']]> {
  const reply = (await sendMessage(request)) as Reply<ResponseOf[R['type']]> | undefined;
  if (!reply) throw new Error('Report Lens: the background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
