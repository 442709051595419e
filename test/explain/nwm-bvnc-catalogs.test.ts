/**
 * NETworkManager's and aRDP/bVNC's Remote Desktop errors in their catalogs' languages (issue 60, round 30,
 * nwm-bvnc-catalogs.ts): each key read as the disconnect reason its client maps it to (NETworkManager) or as what its
 * English states (aRDP); the catalogs' English read as the same sentence; a translation read alone and inside a
 * user's sentence; near misses (the same catalogs' VNC and oVirt errors, a user's own disconnect, a short "login
 * failed" any program shows) not read as them. Every English text and translation: nwm-bvnc-catalogs-rest.test.ts
 * (slow tier).
 */
import { describe, expect, it } from 'vitest';
import { MIN_ENGLISH_WORDS, NWM_BVNC_WORDINGS } from '../../src/explain/tables/languages/nwm-bvnc-catalogs.js';
import { NWM_BVNC_ROWS } from '../../src/explain/tables/languages/nwm-bvnc-catalogs-data.js';
import { lookupDisconnectReason } from '../../patterns/codes/mstsc-disconnect-reasons.js';
import { lookupExtendedReason } from '../../patterns/codes/mstsc-extended-reasons.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';
import { catalogFew } from '../helpers/client-catalogs.js';
import { catalogKey } from '../../src/explain/tables/languages/client-catalogs.js';
import { tellingClauses } from '../../src/explain/tables/approximate/generic-phrase.js';
import { englishOfNwmBvnc, expectNwmBvncRead } from '../helpers/nwm-bvnc-catalogs.js';

