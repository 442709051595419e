/**
 * Security lens additions and real connection kinds (issue 23): Security 4825 (denied Remote Desktop for want of
 * the right) explains its attempt; a host without NLA fails at the logon screen with a 4625 logon type 10 from
 * winlogon, which is bad credentials and never "NLA succeeded".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { isTunnelAddress } from '../../src/diagnose/attacks/attack-path.js';
import { analyzeXml, sampleXml } from '../helpers/pipeline.js';
import { wevtutilStream } from '../helpers/xml-events.js';

const SAMPLE = join('samples', 'denied-remote-desktop-4825', 'Security.xml');

describe('Security 4825 and the logon-screen 4625', () => {
  const analysis = analyzeXml(sampleXml(SAMPLE));
  const [denied, mistyped] = analysis.attempts;

  it('a 4825 alone is an attempt refused for want of the Remote Desktop right, naming account and address', () => {
    expect(denied.outcome).toBe('failed');
    expect(denied.user).toBe('CORP\\tomas');
    expect(denied.client.address).toBe('198.51.100.24');
    expect(denied.causes[0].id).toBe(authLogonRight.id);
    expect(denied.causes[0].explanation).toMatch(/denied CORP\\tomas access to Remote Desktop \(Security 4825/);
  });

  it('near miss: a wrong password typed at the logon screen (no NLA) is bad credentials, never NLA', () => {
    expect(mistyped.outcome).toBe('failed');
    expect(mistyped.causes[0].id).toBe(authBadCredentials.id);
    expect(mistyped.causes[0].explanation).toMatch(/logon type 10/);
    expect(mistyped.causes[0].explanation).not.toMatch(/Network Level Authentication|NLA/);
    expect(mistyped.progress.authenticated).toBe(false);
  });
});

describe('tunnelled logons', () => {
  const logon = (address: string, record: number) =>
    wevtutilStream([
      {
        id: 4624,
        time: `2024-09-11T20:0${record % 10}:00Z`,
        record,
        computer: 'WS17.corp.example.test',
        channel: 'Security',
        provider: 'Microsoft-Windows-Security-Auditing',
        eventData: {
          TargetUserName: 'ines',
          TargetDomainName: 'CORP',
          LogonType: '10',
          LogonProcessName: 'User32 ',
          IpAddress: address,
          IpPort: '0',
        },
      },
    ]);

  it.each(['127.0.0.1', '::1', '169.254.10.20'])(
    'a logon type 10 from %s is RDP through a tunnel (rdp-tunnel)',
    (address) => {
      const f = analyzeXml(logon(address, 1)).findings.find((x) => x.id === 'rdp-tunnel');
      expect(f?.explanation).toContain(address);
      expect(f?.explanation).toMatch(/tunnel/);
    },
  );

  it('near miss: the same logon from a routable address is no tunnel', () => {
    expect(analyzeXml(logon('192.0.2.44', 2)).findings.filter((x) => x.id === 'rdp-tunnel')).toEqual([]);
  });

  it('near miss: a LAN client by its IPv6 link-local address (LLMNR, mDNS on a flat office LAN) is no tunnel', () => {
    for (const address of ['fe80::80ac:4126:fa58:1b81', 'fe80::80ac:4126:fa58:1b81%12'])
      expect(analyzeXml(logon(address, 3)).findings.filter((x) => x.id === 'rdp-tunnel')).toEqual([]);
  });

  it('recognises the loopback and IPv4 link-local (a forwarder) only', () => {
    expect(['127.0.0.1', '127.0.0.2', '::1', '[::1]', '169.254.3.4'].every(isTunnelAddress)).toBe(true);
    expect(['192.0.2.1', 'fe80::1', 'fe80::1%4', 'fec0::1', '2001:db8::1', undefined].some(isTunnelAddress)).toBe(
      false,
    );
  });
});
