/**
 * Korean (issue 60, round 16): the Remote Desktop dialogs as Microsoft's ko-kr pages quote them, in the shape of
 * localized.ts (`LocalizedWording`, spread into its LOCALIZED_SENTENCES), each naming the English sentence of
 * sentences.ts it is the translation of, so its meaning, code and causes are that sentence's.
 *
 * Sources, never a translation of ours:
 * - "Troubleshooting specific RDP error messages to a Windows VM in Azure", ko-kr (azure-docs.ko-kr, a human
 *   translation, `ms.translationtype: HT`): the licensing, name, LSA, credentials and "can't connect" dialogs, each a
 *   heading of the page.
 * - "Troubleshoot authentication errors when you use RDP to connect to Azure VM", ko-kr: the NLA and domain
 *   controller text and the second wording of "this computer can't connect".
 * - Azure Virtual Desktop "Troubleshoot the Remote Desktop client for Windows", ko-kr (a machine translation): the
 *   Microsoft Entra joined host's refusals, as its headings word them.
 * - Windows Server "User can't authenticate or must authenticate twice", ko-kr (windowsserverdocs.ko-kr, a human
 *   translation; round 17): the restricted-logon-type dialog it quotes, and the name it gives the CredSSP message
 *   ("CredSSP 암호화 오라클 수정", in quotes in its heading; the page quotes the dialog itself in English only).
 *
 * The words read are each heading's distinctive part. "인증 오류가 발생했습니다" ("an authentication error has
 * occurred") alone is not read: other dialogs open with it.
 *
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import { type LocalizedWording, type Page, wordingIn } from './localized-wording.js';

/** An article of Azure's "Troubleshoot virtual machines" in Korean (azure-docs.ko-kr). */
const azureVmKo = (article: string, machineTranslated: boolean): Page => ({
  url: `https://docs.microsoft.com/ko-kr/azure/virtual-machines/troubleshooting/${article}`,
  file: `azure-docs.ko-kr articles/virtual-machines/troubleshooting/${article}.md${machineTranslated ? '' : ' (HT)'}`,
  ...(machineTranslated ? { machineTranslated: true as const } : {}),
});
const SPECIFIC = azureVmKo('troubleshoot-specific-rdp-errors', false);
const AUTH = azureVmKo('troubleshoot-authentication-error-rdp-vm', true);
const AVD_CLIENT: Page = {
  url: 'https://docs.microsoft.com/ko-kr/azure/virtual-desktop/troubleshoot-client-windows',
  file: 'azure-docs.ko-kr articles/virtual-desktop/troubleshoot-client-windows.md',
  machineTranslated: true,
};

const AUTH_TWICE: Page = {
  url: 'https://docs.microsoft.com/ko-kr/windows-server/remote/remote-desktop-services/troubleshoot/cannot-authenticate-or-must-authenticate-twice',
  file: 'windowsserverdocs.ko-kr WindowsServerDocs/remote/remote-desktop-services/troubleshoot/cannot-authenticate-or-must-authenticate-twice.md (HT)',
};

/** Windows Server "Clients can't connect and see no licenses available error", ko-kr (windowsserverdocs.ko-kr, HT). */
const NO_LICENSES: Page = {
  url: 'https://docs.microsoft.com/ko-kr/windows-server/remote/remote-desktop-services/troubleshoot/rdp-error-no-licenses-available',
  file: 'windowsserverdocs.ko-kr WindowsServerDocs/remote/remote-desktop-services/troubleshoot/rdp-error-no-licenses-available.md (HT; public copy hys0/windowsserverdocs.ko-kr)',
};
const wording = wordingIn('ko');

export const KOREAN_WORDINGS: readonly LocalizedWording[] = [
  wording(
    'no-license-servers',
    '라이선스를 제공할 수 있는 원격 데스크톱 라이선스 서버가 없으므로 원격 세션이 끊겼습니다.',
    ['원격 데스크톱 라이선스 서버가 없으므로', '원격 세션이 끊겼습니다'],
    SPECIFIC,
  ),
  // The page quotes the name in quotes ("이름", or "name" in its anchor): the words around it.
  wording(
    'cannot-find-computer',
    '원격 데스크톱에서 컴퓨터 "이름"을 찾을 수 없습니다.',
    ['원격 데스크톱에서 컴퓨터', '찾을 수 없습니다'],
    SPECIFIC,
  ),
  wording(
    'lsa-cannot-be-contacted',
    '인증 오류가 발생했습니다. 로컬 보안 기관에 연결할 수 없습니다.',
    ['로컬 보안 기관에 연결할 수 없습니다'],
    SPECIFIC,
  ),
  wording(
    'credentials-did-not-work',
    'Windows 보안 오류: 자격 증명이 작동하지 않습니다.',
    ['자격 증명이 작동하지 않습니다'],
    SPECIFIC,
  ),
  wording(
    'cannot-connect-generic',
    '이 컴퓨터에서 원격 컴퓨터에 연결할 수 없습니다.',
    ['이 컴퓨터에서 원격 컴퓨터에 연결할 수 없습니다'],
    SPECIFIC,
  ),
  wording(
    'cannot-connect-generic',
    '이 컴퓨터는 원격 컴퓨터에 연결할 수 없습니다. 문제가 계속되면 원격 컴퓨터의 소유자 또는 네트워크 관리자에게 문의하여 다시 연결해 보세요.',
    ['이 컴퓨터는 원격 컴퓨터에 연결할 수 없습니다'],
    AUTH,
  ),
  wording(
    'nla-dc-unreachable',
    'NLA(네트워크 수준 인증)를 요구하기 위해 연결하려는 원격 컴퓨터이지만 NLA를 수행하기 위해 Windows 도메인 컨트롤러에 연결할 수 없습니다. 원격 컴퓨터의 관리자인 경우 시스템 속성 대화 상자의 원격 탭에 있는 옵션을 사용하여 NLA를 사용하지 않도록 설정할 수 있습니다.',
    ['NLA를 수행하기 위해 Windows 도메인 컨트롤러에 연결할 수 없습니다'],
    AUTH,
  ),
  wording(
    'device-prevented-by-account',
    '이 디바이스를 사용할 수 없도록 계정이 구성되어 있음',
    ['디바이스를 사용할 수 없도록 계정이 구성되어'],
    AVD_CLIENT,
  ),
  wording(
    'user-name-or-password-incorrect',
    '사용자 이름 또는 암호가 정확하지 않음',
    ['사용자 이름 또는 암호가 정확하지 않'],
    AVD_CLIENT,
  ),
  wording(
    'restricted-logon-type',
    '시스템 관리자가 사용자가 사용할 수 있는 로그온 유형(네트워크 또는 대화형)을 제한했습니다.',
    ['로그온 유형(네트워크 또는 대화형)을 제한했습니다'],
    AUTH_TWICE,
  ),
  // The message's name as the heading quotes it: "CredSSP" and the translated "encryption oracle remediation".
  wording('credssp-oracle', 'CredSSP 암호화 오라클 수정', ['CredSSP', '암호화 오라클 수정'], AUTH_TWICE),
  // Round 30: the security-error dialog as Windows Server's "Clients can't connect and see no licenses available error"
  // quotes it (the client cannot connect to the terminal server because of a security error).
  wording(
    'security-error',
    '보안 오류로 인해 클라이언트가 터미널 서버에 연결할 수 없습니다. 네트워크에 로그인되었는지 확인한 후 서버에 다시 연결해 보세요.',
    ['보안 오류로 인해 클라이언트가'],
    NO_LICENSES,
  ),
];
