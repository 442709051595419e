/**
 * Chinese (traditional) (issue 60, round 16): the Remote Desktop dialogs as Microsoft's zh-tw pages word them, in the
 * shape of localized.ts (`LocalizedWording`, spread into its LOCALIZED_SENTENCES), each naming the English sentence of
 * sentences.ts it is the translation of, so its meaning, code and causes are that sentence's.
 *
 * Sources, both machine translations (`ms.translationtype: MT`: Windows' own words may differ, and the answer says
 * so), never a translation of ours:
 * - "Troubleshooting specific RDP error messages to a Windows VM in Azure", zh-tw (azure-docs.zh-tw): the licensing,
 *   name, LSA, credentials and "can't connect" dialogs. The page words two of them twice (its list and its heading
 *   translated apart): both wordings are kept.
 * - "System Error Codes (1700-3999)", zh-tw (win32-pr.zh-tw): ERROR_ACCOUNT_LOCKED_OUT's text (1909).
 * - "System Error Codes (1300-1699)", zh-tw (win32-pr.zh-tw): ERROR_ACCOUNT_DISABLED's text (1331; round 20), the
 *   disabled-account dialog's meaning. (ERROR_PASSWORD_EXPIRED's, "此帳戶的密碼已過期。", is too short a quote for
 *   the table's rule on a Microsoft page's wording: left out.)
 * - "Users can't authenticate or must authenticate twice", zh-HK (round 26): the restricted-logon-type dialog, in
 *   traditional characters. The page's metadata was not read: it is marked machine-translated, so the answer says
 *   Windows' own words may differ.
 * - Round 30: windowsserverdocs.zh-tw "Remote Desktop client disconnects and can't reconnect to the same session" (the
 *   security-error dialog), "Set up the Remote Desktop web client" (the unexpected-certificate message) and "On
 *   connecting, user receives 'Remote Desktop Service is currently busy'" (the busy message; human-translated).
 *
 * Traditional characters are not folded into simplified ones: a paste in either script is read by its own wordings.
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import { type LocalizedWording, type Page, wordingIn } from './localized-wording.js';

const SPECIFIC: Page = {
  url: 'https://docs.microsoft.com/zh-tw/azure/virtual-machines/troubleshooting/troubleshoot-specific-rdp-errors',
  file: 'azure-docs.zh-tw articles/virtual-machines/troubleshooting/troubleshoot-specific-rdp-errors.md',
  machineTranslated: true,
};
const SYSTEM_ERRORS_1300: Page = {
  url: 'https://docs.microsoft.com/zh-tw/windows/win32/debug/system-error-codes--1300-1699-',
  file: 'win32-pr.zh-tw desktop-src/Debug/system-error-codes--1300-1699-.md',
  machineTranslated: true,
};
const SYSTEM_ERRORS_1700: Page = {
  url: 'https://docs.microsoft.com/zh-tw/windows/win32/debug/system-error-codes--1700-3999-',
  file: 'win32-pr.zh-tw desktop-src/Debug/system-error-codes--1700-3999-.md',
  machineTranslated: true,
};

const CANNOT_AUTHENTICATE: Page = {
  url: 'https://docs.microsoft.com/zh-hk/windows-server/remote/remote-desktop-services/troubleshoot/cannot-authenticate-or-must-authenticate-twice',
  file: 'the zh-HK rendering of MicrosoftDocs/windowsserverdocs WindowsServerDocs/remote/remote-desktop-services/troubleshoot/cannot-authenticate-or-must-authenticate-twice.md',
  machineTranslated: true,
};

/** Windows Server "Remote Desktop client disconnects and can't reconnect to the same session", zh-tw. */
const RECONNECT: Page = {
  url: 'https://docs.microsoft.com/zh-tw/windows-server/remote/remote-desktop-services/troubleshoot/rdp-client-disconnects-cannot-reconnect-same-session',
  file: 'windowsserverdocs.zh-tw WindowsServerDocs/remote/remote-desktop-services/troubleshoot/rdp-client-disconnects-cannot-reconnect-same-session.md (public copy tszlong/windowsserverdocs.zh-tw)',
};
/**
 * Windows Server "On connecting, user receives 'Remote Desktop Service is currently busy' message", zh-tw (translated
 * by people: `ms.translationtype: HT`).
 */
