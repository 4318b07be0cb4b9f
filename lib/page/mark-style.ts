// The marks' style, put into the page without adding a node to it: a constructed stylesheet in
// document.adoptedStyleSheets (a <style> in <head> only where that is refused).
//
// Marks are text decorations (../theme.ts kindRules): targets dashed over and under,
// results one solid underline — told apart by shape, not only colour. Measured on the 2 MB report
// (../shared/PERFORMANCE.md): a mark that takes room (the ◎ prefix targets had) reflows its line,
// moves the reader's text while tagging goes on and makes every frame a third dearer; a mark with
// a box decoration (background, box-shadow, outline) takes no room but makes each later frame's
// pre-paint and paint dearer with every mark already on the page (×2 by the end). Text decorations
// cost neither. Nothing here says what the reader clipped: that is drawn apart (./clip-layer.ts).
import { COLORS, kindRules } from '../theme';

export const MARK_CSS = `
rl-mark[data-rl-kind] { cursor: pointer; border-radius: 2px; color: inherit; }
${kindRules((k) => `rl-mark[data-rl-kind="${k}"]`)}
rl-mark[data-rl-kind]:focus { outline: none; }
rl-mark[data-rl-kind][data-rl-focus] { outline: 2px solid ${COLORS.focus}; outline-offset: 1px; }
@media print {
  rl-mark[data-rl-kind] { text-decoration: none !important; background: none !important; outline: none !important; }
  rl-mark[data-rl-kind]::before, rl-mark[data-rl-kind]::after { content: none !important; }
}
`;

/** add `css` to the document; returns what takes it out again */
export function adoptStyles(doc: Document, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    // Firefox content scripts may not hand their own sheets to the page
    const style = doc.createElement('style');
    style.textContent = css;
    (doc.head ?? doc.documentElement).appendChild(style);
    return () => style.remove();
  }
}
