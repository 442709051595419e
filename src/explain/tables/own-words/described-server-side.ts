/**
 * Round 31 (r31-h62c): three families of users' own words about the server's side, each read by one clause's (or
 * sentence's) structure — a term of the concept (the noun users name) and a predicate said of it — never by one
 * page's sentence, so that the next page's wording of the same failure is read too.
 *
 * - Remote Desktop's own service or listener said not running ("termserv wont stay running", "the remote desktop
 *   service does not start", "TermService … Error 1053", "the listener is not listening", "the term service is not
 *   running"): nothing accepts the connection (causes.md `network-unreachable`: "listener down"). Terms: TermService
 *   and the names users give it (termserv, term service, Remote Desktop Services, the RDP service: one table with the
 *   sentence reader of service-control.ts, service-output-said.ts); predicates: a start failed (that file's
 *   `START_FAILED`), would not stay running, not running, stopped, crashing, hung on starting, the start's service
 *   errors (1053, 1058, 1067, 1068, 1069, 1079), gone missing. The listener (RDP-Tcp) said so by the same predicates
 *   is described-connection.ts' `not-listening`.
 * - Several users said refused ("I cannot log multiple users into the desktop", "can't log more than one user at the
 *   time", "not allowing multiple connections", "a third user … met with an error"): a desktop edition's one session, a
 *   server's two administrative sessions, or "Restrict each user to a single session" (causes.md `session-limit`).
 *   Terms: more than one user, multiple users or sessions, a second or third user, users at the same time; predicates:
 *   cannot, not allowed, only one, refused, an error.
 * - A TLS version or cipher suites said narrowed or outdated on one side, beside a connection that fails ("locking down
 *   the server's ciphers … unable to connect with FreeRDP", "uses really outdated cipher suites, so failing"): client
 *   and server share no TLS version or cipher suite (causes.md `tls-protocol-mismatch`).
 *
 * - Vendors' paraphrases that state the cause in their own terms: the account said locked by the system ("Windows will
 *   temporarily lock the user account", the verb before its object, where users write "account locked"), and the
 *   cloud providers' "identity authentication" failing (their English for 身份验证错误, the CredSSP dialog's "An
 *   authentication error has occurred").
 *
 * Near misses each row keeps out (`unless`): another service than Remote Desktop's (its licensing service, the
 * gateway, the Print Spooler, Windows Update, a web or SSH server); a listener of another port or product; users
 * refused something inside their sessions (files, a printer, the clipboard, programs); ciphers changed with Remote
 * Desktop still working. Negations, successes and questions are the reader's (described-reading.ts `cancelled`).
 * Every pattern is one alternation of fixed words with bounded gaps: linear in the clause.
 */
import { authAccountState } from '../../../../patterns/auth-account-state.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';
import { tlsProtocolMismatch } from '../../../../patterns/tls-protocol-mismatch.js';
import { START_FAILED, TERMSERVICE_NAMES } from '../command-output/service-output-said.js';
import { concept, LEARN, type SymptomConcept } from './symptom-concept.js';

/**
 * Remote Desktop's service as users name it: TermService by the one table of its names (service-output-said.ts
 * `TERMSERVICE_NAMES`, which the sentence reader of service-control.ts reads too). The listener said not running is
 * described-connection.ts' concept `not-listening`, by this file's predicates.
 */
const RDP_SERVICE_TERM = new RegExp(String.raw`\b(?:${TERMSERVICE_NAMES})\b`);

/**
 * What users say of a service that is not running: its start failed (service-output-said.ts `START_FAILED`, the
 * one table of those predicates), or, beside a start, it would not run, stay up or listen, is not running or stopped,
 * crashed or hung starting, reported one of the start's service errors (winerror.h 1053, 1058, 1067, 1068, 1069,
 * 1079, the table of Learn's "Remote Desktop Services isn't starting"), or went missing from the services list.
 */
