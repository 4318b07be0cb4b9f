// Making a clip: from what the content script sends (a draft: the engine's reading, with the reader's
// corrections and note where they made them before clipping) to the row the database keeps.
import type { Clip, ClipDraft } from './clip';
import { clipId, pageUrl } from './clip';
import { derive } from './derive';
import { applyEdit, withNotes } from './edit';
import type { AliasBook } from '../compare/reader-aliases';

export function clipFromDraft(d: ClipDraft, now: number, aliases?: AliasBook): Clip {
  const m = d.mention;
  const clip: Clip = {
    id: clipId(d.url, d.selector.quote),
    text: m.text,
    indicator: m.indicator,
    indicatorKey: '',
    measure: m.measure,
    value: m.value,
    unit: m.unit,
    qualifier: m.qualifier,
    kind: m.kind,
    period: m.period,
    ...(m.periodFrom !== undefined ? { periodFrom: m.periodFrom } : {}),
    url: pageUrl(d.url),
    pageTitle: d.pageTitle,
    region: d.region,
    regionPath: d.regionPath,
    regionLevel: null,
    reportYear: d.reportYear,
    reportType: d.reportType,
    reportTitle: d.reportTitle,
    sentence: d.sentence,
    selector: d.selector,
    createdAt: now,
  };
  if (m.valueMax !== undefined) clip.valueMax = m.valueMax;
  if (d.manual) clip.manual = true;
  const made = Object.assign(clip, derive(clip, aliases));
  const edited = d.edits ? applyEdit(made, d.edits, now, aliases) : made;
  return d.note !== undefined || d.tags !== undefined ? withNotes(edited, { note: d.note, tags: d.tags }) : edited;
}
