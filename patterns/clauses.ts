/**
 * How a pattern writes its evidence clauses (one call a clause, named by where the engine looks: `inAttempt`,
 * `inClient`, `inWindow`, `inHistory`, `onPath`), and the clauses and matchers several patterns share, written once.
 */
import type { ClauseScope, EventMatcher, EvidenceClause, FieldTest } from './types.js';

/** What a clause may say beyond its name, events and weight (EvidenceClause): how far it looks, how it joins, what clears it. */
type Reach = Pick<EvidenceClause, 'before' | 'after' | 'sameClient' | 'join' | 'clearedBy'>;

/**
 * A clause's weight, or `'excludes'`: the pattern must not fire when it matches (evidence of another explanation;
 * such a clause adds no weight).
 */
type Weight = number | 'excludes';

function clauseIn(scope: ClauseScope) {
  return (name: string, match: EventMatcher, weight: Weight, reach: Reach = {}): EvidenceClause => ({
    name,
    match,
    scope,
    ...reach,
    ...(weight === 'excludes' ? { weight: 0, excludes: true } : { weight }),
  });
}

/** In the attempt's own server-side events. */
export const inAttempt = clauseIn('attempt');
/** In the attempt's client-side events (from `before` s before it to `after` s after it; 5 each unless said). */
export const inClient = clauseIn('client');
/** Any event of the same computer from `before` s before the attempt to `after` s after it (5 each unless said). */
export const inWindow = clauseIn('window');
/** A host condition of the same computer logged in the `before` seconds up to the attempt's end (a day unless said). */
export const inHistory = clauseIn('history');
/** An event of a computer on the connection's path that names the attempt by the keys `join` gives. */
export const onPath = clauseIn('path');

/** A day in seconds, for how far a history clause looks back. */
export const DAY = 86_400;

/**
 * A Security 4625 (failed logon) with `fields`, for the attempt's client, from 5 s before the attempt to
 * `after` seconds after it: Windows logs the logon failure of an RDP sign-in (NLA's network logon, or the
 * interactive logon type 10 after it) beside the connection, not in it.
 */
export function failedLogon(
  name: string,
  fields: Readonly<Record<string, FieldTest>>,
  o: { readonly weight: Weight; readonly after: number },
): EvidenceClause {
  return inWindow(name, { channel: 'Security', eventId: 4625, fields }, o.weight, { after: o.after, sameClient: true });
}

/**
 * The two failed-logon clauses of one status, named `names`: Windows puts it in `Status`, or in `SubStatus` under a
 * generic Status (0xC000006E with SubStatus 0xC0000072 for a disabled account).
 */
export function failedLogonStatus(
  names: readonly [status: string, subStatus: string],
  status: FieldTest,
  o: { readonly weight: number; readonly after: number },
): readonly EvidenceClause[] {
  return [failedLogon(names[0], { Status: status }, o), failedLogon(names[1], { SubStatus: status }, o)];
}

/**
 * What the client was told (RDPClient 1026's `Value`, mstsc's disconnect reason): a clause of `weight` when it is
 * `value`; with no value, context that adds no weight.
 */
export function clientCode(weight: number, value?: FieldTest): EvidenceClause {
  const fields = value === undefined ? {} : { fields: { Value: value } };
  return inClient('clientCode', { channel: 'RDPClient/Operational', eventId: 1026, ...fields }, weight);
}

/** The provider names of the Remote Desktop Services events that RCM logs (classic: TermService, in System). */
export const RCM_PROVIDERS = ['Microsoft-Windows-TerminalServices-RemoteConnectionManager', 'TermService'];

/**
 * The licensing events RCM logs for one client's connection (1003 the client's licence is invalid, 1004 no licence
 * can be issued, 1011 its temporary licence expired): RemoteConnectionManager/Operational, System on older builds.
 */
export function clientLicenceEvent(eventId: number | readonly number[]): EventMatcher {
  return { channel: ['RemoteConnectionManager/Operational', 'System'], provider: RCM_PROVIDERS, eventId };
}

/** How an RD Gateway's events (Gateway/Operational) name the attempt: the computer asked for, the user, the client. */
export const GATEWAY_JOIN = { target: 'Resource', user: 'Username', client: 'IpAddress' } as const;

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

/** A process start as a pattern reads it: its program (a path) and its command line, each a test. */
export interface ProcessStart {
  readonly image?: FieldTest;
  readonly commandLine?: FieldTest;
}

/**
 * Process creation in the two logs that record it: Security 4688 (`NewProcessName`, `CommandLine`) and Sysmon 1
 * (`Image`, `CommandLine`), each start given once and read in both (Security's matchers first, in the order given).
 */
export function processStarts(...starts: readonly ProcessStart[]): EventMatcher[] {
  const fields = (program: string, s: ProcessStart) => ({
    ...(s.image ? { [program]: s.image } : {}),
    ...(s.commandLine ? { CommandLine: s.commandLine } : {}),
  });
  return [
    ...starts.map((s) => ({ channel: 'Security', eventId: 4688, fields: fields('NewProcessName', s) })),
    ...starts.map((s) => ({ provider: 'Microsoft-Windows-Sysmon', eventId: 1, fields: fields('Image', s) })),
  ];
}
