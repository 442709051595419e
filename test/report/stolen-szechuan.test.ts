/**
 * The real incident of issue 9: the public "Stolen Szechuan Sauce" domain controller logs. The answer must
 * lead: the attack, its source, the two incidents and the logons that followed; the HTML report shows the
 * summary and incidents above the fold and nothing wider than the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, NO_CHROMIUM } from '../helpers/browser.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { corpusPath, HAVE_CORPUS } from '../helpers/corpus.js';
import { inPageLinks } from '../helpers/html-links.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { explicitCredentials } from '../../patterns/findings/explicit-credentials.js';
import { outboundRdp } from '../../patterns/findings/outbound-rdp.js';
import type { ExplicitCredentials, Finding } from '../../src/model/attempt.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';

const SZ = corpusPath(
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
);
const SOURCE = '194.61.24.102';

interface JsonReport {
  attempts: { explicitCredentials?: ExplicitCredentials[] }[];
  findings: Finding[];
  incidents: { count: number }[];
}

/** The JSON report of the logs, run once for every test that reads it (the run is most of their time). */
let jsonRun: Promise<JsonReport> | undefined;
function jsonReport(): Promise<JsonReport> {
  jsonRun ??= rdpdiag(['analyze', SZ, '-q', '--format', 'json']).then((r) => {
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as JsonReport;
  });
  return jsonRun;
}

