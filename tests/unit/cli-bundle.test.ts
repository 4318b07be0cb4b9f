// `npm run extract|detect|compare` runs a bundle of cli/<command>.ts (cli/run.mjs, cli/bundle.mjs): a
// change to any source must reach the next run, and an unchanged bundle is not built again. Run here on
// a small project of the same layout (cli/ with the real launcher and bundler, lib/), never on this
// repository's own files, which other tests read at the same time.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/eval';

const project = mkdtempSync(join(tmpdir(), 'rl-bundle-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

mkdirSync(join(project, 'cli'));
mkdirSync(join(project, 'lib'));
for (const f of ['run.mjs', 'bundle.mjs']) copyFileSync(join(ROOT, 'cli', f), join(project, 'cli', f));
symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
const write = (file: string, text: string) => writeFileSync(join(project, file), text);
for (const command of ['extract', 'detect', 'compare'])
  write(
    `cli/${command}.ts`,
    `import { word } from '../lib/word';\nconsole.log(\`${command} \${word} \${process.argv.slice(2).join(' ')}\`);\n`,
  );
write('lib/word.ts', "export const word: string = 'alpha';\n");
// a whole second, which utimes can set again exactly (a file system's own mtime has nanoseconds)
const OLD = new Date('2024-01-01T00:00:00Z');
utimesSync(join(project, 'lib/word.ts'), OLD, OLD);

const run = (command: string, ...args: string[]): string =>
  execFileSync(process.execPath, ['cli/run.mjs', command, ...args], { cwd: project, encoding: 'utf8' }).trim();
const built = (command: string) => statSync(join(project, '.cli-build', `${command}.mjs`)).mtimeMs;
/**
 * A build records its sources (.cli-build/inputs.json) only when none changed in the second before it
 * (one may have changed while esbuild read it); without the record every run rebuilds, and no test of
 * staleness could fail. So: that second waited out, a build that records them, checked.
 */
async function builtAndRecorded(): Promise<void> {
  await new Promise((r) => setTimeout(r, 1100));
  rmSync(join(project, '.cli-build/inputs.json'), { force: true });
  run('extract');
  expect(statSync(join(project, '.cli-build/inputs.json')).isFile()).toBe(true);
}

describe('the CLI bundle', { timeout: 60_000 }, () => {
  it('runs the command with its arguments', () => {
    expect(run('extract', '--json', 'a.txt')).toBe('extract alpha --json a.txt');
    expect(run('detect', 'b.txt')).toBe('detect alpha b.txt');
  });

  it('is not built again while nothing changed', async () => {
    await builtAndRecorded();
    const at = built('extract');
    expect(run('extract', 'x')).toBe('extract alpha x');
    expect(run('compare')).toBe('compare alpha');
    expect(built('extract')).toBe(at);
  });

  it('is rebuilt when a source under lib/ changes, even to the same size with its old mtime', async () => {
    await builtAndRecorded();
    const before = statSync(join(project, 'lib/word.ts'));
    write('lib/word.ts', "export const word: string = 'omega';\n");
    utimesSync(join(project, 'lib/word.ts'), OLD, OLD);
    const after = statSync(join(project, 'lib/word.ts'));
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(run('extract')).toBe('extract omega');
    expect(run('compare')).toBe('compare omega');
  });

  it('is rebuilt when a command imports a new file, and when that file changes', async () => {
    await builtAndRecorded();
    write('lib/other.ts', "export const other = 'beta';\n");
    write('cli/detect.ts', "import { other } from '../lib/other';\nconsole.log('detect', other);\n");
    expect(run('detect')).toBe('detect beta');
    await builtAndRecorded();
    write('lib/other.ts', "export const other = 'gamma';\n");
    expect(run('detect')).toBe('detect gamma');
  });

  it('is not run when a changed source does not compile: the error, a non-zero exit, nothing on stdout', async () => {
    await builtAndRecorded();
    write('lib/word.ts', 'export const word: string = (;\n');
    const r = spawnSync(process.execPath, ['cli/run.mjs', 'extract'], { cwd: project, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('lib/word.ts');
  });
});
