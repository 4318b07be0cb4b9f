// The same report at another address (issue 11 item 3), through the background's router on
// fake-indexeddb: a page that holds a report clipped elsewhere shows that report's clips, and clipping
// there adds no duplicate to the comparison; a page that is another report, or only shares a few
// sentences, is not taken for it.
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readInput } from '../../cli/input';
import { route, type RouterDeps } from '../../lib/background/router';
import { fromPage as pageSender, routerDeps } from './helpers/router';
import { ReportLensDb } from '../../lib/db/schema';
import { buildTable } from '../../lib/compare/table';
import { allClips } from '../../lib/db/transfer';
import { quoteKey } from '../../lib/db/mirrors';
import { PAGES, draftsOf } from './db-fixtures';
import type { AddClipsResponse, PageClipsResponse } from '../../lib/messages';

const FIRST = 'https://www.taicang.gov.cn/report-2023.html';
const REPOST = 'https://www.example-essays.com/fanwen/12345.html?from=search';

let db: ReportLensDb;
let n = 0;
let deps: RouterDeps;
beforeEach(async () => {
  db = new ReportLensDb(`mirrors-${++n}`);
  await db.open();
  deps = routerDeps(db);
});
afterEach(() => db.close());

const fromPage = pageSender;

async function send<T>(message: unknown, url: string): Promise<T> {
  const r = await route(message, fromPage(url), deps);
  if (!r.ok) throw new Error(r.error);
  return r.value as T;
}

/** the page's text as the content script reads it, analysed at `url` */
async function analyze(page: string, url: string): Promise<void> {
  const { text, title } = readInput(join(PAGES, page));
  await send({ type: 'analyze', text, title, url }, url);
}

/** clip drafts of a fixture page as served at `url` */
const clipAt = (page: string, url: string, pick: (i: number) => boolean) =>
  send<AddClipsResponse>({ type: 'clips:add', clips: draftsOf(page, url).filter((_, i) => pick(i)) }, url);

describe('the same report at another address', () => {
  it('shows the report’s clips on the repost; clipping there adds no duplicate', async () => {
    const first = await clipAt('taicang-2023-report.html', FIRST, (i) => i % 3 === 0);
    expect(first.added).toBeGreaterThan(20);
    await analyze('taicang-2023-report.html', REPOST);
    const { clips } = await send<PageClipsResponse>({ type: 'clips:page', url: REPOST }, REPOST);
    expect(clips.map((c) => c.id).sort()).toEqual([...first.ids].sort());

    // every mention clipped on the repost: those clipped at the first address are those clips
    const again = await clipAt('taicang-2023-report.html', REPOST, () => true);
    const all = await allClips(db);
    expect(all.every((c) => c.url === FIRST)).toBe(true);
    expect(again.added).toBe(all.length - first.added);
    for (const id of first.ids) expect(again.ids).toContain(id);
    // each figure once: the clips are those of clipping the whole report at its first address
    const quotes = all.map(quoteKey);
    expect(new Set(quotes).size).toBe(quotes.length);
    const direct = await send<AddClipsResponse>({ type: 'clips:add', clips: draftsOf('taicang-2023-report.html', FIRST) }, FIRST);
    expect(direct.added).toBe(0);
    expect([...new Set(direct.ids)].sort()).toEqual(all.map((c) => c.id).sort());
    expect(buildTable(all).rows.length).toBeGreaterThan(10);

    // the repost acts on the report's clips as its own
    const removed = await send<number>({ type: 'clips:remove', ids: [first.ids[0]] }, REPOST);
    expect(removed).toBe(1);
  });

  it('a section of another report of the same place, or a page of another place, is not taken for it', async () => {
    await clipAt('taicang-2023-report.html', FIRST, () => true);
    await analyze('wuzhong-2025-targets.html', REPOST);
    expect((await send<PageClipsResponse>({ type: 'clips:page', url: REPOST }, REPOST)).clips).toEqual([]);
    expect(await db.mirrors.count()).toBe(0);
  });

  it('a report with one or two clips is too little to know it by', async () => {
    await clipAt('taicang-2023-report.html', FIRST, (i) => i < 2);
    await analyze('taicang-2023-report.html', REPOST);
    expect(await db.mirrors.count()).toBe(0);
    await clipAt('taicang-2023-report.html', FIRST, (i) => i < 3);
    await analyze('taicang-2023-report.html', REPOST);
    expect(await db.mirrors.count()).toBe(1);
  });

  it('an address that later holds another report is its mirror no more', async () => {
    await clipAt('taicang-2023-report.html', FIRST, () => true);
    await analyze('taicang-2023-report.html', REPOST);
    expect(await db.mirrors.count()).toBe(1);
    // the same address now carries Wuzhong's 2025 targets: clips made there are its own
    await analyze('wuzhong-2025-targets.html', REPOST);
    expect(await db.mirrors.count()).toBe(0);
    const { ids } = await clipAt('wuzhong-2025-targets.html', REPOST, (i) => i === 0);
    expect((await db.clips.get(ids[0]))!.url).toBe(REPOST);
  });

  it('a page with clips of its own stays its own', async () => {
    await clipAt('taicang-2023-report.html', FIRST, (i) => i < 10);
    await clipAt('taicang-2023-report.html', REPOST, (i) => i >= 10 && i < 12);
    await analyze('taicang-2023-report.html', REPOST);
    expect(await db.mirrors.count()).toBe(0);
    const { clips } = await send<PageClipsResponse>({ type: 'clips:page', url: REPOST }, REPOST);
    expect(clips).toHaveLength(2);
  });
});
