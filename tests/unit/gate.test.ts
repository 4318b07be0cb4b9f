// The content script's first gate: pure rules over what it reads (lang, title, a text sample), and
// the bounded reading of a page (happy-dom).
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gate, readGateInput, SAMPLE_CHARS, type GateInput } from '../../lib/page/gate';
import { loadCorpus } from './helpers/detect-corpus';
import { DETECT_DEV } from './helpers/eval';

const zh = (n: number) => '今年全市经济运行总体平稳，居民收入稳步增长，社会事业全面进步。'.repeat(Math.ceil(n / 30)).slice(0, n);
const input = (over: Partial<GateInput>): GateInput => ({ lang: '', title: '', sample: '', truncated: false, ...over });

const rows: Array<{ name: string; input: GateInput; pass: boolean; wait?: boolean }> = [
  {
    name: 'Chinese page whose title names a work report',
    input: input({ lang: 'zh-CN', title: '太仓市2023年政府工作报告', sample: zh(2000), truncated: true }),
    pass: true,
  },
  { name: 'traditional title (預算報告)', input: input({ title: '臺北市113年度總預算案報告', sample: zh(2000) }), pass: true },
  {
    name: 'no report word in the title, but the text reads like one',
    input: input({ title: '2023年目标任务和主要工作', sample: `${zh(500)}今年经济社会发展的主要预期目标是` }),
    pass: true,
  },
  {
    name: 'Chinese news without report words',
    input: input({ lang: 'zh-CN', title: '社区举办邻里文化节', sample: zh(2500), truncated: true }),
    pass: false,
    wait: false,
  },
  {
    name: 'English page',
    input: input({
      lang: 'en',
      title: "State Budget 2024-25: Governor's Proposal",
      sample: 'The proposed budget totals $291.5 billion. '.repeat(60),
      truncated: true,
    }),
    pass: false,
    wait: false,
  },
  {
    name: 'English page with a little Chinese',
    input: input({
      lang: 'en',
      title: 'China report',
      sample:
        'The government work report (政府工作报告) sets a growth target of around 5% for the coming year, officials said on Sunday. '.repeat(
          30,
        ),
      truncated: true,
    }),
    pass: false,
    wait: false,
  },
  {
    name: 'Japanese page (kana)',
    input: input({
      lang: 'ja',
      title: '令和6年度 市政方針',
      sample: '本市の人口は約38万人であり、令和5年度の一般会計予算は1,520億円となりました。'.repeat(20),
    }),
    pass: false,
    wait: false,
  },
  {
    name: 'Korean page',
    input: input({ lang: 'ko', title: '2024년 예산', sample: '정부는 올해 예산을 발표했습니다. 경제 성장률 목표는 5%입니다. '.repeat(30) }),
    pass: false,
    wait: false,
  },
  {
    name: 'a front-end page still loading its report',
    input: input({ lang: 'zh-CN', title: '政府工作报告', sample: '加载中...' }),
    pass: false,
    wait: true,
  },
  { name: 'an empty page titled in Chinese', input: input({ title: '首页' }), pass: false, wait: true },
  { name: 'an empty page with no Chinese anywhere', input: input({ lang: 'en', title: 'Loading' }), pass: false, wait: false },
  {
    name: 'a page with much text but too little of it Chinese is not waited for',
    input: input({ title: '报告', sample: 'x '.repeat(1500), truncated: true }),
    pass: false,
    wait: false,
  },
  {
    // h14-com-guangdong-2014-notes-page-trad-ketevankemoklidze: a communiqué's later page, its notes only
    name: 'a communiqué’s notes page, by its own word (本公報), no title',
    input: input({
      sample: `注:1.本公報中2014年數據為初步統計數,統計圖中2008-2013年數據為年報數。\n${'3.地區生產總值、各產業增加值絕對數按現價計算,增長速度按可比價計算。'.repeat(40)}`,
      truncated: true,
    }),
    pass: true,
  },
  {
    name: 'mislabelled lang="en" on a Chinese report',
    input: input({ lang: 'en', title: '2024年国民经济和社会发展统计公报', sample: zh(2500), truncated: true }),
    pass: true,
  },
];

describe('gate', () => {
  it.each(rows)('$name', ({ input, pass, wait }) => {
    const v = gate(input);
    expect(v.pass, v.reason).toBe(pass);
    if (!v.pass && wait !== undefined) expect(v.wait, v.reason).toBe(wait);
  });
});

