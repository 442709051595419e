/**
 * A client's or xrdp's log read by what failed, not by every line that says "error" (issue 60, round 29): a step the
 * program recovers from is no failure when the log shows the connection going past it.
 * - The security negotiation's fallbacks: FreeRDP answers the server's RDP_NEG_FAILURE SSL_NOT_ALLOWED_BY_SERVER or
 *   SSL_CERT_NOT_ON_SERVER by trying again with the RDP security layer (libfreerdp/core/nego.c,
 *   nego_process_negotiation_failure: sendNegoData, then the next protocol; FreeRDP 3 logs the first at WARN);
 *   rdesktop does the same ("Failed to negotiate protocol, retrying with plain RDP.", iso.c); xrdp, when it cannot
 *   read its certificate or key, offers the RDP security layer instead of TLS (common/ssl_calls.c, its log then says
 *   "Non-TLS connection established … encrypted with standard RDP security").
 * - The lines that prove a later phase was reached: FreeRDP's GDI framebuffer and dynamic channels (post-connect, after
 *   activation: gdi.c "Local framebuffer format", drdynvc "Loading Dynamic Virtual Channel") and the server's Logon
 *   Error Info "session continue"; rdesktop's colour depth fallback (rdp.c, after the server's Demand Active); xrdp's
 *   "login successful for display", "Session started successfully", "Non-TLS connection established".
 * Where such a line is in the paste, the fallback's sentence is dropped; where FreeRDP logged the fallback as a
 * warning again on its next attempt and logged no error, likewise (it went on retrying; a single warning alone keeps
 * its reading, the paste may stop before the failure). A paste left
 * with no sentence is read as the progress line says: the connection went on, no cause.
 * Near miss: a fallback with a failure after it and no later phase (the retry reset, "Protocol Security Negotiation
 * Failure", xrdp's key error before "Connect-Initial failed") keeps its reading. Every expression is linear (bounded
 * repetitions, no nested quantifier over the same characters).
 */
import type { KnownSentence } from './tables/sentences/known-sentence.js';
import type { SentenceMatch } from './tables/sentences/sentences.js';

/** The rows of a fallback the program recovers from (their ids in the sentence tables). */
const FALLBACK_ROWS: ReadonlySet<string> = new Set([
  'rdp-neg-failure-ssl-not-allowed-by-server',
  'rdp-neg-failure-ssl-cert-not-on-server',
  'xrdp-private-key-unreadable',
  'xrdp-certificate-file-unreadable',
  'xrdp-key-file-permission-words',
]);

/** A later phase reached, by the program's own line (lower-cased paste). */
const PROGRESS: readonly RegExp[] = [
  /\[com\.freerdp\.gdi\]\s{0,3}-\s{0,3}(?:\[\w{1,60}\]:?\s{0,3})?local framebuffer format\b/,
  /\[com\.freerdp\.channels\.drdynvc\.client\]\s{0,3}-\s{0,3}(?:\[\w{1,60}\]:?\s{0,3})?loading dynamic virtual channel\b/,
  /\blogon_msg_session_continue\b/,
  /\bremote desktop does not support colou?r depth \d{1,2}; falling back to \d{1,2}\b/,
  /\bnon-tls connection established from\b/,
  /\blogin successful for (?:display|user)\b/,
  /\bsession started successfully for user\b/,
];

/** FreeRDP's negotiation fallback logged as a warning (every one in the paste), and any error line FreeRDP logged. */
const FREERDP_WARNED_FALLBACK =
  /\[warn\]\[com\.freerdp\.core\.nego\]\s{0,3}-\s{0,3}(?:\[\w{1,60}\]:?\s{0,3})?error: ssl_(?:not_allowed_by_server|cert_not_on_server)\b/g;
