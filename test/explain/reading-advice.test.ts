/**
 * Issue 60 (round 33, r33-h65a): a message's own advice names what its program suspects (reading-advice.ts,
 * tables/own-words/advice-parts.ts). A failure stated, then "check / verify / make sure" and a part, in the same
 * message: the part's causes, ranked speculative and said to be the program's suspicion. Each language's words come
 * from the build set's catalogs (aRDP's, Remmina's and Guacamole's advice in each language, Windows' own dialogs); the
 * wordings below are written from those messages, not copied from any list.
 * Near misses: advice with no failure before it, advice negated or reporting what failed ("could not verify"), advice
 * naming no part (logs, settings), a general list of unrelated parts, another product's message, a log line's note,
 * two peers' session, a sign-in page's "check the user name and password" that names neither Remote Desktop nor a
 * domain.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { readAdvice } from '../../src/explain/reading-advice.js';
import { NWM_BVNC_ROWS } from '../../src/explain/tables/languages/nwm-bvnc-catalogs-data.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const causes = (text: string) => causeIds(answerOrRefused(text));

describe("the advice's part, in each language", () => {
  it.each([
    ['en', 'Could not connect to the RDP host. Please verify the host name and the port.', networkUnreachable.id],
    ['de', 'Verbindung zum Server fehlgeschlagen. Bitte Adresse und Port prüfen.', networkUnreachable.id],
    ['de', 'Die Verbindung ist fehlgeschlagen. Überprüfen Sie das Zertifikat des Servers.', tlsCertificate.id],
    ['fr', 'Impossible de joindre le serveur. Vérifiez le certificat présenté par le serveur.', tlsCertificate.id],
    ['es', 'No se pudo conectar. Compruebe la versión de TLS del cliente y del servidor.', tlsProtocolMismatch.id],
    ['it', 'Connessione non riuscita. Controllare il protocollo di sicurezza scelto.', securityLayerMismatch.id],
    ['pt', 'Não foi possível conectar. Verifique o endereço e a porta do servidor.', networkUnreachable.id],
    ['nl', 'Verbinden is mislukt. Controleer de hostnaam en de firewall.', networkUnreachable.id],
    ['pl', 'Nie można połączyć się z serwerem. Sprawdź adres i zaporę.', networkUnreachable.id],
    ['ru', 'Не удалось подключиться. Проверьте адрес и порт сервера.', networkUnreachable.id],
    ['zh', '远程连接失败，请检查主机地址和端口。', networkUnreachable.id],
    ['ja', '接続に失敗しました。ネットワーク レベル認証の設定を確認してください。', credsspNla.id],
    ['ko', '연결에 실패했습니다. 라이선스 서버를 확인하십시오.', licensingServerUnavailable.id],
    ['tr', 'Bağlantı başarısız oldu. Lütfen güvenlik katmanı ayarını kontrol edin.', securityLayerMismatch.id],
    ['cs', 'Připojení selhalo. Zkontrolujte certifikát serveru.', tlsCertificate.id],
    ['sv', 'Anslutningen misslyckades. Kontrollera värdnamn och brandvägg.', networkUnreachable.id],
    ['uk', 'Не вдалося підключитися. Перевірте сертифікат сервера.', tlsCertificate.id],
    ['hu', 'A kapcsolódás sikertelen. Ellenőrizze a tűzfalat és a portot.', networkUnreachable.id],
  ])('%s: %s', (_language, paste, cause) => {
    const answer = answerOrRefused(paste);
    expect(causeIds(answer)[0], paste).toBe(cause);
    // The program's suspicion, said so: speculative, not a cause the message states.
    expect(answer?.likelyCauses[0]?.confidence).toBe('SP');
    expect(answer?.summary).toMatch(/its own advice names .* what its program suspects/);
  });

  it('the longer part is read where two overlap (NLA holds "network", the Users group holds "user")', () => {
    const read = readAdvice('Connection failed. Check Network Level Authentication on the server.');
    expect(read?.parts.map((p) => p.part.id)).toEqual(['nla']);
  });
});

describe('the credentials: Remote Desktop named, or the domain beside them', () => {
  it('named: "RDP sign-in failed … check the user name and password"', () => {
    expect(causes('RDP sign-in failed. Please check the user name and password and try again.')[0]).toBe(
      authBadCredentials.id,
    );
  });
  it("near miss: the same words on any program's sign-in page, naming neither", () => {
    expect(causes('Sign-in failed. Please check the user name and password and try again.')).toEqual([]);
  });
  it('true twin: the machine the sign-in goes to, as a connection manager names it', () => {
    expect(causes('Logon to the remote machine failed. Please check your password.')[0]).toBe(authBadCredentials.id);
  });
  it('true twin: the domain, which only a Windows account has', () => {
    expect(causes('Sign-in failed. Please check the user name, password and domain.')[0]).toBe(authBadCredentials.id);
  });
});

describe('near misses', () => {
  it.each([
    ['no failure stated before the advice', 'Before you connect, check the firewall and the port.'],
    ['advice negated', 'Verbindung fehlgeschlagen. Die Firewall müssen Sie nicht prüfen.'],
    ['advice naming no part', 'Connection failed. Please check the logs and your settings, then try again.'],
    ['another product: a VPN', 'VPN tunnel failed to come up. Please check the server address and port.'],
    ['another product: a mail server', 'Sending failed. Check the SMTP host and port.'],
    ['another product: a database', 'Datenbankverbindung fehlgeschlagen. Bitte Host und Port prüfen (Datenbank).'],
    ['a log line', '2024-05-01 10:00:01 handshake failed (check your network connectivity)'],
    ['two peers', 'Could not join the session. Make sure both you and your partner are online.'],
  ])('%s', (_why, paste) => {
    expect(causes(paste), paste).toEqual([]);
  });

  it('a check reported done is no advice ("已检查过", "I already checked")', () => {
    expect(readAdvice('RDP 远程连接失败，防火墙已检查过，端口也已检查。')).toBeUndefined();
    expect(readAdvice('RDP login failed, though I already checked the port and the firewall.')).toBeUndefined();
  });

  it('a general list of unrelated parts is named, no cause read', () => {
    const answer = answerOrRefused('Connection failed. Check the password, the certificate and the firewall.');
    expect(causeIds(answer)).toEqual([]);
    expect(answer?.summary).toMatch(/general list of parts/);
  });

  it('true twin: two parts of one list are both suspects', () => {
    expect(causes('RDP connection failed. Check the network and the password.')).toEqual([
      networkUnreachable.id,
      authBadCredentials.id,
    ]);
  });
});

describe("a catalog message's first sentence, then advice of the paste's own", () => {
  const first = (language: string) => {
    const text = NWM_BVNC_ROWS.find((r) => r.key === 'error_rdp_connection_failed' && r.language === language)?.text;
    return (text ?? '').replace(/[!！].*$/, '!');
  };
  it("French: aRDP's title alone, then the host and port to check: the advice is read", () => {
    const paste = `${first('fr')} Vérifiez l'adresse et le port.`;
    expect(causes(paste)).toEqual([networkUnreachable.id]);
  });
  it("true twin: aRDP's whole message keeps its own reading", () => {
    const whole = NWM_BVNC_ROWS.find((r) => r.key === 'error_rdp_connection_failed' && r.language === 'fr')?.text ?? '';
    expect(causes(whole)[0]).toBe(networkDropped.id);
  });
});

describe("a code's causes ordered by the message's own advice", () => {
  const dialog = 'Error code: 0x904 Extended error code: 0x7.';
  it('the advice names a part among the causes the code leaves open: that part first, said so', () => {
    const answer = answerOrRefused(`${dialog} Please verify the certificate of the remote computer.`);
    expect(causeIds(answer)[0]).toBe(tlsCertificate.id);
    expect(answer?.notes.join(' ')).toMatch(/own advice names "certificate"/);
  });
  it('true twin: the same code with no advice keeps its own order', () => {
    expect(causeIds(answerOrRefused(dialog))[0]).not.toBe(tlsCertificate.id);
  });
  it('near miss: advice naming a cause the code does not hold changes nothing', () => {
    expect(causeIds(answerOrRefused(`${dialog} Please check the TLS version.`))).toEqual(
      causeIds(answerOrRefused(dialog)),
    );
  });
});

describe("a catch-all dialog's causes ordered by the advice after it", () => {
  const dialog = "This computer can't connect to the remote computer. Try connecting again.";
  it('the advice names the certificate: it leads the causes the dialog leaves open', () => {
    expect(causeIds(answerOrRefused(`${dialog} If it still fails, verify the server's certificate.`))[0]).toBe(
      tlsCertificate.id,
    );
  });
  it('true twin: the dialog alone keeps its own order', () => {
    expect(causeIds(answerOrRefused(dialog))[0]).not.toBe(tlsCertificate.id);
  });
  it('near miss: a certificate the program could not verify is no advice', () => {
    expect(causeIds(answerOrRefused(`${dialog} The client could not verify the certificate.`))[0]).not.toBe(
      tlsCertificate.id,
    );
  });
});
