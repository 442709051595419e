/**
 * An event's description pasted alone (its message paragraph, without Event Viewer's labels) is recognized by its
 * row's `message` template in the event table (src/model/message-template.ts, the parser the SIEM readers use):
 * the event, its provider and meaning, its fields, and then the reading an Event Viewer block of the same event gets
 * (a success step points to no cause; a failure to the causes its evidence points to). Read end to end through
 * `explain-code --format json`. Fictional names, documentation addresses.
 */
import { describe, expect, it } from 'vitest';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import type { CodeExplanation } from '../../src/explain/explanation.js';
import { readPaste } from '../../src/explain/paste-reader.js';
import { rdpdiag } from '../helpers/cli.js';

interface Case {
  readonly paste: string;
  readonly eventId: number;
  readonly provider: RegExp;
  readonly fields: Readonly<Record<string, string>>;
  /** The first likely cause; unset: none (a step that succeeded, or an event no cause rests on alone). */
  readonly cause?: string;
  /** The note that says it records a success. */
  readonly success?: true;
}

const LSM = /LocalSessionManager$/;
const RCM = /RemoteConnectionManager$/;
const SECURITY = /Security-Auditing$/;

/** The fields of 4778 and 4779, the same session reconnected and disconnected. */
const ALICE_SESSION = {
  AccountName: 'alice',
  AccountDomain: 'CORP',
  LogonID: '0x1E01F6',
  SessionName: 'RDP-Tcp#6',
  ClientName: 'WS-ALICE',
  ClientAddress: '192.0.2.10',
};

const CASES: readonly Case[] = [
  {
    // RCM 1149 as a user pastes it: on one line, the line breaks lost.
    paste:
      'Remote Desktop Services: User authentication succeeded: User: alice Domain: CORP Source Network Address: 192.0.2.10',
    eventId: 1149,
    provider: RCM,
    fields: { Param1: 'alice', Param2: 'CORP', Param3: '192.0.2.10' },
    success: true,
  },
  {
    paste:
      'Remote Desktop Services: Session logon succeeded:\r\n\r\nUser: CORP\\alice\r\nSession ID: 3\r\nSource Network Address: 192.0.2.10',
    eventId: 21,
    provider: LSM,
    fields: { User: 'CORP\\alice', SessionID: '3', Address: '192.0.2.10' },
    success: true,
  },
  {
    // Extra blanks, and a trailing full stop.
    paste:
      'Remote Desktop Services:   Shell start notification received:\n\nUser:  CORP\\alice\nSession ID:  3\nSource Network Address:  192.0.2.10.',
    eventId: 22,
    provider: LSM,
    fields: { User: 'CORP\\alice', SessionID: '3', Address: '192.0.2.10' },
    success: true,
  },
  {
    paste: 'Remote Desktop Services: Session logoff succeeded:\n\nUser: CORP\\bob\nSession ID: 4',
    eventId: 23,
    provider: LSM,
    fields: { User: 'CORP\\bob', SessionID: '4' },
    success: true,
  },
  {
    // A field's value left out (Session ID), on one line.
    paste:
      'Remote Desktop Services: Session has been disconnected: User: CORP\\alice Session ID: Source Network Address: 192.0.2.10',
    eventId: 24,
    provider: LSM,
    fields: { User: 'CORP\\alice', Address: '192.0.2.10' },
    success: true,
  },
  {
    paste:
      'Remote Desktop Services: Session reconnection succeeded:\n\nUser: CORP\\alice\nSession ID: 5\nSource Network Address: 2001:db8::15',
    eventId: 25,
    provider: LSM,
    fields: { User: 'CORP\\alice', SessionID: '5', Address: '2001:db8::15' },
    success: true,
  },
  {
    paste: 'Remote Desktop Services accepted a connection from IP address 192.0.2.10.',
    eventId: 1158,
    provider: RCM,
    fields: { Param1: '192.0.2.10' },
  },
  {
    paste:
      'The RD Licensing grace period has expired and Licensing mode for the Remote Desktop Session Host server has not been configured. Licensing mode must be configured for continuous operation.',
    eventId: 1069,
    provider: RCM,
    fields: {},
    cause: licensingGraceExpired.id,
  },
  {
    // Its closing explanation left out.
    paste:
      'A session was reconnected to a Window Station.\n\nSubject:\n\tAccount Name:\t\talice\n\tAccount Domain:\t\tCORP\n\tLogon ID:\t\t0x1E01F6\n\nSession:\n\tSession Name:\t\tRDP-Tcp#6\n\nAdditional Information:\n\tClient Name:\t\tWS-ALICE\n\tClient Address:\t\t192.0.2.10',
    eventId: 4778,
    provider: SECURITY,
    fields: ALICE_SESSION,
    success: true,
  },
  {
    paste:
      'A session was disconnected from a Window Station.\r\n\r\nSubject:\r\n\tAccount Name:\t\talice\r\n\tAccount Domain:\t\tCORP\r\n\tLogon ID:\t\t0x1E01F6\r\n\r\nSession:\r\n\tSession Name:\t\tRDP-Tcp#6\r\n\r\nAdditional Information:\r\n\tClient Name:\t\tWS-ALICE\r\n\tClient Address:\t\t192.0.2.10\r\n\r\n\r\nThis event is generated when a user disconnects from an existing Terminal Services session, or when a user switches away from an existing desktop using Fast User Switching.',
    eventId: 4779,
    provider: SECURITY,
    fields: ALICE_SESSION,
  },
  {
    paste:
      'A user was denied the access to Remote Desktop. By default, users are allowed to connect only if they are members of the Remote Desktop Users group or Administrators group. Subject: User Name: bob Domain: CORP Logon ID: 0x3E7 Additional Information: Client Address: 192.0.2.20',
    eventId: 4825,
    provider: SECURITY,
    fields: { AccountName: 'bob', AccountDomain: 'CORP', LogonID: '0x3E7', ClientAddress: '192.0.2.20' },
    cause: authLogonRight.id,
  },
];

