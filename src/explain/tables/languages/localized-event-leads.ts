/**
 * Event descriptions in the languages Windows writes them (round 33, r33-h65c): the first paragraph of an event's
 * message (its lead, the part before its fields) as a localized Windows writes it, for the events of the event table
 * (src/model/events.ts) users paste most. Windows renders a description in the system's language, and users paste it so
 * ("リモートデスクトップ サービス: セッション ログオンに成功しました。"); read by pasted-event-leads.ts as that event,
 * exactly as its English text is (pasted-description.ts).
 *
 * Each wording only from a page that quotes it as Windows wrote it (`source`): Microsoft's own UI-string catalog
 * (uitranslation.com, the strings of Windows' message tables by language), a user's write-up quoting their Event Viewer,
 * a SIEM vendor's parser keyed on the text. `%1`… stands for a field the event fills in (a listener's name). A cell no
 * page quotes stays empty (the round's report lists them).
 *
 * `alone`: the lead names Remote Desktop itself ("Remote Desktop Services: …" in the language) or its listener, so it
 * stands for its event pasted by itself, as the English one does; any other lead ("An account failed to log on.", which a web application may print too) is
 * read only with the event's fields after it, as the English lead is (MIN_LEAD_LETTERS in pasted-description.ts).
 */
import type { LocalizedLanguage, Page } from './localized-wording.js';

export interface LocalizedEventLead {
  /** The event's provider and id, as its row in src/model/events.ts names them. */
  readonly provider: string;
  readonly id: number;
  readonly language: LocalizedLanguage;
  /** The lead as the page quotes it; `%1`… a field's value. */
  readonly lead: string;
  /** The lead names Remote Desktop or its listener: read pasted alone, without the event's fields after it. */
  readonly alone?: true;
  readonly source: Page;
}

const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';
const LSM = 'Microsoft-Windows-TerminalServices-LocalSessionManager';
const SECURITY = 'Microsoft-Windows-Security-Auditing';

/** A German write-up of RDP forensics quoting its own Event Viewer (RemoteConnectionManager's 261 and 1149). */
const KB_VAULT_RDP: Page = {
  url: 'https://github.com/Explie/kb-vault53/blob/HEAD/src/docs/source/forensics/RDP.rst',
  file: 'not a Microsoft page: a German admin\'s forensics notes ("Analysing Remote Desktop Protocol (RDP) usage for Windows Hosts"), quoting RemoteConnectionManager\'s events 261 and 1149 from a German Windows',
  publicQuote: { also: [] },
};

/** Microsoft's UI-string catalog: 4624's message (term f2e6c8c48566) in each language's Windows. */
const uiTranslation4624 = (lang: string): Page => ({
  url: `https://uitranslation.com/?lang=${lang}&term=f2e6c8c48566`,
  file: `not a Microsoft page: uitranslation.com, a catalog of the strings of Microsoft's products by language; the ${lang} string of Security 4624's message (its lead, then its fields)`,
  publicQuote: { also: [] },
});

/**
 * A Japanese Windows Server site listing the Security log's logon and logoff events by id and description (4624,
 * 4625, 4634, 4647), as its Event Viewer screenshots show them.
 */
const WIN2012R2_LOGON_HISTORY: Page = {
  url: 'https://win2012r2.com/2023/04/05/log-on-log-off-history',
  file: 'not a Microsoft page: a Japanese Windows Server site listing the Security log\'s logon and logoff events by id and description ("4624: アカウントが正常にログオンしました。", "4625: アカウントのログオンに失敗しました。", "4634: アカウントがログオフされました。", "4647: ユーザーが開始したログオフ。")',
  publicQuote: { also: [] },
};

/**
 * The catalog's 4624 with its "Impersonation Level" field (term dd34e3b95621, Windows 7 / Server 2008 R2 and later):
 * the same lead, the field block one line longer.
 */
const uiTranslation4624Impersonation = (lang: string): Page => ({
  url: `https://uitranslation.com/Images/images/?lang=${lang}&term=dd34e3b95621`,
  file: `not a Microsoft page: uitranslation.com, a catalog of the strings of Microsoft's products by language; the ${lang} string of Security 4624's message with its Impersonation Level field (its lead, then its fields)`,
  publicQuote: { also: [] },
});

