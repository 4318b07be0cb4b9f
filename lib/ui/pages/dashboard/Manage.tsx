// Managing the clips: export CSV and JSON, import JSON (with its progress), the sample, clear (asked
// twice) — and the header's note of how the browser keeps them. The work is done by data/writes.ts.
import { useRef, useState } from 'preact/hooks';
import { useLang } from '../common/lang';
import { formatBytes } from '../common/format';
import type { StorageState } from '../data/reads';
import type { ClipActions, Transfer } from '../data/writes';

export function StorageNote({ state }: { state: StorageState | null }) {
  const { t } = useLang();
  if (!state) return null;
  return (
    <span class="storage" data-persisted={String(state.persisted)}>
      {t('storage')}: {state.persisted ? t('storagePersisted') : t('storageBestEffort')}
      {state.usage !== null ? ` · ${t('storageUsage', { used: formatBytes(state.usage) })}` : ''}
    </span>
  );
}

export function ManageBar({ count, transfer, actions }: { count: number; transfer: Transfer; actions: ClipActions }) {
  const { t } = useLang();
  const [confirmClear, setConfirmClear] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = transfer.progress !== null;
  const importFile = async (f: File) => {
    await transfer.importFile(f);
    if (fileInput.current) fileInput.current.value = '';
  };
  return (
    <div class="toolbar" role="toolbar" aria-label={t('clips')}>
      <button type="button" data-action="export-csv" onClick={transfer.exportCsv} disabled={busy || !count}>
        {t('exportCsv')}
      </button>
      <button type="button" data-action="export-json" onClick={transfer.exportJson} disabled={busy || !count}>
        {t('exportJson')}
      </button>
      <label class={`button${busy ? ' disabled' : ''}`}>
        {t('importJson')}
        <input
          ref={fileInput}
          type="file"
          class="sr-only"
          accept=".json,application/json"
          data-action="import"
          disabled={busy}
          onChange={(e) => {
            const f = (e.target as HTMLInputElement).files?.[0];
            if (f) void importFile(f);
          }}
        />
      </label>
      <button type="button" data-action="load-sample" onClick={actions.sample} disabled={busy}>
        {t('loadSample')}
      </button>
      <span class="spacer" />
      {!confirmClear ? (
        <button type="button" class="danger" data-action="clear" onClick={() => setConfirmClear(true)} disabled={busy || !count}>
          {t('clearAll')}
        </button>
      ) : (
        <span class="confirm" role="group" aria-label={t('clearAll')}>
          {t('clearConfirm', { n: count })}{' '}
          <button
            type="button"
            class="danger"
            data-action="clear-confirm"
            onClick={() => {
              setConfirmClear(false);
              void transfer.clear();
            }}
          >
            {t('clearYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirmClear(false)}>
            {t('cancel')}
          </button>
        </span>
      )}
    </div>
  );
}

export function ImportStatus({ transfer }: { transfer: Transfer }) {
  const { t } = useLang();
  const p = transfer.progress;
  return (
    <div class="status-area" role="status" aria-live="polite">
      {p && (
        <div class="progress" data-phase={p.phase}>
          <span>
            {p.phase === 'reading'
              ? t('importing')
              : t(p.phase === 'validating' ? 'importValidating' : 'importWriting', { done: p.done, total: p.total })}
          </span>
          <progress max={p.total || 1} value={p.phase === 'reading' ? undefined : p.done} />
        </div>
      )}
    </div>
  );
}
