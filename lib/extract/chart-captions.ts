// A chart's caption in a communiqué (图1: 2000-2006年地区生产总值完成情况; 图12008-2012年…, its number run into the
// year when the page was flattened) names the years the chart draws, not the years of the figures the text goes on
// with: its range of years is no span of theirs.

/** 图, its number and the caption's colon, right before `at` */
const CAPTION_HEAD = /图\s*\d{0,2}\s*[:：.、]?\s*$/;

/** whether the years at `at` open a chart's caption */
export function opensChartCaption(text: string, at: number): boolean {
  return CAPTION_HEAD.test(text.slice(Math.max(0, at - 8), at));
}
