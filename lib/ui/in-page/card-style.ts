import { COLORS, FONT, SWATCH_CSS } from '../../theme';

export const CARD_CSS = `
${SWATCH_CSS}
.card { position: fixed; z-index: 2147483647; box-sizing: border-box; background: ${COLORS.paper}; color: ${COLORS.ink};
  font: 13px/1.5 ${FONT}; border: 1px solid ${COLORS.line}; border-radius: 8px; box-shadow: 0 6px 24px rgba(20, 30, 50, .18);
  padding: 10px 12px; text-align: left; text-indent: 0; letter-spacing: normal; }
.card[data-rl-kind="target"] { border-top: 3px dashed ${COLORS.target}; }
.card[data-rl-kind="actual"] { border-top: 3px solid ${COLORS.actual}; }
.head { display: flex; align-items: center; gap: 6px; }
.kind-en { color: ${COLORS.muted}; font-size: 12px; flex: 1; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; color: ${COLORS.muted}; padding: 0 4px; border-radius: 4px; }
.close:focus-visible { outline: 2px solid ${COLORS.focus}; }
.indicator { font-size: 15px; font-weight: 600; margin-top: 6px; word-break: break-all; }
.value { font-size: 20px; font-weight: 600; margin: 2px 0 6px; }
.qualifier { font-size: 14px; font-weight: normal; color: ${COLORS.muted}; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; font-size: 12px; }
dt { color: ${COLORS.muted}; }
dd { margin: 0; word-break: break-all; }
.error { margin-top: 8px; color: #b3261e; font-size: 12px; }
.foot { display: flex; align-items: center; gap: 8px; margin-top: 10px; }
.clip { all: unset; cursor: pointer; background: ${COLORS.actual}; color: #fff; border-radius: 6px; padding: 5px 14px; font-size: 13px; font-weight: 600; }
.clip:hover { filter: brightness(1.1); }
.clip:focus-visible { outline: 2px solid ${COLORS.focus}; outline-offset: 2px; }
.clip[disabled] { cursor: default; background: #e6f2e7; color: ${COLORS.clippedTick}; }
.change { margin-top: 8px; padding: 6px 8px; border-radius: 6px; background: #fff4ec; color: ${COLORS.changed}; font-size: 12px; }
.answers { display: flex; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
.answer { all: unset; cursor: pointer; border: 1px solid ${COLORS.changed}; border-radius: 6px; padding: 2px 8px; color: ${COLORS.changed}; }
.answer:focus-visible { outline: 2px solid ${COLORS.focus}; }
.kept { margin-top: 4px; color: ${COLORS.muted}; }
.keys { color: ${COLORS.muted}; font-size: 11px; }
.foot { flex-wrap: wrap; }
.foot .clip, .foot .answer { white-space: nowrap; }
.reader { margin-top: 4px; color: ${COLORS.muted}; font-size: 12px; }
.pick { all: unset; position: fixed; z-index: 2147483647; cursor: pointer; background: ${COLORS.actual};
  color: #fff; border-radius: 6px; padding: 3px 10px; font: 600 12px/1.5 ${FONT}; box-shadow: 0 2px 8px rgba(20, 30, 50, .25); }
.pick:focus-visible { outline: 2px solid ${COLORS.focus}; outline-offset: 2px; }
`;
