// The editor framed into a report page: the reader corrects what the engine read of a figure (or fills
// in one it missed), adds a note and tags, and clips it. Its job — the draft — comes from the
// background by the token in its address (lib/background/editor-jobs.ts). Enter saves, Escape cancels;
// a refusal is shown at its field and nothing is saved.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send, type Request, type ResponseOf } from '../../../messages';
import type { ClipDraft } from '../../../clip/clip';
import { InvalidClip } from '../../../clip/schema';
import { LangContext, useLang, useLangState } from '../common/lang';
import { EditorForm } from './EditorForm';
import { checkForm, formOf, type FieldName, type Form } from './fields';

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
  const [draft, setDraft] = useState<ClipDraft | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [problem, setProblem] = useState<{ field: FieldName | null; message: string } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    ask({ type: 'editor:job', token })
      .then(({ draft }) => {
        setDraft(draft);
        setForm(formOf(draft.mention));
      })
      .catch((e: Error) => setProblem({ field: null, message: e.message }));
  }, [token]);

  const cancel = () => void ask({ type: 'editor:close', token }).catch(() => undefined);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') cancel();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  const save = async () => {
    if (!draft || !form || saving) return;
    let checked: ReturnType<typeof checkForm>;
    try {
      checked = checkForm(form, draft);
    } catch (e) {
      if (!(e instanceof InvalidClip)) throw e;
      setProblem({ field: (e.field?.replace(/^edits\./, '') as FieldName) ?? null, message: e.message });
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await ask({ type: 'editor:save', token, ...checked });
    } catch (e) {
      setProblem({ field: null, message: (e as Error).message });
      setSaving(false);
    }
  };

  if (!draft || !form)
    return <main class="editor">{problem ? <p class="editor-error">{problem.message}</p> : <p>{t('editorLoading')}</p>}</main>;
  return (
    <EditorForm
      draft={draft}
      form={form}
      problem={problem}
      saving={saving}
      onChange={(f) => {
        setForm(f);
        if (problem) setProblem(null);
      }}
      onSave={save}
      onCancel={cancel}
    />
  );
}
