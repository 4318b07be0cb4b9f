// Report files clipped whole, the way the extension clips a page: detection and extraction as the
// background runs them, the content script's draft, the clip as the database would hold it. Shared by
// `npm run compare` and the tests that measure the comparison on real files.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { detect } from '../lib/detect/detect';
import { extract } from '../lib/extract/index';
import { clipDraft } from '../lib/clip/draft';
import { clipFromDraft } from '../lib/clip/make';
import type { Clip } from '../lib/clip/clip';
import { readInput } from './input';

export interface ClippedFiles {
  /** every figure of every file, once (the same quote clipped twice is one clip) */
  clips: Clip[];
  /** the file each clip came from */
  fileOf: Map<string, string>;
}

/**
 * Clip every figure of `files`, in order; a file that cannot be read goes to `onError` (its message
 * says why) and the others are still read. `onNotReport` hears of a file not taken for a report.
 */
export function clipFiles(
  files: readonly string[],
  on: { error?: (file: string, e: unknown) => void; notReport?: (file: string, score: number) => void } = {},
): ClippedFiles {
  const clips: Clip[] = [];
  const fileOf = new Map<string, string>();
  files.forEach((file, i) => {
    try {
      const input = readInput(file);
      const detection = detect(input.text, { title: input.title, heading: input.heading });
      if (!detection.isReport) on.notReport?.(file, detection.score);
      const url = pathToFileURL(resolve(file)).href;
      for (const m of extract(input.text, { title: input.title, meta: detection })) {
        const clip = clipFromDraft(clipDraft(m, input.text, detection, { url, title: input.title }), i);
        if (fileOf.has(clip.id)) continue;
        fileOf.set(clip.id, file);
        clips.push(clip);
      }
    } catch (e) {
      if (!on.error) throw e;
      on.error(file, e);
    }
  });
  return { clips, fileOf };
}
