// Clips for the database and export tests, made the way the extension makes them: the fixture
// page's article text (cli/input.ts, lib/page), detection, extraction, and the content script's
// draft (lib/page/draft.ts).
import { join } from 'node:path';
import { readInput } from '../../cli/input';
import { detect } from '../../lib/detect/detect';
import { extract } from '../../lib/extract/index';
import { clipDraft } from '../../lib/clip/draft';
import { clipFromDraft } from '../../lib/clip/make';
import type { Clip, ClipDraft } from '../../lib/clip/clip';

export const PAGES = join(import.meta.dirname, '../../../shared/fixtures/pages');

const cache = new Map<string, ClipDraft[]>();

/** a draft of every mention on a fixture page, as if it were served at `url` */
export function draftsOf(page: string, url = `https://example.gov.cn/${page}`): ClipDraft[] {
  const key = `${page} ${url}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { text, title } = readInput(join(PAGES, page));
  const detection = detect(text, { title });
  const drafts = extract(text, { title, meta: detection }).map((m) => clipDraft(m, text, detection, { url, title }));
  cache.set(key, drafts);
  return drafts;
}

/** clips of a fixture page, made a second apart from `t0` */
export function clipsOf(page: string, t0 = 1_700_000_000_000, url?: string): Clip[] {
  return draftsOf(page, url).map((d, i) => clipFromDraft(d, t0 + i * 1000));
}