export const NOT_RUNNING = new RegExp(
  String.raw`\b(?:(?:${START_FAILED})\b|(?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not|didn'?t|did not|can'?t|cannot|can not|could not|couldn'?t|fails? to|failed to|refuses to|never) (?:run|stay (?:running|up|on|started)|come (?:back )?up|listen)\w*|(?:is|was|are|were|stays?|remains?|still|keeps?|became) (?:still )?(?:not (?:running|started|starting|listening)|stopped|stopping|crash\w*|hung|hanging|missing|gone)|not (?:running|started|listening)|keeps? (?:stopping|crashing)|crash(?:es|ed|ing)|hung on start\w*|hangs? (?:on|at|while) start\w*|terminated unexpectedly|(?:error|code) 10(?:53|58|67|68|69|79)\b|(?:missing|disappeared|gone) from (?:the )?services|went missing)`,
);

/**
 * Another service or listener than Remote Desktop's own (its licensing, gateway, broker and helper services, other
 * products' servers and ports), or a state to come: the clause is theirs.
 */
export const OTHER_SERVICE =
  /\b(?:licensing|license server|licence server|gateway|connection broker|broker|web access|usermode|port redirector|umrdp\w*|sessionenv|configuration service|spooler|print\w*|windows update|wuauserv|sql\w*|iis|apache|nginx|http\w*|web ?server|ssh\w*|vnc|ftp|smb|port (?!3389)\d{2,5}|by default|if you|when you|should)\b/;

/**
 * Several users or sessions as users name them ("multiple users", "more than one user", "a third user", "two users at
 * the same time", "concurrent sessions").
 */
const SEVERAL_USERS =
  /\b(?:more than (?:one|1|two|2) (?:users?|sessions?|connections?|people|persons?|accounts?)|multiple (?:users|sessions|connections|people|accounts|(?:rdp|remote) (?:sessions|connections|users))|several (?:users|sessions|people)|(?:a |the )?(?:second|third|2nd|3rd) (?:user|session|connection|person|admin)|(?:two|2|three|3) (?:users|sessions|people) (?:at (?:the same|one) time|at once|simultaneously|concurrently)|concurrent (?:users|sessions|connections)|simultaneous (?:users|sessions|connections))\b/;

/** Said refused: cannot, not allowed, only one, refused, kicked, met with an error. */
const SEVERAL_REFUSED =
  /\b(?:can'?t|cannot|can not|cant|unable to|not able to|(?:doesn'?t|does not|won'?t|will not|didn'?t|did not) (?:allow|let|permit|support|work)|not (?:allow\w*|permit\w*|possible|supported)|only (?:allows?|allowing|lets?|permits?|one|1|a single|single)|(?:is|are|was|were|gets?|got) (?:refused|rejected|denied|kicked\w*|blocked)|met with an error|(?:get|gets|got|getting) an error)\b/;

/** Users refused something inside their own sessions, or licences (the CALs' concepts): not the number of sessions. */
const INSIDE_SESSIONS =
  /\b(?:files?|folders?|shares?|printers?|print\w*|clipboard|copy|paste|programs?|apps?|applications?|profiles?|settings|icons?|see each other|monitors?|screens?|audio|sound|licen[cs]\w*|cals?)\b/;

/** TLS versions and cipher suites, as users name them. */
const TLS_TERM =
  /\b(?:cipher ?suites?|ciphers?|tls ?(?:1\.[0-3]|v?1[0-3]|versions?|protocols?)|ssl ?(?:2\.0|3\.0|v[23])|schannel)\b/;

/** Said narrowed or outdated: locked down, disabled, removed, hardened, only one kept, too old or weak, none shared. */
const TLS_NARROWED =
  /\b(?:lock(?:ed|ing)? down|disabl(?:e|ed|ing)|remov(?:e|ed|ing)|harden(?:ed|ing)?|restrict(?:ed|ing)|outdated|weak|deprecated|too old|no (?:common|shared|matching)|mismatch\w*|not supported|unsupported|only (?:supports?|uses?|allows?|enabled))\b/;

