/**
 * Japanese dialogs of the Remote Desktop client that no Microsoft ja-jp page quotes (issue 60, round 21), in the shape
 * of localized.ts (`LocalizedWording`, spread into its LOCALIZED_SENTENCES), each naming the English sentence of
 * sentences.ts (here client-error-texts.ts's) it is the translation of, so its meaning, code and causes are that
 * sentence's.
 *
 * - Disconnect reason 4359 (WorkstationRestriction), "The system administrator has limited the computers you can log
 *   on with": as a Japanese blog quotes the "リモート デスクトップ接続" dialog its writer met. One page only
 *   (`publicQuote`, `also` empty: the answer says so). Read by the dialog's first sentence, which names the
 *   administrator limiting the computers one can sign in from; another service's "the devices you can sign in from
 *   are limited" (端末が…制限されています) is not it.
 *
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import { type LocalizedWording, wordingIn } from './localized-wording.js';

const ja = wordingIn('ja');

export const JAPANESE_DIALOG_WORDINGS: readonly LocalizedWording[] = [
  ja(
    'client-text-4359',
    'ログインできるコンピューターがシステム管理者により制限されています。別のコンピューターにログインしてみてください。',
    ['ログインできるコンピューターがシステム管理者により制限されています'],
    {
      url: 'https://www.haruru29.net/blog/rdp-nla-error/',
      file: 'not a Microsoft page: a Japanese blog quoting the Remote Desktop Connection dialog it met (2018)',
      publicQuote: { also: [] },
    },
  ),
];
