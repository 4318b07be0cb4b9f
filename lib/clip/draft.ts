// What the content script sends when a reader clips: the mention, its page, the report detection
// read, the sentence around it and the selectors that find it again (lib/anchor).
import type { ClipDraft } from './clip';
import type { Mention } from '../model/mention';
import type { ReportMeta } from '../detect/metadata';
import { sentenceAround } from '../text/sentence';
import { selectorOf } from '../anchor/quote';

export interface PageInfo {
  url: string;
  title: string;
}

/** the draft of a clip of `mention`, whose offsets are into `text` (the article's flat text) */
export function clipDraft(
  mention: Mention,
  text: string,
  detection: Pick<ReportMeta, 'region' | 'regionPath' | 'year' | 'type' | 'title'>,
  page: PageInfo,
): ClipDraft {
  return {
    mention,
    url: page.url,
    pageTitle: page.title.slice(0, 2000),
    region: detection.region,
    regionPath: detection.regionPath.slice(0, 8),
    reportYear: detection.year,
    reportType: detection.type,
    reportTitle: detection.title,
    sentence: sentenceAround(text, mention.start, mention.end),
    selector: selectorOf(text, mention.start, mention.end),
  };
}
