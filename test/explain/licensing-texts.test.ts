/**
 * RD Licensing's texts read as the licensing problem they state (issue 60, rounds 7, 9 and 14; written for these tests
 * from the Microsoft pages named in the tables): the 60-minute soft-enforcement warning, the RD Licensing Diagnoser's
 * messages (in English and six more languages, windowsserverdocs.<locale> "Clients can't connect and see 'No licenses
 * available' error", human translations), the licensing-mode notification in seven more languages (azure-docs.<locale>),
 * the client's licence dialogs and the licensing-protocol dialog. Each with its near miss.
 */
import { describe, expect, it } from 'vitest';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingClientCache } from '../../patterns/licensing-client-cache.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { causeIds, expectLocalizedSentence, expectRefused, sentenceIds } from '../helpers/explain.js';

const GRACE_EN =
  "The grace period for the Remote Desktop Session Host server has expired, but the RD Session Host server hasn't been configured with any license servers.";
const SERVER_EN =
  "License server lic02.example.org is not available. This could be caused by network connectivity problems, the Remote Desktop Licensing service is stopped on the license server, or RD Licensing isn't available.";

/** [language, paste, sentence, near miss]: each paste written here with another computer name than the page's. */
const DIAGNOSER: readonly (readonly [string, string, string, string])[] = [
  [
    'German',
    'RD-Lizenzdiagnose: Die Kulanzfrist für den Remotedesktop-Sitzungshostserver ist abgelaufen, der RD-Sitzungshostserver wurde jedoch noch nicht mit Lizenzservern konfiguriert.',
    'licensing-diagnoser-grace-no-server',
    'Die Kulanzfrist für das Abonnement ist abgelaufen.',
  ],
  [
    'German',
    'Der Lizenzserver lic02.example.org ist nicht verfügbar. Dies könnte durch Probleme mit der Netzwerkverbindung verursacht sein.',
    'licensing-diagnoser-server-not-available',
    'Der Lizenzserver lic02.example.org ist verfügbar. Probleme mit der Netzwerkverbindung wurden nicht gefunden.',
  ],
  [
    'French',
    "La période de grâce du serveur hôte de session Bureau à distance a expiré, mais le serveur n'a pas été configuré avec des serveurs de licences.",
    'licensing-diagnoser-grace-no-server',
    "La période de grâce de l'abonnement a expiré.",
  ],
  [
    'French',
    "Le serveur de licences LIC02 n'est pas disponible. Cela peut être dû à des problèmes de connectivité réseau, au fait que le Gestionnaire de licences des services Bureau à distance est arrêté sur le serveur de licences.",
    'licensing-diagnoser-server-not-available',
    "Le serveur de licences LIC02 n'est pas disponible.",
  ],
  [
    'Italian',
    'Il periodo di prova per il server Host sessione Desktop remoto è scaduto, ma tale server non è stato configurato con alcun server licenze.',
    'licensing-diagnoser-grace-no-server',
    'Il periodo di prova per il server è scaduto.',
  ],
  [
    'Italian',
    "Server licenze LIC02 non disponibile. Ciò può verificarsi a causa di problemi relativi alla connettività di rete, all'arresto del Servizio licenze Desktop remoto nel server licenze.",
    'licensing-diagnoser-server-not-available',
    'Server di stampa non disponibile. Problemi relativi alla connettività di rete.',
  ],
  [
    'Spanish',
    'El período de gracia del servidor remoto ha expirado en el servidor host de sesión de Escritorio remoto, pero no se ha configurado el servidor host de sesión de Escritorio remoto con los servidores de licencias.',
    'licensing-diagnoser-grace-no-server',
    'El período de gracia de la suscripción ha expirado.',
  ],
  [
    'Spanish',
    'El servidor de licencias LIC02 no está disponible. Esto se puede deber a problemas de conectividad de la red.',
    'licensing-diagnoser-server-not-available',
    'El servidor de licencias LIC02 está disponible; no hay problemas de conectividad de la red.',
  ],
  [
    'Portuguese (Brazil)',
    'O período de cortesia do servidor Host da Sessão da Área de Trabalho Remota expirou, mas o servidor Host da Sessão da Área de Trabalho Remota não foi configurado com nenhum servidor de licença.',
    'licensing-diagnoser-grace-no-server',
    'O período de cortesia da assinatura expirou.',
  ],
  [
    'Portuguese (Brazil)',
    'O servidor de licença LIC02 não está disponível. Isso pode ser causado por problemas de conectividade de rede, pelo serviço de Licenciamento da Área de Trabalho Remota ter sido interrompido no servidor de licença.',
    'licensing-diagnoser-server-not-available',
    'O servidor de impressão não está disponível.',
  ],
  [
    'Japanese',
    'ライセンス サーバー LIC02 は使用できません。原因としては、ネットワーク接続に問題がある、ライセンス サーバー上でリモート デスクトップ ライセンス サービスが停止している、または RD ライセンスが使用できない、の 3 つが考えられます。',
    'licensing-diagnoser-server-not-available',
    'ライセンス サーバー LIC02 は使用できません。',
  ],
];

