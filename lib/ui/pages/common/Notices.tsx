// What the pages tell the reader: a passing notice with an optional action (Undo), and errors that
// stay until dismissed. Both are live regions, so screen readers hear them.
import { useEffect } from 'preact/hooks';
import { useLang } from './lang';

export interface Toast {
  text: string;
  action?: { label: string; run: () => void };
}

export function ToastView({ toast, onClose, ms = 10_000 }: { toast: Toast | null; onClose: () => void; ms?: number }) {
  useEffect(() => {
    if (!toast) return;
    const id = setTimeout(onClose, ms);
    return () => clearTimeout(id);
  }, [toast]);
  return (
    <div class="toast-area" role="status" aria-live="polite">
      {toast && (
        <div class="toast">
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              class="toast-action"
              onClick={() => {
                toast.action!.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" class="toast-close" aria-label="×" onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}

export function ErrorView({ error, onClose }: { error: string | null; onClose: () => void }) {
  const { t } = useLang();
  if (!error) return null;
  return (
    <div class="error" role="alert">
      <span>{error}</span>
      <button type="button" class="error-close" aria-label={t('cancel')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
