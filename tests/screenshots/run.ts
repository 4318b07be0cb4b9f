// npm run screenshots: the README's pictures, taken in real Chromium with the built extension.
// Each module here (content.ts, popup.ts, read-page.ts) exports a default function that writes PNGs to assets/screenshots/.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '../../assets/screenshots');
mkdirSync(OUT, { recursive: true });
for (const s of ['content', 'popup', 'read-page']) {
  const file = join(import.meta.dirname, `${s}.ts`);
  if (!existsSync(file)) continue;
  const mod = await import(file);
  await mod.default(OUT);
  console.log(`screenshots: ${s} done`);
}
