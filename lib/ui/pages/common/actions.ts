// What the extension pages do outside their own state: ask the background to open a clip's page
// (it remembers the clip, and the page's content script scrolls to it and flashes it), load the
// bundled sample, and hand a file to the browser's download.
import { browser } from 'wxt/browser';
import { send } from '../../../messages';
import type { ReportLensDb } from '../../../db/schema';
import { importClips, type ImportResult } from '../../../db/transfer';
import { parseClipsFile } from '../../../clip/import';

export async function openClip(id: string): Promise<void> {
  await send((m) => browser.runtime.sendMessage(m), { type: 'clip:open', id });
}

export const SAMPLE_PATH = '/sample-clips.json';

/** the sample clips shipped in public/ (built from real report pages; tests/unit/export-sample.test.ts) */
export async function loadSample(db: ReportLensDb): Promise<ImportResult> {
  const res = await fetch(browser.runtime.getURL(SAMPLE_PATH as '/'));
  return importClips(db, await parseClipsFile(await res.text()));
}

export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** YYYYMMDD-HHmm, for export file names */
export function stamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

/** only web pages are linked: an imported clip's URL is checked, and checked again here */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
