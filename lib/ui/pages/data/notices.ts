// What a page tells the reader after a read or a write: a passing notice (with Undo) and an error
// that stays until dismissed, in the reader's language.
import { useState } from 'preact/hooks';
import type { Toast } from '../common/Notices';
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
