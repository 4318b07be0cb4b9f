// npm run --silent detect -- FILE...
// One JSON object per line per file: file, isReport, score, reasons, language, region, year, type, title.
import { detect } from '../lib/detect/detect';
import { InputError, endQuietlyOnClosedPipe, readInput } from './input';

endQuietlyOnClosedPipe();

const files = process.argv.slice(2).filter((a) => a !== '--');
if (!files.length) {
  console.error('usage: npm run --silent detect -- FILE...   (.txt or .html)');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  try {
    const input = readInput(file);
    const d = detect(input.text, { title: input.title, heading: input.heading });
    const { isReport, score, reasons, language, region, regionPath, year, type, title } = d;
    process.stdout.write(`${JSON.stringify({ file, isReport, score, reasons, language, region, regionPath, year, type, title })}\n`);
  } catch (e) {
    failed++;
    console.error(`report-lens detect: ${e instanceof InputError ? e.message : `${file}: ${(e as Error).stack ?? e}`}`);
  }
}
process.exitCode = failed ? 1 : 0;
