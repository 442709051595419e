/** Evidence clauses several patterns share, written once. */
import type { EventMatcher, EvidenceClause, FieldTest } from './types.js';

/**
 * A Security 4625 (failed logon) with `fields`, for the attempt's client, from 5 s before the attempt to
 * `after` seconds after it: Windows logs the logon failure of an RDP sign-in (NLA's network logon, or the
 * interactive logon type 10 after it) beside the connection, not in it.
 */
export function failedLogon(
  name: string,
  fields: Readonly<Record<string, FieldTest>>,
  o: { readonly weight: number; readonly after: number },
): EvidenceClause {
  return {
    name,
    match: { channel: 'Security', eventId: 4625, fields },
    scope: 'window',
    before: 5,
    after: o.after,
    sameClient: true,
    weight: o.weight,
  };
}

/**
 * What the client was told (RDPClient 1026's `Value`, mstsc's disconnect reason): a clause of `weight` when it is
 * `value`; with no value, context that adds no weight.
 */
export function clientCode(weight: number, value?: FieldTest): EvidenceClause {
  return {
    name: 'clientCode',
    match: {
      channel: 'RDPClient/Operational',
      eventId: 1026,
      ...(value === undefined ? {} : { fields: { Value: value } }),
    },
    scope: 'client',
    weight,
  };
}

/**
 * Where an RD Session Host logs its licensing state (grace period, licensing mode, license server, CALs it
 * was refused): RemoteConnectionManager/Admin on current builds, System (source TermService) on older ones.
 */
export const RDSH_LICENSING_LOG = {
  channel: ['RemoteConnectionManager/Admin', 'System'],
  provider: ['Microsoft-Windows-TerminalServices-RemoteConnectionManager', 'TermService', 'TermServLicensing'],
} as const;

/** mstsc gave up in licensing (RDPClient 1026): 2056 licensing failed, 2312 licensing timed out. */
export const CLIENT_LICENSING_FAILED: EventMatcher = {
  channel: 'RDPClient/Operational',
  eventId: 1026,
  fields: { Value: { in: [2056, 2312] } },
};

/** RdpCoreTS 226 0x80070040 (ERROR_NETNAME_DELETED): the peer's socket went away without an RDP goodbye. */
export const PEER_CLOSED: EventMatcher = {
  channel: 'RdpCoreTS/Operational',
  eventId: 226,
  fields: { ErrorCode: '0x80070040' },
};

/** RdpCoreTS 142/143: a socket read or write failed with 64, the peer closed it. */
export const SOCKET_CLOSED: EventMatcher = {
  channel: 'RdpCoreTS/Operational',
  eventId: [142, 143],
  fields: { error: 64 },
};

/**
 * RdpCoreTS 72 `SetErrorInfo(0x…)`: the server told the client why it ends the connection (an error-info code,
 * rdp-events.md 3.3). With `code`, that code; without, any but 0 (0 is a plain end).
 */
export function errorInfoSent(code?: number): EventMatcher {
  const value = code === undefined ? '[1-9a-f]' : `${code.toString(16)}\\)$`;
  return {
    channel: 'RdpCoreTS/Operational',
    eventId: 72,
    fields: { MethodName: { regex: `^SetErrorInfo\\(0x0*${value}` } },
  };
}
