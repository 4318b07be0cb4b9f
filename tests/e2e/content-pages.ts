// Pages the content-script tests and benchmark make from the fixtures: a 2 MB report (the Taicang
// article repeated), large non-report pages, a hostile page and a ruby page. Written to
// tests/e2e/.pages (gitignored), which the harness serves beside the fixtures.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import type { Page, Worker } from 'playwright-core';
import { FIXTURES, GENERATED, ROOT, type Browser } from './harness';
import type { Mention } from '../../lib/model/mention';
import type { Clip } from '../../lib/clip/clip';
import { TURNED_AWAY_PROBE } from '../../lib/page/lens-start';
import { trueInContentWorld } from './content-world';
import { clipStates, ui } from './closed-ui';

export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** the inner HTML of the Taicang report's article (#zoom) */
export function taicangArticle(): string {
  const html = fixture('taicang-2023-report.html');
  const start = html.indexOf('<div class="content" id="zoom">');
  const end = html.indexOf('<div class="share">');
  return html.slice(html.indexOf('>', start) + 1, html.lastIndexOf('</div>', end));
}

function write(name: string, html: string): string {
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(join(GENERATED, name), html);
  return name;
}

/** the Taicang report page with its article repeated to about `bytes` */
export function bigReport(bytes = 2 * 1024 * 1024): string {
  const page = fixture('taicang-2023-report.html');
  const article = taicangArticle();
  const times = Math.max(1, Math.round(bytes / Buffer.byteLength(article)));
  const big = Array.from({ length: times }, () => article).join('\n');
  return write(`big-report-${times}.html`, page.replace(article, big));
}

/** a large Chinese news page that is no report: many short news items, no report words in its title */
export function bigChineseNews(bytes = 2 * 1024 * 1024): string {
  const item = (i: number) =>
    `<div class="item"><h3><a href="#">第${i}条 本地新闻：社区举办邻里文化节活动</a></h3><p>本报讯 第${i}届邻里文化节日前在社区广场开幕，居民们带来了书法、剪纸、舞蹈等节目，现场气氛热烈。活动持续三天，吸引了周边居民和游客前来观看，志愿者为老人和孩子准备了茶点和小礼物。</p></div>\n`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const s = item(i);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return write(
    'big-news-zh.html',
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>社区新闻 - 本地生活频道</title></head><body><div class="list">${parts.join('')}</div></body></html>`,
  );
}

/** a large English page */
export function bigEnglish(bytes = 2 * 1024 * 1024): string {
  const item = (i: number) =>
    `<p>Item ${i}. The city council met on Tuesday to discuss the new library, which is expected to open next spring with 120,000 books and a budget of $4.2 million, up 3.5% from last year's plan.</p>\n`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const s = item(i);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return write(
    'big-english.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City News</title></head><body><main>${parts.join('')}</main></body></html>`,
  );
}

// ---- reading what the content script did ---------------------------------------------------------

/**
 * Whether the content script turned the page away (the gate, or the detector after it): it says so
 * in its own isolated world, which the driver reads and the page cannot; the page gets nothing written.
 */
export async function turnedAway(page: Page): Promise<boolean> {
  return trueInContentWorld(page, TURNED_AWAY_PROBE).catch(() => false);
}

/** wait until the content script has decided: tagged with every mark in place, off, or not a report (turned away) */
export async function settled(page: Page, timeout = 30_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await page
      .evaluate(() => {
        const r = document.documentElement;
        const s = r.getAttribute('data-rl-state');
        return (s === 'tagged' && !r.hasAttribute('data-rl-pending')) || s === 'off' ? s : null;
      })
      .catch(() => null); // a navigation under way
    if (state) return state;
    if (await turnedAway(page)) return 'not-report';
    if (Date.now() > deadline) throw new Error(`${page.url()}: the content script did not decide in ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

export interface TaggedMention {
  id: string;
  text: string;
  kind: string;
  pieces: number;
  clipped: boolean;
}

/** the tagged mentions in document order: marks grouped by data-rl-id */
export async function taggedMentions(page: Page): Promise<TaggedMention[]> {
  const clipped = await clipStates(page);
  const tagged = await page.evaluate(() => {
    const out = new Map<string, { id: string; text: string; kind: string; pieces: number; clipped: boolean }>();
    for (const m of document.querySelectorAll('rl-mark[data-rl-id]')) {
      const id = m.getAttribute('data-rl-id')!;
      const t = out.get(id) ?? {
        id,
        text: '',
        kind: m.getAttribute('data-rl-kind')!,
        pieces: 0,
        clipped: false,
      };
      t.text += m.textContent;
      t.pieces++;
      out.set(id, t);
    }
    return [...out.values()];
  });
  for (const t of tagged) t.clipped = clipped[t.id] === 'true';
  return tagged;
}

/** what the extract CLI finds in an .html file (mentions with offsets into its article's flat text) */
export function cliMentions(file: string): Mention[] {
  const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'cli/extract.ts'), '--json', file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(out) as Mention[];
}

/** the CLI's mentions of the page as it stands now (our marks and UI hosts taken out of its HTML) */
export async function cliMentionsOfLivePage(page: Page): Promise<Mention[]> {
  const html = await page.evaluate(() => `<!doctype html>${document.documentElement.outerHTML}`);
  const clean = html
    .replace(/<rl-mark\b[^>]*>/g, '')
    .replace(/<\/rl-mark>/g, '')
    .replace(/<rl-(?:toolbar|card|editor|clips)\b[^>]*>[\s\S]*?<\/rl-(?:toolbar|card|editor|clips)>/g, '');
  const file = join(tmpdir(), `rl-live-${process.pid}-${Date.now()}.html`);
  writeFileSync(file, clean);
  try {
    return cliMentions(file);
  } finally {
    rmSync(file, { force: true });
  }
}

/** text without white space: marks never hold white-space-only pieces, so compare without it */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** the clips in the extension's database, read in the service worker */
export function readClips(worker: Worker): Promise<Clip[]> {
  return worker.evaluate(
    () =>
      new Promise<Clip[]>((resolve, reject) => {
        const open = indexedDB.open('report-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('clips')) {
            db.close();
            resolve([]);
            return;
          }
          const req = db.transaction('clips').objectStore('clips').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** a button of our toolbar, in its open shadow root */
export const toolbarButton = (page: Page, action: string) => ui(page, `rl-toolbar [data-rl-action="${action}"]`);
export const cardButton = (page: Page, action: string) => ui(page, `rl-card [data-rl-action="${action}"]`);

/** open a clip as the popup does (clip:open from an extension page); resolves to the tab its page opens in */
export async function openClipFromExtension(browser: Browser, id: string): Promise<Page> {
  const ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const opened = browser.context.waitForEvent('page');
  await ext.evaluate(
    (clipId) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'clip:open',
        id: clipId,
      }),
    id,
  );
  const page = await opened;
  await ext.close();
  return page;
}
