// The reader's switches, kept in the extension's local storage (the "storage" permission): tagging
// switched off for a site (by host name) or for one page (by URL without fragment). Only the content
// script's toolbar writes them; the popup may read them. Whether the reader keeps the page toolbar
// collapsed. And the language the reader picked for the extension pages, so the popup and the
// dashboard agree.
import { storage } from 'wxt/utils/storage';
import { pageUrl } from './clip/clip';
import { browserLang, LANGS, type Lang } from './i18n';

export interface Switches {
  /** host names tagging is off for */
  sites: string[];
  /** page URLs (no fragment) tagging is off for */
  pages: string[];
}

export type OffScope = 'site' | 'page';

/** pages remembered at most: the oldest switch is forgotten first */
const MAX_PAGES = 500;

export const switches = storage.defineItem<Switches>('local:switches', { fallback: { sites: [], pages: [] } });

/** the page toolbar collapsed or not, as the reader last left it; null until they choose */
export const toolbarCollapsed = storage.defineItem<boolean | null>('local:toolbarCollapsed', { fallback: null });

/** whether tagging is off for `url`, and by which switch */
export function offScope(s: Switches, url: string): OffScope | null {
  const u = new URL(url);
  if (s.sites.includes(u.hostname)) return 'site';
  if (s.pages.includes(pageUrl(url))) return 'page';
  return null;
}

/** the switches with tagging turned off (scope given) or back on (null) for `url` */
export function withSwitch(s: Switches, url: string, scope: OffScope | null): Switches {
  const host = new URL(url).hostname;
  const page = pageUrl(url);
  const sites = s.sites.filter((h) => h !== host);
  const pages = s.pages.filter((p) => p !== page);
  if (scope === 'site') sites.push(host);
  if (scope === 'page') pages.push(page);
  return { sites, pages: pages.slice(-MAX_PAGES) };
}

export async function readSwitches(): Promise<Switches> {
  const s = await switches.getValue();
  return { sites: Array.isArray(s?.sites) ? s.sites : [], pages: Array.isArray(s?.pages) ? s.pages : [] };
}

export async function setSwitch(url: string, scope: OffScope | null): Promise<void> {
  await switches.setValue(withSwitch(await readSwitches(), url, scope));
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
