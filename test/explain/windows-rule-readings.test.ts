/**
 * Round 31 (issue 60): readings by a rule of Windows or of the program that printed the paste, each with a wording of
 * our own and a twin.
 * - 0xC07's dialog in every client's wording: "signing in" (Windows App), "logging on" with mstsc's example, and the
 *   sentence quoted without its example (client-app-sentences.ts `windows-app-account-restriction`).
 * - A clause read by its structure states the failure whichever it names first, the part or its failure
 *   (described-reading.ts `topicWord`): "сервер лицензирования недоступен" as "нет доступных серверов лицензирования".
 * - The server said to require a secure connection the client cannot make (described-secure-connection.ts).
 * - A policy setting named with the value that refuses (described-policy-settings.ts): every row, its near miss.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { authNtlmBlocked } from '../../patterns/auth-ntlm-blocked.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { causesOfEvent } from '../../src/explain/answer.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { RDP_EVENTS } from '../../src/explain/tables/codes/events.js';
import { EVENTS } from '../../src/model/events.js';
import { POLICY_SETTING_CONCEPTS } from '../../src/explain/tables/own-words/described-policy-settings.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

describe("0xC07's dialog, SSL_ERR_ACCOUNT_RESTRICTION, in each client's wording", () => {
  it('signing in, logging on with the example, logging in quoted alone', () => {
    for (const said of [
      "We couldn't connect to the remote PC because a user account restriction is preventing you from signing in.",
      'A user account restriction (for example, a time-of-day restriction) is preventing you from logging on.',
      'after the reboot the connection fails with "A user account restriction is preventing you from logging in"',
    ])
      expect(causeIds(explainCode(said))[0], said).toBe(authAccountState.id);
  });
  it('a Protected Users member refused NTLM sees the same dialog: NTLM blocked second; not for the logon hours dialog', () => {
    const ids = causeIds(explainCode('Error code: 0xC07'));
    expect(ids.slice(0, 2)).toEqual([authAccountState.id, authNtlmBlocked.id]);
    // Near miss: the logon hours' own dialog (0x1007) names its restriction.
    expect(causeIds(explainCode('Error code: 0x1007'))).not.toContain(authNtlmBlocked.id);
  });
  it('near miss: the restriction said of something else is not the dialog', () => {
    expect(causeIds(answerOrRefused('a user account restriction prevents the script from writing the file'))).toEqual(
      [],
    );
  });
});

describe('a clause that names the part first, then its failure', () => {
  it('read as the clause that names the failure first', () => {
    for (const said of [
      'RDP: нет доступных серверов лицензирования',
      'RDP: сервер лицензирования недоступен',
      'Удаленный рабочий стол: сервер лицензирования не найден',
    ])
      expect(causeIds(explainCode(said))[0], said).toBe(licensingServerUnavailable.id);
  });
  it('near miss: the same clause about another product names no Remote Desktop part', () => {
    expect(causeIds(answerOrRefused('Сервер лицензирования 1С недоступен'))).toEqual([]);
  });
});

describe('the server said to require a secure connection the client cannot make', () => {
  it("the demand and the client's inability in one sentence: NLA first", () => {
    for (const said of [
      'rdesktop fails against the new box: Windows wants an encrypted connection and rdesktop is unable to handle it.',
      'RDP: the server requires Network Level Authentication and our thin client does not support it.',
    ])
      expect(causeIds(explainCode(said))[0], said).toBe(credsspNla.id);
  });
  it('near misses: a website, or the client said able', () => {
    expect(
      causeIds(answerOrRefused('RDP is fine; the intranet website wants a secure connection and IE cannot handle it.')),
    ).toEqual([]);
    expect(
      causeIds(answerOrRefused('rdesktop: the server requires a secure connection, which the client can handle fine.')),
    ).not.toContain(credsspNla.id);
  });
});

describe('a policy setting named with the value that refuses', () => {
  // Each row: a retelling in our own words, and its near miss (the value that allows, a question, the setting undone).
  const told: Record<string, readonly [string, string]> = {
    'policy-ntlm-restricted': [
      'Since we set "Network security: Restrict NTLM: Incoming NTLM traffic" to "Deny all accounts", RDP by IP fails.',
      'RDP by IP fails; "Network security: Restrict NTLM: Incoming NTLM traffic" is at "Allow all".',
    ],
    'protected-users-member': [
      'Since the helpdesk admins were added to Protected Users, their RDP sessions to the file servers by IP fail.',
      'RDP to the file servers works again: we took the helpdesk admins out of Protected Users and removed from it the rest.',
    ],
    'policy-deny-logon-rds': [
      'RDP refuses bob: his group is listed in "Deny log on through Remote Desktop Services".',
      'RDP refuses bob although we removed his group from "Deny log on through Remote Desktop Services".',
    ],
    'policy-nla-required': [
      'RDP from the old thin clients failed once the GPO "Require user authentication for remote connections by using Network Level Authentication" was enabled.',
      'Should we enable "Require user authentication for remote connections by using Network Level Authentication" for RDP?',
    ],
    'policy-security-layer': [
      'RDP from rdesktop fails: "Require use of specific security layer for remote (RDP) connections" is set to SSL.',
      'Where is "Require use of specific security layer for remote (RDP) connections" in gpedit, for RDP?',
    ],
    'policy-single-session': [
      'RDP: the second login kicks the first since "Restrict Remote Desktop Services users to a single Remote Desktop Services session" was enabled.',
      'RDP: is "Restrict Remote Desktop Services users to a single Remote Desktop Services session" a good idea?',
    ],
    'policy-rds-off': [
      'RDP is refused: "Allow users to connect remotely by using Remote Desktop Services" was set to Disabled in the GPO.',
      'RDP works and "Allow users to connect remotely by using Remote Desktop Services" is enabled.',
    ],
  };
  for (const c of POLICY_SETTING_CONCEPTS)
    it(c.id, () => {
      const [refused, allowed] = told[c.id] ?? ['(no retelling written for this row)', ''];
      expect(causeIds(explainCode(refused))[0], refused).toBe(c.causes[0]);
      expect(causeIds(answerOrRefused(allowed)), allowed).not.toContain(c.causes[0]);
    });
});

describe("Windows App's 0x2407 dialog: no permission to sign in remotely", () => {
  it('read as the logon right, its lines wrapped where the dialog breaks them', () => {
    for (const paste of [
      'You might not have permission to sign in remotely.',
      "We couldn't connect to the remote PC. You might not have permission\nto sign in remotely. Contact your\nnetwork administrator for assistance. Error code: 0x2407",
    ])
      expect(causeIds(explainCode(paste))[0], paste).toBe(authLogonRight.id);
  });
  it('near miss: a permission to do something else', () => {
    expect(causeIds(answerOrRefused('You might not have permission to sign in to this site.'))).toEqual([]);
  });
});

describe("an event's first paragraph quoted without the colon that introduces its fields", () => {
  // Every event whose message opens with a paragraph ending in a colon (RCM 1149, LSM 21, 24, 25 …): quoted alone,
  // with or without that colon, it is read as its event (src/model/message-template.ts compileLeadParagraph).
  const leads = EVENTS.flatMap((row) => {
    const lead = row.message?.trim().split(/\r?\n[ \t]*\r?\n/)[0];
    return lead?.endsWith(':') && !/%\d/.test(lead) && lead.replace(/[^A-Za-z]/g, '').length >= 40
      ? [{ row, lead }]
      : [];
  });
  it('read with its colon and without it', () => {
    expect(leads.length).toBeGreaterThan(0);
    for (const { lead } of leads) {
      const bare = lead.slice(0, -1);
      expect(explainCode(bare).input.code, bare).toBe(explainCode(lead).input.code);
    }
  });
  it('near miss: the same words inside a longer sentence of a user', () => {
    expect(
      causeIds(answerOrRefused('we never see Remote Desktop Services: User authentication succeeded in our logs')),
    ).toEqual([]);
  });
});

describe('an event quoted without the fields that tell its causes apart: the one its generic reason names first', () => {
  it('Security 4625 alone: wrong user name or password first, every Status-specific cause still listed', () => {
    for (const paste of ['4625', 'Event ID 4625: An account failed to log on.', 'Security 4625, Logon Type: 10']) {
      const ids = causeIds(explainCode(paste));
      expect(ids[0], paste).toBe(authBadCredentials.id);
      expect(ids, paste).toEqual(expect.arrayContaining([credsspNla.id, authLogonRight.id, authAccountState.id]));
    }
  });
  it('true twin: a Status given says which cause', () => {
    expect(causeIds(explainCode('Security 4625 Status: 0xC000015B'))[0]).toBe(authLogonRight.id);
    expect(causeIds(explainCode('Security 4625 Status: 0xC0000133'))[0]).toBe(credsspNla.id);
  });
  it('every event row that names a first cause names one its patterns read that event for', () => {
    for (const row of RDP_EVENTS.filter((r) => r.first))
      expect(
        causesOfEvent(row.code).map((c) => c.causeId),
        String(row.code),
      ).toContain(row.first);
  });
});
