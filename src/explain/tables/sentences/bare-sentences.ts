/**
 * English sentences users paste alone, with no code and nothing else of their dialog: a dialog's title line with the
 * sentence under it left out ("An authentication error has occurred."), Azure Virtual Desktop's orchestration error at
 * its gateway, and the web pages' texts of the Remote
 * Desktop ActiveX control (Remote Desktop Web Connection, TS Web Access). Each states no cause of the catalogue: the
 * reading names what the sentence says (`kind`), never a cause guessed for it.
 *
 * Sources, each row's own: Microsoft Learn (KB 951607 for the web pages' texts; the CredSSP and Local Security
 * Authority pages for the dialogs opening with the title line).
 */
import type { KnownSentence } from './known-sentence.js';

const SRC_KB951607 =
  'Microsoft Learn KB 951607 "You cannot connect to a remote computer or start a remote application when you use Terminal Services Web Access or Remote Web Workspace" (https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/cannot-connect-to-remote-computer): the ActiveX control of the Remote Desktop client disabled in the browser';
const SRC_AUTH_TITLE =
  'Microsoft Learn "Errors when you run a remote desktop connection: CredSSP encryption oracle remediation" (https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/credssp-encryption-oracle-remediation) and "Remote Desktop: The Local Security Authority cannot be contacted" (https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/local-security-authority-cant-contact): the dialog\'s title line over the sentence that says which failure';
const SRC_ORCHESTRATION =
  'Widely reported: MicrosoftDocs azure-docs issue 53602 "Can\'t connect to Windows Virtual Desktop" (https://github.com/MicrosoftDocs/azure-docs/issues/53602, the message quoted) and issue 28072 (https://github.com/MicrosoftDocs/azure-docs/issues/28072: the diagnostic activity\'s OrchestrateAsync error behind a failed connection); Microsoft Learn "Troubleshoot Azure Virtual Desktop service connections" (https://learn.microsoft.com/en-us/azure/virtual-desktop/troubleshoot-service-connection)';
const ENGLISH_ONLY = 'English only: no localized Microsoft page quotes these texts alone.';
/** What the web pages' texts mean: the browser's control, not the connection. */
const ACTIVEX_MEANING =
  "The browser has no working Remote Desktop ActiveX control (Microsoft Terminal Services Client Control, mstscax.dll), so the web page cannot start a connection: nothing reached the server. Microsoft's page names the control disabled in the browser (Manage Add-ons: enable it, add the site to Trusted Sites, or re-register mstscax.dll); Remote Desktop Web Connection and TS Web Access need Internet Explorer's ActiveX, no other browser runs it.";

/** One row: a sentence that names no cause of the catalogue, written through one builder. */
function bare(
  id: string,
  kind: NonNullable<KnownSentence['kind']>,
  what: string,
  en: RegExp,
  meaning: string,
  source: string,
): KnownSentence {
  return { id, kind, what, words: { en: [en] }, meaning, confidence: 'MS', source, languages: ENGLISH_ONLY };
}

export const BARE_SENTENCES: readonly KnownSentence[] = [
  // The title line alone: the paste holds nothing else (a dialog's name before it at most). With the sentence under
  // it, that sentence's own row reads the dialog.
  bare(
    'authentication-error-title-alone',
    'unspecific',
    'The title line "An authentication error has occurred." of the Remote Desktop client\'s authentication dialogs, pasted without the sentence under it',
    // Alone: at the paste's start or after a quote, colon or comma, and then nothing but a closing quote or the end.
    /(?:^[\s"'“”«»]*|["“«:,] ?)(?:remote desktop connection\W*)?an authentication error has occurred[.!]? ?(?:["'”»]|$)/,
    'The client failed to authenticate before any session (Network Level Authentication, CredSSP): the title line says that and no more. The sentence under it says which failure (such as "The function requested is not supported", CredSSP\'s update or policy; "The Local Security Authority cannot be contacted"; "The logon attempt failed"), and the error code under it, if any: paste them.',
    SRC_AUTH_TITLE,
  ),
  bare(
    'avd-gateway-orchestration-error',
    'uncatalogued',
    'Azure Virtual Desktop\'s message "We couldn\'t connect to the Remote Desktop Gateway because of an orchestration error. If this keeps happening, contact your network administrator for assistance."',
    /couldn'?t connect to the remote desktop gateway because of an orchestration error|orchestration error\. if this keeps happening/,
    "Azure Virtual Desktop's service could not orchestrate the connection: the broker's orchestration with the session host's agent failed, so the gateway had no session host to relay to (the host pool's session hosts, their agent's registration and health, the user's assignment). The message names no cause of its own: the service's diagnostics for that connection (the WVDErrors table, or Get-RdsDiagnosticActivities on the classic service) say which, such as an OrchestrateAsync error.",
    SRC_ORCHESTRATION,
  ),
  bare(
    'tsweb-activex-not-installed',
    'uncatalogued',
    'The Remote Desktop Web Connection page\'s warning "Remote Desktop Web Connection ActiveX control is not installed. A connection cannot be made without a working installed version of the control."',
    /remote desktop web connection activex control is not installed|a connection cannot be made without a working installed version of the control/,
    ACTIVEX_MEANING,
    SRC_KB951607,
  ),
  bare(
    'tswa-client-not-installed',
    'uncatalogued',
    'The TS Web Access page\'s message "This Web site requires the Terminal Services Client, which does not appear to be installed on this System"',
    /requires the terminal services client,? which does not appear to be installed/,
    ACTIVEX_MEANING,
    SRC_KB951607,
  ),
];
