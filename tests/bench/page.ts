// npm run bench -- page: the content script in real Chromium with the built extension.
//
//   · Taicang report page and a 2 MB report (its article repeated): time from navigation until every
//     mark is in place, against the same page with tagging switched off for the site (the page's own
//     load, plus our gate); the longest main-thread task from the content script's start until done
//     (script, style, layout and paint alike), against the page's own longest task while loading;
//   · pages that are not reports (2 MB Chinese news, 2 MB English, a small English page): the content
//     script's whole cost — compiling and running it, the gate, saying the page is turned away (a
//     global of its isolated world; nothing is written into the page) — against the floor: a minimal
//     content script that reads the same 3000 characters the way our gate reads them and says it is done
//     the same way. Goal ≤ 2 ms. Cold (the first page in a new tab: the renderer
//     compiles the script) and warm (a later page in the same tab: compiled already).
//
// Everything is read from a Chrome trace (CDP Tracing): RunTask events of the page's main thread;
// EvaluateScript / FunctionCall / v8.compile events whose script is ours (nested ones counted once);
// a console.timeStamp the page makes (through an init script) when data-rl-state says the work is
// done (report pages; on the others the content script's isolated-world global is polled from outside,
// tests/e2e/content-world.ts). Median of N loads (BENCH_RUNS), each in a new tab: a new renderer, so our script is compiled
// cold every time (a later page of the same site in the same tab reuses V8's in-memory cache).
//
// How the non-report half is kept fair (each point was measured; see nonReportPages):
//   · no recorder in the page: its MutationObserver ran inside our script's EvaluateScript (the
//     microtask checkpoint after it) and was counted as ours — 0.5–3 ms on a ~2 ms script;
//   · ours and the floor each in a browser of its own: beside each other, the first content script
//     on a page pays the bindings set-up that isolated worlds share (~1 ms), and Chromium runs the
//     extensions' scripts in extension-id order, so ours (a fixed id) mostly paid it for the floor;
//   · the two browsers take turns page by page, so a busy machine slows both alike; and thread (CPU)
//     time is reported beside wall time, since a shared 2-core machine stretches wall time.
// BENCH_EXTENSION=<folder> measures another build than .output/chrome-mv3 there; BENCH_BEFORE=<folder>
// adds an earlier build to the same turns (before/after of a change, under the same load).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { EXTENSION, launch, launchOptions, serve, type Browser, type Site } from '../e2e/harness';
import { bigChineseNews, bigEnglish, bigReport, turnedAway } from '../e2e/content-pages';
import { trueInContentWorld } from '../e2e/content-world';
import { report, type Row } from './report';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** our scripts in the page: the gate (every page) and the Lens (report pages) */
const OURS = /\/content-(?:gate|lens)\.js/;
const FLOOR = /\/floor\.js/;
/** the build the non-report half measures (default: the one `wxt build` made) */
const BENCH_EXTENSION = process.env.BENCH_EXTENSION ?? EXTENSION;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** thread (CPU) time */
  tdur?: number;
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
  /** the same two in CPU time (ms of the task's thread time) */
  longestCpuWhileWorking: number;
  longestCpuWhileLoading: number;
  /** ms of main-thread time in our content scripts (evaluating them, calls into them) */
  scriptMs: number;
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
    if ((s === 'tagged' && !r.hasAttribute('data-rl-pending')) || s === 'off') {
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
  const stopTrace = await startTrace(cdp);
  await page.goto(site.url(file), { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __rlDone?: number }).__rlDone, null, { timeout: 120_000, polling: 100 });
  await page.waitForTimeout(200);
  const inPage = await page.evaluate(() => ({
    done: (window as unknown as { __rlDone: number }).__rlDone,
    load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    marks: document.querySelectorAll('rl-mark').length,
  }));
  const events = await stopTrace();
  await page.close();

  const doneStamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'rl:done');
  if (!doneStamp) throw new Error(`${file}: no rl:done in the trace`);
  const main = events.filter((e) => e.pid === doneStamp.pid && e.tid === doneStamp.tid && e.ph === 'X');
  const ours = scriptEvents(main, OURS);
  const start = Math.min(...ours.filter((e) => e.name === 'EvaluateScript').map((e) => e.ts));
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === doneStamp.pid)?.ts ?? Math.min(...main.map((e) => e.ts));
  const loadTs = nav + inPage.load * 1000;
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur);
  const longest = (from: number, to: number, cpu = false) =>
    Math.max(0, ...tasks.filter((t) => t.ts >= from && t.ts <= to).map((t) => (cpu ? (t.tdur ?? t.dur!) : t.dur!) / 1000));
  return {
    done: inPage.done,
    load: inPage.load,
    longestWhileWorking: Number.isFinite(start) ? longest(start, doneStamp.ts) : 0,
    longestWhileLoading: longest(nav, loadTs),
    longestCpuWhileWorking: Number.isFinite(start) ? longest(start, doneStamp.ts, true) : 0,
    longestCpuWhileLoading: longest(nav, loadTs, true),
    scriptMs: busyMs(ours),
    marks: inPage.marks,
  };
}

