/**
 * Issue 60 (r26-h60l): command output, other programs' logs, codes and near misses read by the paste's structure. Each
 * rule with the page's own words, a near miss and a true twin.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { causeIds, expectSaidNoCause } from '../helpers/explain.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';

describe('an event of a provider rdpdiag has no row for names no cause, not even "unexplained"', () => {
  it('an Event Viewer block of RasClient 20227 (Always On VPN: "dialed a connection … has failed")', () => {
    // directaccess.richardhicks.com/tag/error-code-809 (the Application log's RasClient 20227)
    expectSaidNoCause(
      'Log Name:      Application\nSource:        RasClient\nEvent ID:      20227\nLevel:         Error\nDescription:\nThe user CONTOSO\\alice dialed a connection named Always On VPN which has failed. The error code returned on failure is 809.',
      /Event 20227 of RasClient is not in rdpdiag's event table/,
    );
  });
  it("an event's XML of another provider (RemoteAccess 20271), its data strings no cause either", () => {
    // github.com/DigitalRuby/IPBan issue 76 (RRAS 20271 as Event Viewer's XML view shows it)
    expectSaidNoCause(
      '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">\n<System>\n  <Provider Name="RemoteAccess" />\n  <EventID Qualifiers="0">20271</EventID>\n  <Level>3</Level>\n  <Channel>System</Channel>\n</System>\n<EventData>\n  <Data>{NA}</Data>\n  <Data>corinne</Data>\n  <Data>123.207.87.250</Data>\n  <Data>The remote connection was denied because the user name and password combination you provided is not recognized, or the selected authentication protocol is not permitted on the remote access server.</Data>\n  <Data>0x10</Data>\n</EventData>\n</Event>',
      /Event 20271 of RemoteAccess is not in rdpdiag's event table/,
    );
  });
  it('true twin: a Remote Desktop event in the same block form keeps its cause', () => {
    expect(
      causeIds(
        'Log Name:      System\nSource:        TermService\nEvent ID:      1058\nDescription:\nThe RD Session Host Server has failed to replace the expired self signed certificate used for RD Session Host Server authentication on TLS connection. The relevant status code was Access is denied.',
      ),
    ).toContain(tlsCertificate.id);
  });
  it('near miss: an event id alone, no Source, is still said as the Remote Desktop events it may be', () => {
    expect(explainCode('Event ID: 1058').summary).not.toMatch(/not in rdpdiag's event table/);
  });
});

describe('the Terminal Services errors (ERROR_CTX_*) rank the cause their own message states', () => {
  // Microsoft Learn "System Error Codes (7000-8999)": each name with its message.
  it.each([
    ['ERROR_CTX_LICENSE_NOT_AVAILABLE', sessionLimit.id],
    ['ERROR_CTX_WINSTATIONS_DISABLED', sessionLimit.id],
    ['ERROR_CTX_SESSION_IN_USE', sessionLimit.id],
    ['ERROR_CTX_LOGON_DISABLED', authLogonRight.id],
    ['ERROR_CTX_ACCOUNT_RESTRICTION', authAccountState.id],
    ['ERROR_CTX_ENCRYPTION_LEVEL_REQUIRED', securityLayerMismatch.id],
    ['ERROR_CTX_LICENSE_EXPIRED', licensingGraceExpired.id],
  ])('%s', (name, cause) => {
    expect(causeIds(name)[0]).toBe(cause);
  });
  it('a name with its number and the message under it, as a lookup page prints them', () => {
    // winerrorcodes.com/error/error-ctx-winstation-busy
    expect(
      causeIds(
        "ERROR_CTX_WINSTATION_BUSY - 7024 (0x1B70)\n\nThe task you are trying to do can't be completed because Remote Desktop Services is currently busy. Please try again in a few minutes. Other users should still be able to log on.",
      ),
    ).toContain(sessionLimit.id);
  });
  it('true twin: the number with its label reads the same row', () => {
    expect(causeIds('Error code: 7054')).toEqual([sessionLimit.id]);
  });
  it('near miss: an error of remote control (shadowing), not of a connection, ranks no cause', () => {
    expect(causeIds('ERROR_CTX_SHADOW_DISABLED')).toEqual([]);
  });
});
