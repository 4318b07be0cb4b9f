// The frame the editor page (lib/ui/pages/editor) is shown in: fixed beside the figure being clipped,
// inside the viewport.
import { cardPosition } from './Card';

const WIDTH = 380;
const HEIGHT = 430;

export const EDITOR_FRAME_CSS = `
iframe { position: fixed; z-index: 2147483647; width: ${WIDTH}px; height: ${HEIGHT}px; border: 1px solid #9ca3af;
  border-radius: 8px; background: #fff; box-shadow: 0 8px 24px rgba(0,0,0,.18); color-scheme: light; }
`;

export function EditorFrame({ src, at }: { src: string; at: { left: number; top: number; bottom: number } }) {
  const pos = cardPosition(at, { width: window.innerWidth, height: window.innerHeight }, { width: WIDTH, height: HEIGHT });
  return <iframe src={src} title="Report Lens" style={{ left: `${pos.left}px`, top: `${pos.top}px` }} />;
}
