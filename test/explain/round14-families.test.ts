/**
 * Issue 60, round 14: ping's other answers and tracert (src/explain/tables/host-output.ts), in wordings written for
 * these tests from the forms Microsoft's "ping" and "tracert" pages show (fictional names, documentation addresses):
 * what each shows, the cause it points at, a near miss (a healthy answer, or the answer the user asked for with
 * `ping -i`), and its numbers (hops, times, TTLs) never looked up as codes.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { licensingClientCache } from '../../patterns/licensing-client-cache.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { asCommandOutput, causeIds } from '../helpers/explain.js';

describe('ping: a router answers instead of the host', () => {
  const TTL = [
    'Pinging rdsh07.contoso.com [203.0.113.70] with 32 bytes of data:',
    'Reply from 192.0.2.254: TTL expired in transit.',
    'Reply from 192.0.2.254: TTL expired in transit.',
  ].join('\n');
  it('TTL expired in transit: a routing loop, the router named, the host never reached', () => {
    const e = asCommandOutput(TTL, 'ping');
    expect(e.summary).toMatch(
      /^TTL expired in transit at 192\.0\.2\.254: the packets to 203\.0\.113\.70 never reached it/,
    );
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
    expect(e.notes.join('\n')).toMatch(/tracert 203\.0\.113\.70/);
  });
  it('near miss: after `ping -i 3` the expiry is the answer asked for, no cause', () => {
    const e = asCommandOutput(`C:\\>ping -i 3 rdsh07.contoso.com\n\n${TTL}`, 'ping');
    expect(e.summary).toMatch(/-i switch/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('Destination port unreachable: an ICMP error, no verdict on TCP 3389', () => {
    const e = asCommandOutput('Reply from 203.0.113.70: Destination port unreachable.', 'ping');
    expect(e.summary).toMatch(/no verdict on TCP 3389/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('near miss: replies pasted without the header are still replies (TTL=118 is no code)', () => {
    const e = asCommandOutput('Reply from 203.0.113.70: bytes=32 time=14ms TTL=118', 'ping');
    expect(e.summary).toMatch(/^203\.0\.113\.70 answers ping/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe('tracert', () => {
  const HEAD = 'Tracing route to rdsh07.contoso.com [203.0.113.70]\nover a maximum of 30 hops:\n\n';
  it('the route reaches the host: fine, no cause', () => {
    const e = asCommandOutput(
      `${HEAD}  1    <1 ms    <1 ms    <1 ms  192.0.2.254\n  2     9 ms     8 ms     9 ms  198.51.100.9\n  3    12 ms    11 ms    12 ms  rdsh07.contoso.com [203.0.113.70]\n\nTrace complete.`,
      'tracert',
    );
    expect(e.summary).toMatch(/reached in 3 hops: the route is fine/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('hops that stop answering: no verdict (ICMP is often dropped)', () => {
    const e = asCommandOutput(
      `${HEAD}  1    <1 ms    <1 ms    <1 ms  192.0.2.254\n  2     *        *        *     Request timed out.\n  3     *        *        *     Request timed out.`,
      'tracert',
    );
    expect(e.summary).toMatch(/hops from 2 on do not answer/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('a router reports the net unreachable: the network unreachable, the router named', () => {
    const e = asCommandOutput(
      `${HEAD}  1    <1 ms    <1 ms    <1 ms  192.0.2.254\n  2  192.0.2.254  reports: Destination net unreachable.\n\nTrace complete.`,
      'tracert',
    );
    expect(e.summary).toMatch(/^The router 192\.0\.2\.254 reports destination net unreachable/);
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
  it('a name that does not resolve', () => {
    const e = asCommandOutput('Unable to resolve target system name rdsh08.contoso.com.', 'tracert');
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
});

describe('firewall rules, read by the firewall-inbound-rule check', () => {
  const fw = (text: string) => asCommandOutput(text, 'firewall-rules');
  const LIST = (enabled: 'True' | 'False', name = 'RemoteDesktop-UserMode-In-TCP') =>
    [
      `Name                  : ${name}`,
      'DisplayName           : Remote Desktop - User Mode (TCP-In)',
      'Description           : Inbound rule for the Remote Desktop service to allow RDP traffic. [TCP 3389]',
      'DisplayGroup          : Remote Desktop',
      `Enabled               : ${enabled}`,
      'Profile               : Domain, Private',
      'Direction             : Inbound',
      'Action                : Allow',
    ].join('\n');
  it("Get-NetFirewallRule's list: the TCP rule disabled, the UDP one enabled: TCP 3389 is not let in", () => {
    const udp = LIST('True', 'RemoteDesktop-UserMode-In-UDP')
      .replace('(TCP-In)', '(UDP-In)')
      .replace('[TCP 3389]', '[UDP 3389]');
    const e = fw(`${LIST('False')}\n\n${udp}`);
    expect(e.summary).toMatch(/^Among the rules shown: No enabled inbound rule of Windows Firewall allows TCP 3389/);
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
    expect(e.notes.join('\n')).toMatch(/another enabled rule that is not shown may allow the port/);
  });
  it('near miss: the same rule enabled lets Remote Desktop in, no cause', () => {
    const e = fw(LIST('True'));
    expect(e.summary).toMatch(/let Remote Desktop in: TCP 3389 allowed/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('a table of rules (Select-Object DisplayName, Enabled, Profile, Direction, Action)', () => {
    const e = fw(
      [
        'DisplayName                          Enabled Profile Direction Action',
        '-----------                          ------- ------- --------- ------',
        'Remote Desktop - User Mode (TCP-In)    False     Any   Inbound  Allow',
        'Remote Desktop - User Mode (UDP-In)    False     Any   Inbound  Allow',
      ].join('\n'),
    );
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
  it("netsh in German (the state reader's labels): the rule disabled", () => {
    const e = fw(
      [
        'Regelname:                            Remotedesktop - Benutzermodus (TCP eingehend)',
        '----------------------------------------------------------------------',
        'Aktiviert:                            Nein',
        'Richtung:                             Eingehend',
        'Profile:                              Domäne,Privat,Öffentlich',
        'Protokoll:                            TCP',
        'Aktion:                               Zulassen',
      ].join('\n'),
    );
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
  it('a rule whose ports Get-NetFirewallRule does not show: no verdict, the port filter asked for', () => {
    const e = fw('DisplayName : Allow RDP from VPN\nEnabled     : True\nDirection   : Inbound\nAction      : Allow');
    expect(e.likelyCauses).toEqual([]);
    expect(e.notes.join('\n')).toMatch(/Get-NetFirewallPortFilter/);
  });
  it('near miss: rules of other programs only are not read as a Remote Desktop verdict', () => {
    const text =
      'Name        : FPS-SMB-In-TCP\nDisplayName : File and Printer Sharing (SMB-In)\nEnabled     : False\nDirection   : Inbound\nAction      : Allow';
    let causes: string[] = [];
    try {
      causes = causeIds(explainCode(text));
    } catch {
      // no reading at all: as good
    }
    expect(causes).toEqual([]);
  });
});

describe('RemoteApp and Desktop Connections: the feed of RD Web Access (TSWorkspace.dll messages)', () => {
  const FEED = '\n\nConnection name: Contoso Apps\nConnection URL: https://apps.contoso.com/RDWeb/Feed/webfeed.aspx\n';
  const read = (text: string) => {
    const e = explainCode(text);
    expect(e.primary, text).toBeUndefined();
    expect(JSON.stringify(e), text).not.toMatch(/not in our tables|Extended error code/);
    return e;
  };
  it("the feed server not found: no RDP cause (no connection was tried), its Error code set aside as WinINet's", () => {
    const e = read(
      `Windows cannot find the remote computer that contains the connection.${FEED}Error code: 0x2EFD, 0x0`,
    );
    expect(e.other?.name).toBe('feed-cannot-find');
    expect(e.likelyCauses).toEqual([]);
    expect(e.paste?.ignored.join('\n')).toMatch(/^0x2EFD: the feed's Error code/m);
  });
  it('the feed refuses the credentials: the text states it (bad credentials)', () => {
    const e = read(
      `The credentials that were used to connect to Contoso Apps did not work.${FEED}Error code: 0x80070005, 0x0`,
    );
    expect(e.likelyCauses.map((c) => c.causeId)).toEqual([authBadCredentials.id]);
  });
  it("the feed's certificate is the RD Web Access role's, not the listener's: not the listener's certificate cause", () => {
    const e = read("There is a problem with this connection's security certificate.");
    expect(e.likelyCauses.map((c) => c.causeId)).not.toContain(tlsCertificate.id);
    expect(e.summary).toMatch(/RD Web Access/);
  });
  it('near miss: no resources published is no connection failure', () => {
    const e = read(`There are currently no resources available in this connection.${FEED}Error code: 0x0, 0x0`);
    expect(e.summary).toMatch(/not a connection failure/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe('the licensing-protocol dialog', () => {
  it("states the client's cached licence first (disconnect reason 2056's text), the extended code's causes after", () => {
    const e = explainCode(
      'Remote Desktop Connection\n\nThe remote computer disconnected the session because of an error in the licensing protocol.\n\nOK',
    );
    expect(e.likelyCauses[0]?.causeId).toBe(licensingClientCache.id);
  });
});

describe("the session limit dialog in other languages (ERROR_CTX_LICENSE_NOT_AVAILABLE's text, win32-pr pages)", () => {
  const top = (text: string) => explainCode(text).likelyCauses[0]?.causeId;
  it('German (the older page\'s "momentan"), French, Spanish and Italian: the session limit, the language said', () => {
    const de = explainCode(
      'Remotedesktopverbindung\nDie Anzahl der Verbindungen mit diesem Computer ist begrenzt, und alle Verbindungen werden momentan verwendet.',
    );
    expect(de.likelyCauses[0]?.causeId).toBe(sessionLimit.id);
    expect(de.paste?.language).toBe('German');
    expect(
      top('Le nombre de connexions à cet ordinateur est limité et toutes les connexions sont actuellement utilisées.'),
    ).toBe(sessionLimit.id);
    expect(top('El número de conexiones a este equipo es limitado y todas las conexiones están en uso.')).toBe(
      sessionLimit.id,
    );
    expect(top('Il numero di connessioni a questo computer è limitato e tutte le connessioni sono in uso.')).toBe(
      sessionLimit.id,
    );
  });
  it('near miss: the sentence with a negation added is not the dialog', () => {
    let cause: string | undefined;
    try {
      cause = top('Die Anzahl der Verbindungen mit diesem Computer ist nicht begrenzt.');
    } catch {
      cause = undefined;
    }
    expect(cause).not.toBe(sessionLimit.id);
  });
});

describe("the RD Licensing Diagnoser's within-grace message", () => {
  it('no license server while still in grace: the license server unavailable, the grace said', () => {
    const e = explainCode(
      'RD Licensing Diagnoser Information\nRemote Desktop Session Host server is within its grace period, but the RD Session Host server has not been configured with any license server.',
    );
    expect(e.likelyCauses[0]?.causeId).toBe(licensingServerUnavailable.id);
    expect(e.summary).toMatch(/still runs in its 120-day licensing grace period/);
  });
  it('near miss: the expired form stays the grace period over', () => {
    const e = explainCode(
      "The grace period for the Remote Desktop Session Host server has expired, but the RD Session Host server hasn't been configured with any license servers.",
    );
    expect(e.likelyCauses[0]?.causeId).toBe(licensingGraceExpired.id);
  });
});

describe("netsh's answer to a rule name that matches none", () => {
  it('no verdict, no cause: the rule list asked for', () => {
    const e = explainCode(
      'C:\\>netsh advfirewall firewall show rule name="Remote Desktop (TCP-In)"\n\nNo rules match the specified criteria.',
    );
    expect(e.input.code).toBe('firewall-no-rule-match');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/no verdict on the port/);
  });
});
