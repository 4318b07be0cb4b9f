// The one message protocol between the extension's parts. Content scripts reach the background
// only through these; the background checks every message's shape and sender before acting
// (lib/background/router.ts), so a page — which can at most make our content script act on what it
// shows — can neither create clips for another page nor read any.
import * as v from 'valibot';
import type { Detection } from './detect/detect';
import type { Mention } from './model/mention';
import type { ClipDraft, PageClip } from './clip/clip';
import type { Edit } from './clip/edit';

export type { PageClip };

/** the most text a page may send for analysis (about 8 MB of UTF-16) */
export const MAX_ANALYZE_CHARS = 4_000_000;
/** the most clips one message may carry ("clip all targets" of a long report stays far below) */
export const MAX_CLIPS_PER_MESSAGE = 2000;

// One schema per request: the background checks each message against it (lib/background/router.ts),
// and the request's type comes from it.
export const AnalyzeRequestSchema = v.object({
  type: v.literal('analyze'),
  /** the article's flattened text (lib/page/flatten) */
  text: v.pipe(v.string('analyze needs text'), v.maxLength(MAX_ANALYZE_CHARS, 'page text too long to analyse')),
  title: v.string('analyze needs a title'),
  /** the text around the article: its heading and byline (lib/page/read.ts articleHeading) */
  heading: v.optional(v.pipe(v.string(), v.maxLength(4000, 'analyze: heading must be a short string'))),
  url: v.string('analyze needs a url'),
  /** the reader asked for the page to be read as a report: extracted whatever the detector says */
  asReport: v.optional(v.boolean()),
});

/** the reader clipped a selection: the engine reads the sentence it stands in (the page's title and heading for the report's year) */
export const ExtractRequestSchema = v.object({
  type: v.literal('extract'),
  text: v.pipe(v.string('extract needs text'), v.maxLength(4000, 'extract: the text must be a sentence or two')),
  title: v.string('extract needs a title'),
  heading: AnalyzeRequestSchema.entries.heading,
});

export const AddClipsRequestSchema = v.object({
  type: v.literal('clips:add'),
  clips: v.message(v.pipe(v.array(v.unknown()), v.minLength(1), v.maxLength(MAX_CLIPS_PER_MESSAGE)), 'clips:add needs a list of clips'),
});

export const PageClipsRequestSchema = v.object({
  type: v.literal('clips:page'),
  url: v.string('clips:page needs a url'),
});

export const TabCountRequestSchema = v.object({
  type: v.literal('tab:count'),
  /** mentions tagged on the sending tab, null to clear */
  count: v.message(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))), 'tab:count needs a count'),
});

/** what re-anchoring found of the page's clips, where it differs from what the database holds */
export const CheckClipsRequestSchema = v.object({
  type: v.literal('clips:check'),
  checks: v.message(
    v.pipe(
      v.array(
        v.object({
          id: v.string(),
          status: v.picklist(['found', 'changed', 'lost']),
          now: v.optional(v.pipe(v.string(), v.maxLength(2000))),
        }),
      ),
      v.minLength(1),
      v.maxLength(MAX_CLIPS_PER_MESSAGE),
    ),
    'clips:check needs a list of checks',
  ),
});

/** the reader's answer to a changed figure: replace the clip by one of the figure now there, or keep it */
export const ReplaceClipRequestSchema = v.object({
  type: v.literal('clips:replace'),
  id: v.string('clips:replace needs a clip id'),
  /** checked as a draft (lib/clip/schema.ts) */
  clip: v.unknown(),
});

/** the reader takes clips of this page back: un-clipping from the card, or undoing "clip all targets" */
export const RemoveClipsRequestSchema = v.object({
  type: v.literal('clips:remove'),
  ids: v.message(v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(MAX_CLIPS_PER_MESSAGE)), 'clips:remove needs a list of clip ids'),
});

export const KeepClipRequestSchema = v.object({
  type: v.literal('clips:keep'),
  id: v.string('clips:keep needs a clip id'),
});

