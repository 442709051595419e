/**
 * Failures in the everyday words users write when no dialog is at hand (issue 60, round 28, r28-h60v): Remote Desktop
 * that "stopped working" or that they "can't remote into", another session logged off or taken when they connect,
 * "access denied", a Microsoft account that cannot sign in remotely, and Remote Desktop's switch found off. Each a
 * family of wordings read by a clause's structure (symptom-concept.ts `said`: what failed and the failure said of it),
 * with the causes a public page links it to.
 *
 * Near misses each row keeps out: another feature of a session that does not work ("the RDP clipboard doesn't work",
 * "RDP doesn't work with two monitors") is no failure to connect (`unless`); "access denied" to a file, a share or the
 * registry inside a session is that object's; a console session that "logs off" after an idle time is a time limit's;
 * a Microsoft account that signs in to the Store or Outlook names no Remote Desktop (the reader's gate); Remote Desktop
 * "off by default" states a default, not a failure. The general "cannot connect" (`cannot-connect`) is read only where
 * nothing more precise is (`fallback`).
 */
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';
import { concept, LEARN, type SymptomConcept } from './symptom-concept.js';

const RDP_TROUBLESHOOTING = `Microsoft Learn "General Remote Desktop connection troubleshooting" (${LEARN}/troubleshoot/windows-server/remote/troubleshoot-rdp-connection`;

/** Remote Desktop itself named as what fails ("RDP", "remote desktop", mstsc, "remote into"). */
const REMOTE_DESKTOP_NAMED = /\b(?:rdp|remote ?desktop(?: connection)?|mstsc|remote (?:in|into)|remoting in)\b/;

/**
 * "Can't connect" in a user's words: a verb of connecting (or reaching, accessing) after "can't" (typed with or without
 * its apostrophe), "unable to", "not able to", "failed to"; the connection said to have failed ("RDP connection
 * failed", "error connecting via RDP"); or Remote Desktop said to have stopped working.
 */
const CANNOT_CONNECT =
  /\b(?:can(?:'t|not| not| no longer)|cant|unable to|(?:not|never) (?:being )?able to|could(?:n't| not)|couldnt|won't|wont|fail(?:s|ed)? to) (?:connect|rdp|remote\w*|reach|access|get (?:in|into|through)|establish)\b|\bconnection (?:failed|fails|failure)\b|\b(?:failed|failure) to connect\b|\berror (?:while )?connecting\b|\b(?:stopped|stops|no longer|(?:does|did|do)(?:n't| not)|doesnt|didnt|dont|isn't|is not|not) work(?:s|ing)?\b|\bnot connecting\b|\bwill not connect\b|\bwon't connect\b|\b(?:no longer|not|never|isn't|aren't|wasn't|weren't) (?:be )?(?:accessible|reachable)\b|\binaccessible\b/;

/**
 * A feature inside a working session, or a sign-in, named in the clause: not the connection failing ("the RDP
 * clipboard doesn't work", "RDP doesn't work with two monitors", "can't log in over RDP": the password's concepts).
 */
const SESSION_FEATURE =
  /\b(?:clipboard|copy|paste|audio|sound|microphone|camera|webcam|printer|printing|drive redirection|usb|monitors?|multi-?mon\w*|resolution|full ?screen|scaling|keyboard|mouse|shortcut|gpu|video|slow\w*|lag\w*|black screen|password|credentials|log ?in|log ?on|login|sign ?in|licen[cs]\w*|certificate|files?|folders?|share)\b/;

/**
 * The server or the client said hardened (a security baseline, a CIS benchmark, a STIG applied; "Härtung",
 * "durcissement", "endurecimiento", the loanword "hardening" in Italian, Spanish and Portuguese): the change names the
 * protocols, cipher suites and authentication it narrowed (TLS, NLA, the security layer), more than the general
 * failure says; the general words give way to it (no cause rather than "not reached"). CIS's Windows benchmarks
 * (https://www.cisecurity.org/benchmark/microsoft_windows_server: "Require user authentication for remote connections by
 * using Network Level Authentication", "Set client connection encryption level", "Require use of specific security
 * layer for remote (RDP) connections" to SSL).
 */
export const HARDENED =
  /\bharden\w*|\bsecurity baselines?\b|\bcis (?:benchmark|baseline|hardening)\w*|\bstig\b|(?<![\p{L}])(?:härtung|gehärtet|durcissement|durci(?:r|e|s)?(?![\p{L}])|endurecimiento|endurecid|bastionado|bastionamento|zabezpieczon\p{L}* serwer|sıkılaştır|усилени\p{L}* безопасности|харденинг)|加固|ハードニング|堅牢化|강화 ?설정/u;

