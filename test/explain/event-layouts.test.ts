/**
 * Issue 60, round 26 (h60m): events pasted whole, read by their structure. An event whose provider rdpdiag has no row
 * for names no cause, not even `unexplained` (its summary says so); an event of a provider the tables hold is still
 * read by its id and provider when its text is cut. Wordings from Microsoft Learn's "Kerberos Key Distribution Center
 * event 14" text and the Azure page's RCM 1058 block (the message cut as a narrow console cuts it); the one-event
 * layouts (Event Viewer's "Save as" CSV row, Get-WinEvent's table row) with the messages of the IIS support blog's
 * Schannel 36870 (techcommunity.microsoft.com, "Error HRESULT 0x80070520 when adding SSL binding in IIS"), RCM 1069's
 * and RdpCoreTS 140's message texts, and a German CSV export of RD Gateway events (FreeRDP issue 11159).
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';

const causeIds = (e: ReturnType<typeof explainCode>) => e.likelyCauses.map((c) => c.causeId);
/** The causes ranked, none when the paste is refused as holding no code or known sentence (an answer too). */
function causesOf(text: string): string[] {
  try {
    return causeIds(explainCode(text));
  } catch (e) {
    expect(String(e)).toMatch(/holds no code or known sentence/);
    return [];
  }
}

describe('an event of a provider the tables do not hold', () => {
  it("the KDC's event 14 is named as that provider's event, with no cause ranked", () => {
    const e = explainCode(
      'Log Name: System\nSource: Microsoft-Windows-Kerberos-Key-Distribution-Center\nEvent ID: 14\nLevel: Error\nDescription: While processing an AS request for target service krbtgt, the account jdoe did not have a suitable key for generating a Kerberos ticket (the missing key has an ID of 1). The requested etypes : 18  17  23. The accounts available etypes : 23.',
    );
    expect(e.summary).toMatch(
      /^Event 14 of Microsoft-Windows-Kerberos-Key-Distribution-Center is not in rdpdiag's event table/,
    );
    expect(e.likelyCauses).toEqual([]);
  });
  it('true twin: RCM 1058 with its text cut is read by its id and provider', () => {
    const e = explainCode(
      'Log Name:      System\nSource:        Microsoft-Windows-TerminalServices-RemoteConnectionManager\nEvent ID:      1058\nLevel:         Error\nDescription:\nThe RD Session Host Server has failed to replace the expired self signed certif',
    );
    expect(causeIds(e)[0]).toBe(tlsCertificate.id);
  });
});

const CSV_HEADER = 'Level,Date and Time,Source,Event ID,Task Category';
const TABLE_HEADER =
  'TimeCreated                     Id LevelDisplayName Message\n-----------                     -- ---------------- -------';

