/**
 * Issue 60 (r25-h60g): what the paste reader got wrong on pastes of other products and of Remote Desktop texts that
 * report no failure, read by rules of the paste's structure: an "Event ID" line over its event's description, net.exe's
 * "System error N has occurred." line, another product's own names (WSMan, Citrix's ICA client, SQL Server's error
 * log), a code's own message beside it naming no subsystem, Entra's AADSTS error in a Microsoft 365 app's paste, and a
 * number no table holds in a program's sentences that name nothing of Remote Desktop. Each with the page's own words, a
 * near miss and a true twin.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, causeIds, expectSaidNoCause } from '../helpers/explain.js';
import { UNEXPLAINED } from '../../patterns/index.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';

const NOT_RDP = /not a Remote Desktop connection failure/;

describe('an "Event ID: N" line over the description of event N is that event, its id never a code', () => {
  it('a write-up\'s listing: Event ID 25, then its description in quotes after "Description:"', () => {
    // github.com/gajos112/Digital-Forensics RDP.md
    const e = explainCode(
      'Event ID: 25\n(Session Disconnect/Reconnect)\nDescription: "Remote Desktop Services: Session reconnection succeeded:"',
    );
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/reconnection succeeded/i);
    expect(e.summary).not.toMatch(/not in our tables/);
  });
  it('true twin: Event ID 21 over its description line', () => {
    const e = explainCode('Event ID: 21\nRemote Desktop Services: Session logon succeeded:');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/logon succeeded/i);
  });
  it("near miss: another event's description under the id is not read as that event", () => {
    const e = explainCode('Event ID: 24\nRemote Desktop Services: Session reconnection succeeded:');
    expect(e.summary).not.toMatch(/reconnection succeeded/i);
  });
  it("true twin: LocalSessionManager 40's reason under its id keeps its reading", () => {
    expect(causeIds('Event ID: 40\nSession 3 has been disconnected, reason code 5')).toContain(sessionLimit.id);
  });
});

describe('net.exe\'s "System error N has occurred." without `net start` is a net command\'s failure', () => {
  it.each([
    // Microsoft support KB 957009 (mskb.pkisolutions.com/kb/957009): net view
    'System error 6118 has occurred.\nThe list of servers for this workgroup is not currently available',
    // github.com/docker/for-win issue 577: net use
    'System error 64 has occurred. The specified network name is no longer available',
  ])('%s', (paste) => {
    expectSaidNoCause(paste, /`net` command/, NOT_RDP);
  });
  it('true twin: a service error under it is still the service that did not start', () => {
    const e = explainCode(
      'System error 1058 has occurred.\n\nThe service cannot be started, either because it is disabled or because it has no enabled devices associated with it.',
    );
    expect(e.other?.name).toBe('service-control');
  });
  it('near miss: "System error" in a sentence, not its line, names no net command', () => {
    expect(explainCode('I get a system error when the remote desktop connects: Error code: 0x204').summary).not.toMatch(
      /`net` command/,
    );
  });
});

describe("another product's own names around a code Remote Desktop shares", () => {
  it("WinRM's fault as Windows Event Forwarding logs it (en.ittrip.xyz)", () => {
    expectSaidNoCause(
      'ErrorCode: 2150858909\nWSManFault Error Message: A Kerberos error occurred (errorcode 0x80090322).',
      /PowerShell remoting/,
      NOT_RDP,
    );
  });
  it("true twin: the same code in Remote Desktop's authentication dialog keeps its causes", () => {
    expect(causeIds('An authentication error has occurred (Code: 0x80090322).\nRemote computer: srv01')).toContain(
      credsspNla.id,
    );
  });
  it("Citrix's ICA client in a load tool's log (github.com/Blazemeter/CitrixPlugin issue 36)", () => {
    expectSaidNoCause(
      'ERROR c.b.j.c.c.w.e.ICAClientAdapter: ConnectFailed - arguments [Last client error:1110=>Unknown client error 1110, Last error:70=>Error connecting to server, session is unavailable]',
      /Citrix/,
    );
  });
  it('near miss: the ICA client named beside a Remote Desktop dialog leaves the dialog its code', () => {
    const e = explainCode('ICA client works, but Remote Desktop Connection says Error code: 0x204');
    expect(e.primary?.hex).toBe('0x204');
    expect(e.likelyCauses.length).toBeGreaterThan(0);
  });
  it("SQL Server's error log with the Local Security Authority's message beside its code (CSS_SQL_Networking_Tools #89)", () => {
    expectSaidNoCause(
      'Error -2146893052 (0x80090304): The Local Security Authority cannot be contacted.\nThis error is seen in the SQL Server ERRORLOG file.',
      /database server/,
      NOT_RDP,
    );
  });
  it('true twins: the code with its message alone, and the dialog, keep the NLA reading', () => {
    expect(causeIds('Error -2146893052 (0x80090304): The Local Security Authority cannot be contacted.')).toContain(
      credsspNla.id,
    );
    expect(
      causeIds(
        'An authentication error has occurred.\nThe Local Security Authority cannot be contacted.\nRemote computer: rds01',
      ),
    ).toContain(credsspNla.id);
  });
});

describe("Microsoft Entra ID's AADSTS error in a Microsoft 365 app's paste is that app's sign-in", () => {
  it("Okta's Office 365 provisioning error (support.okta.com)", () => {
    expectSaidNoCause(
      'Could not validate your Office 365 credentials, received error: 400 AADSTS50126: Error validating credentials due to invalid username or password.',
      /Microsoft 365/,
      NOT_RDP,
    );
  });
  it("true twin: the same error alone stays the web sign-in's bad credentials", () => {
    expect(causeIds('AADSTS50126: Error validating credentials due to invalid username or password.')[0]).toBe(
      authBadCredentials.id,
    );
  });
  it('near miss: Office 365 named beside the Remote Desktop web client keeps the sign-in reading', () => {
    const paste =
      'Office 365 works. Remote Desktop web client sign-in says AADSTS50126: Error validating credentials due to invalid username or password.';
    expect(causeIds(paste)[0]).toBe(authBadCredentials.id);
  });
});

describe(`a number no table holds, in sentences naming nothing of Remote Desktop: no cause, not even ${UNEXPLAINED}`, () => {
  it('PingCastle (github.com/netwrix/pingcastle issue 118)', () => {
    const e = explainCode("PingCastle couldn't connect to the computer. The error was 0xc0020017");
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/not in our tables/);
  });
  it(`true twin: the number typed with a word or two keeps ${UNEXPLAINED}`, () => {
    expect(causeIds('error 0xC0020017 when connecting')).toEqual([UNEXPLAINED]);
  });
  it(`true twin: the same sentence about Remote Desktop keeps ${UNEXPLAINED}`, () => {
    expect(causeIds("Remote Desktop couldn't connect to the computer. The error was 0xc0020017")).toEqual([
      UNEXPLAINED,
    ]);
  });
});

describe('an event id under 1000 with no Source is said as the events it may be, never a code looked up', () => {
  it('"Event ID: 24" as a write-up lists it (github.com/gajos112/Digital-Forensics)', () => {
    const e = explainCode('Event ID: 24');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/LSM 24/);
    expect(e.summary).not.toMatch(/not in our tables/);
  });
  it('true twins: with its Source, or an id only one provider has, it is read by its row', () => {
    expect(explainCode('Source: Microsoft-Windows-TerminalServices-LocalSessionManager\nEvent ID: 24').summary).toMatch(
      /disconnected/i,
    );
    expect(explainCode('Event ID: 1149').summary).toMatch(/authentication succeeded/i);
  });
  it('near miss: the dialog\'s "Error code: 24" is no event', () => {
    expect(explainCode('Error code: 24').summary).not.toMatch(/Event 24/);
  });
});

describe("a number under a label no page quotes, inside another program's message, needs the words of TLS to be an alert", () => {
  it("Citrix's ICA client error as a load tool prints it (github.com/Blazemeter/CitrixPlugin issue 36)", () => {
    const paste =
      'ConnectFailed - arguments [Last client error:1110=>Unknown client error 1110, Last error:70=>Error connecting to server, session is unavailable]';
    expect(causeIds(paste)).not.toContain(tlsProtocolMismatch.id);
  });
  it('true twin: the same label and number alone is still asked of every table', () => {
    expect(causeIds('Last error:70')).toContain(tlsProtocolMismatch.id);
  });
  it('true twin: beside the words of TLS, on a line of its own, the number is the alert', () => {
    expect(causeIds('A fatal alert was received from the remote endpoint.\nLast error:70')).toContain(
      tlsProtocolMismatch.id,
    );
  });
});

describe("a VNC viewer's log by its banner and VNC's protocol (RFB): its numbers are no Remote Desktop codes", () => {
  it("TigerVNC's log (github.com/TigerVNC/tigervnc issue 1644)", () => {
    const paste =
      'TigerVNC Viewer 64-bit v1.12.0\nBuilt on: 2023-01-06 16:01\n DecodeManager: Detected 16 CPU core(s)\n DecodeManager: Creating 4 decoder thread(s)\n CConnection: Server supports RFB protocol version 3.8';
    // Its numbers are counts (r25-h60e) or VNC's: refused as holding no code, or named as VNC's, never a cause.
    expect(causeIds(answerOrRefused(paste))).toEqual([]);
  });
  it('true twin: a VNC viewer named beside a Remote Desktop dialog leaves the dialog its code', () => {
    const e = explainCode('TigerVNC Viewer 64-bit works, but Remote Desktop Connection says Error code: 0x204');
    expect(e.primary?.hex).toBe('0x204');
    expect(e.likelyCauses.length).toBeGreaterThan(0);
  });
});

describe('IIS\'s "HTTP Error 503" names an HTTP status, never a code looked up', () => {
  it("IIS's error page (github.com/Azure/AzureNamingTool issue 73)", () => {
    const paste = 'Service Unavailable - HTTP Error 503. The service is unavailable.';
    expect(() => explainCode(paste)).toThrow(/503: an HTTP status \(503 Service Unavailable\)/);
  });
  it('true twin: the dialog\'s "Error code: 0x503" is still a code', () => {
    expect(explainCode('Error code: 0x503').summary).toMatch(/not in our tables/);
  });
});

// Round 25 (r25-s19w): noVNC's close of its WebSocket, "Server disconnected" with the close code (RFC 6455's 1006).
describe("noVNC's WebSocket close line is a VNC console's, its close code no Remote Desktop code", () => {
  it("noVNC's line (github.com/novnc/noVNC issue 318)", () => {
    const e = explainCode('Server disconnected (code: 1006)');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(NOT_RDP);
    expect(e.summary).toMatch(/noVNC/);
  });
  it('near miss: the bare "(code: 1006)" names no product', () => {
    expect(explainCode('code: 1006').summary).not.toMatch(/remote-access product/);
  });
  it("true twin: the same words beside Remote Desktop Connection stay Remote Desktop's", () => {
    expect(explainCode('Remote Desktop Connection: Server disconnected (code: 1006)').summary).not.toMatch(NOT_RDP);
  });
});
