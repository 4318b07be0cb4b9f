// Delete with undo: the deleted rows are kept in the notice's action, and Undo puts them back
// exactly as they were (lib/db/clips.ts restoreClips).
import type { ReportLensDb } from '../../../db/schema';
import { deleteClips, restoreClips } from '../../../db/clips';
import type { Translate } from '../../../i18n';
import type { Toast } from './Notices';
import { errorText } from './storage';

export interface UndoDeps {
  t: Translate;
  toast: (t: Toast | null) => void;
  error: (text: string) => void;
  /** the database changed: reload what is shown */
  changed: () => void;
}

export async function deleteWithUndo(db: ReportLensDb, ids: string[], d: UndoDeps): Promise<void> {
  try {
    const rows = await deleteClips(db, ids);
    d.changed();
    d.toast({
      text: d.t('deleted', { n: rows.length }),
      action: {
        label: d.t('undo'),
        run: () => {
          d.toast(null);
          restoreClips(db, rows).then(
            () => {
              d.changed();
              d.toast({ text: d.t('restored') });
            },
            (e) => d.error(errorText(e, d.t)),
          );
        },
      },
    });
  } catch (e) {
    d.error(errorText(e, d.t));
  }
}
