// The look shared by the marks in the page and the UI in shadow roots: one palette, and the legend
// swatches drawn exactly like the marks they explain. Targets and results differ in shape (dashed
// lines over and under against one solid underline), not only in colour. Text decorations only:
// unlike fills and outlines, they add nothing to what each later frame of a big page paints
// (lib/page/mark-style.ts).
export const COLORS = {
  target: '#a84f00',
  actual: '#1f5fbf',
  clippedFill: 'rgba(255, 210, 0, 0.38)',
  clippedTick: '#2e7d32',
  /** a clip whose figure the page has since changed */
  changed: '#c2410c',
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
${sel('actual')} { text-decoration: underline solid 2px ${COLORS.actual}; text-underline-offset: 3px; text-decoration-skip-ink: none; }
${sel('target')} { text-decoration: underline overline dashed 1.5px ${COLORS.target}; text-underline-offset: 3px; text-decoration-skip-ink: none; }
`;
}

/** the clip's ✓, drawn as generated content: never part of the page's text */
export const CLIPPED_SIGN = '✓';
/** a clip whose figure the page has changed since: clipped, but not what the page says now */
export const CHANGED_SIGN = '≠';

/** the legend swatches (in shadow roots) */
export const SWATCH_CSS = `
.swatch { display: inline-block; padding: 0 3px; margin: 0 2px; border-radius: 2px; line-height: 1.35; color: ${COLORS.ink}; }
${kindRules((k) => `.swatch[data-rl-kind="${k}"]`)}
`;