describe("the RD Licensing Diagnoser's messages in six more languages", () => {
  for (const [language, paste, sentence, nearMiss] of DIAGNOSER)
    it(`${language}: ${sentence}`, () => {
      const english = sentence.endsWith('grace-no-server') ? GRACE_EN : SERVER_EN;
      expectLocalizedSentence(
        { paste, sentence, nearMiss, language, english },
        /^https:\/\/docs\.microsoft\.com\/[a-z]{2}-[a-z]{2}\/windows-server\/remote\/remote-desktop-services\/troubleshoot\/rdp-error-no-licenses-available$/,
      );
    });

  it('the English texts read the same causes: grace expired, and the license server unreachable', () => {
    expect(causeIds(GRACE_EN)[0]).toBe(licensingGraceExpired.id);
    expect(causeIds(SERVER_EN)[0]).toBe(licensingServerUnavailable.id);
  });
});

describe('the licensing-mode notification in seven more languages', () => {
  for (const [language, paste, nearMiss] of [
    [
      'German',
      'Der Remotedesktop-Lizenzierungsmodus ist nicht konfiguriert. Die Remotedesktopdienste können in 87 Tagen nicht mehr ausgeführt werden.',
      'Der Remotedesktop-Lizenzierungsmodus ist konfiguriert.',
    ],
    [
      'French',
      "Le mode de licence des services Bureau à distance n'est pas configuré, les services Bureau à distance cesseront de fonctionner dans 12 jours.",
      'Le mode de licence des services Bureau à distance est configuré.',
    ],
    [
      'Spanish',
      'El modo de administración de licencias de Escritorio remoto no está configurado, los servicios de Escritorio remoto dejarán de funcionar en 5 días.',
      'El modo de administración de licencias de Escritorio remoto está configurado.',
    ],
    [
      'Italian',
      'La modalità di gestione licenze Desktop remoto non è configurata, Servizi Desktop remoto smetterà di funzionare tra 30 giorni.',
      'La modalità di gestione licenze Desktop remoto è configurata.',
    ],
    [
      'Dutch',
      'De licentiemodus voor Extern bureaublad is niet geconfigureerd, Extern bureaublad-services werkt binnen 20 dagen niet meer.',
      'De licentiemodus voor Extern bureaublad is geconfigureerd.',
    ],
    [
      'Polish',
      'Tryb licencjonowania usług pulpitu zdalnego nie jest skonfigurowany, usługi pulpitu zdalnego przestaną działać w ciągu 9 dni.',
      'Tryb licencjonowania usług pulpitu zdalnego jest skonfigurowany.',
    ],
    ['Chinese (simplified)', '远程桌面授权模式未配置，远程桌面服务将在 30 天内停止工作。', '远程桌面授权模式已配置。'],
  ] as const)
    it(`${language}: read as the English notification; its day count is no code`, () => {
      const e = explainCode(paste);
      expect(e.input.code).toBe('licensing-mode-not-configured');
      expect(e.paste?.language).toBe(language);
      expect(e.paste?.parts.map((p) => p.table)).toEqual(['sentence']);
      expect(causeIds(paste)).toEqual(causeIds('Remote Desktop licensing mode is not configured'));
      expect(e.notes.join('\n')).toMatch(/machine translation/);
      expect(sentenceIds(nearMiss), nearMiss).not.toContain('licensing-mode-not-configured');
    });
});

