// Selecting text in a page the way a reader does (a mouse drag), or the way a page's script does
// (a Range put into the selection), for the tests and pictures of clipping a selection.
import type { Page } from 'playwright-core';

/**
 * Where `text` (its first occurrence in <body>, across elements) stands in the viewport, scrolled to
 * the middle; `select`: the page's script selects it too.
 */
export async function textBox(page: Page, text: string, select = false): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  const box = await page.evaluate(
    ([text, bySelection]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        all += (n as Text).data;
      }
      const at = all.indexOf(text);
      if (at < 0) throw new Error(`no "${text}" in the page`);
      const range = document.createRange();
      let offset = 0;
      for (const n of nodes) {
        const end = offset + n.length;
        if (at >= offset && at < end) range.setStart(n, at - offset);
        if (at + text.length > offset && at + text.length <= end) range.setEnd(n, at + text.length - offset);
        offset = end;
      }
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      if (bySelection) {
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
      }
      const rects = range.getClientRects();
      const first = rects[0];
      const last = rects[rects.length - 1];
      return { x1: first.left, y1: (first.top + first.bottom) / 2, x2: last.right, y2: (last.top + last.bottom) / 2 };
    },
    [text, select] as const,
  );
  return box;
}

/** select `text` by dragging the mouse over it, as a reader does (trusted events) */
export async function dragSelect(page: Page, text: string): Promise<void> {
  const b = await textBox(page, text);
  await page.mouse.move(b.x1 + 2, b.y1);
  await page.mouse.down();
  await page.mouse.move((b.x1 + b.x2) / 2, b.y2, { steps: 4 });
  await page.mouse.move(b.x2 - 2, b.y2, { steps: 4 });
  await page.mouse.up();
}

/** select `text` from the page's own script (no event of the reader's) */
export async function scriptSelect(page: Page, text: string): Promise<void> {
  await textBox(page, text, true);
}
