/**
 * The client's dialogs as Azure's 2015 article "Troubleshoot Remote Desktop connections to a Windows-based Azure
 * Virtual Machine" words them in Japanese, Italian and Russian (issue 60, round 26), where its later pages ("Troubleshooting
 * specific RDP error messages", localized.ts) word them otherwise: the headings of its section "Remote Desktop
 * connection error: …", one a dialog. Same shape as localized.ts (`LocalizedWording`, spread into its
 * LOCALIZED_SENTENCES), each naming the English sentence of sentences.ts, so its meaning, code and causes are that
 * sentence's — the English dialog's reading, not the article's one cause per heading (it gives the "can't connect"
 * dialog the account's sign-in right alone; the English reading, which the client shows for many failures, stays).
 *
 * Sources: the article's files in public copies of azure-docs.<locale> (retired; ja-jp and it-it undated
 * translations, ru-ru of 07/07/2015), read at the commits named. The Italian heading drops "Remote Desktop"
 * ("Impossibile trovare il computer"), words any program may say of a computer it looks for: a `phrase`, read only in
 * a paste about Remote Desktop or holding nothing else.
 *
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import { type LocalizedWording, type Page, wordingIn } from './localized-wording.js';

const ARTICLE = 'virtual-machines-troubleshoot-remote-desktop-connections';

/** The 2015 article in a language, read in a public copy of its azure-docs.<locale> repository. */
const article2015 = (locale: string, copy: string, commit: string): Page => ({
  url: `https://docs.microsoft.com/${locale}/azure/virtual-machines/${ARTICLE}`,
  file: `azure-docs.${locale} articles/virtual-machines/${ARTICLE}.md (2015, a retired article; read in the public copy ${copy} at ${commit})`,
});

const JA = article2015('ja-jp', 'changeworld/azure-docs.ja-jp', '042990ee29430e2e6c7c5f24b380cd942254dc6d');
const IT = article2015('it-it', 'nsrau/azure-docs.it-it', '00c70655fb1ec59444b4fd3e790f9b22c0d01bfa');
const RU = article2015('ru-ru', 'myltik/azure-docs.ru-ru', '1139d018c7de9f30811f8316163e685fafb0bc78');

const ja = wordingIn('ja');
const it = wordingIn('it');
const ru = wordingIn('ru');

export const AZURE_2015_WORDINGS: readonly LocalizedWording[] = [
  // Japanese: the page keeps "Remote Desktop" in Latin letters where the later pages write リモート デスクトップ.
  ja(
    'no-license-servers',
    'ライセンスを提供する Remote Desktop ライセンス サーバーがないため、リモート セッションが切断されました。',
    ['Remote Desktop ライセンス サーバーがない', 'リモート セッションが切断されました'],
    JA,
  ),
  ja(
    'cannot-find-computer',
    'Remote Desktop は、コンピューター "name" を見つけることができません。',
    ['Remote Desktop は、コンピューター', 'を見つけることができません'],
    JA,
  ),
  {
    ...it('cannot-find-computer', 'Impossibile trovare il computer "nome".', ['Impossibile trovare il computer'], IT),
    phrase: true,
  },
  ru(
    'cannot-find-computer',
    'клиенту удаленного рабочего стола не удается найти компьютер «имя компьютера».',
    ['клиенту удаленного рабочего стола не удается найти компьютер'],
    RU,
  ),
  // Read by its own words only (`exact`): most of them ("не удалось подключить … к удаленному компьютеру") are
  // said of a printer or a disk as well.
  {
    ...ru(
      'cannot-connect-generic',
      'не удалось подключить компьютер к удаленному компьютеру.',
      ['не удалось подключить компьютер к удаленному компьютеру'],
      RU,
    ),
    exact: true,
  },
];
