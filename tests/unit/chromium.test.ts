// Which browser the e2e tests drive (tests/e2e/chromium.ts), on machines laid out as a newcomer's may
// be: CHROMIUM_PATH first, then the distribution's Chromium, then Playwright's; none: one clear line.
// And the Firefox of the one test of the Firefox build (tests/e2e/firefox.ts).
import { describe, expect, it } from 'vitest';
import { NO_BROWSER, findChromium, type Look } from '../e2e/chromium';
import { NO_FIREFOX, findFirefox } from '../e2e/firefox';

function machine(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}): Look {
  const set = new Set(files);
  return {
    env,
    platform,
    home: platform === 'darwin' ? '/Users/ana' : '/home/ana',
    exists: (p) => set.has(p) || files.some((f) => f.startsWith(`${p}/`)),
    list: (dir) => [...new Set(files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split('/')[0]))],
  };
}

const PW_LINUX = '/home/ana/.cache/ms-playwright';
const PW_MAC = '/Users/ana/Library/Caches/ms-playwright';

describe('findChromium', () => {
  it.each<[string, Look, string]>([
    ['Debian: the distribution’s Chromium', machine('linux', ['/usr/bin/chromium']), '/usr/bin/chromium'],
    ['Ubuntu: chromium-browser', machine('linux', ['/usr/bin/chromium-browser']), '/usr/bin/chromium-browser'],
    ['a snap', machine('linux', ['/snap/bin/chromium']), '/snap/bin/chromium'],
    [
      'Playwright’s newest Chromium on Linux',
      machine('linux', [
        `${PW_LINUX}/chromium-1100/chrome-linux/chrome`,
        `${PW_LINUX}/chromium-1200/chrome-linux64/chrome`,
        `${PW_LINUX}/ffmpeg-1010/x`,
      ]),
      `${PW_LINUX}/chromium-1200/chrome-linux64/chrome`,
    ],
    [
      'Chromium.app on macOS',
      machine('darwin', ['/Applications/Chromium.app/Contents/MacOS/Chromium']),
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    [
      'Playwright’s Chromium on macOS',
      machine('darwin', [`${PW_MAC}/chromium-1200/chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium`]),
      `${PW_MAC}/chromium-1200/chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium`,
    ],
    [
      'PLAYWRIGHT_BROWSERS_PATH',
      machine('linux', ['/opt/pw/chromium-9/chrome-linux/chrome'], { PLAYWRIGHT_BROWSERS_PATH: '/opt/pw' }),
      '/opt/pw/chromium-9/chrome-linux/chrome',
    ],
    [
      'CHROMIUM_PATH over everything',
      machine('linux', ['/usr/bin/chromium', '/opt/c/chrome'], { CHROMIUM_PATH: '/opt/c/chrome' }),
      '/opt/c/chrome',
    ],
  ])('%s', (_what, look, expected) => {
    expect(findChromium(look)).toBe(expected);
  });

  it('says in one line how to get a browser when there is none (Google Chrome alone does not count)', () => {
    const look = machine('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']);
    expect(() => findChromium(look)).toThrow(NO_BROWSER);
    expect(NO_BROWSER).not.toContain('\n');
    expect(NO_BROWSER).toMatch(/apt-get install chromium.*npx playwright install chromium.*CHROMIUM_PATH/);
  });

  it('names a CHROMIUM_PATH that does not exist', () => {
    expect(() => findChromium(machine('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope/chrome' }))).toThrow(
      /CHROMIUM_PATH is \/nope\/chrome, which does not exist/,
    );
  });
});

describe('findFirefox (the one test of the Firefox build)', () => {
  const has =
    (...files: string[]) =>
    (p: string) =>
      files.includes(p);
  it.each<[string, Record<string, string>, string[], string]>([
    ['Debian: firefox-esr', {}, ['/usr/bin/firefox-esr'], '/usr/bin/firefox-esr'],
    ['a distribution’s firefox', {}, ['/usr/bin/firefox'], '/usr/bin/firefox'],
    [
      'FIREFOX_PATH over the distribution’s',
      { FIREFOX_PATH: '/opt/ff/firefox' },
      ['/usr/bin/firefox-esr', '/opt/ff/firefox'],
      '/opt/ff/firefox',
    ],
  ])('%s', (_what, env, files, expected) => {
    expect(findFirefox(env, has(...files))).toBe(expected);
  });

  it('says in one line how to get one, and names a FIREFOX_PATH that does not exist', () => {
    expect(() => findFirefox({}, has())).toThrow(NO_FIREFOX);
    expect(NO_FIREFOX).toMatch(/apt-get install firefox-esr.*FIREFOX_PATH/);
    expect(() => findFirefox({ FIREFOX_PATH: '/nope/ff' }, has('/usr/bin/firefox-esr'))).toThrow(
      /FIREFOX_PATH is \/nope\/ff, which does not exist/,
    );
  });
});
