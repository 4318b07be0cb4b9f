// The CLI as a user runs it: `npm run --silent extract -- [--json|--csv] FILE...` and
// `npm run --silent detect -- FILE...`. .txt offsets are into the file's text; .html is read for its
// article only. Bad input gets a clear message naming the file and a non-zero exit, and the other
// files of the same call are still processed.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract/index';
import type { Mention } from '../../lib/model/mention';
import { npmRun, parseCsv } from './helpers/cli';
import { declaredCharset } from '../../cli/input';
import { DEV, FIXTURE_PAGES, ROOT } from './helpers/eval';
import { communique, NOTICE, workReport } from './helpers/texts';

const dir = mkdtempSync(join(tmpdir(), 'rl-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const REPORT = workReport('太仓市', 2023);
const report = file('taicang.txt', REPORT);
const stats = file('communique.txt', communique('昆山市', 2022));
const notice = file('notice.txt', NOTICE);

// an article among the furniture of a CMS page: every number outside the article looks like a figure
const PAGE = `<!doctype html><html><head><title>太仓市2023年政府工作报告_太仓市人民政府</title>
<script>var visits = 12345; document.title += "1635亿元";</script><style>.x{width:100px}</style></head><body>
<div class="header"><div class="nav"><a href="/">首页</a><a href="/a">新增就业3万人专题</a></div><div class="search"><input value="9999亿元"></div></div>
<div class="crumb">当前位置: 首页 &gt; 政府工作报告</div>
<div class="main"><div class="side"><h3>热点</h3><ul><li><a href="/1">某区引进企业88家</a></li><li><a href="/2">投资77亿元项目开工</a></li></ul></div>
<div class="article" id="zoom">
<p>各位代表:</p><p>过去一年,全市实现地区生产总值<span>1635</span><strong>亿元</strong>、增长2%以上。</p>
<p>一般公共预算收入177.8亿元,同口径增长2.1%。新认定高新技术企业439家。</p>
<p style="display:none">隐藏段落新增企业555家。</p>
<p>今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,城镇调查失业率控制在5%以内。</p>
<textarea>评论:增长66%</textarea>
</div></div>
<div class="footer">联系电话:0512-53572110 苏ICP备05012345号-1 访问量:45678次 网站总投资120万元</div>
</body></html>`;
const page = file('page.html', PAGE);
const ARTICLE_FIGURES = ['1635亿元', '2%以上', '177.8亿元', '2.1%', '439家', '5%左右', '5%以内'];

const asJson = <T>(s: string): T => JSON.parse(s) as T;
const lines = (s: string) => s.split('\n').filter((l) => l.trim());

describe.concurrent('extract --json', { timeout: 180_000 }, () => {
  it("one .txt file: one JSON array, offsets into the file, the library's mentions", async () => {
    const { code, stdout, stderr } = await npmRun('extract', ['--json', report]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const mentions = asJson<Mention[]>(stdout);
    expect(Array.isArray(mentions)).toBe(true);
    expect(mentions.length).toBeGreaterThan(10);
    const text = readFileSync(report, 'utf8');
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions).toEqual(JSON.parse(JSON.stringify(extract(text))));
  });

  it('a .txt saved with a byte-order mark: offsets into the file as any UTF-8 reader reads it, the mark kept', async () => {
    const bom = file('bom.txt', `\uFEFF${REPORT}`);
    const { code, stdout } = await npmRun('extract', ['--json', bom]);
    expect(code).toBe(0);
    const text = readFileSync(bom, 'utf8');
    const mentions = asJson<Mention[]>(stdout);
    expect(mentions.length).toBeGreaterThan(10);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('several files: one JSON object per line, in order, each with its file, meta and mentions', async () => {
    const { code, stdout } = await npmRun('extract', ['--json', report, stats, notice]);
    expect(code).toBe(0);
    const rows = lines(stdout).map((l) =>
      asJson<{ file: string; meta: { region: string | null; year: number | null }; mentions: Mention[] }>(l),
    );
    expect(rows.map((r) => r.file)).toEqual([report, stats, notice]);
    expect(rows[0].meta).toMatchObject({ region: '太仓市', year: 2023, type: 'work-report' });
    expect(rows[1].meta).toMatchObject({ region: '昆山市', year: 2022, type: 'statistical-communique' });
    for (const r of rows) {
      const text = readFileSync(r.file, 'utf8');
      for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(rows[0].mentions.length).toBeGreaterThan(10);
  });

  it('.html: the article only, nothing from the furniture, hidden text, scripts or form fields', async () => {
    const { code, stdout } = await npmRun('extract', ['--json', page]);
    expect(code).toBe(0);
    const mentions = asJson<Mention[]>(stdout);
    expect(mentions.map((m) => m.text)).toEqual(ARTICLE_FIGURES);
    // the figure split across <span>/<strong> is one mention
    expect(mentions[0]).toMatchObject({ indicator: '地区生产总值', value: 1635, unit: '亿元', kind: 'actual', period: 2022 });
    expect(mentions[5]).toMatchObject({ kind: 'target', period: 2023 });
  });

  it('.html fixture pages: the same mentions as the texts behind them', async () => {
    const docs = ['taicang-2023-report', 'taicang-2023-infographic'];
    const key = (m: Mention) =>
      [m.text.replace(/\s+/g, ''), m.value, m.valueMax, m.unit, m.indicator, m.measure, m.qualifier, m.kind, m.period].join('|');
    const { stdout: fromHtml } = await npmRun('extract', ['--json', ...docs.map((d) => join(FIXTURE_PAGES, `${d}.html`))]);
    const { stdout: fromTxt } = await npmRun('extract', ['--json', ...docs.map((d) => join(DEV, 'docs', `${d}.txt`))]);
    const html = lines(fromHtml).map((l) => asJson<{ mentions: Mention[] }>(l).mentions.map(key));
    const txt = lines(fromTxt).map((l) => asJson<{ mentions: Mention[] }>(l).mentions.map(key));
    expect(html.length).toBe(docs.length);
    for (let i = 0; i < docs.length; i++) {
      expect(html[i].length, docs[i]).toBeGreaterThan(30);
      expect(html[i], docs[i]).toEqual(txt[i]);
    }
  });
});

describe.concurrent('extract --csv', { timeout: 180_000 }, () => {
  it('UTF-8 with BOM, a header, one row per mention with file, region and year', async () => {
    const { code, stdout } = await npmRun('extract', ['--csv', report, stats]);
    expect(code).toBe(0);
    expect(stdout.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(stdout.slice(1));
    for (const col of ['file', 'region', 'year', 'text', 'indicator', 'measure', 'value', 'unit', 'qualifier', 'kind', 'period'])
      expect(header).toContain(col);
    const at = (row: string[], col: string) => row[header.indexOf(col)];
    for (const row of rows) expect(row.length).toBe(header.length);
    const { stdout: json } = await npmRun('extract', ['--json', report, stats]);
    const expected = lines(json).map((l) => asJson<{ file: string; meta: { region: string; year: number }; mentions: Mention[] }>(l));
    expect(rows.length).toBe(expected.reduce((n, r) => n + r.mentions.length, 0));
    let i = 0;
    for (const r of expected) {
      for (const m of r.mentions) {
        const row = rows[i++];
        expect(at(row, 'file')).toBe(r.file);
        expect(at(row, 'region')).toBe(r.meta.region);
        expect(at(row, 'year')).toBe(String(r.meta.year));
        // a falling value is a number, not a formula guarded by an apostrophe
        expect(Number(at(row, 'value'))).toBe(m.value);
        expect(at(row, 'text')).toBe(m.text);
        expect(at(row, 'indicator')).toBe(m.indicator);
      }
    }
  });

  it('a cell a spreadsheet would run as a formula is guarded', async () => {
    const f = file('formula.txt', '=HYPERLINK("http://x")地区生产总值1635亿元。\n+SUM(A1)增长5%。');
    const { stdout } = await npmRun('extract', ['--csv', f]);
    const [header, ...rows] = parseCsv(stdout.slice(1));
    expect(rows.length).toBe(2);
    // the sentence around each mention starts with the page's formula, kept as text
    expect(rows.map((r) => r[header.indexOf('sentence')][0])).toEqual(["'", "'"]);
    for (const row of rows) for (const c of row) expect(c, 'no cell starts a formula').not.toMatch(/^[=+@]/);
  });
});

describe.concurrent('bad input', { timeout: 180_000 }, () => {
  const good = file('good.txt', '全年实现地区生产总值1635亿元、增长2%以上。');
  const empty = file('empty.txt', '');
  const binary = file('binary.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  const folder = join(dir, 'folder.txt');
  mkdirSync(folder);
  const missing = join(dir, 'missing.txt');

  const cases: Array<[string, string, RegExp]> = [
    ['a missing file', missing, /no such file/],
    ['a directory', folder, /directory/],
    ['an empty file', empty, /empty/],
    ['a binary file (NUL bytes)', binary, /not text|binary/],
  ];

  const bads = cases.map(([, bad]) => bad);
  /** each bad file named on its own line of stderr with what is wrong with it, no stack trace */
  const expectNamed = (stderr: string) => {
    const said = stderr.trim().split('\n');
    expect(said, stderr).toHaveLength(cases.length);
    for (const [name, bad, message] of cases) {
      const line = said.find((l) => l.includes(`${bad}:`));
      expect(line, `${name}: ${stderr}`).toBeDefined();
      expect(line, name).toMatch(message);
    }
  };

  it('--json: a message for each bad file, a non-zero exit, the other files still read', async () => {
    const { code, stdout, stderr } = await npmRun('extract', ['--json', good, ...bads, report]);
    expect(code).not.toBe(0);
    expectNamed(stderr);
    const rows = lines(stdout).map((l) => asJson<{ file: string; mentions: Mention[] }>(l));
    expect(rows.map((r) => r.file)).toEqual([good, report]);
    expect(rows[0].mentions.map((m) => m.text)).toEqual(['1635亿元', '2%以上']);
    expect(rows[1].mentions.length).toBeGreaterThan(10);
  });

  it('--csv: the same, with the rows of the good file', async () => {
    const { code, stdout, stderr } = await npmRun('extract', ['--csv', ...bads, good]);
    expect(code).not.toBe(0);
    expectNamed(stderr);
    const [header, ...rows] = parseCsv(stdout.slice(1));
    expect(rows.map((r) => r[header.indexOf('file')])).toEqual([good, good]);
  });

  it('the default table: the same', async () => {
    const { code, stdout, stderr } = await npmRun('extract', [bads[0], good, ...bads.slice(1)]);
    expect(code).not.toBe(0);
    expectNamed(stderr);
    expect(stdout).toContain(good);
    expect(stdout).toContain('1635亿元');
  });

  it('detect: the same', async () => {
    const { code, stdout, stderr } = await npmRun('detect', [...bads, report]);
    expect(code).not.toBe(0);
    expectNamed(stderr);
    const rows = lines(stdout).map((l) => asJson<{ file: string; isReport: boolean }>(l));
    expect(rows).toMatchObject([{ file: report, isReport: true }]);
  });

  it('only bad files: nothing on stdout, a non-zero exit', async () => {
    const { code, stdout, stderr } = await npmRun('extract', ['--json', missing, empty]);
    expect(code).not.toBe(0);
    expect(stdout.trim()).toBe('');
    expect(stderr).toContain(missing);
    expect(stderr).toContain(empty);
  });

  it('no file or an unknown option: usage and exit 2', async () => {
    for (const args of [[], ['--json'], ['--xml', good]]) {
      const { code, stderr } = await npmRun('extract', args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/usage/);
    }
    const d = await npmRun('detect', []);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/usage/);
  });
});

describe.concurrent('detect', { timeout: 180_000 }, () => {
  it('one JSON object per line per file, with the verdict, its reasons and the metadata', async () => {
    const { code, stdout } = await npmRun('detect', [report, stats, notice, page]);
    expect(code).toBe(0);
    const rows = lines(stdout).map((l) => asJson<Record<string, unknown>>(l));
    expect(rows.map((r) => r.file)).toEqual([report, stats, notice, page]);
    expect(rows[0]).toMatchObject({ isReport: true, language: 'cmn', region: '太仓市', year: 2023, type: 'work-report' });
    expect(rows[1]).toMatchObject({ isReport: true, region: '昆山市', year: 2022, type: 'statistical-communique' });
    expect(rows[2]).toMatchObject({ isReport: false });
    for (const r of rows) {
      expect(typeof r.score).toBe('number');
      expect(Array.isArray(r.reasons) && (r.reasons as unknown[]).length > 0).toBe(true);
    }
  });
});

describe('detect on a page that names its region only around the article', { timeout: 120_000 }, () => {
  it('reads the region and year from the page heading and byline (来源: 太仓市人民政府)', async () => {
    const targets = join(FIXTURE_PAGES, 'taicang-2023-targets.html');
    const { code, stdout } = await npmRun('detect', [targets]);
    expect(code).toBe(0);
    expect(asJson<Record<string, unknown>>(lines(stdout)[0])).toMatchObject({
      isReport: true,
      region: '太仓市',
      year: 2023,
      type: 'work-report',
    });
  });
});

// A real communiqué (detect-dev's Liaoyang 2018, tjcn.org) as Word's "Save as Web Page" writes it, GB2312,
// pasted whole into a site's layout table whose template puts a <script> between </head> and <body>
// (tests/fixtures/detect-corpus/html/make-word-page.py). The browser tagged such a page; the CLI, on
// linkedom, read an empty body: language und, no mention. It must read what the browser reads.
const WORD_PAGE = join(ROOT, 'tests/fixtures/detect-corpus/html/liaoyang-2018-word');

describe('a Word-exported page in a layout table, GB2312', { timeout: 120_000 }, () => {
  it('detect: Chinese, a statistical communiqué, its title and region', async () => {
    const { code, stdout, stderr } = await npmRun('detect', [`${WORD_PAGE}.html`]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/GB18030|GB2312/);
    expect(asJson<Record<string, unknown>>(lines(stdout)[0])).toMatchObject({
      isReport: true,
      language: 'cmn',
      type: 'statistical-communique',
      region: '辽阳市',
      year: 2018,
    });
  });

  it('extract: the same mentions as the paragraphs the page shows', async () => {
    const key = (m: Mention) =>
      [m.text.replace(/\s+/g, ''), m.value, m.unit, m.indicator, m.measure, m.qualifier, m.kind, m.period].join('|');
    const [{ stdout: fromHtml }, { stdout: fromTxt }] = await Promise.all([
      npmRun('extract', ['--json', `${WORD_PAGE}.html`]),
      npmRun('extract', ['--json', `${WORD_PAGE}.txt`]),
    ]);
    const html = asJson<Mention[]>(fromHtml).map(key);
    expect(html.length).toBeGreaterThan(20);
    expect(html).toEqual(asJson<Mention[]>(fromTxt).map(key));
  });
});

describe('declaredCharset: the charset a page declares, as a browser prescans it', () => {
  const head = (s: string) => Buffer.from(`<html><head>${s}</head><body>x</body></html>`, 'latin1');
  it.each([
    ['<meta http-equiv=Content-Type content="text/html; charset=gb2312">', 'gbk'],
    ['<meta charset="big5">', 'big5'],
    ["<meta charset='UTF-8'>", 'utf-8'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">', 'gbk'],
    ['<meta charset="x-no-such-charset">', undefined],
    ['<title>no charset</title>', undefined],
  ])('%s → %s', (meta, expected) => expect(declaredCharset(head(meta))).toBe(expected));
});

describe.concurrent('compare', { timeout: 180_000 }, () => {
  const targets2023 = join(FIXTURE_PAGES, 'taicang-2023-targets.html');
  const wuzhong2025 = join(FIXTURE_PAGES, 'wuzhong-2025-targets.html');

  it('--json: one record per cell, a GDP growth target with its region, year and the file it came from', async () => {
    const r = await npmRun('compare', ['--json', targets2023, wuzhong2025]);
    expect(r.code, r.stderr).toBe(0);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const gdp = records.filter((x) => x.indicator === '地区生产总值' && x.measure === 'growth');
    expect(gdp.map((x) => [x.region, x.year])).toEqual(
      expect.arrayContaining([
        ['太仓市', 2023],
        ['吴中区', 2025],
      ]),
    );
    const taicang = gdp.find((x) => x.region === '太仓市');
    expect(taicang).toMatchObject({
      unit: '%',
      actual: null,
      verdict: null,
      target: { text: '5%左右', value: 5, unit: '%', qualifier: 'about', file: targets2023 },
    });
  });

  it('--csv: the wide table with Chinese headers, UTF-8 with a byte-order mark', async () => {
    const r = await npmRun('compare', ['--csv', targets2023]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = parseCsv(r.stdout.slice(1));
    expect(head).toEqual(['指标', '口径', '单位', '太仓市 2023年']);
    expect(rows).toContainEqual(['地区生产总值', '增速', '%', '目标 5%左右']);
  });

  it('a file it cannot read is named on stderr; the others are still compared', async () => {
    const r = await npmRun('compare', ['--json', join(dir, 'missing.txt'), targets2023]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.stdout).toContain('5%左右');
  });
});
