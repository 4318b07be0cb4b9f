// The reader's switches, as data (stored by ../settings.ts): tagging off for a site (by host name) or
// for one page (by URL without fragment), and pages the reader asked to have read as reports whatever
// the detector says ("read this page"). Pure, so the background's and the tests' code share it.
import { pageUrl } from './clip/clip';

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
