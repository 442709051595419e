/**
 * A description read only from words naming a part of Remote Desktop (NLA, CredSSP, CALs: tables/own-words/described-topics.ts)
 * is read only where the paste states a failure in some language. The pages' own wordings: the German Windows help on
 * NLA (windows.microsoft.com/de-DE/windows-vista/What-types-of-Remote-Desktop-connections-should-I-allow) and the
 * Japanese KB 2477176 on two administrative connections (support.microsoft.com/kb/2477176/ja); their twins state a
 * failure with the same words and stay read.
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
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

describe('the license server named beside no failure (round 26)', () => {
  it("the pages' statements of what a session host needs are no failure; beside a failure the name stays read", () => {
    const needs =
      'セッション ホストのライセンスをインストールするには、ユーザーごとまたはデバイスごとのクライアント アクセス ライセンス (CAL) がアクティブ化されたリモート デスクトップ ライセンス サーバーが必要です。';
    const mode =
      'RD セッション ホスト サーバーで構成されるリモート デスクトップ ライセンス モードは、ライセンス サーバーで使用できる RDS CAL の種類に一致する必要があります。';
    for (const paste of [needs, mode]) {
      expect(conceptIds(paste), paste).toEqual([]);
      expect(causeIds(answerOrRefused(paste)), paste).toEqual([]);
    }
    // True twins: the same name where a failure is stated, in Japanese and in English.
    expect(conceptIds('リモート デスクトップ: ライセンス サーバーに接続できません')).toContain('license-server');
    expect(
      readDescription('RDS: the license server is not available, users cannot connect')?.[0]?.concept.causes[0],
    ).toBe(licensingServerUnavailable.id);
  });
});

describe("a Group Policy setting's explanation says what the setting does, not a failure (round 26)", () => {
  it('the explanations in English, Russian, Korean and Japanese are not read as a description', () => {
    const EXPLANATIONS = [
      'This policy setting determines which users or groups can access the logon screen of a remote device through a Remote Desktop Services connection.',
      'Этот параметр политики определяет, какие пользователи или группы могут получать доступ к экрану входа на удаленном устройстве через подключение к службам удаленных рабочих столов.',
      '이 정책 설정으로 자동으로 연결이 끊기기 전에 원격 데스크톱 서비스 세션이 활성 상태를 유지할 수 있는 최대 시간을 지정할 수 있습니다.',
      'このポリシーでは、ログオンしているユーザーのログオン時間の有効期間が切れたときに実行するアクションを制御します。このアクションには、ワークステーションのロック、ユーザーの切断、またはユーザーの完全なログオフがあります。',
      // The disconnected-session limit's Japanese text as VMware's Horizon guide quotes it, and the zh-tw remote control rules.
      'このポリシー設定を使用すると、切断されたリモート デスクトップ サービス セッションに制限時間を設定できます。',
      '這個原則設定可讓您指定遠端桌面服務工作階段中允許的遠端控制層級。',
    ];
    for (const paste of EXPLANATIONS) {
      expect(conceptIds(paste), paste).toEqual([]);
      expect(causeIds(answerOrRefused(paste)), paste).toEqual([]);
    }
  });

  it("a user's failure that names the policy later is still read (true twins), the same words mid-paste too", () => {
    expect(
      readDescription('Remote Desktop keeps disconnecting after I enabled this policy setting')?.[0]?.concept.causes[0],
    ).toBe(networkDropped.id);
    expect(
      readDescription('Удаленный рабочий стол отключается после того, как я включил этот параметр политики')?.[0]
        ?.concept.causes[0],
    ).toBe(networkDropped.id);
  });
});
