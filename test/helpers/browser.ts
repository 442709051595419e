/** Debian's Chromium, driven by playwright-core (which downloads nothing), for the browser tests. */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { UNDER_WINE, WINE_NO_CHROMIUM } from './wine.js';

// Under Wine node.exe sees Debian's /usr/bin/chromium (drive Z:), a Linux program it cannot start: skipped
// there by name (WINE_NO_CHROMIUM), the Linux run covers the browser tests.
export const CHROMIUM = UNDER_WINE
  ? undefined
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

/** Said in the title of a browser test that does not run. */
export const NO_CHROMIUM = UNDER_WINE
  ? `[skipped under Wine: ${WINE_NO_CHROMIUM}]`
  : '(no chromium installed: skipped)';

// CI sets RDPDIAG_REQUIRE_BROWSER=1: there a missing browser is a failure, never a silent skip.
if (!CHROMIUM && !UNDER_WINE && process.env.RDPDIAG_REQUIRE_BROWSER === '1')
  throw new Error('chromium is required (RDPDIAG_REQUIRE_BROWSER=1) but not installed');

/** Starts the browser with nothing that reaches out on its own (updates, sync, QUIC). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