const doc = (html: string) => {
  const w = new Window({ url: 'http://127.0.0.1/' });
  w.document.write(html);
  return w.document as unknown as Document;
};
const page = ({ lang = '', title = '', body = '' }) =>
  doc(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>${title}</title></head><body>${body}</body></html>`);

describe('readGateInput: the first look turns away pages plainly not Chinese', () => {
  const p = (text: string) => `<p>${text}</p>`;
  const cases = [
    { name: 'English text, English title', d: { lang: 'en', title: 'City News', body: p('The council met. ').repeat(60) }, away: true },
    { name: 'no lang, no title, Latin text', d: { body: p('Lorem ipsum dolor sit amet. ').repeat(60) }, away: true },
    {
      name: 'a short page with no Han and no Chinese lang (the gate would not wait for it)',
      d: { lang: 'en', title: 'Loading', body: 'Loading…' },
      away: true,
    },
    { name: 'Han only after the first look', d: { title: 'Report', body: p('Menu '.repeat(200)) + p('各位代表') }, away: true },
    { name: 'a Chinese title', d: { lang: 'en', title: '政府工作报告', body: p('Menu Home About ').repeat(60) }, away: false },
    { name: 'Han within the first look', d: { title: 'Report', body: p('Menu '.repeat(100)) + p('各位代表') }, away: false },
    { name: 'lang says Chinese', d: { lang: 'zh-CN', title: 'Loading', body: p('Menu ').repeat(150) }, away: false },
    {
      name: 'a short page with a Chinese title may be loading: left to the gate',
      d: { title: '政府工作报告', body: 'Loading…' },
      away: false,
    },
  ];
  it.each(cases)('$name', ({ d, away }) => expect(readGateInput(page(d)) === null).toBe(away));

  // turning a page away at once must be what the gate says of the whole sample too
  it.each(cases.filter((c) => c.away))('agrees with the gate on the whole sample: $name', ({ d }) => {
    const whole = readGateInput(page(d), SAMPLE_CHARS, Infinity)!;
    expect(whole).not.toBeNull();
    expect(gate(whole)).toMatchObject({ pass: false, wait: false });
  });

  it('reads on past the first look when it finds Han: the same sample as reading it all', () => {
    // 7-character paragraphs: the first look ends inside one
    const html = `<html><body>${'<p>增长5%左右。</p><script>var a = 1;</script>'.repeat(1000)}</body></html>`;
    const g = readGateInput(doc(html))!;
    expect(g.sample).toBe(readGateInput(doc(html), SAMPLE_CHARS, Infinity)!.sample);
    expect(g.sample.length).toBe(SAMPLE_CHARS);
    expect(g.sample).not.toContain('var a');
    expect(g.truncated).toBe(true);
  });
});

describe('readGateInput', () => {
  it('reads lang, title and the visible text, not scripts, styles or form text', () => {
    const d = doc(`<!doctype html><html lang="zh-CN"><head><title>太仓市政府工作报告</title><style>p{color:red}</style></head>
      <body><script>var x = "脚本里的字";</script><p>各位代表：</p><textarea>留言里的字</textarea><p>现在，我代表市人民政府向大会报告工作。</p></body></html>`);
    const g = readGateInput(d)!;
    expect(g.lang).toBe('zh-CN');
    expect(g.title).toBe('太仓市政府工作报告');
    expect(g.sample).toContain('各位代表');
    expect(g.sample).toContain('向大会报告工作');
    expect(g.sample).not.toContain('脚本');
    expect(g.sample).not.toContain('留言');
    expect(g.sample).not.toContain('color');
    expect(g.truncated).toBe(false);
  });

  it('a page shorter than the first look: all of it, not truncated', () => {
    expect(readGateInput(doc('<html><body><p>各位代表：</p><option>选项</option></body></html>'))).toMatchObject({
      sample: '各位代表：',
      truncated: false,
    });
  });

  it('reads at most SAMPLE_CHARS characters of a big page', () => {
    const d = doc(`<html><body>${'<p>地区生产总值增长5%左右。</p>'.repeat(5000)}</body></html>`);
    const g = readGateInput(d)!;
    expect(g.sample.length).toBe(SAMPLE_CHARS);
    expect(g.truncated).toBe(true);
  });
});

// a report read from its middle (a page 2, a section reposted alone) names nothing, but speaks a
// programme's register: the gate must let it through for lib/detect to judge
describe('gate: a report without its title passes by its register', () => {
  const reports = loadCorpus().filter((e) => e.id.endsWith('#middle'));
  it.each(reports.map((e) => [e.id, e.text] as const))('%s', (_id, text) => {
    const v = gate({ lang: '', title: '', sample: text.slice(0, SAMPLE_CHARS), truncated: text.length > SAMPLE_CHARS });
    expect(v, v.reason).toMatchObject({ pass: true });
  });
  it.each(['neg/other-nba-simplified.txt', 'neg/other-recipe.txt', 'neg/other-novel-historical.txt'])(
    'no register, no report word: %s is turned away',
    (file) => {
      const text = readFileSync(join(DETECT_DEV, file), 'utf8');
      expect(gate({ lang: '', title: '', sample: text.slice(0, SAMPLE_CHARS), truncated: text.length > SAMPLE_CHARS }).pass).toBe(false);
    },
  );
});
