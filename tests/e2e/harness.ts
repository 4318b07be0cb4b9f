// Real Chromium with the built extension loaded, and the fixture pages served on 127.0.0.1
// (content scripts do not run on file://). See ../shared/TOOLCHAIN.md.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium } from './chromium';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = resolve(ROOT, '../shared/fixtures/pages');
/** pages the tests make themselves (big reports, hostile pages), served beside the fixtures */
export const GENERATED = join(ROOT, 'tests/e2e/.pages');
/** the browser driven (./chromium.ts): found once, when first launched */
let chromiumPath: string | null = null;
const CHROMIUM = () => (chromiumPath ??= findChromium());

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface Site {
  origin: string;
  url: (page: string) => string;
  close: () => Promise<void>;
}

/** serve the fixture pages (and tests/e2e/.pages) on 127.0.0.1 */
export async function serve(extra: Record<string, string> = {}): Promise<Site> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (extra[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(extra[path]);
      return;
    }
    for (const dir of [FIXTURES, GENERATED]) {
      const file = normalize(join(dir, path));
      if (!file.startsWith(dir)) continue;
      try {
        if (!statSync(file).isFile()) continue;
      } catch {
        continue;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (page) => `${origin}/${page.replace(/^\//, '')}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** close the browser; the profile stays unless `removeProfile` */
  close: (removeProfile?: boolean) => Promise<void>;
}

/** how Chromium is launched with an extension: headless, offline but for 127.0.0.1, no background chatter */
export function launchOptions(extension = EXTENSION) {
  return {
    executablePath: CHROMIUM(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  };
}

/** Chromium with the extension; pass a profile folder to reopen an earlier session's profile */
export async function launch(userDataDir = mkdtempSync(join(tmpdir(), 'rl-profile-'))): Promise<Browser> {
  const context = await chromium.launchPersistentContext(userDataDir, launchOptions());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    close: async (removeProfile = true) => {
      await context.close();
      if (removeProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
