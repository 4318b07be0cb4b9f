// `npm run extract|detect|compare -- ARGS`: runs the command's bundle (cli/bundle.mjs; rebuilt first if
// any of its sources changed) with ARGS as its process.argv.slice(2), as if node ran cli/<command>.ts.
import { pathToFileURL } from 'node:url';
import { bundled } from './bundle.mjs';

const [command] = process.argv.splice(2, 1);
let bundle;
try {
  bundle = await bundled(command);
} catch (e) {
  // a source that does not compile: esbuild has said where; the old bundle is not run
  if (!e.errors) console.error(`report-lens: ${e.message}`);
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
