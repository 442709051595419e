/**
 * The HTML report in a real browser (Debian's chromium driven by playwright-core, both installed by
 * .ci/run): offline, summary numbers, expanding a failure, filtering by cause, and hostile event
 * fields that must show as text and run nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, NO_CHROMIUM } from '../helpers/browser.js';
import type { Browser, Page } from 'playwright-core';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { wevtutilStream } from '../helpers/xml-events.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';

const PAYLOAD_SCRIPT = '<script>window.__pwned="script"</script>';
const PAYLOAD_IMG = '"><img src=x onerror="window.__pwned=\'img\'">';

describe.skipIf(!CHROMIUM)(`HTML report in a browser${CHROMIUM ? '' : ` ${NO_CHROMIUM}`}`, () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const dialogs: string[] = [];
  let expected: { attempts: number; succeeded: number; failed: number };

  beforeAll(async () => {
    const dir = tempDir();
    // A hostile log: a failed logon whose user, workstation and domain carry markup and script.
    writeTemp(
      dir,
      'hostile.xml',
      wevtutilStream([
        {
          id: 131,
          record: 1,
          time: '2024-07-01T10:00:00Z',
          computer: 'RDSH66',
          activity: '{F4206666-0000-0000-0000-000000000000}',
          eventData: { ConnType: 'TCP', ClientIP: '192.0.2.66:50000' },
        },
        {
          id: 4625,
          record: 2,
          time: '2024-07-01T10:00:01Z',
          computer: 'RDSH66',
          channel: 'Security',
          provider: 'Microsoft-Windows-Security-Auditing',
          eventData: {
            TargetUserName: PAYLOAD_SCRIPT.replace(/</g, '&lt;'),
            TargetDomainName: PAYLOAD_IMG.replace(/</g, '&lt;').replace(/"/g, '&quot;'),
            WorkstationName: 'WS',
            IpAddress: '192.0.2.66',
            LogonType: '3',
            Status: '0xc000006d',
            SubStatus: '0xc000006a',
          },
        },
        {
          id: 140,
          record: 3,
          time: '2024-07-01T10:00:01.1Z',
          computer: 'RDSH66',
          activity: '{F4206666-0000-0000-0000-000000000000}',
          eventData: { IPString: '192.0.2.66' },
        },
        {
          id: 102,
          record: 4,
          time: '2024-07-01T10:00:01.2Z',
          computer: 'RDSH66',
          activity: '{F4206666-0000-0000-0000-000000000000}',
        },
      ]),
    );
    const report = join(dir, 'report.html');
    const r = await rdpdiag(['analyze', 'samples', dir, '--output', report, '-q']);
    expect(r.code).toBe(1);
    const json = JSON.parse((await rdpdiag(['analyze', 'samples', dir, '--format', 'json', '-q'])).stdout);
    expected = {
      attempts: json.attempts.length,
      succeeded: json.attempts.filter((a: { outcome: string }) => a.outcome === 'succeeded').length,
      failed: json.attempts.filter((a: { outcome: string }) => a.outcome === 'failed').length,
    };
    expect(readFileSync(report, 'utf8')).not.toContain(PAYLOAD_SCRIPT);
    browser = await launchChromium();
    const context = await browser.newContext({ offline: true });
    page = await context.newPage();
    page.on('request', (req) => requests.push(req.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`file://${report}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens offline and requests nothing but itself', () => {
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(requests.length).toBe(1);
  });

  it('shows the summary numbers of the analysis', async () => {
    expect(await page.textContent('#n-attempts')).toBe(String(expected.attempts));
    expect(await page.textContent('#n-succeeded')).toBe(String(expected.succeeded));
    expect(await page.textContent('#n-failed')).toBe(String(expected.failed));
  });

  it('expands a failure to its evidence and remediation', async () => {
    const first = page.locator('details.failure').first();
    expect(await first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await first.locator(':scope > summary').click();
    expect(await first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await first.locator('table').first().isVisible()).toBe(true);
    expect(await first.locator('ol li').count()).toBeGreaterThan(0);
  });

  it('filters the event table by cause', async () => {
    const total = await page.locator('#events tbody tr').count();
    await page.selectOption('#f-cause', authBadCredentials.id);
    const visible = page.locator('#events tbody tr:not([hidden])');
    const n = await visible.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(total);
    const causes = await visible.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.cause));
    expect(new Set(causes)).toEqual(new Set([authBadCredentials.id]));
    expect(await page.textContent('#shown')).toBe(String(n));
    await page.selectOption('#f-cause', '');
    expect(await page.locator('#events tbody tr:not([hidden])').count()).toBe(total);
  });

  it('hides the blocks of event rows a filter leaves empty, and shows them again', async () => {
    const blocks = await page.locator('#events .rows').count();
    expect(blocks).toBeGreaterThan(0);
    await page.fill('#f-from', '9999');
    expect(await page.textContent('#shown')).toBe('0');
    expect(await page.locator('#events .rows:not([hidden])').count()).toBe(0);
    await page.fill('#f-from', '');
    expect(await page.locator('#events .rows:not([hidden])').count()).toBe(blocks);
  });

  it('opens the attempt a security finding links to (an attacker logon), though it is laid out lazily', async () => {
    const link = page.locator('details.finding.security a[href^="#att-"]').first();
    const id = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    const target = page.locator(`[id="${id}"]`);
    expect(await target.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // A logon on record (succeeded), or credentials that passed NLA where no log records the logon (unknown).
    expect(['succeeded', 'unknown']).toContain(await target.getAttribute('data-outcome'));
    expect(await target.isVisible()).toBe(true);
    expect(await target.evaluate((d) => d.getBoundingClientRect().top)).toBeLessThan(page.viewportSize()!.height);
    await page.evaluate(() => history.replaceState(null, '', ' '));
  });

  it('says so when a filter leaves the attempts and events empty, and names the filter', async () => {
    const message = page.locator('#no-attempts');
    expect(await message.isVisible()).toBe(false);
    await page.selectOption('#f-outcome', 'succeeded');
    expect(await page.locator('details.attempt:not([hidden])').count()).toBeGreaterThan(0);
    expect(await message.isVisible()).toBe(false);
    await page.selectOption('#f-cause', authBadCredentials.id);
    expect(await page.locator('details.attempt:not([hidden])').count()).toBe(0);
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain(`outcome succeeded, cause ${authBadCredentials.id}`);
    expect(await page.locator('#no-events').isVisible()).toBe(true);
    await page.selectOption('#f-outcome', '');
    await page.selectOption('#f-cause', '');
    expect(await message.isVisible()).toBe(false);
    expect(await page.locator('#no-events').isVisible()).toBe(false);
  });

  it('keeps every record and event number on one line at 800 px', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    try {
      // The cells laid out (content-visibility skips the rest): the evidence tables and the first event rows.
      const cells = await page.evaluate(() =>
        [...document.querySelectorAll('section.todo .num, #events .rows:first-of-type td.num')]
          .filter((td) => (td.textContent ?? '').length >= 4)
          .slice(0, 200)
          .map((td) => {
            const range = document.createRange();
            range.selectNodeContents(td);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
            return { text: td.textContent, lines };
          }),
      );
      expect(cells.length).toBeGreaterThan(10);
      expect(cells.filter((c) => c.lines !== 1)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('gives what the evidence says most of its table from 800 to 1,920 px, its salient fields first', async () => {
    try {
      for (const width of [800, 1400, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        const cells = await page.evaluate(() =>
          [...document.querySelectorAll('section.todo table.evidence td.summary')].slice(0, 20).map((td) => ({
            share: td.getBoundingClientRect().width / td.closest('table')!.getBoundingClientRect().width,
            px: td.getBoundingClientRect().width,
            lead: td.querySelector(':scope > .mono')?.textContent ?? '',
          })),
        );
        expect(cells.length, `${width} px`).toBeGreaterThan(0);
        for (const c of cells) {
          expect(c.share, `${width} px`).toBeGreaterThan(0.45);
          expect(c.px, `${width} px`).toBeGreaterThan(320);
        }
        // A 4625 leads with who, from where and why, not with its subject's SID.
        expect(cells.some((c) => /^TargetUserName=\S+ IpAddress=\S+ Status=0x/.test(c.lead))).toBe(true);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('shows the summary and every event row with no script running', async () => {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    try {
      const still = await context.newPage();
      await still.goto(page.url());
      expect(await still.textContent('#n-attempts')).toBe(String(expected.attempts));
      const rows = still.locator('#events tbody tr');
      expect(await rows.count()).toBe(Number(await still.textContent('#shown')));
      await rows.last().scrollIntoViewIfNeeded();
      expect(await rows.last().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('shows script and markup from the logs as text and runs none of it', async () => {
    await page
      .locator('details.failure', { hasText: 'RDSH66' })
      .filter({ hasText: '2024-07-01 10:00:00' })
      .locator(':scope > summary')
      .click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('img').count()).toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain(PAYLOAD_SCRIPT);
    expect(text).toContain('<img src=x onerror=');
  });
});