/** A connection failing in the same sentence: the narrowing told as the failure's, not as a change that went well. */
const CONNECTION_FAILS =
  /\b(?:can'?t|cannot|can not|unable to|not able to|could(?:n'?t| not)|fail(?:s|ed|ing)?|won'?t connect|doesn'?t connect|does not connect|(?<!\bno )errors?|refused|reset|no longer)\b/;

/**
 * The narrowing and the failure in one sentence, either first, at most 150 characters apart (a bounded gap: linear
 * in the sentence).
 */
const NARROWED_AND_FAILING = new RegExp(
  `${TLS_NARROWED.source}[^.!?\\n]{0,150}?${CONNECTION_FAILS.source}|${CONNECTION_FAILS.source}[^.!?\\n]{0,150}?${TLS_NARROWED.source}`,
);

/** Another product's TLS (a website, mail, SQL Server, a VPN, a directory): its ciphers are not Remote Desktop's. */
const TLS_NOT_RDP = /\b(?:website|web ?site|browser|https|iis|e-?mail|smtp|exchange|sql\w*|vpn|ldaps?)\b/;

/** An account as users and vendors name it. */
const ACCOUNT = /\b(?:user |the |your |my |their |an? )?accounts?\b/;
/**
 * Said locked by the system, the verb before its object ("locks the user account", "will temporarily lock the
 * account"): the order users' "account locked" (described-symptoms.ts `account-locked`) does not hold.
 */
const LOCKED =
  /\b(?:temporarily |automatically )?lock(?:s|ed|ing)? (?:out )?(?:the |your |my |their |an? )?(?:user )?accounts?\b/;
/** A screen, a computer, a drive or a file locked: not the account. */
const NOT_ACCOUNT_LOCK = /\b(?:screen|workstation|bitlocker|drive|phone|files?|folders?|keyboard)\b/;

/** The cloud providers' term for the authentication error of Remote Desktop's CredSSP dialog. */
const IDENTITY_AUTHENTICATION = /\bidentity (?:authentication|verification)\b/;
const AUTHENTICATION_FAILED = /\b(?:error|errors|failure|failures|fail(?:s|ed)?)\b/;
/** Another identity: Azure's managed identities, a portal's second factor, a message broker's or a token's. */
const OTHER_IDENTITY =
  /\b(?:managed identity|mfa|multi-?factor|two-?factor|2fa|sms|otp|authenticator|real-name|kafka|oidc|token|portal)\b/;

