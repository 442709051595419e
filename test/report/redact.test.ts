import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/report/redact.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { analyzedAs } from '../helpers/cli.js';
import { wevtutilStream } from '../helpers/xml-events.js';

describe('--redact', () => {
  it('keeps values named with --redact-keep, and gives one value the same pseudonym everywhere', async () => {
    const r = await analyzedAs(
      'json',
      'samples/auth-bad-credentials',
      '--redact',
      '--redact-keep',
      'RDSH01.corp.example.test',
    );
    const report = JSON.parse(r.stdout);
    expect(
      report.attempts.every((a: { server: { name: string } }) => a.server.name === 'RDSH01.corp.example.test'),
    ).toBe(true);
    const users = new Set(
      report.attempts
        .filter((a: { client: { address: string } }) => a.client.address === report.attempts[0].client.address)
        .map((a: { user: string }) => a.user),
    );
    expect(users.size).toBe(1);
    expect([...users][0]).toMatch(/^domain-\d+\\user-\d+$/);
  });
});

describe('Redactor', () => {
  it('maps FQDN, short name and DNS domain consistently, and addresses to the pseudonym ranges', () => {
    const events = eventsFromXml(
      wevtutilStream([
        {
          id: 21,
          record: 1,
          time: '2024-05-02T09:00:00Z',
          computer: 'RDSH09.corp.example.test',
          channel: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
          userData: { User: 'CORP\\zoe', SessionID: '2', Address: '2001:db8::15' },
        },
        {
          id: 4625,
          record: 2,
          time: '2024-05-02T09:00:01Z',
          computer: 'RDSH09',
          channel: 'Security',
          eventData: {
            TargetUserName: 'zoe',
            TargetDomainName: 'CORP',
            IpAddress: '192.0.2.77',
            WorkstationName: 'WS-ZOE',
            TargetUserSid: 'S-1-5-21-1-2-3-1105',
          },
        },
      ]),
    );
    const r = new Redactor();
    for (const e of events) r.collectEvent(e);
    const text = r.text(
      'RDSH09 and rdsh09.corp.example.test: CORP\\zoe from 192.0.2.77 / [2001:db8::15]:3389 (WS-ZOE, S-1-5-21-1-2-3-1105) at 09:14:07, SYSTEM',
    );
    expect(text).toBe(
      'host-1 and host-1: domain-2\\user-1 from 192.0.2.1 / [2001:db8:ffff::1]:3389 (host-2, S-1-5-21-1000000000-1000000000-1000000000-1001) at 09:14:07, SYSTEM',
    );
  });
});

describe('--redact keeps the class of an address', () => {
  const addressEvents = (addresses: string[]) =>
    eventsFromXml(
      wevtutilStream(
        addresses.map((a, i) => ({
          id: 4625,
          record: i + 1,
          time: `2024-05-02T09:00:0${i}Z`,
          computer: 'RDSH09',
          channel: 'Security',
          eventData: { TargetUserName: 'zoe', IpAddress: a },
        })),
      ),
    );

  /** A redactor that has seen the addresses of `real` in events, and each one's text (`inText`) redacted by it. */
  const redactAddresses = (real: Record<string, string>, inText: (address: string) => string) => {
    const r = new Redactor();
    for (const e of addressEvents(Object.values(real))) r.collectEvent(e);
    const out = Object.fromEntries(Object.entries(real).map(([k, v]) => [k, r.text(inText(v))]));
    return { r, out };
  };

  it('maps internet, private, loopback and link-local addresses into ranges of the same class', () => {
    const real = {
      public: '194.61.24.102',
      private: '192.168.7.20',
      cgnat: '100.72.1.9',
      loopback: '127.0.0.2',
      linkLocal: '169.254.10.11',
      public6: '2a00:1450:4001::200e',
      ula6: 'fd12:3456::7',
      linkLocal6: 'fe80::1c2d:3e4f',
    };
    const { r, out } = redactAddresses(real, (v) => v);
    for (const [k, v] of Object.entries(real)) expect(out[k], k).not.toBe(v);
    expect(out.public).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
    expect(out.private).toMatch(/^10\./);
    expect(out.cgnat).toMatch(/^10\./);
    expect(out.loopback).toMatch(/^127\./);
    expect(out.linkLocal).toMatch(/^169\.254\./);
    expect(out.public6).toMatch(/^2001:db8:/);
    expect(out.ula6).toMatch(/^fd/);
    expect(out.linkLocal6).toMatch(/^fe80:/);
    // ::1 and 127.0.0.1 name no one and stay.
    expect(r.text('127.0.0.1 ::1')).toBe('127.0.0.1 ::1');
  });

  it('hides an IPv4 address carried in IPv6 whole, by the class of the address it carries', () => {
    const real = {
      isatap: 'fe80::5efe:10.42.85.10',
      mapped: '::ffff:10.42.85.11',
      sixToFour: '2002:0a2a:550c::1',
      nat64: '64:ff9b::194.61.24.102',
    };
    const { r, out } = redactAddresses(real, (v) => `from ${v}.`);
    for (const [k, v] of Object.entries(out)) {
      // Nothing of the real address survives, not even the embedded one's last octets.
      expect(v, k).not.toMatch(/42\.85|5efe|0a2a|550c|ff9b|194\.61|24\.102/);
      expect(v, k).toMatch(/^from [\d.]+\.$/);
    }
    expect(out.isatap).toMatch(/^from 10\./);
    expect(out.mapped).toMatch(/^from 10\./);
    expect(out.sixToFour).toMatch(/^from 10\./);
    expect(out.nat64).toMatch(/^from (192\.0\.2|198\.51\.100|203\.0\.113)\./);
    // An address at the end of a sentence is still an address.
    expect(r.text('fe80::5efe:10.42.85.10')).not.toContain('42.85');
  });

  it('never gives a pseudonym that is an address of the logs (they are documentation addresses too)', () => {
    const real = ['192.0.2.1', '192.0.2.2', '203.0.113.9', '2001:db8:ffff::1'];
    const r = new Redactor();
    for (const e of addressEvents(real)) r.collectEvent(e);
    const shown = real.map((a) => r.text(a));
    expect(new Set(shown).size).toBe(real.length);
    for (const p of shown) expect(real).not.toContain(p);
  });

  it('the attacker of a sample shows as an internet address, and no address of the samples is in the output', async () => {
    const sample = 'samples/heldout-11-password-guessing-then-success-2019';
    const clear = JSON.parse((await analyzedAs('json', sample)).stdout);
    const hidden = JSON.parse((await analyzedAs('json', sample, '--redact')).stdout);
    const source = (j: { findings: { id: string; source?: string }[] }) =>
      j.findings.find((f) => f.id === 'password-guessing')?.source;
    expect(source(clear)).toBe('203.0.113.66');
    expect(source(hidden)).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
    const realAddresses = new Set(
      clear.attempts.map((a: { client: { address?: string } }) => a.client.address).filter(Boolean),
    );
    const shownAddresses = hidden.attempts.map((a: { client: { address?: string } }) => a.client.address);
    expect(shownAddresses.filter((a: string) => realAddresses.has(a))).toEqual([]);
  });
});
