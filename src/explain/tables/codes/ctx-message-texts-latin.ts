/**
 * The Remote Desktop session manager's own refusals (the Terminal Services errors ERROR_CTX_*, 7037–7064) by their
 * system message text (issue 60, round 30): the sentence Windows shows for the code, without the code, in English and
 * in the Latin-script languages whose localized Win32 page gives it. Spread into message-texts.ts' MESSAGE_TEXTS, so a
 * paste holding one is read as its code, with the cause that code's own message states (patterns/codes
 * winerror-more.ts; test/explain/near-misses-outputs.test.ts ranks them): logons switched off and another session's
 * rules (`session-limit`), the interactive logon right (`auth-logon-right`), an account restriction
 * (`auth-account-state`), the encryption level (`security-layer-mismatch`), the system licence (`licensing-grace-expired`).
 *
 * The family is the catalogue, not a page's sentences: every code of the block whose message names its own cause is
 * here in every language its page gives, the codes whose message names no cause (shadowing, the console, drive
 * mapping, 7065 and 7068, whose texts are TermDD events' descriptions read elsewhere) left out. 7045 and 7054 are
 * dialog sentences (localized-latin-dialogs.ts), and so is 7064's English text (sentences.ts
 * `xp-account-restriction`, Windows XP's dialog); 7062 and 7063 carry the user's name inside, which the whole-text
 * match of this index cannot hold.
 *
 * Sources: Microsoft Learn "System Error Codes (6000-8199)" in English (MicrosoftDocs/win32) and its localized pages
 * (MicrosoftDocs/win32-pr.de-de, win32-pr.fr-fr, win32-pr.it-it, win32-pr.es-es: the Spanish page read in its public copy
 * isabella232/win32-pr.es-es), each quoted as the page words it. The localized pages are machine translations
 * (`ms.translationtype: MT`): Windows' own words may differ, and a paste that differs is not read by the whole text
 * (message-texts.ts reads most of its words, never a negation changed).
 */
import type { LocalizedLanguage, Page } from '../languages/localized-wording.js';
import type { MessageText } from './message-texts.js';

type CtxLanguage = 'en' | Extract<LocalizedLanguage, 'de' | 'fr' | 'es' | 'it'>;

const REPO: Readonly<Record<Exclude<CtxLanguage, 'en'>, readonly [locale: string, repo: string]>> = {
  de: ['de-de', 'MicrosoftDocs/win32-pr.de-de'],
  fr: ['fr-fr', 'MicrosoftDocs/win32-pr.fr-fr'],
  it: ['it-it', 'MicrosoftDocs/win32-pr.it-it'],
  es: ['es-es', 'MicrosoftDocs/win32-pr.es-es'],
};

/** "System Error Codes (6000-8199)" in a language. */
const systemErrors6000 = (language: CtxLanguage): Page => {
  if (language === 'en')
    return {
      url: 'https://learn.microsoft.com/en-us/windows/win32/debug/system-error-codes--6000-8199-',
      file: 'MicrosoftDocs/win32 desktop-src/Debug/system-error-codes--6000-8199-.md',
    };
  const [locale, repo] = REPO[language];
  return {
    url: `https://learn.microsoft.com/${locale}/windows/win32/debug/system-error-codes--6000-8199-`,
    file: `${repo} desktop-src/Debug/system-error-codes--6000-8199-.md`,
    machineTranslated: true,
  };
};

/** Each code's text by language, as its page gives it (a language missing: its page was not read for that code). */
const CTX_TEXTS: readonly (readonly [code: string, texts: Readonly<Partial<Record<CtxLanguage, string>>>])[] = [
  [
    'ERROR_CTX_LOGON_DISABLED',
    {
      en: 'Your interactive logon privilege has been disabled. Contact your administrator.',
      de: 'Ihre berechtigung für die interaktive Anmeldung wurde deaktiviert. Wenden Sie sich an den Administrator.',
      fr: 'Votre privilège d’ouverture de session interactive a été désactivé. Contactez l’administrateur.',
    },
  ],
  [
    'ERROR_CTX_LICENSE_EXPIRED',
    {
      en: 'The system license has expired. Your logon request is denied.',
      de: 'Die Systemlizenz ist abgelaufen. Ihre Anmeldeanforderung wird abgelehnt.',
      fr: 'La licence du système a expiré. Votre demande d’ouverture de session est refusée.',
      es: 'La licencia del sistema ha expirado. Se deniega la solicitud de inicio de sesión.',
    },
  ],
  [
    'ERROR_CTX_WINSTATIONS_DISABLED',
    {
      en: 'Remote logons are currently disabled.',
      de: 'Remoteanmeldungen sind derzeit deaktiviert.',
      fr: 'Les connexions distantes sont actuellement désactivées.',
      es: 'Los inicios de sesión remotos están deshabilitados actualmente.',
      it: 'Gli account di accesso remoto sono attualmente disabilitati.',
    },
  ],
  [
    'ERROR_CTX_ENCRYPTION_LEVEL_REQUIRED',
    {
      en: 'You do not have the proper encryption level to access this Session.',
      de: 'Sie verfügen nicht über die richtige Verschlüsselungsebene für den Zugriff auf diese Sitzung.',
      fr: 'Vous ne disposez pas du niveau de chiffrement approprié pour accéder à cette session.',
      es: 'No tiene el nivel de cifrado adecuado para acceder a esta sesión.',
      it: 'Non si dispone del livello di crittografia appropriato per accedere a questa sessione.',
    },
  ],
  [
    'ERROR_CTX_ACCOUNT_RESTRICTION',
    {
      de: 'Sie können sich aufgrund einer Kontoeinschränkung nicht anmelden.',
      fr: 'Impossible de vous connecter en raison d’une restriction de compte.',
      es: 'No se puede iniciar sesión debido a una restricción de cuenta.',
      it: "Non è possibile eseguire l'accesso a causa di una restrizione dell'account.",
    },
  ],
];

export const CTX_MESSAGE_TEXTS: readonly MessageText[] = CTX_TEXTS.flatMap(([code, texts]) =>
  (Object.entries(texts) as [CtxLanguage, string][]).map(([language, text]) => ({
    code,
    language,
    text,
    source: systemErrors6000(language),
  })),
);
