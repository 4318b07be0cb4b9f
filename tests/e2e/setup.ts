// vitest globalSetup of the e2e project: find the browser once, before any test file starts, so that a
// machine without one gets one clear line (and a failed run) instead of every file failing on its own.
import { findChromium } from './chromium';

export default function setup(): void {
  try {
    process.env.CHROMIUM_PATH = findChromium();
  } catch (e) {
    console.error(`\nReport Lens e2e tests: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
