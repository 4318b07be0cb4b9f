// The framed editor's messages (lib/background/editor-jobs.ts, the router): a page opens an editor on
// its own draft and may only ask how it went; only extension pages read the job and save it; a save
// is checked as the draft's corrections (naming the field) and stores the clip once.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { route, type RouterDeps, type Sender } from '../../lib/background/router';
import { EXT, ORIGIN, fromPage as pageSender, routerDeps } from './helpers/router';
import { ReportLensDb } from '../../lib/db/schema';
import { draftsOf } from './db-fixtures';

const PAGE = 'https://www.taicang.gov.cn/targets-2023.html';
const OTHER = 'https://www.example.com/other.html';

let db: ReportLensDb;
let n = 0;
let deps: RouterDeps;
beforeEach(async () => {
  db = new ReportLensDb(`editor-${++n}`);
  await db.open();
  deps = routerDeps(db);
});
afterEach(() => db.close());

const fromPage = (url = PAGE): Sender => pageSender(url);
const fromEditor: Sender = { id: EXT, url: `${ORIGIN}/editor.html#x` };

async function ok<T>(message: unknown, sender: Sender): Promise<T> {
  const r = await route(message, sender, deps);
  if (!r.ok) throw new Error(r.error);
  return r.value as T;
}
async function refused(message: unknown, sender: Sender): Promise<string> {
  const r = await route(message, sender, deps);
  if (r.ok) throw new Error('accepted');
  return r.error;
}

describe('the framed editor', () => {
  it('opens on a draft, saves the reader’s corrections with the engine’s reading beside, and says so to its page only', async () => {
    const draft = draftsOf('taicang-2023-targets.html', PAGE)[0];
    const { token } = await ok<{ token: string }>({ type: 'editor:open', draft }, fromPage());
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(await ok({ type: 'editor:status', token }, fromPage())).toEqual({ state: 'open' });
    expect((await ok<{ draft: unknown }>({ type: 'editor:job', token }, fromEditor)).draft).toEqual(draft);

    expect(await refused({ type: 'editor:save', token, edits: { value: 'x' } }, fromEditor)).toMatch(/value must be a number/);
    expect(await refused({ type: 'editor:save', token, edits: { period: 3000 } }, fromEditor)).toMatch(/period must be a year/);
    expect(await db.clips.count()).toBe(0);

    const { id } = await ok<{ id: string }>({ type: 'editor:save', token, edits: { value: 9 }, note: '待核', tags: ['GDP'] }, fromEditor);
    const clip = (await db.clips.get(id))!;
    expect(clip).toMatchObject({ value: 9, engine: { value: draft.mention.value }, note: '待核', tags: ['GDP'] });
    // another page learns nothing of it; its own page learns it once
    expect(await ok({ type: 'editor:status', token }, fromPage(OTHER))).toEqual({ state: 'gone' });
    expect(await ok({ type: 'editor:status', token }, fromPage())).toEqual({ state: 'saved', id, edits: { value: 9 } });
    expect(await ok({ type: 'editor:status', token }, fromPage())).toEqual({ state: 'gone' });
    expect(await refused({ type: 'editor:job', token }, fromEditor)).toMatch(/closed/);
  });

  it.each<[string, unknown, Sender, RegExp]>([
    ['a page reading a job', { type: 'editor:job', token: 'a'.repeat(32) }, fromPage(), /may not come from a web page/],
    ['a page saving', { type: 'editor:save', token: 'a'.repeat(32), edits: {} }, fromPage(), /may not come from a web page/],
    [
      'an editor for another page',
      { type: 'editor:open', draft: draftsOf('taicang-2023-targets.html', OTHER)[0] },
      fromPage(),
      /only clip from itself/,
    ],
    ['a token that is not one', { type: 'editor:status', token: '../x' }, fromPage(), /needs an editor token/],
    ['a save of no job', { type: 'editor:save', token: 'b'.repeat(32), edits: {} }, fromEditor, /closed/],
  ])('refuses %s', async (_name, message, sender, error) => {
    expect(await refused(message, sender)).toMatch(error);
  });

  it('closing saves nothing', async () => {
    const draft = draftsOf('taicang-2023-targets.html', PAGE)[1];
    const { token } = await ok<{ token: string }>({ type: 'editor:open', draft }, fromPage());
    await ok({ type: 'editor:close', token }, fromEditor);
    expect(await ok({ type: 'editor:status', token }, fromPage())).toEqual({ state: 'closed' });
    expect(await db.clips.count()).toBe(0);
  });
});