/**
 * Starts a trace of the page's timeline and V8's work; the returned function ends it and reads it.
 * The trace is kept in the browser until the end: streamed as it is made, taking it in here would
 * compete for the (two) cores with the very tasks being timed.
 */
async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const complete = new Promise<{ stream?: string }>((ok) => cdp.once('Tracing.tracingComplete', ok as never));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReturnAsStream',
  } as never);
  return async () => {
    await cdp.send('Tracing.end');
    return readTrace(cdp, (await complete).stream);
  };
}

/** a trace recorded with transferMode ReturnAsStream */
async function readTrace(cdp: CDPSession, handle: string | undefined): Promise<TraceEvent[]> {
  if (!handle) throw new Error('the trace came without a stream');
  let json = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle })) as { data: string; eof: boolean; base64Encoded?: boolean };
    json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(json) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** the events of the scripts whose URL matches: evaluating them, and calls into them */
function scriptEvents(events: TraceEvent[], url: RegExp): TraceEvent[] {
  return events.filter(
    (e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') && url.test(e.args?.data?.url ?? ''),
  );
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

/** the main thread's CPU time in the events: the outermost ones' thread time (one inside another counted once) */
function cpuMs(events: TraceEvent[]): number {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let us = 0;
  let coveredTo = 0;
  for (const e of sorted) {
    if (e.ts < coveredTo) continue;
    us += e.tdur ?? e.dur ?? 0;
    coveredTo = e.ts + (e.dur ?? 0);
  }
  return us / 1000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function medianLoad(browser: Browser, site: Site, file: string): Promise<Load & { all: Load[] }> {
  const all: Load[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await measure(browser, site, file));
  const pick = (k: keyof Load) => median(all.map((l) => l[k]));
  return {
    done: pick('done'),
    load: pick('load'),
    longestWhileWorking: pick('longestWhileWorking'),
    longestWhileLoading: pick('longestWhileLoading'),
    longestCpuWhileWorking: pick('longestCpuWhileWorking'),
    longestCpuWhileLoading: pick('longestCpuWhileLoading'),
    scriptMs: pick('scriptMs'),
    marks: pick('marks'),
    all,
  };
}

async function switchSite(browser: Browser, off: boolean): Promise<void> {
  await browser.worker.evaluate(async (off) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ switches: { sites: off ? ['127.0.0.1'] : [], pages: [] } });
  }, off);
}

/** the floor's global when done */
const FLOOR_DONE = '__floorDone';

/**
 * The floor: an extension whose content script only reads what our gate reads at most — 3000
 * characters of the body's text, by the same walk (text nodes, their parent's name checked) — and
 * sets one global of its world (as ours does on a page it turns away). What any content script that looks at a
 * page's text pays.
 */
function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['floor.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(
    join(dir, 'floor.js'),
    `(() => { const w = document.createTreeWalker(document.body, 4); let s = '';
      for (let n = w.nextNode(); n && s.length < 3000; n = w.nextNode())
        switch (n.parentNode.localName) { case 'script': case 'style': case 'noscript': case 'textarea': case 'title': case 'option': continue; default: s += n.data; }
      globalThis.${FLOOR_DONE} = s.length > 0; })();`,
  );
  return dir;
}

