// A forum post stored as its markup (Discuz's BBCode: [align=center][b]2022年闻喜县…统计公报[/b][/align]) is read
// as the forum shows it: the tags are no text, a tag may cut a title into pieces ([b]20[/b][b]2[/b][b]2[/b]),
// and a block tag ends a line, so the title and the bureau's byline stand on lines of their own again.

/** block tags: each ends a line */
const BLOCK_TAG = /\[\/?(?:align|p|br|hr|list|\*|quote|code|table|tr|td|indent|h[1-6])(?:=[^\]\n]{0,40})?\]/gi;
/** inline tags: dropped, joining what they cut */
const INLINE_TAG = /\[\/?(?:b|i|u|s|color|font|size|backcolor|url|img|email|sup|sub|float)(?:=[^\]\n]{0,60})?\]/gi;
/** a closing tag of the kinds every post has: a text without one has no markup to read through */
const ANY_CLOSING = /\[\/(?:b|align|size|font|color|p)\]/i;

export function withoutForumMarkup(source: string): string {
  return ANY_CLOSING.test(source) ? source.replace(BLOCK_TAG, '\n').replace(INLINE_TAG, '') : source;
}
