// The popup's switches: for the tab it acts on, "read this page" where the Lens has not tagged a web
// page (it turned it away, or has not decided; not where the reader switched it off), and the list of every switch the reader has turned —
// off for a site, off for a page, pages read as reports — each removable. The popup acts on the
// active tab, or on the tab ?tab=<id> names (a popup opened as a page of its own, as the tests do).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isTabCounted, send } from '../../../messages';
import type { MessageKey } from '../../../i18n';
import { isReadPage, offScope, readSwitches, switches, updateSwitches, without, type SwitchKind, type Switches } from '../../../settings';
import { useLang } from '../common/lang';
import type { Notices } from '../data/notices';

interface TabState {
  id: number;
  /** known for web pages only (the host permission); undefined for the browser's own pages */
  url: string | undefined;
  /** the Lens tagged it (the badge shows its count) */
  tagged: boolean;
}

const KINDS: SwitchKind[] = ['reads', 'pages', 'sites'];

async function readTab(): Promise<TabState | null> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const id = Number.isInteger(asked) && asked > 0 ? asked : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const tab = id === undefined ? null : await browser.tabs.get(id).catch(() => null);
  if (!tab || tab.id === undefined) return null;
  // Firefox MV2 calls the toolbar button browserAction
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const badge = await action.getBadgeText({ tabId: tab.id }).catch(() => '');
  return { id: tab.id, url: tab.url, tagged: !!badge };
}

function useSwitches(): Switches | null {
  const [s, set] = useState<Switches | null>(null);
  useEffect(() => {
    const load = () => void readSwitches().then(set, () => set({ sites: [], pages: [], reads: [] }));
    load();
    return switches.watch(load);
  }, []);
  return s;
}

export function PageSwitches({ notices }: { notices: Notices }) {
  const { t } = useLang();
  const s = useSwitches();
  const [tab, setTab] = useState<TabState | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => void readTab().then(setTab, () => {}), []);
  // the page tagged, or let go (its read switch removed below): the offer follows
  useEffect(() => {
    const heard = (m: unknown) => {
      if (isTabCounted(m)) setTab((now) => (now?.id === m.tabId ? { ...now, tagged: !!m.count } : now));
    };
    browser.runtime.onMessage.addListener(heard);
    return () => browser.runtime.onMessage.removeListener(heard);
  }, []);
  if (!s) return null;
  const web = !!tab?.url && /^https?:\/\//.test(tab.url);
  const read = web && isReadPage(s, tab!.url!);
  // a page switched off is turned back on from its own toolbar (the switch is listed below)
  const offer = web && !read && !tab!.tagged && !offScope(s, tab!.url!);
  const entries = KINDS.flatMap((kind) => s[kind].map((value) => ({ kind, value })));

  const readPage = () => {
    setBusy(true);
    send((m) => browser.runtime.sendMessage(m), { type: 'page:read', tabId: tab!.id })
      .then(
        () => {
          setTab({ ...tab!, tagged: true });
          notices.setToast({ text: t('readPageDone') });
        },
        (e: Error) => notices.setError(t('readPageFailed', { why: e.message })),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section class="page-switches" aria-label={t('thisPage')}>
      {offer && (
        <div class="this-page">
          <span>{t('readPageHint')}</span>
          <button type="button" class="primary" data-rl-action="read-page" disabled={busy} onClick={readPage}>
            {t('readPage')}
          </button>
        </div>
      )}
      {read && <div class="this-page">{t('pageIsRead')}</div>}
      {entries.length > 0 && (
        <details class="switch-list">
          <summary>{t('switchesTitle', { n: entries.length })}</summary>
          <ul>
            {entries.map((e) => (
              <li key={`${e.kind} ${e.value}`} data-rl-switch={e.kind}>
                <span class="switch-kind">{t(`switch_${e.kind}` as MessageKey)}</span>
                <span class="switch-value" title={e.value}>
                  {e.value}
                </span>
                <button
                  type="button"
                  class="link"
                  data-rl-action="remove-switch"
                  aria-label={t('removeSwitch', { what: e.value })}
                  onClick={() => void updateSwitches((now) => without(now, e.kind, e.value)).catch(notices.fail)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
