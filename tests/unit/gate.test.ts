// The content script's first gate: pure rules over what it reads (lang, title, a text sample), and
// the bounded reading of a page (happy-dom).
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { FIRST_LOOK_CHARS, gate, gateReader, plainlyNotChinese, readGateInput, SAMPLE_CHARS, type GateInput } from '../../lib/page/gate';

const zh = (n: number) => '今年全市经济运行总体平稳，居民收入稳步增长，社会事业全面进步。'.repeat(Math.ceil(n / 30)).slice(0, n);
const input = (over: Partial<GateInput>): GateInput => ({ lang: '', title: '', sample: '', truncated: false, ...over });

const rows: Array<{ name: string; input: GateInput; pass: boolean; wait?: boolean }> = [
  { name: 'Chinese page whose title names a work report', input: input({ lang: 'zh-CN', title: '太仓市2023年政府工作报告', sample: zh(2000), truncated: true }), pass: true },
  { name: 'traditional title (預算報告)', input: input({ title: '臺北市113年度總預算案報告', sample: zh(2000) }), pass: true },
  { name: 'no report word in the title, but the text reads like one', input: input({ title: '2023年目标任务和主要工作', sample: zh(500) + '今年经济社会发展的主要预期目标是' }), pass: true },
  { name: 'Chinese news without report words', input: input({ lang: 'zh-CN', title: '社区举办邻里文化节', sample: zh(2500), truncated: true }), pass: false, wait: false },
  { name: 'English page', input: input({ lang: 'en', title: 'State Budget 2024-25: Governor\'s Proposal', sample: 'The proposed budget totals $291.5 billion. '.repeat(60), truncated: true }), pass: false, wait: false },
  { name: 'English page with a little Chinese', input: input({ lang: 'en', title: 'China report', sample: 'The government work report (政府工作报告) sets a growth target of around 5% for the coming year, officials said on Sunday. '.repeat(30), truncated: true }), pass: false, wait: false },
  { name: 'Japanese page (kana)', input: input({ lang: 'ja', title: '令和6年度 市政方針', sample: '本市の人口は約38万人であり、令和5年度の一般会計予算は1,520億円となりました。'.repeat(20) }), pass: false, wait: false },
  { name: 'Korean page', input: input({ lang: 'ko', title: '2024년 예산', sample: '정부는 올해 예산을 발표했습니다. 경제 성장률 목표는 5%입니다. '.repeat(30) }), pass: false, wait: false },
  { name: 'a front-end page still loading its report', input: input({ lang: 'zh-CN', title: '政府工作报告', sample: '加载中...' }), pass: false, wait: true },
  { name: 'an empty page titled in Chinese', input: input({ title: '首页' }), pass: false, wait: true },
  { name: 'an empty page with no Chinese anywhere', input: input({ lang: 'en', title: 'Loading' }), pass: false, wait: false },
  { name: 'a page with much text but too little of it Chinese is not waited for', input: input({ title: '报告', sample: 'x '.repeat(1500), truncated: true }), pass: false, wait: false },
  { name: 'mislabelled lang="en" on a Chinese report', input: input({ lang: 'en', title: '2024年国民经济和社会发展统计公报', sample: zh(2500), truncated: true }), pass: true },
];

describe('gate', () => {
  it.each(rows)('$name', ({ input, pass, wait }) => {
    const v = gate(input);
    expect(v.pass, v.reason).toBe(pass);
    if (!v.pass && wait !== undefined) expect(v.wait, v.reason).toBe(wait);
  });
});

describe('plainlyNotChinese: the first look', () => {
  const first = (over: Partial<GateInput>) => input({ truncated: true, ...over });
  it.each([
    { name: 'English text, English title', g: first({ lang: 'en', title: 'City News', sample: 'The council met. '.repeat(40) }), out: true },
    { name: 'a Chinese title', g: first({ lang: 'en', title: '政府工作报告', sample: 'Menu Home About '.repeat(40) }), out: false },
    { name: 'Han further down the sample', g: first({ title: 'Report', sample: 'Menu '.repeat(100) + '各位代表' }), out: false },
    { name: 'lang says Chinese', g: first({ lang: 'zh-CN', title: 'Loading', sample: 'Menu '.repeat(150) }), out: false },
    { name: 'a short page with no Han and no Chinese lang (the gate would not wait for it)', g: input({ lang: 'en', title: 'Loading', sample: 'Loading…' }), out: true },
    { name: 'a short page with a Chinese title may be loading: left to the full gate', g: input({ title: '政府工作报告', sample: 'Loading…' }), out: false },
  ])('$name', ({ g, out }) => expect(plainlyNotChinese(g)).toBe(out));

  // when the first look saw all there is, turning a page away at once must be what the gate says too
  it.each(rows.filter((r) => !r.input.truncated && plainlyNotChinese(r.input)))('agrees with the gate on a whole page: $name', ({ input }) => {
    expect(gate(input)).toMatchObject({ pass: false, wait: false });
  });
});

describe('readGateInput', () => {
  const doc = (html: string) => {
    const w = new Window({ url: 'http://127.0.0.1/' });
    w.document.write(html);
    return w.document as unknown as Document;
  };

  it('reads lang, title and the visible text, not scripts, styles or form text', () => {
    const d = doc(`<!doctype html><html lang="zh-CN"><head><title>太仓市政府工作报告</title><style>p{color:red}</style></head>
      <body><script>var x = "脚本里的字";</script><p>各位代表：</p><textarea>留言里的字</textarea><p>现在，我代表市人民政府向大会报告工作。</p></body></html>`);
    const g = readGateInput(d);
    expect(g.lang).toBe('zh-CN');
    expect(g.title).toBe('太仓市政府工作报告');
    expect(g.sample).toContain('各位代表');
    expect(g.sample).toContain('向大会报告工作');
    expect(g.sample).not.toContain('脚本');
    expect(g.sample).not.toContain('留言');
    expect(g.sample).not.toContain('color');
    expect(g.truncated).toBe(false);
  });

  it('reads on from where the first look stopped, inside a text node too: one walk, the same text', () => {
    // 7-character paragraphs: the first look ends inside one
    const html = `<html><body>${'<p>增长5%左右。</p><script>var a = 1;</script>'.repeat(1000)}</body></html>`;
    const read = gateReader(doc(html));
    const first = read(FIRST_LOOK_CHARS);
    expect(first.sample.length).toBe(FIRST_LOOK_CHARS);
    expect(first.truncated).toBe(true);
    const all = read(SAMPLE_CHARS);
    expect(all.sample).toBe(readGateInput(doc(html)).sample);
    expect(all.sample.startsWith(first.sample)).toBe(true);
    expect(all.sample).not.toContain('var a');
    expect(all.truncated).toBe(true);
  });

  it('a page shorter than the first look: not truncated, and reading on adds nothing', () => {
    const read = gateReader(doc('<html><body><p>各位代表：</p><option>选项</option></body></html>'));
    expect(read(FIRST_LOOK_CHARS)).toMatchObject({ sample: '各位代表：', truncated: false });
    expect(read(SAMPLE_CHARS)).toMatchObject({ sample: '各位代表：', truncated: false });
  });

  it('reads at most SAMPLE_CHARS characters of a big page', () => {
    const d = doc(`<html><body>${'<p>地区生产总值增长5%左右。</p>'.repeat(5000)}</body></html>`);
    const g = readGateInput(d);
    expect(g.sample.length).toBe(SAMPLE_CHARS);
    expect(g.truncated).toBe(true);
  });
});
