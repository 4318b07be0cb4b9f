// npm run bench -- page: the content script in real Chromium with the built extension.
//
//   · Taicang report page and a 2 MB report (its article repeated): time from navigation until every
//     mark is in place, against the same page with tagging switched off for the site (the page's own
//     load, plus our gate); the longest main-thread task from the content script's start until done
//     (script, style, layout and paint alike), against the page's own longest task while loading;
//   · large non-report pages (2 MB Chinese news, 2 MB English): the content script's whole cost —
//     compiling and running it, the gate, marking the page not-report — against the floor: a
//     minimal content script (in a second extension loaded beside ours) that only reads the same
//     3000 characters of the page. Goal ≤ 2 ms.
//
// Everything is read from a Chrome trace (CDP Tracing): RunTask events of the page's main thread;
// EvaluateScript / FunctionCall events whose script is our content script; a console.timeStamp the
// page makes (through an init script) when data-rl-state says the work is done. Median of N loads.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION, launch, serve, type Browser, type Site } from '../e2e/harness';
import { bigChineseNews, bigEnglish, bigReport } from '../e2e/content-pages';
import { report, type Row } from './report';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** our scripts in the page: the gate (every page) and the Lens (report pages) */
const OURS = /\/content-(?:gate|lens)\.js/;
const FLOOR = /\/floor\.js/;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; message?: string } };
}

interface Load {
  /** ms from navigation start until the content script was done (marks in place, or state set) */
  done: number;
  /** ms from navigation start to the load event */
  load: number;
  /** the longest main-thread task (ms) from the content script's start until done */
  longestWhileWorking: number;
  /** the longest main-thread task (ms) from navigation to the load event */
  longestWhileLoading: number;
  /** ms of main-thread time in our content scripts (evaluating them, calls into them) */
  scriptMs: number;
  /** the same for the minimal content script of the floor extension, when loaded */
  floorMs: number;
  marks: number;
}

/**
 * Marks the moment the content script is done, for the trace and for performance.now(). A string:
 * a function would be serialised with the helpers tsx adds to it, which the page does not have.
 */
const RECORDER = `(() => {
  const check = () => {
    const r = document.documentElement;
    const s = r && r.getAttribute('data-rl-state');
    if (window.__rlDone || !s) return;
    if ((s === 'tagged' && !r.hasAttribute('data-rl-pending')) || s === 'not-report' || s === 'off') {
      window.__rlDone = performance.now();
      console.timeStamp('rl:done');
    }
  };
  new MutationObserver(check).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-rl-state', 'data-rl-pending'] });
})();`;

async function measure(browser: Browser, site: Site, file: string): Promise<Load> {
  const page: Page = await browser.context.newPage();
  await page.addInitScript(RECORDER);
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' } as never);
  await page.goto(site.url(file), { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __rlDone?: number }).__rlDone, null, { timeout: 120_000, polling: 100 });
  await page.waitForTimeout(200);
  const inPage = await page.evaluate(() => ({
    done: (window as unknown as { __rlDone: number }).__rlDone,
    load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    marks: document.querySelectorAll('rl-mark').length,
  }));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();

  const doneStamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'rl:done');
  if (!doneStamp) throw new Error(`${file}: no rl:done in the trace`);
  const main = events.filter((e) => e.pid === doneStamp.pid && e.tid === doneStamp.tid && e.ph === 'X');
  const ours = scriptEvents(main, OURS);
  const start = Math.min(...ours.filter((e) => e.name === 'EvaluateScript').map((e) => e.ts));
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === doneStamp.pid)?.ts ?? Math.min(...main.map((e) => e.ts));
  const loadTs = nav + inPage.load * 1000;
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur);
  const longest = (from: number, to: number) => Math.max(0, ...tasks.filter((t) => t.ts >= from && t.ts <= to).map((t) => t.dur! / 1000));
  return {
    done: inPage.done,
    load: inPage.load,
    longestWhileWorking: Number.isFinite(start) ? longest(start, doneStamp.ts) : 0,
    longestWhileLoading: longest(nav, loadTs),
    scriptMs: busyMs(ours),
    floorMs: busyMs(scriptEvents(main, FLOOR)),
    marks: inPage.marks,
  };
}

/** the events of the scripts whose URL matches: evaluating them, and calls into them */
function scriptEvents(events: TraceEvent[], url: RegExp): TraceEvent[] {
  return events.filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') && url.test(e.args?.data?.url ?? ''));
}