describe.skipIf(!HAVE_CORPUS)('Stolen Szechuan: answers, not lists', () => {
  it('opens the terminal report with the attack, the source, the two incidents and the logons, in < 150 lines', async () => {
    const r = await rdpdiag(['analyze', SZ, '-q']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(150);
    // The answer's time is the attempts' (the attack's morning), not the logs' (back to 2014).
    expect(lines[0]).toMatch(/^\d+ RDP connection attempts on 1 computer, 2020-09-19 03:20:22Z → 03:5\d:\d\dZ/);
    // Exactly the two incidents: the attacker's first sign-in (a session whose logon completed after its
    // client left) is one succeeded attempt, not a failure of its own.
    expect(r.stdout.match(/^ {2}I\d\d {2}ATTACK/gm)).toHaveLength(2);
    expect(lines.slice(0, 5).join('\n')).toMatch(
      new RegExp(`ATTACK: password guessing from ${SOURCE.replace(/\./g, '\\.')}`),
    );
    expect(r.stdout).toMatch(new RegExp(`ATTACK {2}24\\d × ${tlsProtocolMismatch.id}`));
    expect(r.stdout).toMatch(new RegExp(`ATTACK {2}9\\d × ${authBadCredentials.id}`));
    expect(r.stdout).toMatch(/The same\s+source then signed in successfully 4 times: A\d+ at\s+2020-09-19/);
    expect(r.stdout).toMatch(/194\.61\.24\.102 as Administrator \(attacker\) \(4\)/);
    // No Schannel advice (the lower bound may name the System log's Schannel events it counted).
    // (and the attack's extent says what Schannel's records cannot: "Schannel does not name the client").
    expect(
      r.stdout.replace(/System\s+\(Schannel\)/g, '').replace(/\(Schannel\s+does\s+not\s+name\s+the\s+client\)/g, ''),
    ).not.toMatch(/SCHANNEL|cipher-suite order/i);
  });

  it('Markdown: the header dates the logs from September 2020 and names the 2014 System records as stray', async () => {
    const r = await rdpdiag(['analyze', SZ, '-q', '--format', 'markdown']);
    const line = r.stdout.split('\n').find((l) => l.startsWith('- Logs from')) ?? '';
    expect(line).toMatch(/^- Logs from 2020-09-17 [\d:.]+Z → 2020-09-19 /);
    expect(line).toMatch(
      /not counting \d+ stray records? far from the rest .*System records? [\d, ]+ on \S+, 2014-03-21/,
    );
  });

  // Moved from test/diagnose/explicit-credentials.test.ts and outbound-rdp.test.ts (fast tier), whose samples keep
  // the same rules in seconds (a jump host's 4648 joined to its connection; a domain controller's mstsc).
  it('the DC’s 4648 to TERMSRV/DESKTOP-SDN1RPT is joined to the lateral movement’s connection', async () => {
    const json = await jsonReport();
    expect(json.findings.filter((f) => f.id === explicitCredentials.id)).toEqual([]);
    const joined = json.attempts.filter((a) => a.explicitCredentials);
    expect(joined.map((a) => a.explicitCredentials)).toEqual([
      [
        expect.objectContaining({
          by: 'C137\\Administrator',
          account: 'C137.LOCAL\\Administrator',
          target: 'DESKTOP-SDN1RPT',
        }),
      ],
    ]);
    const lateral = json.findings.find((f) => f.id === 'lateral-movement')!;
    expect(lateral.explanation).toMatch(/logged the credentials it used \(Security 4648\)/);
  });

  it('CITADEL-DC01 is a domain controller whose RDP to a desktop is the attacker’s, told once as lateral movement', async () => {
    const json = await jsonReport();
    expect(json.findings.filter((f) => f.id === outboundRdp.id)).toEqual([]);
    const lateral = json.findings.filter((f) => f.id === 'lateral-movement');
    expect(lateral.map((f) => f.computer)).toEqual(['CITADEL-DC01.C137.local']);
    expect(lateral[0]!.explanation).toContain('CITADEL-DC01.C137.local is a domain controller');
  });

  it('JSON: incidents, a password-guessing finding listing the logons, evidence cited once, no empty explanation', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the report's JSON, read field by field below
    const json: any = await jsonReport();
    const counts = json.incidents.map((x: { count: number }) => x.count);
    expect(counts.some((n: number) => n >= 240 && n <= 250)).toBe(true);
    expect(counts.some((n: number) => n >= 90 && n <= 100)).toBe(true);
    expect(json.incidents.every((x: { kind: string }) => x.kind === 'attack')).toBe(true);
    const finding = json.findings.find((f: { id: string }) => f.id === 'password-guessing');
    expect(finding.source).toBe(SOURCE);
    const succeeded = json.attempts.filter(
      (a: { outcome: string; client: { address?: string } }) =>
        a.outcome === 'succeeded' && a.client.address === SOURCE,
    );
    expect(succeeded.length).toBeGreaterThan(0);
    expect(finding.successes.map((s: { attempt: string }) => s.attempt)).toEqual(
      succeeded.map((a: { id: string }) => a.id),
    );
    const cited = new Map<string, number>();
    for (const a of json.attempts) {
      if (a.outcome !== 'failed') continue;
      for (const c of a.causes) {
        expect(c.explanation).not.toBe('');
        for (const e of c.evidence)
          if (e.eventId === 4625) cited.set(String(e.recordId), (cited.get(String(e.recordId)) ?? 0) + 1);
      }
    }
    expect(cited.size).toBeGreaterThan(90);
    expect(Math.max(...cited.values())).toBe(1);
  });

  it.skipIf(!CHROMIUM)(
    `HTML: summary and incidents above the fold, nothing wider than the page${CHROMIUM ? '' : ` ${NO_CHROMIUM}`}`,
    async () => {
      const report = join(tempDir(), 'sz.html');
      expect((await rdpdiag(['analyze', SZ, '-q', '-o', report])).code).toBe(1);
      const browser = await launchChromium();
      try {
        for (const width of [1280, 800]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.goto(`file://${report}`);
          const r = await page.evaluate(() => {
            const w = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > w + 1)
              .map((e) => `${e.tagName}.${e.className}`);
            const rect = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
            return {
              scroll: document.documentElement.scrollWidth,
              w,
              wide,
              summary: rect('#summary'),
              incidents: rect('table.incidents'),
              alert: rect('.alert'),
            };
          });
          expect(r.wide, `${width}px`).toEqual([]);
          expect(r.scroll).toBeLessThanOrEqual(r.w);
          expect(r.alert!.top).toBeLessThan(900);
          expect(r.incidents!.top).toBeLessThan(900);
          // Every attempt is reachable: the details of all 343 failures are in the page.
          expect(await page.locator('details.failure').count()).toBeGreaterThan(340);
          await page.close();
        }
      } finally {
        await browser.close();
      }
    },
  );

  it.skipIf(!CHROMIUM)(
    'HTML: the links to the attacker logons open them; the succeeded filter lists them; numbers stay whole at 800 px',
    async () => {
      const report = join(tempDir(), 'sz-links.html');
      expect((await rdpdiag(['analyze', SZ, '-q', '-o', report])).code).toBe(1);
      const html = readFileSync(report, 'utf8');
      const { targets, dead } = inPageLinks(html);
      // The attacker's first logon: every RCM 261 is an attempt now (issue 48), so it is A1935.
      expect(targets).toContain('att-A1935');
      expect(dead).toEqual([]);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
        await page.goto(`file://${report}`);
        const logons = page.locator('details.finding.security a[href^="#att-"]');
        const n = await logons.count();
        expect(n).toBeGreaterThanOrEqual(4);
        await logons.first().click();
        const first = page.locator('[id="att-A1935"]');
        expect(await first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
        const top = await first.evaluate((d) => d.getBoundingClientRect().top);
        expect(top).toBeGreaterThan(-2);
        expect(top).toBeLessThan(900);
        expect(await first.locator(':scope > summary').textContent()).toContain(SOURCE);
        await page.selectOption('#f-outcome', 'succeeded');
        // Each logon a finding links to (several findings may name the same one) is among the succeeded shown.
        const linked = new Set(await logons.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1))));
        const shown = new Set(
          await page.locator('details.attempt:not([hidden])').evaluateAll((ds) => ds.map((d) => d.id)),
        );
        expect(shown.size).toBeGreaterThanOrEqual(4);
        expect([...linked].filter((id) => !shown.has(id))).toEqual([]);
        expect(await page.locator('#no-attempts').isVisible()).toBe(false);
        await page.selectOption('#f-outcome', 'in-progress');
        expect(await page.locator('#no-attempts').isVisible()).toBe(true);
        await page.selectOption('#f-outcome', '');
        const split = await page.evaluate(() =>
          [...document.querySelectorAll('section.todo td.num, #events .rows:first-of-type td.num')]
            .filter((td) => (td.textContent ?? '').length >= 5)
            .filter((td) => {
              const range = document.createRange();
              range.selectNodeContents(td);
              return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size !== 1;
            })
            .map((td) => td.textContent),
        );
        expect(split).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
