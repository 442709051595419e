/**
 * The account said not to be a member of the Remote Desktop Users group, in the languages whose Microsoft page quotes
 * the message (issue 60, round 29): Azure Virtual Desktop's "Troubleshoot Windows 7 virtual machines" lists the two
 * messages a user outside that group sees, "This user is not a member of the Remote Desktop User group" and "You must
 * be granted permissions to log on through Remote Desktop Services", and its localized copies print them in the
 * language. Each row adds the group's name in the language with its "is not a member" to the concept of the account
 * without the right to sign in through Remote Desktop (described-connection.ts `no-logon-right`, English "not a member
 * of the remote desktop users"), so that its causes, its gates (a paste about Remote Desktop, no other product) and
 * its negations are that concept's.
 */
import type { LanguageWords } from './described-languages.js';

/** The article's copy in a language (github.com/<repo>/…/virtual-desktop/troubleshoot-windows-7-vm.md). */
const WIN7_VM = (repo: string, quoted: string) =>
  `Microsoft Learn "Troubleshoot Windows 7 virtual machines in Windows Virtual Desktop" in the language (https://github.com/${repo}/blob/HEAD/articles/virtual-desktop/troubleshoot-windows-7-vm.md: ${quoted}; its fix: add the user to the Remote Desktop Users group)`;

export const MEMBERSHIP_WORDS: readonly LanguageWords[] = [
  {
    concept: 'no-logon-right',
    language: 'hu',
    words: 'nem tagja a távoli asztal felhasználói csoport*',
    nearMiss: 'Ez a felhasználó nem tagja a Marketing csoportnak (another group: no reading)',
    source: WIN7_VM(
      'tsunami416604/azure-docs.hu-hu',
      '"Ez a felhasználó nem tagja a Távoli asztal felhasználói csoportnak"',
    ),
  },
  {
    concept: 'no-logon-right',
    language: 'tr',
    words: 'masaüstü kullanıcı grubunun bir üyesi değil*|masaüstü kullanıcıları grubunun bir üyesi değil*',
    nearMiss: 'Bu kullanıcı, Yöneticiler grubunun bir üyesi değil (another group: no reading)',
    source: WIN7_VM('PEXANE2/azure-docs.tr-tr', '"Bu Kullanıcı, uzak masaüstü Kullanıcı grubunun bir üyesi değil"'),
  },
  {
    concept: 'no-logon-right',
    language: 'ko',
    words: '원격 데스크톱 사용자 그룹의 구성원이 아닙*|원격 데스크톱 사용자 그룹의 멤버가 아닙*',
    nearMiss: '이 사용자는 관리자 그룹의 구성원이 아닙니다 (another group: no reading)',
    source: WIN7_VM('zoonoo/azure-docs.ko-kr', '"이 사용자는 원격 데스크톱 사용자 그룹의 구성원이 아닙니다."'),
  },
];