const BUSY: Page = {
  url: 'https://docs.microsoft.com/zh-tw/windows-server/remote/remote-desktop-services/troubleshoot/remote-desktop-service-currently-busy',
  file: 'windowsserverdocs.zh-tw WindowsServerDocs/remote/remote-desktop-services/troubleshoot/remote-desktop-service-currently-busy.md (public copy tszlong/windowsserverdocs.zh-tw)',
};
/** Windows Server "Set up the Remote Desktop web client for your users", zh-tw (its troubleshooting section). */
const WEB_CLIENT: Page = {
  url: 'https://docs.microsoft.com/zh-tw/windows-server/remote/remote-desktop-services/clients/remote-desktop-web-client-admin',
  file: 'windowsserverdocs.zh-tw WindowsServerDocs/remote/remote-desktop-services/clients/remote-desktop-web-client-admin.md ("如果使用者可以獲得「已收到未預期的伺服器驗證憑證」錯誤訊息…")',
  machineTranslated: true,
};

const wording = wordingIn('zh-TW');

export const TRADITIONAL_CHINESE_WORDINGS: readonly LocalizedWording[] = [
  // The heading, then the page's list item (translated apart).
  wording(
    'no-license-servers',
    '遠端工作階段中斷，因為沒有提供授權的遠端桌面授權伺服器可以使用。',
    ['遠端工作階段中斷', '遠端桌面授權伺服器'],
    SPECIFIC,
  ),
  wording(
    'no-license-servers',
    '遠端會話已中斷連線，因為沒有可用的遠端桌面許可證伺服器來提供許可證',
    ['遠端會話已中斷連線', '遠端桌面許可證伺服器'],
    SPECIFIC,
  ),
  wording('cannot-find-computer', '遠端桌面找不到電腦「名稱」。', ['遠端桌面找不到電腦'], SPECIFIC),
  wording('lsa-cannot-be-contacted', '發生驗證錯誤。 無法連絡本機安全性授權。', ['無法連絡本機安全性授權'], SPECIFIC),
  // Its heading ("您的認證無法運作") and its list item ("您的憑據不起作用").
  wording(
    'credentials-did-not-work',
    'Windows 安全性錯誤：您的認證無法運作。',
    [['您的認證無法運作', '您的憑據不起作用']],
    SPECIFIC,
  ),
  wording('cannot-connect-generic', '這部電腦無法連線到遠端電腦。', ['這部電腦無法連線到遠端電腦'], SPECIFIC),
  wording(
    'account-locked',
    '參考的帳戶目前已被鎖定，而且可能無法登入。',
    ['參考的帳戶目前已被鎖定'],
    SYSTEM_ERRORS_1700,
  ),
  wording(
    'restricted-logon-type',
    '遠端桌面連線:系統管理員已限制您可能使用的登入 (網路或互動式) 類型。 如需協助,請連絡您的系統管理員或技術支援。',
    ['系統管理員已限制您可能使用的登入'],
    CANNOT_AUTHENTICATE,
  ),
  wording('account-disabled', '此使用者無法登入，因為此帳戶目前已停用。', ['此帳戶目前已停用'], SYSTEM_ERRORS_1300),
  // Round 30: the security-error dialog as "Remote Desktop client disconnects and can't reconnect to the same session"
  // quotes it (its first wording, the terminal server's), and the unexpected-certificate message the web client's
  // administration page names.
  wording(
    'security-error',
    '由於安全性錯誤，用戶端無法連線到終端機伺服器。 請確定您已登入網路，然後再次嘗試連線。',
    ['由於安全性錯誤，用戶端無法連線'],
    RECONNECT,
  ),
  wording('unexpected-server-certificate', '已收到未預期的伺服器驗證憑證', ['未預期的伺服器驗證憑證'], WEB_CLIENT),
  // The busy message as that page quotes it (its RDSH memory-leak section).
  wording(
    'busy',
    '無法完成您嘗試執行的工作，因為遠端桌面服務目前忙碌中。 請等候一段時間後再試一次。 其他使用者應仍能登入。',
    ['遠端桌面服務目前忙碌中'],
    BUSY,
  ),
];
