// The background's rules for who may send what (lib/background/router.ts), in Node on fake-indexeddb:
// other extensions are refused; a web page may only analyse, clip from itself, read its own clips and
// set its badge; only extension pages may open a clip; every message is checked against its schema
// and the size caps; a bad draft is refused whole, naming its field.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { route, type RouterDeps, type Sender } from '../../lib/background/router';
import { ReportLensDb } from '../../lib/db/schema';
import { MAX_ANALYZE_CHARS, MAX_CLIPS_PER_MESSAGE } from '../../lib/messages';
import { draftsOf } from './db-fixtures';

const EXT = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}`;
const PAGE = 'https://www.taicang.gov.cn/report-2023.html';
const OTHER = 'https://evil.example.com/page.html';

let db: ReportLensDb;
let n = 0;
let badges: Array<[number, number | null]>;
let opened: string[];
let readTabs: number[];
let deps: RouterDeps;

beforeEach(async () => {
  db = new ReportLensDb(`router-${++n}`);
  await db.open();
  badges = [];
  opened = [];
  readTabs = [];
  deps = {
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    db: () => db,
    setBadge: (tab, count) => void badges.push([tab, count]),
    openTab: (url) => void opened.push(url),
    readPage: async (tabId) => {
      readTabs.push(tabId);
      return PAGE;
    },
  };
});
afterEach(() => db.close());

const fromPage = (url = PAGE): Sender => ({ id: EXT, url, tab: { id: 7, url }, frameId: 0 });
const fromExtension: Sender = { id: EXT, url: `${ORIGIN}/popup.html` };
const drafts = () => draftsOf('taicang-2023-targets.html', PAGE).slice(0, 3);

async function errorOf(message: unknown, sender: Sender): Promise<string> {
  const r = await route(message, sender, deps);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(message).slice(0, 80)}`);
  return r.error;
}

describe('router: who may send what', () => {
  it.each<[string, unknown, Sender, RegExp]>([
    ['another extension', { type: 'clips:page', url: PAGE }, { id: 'someone-else', url: PAGE }, /another extension/],
    ['a message with no type', { url: PAGE }, fromPage(), /not a Report Lens message/],
    ['a string', 'clips:page', fromPage(), /not a Report Lens message/],
    ['an unknown type from an extension page', { type: 'clips:drop' }, fromExtension, /may not come from an extension page/],
    ['a page opening a clip', { type: 'clip:open', id: 'c1' }, fromPage(), /clip:open may not come from a web page/],
    ['a page asking to be read as a report', { type: 'page:read', tabId: 7 }, fromPage(), /page:read may not come from a web page/],
    ['a tab id that is no tab id', { type: 'page:read', tabId: -1 }, fromExtension, /page:read needs a tab id/],
    [
      'an extension page analysing',
      { type: 'analyze', text: '', title: '', url: PAGE },
      fromExtension,
      /may not come from an extension page/,
    ],
    ['a page reading another page’s clips', { type: 'clips:page', url: OTHER }, fromPage(), /only read its own clips/],
    [
      'a page clipping for another page',
      { type: 'clips:add', clips: draftsOf('taicang-2023-targets.html', OTHER).slice(0, 1) },
      fromPage(),
      /only clip from itself/,
    ],
  ])('refuses %s', async (_what, message, sender, error) => {
    expect(await errorOf(message, sender)).toMatch(error);
    expect(await db.clips.count()).toBe(0);
  });

  it('lets a page clip from itself (its URL with a fragment is the same page) and read its clips back', async () => {
    const r = await route({ type: 'clips:add', clips: drafts() }, fromPage(`${PAGE}#part2`), deps);
    expect(r).toMatchObject({ ok: true, value: { added: 3 } });
    const back = await route({ type: 'clips:page', url: PAGE }, fromPage(), deps);
    expect(back.ok && (back.value as { clips: unknown[] }).clips).toHaveLength(3);
  });

  it('lets an extension page open a clip, and tells that page which clip to show, once', async () => {
    await route({ type: 'clips:add', clips: drafts() }, fromPage(), deps);
    const [clip] = await db.clips.toArray();
    expect(await route({ type: 'clip:open', id: clip.id }, fromExtension, deps)).toEqual({ ok: true, value: null });
    expect(opened).toEqual([PAGE]);
    const first = await route({ type: 'clips:page', url: PAGE }, fromPage(), deps);
    const again = await route({ type: 'clips:page', url: PAGE }, fromPage(), deps);
    expect(first.ok && (first.value as { focus: string }).focus).toBe(clip.id);
    expect(again.ok && (again.value as { focus: string | null }).focus).toBe(null);
    expect(await errorOf({ type: 'clip:open', id: 'nope' }, fromExtension)).toMatch(/no such clip/);
  });

  it("lets an extension page have a tab's page read as a report", async () => {
    expect(await route({ type: 'page:read', tabId: 12 }, fromExtension, deps)).toEqual({ ok: true, value: { url: PAGE } });
    expect(readTabs).toEqual([12]);
  });

  it('sets the badge of the sending tab only, and checks the count', async () => {
    expect((await route({ type: 'tab:count', count: 12 }, fromPage(), deps)).ok).toBe(true);
    expect((await route({ type: 'tab:count', count: null }, fromPage(), deps)).ok).toBe(true);
    expect(badges).toEqual([
      [7, 12],
      [7, null],
    ]);
    expect(await errorOf({ type: 'tab:count', count: -1 }, fromPage())).toMatch(/tab:count needs a count/);
    expect(await errorOf({ type: 'tab:count', count: 1.5 }, fromPage())).toMatch(/tab:count needs a count/);
  });
});

