// Re-anchoring a clip's quote in a page's text: exact with context first, then the position hint,
// then tolerant of small edits — and refusing a short quote whose context no longer agrees.
import { describe, expect, it } from 'vitest';
import { anchor, approximate, selectorOf } from '../../lib/anchor/quote';

const REPORT =
  '过去一年，全年实现地区生产总值1635亿元、增长2%以上；一般公共预算收入177.8亿元、同口径增长2.1%。' +
  '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长6%左右，全社会固定资产投资增长6%左右。' +
  '力争完成全社会固定资产投资520亿元、工业投资200亿元。';

/** the selector of the n-th occurrence of `quote` in REPORT */
function sel(quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = REPORT.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no ${quote}`);
  return { at, selector: selectorOf(REPORT, at, at + quote.length) };
}

describe('selectorOf', () => {
  it('keeps the quote, 32 characters of context each side and the position', () => {
    const { at, selector } = sel('5%左右');
    expect(selector.quote.exact).toBe('5%左右');
    expect(selector.quote.prefix).toBe(REPORT.slice(at - 32, at));
    expect(selector.quote.suffix).toBe(REPORT.slice(at + 4, at + 36));
    expect(selector.position).toEqual({ type: 'TextPositionSelector', start: at, end: at + 4 });
  });
  it('cuts context at the ends of the text', () => {
    const s = selectorOf('增长5%', 2, 4);
    expect(s.quote.prefix).toBe('增长');
    expect(s.quote.suffix).toBe('');
  });
});

describe('anchor', () => {
  const cases: Array<{ name: string; quote: string; nth?: number; page: (t: string) => string; expect: string | null; how?: string }> = [
    { name: 'unchanged page: the quote where it was', quote: '1635亿元', page: (t) => t, expect: '1635亿元', how: 'exact' },
    {
      name: 'a repeated quote: its context tells which (2nd 6%左右)',
      quote: '6%左右',
      nth: 1,
      page: (t) => t,
      expect: 'second',
      how: 'exact',
    },
    {
      name: 'text added before it: context still finds it',
      quote: '520亿元',
      page: (t) => `编者按：以下为报告全文。\n\n${t}`,
      expect: '520亿元',
      how: 'exact',
    },
    { name: 'same quote and context twice: the position hint decides', quote: '2.1%', page: (t) => t, expect: '2.1%', how: 'exact' },
    {
      name: 'white space and full-width digits put in',
      quote: '177.8亿元',
      page: (t) => t.replace('177.8亿元', '１７７.８ 亿元'),
      expect: '１７７.８ 亿元',
      how: 'loose',
    },
    {
      name: 'the figure revised, context kept',
      quote: '1635亿元',
      page: (t) => t.replace('1635亿元', '1636亿元'),
      expect: '1636亿元',
      how: 'fuzzy',
    },
    {
      name: 'a short figure revised in place: found, revised',
      quote: '2%以上',
      page: (t) => t.replace('增长2%以上', '增长3%以上'),
      expect: '3%以上',
      how: 'fuzzy',
    },
    {
      name: 'a short quote gone, the same text elsewhere: not it',
      quote: '2%以上',
      page: (t) => t.replace('全年实现地区生产总值1635亿元、增长2%以上；', '').replace('主要预期目标是', '主要预期目标是2%以上'),
      expect: null,
    },
    { name: 'the sentence gone: nothing', quote: '200亿元', page: (t) => t.replace('、工业投资200亿元', ''), expect: null },
  ];

  it.each(cases)('$name', ({ quote, nth, page, expect: want, how }) => {
    const { selector } = sel(quote, nth ?? 0);
    const text = page(REPORT);
    const a = anchor(text, selector);
    if (want === null) {
      expect(a).toBeNull();
      return;
    }
    expect(a).not.toBeNull();
    if (want === 'second') {
      const first = text.indexOf(quote);
      expect(a!.start).toBe(text.indexOf(quote, first + 1));
    } else {
      expect(text.slice(a!.start, a!.end)).toBe(want);
    }
    expect(a!.how).toBe(how);
  });

  it('uses the position hint when quote and context repeat exactly', () => {
    const unit = '地区生产总值增长5%左右。';
    const text = unit.repeat(10);
    for (const k of [0, 4, 9]) {
      const at = k * unit.length + unit.indexOf('5%');
      // context of 32 characters is the same for every copy but the first and last few
      const a = anchor(text, {
        quote: { type: 'TextQuoteSelector', exact: '5%左右', prefix: '增长', suffix: '。' },
        position: { type: 'TextPositionSelector', start: at, end: at + 4 },
      });
      expect(a?.start).toBe(at);
    }
  });
});

describe('approximate', () => {
  it('finds matches within k edits, with their starts', () => {
    const found = approximate('实现地区生产总值1636亿元、增长', '1635亿元', 1);
    expect(found).toEqual([{ start: 8, end: 14, distance: 1 }]);
    expect(approximate('abcdef', 'xyz', 1)).toEqual([]);
  });
});
