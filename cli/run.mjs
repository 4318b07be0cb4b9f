// `npm run extract|detect|compare -- ARGS`: runs the command's bundle (cli/bundle.mjs; rebuilt first if
// any of its sources changed) with ARGS as its process.argv.slice(2), as if node ran cli/<command>.ts.
import { pathToFileURL } from 'node:url';
import { bundled } from './bundle.mjs';

const [command] = process.argv.splice(2, 1);
await import(pathToFileURL(await bundled(command)).href);
