/**
 * A FreeRDP log line read by the step of the connection its function names (issue 60, round 31): FreeRDP logs every
 * error with the function that set it ("rdg_establish_data_connection:freerdp_set_last_error_ex …" in FreeRDP 2,
 * "[rdg_establish_data_connection]: ERRCONNECT_…" in FreeRDP 3), and its source files are the
 * connection's steps: the RD Gateway's (libfreerdp/core/gateway/: rdg.c over HTTPS, tsg.c and rpc.c over RPC, their
 * functions rdg_*, tsg_*, rpc_*), before any session host is reached.
 *
 * The rule: an access refusal set in the RD Gateway's step is the gateway's refusal, not the session host's. rdg.c
 * sets FREERDP_ERROR_CONNECT_ACCESS_DENIED when the gateway answers its RDG_OUT_DATA / RDG_IN_DATA request with HTTP
 * 403 (HTTP_STATUS_DENIED); the same code set in nla.c (the host's CredSSP, STATUS_ACCESS_DENIED or the Early User
 * Authorization result) keeps its reading (third-party-clients.ts: the account may not sign in to the host). The
 * gateway refuses before the session host sees the connection (causes.md, gateway-denied; failure-order-steps.ts
 * puts it at the connection's first step), so a failure of the direct route FreeRDP tries first ("Detecting if host
 * can be reached locally", its name not resolved there) is no step of the route that was refused.
 *
 * Sources: FreeRDP libfreerdp/core/gateway/rdg.c (rdg_establish_data_connection and rdg_handle_ntlm_challenge:
 * "case HTTP_STATUS_DENIED: freerdp_set_last_error_log(rdg->context, FREERDP_ERROR_CONNECT_ACCESS_DENIED)",
 * https://github.com/FreeRDP/FreeRDP/blob/master/libfreerdp/core/gateway/rdg.c); winpr/include/winpr/wlog.h and
 * libfreerdp/core/freerdp.c (freerdp_set_last_error_ex logs the function that sets the error); [MS-TSGU] 3.3.5
 * (the gateway's HTTP transport answers an unauthorized client with a denial before any channel to the host).
 *
 * The same step's other refusal: Azure Virtual Desktop's gateway (FreeRDP's arm.c, the ARM broker) answers with a JSON
 * error whose "Code" names the step that failed. E_PROXY_ORCHESTRATION_LB_SESSIONHOST_DEALLOCATED is the session host
 * that the broker chose being deallocated (powered off): arm.c logs "Starting your VM. It may take up to 5 minutes"
 * and retries; nothing could answer until the VM runs (the host unreachable, not a refusal of the user).
 * Source: FreeRDP libfreerdp/core/gateway/arm.c, arm_handle_bad_request (its test of that Code, *retry = TRUE,
 * https://github.com/FreeRDP/FreeRDP/blob/master/libfreerdp/core/gateway/arm.c).
 *
 * Each row is one bounded expression on one line (no nested quantifier over the same characters): linear.
 */
import { gatewayDenied } from '../../../../patterns/gateway-denied.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { logLines } from './log-line.js';

const RDG = 'https://github.com/FreeRDP/FreeRDP/blob/master/libfreerdp/core/gateway/rdg.c';
const freerdp = logLines(
  'FreeRDP',
  'freerdp-step',
  'English only: the program prints its log lines in English in every language of the system.',
);

/**
 * The RD Gateway's step as a FreeRDP line names it, the function that set the error right before its name: FreeRDP 2
 * prints "rdg_establish_data_connection:freerdp_set_last_error_ex ERRCONNECT_…", FreeRDP 3 "[rdg_establish_data_connection]:
 * ERRCONNECT_…" (its tag's function). Nothing else between them: a gateway function on another line is not joined.
 */
const AT_GATEWAY = String.raw`(?:\b(?:rdg|tsg|rpc)_\w{1,60}:freerdp_set_last_error\w{0,4}\s{1,3}|\[(?:rdg|tsg|rpc)_\w{1,60}\]:\s{0,3})`;

export const CLIENT_LOG_STEP_SENTENCES: readonly KnownSentence[] = [
  freerdp(
    'gateway-access-denied',
    'rdg_establish_data_connection: … ERRCONNECT_ACCESS_DENIED (set in the RD Gateway step)',
    [new RegExp(String.raw`${AT_GATEWAY}(?:errconnect|freerdp_error_connect)_access_denied\b`)],
    {
      states: [gatewayDenied.id],
      overrides: ['freerdp-errconnect-access-denied'],
      meaning:
        "FreeRDP's access refusal set in the RD Gateway's step (a function of its gateway code, rdg_ or tsg_): the gateway answered FreeRDP's tunnel request with HTTP 403, so the gateway refused the user before any session host saw the connection. The gateway's policies (its connection and resource authorization policies: the user's group, the host allowed) or the credentials it was given (/gu:, /gd:, /gp: when they differ from the host's) are where to look, not the host's Remote Desktop Users.",
      source: `FreeRDP libfreerdp/core/gateway/rdg.c: HTTP_STATUS_DENIED sets FREERDP_ERROR_CONNECT_ACCESS_DENIED (${RDG}); freerdp_set_last_error_ex logs the function that set it`,
      note: 'On the gateway: its Microsoft-Windows-TerminalServices-Gateway/Operational log says which policy refused the user.',
    },
  ),
  freerdp(
    'arm-session-host-deallocated',
    'arm_handle_bad_request: … E_PROXY_ORCHESTRATION_LB_SESSIONHOST_DEALLOCATED (Starting your VM)',
    [/\be_proxy_orchestration_lb_sessionhost_deallocated\b/],
    {
      states: [networkUnreachable.id],
      meaning:
        'Azure Virtual Desktop\'s broker chose a session host that is deallocated (its VM powered off) and is starting it: FreeRDP\'s ARM gateway code logs "Starting your VM. It may take up to 5 minutes" and retries. Until the VM runs nothing answers the connection; the user was not refused.',
      source:
        'FreeRDP libfreerdp/core/gateway/arm.c, arm_handle_bad_request (the Code E_PROXY_ORCHESTRATION_LB_SESSIONHOST_DEALLOCATED sets *retry and logs the Message or "Starting your VM. It may take up to 5 minutes"), https://github.com/FreeRDP/FreeRDP/blob/master/libfreerdp/core/gateway/arm.c',
      note: "Connect again after a few minutes; with automatic reconnection off FreeRDP stops at the first answer. The host pool's start-VM-on-connect setting is what starts the VM.",
    },
  ),
];
