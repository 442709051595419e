/**
 * Round 26 (h60k): more of what a clause says failed (described-symptoms.ts and its tables, `said`), read by the
 * description reader alone: sessions that disconnect at once or at random, freeze or keep reconnecting, a session ended
 * by its idle time, the RD Gateway refusing or not reached, a rule of the machine refusing the sign-in, Remote Desktop
 * failing once a VPN is connected, a certificate warning, the other user made to leave, the connections at their
 * limit, and administrators connecting where other users cannot.
 * Each family with its near miss (the user's own act, the VPN itself failing, a password's rule, the gateway not
 * reached) and, where a gate narrows, its true twin; through the whole reader in described-clauses-rest.test.ts. The
 * pastes are this test's own wording.
 */
import { describe, expect, it } from 'vitest';
import { readDescription } from '../../src/explain/described-reading.js';

const conceptIds = (paste: string) => readDescription(paste)?.map((s) => s.concept.id) ?? [];

describe('a clause that names what failed and says it failed (round 26)', () => {
  it.each([
    ['disconnects', 'Our RDP sessions to the file server disconnect randomly during the day'],
    ['disconnects', 'Remote Desktop sessions from the branch office disconnect right away after the logon'],
    ['session-time-limit', 'Remote Desktop: whenever the session sits idle for a while it gets disconnected'],
    ['session-time-limit', 'The terminal server disconnected us again after some inactivity'],
    ['gateway-policy', 'Through our RD Gateway the connection is denied for the contractors group'],
    ['gateway-policy', 'The remote desktop gateway does not allow the new laptops to reach the finance servers'],
    ['no-logon-right', 'RDP: the local security policy does not allow this account to log on'],
    ['no-logon-right', 'On the terminal server, remote logon is denied for the help desk accounts'],
    ['vpn-path', 'Once the VPN is connected I can no longer RDP to the server'],
    ['vpn-path', 'Since the new VPN profile, Remote Desktop does not connect to my office PC'],
    ['disconnects', 'Our Remote Desktop session freezes for a few seconds every quarter of an hour'],
    ['disconnects', 'mstsc keeps reconnecting on the hotel Wi-Fi'],
    ['certificate', 'Since we renamed the server, RDP shows a certificate warning'],
    ['certificate', 'Remote Desktop prompts users to accept the certificate on every connection'],
    ['gateway-not-reached', 'The Windows App on my Mac says it could not connect to the RD Gateway'],
    ['another-user', 'RDP says the other user must log off before I can sign in'],
    ['another-user', 'On the kiosk PC a second user kicks the first out of Remote Desktop'],
    ['too-many-sessions', 'The terminal server replies that the number of connections to this computer is limited'],
    ['license-server', 'RDS: the session host reports that no license server is specified'],
    ['not-reached', 'The Remote Desktop client on my iPad says the PC cannot be found'],
    ['clock-skew', "RDP from the laptop fails since its clock is 20 minutes behind the domain controller's"],
    ['account-state', 'Remote Desktop refuses the intern: her account has logon hours set to office time'],
    ['licensing-mode-unset', 'RDS: the licensing mode has never been set on the new session host'],
    ['gateway-policy', "The Remote Desktop Gateway won't let the interns reach the lab servers"],
    ['vpn-path', "mstsc won't connect each time the VPN is up"],
    ['disconnects', 'Our RDP sessions keep freezing on the guest Wi-Fi'],
    ['certificate', 'Remote desktop: the certificate prompt comes back on every connection'],
  ])('%s: %s', (concept, paste) => {
    expect(conceptIds(paste)).toEqual([concept]);
  });

  it.each([
    ['disconnects', 'RDP: users disconnect after work instead of signing out'],
    ['session-time-limit', 'Remote Desktop: I disconnect my idle sessions myself before lunch'],
    ['gateway-policy', 'RD Gateway: port 443 is not allowed through the new firewall'],
    ['gateway-policy', 'Our RD Gateway blocks brute-force attempts from the internet'],
    ['no-logon-right', 'Remote Desktop Manager: the local policy does not allow saving passwords'],
    ['certificate', 'The certificate warning in Remote Desktop is gone since we deployed our CA'],
    ['gateway-policy', 'RDP in the browser: the Azure application gateway does not allow the upgrade request'],
    ['no-logon-right', 'Remote desktop: the password policy does not allow short passwords'],
    ['vpn-path', "I can't connect to the VPN, so RDP is impossible from home"],
    ['vpn-path', 'RDP worked this morning; now the VPN keeps dropping'],
    ['disconnects', 'Within the RDP session Excel freezes when it opens the big workbook'],
    ['certificate', 'Remote Desktop Web Access: the browser shows a certificate warning for the website'],
    ['gateway-not-reached', 'RDP: the RD Gateway could not reach the session host behind it'],
    ['another-user', 'RDP: I told the other user that he must log off at six'],
    ['too-many-sessions', 'Remote Desktop: the number of users is not limited on this host'],
    ['not-reached', 'RDP: the user profile on the server cannot be found'],
    ['clock-skew', 'Remote Desktop: the clock in the taskbar of the session is hidden'],
    ['licensing-mode-unset', 'Office on the RDS host: its shared computer licensing mode is not configured'],
  ])('near miss, no %s: %s', (concept, paste) => {
    expect(conceptIds(paste)).not.toContain(concept);
  });

  it('a VPN client named still lets the path be read; another remote desktop named does not', () => {
    expect(conceptIds('With GlobalProtect connected, mstsc won’t connect to the office PC')).toEqual(['vpn-path']);
    expect(conceptIds('With GlobalProtect connected, TeamViewer won’t connect to the office PC')).toEqual([]);
  });

  it('administrators connect where other users do not; nothing fails when both connect', () => {
    expect(conceptIds("My user can't RDP to the server but admins can")).toEqual(['only-admins-connect']);
    expect(conceptIds('Admins can connect by RDP; standard users cannot')).toEqual(['only-admins-connect']);
    expect(conceptIds('Admins can connect by RDP and standard users can too')).toEqual([]);
  });

  it('only about Remote Desktop: the same gateway words about another product are not read', () => {
    expect(conceptIds('The API gateway does not allow requests without a token')).toEqual([]);
    expect(conceptIds('The RD Gateway does not allow requests from the contractors group')).toEqual(['gateway-policy']);
  });
});
