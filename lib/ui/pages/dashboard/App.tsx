// The dashboard: the comparison with room. Pick indicators, regions (with the regions above them)
// and years; chart one indicator across regions or years; read the table; manage the clips — export
// CSV and JSON, import JSON (checked whole, written in one transaction, progress shown), delete with
// undo, clear; correct a clip or its page's report, note and tag it, merge and split rows (each with
// undo). Asks the browser to keep its storage, and shows how much is used. What it reads and
// writes is in ../data; what is compared in selection.ts; each card is a component of its own.
import { LangContext, LanguageSwitch, useLang, useLangState } from '../common/lang';
import { ErrorView, ToastView } from '../common/Notices';
import { useNotices } from '../data/notices';
import { useAliases, useClips, useDbVersion, useStorageState } from '../data/reads';
import { useEdits } from '../data/edits';
import { useClipActions, useTransfer } from '../data/writes';
import { ChartSection } from './ChartSection';
import { ImportStatus, ManageBar, StorageNote } from './Manage';
import { Pickers } from './Pickers';
import { ClipsSection } from './Sections';
import { TableSection } from './TableSection';
import { useSelection } from './selection';

export function DashboardApp() {
  const lang = useLangState();
  return (
    <LangContext.Provider value={lang}>
      <Dashboard />
    </LangContext.Provider>
  );
}

function Dashboard() {
  const { t } = useLang();
  const notices = useNotices();
  const { version, changed } = useDbVersion(true);
  const clips = useClips(version, notices.fail);
  const storage = useStorageState(version);
  const actions = useClipActions(notices, changed);
  const transfer = useTransfer(notices, changed);
  const edits = useEdits(notices, changed);
  const aliases = useAliases(version, notices.fail);
  const sel = useSelection(clips);

  return (
    <div class="dashboard" data-clips={clips?.length ?? ''}>
      <header class="bar">
        <h1>
          <span aria-hidden="true">◎</span> {t('dashboardTitle')}
        </h1>
        {clips && <span class="count">{t('clipsCount', { n: clips.length })}</span>}
        <span class="spacer" />
        <StorageNote state={storage} />
        <LanguageSwitch />
      </header>

      <ManageBar count={clips?.length ?? 0} transfer={transfer} actions={actions} />
      <ImportStatus transfer={transfer} />
      <ErrorView error={notices.error} onClose={() => notices.setError(null)} />

      {clips && clips.length === 0 && <p class="none dashboard-empty">{t('dashboardEmpty')}</p>}

      {clips && clips.length > 0 && (
        <div class="dash-grid">
          <Pickers sel={sel} />
          <main class="dash-main">
            <ChartSection view={sel.view} />
            <TableSection sel={sel} clips={clips} aliases={aliases} edits={edits} onOpen={actions.open} />
            <ClipsSection
              scoped={sel.scoped}
              clips={clips}
              edits={edits}
              onEdited={sel.showClip}
              onOpen={actions.open}
              onDelete={actions.remove}
            />
          </main>
        </div>
      )}
      <ToastView toast={notices.toast} onClose={() => notices.setToast(null)} ms={15_000} />
    </div>
  );
}
