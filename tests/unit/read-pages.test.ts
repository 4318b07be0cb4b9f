// "Read this page" in Node: a page's match pattern, the switches (read, taken back by "off for this
// page", removed), and the registered script kept in step with them (a fake scripting API).
import { describe, expect, it } from 'vitest';
import {
  matchPatternOf,
  patternsOf,
  READ_SCRIPT_ID,
  readFromMenu,
  readPage,
  syncReadScript,
  type Scripting,
} from '../../lib/background/read-pages';
import { isReadPage, offScope, withRead, withSwitch, without, type Switches } from '../../lib/switches';

const NONE: Switches = { sites: [], pages: [], reads: [] };
const PAGE = 'https://www.example.gov.cn:8443/zfxxgk/2024/gzbg.html?id=12#part2';

describe('matchPatternOf', () => {
  it.each([
    [PAGE, 'https://www.example.gov.cn/zfxxgk/2024/gzbg.html?id=12'],
    ['http://127.0.0.1:5173/a/b', 'http://127.0.0.1/a/b'],
    ['https://例子.中国/报告.html', 'https://xn--fsqu00a.xn--fiqs8s/%E6%8A%A5%E5%91%8A.html'],
  ])('%s → %s', (url, pattern) => expect(matchPatternOf(url)).toBe(pattern));

  it.each(['file:///home/me/report.html', 'chrome://extensions/', 'about:blank', 'not a url', 'ftp://x.cn/a'])('has none for %s', (url) =>
    expect(matchPatternOf(url)).toBeNull(),
  );

  it('lists each pattern once', () => {
    expect(patternsOf(['http://a.cn:1/x', 'http://a.cn:2/x', 'file:///y'])).toEqual(['http://a.cn/x']);
  });
});

describe('the read switch', () => {
  it('is read by page (no fragment), and clears "off for this page"', () => {
    const off = withSwitch(NONE, PAGE, 'page');
    const read = withRead(off, PAGE, true);
    expect(read.pages).toEqual([]);
    expect(isReadPage(read, PAGE.replace('#part2', ''))).toBe(true);
    expect(offScope(read, PAGE)).toBeNull();
    expect(withRead(read, PAGE, false)).toEqual(NONE);
  });

  it('is taken back by "off for this page", which adds no switch of its own', () => {
    expect(withSwitch(withRead(NONE, PAGE, true), PAGE, 'page')).toEqual(NONE);
    // on a page not read so, "off for this page" is what it was
    expect(withSwitch(NONE, PAGE, 'page').pages).toEqual(['https://www.example.gov.cn:8443/zfxxgk/2024/gzbg.html?id=12']);
  });

  it('stays when tagging is turned back on, and one entry goes at a time from the popup', () => {
    const s = withRead(withSwitch(NONE, 'https://b.cn/x', 'site'), PAGE, true);
    expect(withSwitch(s, PAGE, null).reads).toEqual(s.reads);
    expect(without(s, 'sites', 'b.cn')).toEqual({ ...s, sites: [] });
  });
});

/** a scripting API that keeps registered scripts in memory, and says what it was asked */
function fakeScripting(): Scripting & { calls: string[]; scripts: Map<string, string[]> } {
  const scripts = new Map<string, string[]>();
  const calls: string[] = [];
  return {
    calls,
    scripts,
    registerContentScripts: async (list) => {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s.matches);
      }
      calls.push('register');
    },
    updateContentScripts: async (list) => {
      for (const s of list) scripts.set(s.id, s.matches);
      calls.push('update');
    },
    unregisterContentScripts: async ({ ids }) => {
      for (const id of ids) scripts.delete(id);
      calls.push('unregister');
    },
    getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => scripts.has(id)).map((id) => ({ id, matches: scripts.get(id) })),
    executeScript: async () => calls.push('execute'),
  };
}

describe('the registered script, in step with the switch', () => {
  it('is registered, updated and unregistered as pages come and go, one change at a time', async () => {
    const api = fakeScripting();
    // quick changes in a row (storage events) do not register twice
    await Promise.all([syncReadScript(api, ['http://a.cn/1']), syncReadScript(api, ['http://a.cn/1', 'http://a.cn/2'])]);
    expect(api.scripts.get(READ_SCRIPT_ID)).toEqual(['http://a.cn/1', 'http://a.cn/2']);
    await syncReadScript(api, ['http://a.cn/1', 'http://a.cn/2']);
    await syncReadScript(api, ['file:///x']);
    expect(api.calls).toEqual(['register', 'update', 'unregister']);
    expect(api.scripts.size).toBe(0);
  });
});

describe("reading a tab's page", () => {
  function setup(url: string | undefined, fails = false) {
    const api = fakeScripting();
    if (fails) api.executeScript = async () => Promise.reject(new Error('The extensions gallery cannot be scripted.'));
    let stored = NONE;
    const deps = {
      scripting: api,
      tabUrl: async () => url,
      updateSwitches: async (change: (s: Switches) => Switches) => (stored = change(stored)),
    };
    return { api, deps, stored: () => stored };
  }

  it('remembers the page, registers the script for it and runs it into the tab', async () => {
    const { api, deps, stored } = setup(PAGE);
    expect(await readPage(deps, 3)).toBe(PAGE.replace('#part2', ''));
    expect(stored().reads).toEqual([PAGE.replace('#part2', '')]);
    expect(api.calls).toEqual(['register', 'execute']);
  });

  it('refuses a tab that shows no web page, in words, and remembers nothing', async () => {
    for (const url of [undefined, 'chrome://settings/', 'file:///tmp/a.html']) {
      const { api, deps, stored } = setup(url);
      await expect(readPage(deps, 3)).rejects.toThrow(/only web pages \(http, https\) can be read/);
      expect(stored()).toEqual(NONE);
      expect(api.calls).toEqual([]);
    }
  });

  it('takes the switch back when the browser keeps the page from extensions', async () => {
    const { api, deps, stored } = setup('https://chromewebstore.google.com/detail/x', true);
    await expect(readPage(deps, 3)).rejects.toThrow(/the browser does not let this page be read \(The extensions gallery/);
    expect(stored()).toEqual(NONE);
    expect(api.scripts.size).toBe(0);
  });
  it('from the context menu, shows a failure on the toolbar button and clears it once a reading works', async () => {
    const shown: string[] = [];
    const outcome = {
      failed: async (tab: number, why: string) => void shown.push(`${tab} failed: ${why}`),
      read: async (tab: number) => void shown.push(`${tab} read`),
    };
    await readFromMenu(setup('https://chromewebstore.google.com/detail/x', true).deps, outcome, 4);
    await readFromMenu(setup('about:blank').deps, outcome, 5);
    await readFromMenu(setup(PAGE).deps, outcome, 4);
    expect(shown).toEqual([
      '4 failed: the browser does not let this page be read (The extensions gallery cannot be scripted.)',
      '5 failed: only web pages (http, https) can be read, not this about: page',
      '4 read',
    ]);
  });
});