/** Chromium with one extension (the same flags as the e2e harness), no service worker awaited */
async function launchAlone(extension: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'rl-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, launchOptions(extension));
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** one content script's cost on one page load: wall and CPU time on the main thread */
interface ScriptCost {
  wallMs: number;
  cpuMs: number;
  state: string | null;
  marks: number;
}

/**
 * How a contender says it is done with a page: ours turns it away with a global of its isolated world
 * (a build from before that marked <html> data-rl-state="not-report"), the floor with one of its own.
 */
type Done = (page: Page) => Promise<boolean>;
const oursDone: Done = async (page) =>
  (await turnedAway(page)) || (await page.evaluate(() => document.documentElement.hasAttribute('data-rl-state')).catch(() => false));
const floorDone: Done = (page) => trueInContentWorld(page, `globalThis.${FLOOR_DONE} === true`).catch(() => false);

async function waitDone(page: Page, done: Done): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await done(page))) {
    if (Date.now() > deadline) throw new Error(`${page.url()}: the content script did not finish`);
    await page.waitForTimeout(50);
  }
}

/**
 * Loads a page in a new tab and measures the content script whose URL matches `script`, once it
 * says it is done. Nothing of ours runs in the page: it is polled from outside.
 * `warm`: the page is loaded once before, in the same tab, and the second load is measured — the
 * renderer has compiled the script already (V8's compilation cache), as on every page after the
 * first that a reader opens in a tab.
 */
async function measureScript(
  context: BrowserContext,
  site: Site,
  file: string,
  script: RegExp,
  done: Done,
  warm = false,
): Promise<ScriptCost> {
  const page = await context.newPage();
  if (warm) {
    await page.goto(site.url(file), { waitUntil: 'load' });
    await waitDone(page, done);
  }
  const cdp = await context.newCDPSession(page);
  const stopTrace = await startTrace(cdp);
  await page.goto(site.url(file), { waitUntil: 'load' });
  await waitDone(page, done);
  // later calls into the script (observers, timers) count too
  await page.waitForTimeout(200);
  const inPage = await page.evaluate(() => ({
    state: document.documentElement.getAttribute('data-rl-state'),
    marks: document.querySelectorAll('rl-mark').length,
  }));
  if (!inPage.state && (await turnedAway(page))) inPage.state = 'not-report';
  const events = await stopTrace();
  await page.close();
  const mine = scriptEvents(
    events.filter((e) => e.ph === 'X'),
    script,
  );
  const first = mine.find((e) => e.name === 'EvaluateScript');
  if (!first) throw new Error(`${file}: no EvaluateScript of ${script} in the trace`);
  const main = mine.filter((e) => e.pid === first.pid && e.tid === first.tid);
  return { wallMs: busyMs(main), cpuMs: cpuMs(main), ...inPage };
}