describe('nwm-bvnc-catalogs: NETworkManager and aRDP in their catalogs languages', () => {
  it('takes every NETworkManager key with the disconnect reason its GetDisconnectReason names', () => {
    const nwm = NWM_BVNC_ROWS.filter((r) => r.app === 'networkmanager');
    expect(nwm.length).toBeGreaterThan(500);
    for (const r of nwm) expect(r.code, r.key).toBeGreaterThanOrEqual(0);
    const sslNoAuthority = nwm.find((r) => r.key === 'RemoteDesktopDisconnectReason_SslErrNoAuthenticatingAuthority');
    expect(sslNoAuthority?.code).toBe(0x1807);
    expect(lookupDisconnectReason(0x1807)?.name).toBe('SSL_ERR_NO_AUTHENTICATING_AUTHORITY');
  });

  it("reads a catalog's English text as its sentence, and a few translations as it", () => {
    for (const id of ['networkmanager-5639', 'bvnc-error-rdp-authentication-failed'])
      expect(sentenceIds(englishOfNwmBvnc(id)), id).toContain(id);
    expect(NWM_BVNC_WORDINGS.length).toBeGreaterThan(200);
    const few = ['networkmanager-5639', 'bvnc-error-rdp-connection-failed'].flatMap((id) =>
      catalogFew(NWM_BVNC_WORDINGS.filter((w) => w.sentence === id)),
    );
    expect(few.length).toBe(4);
    expectNwmBvncRead(few);
  });

  it("reads the catalogs' own wording in a user's sentence (Japanese, Korean, Czech, Chinese)", () => {
    // NETworkManager ja-JP, SslErrNoAuthenticatingAuthority (0x1807).
    expect(
      causeIds(
        'NETworkManager で接続すると「認証のために認証機関に接続できませんでした。認証側のドメイン名が間違っているか、ドメインにアクセスできないか、信頼関係に問題がある可能性があります。」と出ます',
      )[0],
    ).toBe(credsspNla.id);
    // NETworkManager ko-KR, SslErrPasswordMustChange (0x1207).
    expect(causeIds('처음 로그온하기 전에 사용자 암호를 변경해야 합니다.')[0]).toBe(authAccountState.id);
    // aRDP cs: error_rdp_authentication_failed.
    const cs = NWM_BVNC_WORDINGS.find(
      (w) => w.sentence === 'bvnc-error-rdp-authentication-failed' && w.language === 'cs',
    );
    expect(cs).toBeDefined();
    expect(causeIds(`Android aRDP: ${cs?.quoted}`)[0]).toBe(authBadCredentials.id);
    // aRDP zh-rCN: the first sentence too short alone, read by the whole text.
    expect(causeIds('RDP验证失败了！ 请先确认RDP用户名和密码再重试。')[0]).toBe(authBadCredentials.id);
    // aRDP es: error_rdp_connection_failed (a running session lost).
    expect(causeIds('¡La conexión RDP falló! Se interrumpió la conectividad de la red')[0]).toBe(networkDropped.id);
  });

  it("reads Spark View's texts by the server's error info code its key is (German, Chinese)", () => {
    const row = NWM_BVNC_ROWS.find((r) => r.app === 'sparkview' && r.key === '102' && r.language === 'en');
    expect(row?.code).toBe(0x102);
    expect(lookupExtendedReason(0x102)?.name).toMatch(/License/i);
    // strings-de.js errorCode '101' and '102', strings-zh-CN.js '5'.
    expect(
      causeIds(
        'Spark View meldet: Es konnte kein Terminalserver-Lizenzserver zur Bereitstellung einer Lizenz gefunden werden.',
      )[0],
    ).toBe(licensingServerUnavailable.id);
    expect(causeIds('Es sind keine Client-Zugangslizenzen für den Remote-Computer verfügbar.')[0]).toBe(
      licensingCalUnavailable.id,
    );
    expect(causeIds('另外一个用户连接到服务器，强制中断了本次连接。')[0]).toBe(sessionLimit.id);
    const spark = (paste: string) => sentenceIds(paste).filter((id) => id.startsWith('sparkview-'));
    // The gateway's own keys after the codes: its sign-in and its connection to the gateway, not read.
    for (const near of ['Falscher Benutzername oder falsches Passwort!', 'Verbindung zum Gateway fehlgeschlagen!'])
      expect(spark(near), near).toEqual([]);
  });

  it("reads aRDP's early failure by the checks its text asks for, by its whole text where Remmina's shares its start", () => {
    // values-fr/strings.xml error_rdp_unable_to_connect, whole.
    const fr =
      'Impossible de se connecter au serveur RDP ! Veuillez vous assurer que le paramètre Serveur RDP est correct, que le serveur est allumé, que RDP est activé et que le serveur est sur le même réseau que cet appareil.';
    expect(sentenceIds(fr)).toContain('bvnc-error-rdp-unable-to-connect');
    expect(causeIds(fr)[0]).toBe(networkUnreachable.id);
    // Remmina's catch-all in Italian ("Impossibile connettersi al server RDP “%s”."): aRDP's first sentence, not aRDP's.
    expect(sentenceIds('Impossibile connettersi al server RDP “srv01”.')).not.toContain(
      'bvnc-error-rdp-unable-to-connect',
    );
  });

  it("does not read the same catalogs' other texts, nor a short phrase, as a Remote Desktop error", () => {
    const ids = (paste: string) => sentenceIds(paste).filter((id) => /^(networkmanager|bvnc)-/.test(id));
    // bVNC's VNC error (error_vnc_unable_to_connect), its oVirt sign-in error, a settings label.
    for (const near of [
      'Verbindung zum VNC-Server fehlgeschlagen mit Grund: Connection refused',
      'Authentifizierungsfehler. Bitte überprüfen Sie Benutzername und Passwort.',
      'Modalità di sicurezza',
    ]) {
      expect(ids(near), near).toEqual([]);
      expect(causeIds(answerOrRefused(near)), near).toEqual([]);
    }
    // The user's own disconnect (LocalNotError: not an error), "Login failed." (fewer than six English words), and
    // the total logon time limit NETworkManager shows for the control's reason 4 (not read by that code).
    expect(MIN_ENGLISH_WORDS).toBe(6);
    for (const near of [
      'Déconnexion locale.',
      'Anmeldung fehlgeschlagen.',
      'Die Remote-Sitzung wurde beendet, weil das Gesamtanmeldezeitlimit erreicht wurde.',
    ])
      expect(ids(near), near).toEqual([]);
    // The Chinese authentication text's first sentence alone is too short to be aRDP's.
    expect(ids('RDP验证失败了！')).toEqual([]);
  });

  it("reads aRDP's generic first sentence only with a clause that tells it (round 33, generic-phrase.ts)", () => {
    const lost = (language: string) =>
      NWM_BVNC_ROWS.find((r) => r.app === 'bvnc' && r.key === 'error_rdp_connection_failed' && r.language === language)
        ?.text ?? '';
    const idsOrNone = (paste: string) => (answerOrRefused(paste) ? sentenceIds(paste) : []);
    // Dutch and Italian: their catalogs hold too few messages to count the phrase generic; the English first
    // sentence of the same message is, so its translations' are too.
    for (const language of ['de', 'fr', 'ja', 'nl', 'it']) {
      const text = lost(language);
      const first = catalogKey(text);
      // Near miss: the first sentence alone, as every program prints it ("RDP-Verbindung fehlgeschlagen!").
      expect(idsOrNone(first), `${language}: ${first}`).not.toContain('bvnc-error-rdp-connection-failed');
      expect(causeIds(answerOrRefused(first)), first).not.toContain(networkDropped.id);
      // True twin: the first sentence with the clause after it that tells the message (the network interrupted).
      const [telling] = tellingClauses(text.slice(first.length), language);
      const twin = `${first} ${telling}`;
      expect(causeIds(twin)[0], twin).toBe(networkDropped.id);
    }
    // The German wording kept: the first sentence and its telling clauses as alternatives, read by its words only.
    const de = NWM_BVNC_WORDINGS.find((w) => w.sentence === 'bvnc-error-rdp-connection-failed' && w.language === 'de');
    expect(de?.exact).toBe(true);
    expect(de?.words.some((w) => typeof w !== 'string')).toBe(true);
    // A user's own generic sentence, in words of no catalog: no program's message.
    for (const near of [
      'Die RDP-Verbindung ist fehlgeschlagen, bitte später erneut versuchen.',
      'RDP接続に失敗しました。しばらくしてから再試行してください。',
    ]) {
      expect(
        idsOrNone(near).filter((id) => id.startsWith('bvnc-')),
        near,
      ).toEqual([]);
      expect(causeIds(answerOrRefused(near)), near).not.toContain(networkDropped.id);
    }
  });
});
