// Firefox with the built Firefox add-on (.output/firefox-mv2), for the one end-to-end test of that build.
// Playwright drives only its own patched Firefox, so this drives the distribution's Firefox over WebDriver
// BiDi with puppeteer-core (no browser download). Which Firefox: $FIREFOX_PATH, else the distribution's.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT } from './harness';

export const FIREFOX_ADDON = join(ROOT, '.output/firefox-mv2');

const SYSTEM = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export const NO_FIREFOX =
  'no Firefox found for the end-to-end test of the Firefox build: install one (Debian: apt-get install firefox-esr) or set FIREFOX_PATH to a Firefox executable';

/** the Firefox to drive, or an Error with one line saying how to get one */
export function findFirefox(env = process.env, exists: (path: string) => boolean = existsSync): string {
  const chosen = env.FIREFOX_PATH;
  if (chosen) {
    if (exists(chosen)) return chosen;
    throw new Error(`FIREFOX_PATH is ${chosen}, which does not exist; ${NO_FIREFOX.replace(/^[^:]*: /, '')}`);
  }
  const found = SYSTEM.find((p) => exists(p));
  if (!found) throw new Error(NO_FIREFOX);
  return found;
}

/** headless Firefox in a fresh profile, Chinese first (as the Chromium tests), with the add-on installed */
export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': 'zh-CN, zh, en' },
  });
  try {
    await browser.installExtension(FIREFOX_ADDON);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return browser;
}