async function explainJson(paste: string): Promise<CodeExplanation> {
  const r = await rdpdiag(['explain-code', '--format', 'json', paste]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as CodeExplanation;
}

const causesOf = (e: CodeExplanation) => e.likelyCauses.map((c) => c.causeId);

describe('an event description pasted alone', () => {
  for (const c of CASES)
    it(`is read as event ${c.eventId}, with its fields and its event's reading`, async () => {
      const e = await explainJson(c.paste);
      const d = e.paste?.description;
      expect(d?.eventId).toBe(c.eventId);
      expect(d?.provider).toMatch(c.provider);
      expect(d?.meaning).toBeTruthy();
      expect(d?.fields).toEqual(c.fields);
      expect(e.paste?.eventId).toBe(c.eventId);
      expect(e.notes.some((n) => n.includes('recognized by its message template'))).toBe(true);
      if (c.cause) expect(causesOf(e)[0]).toBe(c.cause);
      else expect(causesOf(e)).toEqual([]);
      if (c.success)
        expect(e.notes.some((n) => n.includes('records a step of the connection that succeeded'))).toBe(true);
      // The same reading an Event Viewer block of that event gets: its causes, in order.
      const block = `${c.paste}\n\nLog Name:      Any\nSource:        ${d?.provider}\nEvent ID:      ${c.eventId}\n`;
      expect(causesOf(await explainJson(block))).toEqual(causesOf(e));
    });

  it('is read by its first paragraph alone when the fields come after it (4825 without its Subject block)', async () => {
    const e = await explainJson(
      'A user was denied the access to Remote Desktop. By default, users are allowed to connect only if they are members of the Remote Desktop Users group or Administrators group.',
    );
    expect(e.paste?.description?.eventId).toBe(4825);
    expect(e.paste?.description?.fields).toEqual({});
    expect(causesOf(e)[0]).toBe(authLogonRight.id);
    // The first sentence alone is not the paragraph: not read.
    expect(readPaste('A user was denied the access to Remote Desktop.').description).toBeUndefined();
  });

  it('says that NLA passed is not a logon where the event authenticates without proving one (RCM 1149)', async () => {
    const e = await explainJson(CASES[0]!.paste);
    expect(e.notes.some((n) => /Network Level Authentication \(NLA\); it is not a logon/.test(n))).toBe(true);
    const lsm21 = CASES.find((c) => c.eventId === 21);
    if (lsm21) expect((await explainJson(lsm21.paste)).notes.some((n) => /it is not a logon/.test(n))).toBe(false);
  });

  it("says the class of the client address it names (link-local is no tunnel; loopback is one's mark)", async () => {
    const notesOf = async (address: string) =>
      (await explainJson(`The server accepted a new TCP connection from client ${address}.`)).notes;
    expect((await notesOf('[fe80::5:6%4]:50123')).join('\n')).toMatch(/fe80::5:6%4 is link-local: .*not a tunnel/);
    expect((await notesOf('127.0.0.1:50123')).join('\n')).toMatch(/127\.0\.0\.1 is loopback: .*tunnel/);
    expect((await notesOf('10.20.30.40:50123')).join('\n')).toMatch(/10\.20\.30\.40 is private/);
    expect((await notesOf('203.0.113.9:50123')).join('\n')).toMatch(/203\.0\.113\.9 is in a public range no internet/);
    expect((await notesOf('not-an-address')).join('\n')).not.toMatch(/ is (?:link|loop|priv|public|on the)/);
  });

  it('is not taken from a text that only shares a template’s words, nor from a template that is mostly fields', () => {
    // More than the description: the user's own words around it.
    expect(
      readPaste('I see "Remote Desktop Services: Session logon succeeded" and then the connection drops').description,
    ).toBeUndefined();
    // RdpCoreTS 227 (`%3`) and 229 (`%2`) would take any text.
    expect(readPaste('Something went wrong').description).toBeUndefined();
    // An Event Viewer block names its event by its labels; the template is not needed.
    const block = readPaste(
      'Remote Desktop Services: Session logon succeeded:\n\nUser: CORP\\alice\n\nLog Name: x\nSource: Microsoft-Windows-TerminalServices-LocalSessionManager\nEvent ID: 21',
    );
    expect(block.eventId).toBe(21);
    expect(block.description).toBeUndefined();
  });
});
