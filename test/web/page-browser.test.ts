/**
 * The offline page (`rdpdiag web`) in a real browser (Debian's chromium driven by playwright-core, as the
 * HTML report test): opened from file://, logs given through its file and folder inputs, and "Download
 * JSON" compared with `rdpdiag analyze --format json` on the same files (paths compared by file name).
 * Every request but the page itself (and its worker, started from a blob: URL) fails the test, and so
 * does any console error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join, relative } from 'node:path';
import { zipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, NO_CHROMIUM } from '../helpers/browser.js';
import { ROOT, rdpdiag, spawnRdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { corpusPath, HAVE_CORPUS } from '../helpers/corpus.js';

const SAMPLES = join(ROOT, 'samples');
const STOLEN_SZECHUAN =
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs';

/** Every file under a folder, as `analyze <folder>` reads them (log files, folder by folder, by name). */
function filesOf(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return filesOf(full);
      return /\.(evtx|xml)$/i.test(name) ? [full] : [];
    });
}

/**
 * The JSON report with every path reduced to its file name (the page knows files by name only): paths,
 * and the folders in front of the file named by a warning given as text (warnings are objects that name no
 * path; an input's error names its file).
 */
function byFileName(json: string): unknown {
  return JSON.parse(json, (key, value) => {
    if ((key === 'path' || key === 'file' || key === 'source') && typeof value === 'string') return basename(value);
    if (key === 'warnings' && Array.isArray(value))
      return value.map((w: unknown) => (typeof w === 'string' ? w.replace(/^\S*\//, '') : w));
    return value;
  });
}

async function cliJson(args: string[]): Promise<unknown> {
  const r = await rdpdiag(['analyze', '--format', 'json', '-q', ...args]);
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  return byFileName(r.stdout);
}

describe.skipIf(!CHROMIUM)(`the offline page in a browser${CHROMIUM ? '' : ` ${NO_CHROMIUM}`}`, () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageUrl: string;
  const stray: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const html = join(tempDir(), 'rdpdiag.html');
    // The page is a build product (dist/web): the real program writes it.
    const r = spawnRdpdiag(['web', '--output', html]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('rdpdiag.html');
    pageUrl = `file://${html}`;
    browser = await launchChromium();
    context = await browser.newContext({ offline: true, acceptDownloads: true });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pageUrl) return route.continue();
      stray.push(url);
      return route.abort();
    });
    page = await context.newPage();
    // The worker's script comes from a blob: URL the page made from its own text: not a request out.
    page.on('request', (req) => {
      const url = req.url();
      if (url !== pageUrl && !url.startsWith('blob:')) stray.push(url);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(pageUrl);
  });

  afterAll(async () => {
    expect(stray).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await browser?.close();
  });

  async function clear(): Promise<void> {
    if (await page.isVisible('#clear')) await page.click('#clear');
  }

  /** Waits for the analysis to end; returns the status line. */
  async function analyzed(): Promise<string> {
    await page.waitForSelector('#cancel', { state: 'hidden', timeout: 300_000 });
    return (await page.textContent('#status')) ?? '';
  }

  async function downloaded(button: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  }

  async function pageJson(): Promise<unknown> {
    const { name, text } = await downloaded('#dl-json');
    expect(name).toBe('rdpdiag-report.json');
    return byFileName(text);
  }

  it('shows the pickers and nothing else before any file is given', async () => {
    expect(await page.isVisible('#files')).toBe(false); // styled: the label is the button
    expect(await page.isVisible('label:has(#files)')).toBe(true);
    expect(await page.isVisible('label:has(#folder)')).toBe(true);
    expect(await page.isDisabled('#analyze')).toBe(true);
    expect(await page.isVisible('#downloads')).toBe(false);
    expect(await page.isVisible('#report')).toBe(false);
  });

  it('gives the JSON of `analyze --format json` for XML exports picked as files', async () => {
    await clear();
    // Files picked one by one are named by their file names: the CLI reads copies side by side, so both
    // read the same names in the same order.
    const flat = tempDir();
    const files = filesOf(join(ROOT, 'samples/tls-certificate')).map((f) =>
      writeTemp(flat, basename(f), readFileSync(f)),
    );
    await page.setInputFiles('#files', files);
    expect(await analyzed()).toMatch(/^4 file\(s\) read .*: 2 attempt\(s\), 2 failed/);
    expect(await pageJson()).toEqual(await cliJson(files));
    // The report shown is the HTML report of the CLI.
    const frame = page.frameLocator('#report');
    expect(await frame.locator('#n-failed').textContent()).toBe('2');
  });

  it('reads a whole folder, its subfolders included, as `analyze <folder>` does', async () => {
    await clear();
    const folder = join(ROOT, 'samples/auth-bad-credentials');
    await page.setInputFiles('#folder', folder);
    await analyzed();
    expect(await pageJson()).toEqual(await cliJson([folder]));
  });

  it('reads the logs inside a .zip, as `analyze logs.zip` does', async () => {
    await clear();
    const scenario = join(ROOT, 'samples/auth-bad-credentials');
    const entries = Object.fromEntries(filesOf(scenario).map((f) => [relative(scenario, f), readFileSync(f)]));
    const zip = writeTemp(tempDir(), 'logs.zip', zipSync(entries));
    await page.setInputFiles('#files', zip);
    const status = await analyzed();
    expect(status).toMatch(/^1 file\(s\) read/);
    const json = await pageJson();
    expect(json).toEqual(await cliJson([zip]));
    expect((json as { inputs: unknown[] }).inputs.length).toBe(Object.keys(entries).length);
  });

  it('says a lone input it refused was refused, not "0 attempt(s)" (issue #61)', async () => {
    await clear();
    const archive = writeTemp(
      tempDir(),
      'evidence.7z',
      Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04, ...new Array(24).fill(0)]),
    );
    await page.setInputFiles('#files', archive);
    const status = await analyzed();
    // (the report, which lists the input refused, is still shown: "Showing the report…" may follow)
    expect(status).toMatch(/^Nothing read: the file given was refused \(the error is below\)\./);
    expect(status).not.toMatch(/attempt/);
    expect(await page.textContent('#errors')).toContain('evidence.7z: a 7-Zip archive (.7z)');
    // Beside a log: the log read, the archive counted apart.
    await clear();
    const security = writeTemp(
      tempDir(),
      'Security.xml',
      readFileSync(join(SAMPLES, 'auth-bad-credentials/Security.xml')),
    );
    await page.setInputFiles('#files', [archive, security]);
    expect(await analyzed()).toMatch(
      /^2 file\(s\) read in [\d.]+ s \(1 of them refused: see the error below\): 3 attempt\(s\)/,
    );
  });

  it('applies the filters and the redaction switch as the CLI options do', async () => {
    await clear();
    await page.click('#options summary');
    await page.check('input[name=failedOnly]');
    await page.check('input[name=redact]');
    await page.fill('input[name=channel]', 'RdpCoreTS, Security, RDPClient');
    const folder = join(SAMPLES, 'two-users-badpw-then-ok-and-no-rdp-right');
    await page.setInputFiles('#folder', folder);
    await analyzed();
    const expected = await cliJson([
      folder,
      '--failed-only',
      '--redact',
      '--channel',
      'RdpCoreTS',
      '--channel',
      'Security',
      '--channel',
      'RDPClient',
    ]);
    expect(await pageJson()).toEqual(expected);
    expect(JSON.stringify(expected)).not.toContain('example.test');
    // A filter the CLI refuses is refused the same way, as a message.
    await page.fill('input[name=since]', 'next tuesday');
    await page.click('#analyze');
    await page.waitForSelector('#errors li');
    expect(await page.textContent('#errors')).toContain('cannot read the time "next tuesday"');
    for (const name of ['since', 'channel']) await page.fill(`input[name=${name}]`, '');
    await page.uncheck('input[name=failedOnly]');
    await page.uncheck('input[name=redact]');
  });

  it('saves the Markdown and HTML reports the CLI writes', async () => {
    await clear();
    // Reports name inputs relative to the folder they share: a picked folder and `analyze <folder>` agree.
    const folder = join(ROOT, 'samples/tls-certificate');
    await page.setInputFiles('#folder', folder);
    await analyzed();
    const md = await downloaded('#dl-markdown');
    const html = await downloaded('#dl-html');
    expect(md.name).toBe('rdpdiag-report.md');
    expect(md.text).toBe((await rdpdiag(['analyze', '--format', 'markdown', '-q', folder])).stdout);
    expect(html.name).toBe('rdpdiag-report.html');
    // Full paths (a tooltip) are the picked folder's paths in the page.
    expect(html.text).toBe(
      (await rdpdiag(['analyze', '--format', 'html', '-q', folder])).stdout.replaceAll(`${SAMPLES}/`, ''),
    );
  });

  it('lists the first files picked and "and N more", all of them on a click', async () => {
    await clear();
    // Files of a folder whose names are no log's: listed as picked, left aside by the analysis.
    const folder = tempDir();
    for (let i = 1; i <= 20; i++) writeTemp(folder, `picture-${String(i).padStart(2, '0')}.png`, 'not a log');
    await page.setInputFiles('#folder', folder);
    expect(await analyzed()).toMatch(/20 other file\(s\) of the folders left aside/);
    const items = page.locator('#file-list li');
    expect(await items.count()).toBe(9);
    expect(await items.nth(0).textContent()).toMatch(/picture-01\.png \(9 B\)$/);
    expect(await items.nth(8).textContent()).toBe('and 12 more');
    await page.click('#file-list li.more button');
    expect(await items.count()).toBe(20);
    expect(await items.nth(19).textContent()).toMatch(/picture-20\.png/);
    // A new pick starts folded again.
    await clear();
    expect(await items.count()).toBe(0);
  });

  it('re-analyses twice: no download of a past result while one runs, the latest saved after, no console error', async () => {
    await clear();
    const errorsBefore = consoleErrors.length;
    const folder = join(SAMPLES, 'two-users-badpw-then-ok-and-no-rdp-right');
    // The first re-analysis (failed attempts only) starts the moment the first analysis ends, its report
    // still being drawn and measured: the downloads are disabled at once, in the same task.
    await page.evaluate(() => {
      const status = document.getElementById('status')!;
      (window as unknown as { restarted: Promise<boolean[]> }).restarted = new Promise((resolve) => {
        const seen = new MutationObserver(() => {
          if (!/file\(s\) read/.test(status.textContent ?? '')) return;
          seen.disconnect();
          (document.querySelector('input[name=failedOnly]') as HTMLInputElement).checked = true;
          (document.getElementById('analyze') as HTMLButtonElement).click();
          resolve([...document.querySelectorAll<HTMLButtonElement>('#downloads button')].map((b) => b.disabled));
        });
        seen.observe(status, { childList: true, characterData: true, subtree: true });
      });
    });
    await page.setInputFiles('#folder', folder);
    const atRestart = await page.evaluate(() => (window as unknown as { restarted: Promise<boolean[]> }).restarted);
    expect(atRestart).toEqual([true, true, true]);
    await analyzed();
    const second = await pageJson();
    expect(second).toEqual(await cliJson([folder, '--failed-only']));
    // The second re-analysis: while it runs nothing can be saved; once over, its own result is.
    await page.evaluate(() => {
      (document.getElementById('options') as HTMLDetailsElement).open = true;
    });
    await page.check('input[name=redact]');
    const running = await page.evaluate(() => {
      (document.getElementById('analyze') as HTMLButtonElement).click();
      return (document.getElementById('dl-json') as HTMLButtonElement).disabled;
    });
    expect(running).toBe(true);
    await analyzed();
    const third = await pageJson();
    expect(third).toEqual(await cliJson([folder, '--failed-only', '--redact']));
    expect(third).not.toEqual(second);
    // The report drawn after the last run is measured from that run's end.
    const measured = await page.waitForFunction(
      () => performance.getEntriesByName('rdpdiag:analysis-to-report').length,
    );
    expect(await measured.jsonValue()).toBe(1);
    expect(consoleErrors.slice(errorsBefore)).toEqual([]);
    await page.uncheck('input[name=failedOnly]');
    await page.uncheck('input[name=redact]');
  });

  it('explains the two numbers of the mstsc dialog as explain-code does', async () => {
    await page.fill('#code', '0x904');
    await page.fill('#extended', '0x7');
    await page.click('#explain-form button');
    await page.waitForSelector('#explanation:not([hidden])');
    expect((await page.textContent('#explanation'))?.trimEnd()).toBe(
      (await rdpdiag(['explain-code', '0x904', '0x7'])).stdout.trimEnd(),
    );
  });

  describe.skipIf(!HAVE_CORPUS)('real logs from the corpus', () => {
    it('reads an .evtx in slices and gives the JSON of the CLI', async () => {
      await clear();
      const files = [
        corpusPath(`${STOLEN_SZECHUAN}/Microsoft-Windows-TerminalServices-LocalSessionManager%4Operational.evtx`),
        corpusPath(`${STOLEN_SZECHUAN}/Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx`),
      ];
      await page.setInputFiles('#files', files);
      await analyzed();
      expect(await pageJson()).toEqual(await cliJson(files));
    });

    it("shows Stolen Szechuan's report once analysed: the time from the analysis' end to the report drawn, printed", async () => {
      await clear();
      await page.setInputFiles('#folder', corpusPath(STOLEN_SZECHUAN));
      await analyzed();
      // The page's own marks: the analysis' end, and the report's first frame drawn after its frame loaded.
      const measure = await page.waitForFunction(
        () => performance.getEntriesByName('rdpdiag:analysis-to-report')[0]?.duration,
        undefined,
        { timeout: 0 }, // no limit of its own: the suite's catches a hang
      );
      const ms = (await measure.jsonValue()) as number;
      expect(ms).toBeGreaterThan(0);
      const json = (await cliJson([corpusPath(STOLEN_SZECHUAN)])) as { attempts: unknown[] };
      const frame = page.frameLocator('#report');
      expect(await frame.locator('#n-attempts').textContent()).toBe(String(json.attempts.length));
      // The summary and incidents are drawn; every event row is there, in blocks laid out as they are reached.
      expect(await frame.locator('#incidents table.incidents').first().isVisible()).toBe(true);
      const total = Number(await frame.locator('#shown').textContent());
      expect(total).toBeGreaterThan(1000);
      expect(await frame.locator('#events tbody tr').count()).toBe(total);
      console.log(
        `Stolen Szechuan in the page: report drawn ${Math.round(ms)} ms after the analysis ended (${total} event rows; load average ${loadavg()[0]?.toFixed(1)})`,
      );
    });

    it('cancels an analysis under way, and runs it again', async () => {
      await clear();
      await page.setInputFiles('#folder', corpusPath(STOLEN_SZECHUAN));
      await page.click('#cancel');
      expect(await page.textContent('#status')).toBe('Cancelled.');
      expect(await page.isVisible('#progress')).toBe(false);
      await page.click('#analyze');
      await analyzed();
      expect(await pageJson()).toEqual(await cliJson([corpusPath(STOLEN_SZECHUAN)]));
    });
  });
});
