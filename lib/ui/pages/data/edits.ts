// What the dashboard corrects, as one hook: a clip's fields, a page's report (all its clips at once),
// a clip's note and tags, and the reader's aliases (rows merged and split). Each write is checked whole
// before anything is stored (lib/db/edits.ts, lib/db/aliases.ts) and ends in a notice with Undo; an
// edit refused names its field, for the form to say so there.
import type { EditableField } from '../../../clip/clip';
import type { Edit } from '../../../clip/edit';
import { InvalidClip } from '../../../clip/schema';
import { mergeAlias, splitAlias } from '../../../compare/reader-aliases';
import { changeAliases, undoAliases, type AliasUndo } from '../../../db/aliases';
import type { PageEdit } from '../../../db/clips';
import { editClip, editPage, resetClip, resetPage, restoreEdits, setNotes, type EditUndo } from '../../../db/edits';
import { useLang } from '../common/lang';
import { pageDb } from './db';
import { noticeWithUndo, type Notices } from './notices';

/** how a write ended: done; refused at a field (the form says so there); or failed (the page's error says why) */
export type Outcome = { ok: true } | { ok: false; field?: string };

export interface Edits {
  edit: (id: string, edit: Edit) => Promise<Outcome>;
  /** the engine's reading back in `fields` (all corrected fields when none are named) */
  reset: (id: string, fields?: EditableField[]) => Promise<Outcome>;
  notes: (id: string, notes: { note: string; tags: string[] }) => Promise<Outcome>;
  editPage: (url: string, edit: PageEdit) => Promise<Outcome>;
  resetPage: (url: string) => Promise<Outcome>;
  /** the row keyed `from` joins the row keyed `to` */
  merge: (from: string, to: string) => Promise<Outcome>;
  /** one wording out of the row it was folded into, on a row of its own */
  split: (wording: string) => Promise<Outcome>;
  /** a reader's merge or split (by alias id) taken back */
  unalias: (aliasId: string) => Promise<Outcome>;
}

export function useEdits(n: Notices, changed: () => void): Edits {
  const { t } = useLang();
  const db = pageDb();
  const write = async <U>(text: string, change: () => Promise<U>, undo: (u: U) => Promise<unknown>): Promise<Outcome> => {
    try {
      const u = await change();
      changed();
      noticeWithUndo(n, t, changed, text, () => undo(u));
      return { ok: true };
    } catch (e) {
      if (e instanceof InvalidClip && e.field) return { ok: false, field: e.field };
      n.fail(e);
      return { ok: false };
    }
  };
  const restore = (u: EditUndo) => restoreEdits(db, u);
  const restoreAliases = (u: AliasUndo) => undoAliases(db, u);
  return {
    edit: (id, edit) => write(t('editSaved'), () => editClip(db, id, edit), restore),
    reset: (id, fields) => write(t('editReset'), () => resetClip(db, id, fields), restore),
    notes: (id, notes) => write(t('notesSaved'), () => setNotes(db, id, notes), restore),
    editPage: (url, edit) => write(t('pageEdited'), () => editPage(db, url, edit), restore),
    resetPage: (url) => write(t('pageReset'), () => resetPage(db, url), restore),
    merge: (from, to) => write(t('rowsMerged', { from, to }), () => changeAliases(db, [mergeAlias(from, to)]), restoreAliases),
    split: (wording) => write(t('wordingSplit', { wording }), () => changeAliases(db, [splitAlias(wording)]), restoreAliases),
    unalias: (id) => write(t('aliasRemoved'), () => changeAliases(db, [], [id]), restoreAliases),
  };
}
