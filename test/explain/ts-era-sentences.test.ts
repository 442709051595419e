/**
 * Issue 60 (h60b): sentences pasted with no code that the reader refused. The Terminal Services era's client messages
 * and listener-certificate events (src/explain/tables/sentences/uncoded-sentences.ts), a few dialogs in other languages
 * (localized.ts, localized-tr-cs-sv-hu.ts), and Splashtop's RDP error table, whose 0x0001xxxx numbers carry the
 * server's extended code in their low word (paste-reader.ts). Wordings written for these tests from what the pages
 * quote (a title around the text, a line cut short, a fictional name), each beside a near miss: another product's
 * sentence with the same words, a text that is not the message.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

describe("the Terminal Services era's client messages", () => {
  it('the connection limit, with the dialog title: the session limit, the console session said', () => {
    const paste =
      'Remote Desktop Disconnected\n\nThe terminal server has exceeded the maximum number of allowed connections.\n\nOK';
    expect(sentenceIds(paste)).toEqual(['ts-max-allowed-connections']);
    expect(causeIds(paste)).toEqual([sessionLimit.id]);
    expect(explainCode(paste).summary).toMatch(/mstsc \/admin/);
  });
  it("another product's connection limit is not the terminal server's", () => {
    const near = '[Pesit Default] PeSIT server has exceeded the maximum number of allowed connections 100.';
    expect(sentenceIds(near)).not.toContain('ts-max-allowed-connections');
  });

  it('"because of a network error, the session will be disconnected": the connection limit first, then the network', () => {
    const paste = 'because of a network error, the session will be disconnected.  Please try to reconnect.';
    expect(sentenceIds(paste)).toEqual(['ts-network-error-session-disconnected']);
    expect(causeIds(paste).slice(0, 2)).toEqual([sessionLimit.id, networkDropped.id]);
  });
  it('a network error that ends no session is not the message', () => {
    const near = 'Because of a network error, the download will be paused. Try again later.';
    expect(sentenceIds(near)).not.toContain('ts-network-error-session-disconnected');
  });

  it('"Terminal Server has ended the connection": the network, not licensing', () => {
    const paste = 'Remote Desktop Connection: Terminal Server has ended the connection.';
    expect(sentenceIds(paste)).toEqual(['ts-server-ended-connection']);
    expect(causeIds(paste)[0]).toBe(networkDropped.id);
    expect(explainCode(paste).summary).toMatch(/1004/);
  });
  it('the newer "The remote computer has ended the connection" keeps its own reading (no cause)', () => {
    expect(sentenceIds('The remote computer has ended the connection.')).toEqual(['remote-computer-ended-connection']);
  });

  it('"The remote computer cannot be found" and the web client\'s "specified … could not be found": the name', () => {
    for (const paste of [
      'Remote Desktop Connection\nThe remote computer cannot be found.',
      'The specified remote computer could not be found. Verify that you have typed the correct computer name.',
    ]) {
      expect(sentenceIds(paste), paste).toEqual(['remote-computer-cannot-be-found']);
      expect(causeIds(paste)[0], paste).toBe(networkUnreachable.id);
    }
  });
  it('in Czech, from the same Windows help, read as Czech', () => {
    const paste = 'Vzdaleny pocitac nebyl nalezen.';
    expect(sentenceIds(paste)).toEqual(['remote-computer-cannot-be-found']);
    expect(explainCode(paste).notes.join('\n')).toMatch(/Read as Czech/);
  });
  it('a printer or a file that cannot be found is not the remote computer', () => {
    for (const near of ['The printer cannot be found.', 'The remote file cannot be found on the share.'])
      expect(sentenceIds(near), near).not.toContain('remote-computer-cannot-be-found');
  });
});

describe("the listener certificate's events (RemoteConnectionManager 1051, 1055)", () => {
  it('1055, the private key out of reach, with its SHA1 line: the certificate', () => {
    const paste =
      'Event 1055, TerminalServices-RemoteConnectionManager\nThe Terminal Server is configured to use a certificate but is unable to access the private key associated with this certificate.\n\nThe SHA1 hash of the certificate is in the event data.';
    expect(sentenceIds(paste)).toContain('rcm-1055-private-key');
    expect(causeIds(paste)[0]).toBe(tlsCertificate.id);
  });
  it('1051, no usable certificate of the one chosen, the commas lost: the certificate', () => {
    const paste =
      'The RD Session Host server is configured to use SSL with user selected certificate however no usable certificate was found on the server.';
    expect(sentenceIds(paste)).toContain('rcm-1051-no-usable-certificate');
    expect(causeIds(paste)[0]).toBe(tlsCertificate.id);
  });
  it("another server's private key, another tool's missing certificate: not these events", () => {
    for (const near of [
      'The web server is unable to access the private key of its binding.',
      'WinRM: no usable certificate was found for the HTTPS listener.',
    ]) {
      const ids = sentenceIds(near);
      expect(ids, near).not.toContain('rcm-1055-private-key');
      expect(ids, near).not.toContain('rcm-1051-no-usable-certificate');
    }
  });
});

describe("the ActiveX control's logon error codes (OnLogonError), by name", () => {
  it('LOGON_FAILED_OTHER with its number: said, no cause invented, the number not read as a dialog code', () => {
    const e = explainCode('OnLogonError fired: lError = 2 (LOGON_FAILED_OTHER)');
    expect(e.paste?.parts.filter((p) => p.table === 'sentence').map((p) => p.text)).toEqual([
      'logon-error-info-failed-other',
    ]);
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/logon screen/);
  });
  it('the bad password and the expired one: their causes', () => {
    expect(causeIds('LOGON_FAILED_BAD_PASSWORD')[0]).toBe(authBadCredentials.id);
    expect(causeIds('logon error: LOGON_FAILED_UPDATE_PASSWORD (1)')[0]).toBe(authAccountState.id);
  });
  it('LOGON_WARNING is not a failure', () => {
    expect(causeIds('LOGON_WARNING')).toEqual([]);
  });
  it('a longer name that holds the words is not these codes', () => {
    for (const near of ['ERROR_SERVICE_LOGON_FAILED', 'LOGON_FAILED_OTHERWISE_UNKNOWN'])
      expect(
        sentenceIds(near).filter((id) => id.startsWith('logon-error-info')),
        near,
      ).toEqual([]);
  });
});

describe('dialogs in other languages', () => {
  it('Japanese: the licence soft enforcement, 60 minutes', () => {
    const paste = 'リモート デスクトップ ライセンスに問題があり、セッションは 60 分後に切断されます。';
    expect(sentenceIds(paste)).toEqual(['license-soft-enforcement-60-minutes']);
    expect(causeIds(paste)[0]).toBe(licensingServerUnavailable.id);
  });
  it('Japanese: an idle session cut after 60 minutes is not the licence', () => {
    expect(sentenceIds('アイドル状態のセッションは 60 分後に切断されます。')).not.toContain(
      'license-soft-enforcement-60-minutes',
    );
  });

  it('Polish: the CredSSP dialog in either translation, with its title', () => {
    for (const paste of [
      'Podłączanie pulpitu zdalnego\n\nWystąpił błąd uwierzytelnienia.\nŻądana funkcja nie jest obsługiwana.',
      'Uwierzytelnianie nie powiodło się. Określona funkcja nie jest obsługiwana.',
    ]) {
      expect(sentenceIds(paste), paste).toContain('function-not-supported');
      expect(causeIds(paste)[0], paste).toBe(credsspNla.id);
    }
  });
  it("Polish: a printer driver's unsupported function is not the dialog", () => {
    const near = 'Jeśli żądana funkcja nie jest obsługiwana przez drukarkę, sterownik drukarki ją zastąpi.';
    expect(sentenceIds(near)).not.toContain('function-not-supported');
  });

  it('French: the CredSSP dialog\'s other translation ("spécifiée")', () => {
    const paste = "Une erreur d'authentification s'est produite.\nLa fonction specifiee n'est pas prise en charge.";
    expect(sentenceIds(paste)).toContain('function-not-supported');
  });

  it('German: no license servers available, and the licensing error, as a German page quotes them', () => {
    const none = 'Die Remotedesktop-Sitzung wurde getrennt, da keine Lizenzserver verfuegbar sind.';
    expect(sentenceIds(none)).toEqual(['no-license-servers']);
    expect(causeIds(none)[0]).toBe(licensingGraceExpired.id);
    const error = 'Der Remotecomputer hat die Verbindung getrennt, da ein Lizenzierungsfehler aufgetreten ist.';
    expect(sentenceIds(error)).toEqual(['licensing-protocol-error']);
  });
  it('German: a licence server list that is empty, with nothing disconnected, is not the dialog', () => {
    expect(sentenceIds('Es sind keine Lizenzserver verfügbar, die angezeigt werden können.')).not.toContain(
      'no-license-servers',
    );
  });
});

describe("Splashtop's RDP error table: 0x0001xxxx is the server's extended code", () => {
  const extendedOf = (paste: string) => {
    const e = explainCode(paste);
    return (e.extended ?? e.primary ?? e.other)?.value;
  };
  it('a French row of the table: the extended code and its causes', () => {
    const paste = "0x00010005 | Un autre utilisateur s'est connecté au serveur, forçant la déconnexion.";
    expect(extendedOf(paste)).toBe(5);
    expect(explainCode(paste).summary).toMatch(/another connection/i);
  });
  it("a row whose sentence starts with an elided article (L'utilisateur …): the logon right", () => {
    const paste = "0x00010009 | L'utilisateur ne peut pas se connecter au serveur (privilèges d'accès insuffisants).";
    expect(extendedOf(paste)).toBe(9);
    expect(causeIds(paste)[0]).toBe(authLogonRight.id);
  });
  it("named as Splashtop's without the bar", () => {
    expect(extendedOf('Splashtop Business: RDP error 0x0001000C')).toBe(0xc);
  });
  it("Splashtop's own codes in the same table stay unread, and a bare 0x0001xxxx is not guessed", () => {
    const own = answerOrRefused('0x00000AC3 | Désactivez l’accès à l’adresse de destination.');
    expect(own?.extended).toBeUndefined();
    for (const near of [
      '| 0x00010001 | DBG_EXCEPTION_HANDLED | Debugger handled the exception. |',
      '| 0x00010002 | The debugger continued (NTSTATUS DBG_CONTINUE). |',
    ])
      expect(answerOrRefused(near)?.extended, near).toBeUndefined();
    const bare = explainCode('0x00010005');
    expect(bare.extended).toBeUndefined();
    expect(bare.summary).toMatch(/not in our tables/);
  });
});