/** the main-thread time the events cover (one inside another counted once) */
function busyMs(events: TraceEvent[]): number {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  let us = 0;
  let coveredTo = 0;
  for (const e of sorted) {
    const end = e.ts + (e.dur ?? 0);
    if (e.ts >= coveredTo) us += e.dur ?? 0;
    else if (end > coveredTo) us += end - coveredTo;
    coveredTo = Math.max(coveredTo, end);
  }
  return us / 1000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function medianLoad(browser: Browser, site: Site, file: string): Promise<Load & { all: Load[] }> {
  const all: Load[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await measure(browser, site, file));
  const pick = (k: keyof Load) => median(all.map((l) => l[k]));
  return { done: pick('done'), load: pick('load'), longestWhileWorking: pick('longestWhileWorking'), longestWhileLoading: pick('longestWhileLoading'), scriptMs: pick('scriptMs'), floorMs: pick('floorMs'), marks: pick('marks'), all };
}

async function switchSite(browser: Browser, off: boolean): Promise<void> {
  await browser.worker.evaluate(async (off) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ switches: { sites: off ? ['127.0.0.1'] : [], pages: [] } });
  }, off);
}

/** a second extension whose content script only reads what our gate reads: the floor of any content script */
function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-floor-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'floor', version: '1', content_scripts: [{ matches: ['http://*/*'], js: ['floor.js'], run_at: 'document_idle' }] }));
  writeFileSync(
    join(dir, 'floor.js'),
    `(() => { const w = document.createTreeWalker(document.body, 5, { acceptNode: (n) => n.nodeType === 1 && /^(SCRIPT|STYLE)$/.test(n.tagName) ? 2 : 1 });
      let s = ''; for (let n = w.nextNode(); n && s.length < 3000; n = w.nextNode()) if (n.nodeType === 3) s += n.data;
      document.documentElement.setAttribute('data-floor', String(s.length)); })();`,
  );
  return dir;
}

async function launchWithFloor(floor: string): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'rl-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${EXTENSION},${floor}`, `--load-extension=${EXTENSION},${floor}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    userDataDir,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** the report pages: time to tag, the longest task while tagging, against tagging off for the site */
async function reportPages(site: Site, files: { taicang: string; big: string }, rows: Row[]): Promise<void> {
  const browser = await launch();
  try {
    // warm up: the service worker, the HTTP cache, the extension's code
    await measure(browser, site, files.taicang);
    for (const [label, file] of [['Taicang report (46 KB)', files.taicang], ['2 MB report', files.big]] as const) {
      await switchSite(browser, true);
      const off = await medianLoad(browser, site, file);
      await switchSite(browser, false);
      const on = await medianLoad(browser, site, file);
      if (!on.marks) throw new Error(`${file}: nothing tagged`);
      rows.push({ name: `${label}: navigation → all ${on.marks} marks in place`, value: on.done, unit: 'ms', baseline: { name: 'tagging off for the site', value: off.done } });
      rows.push({ name: `${label}: longest main-thread task while tagging`, value: on.longestWhileWorking, unit: 'ms', baseline: { name: "page's own longest task loading", value: off.longestWhileLoading }, goal: '≤ 50 ms' });
      rows.push({ name: `${label}: content-script main-thread time`, value: on.scriptMs, unit: 'ms', baseline: { name: 'tagging off for the site', value: off.scriptMs } });
    }
  } finally {
    await browser.close();
  }
}

export default async function bench(): Promise<void> {
  const files = { taicang: 'taicang-2023-report.html', big: bigReport(), news: bigChineseNews(), english: bigEnglish() };
  const site = await serve();
  const rows: Row[] = [];
  // BENCH_PAGES=report or non-report: only one half
  const only = process.env.BENCH_PAGES;
  try {
    if (only !== 'non-report') await reportPages(site, files, rows);
    if (only !== 'report') await nonReportPages(site, files, rows);
  } finally {
    await site.close();
  }
  report(rows);
}

/** pages that are not reports: the content script's whole cost, against a minimal content script */
async function nonReportPages(site: Site, files: { news: string; english: string }, rows: Row[]): Promise<void> {
  const floor = floorExtension();
  const withFloor = await launchWithFloor(floor);
  try {
    await measure(withFloor, site, files.english);
    for (const [label, file] of [['2 MB Chinese news page (no report)', files.news], ['2 MB English page', files.english], ['small English page', 'neg-english-budget.html']] as const) {
      const l = await medianLoad(withFloor, site, file);
      if (l.marks) throw new Error(`${file}: a non-report page was tagged`);
      rows.push({ name: `${label}: content-script time`, value: l.scriptMs, unit: 'ms', baseline: { name: 'a minimal content script', value: l.floorMs }, goal: '≤ 2 ms' });
    }
  } finally {
    await withFloor.close();
    rmSync(floor, { recursive: true, force: true });
  }
}
