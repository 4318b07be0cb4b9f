import { readFileSync } from 'node:fs';
import { extract } from '../lib/extract/index';
const file = process.argv.slice(2).filter((a) => !a.startsWith('--'))[0];
const text = readFileSync(file, 'utf8');
process.stdout.write(JSON.stringify(extract(text)) + '\n');
