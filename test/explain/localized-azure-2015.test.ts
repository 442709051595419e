/**
 * The dialogs as Azure's 2015 article "Troubleshoot Remote Desktop connections to a Windows-based Azure VM" words them
 * in Japanese, Italian and Russian, and the Japanese internal-error dialog (localized-azure-2015.ts, localized.ts;
 * issue 60, round 26; pastes in the pages' own words): each read as its English sentence with the English text's
 * causes (the "can't connect" dialog too, though the article gives it one cause); a near miss in that language, the
 * same words said of another thing, not read as it; the Italian and Japanese phrases read alone or about Remote
 * Desktop, not in another program's message.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { AZURE_2015_WORDINGS } from '../../src/explain/tables/languages/localized-azure-2015.js';
import { expectLocalizedSentence, type LocalizedCase, sentenceIds } from '../helpers/explain.js';

const LICENSE_EN =
  'The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license.';
const FIND_EN = 'Remote Desktop can\'t find the computer "vm01".';
const CANNOT_CONNECT_EN = "This computer can't connect to the remote computer. Try connecting again.";
const ARTICLE = /virtual-machines-troubleshoot-remote-desktop-connections/;

const CASES: readonly LocalizedCase[] = [
  {
    language: 'Japanese',
    paste:
      'Remote Desktop 接続エラー: ライセンスを提供する Remote Desktop ライセンス サーバーがないため、リモート セッションが切断されました。',
    sentence: 'no-license-servers',
    english: LICENSE_EN,
    nearMiss: 'ネットワークが不安定なため、リモート セッションが切断されました。',
  },
  {
    language: 'Japanese',
    paste: 'Remote Desktop 接続エラー: Remote Desktop は、コンピューター "vm01" を見つけることができません。',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: '入力されたファイルを見つけることができませんでした。',
  },
  {
    language: 'Italian',
    paste: 'Errore di connessione Desktop remoto: Impossibile trovare il computer "vm01".',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: 'Impossibile trovare il file "report.docx" sul computer.',
    damaged: 'impossibile trovare il\ncomputer “vm01”',
  },
  {
    language: 'Russian',
    paste:
      'Сообщение в окне подключения к удаленному рабочему столу: клиенту удаленного рабочего стола не удается найти компьютер «vm01».',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: 'Не удается найти компьютер в списке устройств принтера.',
  },
  {
    language: 'Russian',
    paste:
      'Сообщение в окне подключения к удаленному рабочему столу: не удалось подключить компьютер к удаленному компьютеру.',
    sentence: 'cannot-connect-generic',
    english: CANNOT_CONNECT_EN,
    nearMiss: 'Не удалось подключить принтер к удаленному компьютеру.',
  },
  {
    language: 'Japanese',
    paste: '内部エラーが発生しました',
    sentence: 'internal-error',
    english: 'An internal error has occurred.',
    nearMiss: 'ログイン処理で内部エラーが発生しました。しばらく時間をおいてから再試行してください。',
  },
];

describe('Azure 2015 article and the ja-jp internal-error page: dialogs as the English reads them', () => {
  it.each(CASES)('$language: $sentence', (c) => {
    expectLocalizedSentence(c, c.sentence === 'internal-error' ? /troubleshoot-rdp-internal-error/ : ARTICLE);
  });

  it('the phrase "Impossibile trovare il computer" is not read in another program\'s message', () => {
    const backup =
      'Backup non riuscito. Impossibile trovare il computer "nas01" nella rete. Verificare la condivisione.';
    expect(sentenceIds(backup), backup).not.toContain('cannot-find-computer');
  });

  it('every wording names the article in its own language', () => {
    for (const w of AZURE_2015_WORDINGS) {
      expect(w.source.url, w.quoted).toMatch(new RegExp(`/${w.language}-[a-z]{2}/azure/virtual-machines/`));
      expect(
        explainCode(w.quoted).paste?.parts.some((p) => p.text === w.sentence),
        w.quoted,
      ).toBe(true);
    }
  });
});
