// The lines a page's title may be, read from the source as the page shows them (see titleLinesOf).
import { normalize } from '../text/normalize';

/**
 * The lines a page's title may be: the page title and the short lines at
 * the head of the source as it shows them. Read line by line from the source, not from the clean
 * text: normalize() joins a line break between Han characters (a wrapped line), which would glue a
 * title or a byline (辽阳市统计局) to the paragraph after it.
 */
export function titleLinesOf(pageTitle: string, source: string, clean: string): string[] {
  // not the metadata's title: it may be cut from a sentence (昨天的政府工作报告,您肯定关注了。)
  const lines = [pageTitle];
  // one normalize() of the head with every break made a paragraph break, which it keeps
  const head = normalize(source.slice(0, 3000).replace(/\r?\n/g, '\n\n')).text.split(/\n+/);
  let n = 0;
  for (const raw of head) {
    const line = raw.trim();
    if (!line) continue;
    if (++n > 24) break;
    // a title is not a sentence: 昨天的政府工作报告,您肯定关注了。 only talks about a report
    if (line.length <= 60 && !/[,，。!！?？;；]/.test(line)) lines.push(line);
  }
  // a page whose line breaks were lost starts with its title all the same (…统计公报 2023年,全县…)
  const start = /^\s*([^\s,，。:：]{6,60})[\s,，。:：]/.exec(clean);
  if (start) lines.push(start[1]);
  return lines.filter(Boolean);
}
