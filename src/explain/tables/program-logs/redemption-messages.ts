/**
 * WALLIX Bastion's RDP proxy (redemption, https://github.com/wallix/redemption) and its own messages (issue 60): the
 * proxy stands between the user's client and the target server, and when its own connection to the target fails it
 * shows the user a message of its translation keys (TR_KV) and logs the state it failed in ("'RDP' failed at
 * RDP_NEGO state"). Each message names the step of the proxy's connection to the target: the security negotiation
 * and TLS (err_mod_rdp_nego, err_nla_required, err_tls_required), the sign-in (err_login_password). Its other
 * messages (channels, licence, Session Probe, the Bastion's stored certificates) are not read here.
 *
 * Near misses each row keeps out: "Fail during basic setting exchange." (another step), "Fail during channels
 * connection."; the TLS row reads the negotiation's state, not any "RDP_NEGO" word (a FreeRDP trace's "rdp_nego" in
 * another sentence).
 */
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { tlsProtocolMismatch } from '../../../../patterns/tls-protocol-mismatch.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { logLines } from './log-line.js';

const REDEMPTION = 'https://github.com/wallix/redemption';
const KEYS = `redemption's translation keys (TR_KV, English and French, ${REDEMPTION})`;
const issue = (n: number, what: string) => `redemption issue ${n}, ${what} (${REDEMPTION}/issues/${n})`;

const LANGUAGES =
  'English only here: redemption\'s French messages ("Échec lors de l\'échange de sécurité TLS.") are not read.';
const line = logLines('WALLIX Bastion (redemption)', 'redemption', LANGUAGES);

export const REDEMPTION_SENTENCES: readonly KnownSentence[] = [
  line(
    'tls-security-exchange',
    "Fail during TLS security exchange. / 'RDP' failed at RDP_NEGO state",
    // The message (err_mod_rdp_nego; err_nla_required and err_tls_required begin with it) and the state it logs.
    /\bfail during tls security exchange\b|\bfailed at rdp_nego state\b/,
    {
      states: [tlsProtocolMismatch.id, securityLayerMismatch.id],
      meaning:
        'The WALLIX Bastion (redemption) proxy could not complete the security negotiation with the target server: the two share no TLS version or cipher (an older Windows server offering only TLS 1.0, a proxy requiring newer), or they do not agree on the security layer (the target requires NLA or TLS that the connection policy does not enable: the message then goes on "Enable NLA is probably required." or "Enable TLS is probably required."). The failure is between the proxy and the target, not the user\'s client.',
      source: `${KEYS}: err_mod_rdp_nego "Fail during TLS security exchange.", err_nla_required "… Enable NLA is probably required.", err_tls_required "… Enable TLS is probably required."; ${issue(46, '"\'RDP\' failed at RDP_NEGO state. Fail during TLS security exchange" connecting to Windows Server 2008 R2')}`,
      note: "On the target: the TLS versions its Schannel allows (2008 R2 needs the TLS 1.1/1.2 update), and the connection policy's NLA and TLS settings of the Bastion for that target.",
    },
  ),
  line(
    'login-password',
    'Provided login/password is probably incorrect.',
    /\bprovided login\/password is probably incorrect\b/,
    {
      states: [authBadCredentials.id],
      meaning:
        "The WALLIX Bastion (redemption) proxy's sign-in on the target server was refused: the account or password it sent (the user's, or the one the Bastion stores for the target) is probably wrong.",
      source: `${KEYS}: err_login_password "Provided login/password is probably incorrect."`,
    },
  ),
];