const FREERDP_ERROR_LINE = /\[(?:error|fatal)\]\[com\.freerdp\./;

/** What the answer says when nothing but a recovered step was read. */
export const RECOVERED_STEP: KnownSentence = {
  id: 'program-output-recovered-step',
  what: "a client's or xrdp's log that goes past a security negotiation fallback",
  words: { en: [] },
  kind: 'informational',
  meaning:
    'The log goes past the step it reports: the security negotiation fell back (the server refused TLS or had no certificate for it, and the program went on with the RDP security layer), and the program went on: the connection reached a later phase (the session set up, the sign-in answered), or FreeRDP, which logs the fallback as a warning, logged it again on its next attempt and no error after it. The fallback is a step the program recovered from, not the failure; a later line, if any, says what ended the connection.',
  confidence: 'WR',
  source:
    'FreeRDP libfreerdp/core/nego.c, nego_process_negotiation_failure (SSL_NOT_ALLOWED_BY_SERVER and SSL_CERT_NOT_ON_SERVER set sendNegoData and the next protocol is tried; https://github.com/FreeRDP/FreeRDP/blob/master/libfreerdp/core/nego.c); rdesktop iso.c ("Failed to negotiate protocol, retrying with plain RDP."; https://github.com/rdesktop/rdesktop/blob/master/iso.c); xrdp common/ssl_calls.c and libxrdp/xrdp_sec.c (no readable key: the RDP security layer; https://github.com/neutrinolabs/xrdp)',
  anyLanguage: true,
  languages: 'English only: FreeRDP, rdesktop and xrdp write their logs in English in every language of the system.',
};

/**
 * The sentences of a paste without the fallbacks its log shows the program recovering from; the recovered-step reading
 * when nothing else is left. Returns the same list when the paste shows no fallback or no later phase.
 */
export function withoutRecoveredSteps(text: string, sentences: SentenceMatch[]): SentenceMatch[] {
  const afterPam = withoutPamFallback(text, sentences);
  if (afterPam !== sentences) return afterPam;
  if (!sentences.some((m) => FALLBACK_ROWS.has(m.sentence.id))) return sentences;
  const lower = text.toLowerCase();
  const progressed =
    PROGRESS.some((re) => re.test(lower)) ||
    ((lower.match(FREERDP_WARNED_FALLBACK)?.length ?? 0) > 1 && !FREERDP_ERROR_LINE.test(lower));
  if (!progressed) return sentences;
  const kept = sentences.filter((m) => !FALLBACK_ROWS.has(m.sentence.id));
  return kept.length > 0 ? kept : [{ sentence: RECOVERED_STEP, language: 'en' }];
}

/**
 * Round 32 (r32-h64c): a PAM stack with several modules for xrdp's session manager ("sufficient" sssd or winbind
 * after pam_unix): pam_unix logs its refusal of a directory user ("pam_unix(xrdp-sesman:auth): authentication
 * failure") and the next module then authenticates the same sign-in ("pam_sss(xrdp-sesman:auth): authentication
 * success"). Linux-PAM runs the stack in order and a "sufficient" module's success ends it (pam.conf(5)): the refusal
 * is no failure. Near miss: the refusal with no module's success after it keeps its reading.
 */
const PAM_REFUSAL_ROWS: ReadonlySet<string> = new Set(['xrdp-sesman-credentials-refused']);
const PAM_SUCCESS = /\bpam_\w{1,30}\(xrdp-sesman:auth\): authentication success\b/;

/** What the answer says when the only refusal read is one a later PAM module overrode. */
export const PAM_RECOVERED: KnownSentence = {
  id: 'program-output-pam-recovered',
  what: "xrdp's session manager's PAM log: one module refuses, the next authenticates",
  words: { en: [] },
  kind: 'informational',
  meaning:
    "PAM's first module (pam_unix, the local accounts) did not know the user and the next one (sssd's pam_sss, winbind) authenticated the same sign-in: the password was accepted. The refusal line is no failure; if the session still fails, the lines after the success say why (the account phase, the session's start).",
  confidence: 'WR',
  source:
    'Linux-PAM pam.conf(5) (control values: "sufficient" ends the stack on success) and pam_unix(8), https://github.com/linux-pam/linux-pam; the xrdp-sesman PAM service (https://github.com/neutrinolabs/xrdp/blob/devel/instfiles/pam.d)',
  anyLanguage: true,
  languages: 'English only: Linux-PAM logs in English in every language of the system.',
};

function withoutPamFallback(text: string, sentences: SentenceMatch[]): SentenceMatch[] {
  if (!sentences.some((m) => PAM_REFUSAL_ROWS.has(m.sentence.id)) || !PAM_SUCCESS.test(text.toLowerCase()))
    return sentences;
  const kept = sentences.filter((m) => !PAM_REFUSAL_ROWS.has(m.sentence.id));
  return kept.length > 0 ? kept : [{ sentence: PAM_RECOVERED, language: 'en' }];
}
