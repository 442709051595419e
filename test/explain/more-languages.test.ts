/**
 * Round 23's rows in more languages (issue 60), the first and last of each kind (the whole sweep:
 * more-languages-rest.test.ts): Windows' and vendors' wordings of the dialogs (tables/languages/localized-more-wordings.ts),
 * users' words for a concept (tables/own-words/described-languages.ts), and an unknown failure status inside the
 * "authentication error" dialog, read by the dialog.
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { UNEXPLAINED } from '../../patterns/index.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { DESCRIBED_LANGUAGE_WORDS } from '../../src/explain/tables/own-words/described-languages.js';
import { MORE_WORDINGS } from '../../src/explain/tables/languages/localized-more-wordings.js';
import { SYMPTOM_CONCEPTS } from '../../src/explain/tables/own-words/described-symptoms.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';
import { expectLanguageWords, expectMoreWording } from '../helpers/more-languages.js';

const ends = <T>(rows: readonly T[]): T[] => [rows[0] as T, rows[rows.length - 1] as T];

describe('round 23: more languages', () => {
  it.each(ends(MORE_WORDINGS).map((w) => [`${w.language} ${w.sentence}`, w] as const))('%s', (_, w) =>
    expectMoreWording(w),
  );

  it.each(ends(DESCRIBED_LANGUAGE_WORDS).map((r) => [`${r.language} ${r.concept}`, r] as const))('%s', (_, r) =>
    expectLanguageWords(r),
  );

  it("reads Windows' own Russian wording where the win32 page translates it otherwise", () => {
    // As a Russian RDP Wrapper guide quotes the dialog (the win32 page: "Число подключений … сейчас используются").
    const paste =
      'Число разрешенных подключений к этому компьютеру ограничено и все подключения уже используются. Попробуйте подключиться позже или обратитесь к системному администратору.';
    expect(sentenceIds(paste)).toContain('connections-in-use');
    expect(sentenceIds('Число подключений к этому серверу ограничено лицензией')).toEqual([]);
  });

  it("leaves Splashtop's row of the user's own sign-out, and its own codes, unread as a failure", () => {
    // 0x0001000C: "the disconnection was initiated by the user logging off the session on the server".
    const paste = '0x0001000C | 切断は、ユーザーがサーバー上のセッションをログオフすることによって開始されました。';
    expect(sentenceIds(paste)).toEqual([]);
    expect(causeIds(paste).filter((id) => id !== UNEXPLAINED)).toEqual([]);
  });

  it("reads round 25's dialogs in the pages' own words, and not their near misses", () => {
    const read: [string, string][] = [
      [
        'Podłączanie pulpitu zdalnego: administrator systemu ograniczył typ logowania (sieć lub interakcyjny), którego można użyć.',
        'restricted-logon-type',
      ],
      ['“初めてログオンする前にパスワードを変更する必要があります。”', 'password-expired'],
      [
        'RDP verbinding verboken!\n2056 De externe computer heeft de sessie beëindigd vanwege een fout in het licentieprotocol.',
        'licensing-protocol-error',
      ],
      [
        'Outro usuário está conectado. Se você continuar, o usuário será desconectado. Você quer se conectar mesmo assim?',
        'another-user-signed-in',
      ],
    ];
    for (const [paste, id] of read) expect(sentenceIds(paste), paste).toContain(id);
    // Near misses: the same first words about something else.
    const unread: [string, string][] = [
      ['Administrator systemu ograniczył dostęp do Panelu sterowania.', 'restricted-logon-type'],
      ['更新をインストールする前にパスワードを変更する必要があります。', 'password-expired'],
      ['De externe computer heeft de sessie beëindigd.', 'licensing-protocol-error'],
      ['Outro usuário está conectado à rede Wi-Fi.', 'another-user-signed-in'],
    ];
    for (const [paste, id] of unread) expect(sentenceIds(paste), paste).not.toContain(id);
  });

  it('reads the symptom of "Remote Desktop disconnects frequently in Azure VM" in its translations, not a download', () => {
    // The article's Symptom as its it-it, fr-fr, pt-br and es-es pages word it (described-languages.ts).
    const drop = SYMPTOM_CONCEPTS.find((c) => c.id === 'disconnects')?.causes[0];
    for (const paste of [
      'Si riscontrano problemi di connettività RDP intermittenti durante le sessioni. Inizialmente è possibile connettersi alla macchina virtuale, ma poi la connessione si interrompe.',
      'Vous rencontrez des problèmes intermittents de connectivité RDP au cours de vos sessions. Vous pouvez vous connecter à la machine virtuelle dans un premier temps, mais ensuite la connexion tombe.',
      'Você enfrenta problemas de conectividade RDP intermitentes durante suas sessões. Inicialmente, você pode se conectar à VM, mas, em seguida, a conexão cair.',
      'Se enfrenta a problemas de conectividad intermitentes de RDP durante las sesiones. Inicialmente puede conectarse a la máquina virtual, pero después se pierde la conexión.',
    ])
      expect(causeIds(paste)[0], paste).toBe(drop);
    // Near misses: the same words of a download, no Remote Desktop word.
    for (const paste of [
      'Durante il download la connessione si interrompe.',
      'Pendant le téléchargement la connexion tombe.',
    ])
      expect(causeIds(answerOrRefused(paste)), paste).not.toContain(drop);
  });

  it("reads the RDP port not open in the network security group in the Azure article's languages, not another port", () => {
    // The Symptom of "Cannot connect remotely to a VM because RDP port is not enabled in NSG" (described-languages.ts).
    const firewall = SYMPTOM_CONCEPTS.find((c) => c.id === 'firewall-port')?.causes[0];
    for (const paste of [
      'You cannot make an RDP connection to a VM in Azure because the RDP port is not opened in the network security group.',
      'Sie können keine RDP-Verbindung mit einer VM in Azure herstellen, weil der RDP-Port in der Netzwerksicherheitsgruppe nicht geöffnet ist.',
      'Vous ne pouvez pas établir de connexion RDP à une machine virtuelle dans Azure, car le port RDP n’est pas ouvert dans le groupe de sécurité réseau.',
      'No puede establecer una conexión RDP a una VM en Azure porque el puerto RDP no está abierto en el grupo de seguridad de red.',
      'Non è possibile stabilire una connessione RDP a una macchina virtuale in Azure perché la porta RDP non è aperta nel gruppo di sicurezza di rete.',
    ])
      expect(causeIds(paste)[0], paste).toBe(firewall);
    // Near misses: another service's port, no Remote Desktop word.
    for (const paste of [
      'The SQL port is not opened in the network security group.',
      'El puerto SQL no está abierto en el grupo de seguridad de red.',
    ])
      expect(causeIds(answerOrRefused(paste)), paste).not.toContain(firewall);
  });

  it('reads an unknown failure status in the "authentication error" dialog by the dialog, in any language', () => {
    // The ActiveX control's form, as Microsoft's zh-cn Cloud Services FAQ quotes it ("发生身份验证错误（代码：0x80004005）"),
    // with a status no table holds.
    expect(explainCode('Code: 0x8001010A').summary).toMatch(/not in our tables/);
    for (const paste of [
      'An authentication error has occurred (Code: 0x8001010A).',
      '收到以下错误：发生身份验证错误（代码：0x8001010A）',
    ]) {
      const e = explainCode(paste);
      expect(e.likelyCauses[0]?.causeId, paste).toBe(credsspNla.id);
      expect(e.summary, paste).toMatch(/^Code 0x8001010A .*not in our tables/);
    }
    // Near misses: the same status without the dialog's title, or in another product's error, is still unknown.
    expect(causeIds('Outlook: An error has occurred (Code: 0x8001010A).')).not.toContain(credsspNla.id);
    expect(causeIds('0x8001010A')).toEqual([UNEXPLAINED]);
  });
});
