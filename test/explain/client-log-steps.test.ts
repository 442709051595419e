/**
 * Issue 60, round 31: a FreeRDP error read by the step of the connection its function names
 * (src/explain/tables/program-logs/client-log-steps.ts). Lines written for these tests in FreeRDP 2's and 3's
 * formats after its source (libfreerdp/core/gateway/rdg.c sets ERRCONNECT_ACCESS_DENIED on the gateway's HTTP 403):
 * the refusal set in the RD Gateway's code is the gateway's; the same code set in nla.c (the host's CredSSP) keeps the
 * host's reading (near miss); the lines of one log reordered leave the answer where it is.
 */
import { describe, expect, it } from 'vitest';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';

const causeIds = (text: string) => explainCode(text).likelyCauses.map((c) => c.causeId);

const GATEWAY_V2 =
  '[11:02:40:118] [5120:5121] [ERROR][com.freerdp.core] - rdg_establish_data_connection:freerdp_set_last_error_ex ERRCONNECT_ACCESS_DENIED [0x00020016]';
const GATEWAY_V3 =
  '[11:02:40:118] [5120:00001401] [ERROR][com.freerdp.core] - [rdg_handle_ntlm_challenge]: ERRCONNECT_ACCESS_DENIED [0x00020016]';
const LOCAL_PROBE =
  '[11:02:40:060] [5120:5121] [ERROR][com.freerdp.core] - freerdp_tcp_connect:freerdp_set_last_error_ex ERRCONNECT_DNS_NAME_NOT_FOUND [0x00020005]';

describe('an access refusal set in the RD Gateway step', () => {
  it("FreeRDP 2's line: the function before freerdp_set_last_error_ex is the gateway's", () => {
    expect(causeIds(GATEWAY_V2)[0]).toBe(gatewayDenied.id);
  });
  it("FreeRDP 3's line: the function that set it in brackets (true twin)", () => {
    expect(causeIds(GATEWAY_V3)[0]).toBe(gatewayDenied.id);
  });
  it("the direct route's name lookup before it is no step of the gateway's route: the gateway's refusal leads, either order", () => {
    for (const log of [`${LOCAL_PROBE}\n${GATEWAY_V2}`, `${GATEWAY_V2}\n${LOCAL_PROBE}`])
      expect(causeIds(log).slice(0, 2), log).toContain(gatewayDenied.id);
  });
});

describe('near misses: the same code set elsewhere keeps its reading', () => {
  it("set in nla.c (the host's CredSSP): the host refused the account", () => {
    const ids = causeIds(
      '[ERROR][com.freerdp.core] - nla_recv_pdu:freerdp_set_last_error_ex ERRCONNECT_ACCESS_DENIED [0x00020016]',
    );
    expect(ids[0]).toBe(authLogonRight.id);
    expect(ids).not.toContain(gatewayDenied.id);
  });
  it('a gateway function on one line, the code on another: not joined', () => {
    const ids = causeIds(
      '[DEBUG][com.freerdp.core.gateway.rdg] - rdg_connect: connecting\n[ERROR][com.freerdp.core] - nla_recv_pdu:freerdp_set_last_error_ex ERRCONNECT_ACCESS_DENIED [0x00020016]',
    );
    expect(ids[0]).toBe(authLogonRight.id);
  });
});

describe("Azure Virtual Desktop's broker through FreeRDP's ARM gateway code", () => {
  it('the chosen session host deallocated: nothing answers until its VM runs', () => {
    const log =
      '[08:41:02:310] [7712:00001e20] [DEBUG][com.freerdp.core.gateway.arm] - [arm_handle_bad_request]: Got HTTP Response data: {"Code": "E_PROXY_ORCHESTRATION_LB_SESSIONHOST_DEALLOCATED", "Message": "The session host is being started."}';
    expect(causeIds(log)[0]).toBe(networkUnreachable.id);
  });
  it('near miss: another code of the broker is not this reading', () => {
    let what = '';
    try {
      what =
        explainCode('[arm_handle_bad_request]: {"Code": "E_PROXY_ORCHESTRATION_SOMETHING_ELSE"}').other?.name ?? '';
    } catch {
      what = '';
    }
    expect(what).not.toBe('freerdp-step-arm-session-host-deallocated');
  });
});
