// Asking the background to analyse the article (detect, then extract). A page the reader asked to
// have read as a report is extracted whatever the detector says; its metadata is read as on any page.
import type { AnalyzeResponse } from '../messages';
import { articleHeading } from '../page/read';
import { request } from './io';

/** the background's analysis of the article's text, or null when it could not be had (said where tools and testers look) */
export async function analyze(text: string, article: Element | null, asReport: boolean): Promise<AnalyzeResponse | null> {
  try {
    const heading = article ? articleHeading(article) : '';
    return await request({ type: 'analyze', text, title: document.title, heading, url: location.href, ...(asReport && { asReport }) });
  } catch (e) {
    // the page is left as it is
    const message = (e as Error).message;
    document.documentElement.setAttribute('data-rl-error', message.slice(0, 200));
    console.warn('Report Lens: could not analyse this page:', message);
    return null;
  }
}
