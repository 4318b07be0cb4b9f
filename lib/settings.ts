// The reader's switches, kept in the extension's local storage (the "storage" permission): tagging
// switched off for a site (by host name) or for one page (by URL without fragment), and pages the
// reader asked to have read as reports whatever the detector says ("read this page"). The page
// toolbar and the popup write them; the background keeps its content script for read pages in step
// (lib/background/read-pages.ts). Whether the reader keeps the page toolbar collapsed. And the language the reader picked for the extension pages, so the popup and the
// dashboard agree.
import { storage } from 'wxt/utils/storage';
import { pageUrl } from './clip/clip';
import { browserLang, LANGS, type Lang } from './i18n';

export interface Switches {
  /** host names tagging is off for */
  sites: string[];
  /** page URLs (no fragment) tagging is off for */
  pages: string[];
  /** page URLs (no fragment) read as reports at the reader's request */
  reads: string[];
}

/** a kind of switch, as the popup lists them */
export type SwitchKind = keyof Switches;

export type OffScope = 'site' | 'page';

/** pages remembered at most: the oldest switch is forgotten first */
const MAX_PAGES = 500;

export const switches = storage.defineItem<Switches>('local:switches', { fallback: { sites: [], pages: [], reads: [] } });

/** the page toolbar collapsed or not, as the reader last left it; null until they choose */
export const toolbarCollapsed = storage.defineItem<boolean | null>('local:toolbarCollapsed', { fallback: null });

/** whether tagging is off for `url`, and by which switch */
export function offScope(s: Pick<Switches, 'sites' | 'pages'>, url: string): OffScope | null {
  const u = new URL(url);
  if (s.sites.includes(u.hostname)) return 'site';
  if (s.pages.includes(pageUrl(url))) return 'page';
  return null;
}

/** whether the reader asked for `url` to be read as a report */
export function isReadPage(s: Switches, url: string): boolean {
  return s.reads.includes(pageUrl(url));
}

/**
 * The switches with tagging turned off (scope given) or back on (null) for `url`. "Off for this
 * page" on a page read at the reader's request takes that request back, and no more: the gate turns
 * the page away again.
 */
export function withSwitch(s: Switches, url: string, scope: OffScope | null): Switches {
  const host = new URL(url).hostname;
  const page = pageUrl(url);
  const sites = s.sites.filter((h) => h !== host);
  const pages = s.pages.filter((p) => p !== page);
  const reads = scope ? s.reads.filter((p) => p !== page) : s.reads;
  if (scope === 'site') sites.push(host);
  if (scope === 'page' && reads.length === s.reads.length) pages.push(page);
  return { sites, pages: pages.slice(-MAX_PAGES), reads };
}

/** the switches with `url` read as a report (it is no longer off for this page), or no longer */
export function withRead(s: Switches, url: string, read: boolean): Switches {
  const page = pageUrl(url);
  const reads = s.reads.filter((p) => p !== page);
  if (read) reads.push(page);
  return { ...s, pages: read ? s.pages.filter((p) => p !== page) : s.pages, reads: reads.slice(-MAX_PAGES) };
}

/** the switches without one entry, as the popup lists them */
export function without(s: Switches, kind: SwitchKind, value: string): Switches {
  return { ...s, [kind]: s[kind].filter((v) => v !== value) };
}

export async function readSwitches(): Promise<Switches> {
  const s = await switches.getValue();
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return { sites: list(s?.sites), pages: list(s?.pages), reads: list(s?.reads) };
}

/** change the switches (read, changed, written: the popup, the toolbar and the background share them) */
export async function updateSwitches(change: (s: Switches) => Switches): Promise<Switches> {
  const next = change(await readSwitches());
  await switches.setValue(next);
  return next;
}

export async function setSwitch(url: string, scope: OffScope | null): Promise<void> {
  await updateSwitches((s) => withSwitch(s, url, scope));
}

/** the reader's own choice of language, when they made one (defined on first use: the module also runs in Node) */
let langItem: ReturnType<typeof defineLangChoice> | null = null;
const defineLangChoice = () => storage.defineItem<Lang | null>('local:uiLanguage', { fallback: null });
const chosenLang = () => (langItem ??= defineLangChoice());

/** the pages' language: the reader's choice, else the browser's */
export async function loadLang(): Promise<Lang> {
  try {
    const l = await chosenLang().getValue();
    if (l && LANGS.includes(l)) return l;
  } catch {
    // no storage (a test page, or the permission missing): the browser's language
  }
  return browserLang(navigator.languages);
}

/** call `onChange` with the language whenever the reader picks another (in the popup or dashboard); returns the unwatch */
export function watchLang(onChange: (lang: Lang) => void): () => void {
  return chosenLang().watch((l) => onChange(l && LANGS.includes(l) ? l : browserLang(navigator.languages)));
}

export async function saveLang(lang: Lang): Promise<void> {
  try {
    await chosenLang().setValue(lang);
  } catch {
    // kept for this page only
  }
}
