// The look shared by the marks in the page and the UI in shadow roots: one palette, and the legend
// swatches drawn exactly like the marks they explain. Targets and results differ in shape (dashed
// box with ◎ against solid underline), not only in colour.
export const COLORS = {
  target: '#a84f00',
  targetFill: 'rgba(230, 140, 0, 0.12)',
  actual: '#1f5fbf',
  actualFill: 'rgba(31, 95, 191, 0.08)',
  clippedFill: 'rgba(255, 210, 0, 0.38)',
  clippedTick: '#2e7d32',
  focus: '#1a73e8',
  ink: '#1d2433',
  muted: '#5b6475',
  line: '#d9dde5',
  paper: '#ffffff',
};

export const FONT = `-apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Segoe UI", Roboto, sans-serif`;

/** the marks' shapes, for elements with data-rl-kind (marks in the page, swatches in the UI) */
export function kindRules(sel: (kind: 'target' | 'actual') => string): string {
  return `
${sel('actual')} { background-color: ${COLORS.actualFill}; box-shadow: inset 0 -2px 0 ${COLORS.actual}; }
${sel('target')} { background-color: ${COLORS.targetFill}; outline: 1.5px dashed ${COLORS.target}; outline-offset: 1px; }
`;
}

/** the target's ◎ and the clip's ✓, drawn as generated content: never part of the page's text */
export const TARGET_SIGN = '◎';
export const CLIPPED_SIGN = '✓';

/** the legend swatches (in shadow roots) */
export const SWATCH_CSS = `
.swatch { display: inline-block; padding: 0 3px; margin: 0 2px; border-radius: 2px; line-height: 1.35; color: ${COLORS.ink}; }
${kindRules((k) => `.swatch[data-rl-kind="${k}"]`)}
.swatch[data-rl-kind="target"]::before { content: "${TARGET_SIGN}"; font-size: .8em; color: ${COLORS.target}; margin-right: 1px; }
`;
