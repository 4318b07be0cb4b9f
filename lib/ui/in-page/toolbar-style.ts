import { COLORS, FONT, SWATCH_CSS } from '../../theme';

export const TOOLBAR_CSS = `
${SWATCH_CSS}
.bar { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; box-sizing: border-box; max-width: 320px;
  background: ${COLORS.paper}; color: ${COLORS.ink}; font: 13px/1.5 ${FONT}; text-align: left; text-indent: 0;
  border: 1px solid ${COLORS.line}; border-radius: 10px; box-shadow: 0 4px 18px rgba(20, 30, 50, .16); padding: 8px 10px; }
.bar.collapsed { padding: 0; border-radius: 999px; }
.bar.off { display: flex; align-items: center; gap: 8px; }
.row { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.row + .row { margin-top: 6px; }
.brand { font-weight: 700; letter-spacing: .05em; }
.report { flex: 1; min-width: 0; color: ${COLORS.muted}; font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.note { color: ${COLORS.muted}; }
.clipped { color: ${COLORS.clippedTick}; font-size: 12px; }
.pending { color: ${COLORS.muted}; font-size: 12px; }
.message { margin-top: 6px; font-size: 12px; color: ${COLORS.muted}; }
button { all: unset; box-sizing: border-box; cursor: pointer; border: 1px solid ${COLORS.line}; border-radius: 6px; padding: 3px 10px; font-size: 12px; background: #f6f7f9; color: ${COLORS.ink}; }
button:hover { background: #eceef2; }
button:focus-visible { outline: 2px solid ${COLORS.focus}; outline-offset: 1px; }
button[disabled], button[aria-disabled="true"] { opacity: .55; cursor: default; }
button.primary { background: ${COLORS.actual}; border-color: ${COLORS.actual}; color: #fff; font-weight: 600; }
button.primary:hover { filter: brightness(1.1); }
button.icon { border: none; background: none; font-size: 16px; line-height: 1; padding: 0 6px; }
button.link { border: none; background: none; padding: 0; color: ${COLORS.changed}; text-decoration: underline; }
.row.lost { flex-direction: column; align-items: stretch; }
.lost-list { margin: 4px 0 0; padding: 0; list-style: none; max-height: 180px; overflow: auto; font-size: 12px; }
.lost-list li + li { margin-top: 4px; }
.lost-list .quote { color: ${COLORS.muted}; word-break: break-all; }
button.pill { display: flex; align-items: center; gap: 4px; border: none; background: none; border-radius: 999px; padding: 5px 12px; }
`;
