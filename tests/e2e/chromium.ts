// Which browser the end-to-end tests, benches and screenshots drive: one that loads an unpacked
// extension from the command line (Chromium, or Playwright's own Chromium; branded Google Chrome
// ignores --load-extension since version 137). The first that exists of: $CHROMIUM_PATH, the
// distribution's Chromium, Playwright's Chromium where `npx playwright install chromium` put one.
// None: one line saying how to get one.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Look {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
  exists: (path: string) => boolean;
  list: (dir: string) => string[];
}

const SYSTEM: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/lib/chromium/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Chromium\\Application\\chrome.exe'],
};

/** where Playwright keeps its browsers, and the executable inside a chromium-NNNN folder */
function playwrightBrowsers(look: Look): string[] {
  const cache =
    look.env.PLAYWRIGHT_BROWSERS_PATH ??
    (look.platform === 'darwin'
      ? join(look.home, 'Library/Caches/ms-playwright')
      : look.platform === 'win32'
        ? join(look.env.LOCALAPPDATA ?? join(look.home, 'AppData/Local'), 'ms-playwright')
        : join(look.home, '.cache/ms-playwright'));
  if (!look.exists(cache)) return [];
  const inside: Partial<Record<NodeJS.Platform, string[]>> = {
    linux: ['chrome-linux64/chrome', 'chrome-linux/chrome'],
    darwin: ['chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium'],
    win32: ['chrome-win64/chrome.exe', 'chrome-win/chrome.exe'],
  };
  const folders = look
    .list(cache)
    .filter((d) => /^chromium-\d+$/.test(d))
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
  return folders.flatMap((d) => (inside[look.platform] ?? []).map((p) => join(cache, d, p)));
}

export const NO_BROWSER =
  'no Chromium found for the end-to-end tests: install one (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium; anywhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chromium executable';

/** the browser to drive, or an Error with one line saying how to get one */
export function findChromium(look: Look = here()): string {
  const chosen = look.env.CHROMIUM_PATH;
  if (chosen) {
    if (look.exists(chosen)) return chosen;
    throw new Error(`CHROMIUM_PATH is ${chosen}, which does not exist; ${NO_BROWSER.replace(/^no Chromium found[^:]*: /, '')}`);
  }
  for (const p of [...(SYSTEM[look.platform] ?? []), ...playwrightBrowsers(look)]) if (look.exists(p)) return p;
  throw new Error(NO_BROWSER);
}

function here(): Look {
  return {
    env: process.env,
    platform: process.platform,
    home: homedir(),
    exists: existsSync,
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
  };
}
