// A page's report year set by the reader: the figures the engine dated by that year follow it (targets
// the year's, results the year before's, a communiqué's the same year); figures the page dated itself
// (2020年达到…, 五年来累计…) keep their years; a reset puts the engine's years back.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ReportLensDb } from '../../lib/db/schema';
import { addClips } from '../../lib/db/clips';
import { editPage, resetPage } from '../../lib/db/edits';
import { allClips } from '../../lib/db/transfer';
import { draftsOf } from './db-fixtures';

const URL_A = 'https://www.taicang.gov.cn/report-2023.html';
let db: ReportLensDb;
let n = 0;
beforeEach(async () => {
  db = new ReportLensDb(`page-year-${++n}`);
  await db.open();
});
afterEach(() => db.close());

test('the years the report implied follow the year the reader sets; the years the page wrote stay', async () => {
  const [first, ...rest] = draftsOf('taicang-2023-report.html', URL_A);
  // a figure whose year the page wrote (2020年达到…)
  await addClips(db, [{ ...first, mention: { ...first.mention, period: 2020 } }, ...rest], 1000);
  const before = await allClips(db);
  const implied = (c: (typeof before)[number]) => c.periodFrom === undefined && c.period === (c.kind === 'target' ? 2023 : 2022);
  expect(before.some(implied)).toBe(true);
  const own = before.filter((c) => !implied(c));
  expect(own.length).toBeGreaterThan(0);

  await editPage(db, URL_A, { reportYear: 2024 });
  const after = new Map((await allClips(db)).map((c) => [c.id, c]));
  for (const c of before) {
    const a = after.get(c.id)!;
    expect(a.reportYear).toBe(2024);
    expect(a.period).toBe(implied(c) ? c.period! + 1 : c.period);
  }
  await editPage(db, URL_A, { reportType: 'statistical-communique', reportYear: 2023 });
  for (const c of await allClips(db)) if (c.kind === 'actual' && implied(before.find((b) => b.id === c.id)!)) expect(c.period).toBe(2023);
  await resetPage(db, URL_A);
  expect(await allClips(db)).toEqual(before);
});

test('a clip made on the page later takes its year, and the years it implies', async () => {
  // (the engine dates this page 2023 by its heading 2023年经济社会发展的主要预期目标; the reader says 2024)
  const drafts = draftsOf('taicang-2023-infographic.html', URL_A);
  await addClips(db, drafts.slice(0, 3), 1000);
  await editPage(db, URL_A, { reportYear: 2024 });
  const { ids } = await addClips(db, drafts.slice(3, 6), 2000);
  for (const c of await db.clips.bulkGet(ids)) {
    const target = c!.kind === 'target';
    expect(c).toMatchObject({ reportYear: 2024, period: target ? 2024 : 2023, engine: { reportYear: 2023, period: target ? 2023 : 2022 } });
  }
});
