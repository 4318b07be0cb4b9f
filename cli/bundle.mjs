// The CLI's commands as plain JS: each cli/<command>.ts bundled by esbuild with the lib/ code it imports
// into .cli-build/<command>.mjs, so `npm run extract` starts node without a TypeScript loader (tsx cost
// ~200 ms a run). A bundle never runs stale: beside the bundles, inputs.json holds the size, mtime and
// ctime of every file they were built from (esbuild's own list, and this script), and any difference
// in any of them rebuilds all bundles first (~0.1 s). ctime is set by the kernel on every write, so
// even an edit that keeps a file's size and restores its mtime is seen.
//   node cli/bundle.mjs   builds them if stale (postinstall runs it)
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.cli-build');
const INPUTS = join(OUT, 'inputs.json');
const COMMANDS = ['extract', 'detect', 'compare'];
/** read by esbuild but not named in its list of inputs */
const SETTINGS = ['cli/bundle.mjs', 'package.json', 'tsconfig.json'];

/** the bundle of `command`, built first if any file it comes from changed */
export async function bundled(command) {
  if (!COMMANDS.includes(command)) throw new Error(`no such command: ${command} (${COMMANDS.join(', ')})`);
  if (!fresh()) await build();
  return join(OUT, `${command}.mjs`);
}

const stamp = (file) => {
  try {
    const s = statSync(join(ROOT, file));
    return [s.size, s.mtimeMs, s.ctimeMs];
  } catch {
    return null;
  }
};

function fresh() {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return false;
  }
  for (const [file, was] of Object.entries(inputs)) {
    const now = stamp(file);
    if (!now || now.some((v, i) => v !== was[i])) return false;
  }
  return true;
}

async function build() {
  const { build: esbuild } = await import('esbuild');
  const started = Date.now();
  const result = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: COMMANDS.map((c) => `cli/${c}.ts`),
    outdir: OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    // loaded on demand for .html input only (cli/input.ts)
    external: ['happy-dom'],
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  mkdirSync(OUT, { recursive: true });
  // written whole then renamed, so a run beside this one never reads half a file
  const put = (path, contents) => {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, contents);
    renameSync(tmp, path);
  };
  for (const f of result.outputFiles) put(f.path, f.contents);
  const files = [...Object.keys(result.metafile.inputs), ...SETTINGS].map((f) => relative(ROOT, resolve(ROOT, f)));
  const inputs = Object.fromEntries(files.map((f) => [f, stamp(f)]).filter(([, s]) => s));
  // a file changed while esbuild read it may be newer than what it read: no record, so the next run builds
  // again (a second's margin, for file systems whose clock is coarse or not this one's)
  if (Object.values(inputs).some(([, mtime, ctime]) => Math.max(mtime, ctime) > started - 1000)) return;
  put(INPUTS, JSON.stringify(inputs));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundled('extract');
