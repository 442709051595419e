/** Debian's Chromium, driven by playwright-core (which downloads nothing), for the browser tests. */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
  existsSync(p),
);

// CI sets RDPDIAG_REQUIRE_BROWSER=1: there a missing browser is a failure, never a silent skip.
if (!CHROMIUM && process.env.RDPDIAG_REQUIRE_BROWSER === '1')
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
