// The start of a paragraph, looked for back from a figure at most so far (lib/extract/paragraph-years.ts): the line break
// before it, or the window's start where the text has none (a one-line page), never a scan to the text's start.
import { describe, expect, it } from 'vitest';
import { paragraphStart } from '../../lib/extract/paragraph-years';

describe('paragraphStart', () => {
  it.each([
    ['after the line break before', '第一段。\n第二段的目标为6%', 8, 100, 5],
    ['the window’s start where no break is near', `${'字'.repeat(50)}\n${'字'.repeat(500)}`, 540, 100, 440],
    ['the text’s start, within the window', '目标为6%', 4, 100, 0],
    ['a break right before', '上一段\n目标', 4, 100, 4],
  ] as const)('%s', (_what, text, at, max, start) => {
    expect(paragraphStart(text, at, max)).toBe(start);
  });
});