export const DESCRIBED_SERVER_SIDE_H62C: readonly SymptomConcept[] = [
  {
    ...concept(
      'rdp-service-down',
      "Remote Desktop's own service (TermService) or its listener not running: nothing accepts the connection",
      [networkUnreachable],
      `Microsoft Learn "Remote Desktop Services isn't starting on an Azure VM" (${LEARN}/troubleshoot/azure/virtual-machines/windows/troubleshoot-remote-desktop-services-issues: "RDP connection fails because Remote Desktop Services (TermService) isn't starting", the start's errors 1053, 1058, 1067, 1068, 1069, 1079); Microsoft Learn "General Remote Desktop connection troubleshooting" (${LEARN}/troubleshoot/windows-server/remote/troubleshoot-rdp-connection: the service running and the RDP listener listening); users' reports of the same in the RDP Wrapper tracker (https://github.com/stascorp/rdpwrap/issues/1990: "everytime I try to start TermService, I get Error 1053"; https://github.com/stascorp/rdpwrap/issues/2081: "termserv wont stay running and when it is running it is not listening")`,
      { en: "termservice is not running|termservice not running|termservice will not start|termservice won't start" },
    ),
    unless: OTHER_SERVICE,
    said: { subject: RDP_SERVICE_TERM, failed: NOT_RUNNING, unless: OTHER_SERVICE, sentence: true },
  },
  {
    ...concept(
      'several-users-refused',
      'several users or sessions refused at once: one session at a time on a desktop edition, two administrative sessions on a server, or one session per user',
      [sessionLimit],
      `Microsoft Learn "Troubleshoot Remote Desktop disconnected errors" (KB 2477023, ${LEARN}/troubleshoot/windows-server/remote/troubleshoot-remote-desktop-disconnected-errors: "Remote Desktop supports two concurrent remote connections to the computer", the number of users who can connect simultaneously limited); Microsoft KB 280828 (public copy https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/280/828.HTM: one user at a time on Windows XP Professional); hosting providers' pages that retell it (https://docs.blastvps.com/guides/windows-server-multiple-rdp-sessions.html: "a maximum of two concurrent connections … a third user … met with an error message"; https://support.tilaa.com/hc/en-us/articles/228651927-Configuring-Concurrent-Remote-Desktop-Connections-RDP: "Restrict Remote Desktop Services users to a single Remote Desktop Services session")`,
      { en: "cannot log in multiple users|can't log in multiple users|cannot connect multiple users" },
    ),
    unless: INSIDE_SESSIONS,
    said: { subject: SEVERAL_USERS, failed: SEVERAL_REFUSED, unless: INSIDE_SESSIONS, sentence: true },
  },
  {
    ...concept(
      'tls-narrowed',
      'a TLS version or the cipher suites narrowed or outdated on one side while the connection fails: no TLS version or cipher suite shared',
      [tlsProtocolMismatch],
      `Microsoft Learn "TLS/SSL Settings" (${LEARN}/previous-versions/windows/it-pro/windows-server-2012-R2-and-2012/dn786445(v=ws.11): the protocols and cipher suites Schannel offers); FreeRDP's issues where a server's ciphers were locked down (https://github.com/FreeRDP/FreeRDP/issues/2591: FreeRDP refused after locking down the server's ciphers, restored by adding cipher suites back) and where an old server offers only outdated ones (https://github.com/FreeRDP/FreeRDP/issues/11234: "windows 7 just uses really outdated cipher suites")`,
      { en: 'no shared cipher suite|no common cipher suite|no common cipher' },
    ),
    unless: TLS_NOT_RDP,
    said: { subject: TLS_TERM, failed: NARROWED_AND_FAILING, unless: TLS_NOT_RDP, sentence: true },
  },
  {
    ...concept(
      'account-lock-said',
      'the account said locked by the system after failed sign-ins (the lockout policy)',
      [authAccountState],
      `Microsoft Learn "Account lockout threshold" (${LEARN}/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/account-lockout-threshold: after the set number of failed sign-ins the account is locked); hosting providers' pages on brute force against RDP (https://kb.royalehosting.net/en/article/how-to-secure-remote-desktop-6105f4: "After several failed attempts, Windows will temporarily lock the user account for about 15 minutes")`,
      { en: 'windows locks the account|windows will lock the account' },
    ),
    unless: NOT_ACCOUNT_LOCK,
    said: { subject: ACCOUNT, failed: LOCKED, unless: NOT_ACCOUNT_LOCK },
  },
  {
    ...concept(
      'identity-authentication',
      'the cloud providers\' "identity authentication" failing: the authentication error of Remote Desktop\'s CredSSP (Network Level Authentication)',
      [credsspNla],
      `Open Telekom Cloud (Huawei) ECS FAQ "Why Does an Authentication Failure Occur After I Attempt to Remotely Log In to a Windows ECS?" (https://github.com/opentelekomcloud-docs/elastic-cloud-server/blob/main/umn/source/faqs/login_and_connection/why_does_an_authentication_failure_occurs_after_i_attempt_to_remotely_log_in_to_a_windows_ecs.rst: "an identity authentication failure occurs", the March 2018 CredSSP update, the fix by Microsoft's CredSSP guidance); Microsoft Learn "CredSSP encryption oracle remediation" (${LEARN}/troubleshoot/windows-server/remote/credssp-encryption-oracle-remediation: "An authentication error has occurred")`,
      { en: 'identity authentication failure occurs|identity authentication error occurs' },
    ),
    unless: OTHER_IDENTITY,
    said: { subject: IDENTITY_AUTHENTICATION, failed: AUTHENTICATION_FAILED, unless: OTHER_IDENTITY },
  },
];
