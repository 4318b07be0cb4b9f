// The shape of lib/, checked: the data flows one way (page text → detect → extract → mentions →
// highlight → clip → database → compare), so each folder may import only what comes before it or
// beside it; no import cycle, type-only imports included; no module over 400 lines; one module
// changes the page's text nodes. Imports are read off the source (a regex over `from '…'` and
// `import('…')`), resolved like the bundler does for relative paths.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const LIB = join(ROOT, 'lib');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return filesUnder(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null;
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return base;
}

const files = filesUnder(LIB);
const rel = (p: string) => relative(ROOT, p).replaceAll('\\', '/');
const graph = new Map<string, string[]>(
  files.map((f) => {
    const src = readFileSync(f, 'utf8');
    const deps = [...src.matchAll(IMPORT)].map((m) => resolveImport(f, m[1])).filter((p): p is string => !!p);
    return [rel(f), deps.map(rel)];
  }),
);

/** strongly connected components of more than one module (or a module importing itself) */
function cycles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

// [folder (prefix under lib/), prefixes it must never import]
const ENGINE_MAY_NOT = ['lib/page/', 'lib/content/', 'lib/ui/', 'lib/db/', 'lib/clip/', 'lib/messages', 'lib/background/', 'entrypoints/'];
const RULES: Array<[string, string[]]> = [
  ['lib/text/', ENGINE_MAY_NOT],
  ['lib/extract/', ENGINE_MAY_NOT],
  ['lib/detect/', ENGINE_MAY_NOT],
  ['lib/model/', ENGINE_MAY_NOT],
  ['lib/anchor/', ENGINE_MAY_NOT],
  ['lib/compare/', ['lib/page/', 'lib/content/', 'lib/ui/', 'lib/db/', 'lib/messages', 'lib/background/', 'entrypoints/']],
  ['lib/clip/', ['lib/page/', 'lib/content/', 'lib/ui/', 'lib/db/', 'lib/messages', 'lib/background/', 'entrypoints/']],
  ['lib/db/', ['lib/page/', 'lib/content/', 'lib/ui/', 'lib/messages', 'lib/background/', 'entrypoints/']],
  ['lib/page/', ['lib/content/', 'lib/ui/', 'lib/db/', 'lib/background/', 'entrypoints/']],
  ['lib/ui/in-page/', ['lib/content/', 'lib/db/', 'lib/ui/pages/', 'lib/background/', 'entrypoints/']],
  ['lib/ui/pages/', ['lib/content/', 'lib/ui/in-page/', 'lib/background/', 'entrypoints/']],
  ['lib/content/', ['lib/db/', 'lib/ui/pages/', 'lib/background/', 'entrypoints/']],
  ['lib/background/', ['lib/content/', 'lib/page/', 'lib/ui/', 'entrypoints/']],
];

describe('lib/ architecture', () => {
  it('reads every module of lib/', () => {
    expect(files.length).toBeGreaterThan(50);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the checker itself)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
  });

  it.each(RULES)('%s imports none of %j', (folder, banned) => {
    const bad: string[] = [];
    for (const [file, deps] of graph) {
      if (!file.startsWith(folder)) continue;
      for (const d of deps) if (banned.some((b) => d.startsWith(b))) bad.push(`${file} → ${d}`);
    }
    expect(bad).toEqual([]);
  });

  it('every folder with rules has modules', () => {
    for (const [folder] of RULES)
      expect(
        [...graph.keys()].some((f) => f.startsWith(folder)),
        folder,
      ).toBe(true);
  });

  it('has no module over 400 lines', () => {
    // lines as wc counts them: a final newline ends the last line, it does not start another
    const lines = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    const long = files.map((f) => [rel(f), lines(readFileSync(f, 'utf8'))] as const).filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });

  it("changes the page's text nodes in one module only (lib/page/highlight.ts)", () => {
    const TEXT_NODE_WRITES = /\.splitText\(|\.normalize\(\)|\.(?:data|nodeValue)\s*=[^=]/;
    const writers = files.filter((f) => !f.includes('/lib/text/') && TEXT_NODE_WRITES.test(readFileSync(f, 'utf8'))).map(rel);
    expect(writers).toEqual(['lib/page/highlight.ts']);
  });
});

describe('scripts run outside vitest', () => {
  // `npm run bench` and `npm run screenshots` run under tsx: a helper they share with the e2e tests that
  // imports vitest (its expect.poll, say) throws there ("failed to access its internal state")
  const reached = (entries: string[]): string[] => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f) || !f.startsWith(join(ROOT, 'tests'))) return;
      seen.add(f);
      for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
        const dep = resolveImport(f, m[1]);
        if (dep && existsSync(dep)) visit(dep);
      }
    };
    for (const e of entries) visit(e);
    return [...seen];
  };
  const scripts = ['tests/bench', 'tests/screenshots'].flatMap((d) => filesUnder(join(ROOT, d)));

  it('the benches and screenshots import nothing that imports vitest', () => {
    const files = reached(scripts);
    expect(files.length).toBeGreaterThan(scripts.length);
    expect(files.filter((f) => /from\s*['"]vitest['"]/.test(readFileSync(f, 'utf8'))).map(rel)).toEqual([]);
  });
});
