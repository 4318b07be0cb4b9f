// How a clip finds its text again, the way annotation tools do: W3C Web Annotation text-quote and
// text-position selectors over the article's flattened text.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** up to 32 characters before and after, for telling repeated quotes apart */
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** offsets into the article's flattened text, a hint for when the quote is not unique */
  start: number;
  end: number;
}

export interface ClipSelector {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}
