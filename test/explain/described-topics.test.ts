/**
 * A description read only from words naming a part of Remote Desktop (NLA, CredSSP, CALs: tables/described-topics.ts)
 * is read only where the paste states a failure in some language. The pages' own wordings: the German Windows help on
 * NLA (windows.microsoft.com/de-DE/windows-vista/What-types-of-Remote-Desktop-connections-should-I-allow) and the
 * Japanese KB 2477176 on two administrative connections (support.microsoft.com/kb/2477176/ja); their twins state a
 * failure with the same words and stay read.
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { readDescription } from '../../src/explain/described-reading.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const conceptIds = (paste: string) => readDescription(paste)?.map((s) => s.concept.id) ?? [];

describe('words naming a part of Remote Desktop, read only beside a failure stated', () => {
  it('a definition or a statement of what is needed is no failure (the pages)', () => {
    const nla =
      'Die Authentifizierung auf Netzwerkebene ist eine neue Authentifizierungsmethode, die die Benutzerauthentifizierung abschließt, bevor eine vollständige Remotedesktopverbindung hergestellt ist und der Anmeldebildschirm angezeigt wird.';
    const cal =
      'リモート デスクトップは、コンピューターへの 2 つの同時リモート接続をサポートします。 これらの接続には、リモート デスクトップ サービス クライアント アクセス ライセンス (RDS CAL) は必要ありません。';
    expect(conceptIds(nla)).toEqual([]);
    expect(conceptIds(cal)).toEqual([]);
    expect(causeIds(answerOrRefused(nla))).toEqual([]);
    expect(causeIds(answerOrRefused(cal))).toEqual([]);
  });

  it('the same words beside a failure stay read (true twins, several languages)', () => {
    const READ: readonly [string, string][] = [
      [credsspNla.id, 'Remotedesktop meldet einen Fehler bei der Authentifizierung auf Netzwerkebene'],
      [credsspNla.id, 'リモート デスクトップ: ネットワーク レベル認証 のせいで接続できません'],
      [credsspNla.id, "Bureau à distance : échec de l'authentification au niveau du réseau"],
      [
        licensingCalUnavailable.id,
        'Escritorio remoto: se agotaron las licencias de acceso de cliente y la conexión falla',
      ],
      [licensingCalUnavailable.id, 'RDP users are refused: the RDS CALs ran out'],
    ];
    for (const [cause, paste] of READ) expect(readDescription(paste)?.[0]?.concept.causes[0], paste).toBe(cause);
    expect(causeIds(explainCode(READ[0]?.[1] ?? ''))[0]).toBe(credsspNla.id);
  });

  it('a failure word of another concept keeps the topic word (near miss of the gate: not every word dropped)', () => {
    expect(conceptIds('Remote Desktop: NLA is on and the firewall refuses the connection')).toContain('firewall-port');
  });

  it('a Portuguese negation cancels the word it stands before ("não precisa de")', () => {
    expect(conceptIds('Área de Trabalho Remota: você não precisa de licenças de acesso para cliente')).toEqual([]);
    expect(conceptIds('Área de Trabalho Remota: faltam licenças de acesso para cliente, a conexão falha')).toEqual([
      'cal',
    ]);
  });
});

describe("Network Level Authentication's name and another account signed in, in more languages", () => {
  it("read in the pages' words, the definition and another service left unread", () => {
    expect(
      conceptIds(
        'Opgelost: de externe computer vereist authenticatie op netwerkniveau die uw computer niet ondersteunt',
      ),
    ).toEqual(['credssp-or-nla']);
    expect(
      conceptIds(
        '연결하려는 원격 컴퓨터에 NLA(네트워크 수준 인증)가 필요하지만 NLA를 수행하기 위해 Windows 도메인 컨트롤러에 연결할 수 없습니다.',
      ),
    ).toContain('credssp-or-nla');
    expect(
      conceptIds(
        "Se al computer remoto è connesso un altro account, Windows vi avvertirà che dovrete costringere l'altra persona a disconnettersi",
      ),
    ).toEqual(['another-user']);
    expect(conceptIds('Extern bureaublad: verificatie op netwerkniveau is een nieuwe verificatiemethode')).toEqual([]);
    expect(conceptIds('원격 데스크톱의 네트워크 수준 인증은 사용자를 먼저 인증합니다')).toEqual([]);
    expect(conceptIds('Sul server di posta è connesso un altro account')).toEqual([]);
  });
});

describe('"not needed" after a word cancels it in Japanese and Korean', () => {
  it('the KB\'s "(RDS CAL) は必要ありません" beside a failure, and its twin', () => {
    expect(
      conceptIds('リモート デスクトップに接続できません。これらの接続には RDS CAL は必要ありません'),
    ).not.toContain('cal');
    expect(conceptIds('リモート デスクトップに接続できません。RDS CAL が不足しています')).toContain('cal');
  });
});

describe('Chinese "时提示" reports a dialog, "提示" alone is a page\'s tip', () => {
  it('reads the report, not the tip', () => {
    expect(conceptIds('远程桌面连接时提示网络级别身份验证')).toEqual(['credssp-or-nla']);
    expect(conceptIds('远程桌面 提示：网络级别身份验证可以提高安全性')).toEqual([]);
  });
});
