// The editor framed into a report page: the reader corrects what the engine read of a figure (or fills
// in one it missed), adds a note and tags, and clips it. Its job — the draft — comes from the
// background by the token in its address (lib/background/editor-jobs.ts). Enter saves, Escape cancels.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send, type Request, type ResponseOf } from '../../../messages';
import type { ClipDraft } from '../../../clip/clip';
import { LangContext, useLang, useLangState } from '../common/lang';
import { EditorForm, type Corrections } from './EditorForm';

const ask = <R extends Request>(r: R): Promise<ResponseOf[R['type']]> => send((m) => browser.runtime.sendMessage(m), r);

export function EditorApp() {
  const lang = useLangState();
  return (
    <LangContext.Provider value={lang}>
      <Editor token={location.hash.slice(1)} />
    </LangContext.Provider>
  );
}

function Editor({ token }: { token: string }) {
  const { t } = useLang();
  const [job, setJob] = useState<{ draft: ClipDraft; blank: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    ask({ type: 'editor:job', token })
      .then(setJob)
      .catch((e: Error) => setProblem(e.message));
  }, [token]);

  const cancel = () => void ask({ type: 'editor:close', token }).catch(() => undefined);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') cancel();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });
  // the reader types at once: the first field has the focus
  useEffect(() => {
    if (job) document.querySelector<HTMLElement>('input, select')?.focus();
  }, [job]);

  const save = async (c: Corrections) => {
    setSaving(true);
    setProblem(null);
    try {
      await ask({ type: 'editor:save', token, ...c });
    } catch (e) {
      setProblem((e as Error).message);
      setSaving(false);
    }
  };

  if (!job) return <main class="frame-editor">{problem ? <p class="field-error">{problem}</p> : <p>{t('editorLoading')}</p>}</main>;
  return <EditorForm draft={job.draft} blank={job.blank} saving={saving} problem={problem} onSave={save} onCancel={cancel} />;
}
