// npm run bench [-- SUITE...]: every suite, or the ones named (extract, page, popup).
// Each suite is a module in this folder whose default export runs it and prints its rows with
// report() from ./report.ts. Numbers are ratios against a baseline measured in the same run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ALL = ['extract', 'page', 'popup'];
const wanted = process.argv.slice(2).filter((a) => a !== '--');
const suites = wanted.length ? wanted : ALL;
let failed = false;
for (const s of suites) {
  const file = join(import.meta.dirname, `${s}.ts`);
  if (!existsSync(file)) {
    console.log(`\n## ${s}: no such suite`);
    continue;
  }
  console.log(`\n## ${s}`);
  try {
    const mod = await import(file);
    await mod.default();
  } catch (e) {
    failed = true;
    console.error(`suite ${s} failed: ${(e as Error).stack ?? e}`);
  }
}
process.exitCode = failed ? 1 : 0;
