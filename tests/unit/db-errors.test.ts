// Storage errors as the reader sees them: a full disk is named as such, however Dexie wraps it.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, test } from 'vitest';
import { ReportLensDb } from '../../lib/db/schema';
import { importClips } from '../../lib/db/transfer';
import { translator } from '../../lib/i18n';
import { ImportError, parseClipsFile } from '../../lib/clip/import';
import { errorText, isQuotaError } from '../../lib/ui/pages/common/storage';
import { clipsOf } from './db-fixtures';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('quota errors', () => {
  test.each([
    ['the DOMException itself', quota(), true],
    ["Dexie's wrapper (inner)", new Dexie.AbortError('transaction aborted', quota()), true],
    [
      'a bulk error whose failures hold it',
      Object.assign(new Error('bulk'), { name: 'BulkError', failures: [new Error('x'), quota()] }),
      true,
    ],
    ['a cause chain', new Error('outer', { cause: new Error('mid', { cause: quota() }) }), true],
    ['a constraint error', new DOMException('key exists', 'ConstraintError'), false],
    ['a string', 'QuotaExceededError', false],
  ])('%s → %s', (_name, e, want) => {
    expect(isQuotaError(e)).toBe(want);
  });

  test('a write that runs out of space fails whole and reads as a full disk, in either language', async () => {
    const db = new ReportLensDb('quota-write');
    await db.open();
    // the store refuses the 100th clip as a full disk would
    let n = 0;
    db.clips.hook('creating', () => {
      if (++n === 100) throw quota();
    });
    const clips = clipsOf('taicang-2023-report.html');
    const err = await importClips(db, clips).catch((e) => e);
    expect(isQuotaError(err)).toBe(true);
    expect(await db.clips.count()).toBe(0);
    expect(errorText(err, translator('zh'))).toMatch(/^浏览器存储空间已满，未能保存/);
    expect(errorText(err, translator('en'))).toMatch(/^The browser storage is full; nothing was saved/);
    db.close();
  });

  test('an import error says nothing was imported, in the reader’s language; anything else is shown as it is', () => {
    expect(errorText(new ImportError('foreign', 'not a Report Lens clips file'), translator('en'))).toBe(
      'Nothing was imported and the database is unchanged: not a Report Lens clips file (it has no format field)',
    );
    expect(errorText(new ImportError('foreign', 'not a Report Lens clips file', undefined, { format: '"zotero"' }), translator('zh'))).toBe(
      '未导入，数据库未作任何改动：这不是报告透镜的剪藏文件（其 format 为 "zotero"）',
    );
    expect(errorText(new Error('boom'), translator('zh'))).toBe('出错了：boom');
  });

  // every problem a file can have, read in Chinese: no English words but the file's own field names
  test.each<[string, string]>([
    ['', 'empty'],
    ['{"format":"report-lens-clips","version":1,"clips":[', 'not-json'],
    ['\u0000\u00ff\u00d8JFIF\u0001 garbage', 'not-json'],
    ['{"format":"x"}', 'foreign'],
    ['{"format":"report-lens-clips","version":"1","clips":[]}', 'bad-version'],
    ['{"format":"report-lens-clips","version":9,"clips":[]}', 'newer'],
    ['{"format":"report-lens-clips","version":1}', 'no-clips'],
    ['{"format":"report-lens-clips","version":1,"clips":[7]}', 'bad-clip'],
  ])('a file %j is refused in Chinese (%s)', async (text, problem) => {
    const e = await parseClipsFile(text).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).problem).toBe(problem);
    const said = errorText(e, translator('zh'));
    expect(said).toMatch(/^未导入，数据库未作任何改动：/);
    expect(said.replace(/"[^"]*"|format|version|JSON|\{|\}/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    // never the file's own bytes
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not show
    expect(said).not.toMatch(/[\u0000-\u001f\u00ff\ufffd]/);
  });
});
