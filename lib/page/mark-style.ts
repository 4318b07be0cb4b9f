// The marks' style, put into the page without adding a node to it: a constructed stylesheet in
// document.adoptedStyleSheets (a <style> in <head> only where that is refused).
import { COLORS, CLIPPED_SIGN, TARGET_SIGN, kindRules } from '../ui/shared/theme';

export const MARK_CSS = `
rl-mark[data-rl-kind] { cursor: pointer; border-radius: 2px; color: inherit; }
${kindRules((k) => `rl-mark[data-rl-kind="${k}"]`)}
rl-mark[data-rl-kind="target"][data-rl-edge~="head"]::before { content: "${TARGET_SIGN}"; font-size: .9em; font-weight: normal; color: ${COLORS.target}; margin-right: .1em; }
rl-mark[data-rl-clipped="true"] { background-color: ${COLORS.clippedFill}; }
rl-mark[data-rl-clipped="true"][data-rl-edge~="tail"]::after { content: "${CLIPPED_SIGN}"; font-size: .72em; font-weight: bold; vertical-align: super; line-height: 0; color: ${COLORS.clippedTick}; margin-left: .08em; }
rl-mark[data-rl-kind]:focus-visible { outline: 2px solid ${COLORS.focus}; outline-offset: 2px; }
rl-mark[data-rl-flash] { animation: rl-flash 0.6s ease-in-out 4; }
@keyframes rl-flash { 50% { background-color: rgba(255, 190, 0, 0.9); } }
@media print {
  rl-mark[data-rl-kind] { background: none !important; box-shadow: none !important; outline: none !important; }
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
