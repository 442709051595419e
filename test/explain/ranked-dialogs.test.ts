/**
 * Issue 60, r29-h60w: dialogs whose words name no single cause, ranked by the pages that treat them
 * (src/explain/tables/sentences/ranked-dialogs.ts), each said as the pages'; the server's error info descriptions
 * pasted without their code (error-info-texts.ts); a misspelt phrase read in the form it was found in; the RD
 * Gateway's status after "RPC error"; other protocols' disconnect reasons and other programs' TLS lines. Wordings
 * written for these tests around the texts the pages quote (fictional names); each rule has its near miss and, where
 * a gate narrows it, its true twin.
 */
import { describe, expect, it } from 'vitest';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { ERROR_INFO_TEXT_ROWS } from '../../src/explain/tables/sentences/error-info-texts.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/sentences/sentences.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const noCause = (paste: string) => expect(causeIds(answerOrRefused(paste)), paste).toEqual([]);

describe('the client\'s "Because of a protocol error, this session will be disconnected": its pages\' ranking', () => {
  it("alone, or retold as the cloud help words it: the security layer first, said as the pages'", () => {
    for (const paste of [
      'Because of a protocol error, this session will be disconnected. Please try connecting to the remote computer again.',
      'Because of a protocol error,the session will be disconnected',
      'mstsc shows that the remote session will be disconnected because of a protocol error when I open ECS02',
    ]) {
      const e = explainCode(paste);
      expect(causeIds(e).slice(0, 2), paste).toEqual([securityLayerMismatch.id, tlsCertificate.id]);
      expect(e.likelyCauses[0].why, paste).toMatch(/^No cause in its words \(.*\); the cloud providers' pages/);
    }
  });
  it('near miss: the number an ActiveX host prints before it (3334), a client hosting many tabs, a shadowed session', () => {
    noCause('3334 Because of a protocol error, this session will be disconnected. Please try connecting again.');
    noCause('WarningMsg\nRDP disconnected!\nBecause of a protocol error, this session will be disconnected.');
    noCause('Shadowing a user from the console: Because of a protocol error, this session will be disconnected');
  });
  it("near miss: against a Linux RDP server (xrdp) the Windows listener's ranking does not hold", () => {
    noCause('xrdp on Debian: Because of a protocol error, this session will be disconnected.');
  });
});

describe("the client's protocol error (code 0x1104): another program on the port first", () => {
  it('the dialog and its retelling: the port, then the security layer', () => {
    for (const paste of [
      'Because of a protocol error detected at the client (code 0x1104), this session will be disconnected.',
      'MSTSC reports a protocol error (code: 0x1104) when I reach the cloud server',
    ])
      expect(causeIds(paste).slice(0, 2), paste).toEqual([networkUnreachable.id, securityLayerMismatch.id]);
  });
  it('near miss: a ThinLinc or xrdp server, for which the pages say nothing', () => {
    noCause('Connecting to the ThinLinc cluster: protocol error detected at the client (code 0x1104)');
  });
});

describe("the server's error info descriptions pasted without their code", () => {
  it.each(ERROR_INFO_TEXT_ROWS.map((r) => [r.name, r] as const))('%s: its row reads as its code', (_n, row) => {
    expect(KNOWN_SENTENCES.some((s) => s.id === `errinfo-text-${row.code}`)).toBe(true);
  });
  it('insufficient access privileges: the right to sign in through Remote Desktop', () => {
    expect(
      causeIds('FreeRDP ended with: The user cannot connect to the server due to insufficient access privileges.'),
    ).toEqual([authLogonRight.id]);
  });
  it('the specification\'s "his or her session" and FreeRDP\'s "their session" alike (no cause: a logoff)', () => {
    for (const whose of ['his or her', 'their']) {
      const e = explainCode(`The disconnection was initiated by the user logging off ${whose} session on the server.`);
      expect(e.summary).toMatch(/exDiscReasonLogoffByUser/);
    }
  });
  it('the active session limit: the session rules', () => {
    expect(causeIds('The active session limit timer on the server has elapsed.')).toEqual([sessionLimit.id]);
  });
  // Its near miss (robocopy's words) goes through every approximate reader: ranked-dialogs-rest.test.ts.
});

describe('a phrase misspelt ("occured") is the dialog when it is all the paste holds', () => {
  it('read in the form that spells it right', () => {
    expect(causeIds('An internal error has occured')[0]).toBe(tlsCertificate.id);
  });
  it("near miss: beside another program's name it stays that program's", () => {
    noCause('Visual Studio installer: An internal error has occured');
  });
});

describe("the RD Gateway's status after an RPC error", () => {
  it('"RPC error 23014": the gateway\'s connection limit', () => {
    expect(causeIds('mstsc: RPC error 23014, wait a few minutes and try again')).toEqual([sessionLimit.id]);
  });
  it("near miss: an RPC runtime error is none of the gateway's codes", () => {
    expect(causeIds('RPC error 1722 while connecting')).not.toContain(sessionLimit.id);
  });
});

describe("other protocols' disconnect reasons and other programs' TLS lines", () => {
  it('near miss: MQTT 5, RLPx and WhatsApp Web reason numbers are theirs', () => {
    noCause('The MQTT 5 broker sent DISCONNECT reason 4 to the sensor');
    noCause('peer dropped: RLPx disconnect reason 4 (too many peers)');
  });
  it("true twin: a Remote Desktop disconnect reason is still read as the client's", () => {
    expect(causeIds('RDP disconnect reason 4').length).toBeGreaterThan(0);
  });
  it("near miss: curl's and SQL Server's client TLS failures with the Local Security Authority's text", () => {
    noCause(
      'curl: (35) schannel: next InitializeSecurityContext failed: SEC_E_INTERNAL_ERROR (0x80090304) - The Local Security Authority cannot be contacted',
    );
    noCause('Cannot open the report database. SSL Provider: The Local Security Authority cannot be contacted');
  });
  it('true twin: the Remote Desktop dialog with the same text', () => {
    expect(
      causeIds('An authentication error has occurred.\nThe Local Security Authority cannot be contacted.').length,
    ).toBeGreaterThan(0);
  });
});

describe("SQL Server's client network layer: its provider's line and sqlcmd's error number", () => {
  it('near miss: a refusal after "TCP Provider:", or under sqlcmd\'s HResult line, is the database connection\'s', () => {
    noCause('HResult 0x2746, Level 16, State 1\nAn existing connection was forcibly closed by the remote host.');
    noCause(
      'Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : TCP Provider: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.',
    );
    noCause(
      'Could not reach the inventory database (provider: TCP Provider, error: 0 - An existing connection was forcibly closed by the remote host.)',
    );
  });
  it('true twin: the same Windows Sockets sentence alone is read as the RDP port refused', () => {
    expect(causeIds('No connection could be made because the target machine actively refused it.')).toEqual([
      networkUnreachable.id,
    ]);
  });
});

describe('the client\'s "authentication is not enabled" refusal: the security layer, then NLA', () => {
  it("the dialog, in a user's sentence around it", () => {
    expect(
      causeIds(
        'From the old 2008 box mstsc says: The connection cannot proceed because authentication is not enabled and the remote computer requires that authentication be enabled to connect.',
      ),
    ).toEqual([securityLayerMismatch.id, credsspNla.id]);
  });
  it('near miss: a web application asking for authentication to be enabled', () => {
    noCause('Sign-in cannot proceed: authentication is not enabled for this API key in the portal settings.');
  });
});

describe("a FreeRDP connect error named loosely, with its number: FreeRDP's error of that number", () => {
  it('"ERRCONNECT_TLS_FAILED (0x00000008)": the TLS handshake, never the extended reason 8 (FIPS)', () => {
    const e = explainCode('ERRCONNECT_TLS_FAILED (0x00000008)');
    expect(e.summary).toMatch(/^The TLS handshake/);
    expect(causeIds(e)[0]).toBe(tlsProtocolMismatch.id);
    expect(e.notes[0]).toMatch(/is not a name FreeRDP has/);
  });
  it('true twin: the exact name with its number reads the same, without the note', () => {
    const e = explainCode('ERRCONNECT_TLS_CONNECT_FAILED (0x00000008)');
    expect(e.summary).toMatch(/^The TLS handshake/);
  });
  it('near miss: a number no connect error has is left to the other readings', () => {
    expect(explainCode('ERRCONNECT_FOO (0x00000999)').summary).not.toMatch(/TLS handshake/);
  });
});

describe('Windows Error Reporting\'s "Remote Desktop Connection has stopped working": the client crashed, no cause', () => {
  it('the dialog alone, with its own lines, or its problem details naming mstsc.exe', () => {
    for (const paste of [
      'Remote Desktop Connection has stopped working',
      'Remote Desktop Connection has stopped working\nA problem caused the program to stop working correctly. Please close the program.',
      'Problem signature:\n  Problem Event Name: APPCRASH\n  Application Name: mstsc.exe\n  Fault Module Name: KERNELBASE.dll',
    ]) {
      const e = explainCode(paste);
      expect(e.summary, paste).toMatch(/client program itself crashed/);
      expect(e.likelyCauses, paste).toEqual([]);
    }
  });
  it("near miss: the user's own words that Remote Desktop stopped working are no crash", () => {
    for (const paste of [
      'Remote Desktop has stopped working since the last update, nobody can connect',
      'Our Remote Desktop Connection has stopped working since Monday',
    ])
      expect(explainCode(paste).summary, paste).not.toMatch(/client program itself crashed/);
  });
});

describe('a Linux client is no Linux server', () => {
  it("true twin: the protocol error from a Linux desktop to a Windows server keeps its pages' ranking", () => {
    expect(
      causeIds(
        'From my Linux desktop to Server 2019: Because of a protocol error, this session will be disconnected.',
      )[0],
    ).toBe(securityLayerMismatch.id);
  });
});
