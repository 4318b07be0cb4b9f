// The small button beside the reader's selection that clips it (Alt+Shift+C does the same).
import { both } from '../../words';

export interface ClipSelectionProps {
  /** viewport position: just below the selection's end */
  at: { left: number; top: number };
  onClip: (event: MouseEvent) => void;
}

export function ClipSelection(p: ClipSelectionProps) {
  return (
    <button
      type="button"
      class="pick"
      data-rl-action="clip-selection"
      title="Alt+Shift+C"
      style={{ left: `${Math.max(8, Math.min(p.at.left, window.innerWidth - 120))}px`, top: `${p.at.top}px` }}
      // pressing it must not take the selection away
      onMouseDown={(e) => e.preventDefault()}
      onClick={(e) => p.onClip(e as unknown as MouseEvent)}
    >
      {both('clipSelection')}
    </button>
  );
}
