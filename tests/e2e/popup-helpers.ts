// Shared by the popup and dashboard end-to-end tests, the popup bench and the screenshots: open the
// extension's pages, read and reset its database from its own origin (raw IndexedDB, no test hooks in
// the extension), import a file through the dashboard like a reader would, and make clips.
import type { Page } from 'playwright-core';
import type { Browser } from './harness';
import type { Clip, ClipDraft } from '../../lib/clip/clip';
import type { Mention } from '../../lib/model/mention';
import { clipFromDraft } from '../../lib/clip/make';
import { toJson } from '../../lib/clip/export';
import { ui } from './closed-ui';

export async function extensionPage(b: Browser, path: 'popup.html' | 'dashboard.html', page?: Page): Promise<Page> {
  const p = page ?? (await b.context.newPage());
  await p.goto(`chrome-extension://${b.extensionId}/${path}`);
  return p;
}

/** the popup, once it has painted its first view (it sets data-rl-ready) */
export async function openPopup(b: Browser, page?: Page): Promise<Page> {
  const p = await extensionPage(b, 'popup.html', page);
  await p.waitForSelector('html[data-rl-ready="true"]');
  return p;
}

/** every clip in the extension's database, by id */
export async function dbClips(page: Page): Promise<Clip[]> {
  const rows = await page.evaluate(
    () =>
      new Promise<unknown[]>((ok, fail) => {
        const req = indexedDB.open('report-lens');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('clips')) return ok([]);
          const get = db.transaction('clips').objectStore('clips').getAll();
          get.onsuccess = () => {
            db.close();
            ok(get.result);
          };
          get.onerror = () => fail(get.error);
        };
      }),
  );
  return (rows as Clip[]).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** empty the database (the extension's page must be open: its origin owns the database) */
export async function resetDb(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.open('report-lens');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const stores = ['clips', 'reports', 'aliases'].filter((s) => db.objectStoreNames.contains(s));
          if (!stores.length) return ok();
          const tx = db.transaction(stores, 'readwrite');
          for (const s of stores) tx.objectStore(s).clear();
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

/**
 * Import a file through the dashboard's file input; resolves with what the page said: the notice
 * after a good import, or the error after a refused one.
 */
export async function importThroughDashboard(dash: Page, name: string, text: string): Promise<{ ok: boolean; text: string }> {
  // earlier notices go first, so that the one awaited is this import's
  for (const close of ['.toast-close', '.error-close']) {
    const l = dash.locator(close);
    if (await l.count()) await l.first().click();
  }
  await dash
    .locator('input[type=file][data-action=import]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  const done = dash.locator('.toast, .error[role=alert]').first();
  await done.waitFor({ timeout: 60_000 });
  const isError = (await done.getAttribute('role')) === 'alert';
  return { ok: !isError, text: (await done.textContent()) ?? '' };
}

export interface ClipSpec {
  indicator: string;
  text: string;
  value: number;
  valueMax?: number;
  unit: string;
  measure?: Mention['measure'];
  qualifier?: Mention['qualifier'];
  kind: Mention['kind'];
  period: number | null;
  region: string | null;
  regionPath?: string[];
  url: string;
  reportYear?: number | null;
  title?: string;
  sentence?: string;
  createdAt?: number;
}

/** a clip as the extension would store it (through the same draft → clip path) */
export function makeClip(s: ClipSpec): Clip {
  const sentence = s.sentence ?? `${s.indicator}增长${s.text}。`;
  const at = Math.max(0, sentence.indexOf(s.text));
  const mention: Mention = {
    text: s.text,
    start: at,
    end: at + s.text.length,
    indicator: s.indicator,
    measure: s.measure ?? 'growth',
    value: s.value,
    unit: s.unit,
    qualifier: s.qualifier ?? 'exact',
    kind: s.kind,
    period: s.period,
  };
  if (s.valueMax !== undefined) mention.valueMax = s.valueMax;
  const draft: ClipDraft = {
    mention,
    url: s.url,
    pageTitle: s.title ?? `${s.region ?? ''}${s.reportYear ?? ''}年政府工作报告`,
    region: s.region,
    regionPath: s.regionPath ?? (s.region ? [s.region] : []),
    reportYear: s.reportYear ?? (s.period === null ? null : s.kind === 'target' ? s.period : s.period + 1),
    reportType: 'work-report',
    reportTitle: s.title ?? null,
    sentence,
    selector: {
      quote: {
        type: 'TextQuoteSelector',
        exact: s.text,
        prefix: sentence.slice(Math.max(0, at - 32), at),
        suffix: sentence.slice(at + s.text.length, at + s.text.length + 32),
      },
      position: { type: 'TextPositionSelector', start: at, end: at + s.text.length },
    },
  };
  return clipFromDraft(draft, s.createdAt ?? Date.UTC(2024, 0, 1));
}

export const clipsFile = (clips: Clip[]): string => toJson(clips);

/**
 * The id of the first tagged mention whose whole text (its pieces joined: a figure may be split
 * across elements, <span>2</span>%以上) is `text`.
 */
export async function markIdOf(page: Page, text: string, kind?: 'target' | 'actual'): Promise<string> {
  await page.waitForSelector('html[data-rl-state=tagged]:not([data-rl-pending])');
  const id = await page.evaluate(
    ([want, k]) => {
      const byId = new Map<string, { text: string; kind: string | null }>();
      for (const m of document.querySelectorAll('rl-mark[data-rl-id]')) {
        const id = m.getAttribute('data-rl-id')!;
        const e = byId.get(id);
        if (e) e.text += m.textContent;
        else byId.set(id, { text: m.textContent ?? '', kind: m.getAttribute('data-rl-kind') });
      }
      for (const [id, e] of byId) if (e.text === want && (!k || e.kind === k)) return id;
      return null;
    },
    [text, kind ?? null] as const,
  );
  if (!id) throw new Error(`no tagged mention "${text}" on ${page.url()}`);
  return id;
}

/** clip a tagged mention the way a reader does with the keyboard: focus it, press Enter */
export async function clipByKeyboard(page: Page, text: string, kind?: 'target' | 'actual'): Promise<string> {
  const id = await markIdOf(page, text, kind);
  const mark = page.locator(`rl-mark[data-rl-id="${id}"]`).first();
  await mark.press('Enter');
  await ui(page, `rl-clips [data-rl-id="${id}"][data-rl-clipped="true"]`).waitFor();
  return id;
}