describe('router: the state of a page’s clips (changed, lost, replaced, kept)', () => {
  async function seed(): Promise<string[]> {
    const r = await route({ type: 'clips:add', clips: drafts() }, fromPage(), deps);
    return (r as { value: { ids: string[] } }).value.ids;
  }

  it('stores what a page found of its own clips, and clears it when all is well again', async () => {
    const [a, b] = await seed();
    const r = await route(
      {
        type: 'clips:check',
        checks: [
          { id: a, status: 'changed', now: '7%左右' },
          { id: b, status: 'lost' },
        ],
      },
      fromPage(),
      deps,
    );
    expect(r.ok).toBe(true);
    expect((await db.clips.get(a))?.source).toMatchObject({ status: 'changed', now: '7%左右' });
    expect((await db.clips.get(b))?.source).toMatchObject({ status: 'lost' });
    const page = await route({ type: 'clips:page', url: PAGE }, fromPage(), deps);
    expect(
      (page as { value: { clips: Array<{ id: string; source?: object }> } }).value.clips.find((c) => c.id === b)?.source,
    ).toMatchObject({ status: 'lost' });
    await route({ type: 'clips:check', checks: [{ id: b, status: 'found' }] }, fromPage(), deps);
    expect((await db.clips.get(b))?.source).toBeUndefined();
  });

  it.each<[string, (ids: string[]) => object, RegExp]>([
    ['check another page’s clip', (ids) => ({ type: 'clips:check', checks: [{ id: ids[0], status: 'lost' }] }), /no clip .* on this page/],
    ['keep another page’s clip', (ids) => ({ type: 'clips:keep', id: ids[0] }), /no clip .* on this page/],
    [
      'check a clip that does not exist',
      () => ({ type: 'clips:check', checks: [{ id: 'c-none', status: 'lost' }] }),
      /no clip c-none on this page/,
    ],
    [
      'send a check of an unknown state',
      (ids) => ({ type: 'clips:check', checks: [{ id: ids[0], status: 'gone' }] }),
      /clips:check needs a list of checks/,
    ],
  ])('refuses to %s', async (_what, message, error) => {
    const ids = await seed();
    expect(await errorOf(message(ids), fromPage(OTHER))).toMatch(error);
    expect((await db.clips.toArray()).every((c) => !c.source)).toBe(true);
  });

  it('replaces a changed clip by a clip of the figure now there, keeping the old one out of the page’s list', async () => {
    const [a] = await seed();
    const [first] = drafts();
    const revised = {
      ...first,
      mention: { ...first.mention, text: '7%左右', value: 7 },
      selector: { ...first.selector, quote: { ...first.selector.quote, exact: '7%左右' } },
    };
    const r = await route({ type: 'clips:replace', id: a, clip: revised }, fromPage(), deps);
    const id = (r as { value: { id: string } }).value.id;
    expect(id).not.toBe(a);
    expect((await db.clips.get(a))?.replacedBy).toBe(id);
    expect((await db.clips.get(id))?.value).toBe(7);
    const page = await route({ type: 'clips:page', url: PAGE }, fromPage(), deps);
    const ids = (page as { value: { clips: Array<{ id: string }> } }).value.clips.map((c) => c.id);
    expect(ids).toContain(id);
    expect(ids).not.toContain(a);
    // a draft for another page is refused, and nothing changes
    expect(await errorOf({ type: 'clips:replace', id, clip: draftsOf('taicang-2023-targets.html', OTHER)[0] }, fromPage())).toMatch(
      /only clip from itself/,
    );
  });

  it('lets a page take back its own clips (un-clip, undo of "clip all"), and says which a batch added', async () => {
    const first = await route({ type: 'clips:add', clips: drafts().slice(0, 2) }, fromPage(), deps);
    expect((first as { value: { fresh: string[] } }).value.fresh).toHaveLength(2);
    const again = await route({ type: 'clips:add', clips: drafts() }, fromPage(), deps);
    const { ids, fresh } = (again as { value: { ids: string[]; fresh: string[] } }).value;
    expect(fresh).toEqual([ids[2]]);
    expect(await errorOf({ type: 'clips:remove', ids: fresh }, fromPage(OTHER))).toMatch(/no clip .* on this page/);
    expect(await db.clips.count()).toBe(3);
    expect(await route({ type: 'clips:remove', ids: fresh }, fromPage(), deps)).toEqual({ ok: true, value: 1 });
    expect((await db.clips.toArray()).map((c) => c.id).sort()).toEqual(ids.slice(0, 2).sort());
    expect(await errorOf({ type: 'clips:remove', ids: [] }, fromPage())).toMatch(/clips:remove needs a list of clip ids/);
  });

  it('keeps a changed clip when the reader says so', async () => {
    const [a] = await seed();
    await route({ type: 'clips:check', checks: [{ id: a, status: 'changed', now: '7%左右' }] }, fromPage(), deps);
    await route({ type: 'clips:keep', id: a }, fromPage(), deps);
    expect((await db.clips.get(a))?.source).toMatchObject({ status: 'changed', now: '7%左右', kept: true });
    // the same change seen again stays kept; another change asks again
    await route({ type: 'clips:check', checks: [{ id: a, status: 'changed', now: '7%左右' }] }, fromPage(), deps);
    expect((await db.clips.get(a))?.source?.kept).toBe(true);
    await route({ type: 'clips:check', checks: [{ id: a, status: 'changed', now: '8%左右' }] }, fromPage(), deps);
    expect((await db.clips.get(a))?.source?.kept).toBeUndefined();
  });
});