describe('one event in another layout, read as the block it stands for', () => {
  it("Event Viewer's CSV row: Schannel 36870 by its message, its date never read as a code", () => {
    const e = explainCode(
      `${CSV_HEADER}\nError,7/10/2018 4:12:01 PM,Schannel,36870,None,"A fatal error occurred when attempting to access the TLS server credential private key. The error code returned from the cryptographic module is 0x8009030D. The internal error state is 10001."`,
    );
    expect(causeIds(e)[0]).toBe(tlsCertificate.id);
  });
  it("Get-WinEvent's table row, its message cut: RCM 1069 and RdpCoreTS 140", () => {
    const grace = explainCode(
      `${TABLE_HEADER}\n3/2/2024 9:12:01 AM           1069 Error            The RD Licensing grace period has expired and Licensing mode for the Remote Desktop Session Host server has not been configured....`,
    );
    expect(causeIds(grace)[0]).toBe(licensingGraceExpired.id);
    const bad = explainCode(
      `${TABLE_HEADER}\n3/2/2024 9:12:01 AM            140 Warning          A connection from the client computer with an IP address of 203.0.113.7 failed because the user name or password is not correct.`,
    );
    expect(causeIds(bad)[0]).toBe(authBadCredentials.id);
  });
  it('near miss: a CSV row of RCM 1149 (authentication succeeded) and a table row of LSM 21 blame nothing', () => {
    const ok = explainCode(
      `${CSV_HEADER}\nInformation,3/2/2024 9:12:01 AM,Microsoft-Windows-TerminalServices-RemoteConnectionManager,1149,None,"Remote Desktop Services: User authentication succeeded:\r\n\r\nUser: jdoe\r\nDomain: CONTOSO\r\nSource Network Address: 10.0.0.5"`,
    );
    expect(ok.likelyCauses).toEqual([]);
    const logon = explainCode(
      `${TABLE_HEADER}\n3/2/2024 9:12:01 AM             21 Information      Remote Desktop Services: Session logon succeeded:...`,
    );
    expect(logon.likelyCauses).toEqual([]);
  });
  it('near miss: a 4625 row (the table hides its Status) and several rows stay listings, no cause', () => {
    const cut = explainCode(
      `${TABLE_HEADER}\n3/2/2024 9:12:01 AM           4625 Information      An account failed to log on....`,
    );
    expect(cut.summary).toMatch(/^A listing of events: 4625/);
    expect(cut.likelyCauses).toEqual([]);
    const gateway = causesOf(
      'Ebene,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie\nInformationen,29.04.2026 09:43:59,Microsoft-Windows-TerminalServices-Gateway,303,(3),"Der Benutzer ""domain\\user"" auf dem Clientcomputer ""MyPublicIP"" hat die Verbindung mit der folgenden Netzwerkressource getrennt: rds-pool.company.local. Vor der Verbindungstrennung wurden vom Client 10048 Bytes übertragen und 12619 Bytes empfangen. Dauer der Clientsitzung: 5 Sekunden. Verwendetes Verbindungsprotokoll: RPC-HTTP."\nInformationen,29.04.2026 09:43:55,Microsoft-Windows-TerminalServices-Gateway,302,(3),"Der Benutzer ""domain\\user"" auf dem Clientcomputer ""MyPublicIP"" hat eine Verbindung mit der Ressource ""ts.company.local"" hergestellt. Verwendetes Verbindungsprotokoll: RPC-HTTP."',
    );
    expect(gateway).toEqual([]);
  });
});

describe("Get-WinEvent's table under its provider's heading: an id read as that provider's", () => {
  const table = (provider: string | undefined, row: string) =>
    `${provider ? `   ProviderName: ${provider}\n\n` : ''}${TABLE_HEADER}\n3/2/2024 9:12:01 AM           ${row}`;
  it("RCM 1058 with its message cut to a few words is read by its id and its provider's heading", () => {
    const e = explainCode(
      table('Microsoft-Windows-TerminalServices-RemoteConnectionManager', '1058 Error            The RD Session...'),
    );
    expect(causeIds(e)[0]).toBe(tlsCertificate.id);
  });
  it("near miss: Group Policy's 1058 under its own heading is Group Policy's, no cause", () => {
    const e = explainCode(table('Microsoft-Windows-GroupPolicy', '1058 Error            The processing...'));
    expect(e.summary).toMatch(/^Event 1058 of Microsoft-Windows-GroupPolicy is not in rdpdiag's event table/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('near miss: no heading and a message cut to a few words: the listing names the row, no cause', () => {
    const e = explainCode(table(undefined, '1058 Error            The processing...'));
    expect(e.summary).toMatch(/^A listing of events: 1058/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe("Event Viewer's CSV of several events: the rows whose level says they failed", () => {
  const S36870 =
    'Error,3/2/2024 9:12:01 AM,Schannel,36870,None,"A fatal error occurred when attempting to access the TLS server credential private key. The error code returned from the cryptographic module is 0x8009030D. The internal error state is 10001."';
  it('an Error among Information rows is read as its event, the dates never as codes', () => {
    const e = explainCode(
      `${CSV_HEADER}\nInformation,3/2/2024 9:12:05 AM,Schannel,36880,None,"A TLS server handshake completed successfully."\n${S36870}\nInformation,3/2/2024 9:11:01 AM,Service Control Manager,7036,None,"The Remote Desktop Services service entered the running state."`,
    );
    expect(causeIds(e)[0]).toBe(tlsCertificate.id);
  });
  it('two Error rows: each read as its event, never as "reason 3" from the date', () => {
    const e = explainCode(
      `${CSV_HEADER}\n${S36870}\nError,3/2/2024 9:11:01 AM,Schannel,36874,None,"An TLS 1.0 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The TLS connection request has failed."`,
    );
    expect(causeIds(e)[0]).toBe(tlsCertificate.id);
    expect(e.summary).not.toMatch(/Remote disconnection by the server/);
  });
});
