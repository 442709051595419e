import { clientCode, GATEWAY_JOIN, onPath } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

export const gatewayDenied = {
  id: 'gateway-denied',
  title: 'The RD Gateway refused the connection by its authorization policies (RD CAP or RD RAP)',
  summary:
    'The RD Gateway refused the user before any session host saw the connection: a connection authorization policy (RD CAP) or a resource authorization policy (RD RAP) does not allow it.',
  // The gateway refuses before any session host is reached: the connection phase of the client's attempt.
  phase: 'connection',
  status: 'experimental',
  // The gateway refuses an account it was offered (a spray's non-existent names are refused by the RD CAP, 23003).
  attackSignals: { credentials: true },
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/ee891388(v=ws.10)',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/ee890850(v=ws.10)',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc727375(v=ws.10)',
  ],
  falsePositives: [
    'A refusal of another connection by the same user to the same computer within seconds (a retry) is joined as well; the refusal still stands for both.',
    'Gateway 304 (both policies met, the session host could not be reached from the gateway) is not a policy refusal and is not evidence here.',
  ],
  when: {
    outcome: ['failed'],
    // The gateway stopped it: no session host logged the connection.
    serverEvents: false,
  },
  clauses: [
    // [MS] Gateway 201 AAG_EVENT_NAP_FAILED: did not meet connection authorization policy requirements
    onPath('cap', { channel: 'Gateway/Operational', eventId: 201 }, 0.9, { join: GATEWAY_JOIN }),
    // [MS] Gateway 301 AAG_EVENT_RAP_FAILED: did not meet resource authorization policy requirements for resource %4
    onPath('rap', { channel: 'Gateway/Operational', eventId: 301 }, 0.9, { join: GATEWAY_JOIN }),
    // Context: what mstsc was told (RDPClient 1026). Adds no weight.
    clientCode(0),
  ],
  codes: {
    // E_PROXY_NAP_ACCESSDENIED (gateway event error 23003): CAP not met
    // E_PROXY_RAP_ACCESSDENIED: RAP does not allow the target
    // E_PROXY_UNSUPPORTED_AUTHENTICATION_METHOD: CAP's authentication method
    // E_PROXY_REAUTH_CAP_FAILED / E_PROXY_REAUTH_RAP_FAILED: the policies checked again at reauthentication
    // E_PROXY_QUARANTINE_ACCESSDENIED / E_PROXY_REAUTH_NAP_FAILED: the CAP's health (NAP) requirement, at connection or
    // at reauthentication; Gateway 204 AAG_EVENT_QUARANTINE_FAILED says "not authorized to connect to the RD Gateway"
    gateway: explained({
      MS: [0x800759db, 0x800759da, 0x800759f9, 0x800759ed],
      WR: [0x800759fb, 0x800759fc, 0x80075a00],
    }),
    // 0x300001B: the user is not in the gateway's permission list; 0x300001C: not authorised, or an authentication
    // method the gateway does not accept; 0x3000037: the gateway expects another authentication method
    // 0x300002B / 0x300002C: the policy asks for the other logon method (password, smart card); 0x3000039 / 0x3000041:
    // the periodic authorisation (the policies checked again) failed; 0x300001F / 0x300000B: access restricted, another
    // logon method required
    mstsc: explained({
      WR: [0x300001b, 0x300001c, 0x3000037, 0x300002b, 0x300002c, 0x3000039, 0x3000041],
      SP: [0x300000b, 0x300001f],
    }),
  },
  explanation: [
    'The RD Gateway {cap.computer} refused {cap.Username} from {cap.IpAddress} at {cap.time}: no connection authorization policy (RD CAP) allows this user, computer or authentication method (error {cap.ErrorCode}).',
    'The RD Gateway {rap.computer} refused {rap.Username} from {rap.IpAddress} access to {rap.Resource} at {rap.time}: no resource authorization policy (RD RAP) lets this user reach that computer by that name (error {rap.ErrorCode}).',
    'No session host logged the connection: it ended at the gateway, whose log is the only one that says why. The client was told {clientCode.Value|mstsc}.',
  ],
  remediation: [
    'On the RD Gateway, open RD Gateway Manager > Policies > Connection Authorization Policies: an enabled RD CAP must list a user group the user is in (and a computer group the client is in, if set) and allow the authentication method the client uses (password or smart card); `Get-ChildItem RDS:\\GatewayServer\\CAP` (RemoteDesktopServices module) lists them.',
    "For a resource refusal (301), check Resource Authorization Policies: an RD RAP must let one of the user's groups reach the computer as the client names it. With an RD Gateway-managed computer group, the FQDN and the NetBIOS name are two entries; a session host farm is reached by its farm name, so the farm name and its members must both be listed.",
    "When the gateway keeps its RD CAPs on a central NPS server, the reason is in that NPS server's Security log (event 6273, with its reason code) and in its network policies: fix the policy there.",
    "Connect again and read the gateway's Operational log: 200 and 300 say both policies were met, 302 that the session host was reached.",
  ],
  sample: {
    description:
      'WS-CAROL connects through RDGW01: to RDSH05 it works (200, 300, 302 and the host logs); to RDSH06 the RD RAP refuses it (301); later the RD CAP refuses her (201); to RDSH07 both policies are met but the gateway cannot reach the host (304).',
    file: 'samples/patterns/gateway-denied/sample.xml',
  },
} as const satisfies Pattern;
