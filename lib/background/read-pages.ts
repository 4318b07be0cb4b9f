// "Read this page": the reader asks for a page the Lens turned away (or has not decided on) to be
// read as a report, now and on every visit, from the popup or the page's context menu. The reader's
// switch (settings.ts `reads`) is the one record of it. The gate, which runs on every page, never
// reads storage for it (that would cost every page a few ms): the background keeps one dynamic
// content script, entrypoints/content-read.ts, registered for exactly those pages (a match pattern
// from each URL), in step with the switch; the first reading runs the same script into the tab.
import { pageUrl } from '../clip/clip';
import { withRead, type Switches } from '../switches';
import { Rejected } from './router';

/** the registered script's id, and its file in the build */
export const READ_SCRIPT_ID = 'read-pages';
export const READ_SCRIPT = '/content-read.js';

/** what of the browser's scripting API this needs (chrome.scripting; Firefox has it in MV2 from 102) */
export interface Scripting {
  registerContentScripts(scripts: Array<Record<string, unknown> & { id: string; matches: string[] }>): Promise<unknown>;
  updateContentScripts(scripts: Array<{ id: string; matches: string[] }>): Promise<unknown>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

export interface ReadPagesDeps {
  scripting: Scripting;
  /** the URL of a tab's page (readable with the host permission), undefined when not a web page */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  /** change the reader's switches in storage (settings.ts updateSwitches) */
  updateSwitches: (change: (s: Switches) => Switches) => Promise<Switches>;
}

/**
 * The match pattern of a page: scheme, host, path and query, so that it matches that page alone —
 * but for its port (patterns differ there between browsers; any port matches) and a `*` in its path
 * (a wildcard in a pattern). The Lens checks the page against the switch itself. Null: a URL no
 * pattern of a content script can match (not http or https).
 */
export function matchPatternOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return `${u.protocol}//${u.hostname}${u.pathname}${u.search}`;
}

/** the registered script's patterns for these pages (each once, in order) */
export function patternsOf(pages: string[]): string[] {
  return [...new Set(pages.map(matchPatternOf).filter((p): p is string => !!p))];
}

let syncing: Promise<void> = Promise.resolve();

/** register, update or unregister the script of read pages to match the switch (one change at a time) */
export function syncReadScript(scripting: Scripting, pages: string[]): Promise<void> {
  const run = async () => {
    const matches = patternsOf(pages);
    const [now] = await scripting.getRegisteredContentScripts({ ids: [READ_SCRIPT_ID] });
    if (!matches.length) {
      if (now) await scripting.unregisterContentScripts({ ids: [READ_SCRIPT_ID] });
    } else if (!now) {
      await scripting.registerContentScripts([
        { id: READ_SCRIPT_ID, matches, js: [READ_SCRIPT], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
      ]);
    } else if (String(now.matches) !== String(matches)) {
      await scripting.updateContentScripts([{ id: READ_SCRIPT_ID, matches }]);
    }
  };
  syncing = syncing.then(run, run);
  return syncing;
}

/** read the tab's page as a report: the switch, the registered script, and the Lens started in the tab now */
export async function readPage(deps: ReadPagesDeps, tabId: number): Promise<string> {
  const url = await deps.tabUrl(tabId);
  if (!url || !matchPatternOf(url)) {
    const scheme = url ? `${url.split(':')[0]}: ` : '';
    throw new Rejected(`only web pages (http, https) can be read, not this ${scheme}page`);
  }
  const s = await deps.updateSwitches((s) => withRead(s, url, true));
  await syncReadScript(deps.scripting, s.reads);
  try {
    await deps.scripting.executeScript({ target: { tabId }, files: [READ_SCRIPT] });
  } catch (e) {
    // a page the browser keeps extensions out of (its web store): not remembered either
    const back = await deps.updateSwitches((s) => withRead(s, url, false));
    await syncReadScript(deps.scripting, back.reads);
    throw new Rejected(`the browser does not let this page be read (${(e as Error).message})`);
  }
  return pageUrl(url);
}

/** how the toolbar button shows the outcome of a reading the reader asked for away from the popup */
export interface ReadOutcome {
  /** the reason it failed, in words (the popup's own reading shows it in the popup instead) */
  failed: (tabId: number, why: string) => Promise<void>;
  /** it worked: any failure shown before on this tab goes */
  read: (tabId: number) => Promise<void>;
}

/**
 * "Read this page" from the page's context menu: no popup is open to say why it failed, so the toolbar
 * button says it (a mark on its badge, the reason on hover) rather than the background's log alone.
 */
export async function readFromMenu(deps: ReadPagesDeps, outcome: ReadOutcome, tabId: number): Promise<void> {
  try {
    await readPage(deps, tabId);
  } catch (e) {
    await outcome.failed(tabId, (e as Error).message);
    return;
  }
  await outcome.read(tabId);
}

/** the script in step with the switch, from the background's start (`now`) on (`watch`: each change) */
export async function keepReadScriptInStep(
  scripting: Scripting,
  now: Promise<Switches>,
  watch: (then: (s: Switches) => void) => void,
): Promise<void> {
  watch((s) => void syncReadScript(scripting, s.reads).catch((e) => console.warn('Report Lens: read pages:', e)));
  await syncReadScript(scripting, (await now).reads);
}
