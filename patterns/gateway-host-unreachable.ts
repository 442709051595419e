import { clientCode, GATEWAY_JOIN, onPath } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

export const gatewayHostUnreachable = {
  id: 'gateway-host-unreachable',
  title: 'The RD Gateway let the user through but could not reach the session host',
  summary:
    'The RD Gateway met both its policies (RD CAP and RD RAP) and then could not connect to the computer asked for: the host is off, not listening, firewalled from the gateway, or its name resolves wrong on the gateway.',
  // The gateway's own TCP connection to the host fails: the connection phase.
  phase: 'connection',
  status: 'test',
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc727375(v=ws.10)',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc725648(v=ws.10)',
  ],
  falsePositives: [
    'A host restarted or shut down on purpose (maintenance, patching) gives the same 304 until it is back.',
    'A user who typed a computer name that exists only in the RD RAP (a stale computer group entry) is let through and then not reached: the fix is the name, not the network.',
  ],
  when: {
    outcome: ['failed'],
    // The gateway never reached the host: no session host logged the connection.
    serverEvents: false,
  },
  clauses: [
    // [MS] Gateway 304 AAG_EVENT_CHANNEL_CONNECT_FAILED: met connection and resource authorization policy
    // requirements, but could not connect to resource %4; the following error occurred: %5
    onPath('notReached', { channel: 'Gateway/Operational', eventId: 304 }, 0.9, { join: GATEWAY_JOIN }),
    // Context: what mstsc was told (RDPClient 1026). Adds no weight.
    clientCode(0),
  ],
  codes: {
    // E_PROXY_TS_CONNECTFAILED: the gateway could not reach the target
    gateway: explained({ MS: [0x800759dd] }),
    // 0x3000008: an error on the remote computer behind the gateway (the session host refused or was not reached)
    mstsc: explained({ WR: [0x3000008] }),
  },
  explanation: [
    'The RD Gateway {notReached.computer} let {notReached.Username} from {notReached.IpAddress} through both its policies and then could not connect to {notReached.Resource} at {notReached.time} (error {notReached.ErrorCode}).',
    'No policy refused the user: the gateway itself could not open the connection to the session host, so the host logged nothing of it. The client was told {clientCode.Value|mstsc}.',
  ],
  remediation: [
    'From the RD Gateway (not from the client), test the path to the host as the user named it: `Test-NetConnection <host> -Port 3389` (or the port the user gave), and `Resolve-DnsName <host>`: the gateway resolves the name with its own DNS servers.',
    'On the host, check that it is running and that Remote Desktop is listening: `qwinsta` shows rdp-tcp in state Listen; RCM/Operational 258/259 show when the listener started or stopped.',
    'Check the firewalls between the gateway and the host (the host\'s "Remote Desktop - User Mode (TCP-In)" rule, network firewalls, NSGs): the rule must allow the gateway\'s own address, since the host sees the gateway, not the client.',
    "If the name the user typed is in the RD RAP's computer group but is not a computer that exists (an old name, a farm name without members), correct the name on the client or the group on the gateway.",
  ],
  sample: {
    description:
      'A gateway-only export of RDGW03: DANA-LT (198.51.100.23) is let through to RDSH09 on port 3390 (200, 300) and the gateway cannot connect (304); ten minutes later it connects to RDSH10 and carries the session until she disconnects (302, 303).',
    file: 'samples/patterns/gateway-host-unreachable/sample.xml',
  },
} as const satisfies Pattern;