/** the report pages: time to tag, the longest task while tagging, against tagging off for the site */
async function reportPages(site: Site, files: { taicang: string; big: string }, rows: Row[]): Promise<void> {
  const browser = await launch();
  try {
    // warm up: the service worker, the HTTP cache, the extension's code
    await measure(browser, site, files.taicang);
    for (const [label, file] of [
      ['Taicang report (46 KB)', files.taicang],
      ['2 MB report', files.big],
    ] as const) {
      await switchSite(browser, true);
      const off = await medianLoad(browser, site, file);
      await switchSite(browser, false);
      const on = await medianLoad(browser, site, file);
      if (!on.marks) throw new Error(`${file}: nothing tagged`);
      rows.push({
        name: `${label}: navigation → all ${on.marks} marks in place`,
        value: on.done,
        unit: 'ms',
        baseline: { name: 'tagging off for the site', value: off.done },
      });
      rows.push({
        name: `${label}: longest main-thread task while tagging`,
        value: on.longestWhileWorking,
        unit: 'ms',
        baseline: { name: "page's own longest task loading", value: off.longestWhileLoading },
        goal: '≤ 50 ms',
      });
      rows.push({
        name: `${label}: … the same in CPU time`,
        value: on.longestCpuWhileWorking,
        unit: 'ms',
        baseline: { name: "page's own, in CPU time", value: off.longestCpuWhileLoading },
      });
      if (process.env.BENCH_VERBOSE)
        console.log(
          `${label}: longest task per run (wall/CPU ms): ${on.all.map((l) => `${l.longestWhileWorking.toFixed(1)}/${l.longestCpuWhileWorking.toFixed(1)}`).join('  ')}`,
        );
      rows.push({
        name: `${label}: content-script main-thread time`,
        value: on.scriptMs,
        unit: 'ms',
        baseline: { name: 'tagging off for the site', value: off.scriptMs },
      });
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

/**
 * Pages that are not reports: the content script's whole cost, against the floor. With
 * BENCH_BEFORE=<another build's folder>, that build is measured in the same turns too, so a change
 * to the gate is compared with what it replaces under the same load on the machine.
 */
async function nonReportPages(site: Site, files: { news: string; english: string }, rows: Row[]): Promise<void> {
  const floor = floorExtension();
  const contenders = [
    { name: 'ours', extension: BENCH_EXTENSION, script: OURS, done: oursDone },
    { name: 'floor', extension: floor, script: FLOOR, done: floorDone },
    ...(process.env.BENCH_BEFORE ? [{ name: 'before', extension: process.env.BENCH_BEFORE, script: OURS, done: oursDone }] : []),
  ];
  const browsers: Array<{ context: BrowserContext; close: () => Promise<void> }> = [];
  try {
    for (const c of contenders) browsers.push(await launchAlone(c.extension));
    const run = (k: number, file: string, warm = false) =>
      measureScript(browsers[k].context, site, file, contenders[k].script, contenders[k].done, warm);
    // warm up: each browser's first-run work, the HTTP cache
    for (let k = 0; k < contenders.length; k++) await run(k, files.english);
    const pages = [
      ['2 MB Chinese news page (no report)', files.news],
      ['2 MB English page', files.english],
      ['small English page', 'neg-english-budget.html'],
    ] as const;
    // cold: the first page in a new tab (a new renderer compiles our script); warm: a later page in
    // the same tab (compiled already) — CPU time only, the wall time says the same
    for (const [label, file] of pages) {
      for (const warm of [false, true]) {
        const loads: ScriptCost[][] = contenders.map(() => []);
        for (let i = 0; i < RUNS; i++) {
          // take turns, each first in turn, so that whatever else the machine does slows all alike
          for (let j = 0; j < contenders.length; j++) {
            const k = (i + j) % contenders.length;
            loads[k].push(await run(k, file, warm));
          }
        }
        for (const [k, c] of contenders.entries()) {
          const wrong = c.script === OURS && loads[k].find((l) => l.marks || l.state !== 'not-report');
          if (wrong) throw new Error(`${file}: a non-report page came out ${wrong.state} with ${wrong.marks} marks (${c.name})`);
        }
        const [mine, floors, before] = loads;
        for (const [what, key] of warm
          ? ([['CPU', 'cpuMs']] as const)
          : ([
              ['CPU', 'cpuMs'],
              ['wall', 'wallMs'],
            ] as const)) {
          const xs = mine.map((l) => l[key]);
          const ys = floors.map((l) => l[key]);
          const name = warm ? `${label}, a later page in the same tab: content-script CPU time` : `${label}: content-script ${what} time`;
          rows.push({
            name: `${name} (${spread(xs)})`,
            value: median(xs),
            unit: 'ms',
            baseline: { name: `the floor (${spread(ys)})`, value: median(ys) },
            goal: '≤ 2 ms',
          });
          if (before) {
            const zs = before.map((l) => l[key]);
            rows.push({
              name: `${name}: … against BENCH_BEFORE`,
              value: median(xs),
              unit: 'ms',
              baseline: { name: `BENCH_BEFORE (${spread(zs)})`, value: median(zs) },
            });
          }
        }
      }
    }
  } finally {
    for (const b of browsers) await b.close();
    rmSync(floor, { recursive: true, force: true });
  }
}

/** the spread of a row's loads: how many, and the least and most */
const spread = (xs: number[]): string => `${xs.length} loads, ${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