describe('router: shapes and size caps', () => {
  it('analyses a report page and answers with its mentions', async () => {
    const text =
      '2023年主要预期目标是：地区生产总值增长5%左右。各位代表：我代表市人民政府向大会报告政府工作，请予审议。过去一年，全市地区生产总值1635亿元，比上年增长2%。';
    const r = await route({ type: 'analyze', text, title: '2023年太仓市政府工作报告', url: PAGE }, fromPage(), deps);
    expect(r.ok).toBe(true);
    const value = (r as { value: { detection: { isReport: boolean }; mentions: unknown[] } }).value;
    expect(value.detection.isReport).toBe(true);
    expect(value.mentions.length).toBeGreaterThan(0);
  });

  it('extracts the figures of a page the reader asked to have read, whatever the detector says', async () => {
    const text = '公司公告：今年营业收入增长5%左右，去年净利润1635亿元，比上年增长2%。';
    const plain = await route({ type: 'analyze', text, title: '公司公告', url: PAGE }, fromPage(), deps);
    const asked = await route({ type: 'analyze', text, title: '公司公告', url: PAGE, asReport: true }, fromPage(), deps);
    type V = { value: { detection: { isReport: boolean }; mentions: unknown[] } };
    expect((plain as V).value).toMatchObject({ detection: { isReport: false }, mentions: [] });
    expect((asked as V).value.detection.isReport).toBe(false);
    expect((asked as V).value.mentions.length).toBeGreaterThan(0);
  });

  it("reads a reader's selection with its sentence (a page's, not an extension page's), a sentence or two at most", async () => {
    const text = '全年新增城镇就业1.2万人。';
    const r = await route({ type: 'extract', text, title: '太仓市2023年政府工作报告' }, fromPage(), deps);
    expect(r.ok && (r.value as Array<{ text: string }>).map((m) => m.text)).toEqual(['1.2万人']);
    expect(await errorOf({ type: 'extract', text, title: '' }, fromExtension)).toMatch(/may not come from an extension page/);
    expect(await errorOf({ type: 'extract', text: 'x'.repeat(4001), title: '' }, fromPage())).toMatch(/a sentence or two/);
  });

  it.each<[string, unknown, RegExp]>([
    ['analyze without text', { type: 'analyze', title: 't', url: PAGE }, /analyze needs text/],
    ['analyze with a number for a title', { type: 'analyze', text: 'x', title: 3, url: PAGE }, /analyze needs a title/],
    [
      'analyze with a long heading',
      { type: 'analyze', text: 'x', title: 't', heading: 'x'.repeat(4001), url: PAGE },
      /heading must be a short string/,
    ],
    [
      'analyze of too much text',
      { type: 'analyze', text: 'x'.repeat(MAX_ANALYZE_CHARS + 1), title: 't', url: PAGE },
      /too long to analyse/,
    ],
    ['clips:add with no clips', { type: 'clips:add', clips: [] }, /needs a list of clips/],
    ['clips:add with too many clips', { type: 'clips:add', clips: new Array(MAX_CLIPS_PER_MESSAGE + 1).fill({}) }, /needs a list of clips/],
    ['clips:page without a url', { type: 'clips:page' }, /clips:page needs a url/],
  ])('refuses %s', async (_what, message, error) => {
    expect(await errorOf(message, fromPage())).toMatch(error);
  });

  it.each<[string, (d: Record<string, unknown>) => unknown, RegExp]>([
    ['a value that is not a number', (d) => ({ ...d, mention: { ...(d.mention as object), value: '5' } }), /^value must be a number$/],
    ['a year out of range', (d) => ({ ...d, reportYear: 3000 }), /^reportYear must be a year or null$/],
    ['a script URL', (d) => ({ ...d, url: 'javascript:alert(1)' }), /^url must be an http\(s\) URL$/],
    ['no selector', (d) => ({ ...d, selector: undefined }), /^selector is missing$/],
    [
      'an empty quote',
      (d) => ({ ...d, selector: { ...(d.selector as object), quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } } }),
      /selector.quote/,
    ],
  ])('refuses a batch holding a draft with %s, and stores none of it', async (_what, spoil, error) => {
    const batch: unknown[] = drafts();
    batch[1] = spoil(batch[1] as Record<string, unknown>);
    expect(await errorOf({ type: 'clips:add', clips: batch }, fromPage())).toMatch(error);
    expect(await db.clips.count()).toBe(0);
  });

  it('keeps no field a draft was not meant to carry', async () => {
    const [d] = drafts();
    await route({ type: 'clips:add', clips: [{ ...d, evil: '<script>', mention: { ...d.mention, extra: 1 } }] }, fromPage(), deps);
    const [clip] = await db.clips.toArray();
    expect(clip).not.toHaveProperty('evil');
    expect(clip).not.toHaveProperty('extra');
    expect(clip.indicator).toBe(d.mention.indicator);
  });
});
