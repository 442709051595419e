/**
 * Round 26 (h60k): more of what a clause says failed (described-symptoms.ts and its tables, `said`), read by the
 * description reader alone: sessions that disconnect at once or at random, a session ended by its idle time, the RD
 * Gateway refusing, a rule of the machine refusing the sign-in, and Remote Desktop failing once a VPN is connected.
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
  ])('%s: %s', (concept, paste) => {
    expect(conceptIds(paste)).toEqual([concept]);
  });

  it.each([
    ['disconnects', 'RDP: users disconnect after work instead of signing out'],
    ['session-time-limit', 'Remote Desktop: I disconnect my idle sessions myself before lunch'],
    ['gateway-policy', 'RD Gateway: port 443 is not allowed through the new firewall'],
    ['no-logon-right', 'Remote desktop: the password policy does not allow short passwords'],
    ['vpn-path', "I can't connect to the VPN, so RDP is impossible from home"],
    ['vpn-path', 'RDP worked this morning; now the VPN keeps dropping'],
  ])('near miss, no %s: %s', (concept, paste) => {
    expect(conceptIds(paste)).not.toContain(concept);
  });

  it('a VPN client named still lets the path be read; another remote desktop named does not', () => {
    expect(conceptIds('With GlobalProtect connected, mstsc won’t connect to the office PC')).toEqual(['vpn-path']);
    expect(conceptIds('With GlobalProtect connected, TeamViewer won’t connect to the office PC')).toEqual([]);
  });

  it('only about Remote Desktop: the same gateway words about another product are not read', () => {
    expect(conceptIds('The API gateway does not allow requests without a token')).toEqual([]);
    expect(conceptIds('The RD Gateway does not allow requests from the contractors group')).toEqual(['gateway-policy']);
  });
});
