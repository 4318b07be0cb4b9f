// What the pages change in the clips' database, as hooks: delete and clear with Undo, the sample,
// export and import (checked whole, written in one transaction, progress shown), and opening a
// clip's page. With reads.ts the only place the pages touch Dexie; each change ends in `changed()`.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../../../messages';
import { clearAll, deleteClips, restoreAll, restoreClips } from '../../../db/clips';
import { allAliases, allClips, importClips, type ImportResult } from '../../../db/transfer';
import { toCsvExport, toJson } from '../../../clip/export';
import { MAX_IMPORT_BYTES, ImportError, parseClipsFile } from '../../../clip/import';
import { download, stamp } from '../common/actions';
import { useLang } from '../common/lang';
import { pageDb } from './db';
import { noticeWithUndo, type Notices } from './notices';

/** marks for the bench (tests/bench/popup.ts): import file chosen → every clip written */
export const IMPORT_START = 'rl:import-start';
export const IMPORT_DONE = 'rl:import-done';
export const SAMPLE_PATH = '/sample-clips.json';

/** the sample clips shipped in public/ (built from real report pages; tests/unit/export-sample.test.ts) */
async function loadSample(): Promise<ImportResult> {
  const res = await fetch(browser.runtime.getURL(SAMPLE_PATH as '/'));
  return importClips(pageDb(), await parseClipsFile(await res.text()));
}

export interface ClipActions {
  /** ask the background to open a clip's page (its content script scrolls to the clip and flashes it) */
  open: (id: string) => void;
  /** delete, with Undo */
  remove: (ids: string[]) => Promise<void>;
  sample: () => Promise<void>;
  /** the sample is loading */
  sampling: boolean;
}

export function useClipActions(n: Notices, changed: () => void): ClipActions {
  const { t } = useLang();
  const [sampling, setSampling] = useState(false);
  const db = pageDb();
  return {
    sampling,
    open: (id) => void send((m) => browser.runtime.sendMessage(m), { type: 'clip:open', id }).catch(n.fail),
    remove: async (ids) => {
      try {
        const rows = await deleteClips(db, ids);
        changed();
        noticeWithUndo(n, t, changed, t('deleted', { n: rows.length }), () => restoreClips(db, rows));
      } catch (e) {
        n.fail(e);
      }
    },
    sample: async () => {
      setSampling(true);
      try {
        const r = await loadSample();
        n.setToast({ text: t('sampleLoaded', { n: r.added + r.merged }) });
        changed();
      } catch (e) {
        n.fail(e);
      } finally {
        setSampling(false);
      }
    },
  };
}

export interface ImportProgress {
  phase: 'reading' | 'validating' | 'writing';
  done: number;
  total: number;
}

export interface Transfer {
  /** an import under way */
  progress: ImportProgress | null;
  exportCsv: () => Promise<void>;
  exportJson: () => Promise<void>;
  importFile: (file: File) => Promise<void>;
  /** delete every clip and report, with Undo in the notice */
  clear: () => Promise<void>;
}

export function useTransfer(n: Notices, changed: () => void): Transfer {
  const { t } = useLang();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const db = pageDb();
  const exportAs = async (ext: 'csv' | 'json') => {
    try {
      const clips = await allClips(db);
      if (ext === 'csv') download(`report-lens-clips-${stamp()}.csv`, toCsvExport(clips), 'text/csv;charset=utf-8');
      else download(`report-lens-clips-${stamp()}.json`, toJson(clips, new Date(), await allAliases(db)), 'application/json');
    } catch (e) {
      n.fail(e);
    }
  };
  return {
    progress,
    exportCsv: () => exportAs('csv'),
    exportJson: () => exportAs('json'),
    importFile: async (file) => {
      n.setError(null);
      n.setToast(null);
      performance.clearMarks(IMPORT_START);
      performance.clearMarks(IMPORT_DONE);
      performance.mark(IMPORT_START);
      try {
        if (file.size > MAX_IMPORT_BYTES)
          throw new ImportError('too-big', t('importFileTooBig', { size: Math.round(file.size / 1048576) }));
        setProgress({ phase: 'reading', done: 0, total: 0 });
        const text = await file.text();
        const parsed = await parseClipsFile(text, { onProgress: (done, total) => setProgress({ phase: 'validating', done, total }) });
        setProgress({ phase: 'writing', done: 0, total: parsed.clips.length });
        const r = await importClips(db, parsed, (done, total) => setProgress({ phase: 'writing', done, total }));
        performance.mark(IMPORT_DONE);
        n.setToast({ text: t('imported', { added: r.added, merged: r.merged }) });
        changed();
      } catch (e) {
        n.fail(e);
      } finally {
        setProgress(null);
      }
    },
    clear: async () => {
      try {
        const saved = await clearAll(db);
        changed();
        noticeWithUndo(n, t, changed, t('cleared', { n: saved.clips.length }), () => restoreAll(db, saved));
      } catch (e) {
        n.fail(e);
      }
    },
  };
}
