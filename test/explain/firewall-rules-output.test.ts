/**
 * The Remote Desktop firewall rules pasted, read by the firewall-inbound-rule check (issue 60, rounds 8 and 14;
 * src/explain/tables/command-output/firewall-rules.ts): `netsh advfirewall firewall show rule` (in English and German), its answer
 * to a rule name that matches none, and Get-NetFirewallRule's list and table. Each: whether TCP 3389 is let in, the
 * cause where it is not, a near miss (the rule enabled, other programs' rules only), its ports never looked up as codes.
 */
import { describe, expect, it } from 'vitest';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, asCommandOutput, causeIds, sentenceIds } from '../helpers/explain.js';

describe("netsh's Remote Desktop firewall rule", () => {
  const rule = (name: string, enabled: string) =>
    [
      `Rule Name:                            ${name}`,
      '----------------------------------------------------------------------',
      `Enabled:                              ${enabled}`,
      'Direction:                            In',
      'Profiles:                             Domain,Private,Public',
      'Grouping:                             Remote Desktop',
      'LocalIP:                              Any',
      'RemoteIP:                             Any',
      'Protocol:                             TCP',
      'LocalPort:                            3389',
      'RemotePort:                           Any',
      'Edge traversal:                       No',
      'Action:                               Allow',
    ].join('\n');

  it('the TCP-In rule disabled: the port is blocked; its 3389 is no code', () => {
    const e = explainCode(`${rule('Remote Desktop - User Mode (TCP-In)', 'No')}\nOk.`);
    // Since round 14 read with its line breaks by the firewall-inbound-rule check (firewall-rules.ts); the sentence
    // reads it when they are lost.
    expect(e.input.code).toBe('firewall-rules');
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
    const flat = explainCode(
      `${rule('Remote Desktop - User Mode (TCP-In)', 'No')}`.replace(/\n-+\n/, ' ').replace(/\n/g, ' '),
    );
    expect(flat.input.code).toBe('firewall-rdp-rule-disabled');
    expect(e.primary).toBeUndefined();
  });

  it('near misses: the rule enabled, and an enabled TCP rule before a disabled UDP one', () => {
    const enabled = explainCode(rule('Remote Desktop - User Mode (TCP-In)', 'Yes'));
    expect(enabled.summary).toMatch(/let Remote Desktop in/);
    expect(enabled.likelyCauses).toEqual([]);
    expect(
      sentenceIds(
        `${rule('Remote Desktop - User Mode (TCP-In)', 'Yes')}\n\n${rule('Remote Desktop - User Mode (UDP-In)', 'No')}`,
      ),
    ).not.toContain('firewall-rdp-rule-disabled');
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
  /** Other forms of the rule disabled, [form, paste]: each read as TCP 3389 not let in. */
  it.each([
    [
      'a table of rules (Select-Object DisplayName, Enabled, Profile, Direction, Action)',
      [
        'DisplayName                          Enabled Profile Direction Action',
        '-----------                          ------- ------- --------- ------',
        'Remote Desktop - User Mode (TCP-In)    False     Any   Inbound  Allow',
        'Remote Desktop - User Mode (UDP-In)    False     Any   Inbound  Allow',
      ].join('\n'),
    ],
    [
      "netsh in German (the state reader's labels): the rule disabled",
      [
        'Regelname:                            Remotedesktop - Benutzermodus (TCP eingehend)',
        '----------------------------------------------------------------------',
        'Aktiviert:                            Nein',
        'Richtung:                             Eingehend',
        'Profile:                              Domäne,Privat,Öffentlich',
        'Protokoll:                            TCP',
        'Aktion:                               Zulassen',
      ].join('\n'),
    ],
  ])('%s', (_form, paste) => {
    expect(causeIds(fw(paste))).toEqual([networkUnreachable.id]);
  });
  it('a rule whose ports Get-NetFirewallRule does not show: no verdict, the port filter asked for', () => {
    const e = fw('DisplayName : Allow RDP from VPN\nEnabled     : True\nDirection   : Inbound\nAction      : Allow');
    expect(e.likelyCauses).toEqual([]);
    expect(e.notes.join('\n')).toMatch(/Get-NetFirewallPortFilter/);
  });
  it('near miss: rules of other programs only are not read as a Remote Desktop verdict', () => {
    const text =
      'Name        : FPS-SMB-In-TCP\nDisplayName : File and Printer Sharing (SMB-In)\nEnabled     : False\nDirection   : Inbound\nAction      : Allow';
    // No reading at all is as good.
    expect(causeIds(answerOrRefused(text))).toEqual([]);
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
