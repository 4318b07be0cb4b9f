// The reader's settings, kept in the extension's local storage (the "storage" permission): the
// switches (./switches.ts: off for a site or a page, pages read as reports at the reader's request),
// which the page toolbar and the popup write and the background keeps its content script of read
// pages in step with (lib/background/read-pages.ts); whether the reader keeps the page toolbar
// collapsed; and the language the reader picked for the extension pages, so the popup and the
// dashboard agree.
import { storage } from 'wxt/utils/storage';
import { browserLang, LANGS, type Lang } from './i18n';
import { withSwitch, type OffScope, type Switches } from './switches';

export { isReadPage, offScope, withRead, withSwitch, without, type OffScope, type SwitchKind, type Switches } from './switches';

export const switches = storage.defineItem<Switches>('local:switches', { fallback: { sites: [], pages: [], reads: [] } });

/** the page toolbar collapsed or not, as the reader last left it; null until they choose */
export const toolbarCollapsed = storage.defineItem<boolean | null>('local:toolbarCollapsed', { fallback: null });

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