export const OpenClipRequestSchema = v.object({
  type: v.literal('clip:open'),
  id: v.string('clip:open needs a clip id'),
});

// The editor: the reader's corrections, note and tags for a clip being made are typed in an extension
// page framed into the page (lib/ui/pages/editor), never in the page's own document, so that no page
// script can read what is typed. The content script hands the draft to the background (editor:open)
// and asks how it went (editor:status); the framed page reads it (editor:job) and saves (editor:save).
const token = (what: string) => v.message(v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)), `${what} needs an editor token`);

export const OpenEditorRequestSchema = v.object({
  type: v.literal('editor:open'),
  /** checked as a draft (lib/clip/schema.ts) */
  draft: v.unknown(),
  /** the engine read no figure: the reader types the value */
  blank: v.optional(v.boolean()),
});

export const EditorStatusRequestSchema = v.object({ type: v.literal('editor:status'), token: token('editor:status') });
export const EditorJobRequestSchema = v.object({ type: v.literal('editor:job'), token: token('editor:job') });
export const EditorCloseRequestSchema = v.object({ type: v.literal('editor:close'), token: token('editor:close') });

export const EditorSaveRequestSchema = v.object({
  type: v.literal('editor:save'),
  token: token('editor:save'),
  /** checked as an edit, with the note and tags (lib/clip/schema.ts) */
  edits: v.unknown(),
  note: v.optional(v.unknown()),
  tags: v.optional(v.unknown()),
});

/** "read this page" in the popup: read the tab's page as a report, now and on every visit */
export const ReadPageRequestSchema = v.object({
  type: v.literal('page:read'),
  tabId: v.message(v.pipe(v.number(), v.integer(), v.minValue(0)), 'page:read needs a tab id'),
});

export const REQUEST_SCHEMAS = {
  analyze: AnalyzeRequestSchema,
  extract: ExtractRequestSchema,
  'clips:add': AddClipsRequestSchema,
  'clips:page': PageClipsRequestSchema,
  'tab:count': TabCountRequestSchema,
  'clips:check': CheckClipsRequestSchema,
  'clips:replace': ReplaceClipRequestSchema,
  'clips:keep': KeepClipRequestSchema,
  'clips:remove': RemoveClipsRequestSchema,
  'clip:open': OpenClipRequestSchema,
  'editor:open': OpenEditorRequestSchema,
  'editor:status': EditorStatusRequestSchema,
  'editor:job': EditorJobRequestSchema,
  'editor:save': EditorSaveRequestSchema,
  'editor:close': EditorCloseRequestSchema,
  'page:read': ReadPageRequestSchema,
} as const;

export type AnalyzeRequest = v.InferOutput<typeof AnalyzeRequestSchema>;
export type ExtractRequest = v.InferOutput<typeof ExtractRequestSchema>;
/** the drafts are checked one by one (lib/clip/schema.ts DraftSchema), so the error names the bad field */
export type AddClipsRequest = Omit<v.InferOutput<typeof AddClipsRequestSchema>, 'clips'> & { clips: ClipDraft[] };
export type PageClipsRequest = v.InferOutput<typeof PageClipsRequestSchema>;
export type TabCountRequest = v.InferOutput<typeof TabCountRequestSchema>;
export type OpenClipRequest = v.InferOutput<typeof OpenClipRequestSchema>;
export type CheckClipsRequest = v.InferOutput<typeof CheckClipsRequestSchema>;
export type ReplaceClipRequest = Omit<v.InferOutput<typeof ReplaceClipRequestSchema>, 'clip'> & { clip: ClipDraft };
export type KeepClipRequest = v.InferOutput<typeof KeepClipRequestSchema>;
export type RemoveClipsRequest = v.InferOutput<typeof RemoveClipsRequestSchema>;
export type OpenEditorRequest = Omit<v.InferOutput<typeof OpenEditorRequestSchema>, 'draft'> & { draft: ClipDraft };
export type EditorStatusRequest = v.InferOutput<typeof EditorStatusRequestSchema>;
export type EditorJobRequest = v.InferOutput<typeof EditorJobRequestSchema>;
export type EditorSaveRequest = v.InferOutput<typeof EditorSaveRequestSchema>;
export type EditorCloseRequest = v.InferOutput<typeof EditorCloseRequestSchema>;
export type ReadPageRequest = v.InferOutput<typeof ReadPageRequestSchema>;
export type Request =
  | AnalyzeRequest
  | ExtractRequest
  | AddClipsRequest
  | PageClipsRequest
  | CheckClipsRequest
  | ReplaceClipRequest
  | KeepClipRequest
  | RemoveClipsRequest
  | TabCountRequest
  | OpenClipRequest
  | OpenEditorRequest
  | EditorStatusRequest
  | EditorJobRequest
  | EditorSaveRequest
  | EditorCloseRequest
  | ReadPageRequest;

