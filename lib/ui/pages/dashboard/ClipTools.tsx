// The dashboard's tools on one clip: correct its fields, correct its page's report (every clip of the
// page at once), write a note and tags. One form open at a time; closing it gives the focus back to
// the button that opened it.
import { useRef, useState } from 'preact/hooks';
import type { Clip } from '../../../clip/clip';
import { MENTION_EDITS } from '../../../clip/clip';
import type { PageEdit } from '../../../db/clips';
import type { MessageKey } from '../../../i18n';
import type { Edits, Outcome } from '../data/edits';
import { useLang } from '../common/lang';
import { EditForm } from './EditForm';
import { NoteEditor } from './NoteEditor';
import { CLIP_FORM, PAGE_FORM } from '../common/clip-form';

type Tool = 'fields' | 'page' | 'notes';
const TOOLS: Array<[Tool, MessageKey]> = [
  ['fields', 'editClip'],
  ['page', 'editPage'],
  ['notes', 'editNotes'],
];

/** `pageClips`: how many clips the clip's page has (a page's correction changes them all); `onEdited`: its fields changed */
export function ClipTools({ c, edits, pageClips, onEdited }: { c: Clip; edits: Edits; pageClips: number; onEdited: (id: string) => void }) {
  const { t } = useLang();
  const [open, setOpen] = useState<Tool | null>(null);
  const buttons = useRef<Partial<Record<Tool, HTMLButtonElement | null>>>({});
  // a corrected clip may move to a row not chosen yet: it is shown
  const shown = (p: Promise<Outcome>) =>
    p.then((r) => {
      if (r.ok) onEdited(c.id);
      return r;
    });
  const close = () => {
    const was = open;
    setOpen(null);
    if (was) buttons.current[was]?.focus();
  };
  return (
    <div class="clip-tools">
      <div class="clip-tool-buttons">
        {TOOLS.map(([tool, label]) => (
          <button
            key={tool}
            type="button"
            class="link"
            data-action={`open-${tool}`}
            aria-expanded={open === tool}
            ref={(el) => {
              buttons.current[tool] = el;
            }}
            onClick={() => setOpen(open === tool ? null : tool)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {open === 'fields' && (
        <EditForm
          name="clip"
          c={c}
          fields={CLIP_FORM}
          title={t('editClipTitle')}
          save={(e) => shown(edits.edit(c.id, e))}
          resetField={(f) => void shown(edits.reset(c.id, [f]))}
          resetAll={() => void shown(edits.reset(c.id, [...MENTION_EDITS]))}
          onClose={close}
        />
      )}
      {open === 'page' && (
        <EditForm
          name="page"
          c={c}
          fields={PAGE_FORM}
          title={t('editPageTitle')}
          hint={t('editPageHint', { n: pageClips })}
          save={(e) => edits.editPage(c.url, e as PageEdit)}
          resetAll={() => void edits.resetPage(c.url)}
          onClose={close}
        />
      )}
      {open === 'notes' && (
        // made afresh when the note changes under it (saved, undone)
        <NoteEditor key={JSON.stringify([c.note, c.tags])} c={c} save={(n) => edits.notes(c.id, n)} onClose={close} />
      )}
    </div>
  );
}