export const LOCALIZED_EVENT_LEADS: readonly LocalizedEventLead[] = [
  {
    provider: RCM,
    id: 1149,
    language: 'de',
    lead: 'Remotedesktopdienste: Die Benutzerauthentifizierung war erfolgreich:',
    alone: true,
    source: KB_VAULT_RDP,
  },
  {
    provider: RCM,
    id: 261,
    language: 'de',
    lead: 'Listener %1 hat eine Verbindung empfangen.',
    alone: true,
    source: KB_VAULT_RDP,
  },
  {
    provider: LSM,
    id: 21,
    language: 'ja',
    // The write-up spells "リモートデスクトップ" without the space Microsoft's Japanese style puts in it: the reader
    // reads Japanese without its spaces, so either spelling is this lead.
    lead: 'リモートデスクトップ サービス: セッション ログオンに成功しました。',
    alone: true,
    source: {
      url: 'https://ssmshibata.wp.xdomain.jp/?p=878',
      file: 'not a Microsoft page: a Japanese admin\'s blog ("ログオンの履歴を監視する方法 <ログオン編>") quoting LocalSessionManager 21 from Windows Server 2008 R2 and Windows 10, local and Remote Desktop logons',
      publicQuote: { also: [] },
    },
  },
  {
    provider: SECURITY,
    id: 4624,
    language: 'ja',
    lead: 'アカウントが正常にログオンしました。',
    source: {
      ...uiTranslation4624('ja'),
      publicQuote: { also: ['https://win2012r2.com/2023/04/05/log-on-log-off-history'] },
    },
  },
  {
    provider: SECURITY,
    id: 4624,
    language: 'de',
    lead: 'Ein Konto wurde erfolgreich angemeldet.',
    source: {
      ...uiTranslation4624('de-de'),
      url: 'https://uitranslation.com/~/Admin/images/?lang=de-de&term=f2e6c8c48566',
    },
  },
  {
    provider: SECURITY,
    id: 4625,
    language: 'ja',
    lead: 'アカウントがログオンに失敗しました。',
    source: {
      url: 'https://github.com/ExabeamLabs/Content-Doc/blob/HEAD/DataSources/Microsoft/Microsoft_Windows/Parsers/parserContent_s-4625-jp.md',
      file: "not a Microsoft page: Exabeam's parser s-4625-jp for Japanese Windows, keyed on 4625's lead (its Conditions) and reading its Japanese field labels",
      publicQuote: { also: [] },
    },
  },
  {
    provider: SECURITY,
    id: 4625,
    language: 'ja',
    // Another Windows release's wording of the same lead ("のログオン" for "がログオン"), as a Japanese admin's page
    // lists the Security log's logon events (its 4624 is the catalog's wording above).
    lead: 'アカウントのログオンに失敗しました。',
    source: WIN2012R2_LOGON_HISTORY,
  },
  {
    provider: SECURITY,
    id: 4624,
    language: 'it',
    lead: 'Accesso di un account riuscito.',
    source: uiTranslation4624Impersonation('it'),
  },
  {
    provider: SECURITY,
    id: 4624,
    language: 'es',
    lead: 'Se inició sesión correctamente en una cuenta.',
    source: uiTranslation4624Impersonation('es-es'),
  },
  {
    provider: LSM,
    id: 23,
    language: 'ja',
    // The same admin's follow-up post (logoffs), quoting LSM 23 as their Event Viewer showed it; spelled as its 21.
    lead: 'リモートデスクトップ サービス: セッション ログオフに成功しました。',
    alone: true,
    source: {
      url: 'https://ssmshibata.wp.xdomain.jp/2015/04/10/%e3%83%ad%e3%82%b0%e3%82%aa%e3%83%b3%e3%81%ae%e5%b1%a5%e6%ad%b4%e3%82%92%e7%9b%a3%e8%a6%96%e3%81%99%e3%82%8b%e6%96%b9%e6%b3%95%e3%80%80%ef%bc%9c%e3%83%ad%e3%82%b0%e3%82%aa%e3%83%95%e7%b7%a8%ef%bc%9e',
      file: 'not a Microsoft page: a Japanese admin\'s blog ("ログオンの履歴を監視する方法 <ログオフ編>") quoting LocalSessionManager 23 after a local and a Remote Desktop logoff',
      publicQuote: { also: [] },
    },
  },
  {
    provider: SECURITY,
    id: 4634,
    language: 'ja',
    lead: 'アカウントがログオフされました。',
    source: WIN2012R2_LOGON_HISTORY,
  },
  {
    provider: SECURITY,
    id: 4647,
    language: 'ja',
    lead: 'ユーザーが開始したログオフ。',
    source: WIN2012R2_LOGON_HISTORY,
  },
  {
    provider: SECURITY,
    id: 4625,
    language: 'ko',
    lead: '계정을 로그온하지 못했습니다.',
    source: {
      url: 'https://www.decteng.com/?p=619',
      file: 'not a Microsoft page: a Korean write-up ("로그온 실패 원인 파악 및 계정 잠금 해제 방법 : 윈도우 이벤트 ID 4625") quoting a whole Korean 4625 from its Event Viewer, its lead then "주체: 보안 ID: …", Status 0xC000006D, Sub Status 0xC000006A',
      publicQuote: { also: [] },
    },
  },
];