/**
 * The session already on the computer (the console's, the local user's, the first user's) named: the one a new
 * Remote Desktop connection ends or takes over on a computer that allows one session (KB 280828).
 */
const EXISTING_SESSION =
  /\b(?:(?:the |my |our )?(?:console|local|physical|current|existing|first|main|original|active)(?: windows)? (?:session|user|account|login|logon)s?|console|user ?1|user ?one|the first (?:one|person|user))\b/;

/** That session ended, logged off or taken ("logs off the local session", "steals the current session"). */
const SESSION_ENDED =
  /\b(?:logs? (?:off|out)|logged (?:off|out)|log-off|signs? (?:off|out)|signed (?:off|out)|(?:gets?|got|is|was|will be) (?:disconnected|kicked(?: out| off)?|locked|switched)|disconnects|steals?|stolen|takes? over|took over|(?:is|was|gets|got|been) taken(?: over)?|transferr?(?:s|ed)?|kick(?:s|ed) (?:out|off)|can no longer work|can't work)\b/;

/** A session ended for a time limit, the screen saver or sleep: the time limit's, not another connection's. */
const TIME_ENDED =
  /\b(?:idle|inactiv\w*|time ?limits?|screen ?saver|sleep\w*|hibernat\w*|after \d+ ?(?:sec\w*|min\w*|hours?))\b/;

/** Other objects refused inside a session: files, shares, the registry, a service, a tool. */
const OTHER_OBJECT_DENIED =
  /\b(?:files?|folders?|shares?|drives?|registry|regedit|keys?|services?|install\w*|powershell|cmd|command|script|wmi|winrm|event ?log|task|printer|clipboard|copy\w*|delet\w*|writ\w*|sav\w*|open\w*|run\w*|path|directory|website|web ?site|page|url|api)\b/;

export const DESCRIBED_EVERYDAY: readonly SymptomConcept[] = [
  {
    // The general words: Remote Desktop named and said not to connect or to have stopped working, nothing else said.
    // The listener, its port, a firewall, Remote Desktop turned off or the computer not reached: the causes the
    // troubleshooting page checks first when a client cannot connect at all.
    ...concept(
      'cannot-connect',
      'Remote Desktop not connecting at all (said in general words: the listener, its port, a firewall, Remote Desktop turned off or the computer not reached are the usual causes)',
      [networkUnreachable],
      `${RDP_TROUBLESHOOTING}: when the client cannot connect, check that Remote Desktop is enabled, the RDP listener and its port, and the firewall); ${LEARN}/troubleshoot/windows-server/remote/remote-desktop-disconnected (KB 2477023: "Remote Desktop can't connect to the remote computer": remote access not enabled, the computer off, not available on the network)`,
      {
        en: "can't remote into|cannot remote into|can not remote into|cant remote into|unable to remote into|couldn't remote into|could not remote into|can't remote in|cannot remote in|unable to remote in|not able to remote into|not able to remote in",
      },
      "can't remote into|cannot remote into|can not remote into|cant remote into|unable to remote into|couldn't remote into|could not remote into|can't remote in|cannot remote in|unable to remote in|not able to remote into|not able to remote in",
    ),
    fallback: true,
    unless: SESSION_FEATURE,
    unlessInSentence: HARDENED,
    said: { subject: REMOTE_DESKTOP_NAMED, failed: CANNOT_CONNECT, unless: SESSION_FEATURE },
  },
  {
    // The session already on the computer ended or taken when someone connects: a desktop edition's one session, or
    // a server restricting each user to one session, retold ("it logs off the local session", "the console is logged
    // off when you login remotely", "it steals the current session").
    ...concept(
      'session-taken',
      'the session already on the computer (the console, the local or first user) logged off or taken over when a Remote Desktop connection signs in: one session at a time',
      [sessionLimit],
      'Microsoft KB 280828 "How Remote Desktop works with Windows XP Professional" (public copy https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/280/828.HTM: only one user can use the computer at a time, by its console or remotely; "If you continue, this user\'s Windows session will end"); Microsoft KB 302883 on "Restrict each user to one session" (public copy https://mskb.pkisolutions.com/kb/302883: the first session disconnected when the same user opens another)',
      {
        en: 'console session disconnects|console sessions disconnects|console session gets disconnected|logs off the local session|logged off the local session|logs off the console|logged off the console|console is logged off|console gets logged off|console session is logged off|local user is logged off|local session is logged off|steals the current session|steals the session|steals my session|takes over the console|took over the console|asks me to log out|asked me to log out|ask me to log out|asks me to log off|asks me to disconnect|asked me to disconnect',
      },
      // The console's own session named ended: words of Remote Desktop's session model alone.
      'console session disconnects|console sessions disconnects|console session gets disconnected|console is logged off|console gets logged off|console session is logged off|logs off the console|logged off the console|takes over the console|took over the console',
    ),
    unless: TIME_ENDED,
    said: { subject: EXISTING_SESSION, failed: SESSION_ENDED, unless: TIME_ENDED },
  },
  {
    // "Access is denied" in users' words beside Remote Desktop: the page's first cause is an account without the
    // permission to connect (not in Remote Desktop Users, or denied the right).
    ...concept(
      'access-denied',
      '"access denied" when connecting: the account without the permission to sign in through Remote Desktop',
      [authLogonRight],
      `Microsoft Learn "Troubleshooting access denied and user not authorized issues in Microsoft Remote Desktop Services" (${LEARN}/troubleshoot/windows-server/remote/troubleshooting-access-denied-and-user-not-authorized-rds-issues: "Access is denied. This error usually indicates that the user who is trying to connect doesn't have the necessary permission to access the remote server")`,
      {
        en: 'access denied|access is denied|access was denied|access has been denied|says access denied|access denied error',
      },
    ),
    unless: OTHER_OBJECT_DENIED,
  },
  {
    // A Microsoft account (an Office 365 or personal account the PC was set up with) that cannot sign in by Remote
    // Desktop: its password is not cached on the computer until the account signs in once with it (a PIN or Hello
    // sign-in never caches it), or the user name is not given as MicrosoftAccount\name@….
    ...concept(
      'microsoft-account',
      'a Microsoft account that cannot sign in by Remote Desktop: its password not yet cached on the computer (PIN or Windows Hello sign-ins), or the user name not given as MicrosoftAccount\\name@…',
      [authBadCredentials],
      'The "MSA RDP Login Helper" README (https://github.com/fire-flying/MsaRdpLoginHelper: "RDP sign-in as MicrosoftAccount\\email@example.com initially fails because the credential has not yet been cached locally") and the runas recipe that caches it (https://gist.github.com/bangonkali/ecf3861aa3ce057f8a59dc50aad8aaed: "runas /u:MicrosoftAccount\\username@example.com winver")',
      {
        en: 'microsoft account password is not cached|microsoft account credentials are not cached|rdp with a microsoft account fails|rdp with microsoft account fails',
      },
    ),
    said: {
      subject:
        /\b(?:microsoft accounts?|ms accounts?|msa accounts?|office ?365 accounts?|o365 accounts?|hotmail accounts?|live accounts?|live\.com accounts?)\b/,
      failed:
        /\b(?:can(?:'t|not| not)|cant|unable to|not able to|(?:does|did)(?:n't| not) (?:seem to )?(?:let|allow|work|accept)|doesnt|won't|wont|fail\w*|reject\w*|incorrect|wrong|not accepted|not working|no longer works?)\b/,
      unless: /\b(?:store|xbox|minecraft|outlook|teams|onedrive|email|e-mail|mail)\b/,
      sentence: true,
    },
  },
  {
    // Remote Desktop's switch found off or not staying on ("the switch button was still off", "Remote Desktop keeps
    // turning itself off", "Enable Remote Desktop is greyed out"): no listener, nothing to connect to.
    ...concept(
      'remote-desktop-switched-off',
      "Remote Desktop's setting found off, greyed out or not staying on: no listener for the client to reach",
      [networkUnreachable],
      `${LEARN}/windows-server/remote/remote-desktop-services/clients/remote-desktop-allow-access ("Enable Remote Desktop" in Settings, System, Remote Desktop); ${RDP_TROUBLESHOOTING}: Remote Desktop enabled, its policy "Allow users to connect remotely by using Remote Desktop Services")`,
      { en: 'remote desktop keeps turning off|rdp keeps turning off|remote desktop turns itself off' },
    ),
    said: {
      subject:
        /\b(?:remote ?desktop|rdp|remote acc\w*|remote connections?|enable remote desktop|(?:the )?(?:switch|toggle)(?: button)?)\b/,
      failed:
        /\b(?:(?:is|was|are|were|stays?|remains?|stayed|remained|keeps?|still|got|gets|been) (?:still |being )?(?:off|disabled|turned off|switched off|greyed out|grayed out)|turns? (?:itself )?(?:back )?off|(?:won't|will not|doesn't|does not) (?:stay|turn) on)\b/,
      unless:
        /\b(?:by default|firewall|nla|network level|screen ?saver|monitor|display|wi-?fi|bluetooth|vpn|sleep|power)\b/,
      sentence: true,
    },
  },
];
