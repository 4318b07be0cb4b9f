// vitest globalSetup of the e2e project: find the browsers (Chromium; Firefox for its one test) once, before any test file starts, so that a
// machine without one gets one clear line (and a failed run) instead of every file failing on its own.
import { findChromium } from './chromium';
import { findFirefox } from './firefox';

export default function setup(): void {
  try {
    process.env.CHROMIUM_PATH = findChromium();
    process.env.FIREFOX_PATH = findFirefox();
  } catch (e) {
    console.error(`\nReport Lens e2e tests: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