export interface AnalyzeResponse {
  detection: Detection;
  /** empty when the page is not a report */
  mentions: Mention[];
}

export interface AddClipsResponse {
  /** ids of the clips, in order; a mention clipped before keeps its id and is not added twice */
  ids: string[];
  added: number;
  /** the ids this request added (what an undo takes back) */
  fresh: string[];
}

export interface PageClipsResponse {
  clips: PageClip[];
  /** a clip the reader asked to be shown (from the popup): scroll to it and flash it */
  focus: string | null;
}

export interface ResponseOf {
  analyze: AnalyzeResponse;
  /** the mentions of the text, offsets into it */
  extract: Mention[];
  'clips:add': AddClipsResponse;
  'clips:page': PageClipsResponse;
  'clips:check': null;
  /** the id of the clip that replaced it */
  'clips:replace': { id: string };
  'clips:keep': null;
  /** how many clips went */
  'clips:remove': number;
  'tab:count': null;
  'clip:open': null;
  'editor:open': { token: string };
  'editor:status': EditorStatus;
  'editor:job': { draft: ClipDraft; blank: boolean };
  'editor:save': { id: string };
  'editor:close': null;
  /** the page's URL (without fragment), now read as a report */
  'page:read': { url: string };
}

/** how an editor the content script opened stands: open, saved (as clip `id`), closed, or gone (the background restarted) */
export type EditorStatus = { state: 'open' } | { state: 'saved'; id: string; edits?: Edit } | { state: 'closed' } | { state: 'gone' };

/** what comes back: the response, or an error the sender can show */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** messages content scripts may send; the others only extension pages may */
export const FROM_CONTENT: ReadonlySet<Request['type']> = new Set([
  'analyze',
  'extract',
  'clips:add',
  'clips:page',
  'clips:check',
  'clips:replace',
  'clips:keep',
  'clips:remove',
  'tab:count',
  'editor:open',
  'editor:status',
]);
export const FROM_EXTENSION_PAGE: ReadonlySet<Request['type']> = new Set([
  'clip:open',
  'page:read',
  'editor:job',
  'editor:save',
  'editor:close',
]);

/**
 * The one message the background sends: to the extension's pages (the popup), when the Lens in a tab
 * tagged its page (count) or let it go (null) — the popup's offer to read the page follows it.
 */
export interface TabCounted {
  type: 'tab:counted';
  tabId: number;
  count: number | null;
}

export const isTabCounted = (m: unknown): m is TabCounted =>
  typeof m === 'object' && m !== null && (m as TabCounted).type === 'tab:counted' && Number.isInteger((m as TabCounted).tabId);

/** send a request to the background and unwrap its reply (throws the background's error) */
export async function send<R extends Request>(sendMessage: (msg: unknown) => Promise<unknown>, request: R): Promise<ResponseOf[R['type']]> {
  const reply = (await sendMessage(request)) as Reply<ResponseOf[R['type']]> | undefined;
  if (!reply) throw new Error('Report Lens: the background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