describe("the client's licence dialogs: invalid format, not renewed", () => {
  it('each is read as its disconnect reason, with the cached licence or the CALs as its causes', () => {
    const invalid = explainCode(
      'Remote Desktop Connection\nThe remote session was disconnected because the Remote Desktop client access license stored on this computer is in an invalid format.',
    );
    expect(invalid.input.code).toBe('license-invalid-format');
    expect(invalid.likelyCauses[0]?.causeId).toBe(licensingClientCache.id);
    const renewed = explainCode(
      "The remote session was disconnected because the local computer's client access license could not be upgraded or renewed. Please contact the server administrator.",
    );
    expect(renewed.input.code).toBe('license-cant-upgrade');
    expect(renewed.likelyCauses.map((c) => c.causeId)).toEqual(
      expect.arrayContaining([licensingClientCache.id, licensingCalUnavailable.id]),
    );
  });
  it.each([
    'The Office license could not be upgraded to the new version.',
    'The client access license stored on this computer is in a valid format.',
  ])(
    "near misses: another product's licence that could not be upgraded, a licence file in a valid format: %s",
    (paste) => {
      expect(sentenceIds(paste), paste).toEqual([]);
    },
  );
});

describe("RD Licensing's 60-minute soft-enforcement warning", () => {
  it.each([
    'There is a problem with your Remote Desktop license, and your session will be disconnected in 60 minutes. Contact your system administrator to fix this problem.',
    'users get "there is a problem with your remote desktop licence and your session will be disconnected in 60 minutes" every hour',
    'Your session will be disconnected in 60 minutes - Remote Desktop license problem',
  ])('is read as the license server problem it states, with its page: %s', (paste) => {
    const e = explainCode(paste);
    expect(e.other?.name, paste).toBe('license-soft-enforcement-60-minutes');
    expect(e.other?.meaning, paste).toMatch(/soft enforcement/);
    expect(e.other?.source, paste).toContain('your-session-will-be-disconnected-in-60-minutes');
    expect(e.likelyCauses[0]?.causeId, paste).toBe(licensingServerUnavailable.id);
    // 60 is minutes, never looked up as a code.
    expect(
      e.paste?.parts.every((p) => p.table === 'sentence'),
      paste,
    ).toBe(true);
  });

  it('near miss: a 60-minute idle warning that names no license', () => {
    expectRefused('Your session will be disconnected in 60 minutes because of inactivity');
  });

  it('the security-error dialog is answered with a stated meaning', () => {
    const e = explainCode('Because of a security error, the client could not connect to the remote computer.');
    expect(e.other?.name).toBe('security-error');
    expect(e.other?.meaning).toMatch(/security layer/);
  });
});

describe('the licensing-protocol dialog', () => {
  it("states the client's cached licence first (disconnect reason 2056's text), the extended code's causes after", () => {
    const e = explainCode(
      'Remote Desktop Connection\n\nThe remote computer disconnected the session because of an error in the licensing protocol.\n\nOK',
    );
    expect(e.likelyCauses[0]?.causeId).toBe(licensingClientCache.id);
  });
});

describe("the RD Licensing Diagnoser's within-grace message", () => {
  it('no license server while still in grace: the license server unavailable, the grace said', () => {
    const e = explainCode(
      'RD Licensing Diagnoser Information\nRemote Desktop Session Host server is within its grace period, but the RD Session Host server has not been configured with any license server.',
    );
    expect(e.likelyCauses[0]?.causeId).toBe(licensingServerUnavailable.id);
    expect(e.summary).toMatch(/still runs in its 120-day licensing grace period/);
  });
  it('near miss: the expired form stays the grace period over', () => {
    const e = explainCode(
      "The grace period for the Remote Desktop Session Host server has expired, but the RD Session Host server hasn't been configured with any license servers.",
    );
    expect(e.likelyCauses[0]?.causeId).toBe(licensingGraceExpired.id);
  });
});
