// What a page tells the reader after a read or a write: a passing notice (with Undo) and an error
// that stays until dismissed, in the reader's language.
import { useState } from 'preact/hooks';
import type { Toast } from '../common/Notices';
import type { Translate } from '../../../i18n';
import { useLang } from '../common/lang';
import { errorText } from '../common/storage';

export interface Notices {
  toast: Toast | null;
  error: string | null;
  setToast: (t: Toast | null) => void;
  setError: (e: string | null) => void;
  /** an error as the reader should see it (a full disk named as such) */
  fail: (e: unknown) => void;
}

export function useNotices(): Notices {
  const { t } = useLang();
  const [toast, setToast] = useState<Toast | null>(null);
  const [error, setError] = useState<string | null>(null);
  return { toast, error, setToast, setError, fail: (e: unknown) => setError(errorText(e, t)) };
}

/** a notice that a change was made, with Undo: the rows it took are kept in the action and put back exactly */
export function noticeWithUndo(n: Notices, t: Translate, changed: () => void, text: string, restore: () => Promise<unknown>): void {
  n.setToast({
    text,
    action: {
      label: t('undo'),
      run: () => {
        n.setToast(null);
        restore().then(() => {
          changed();
          n.setToast({ text: t('restored') });
        }, n.fail);
      },
    },
  });
}
