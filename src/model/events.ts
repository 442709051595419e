/**
 * The events rdpdiag knows, one row per (provider, event id): the one table every per-event rule derives from.
 * A row says where the event is logged (channel, machines), its fields in manifest order (PowerShell's
 * `Properties` carry values without names: `parsers/powershell/field-names.ts`), which of them Windows renders in
 * hexadecimal, where the manifest puts them (UserData element), the English labels of its message (SIEM exports
 * that lost the field names: `parsers/siem/message.ts`), whether it stands for one connection (how far a log
 * reaches, lower bounds: `src/ingest/log-reach.ts`), and its meaning in one line (explain-code's event table).
 * Adding an event is one object literal in `EVENTS`; `test/model/events.test.ts` checks that every event a rule
 * reads has its row, with the fields every reader needs. Sources: `../shared/reference/rdp-events.md` §1, the
 * Security auditing pages on Microsoft Learn, Sysmon's schema.
 */
import { type ChannelInfo, findChannel, type Machine } from './channels.js';
import { CLIENT, GATEWAY, LICENSING, LSM, RCM, RDPCORE, SECURITY, SYSMON } from './providers.js';

/**
 * The events that each stand for one connection a computer accepted (log-reach markers), in the order lower
 * bounds list the logs that hold them.
 */
export const CONNECTION_MARKERS = [
  'listener',
  'rdpcore-accept',
  'schannel-alert',
  'schannel-suite',
  'logon-failure',
] as const;
export type ConnectionMarker = (typeof CONNECTION_MARKERS)[number];

/** English message labels: section (`''` for a message without sections) → label → field name. */
export type MessageLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface EventRow {
  readonly provider: string;
  readonly id: number;
  /** The channel it is logged in, as `CHANNELS` names it (or the full name of a channel rdpdiag does not read whole). */
  readonly channel: string;
  /** Channels older builds log it in instead (TermService's licensing events in System). */
  readonly alsoIn?: readonly string[];
  /** The machines that log it, the usual one first; unset: its channel's. */
  readonly machines?: readonly [Machine, ...Machine[]];
  /** What it says, in one line. */
  readonly meaning: string;
  /** Its fields in manifest order (a later version appends fields, so the longest list serves every version). */
  readonly fields?: readonly string[];
  /**
   * Fields Windows renders in hexadecimal, which Get-WinEvent gives as numbers: `hex` 32-bit ones (NTSTATUS,
   * HRESULT: eight digits, `0x0000000a`), `hex64` 64-bit ones and pointers (`0x3e7`).
   */
  readonly hex?: readonly string[];
  readonly hex64?: readonly string[];
  /** The manifest puts the fields in UserData under this element (dumps write it back so). */
  readonly userData?: string;
  /** Labels of its English message beyond those its whole log shares (`LOG_MESSAGE_LABELS`). */
  readonly labels?: MessageLabels;
  /**
   * Its en-US message as the provider's message table writes it, `%N` standing for its Nth field in `fields` order
   * (libyal winevt-kb's dumps of rdpcorets.dll, mstscax.dll; the manifests' texts): what an export that keeps only the
   * rendered text (Splunk classic WinEventLog) gives back, and how parsers/siem/message.ts reads the fields out of it.
   */
  readonly message?: string;
  /**
   * `paste`: its `message` is read only in what users paste (explain-code), not by the SIEM readers, whose result it
   * would change (fields the labels of its message do not give, or give under other names).
   */
  readonly messageUse?: 'paste';
  /**
   * It stands for one connection the computer accepted: which marker, and whether only Remote Desktop logs it
   * (`rdp`; Schannel and 4625 also serve other listeners and logons).
   */
  readonly marker?: { readonly kind: ConnectionMarker; readonly rdp: boolean };
  /** It says a connection passed network authentication (a logon follows, which LSM records). */
  readonly authenticates?: true;
  /**
   * Only a computer in this role logs it, so one such event tells the computer's role (a KDC's 4768, an RDP
   * listener's 261, mstsc's 1024): each computer's roles, marked as its logs are read (`LogReach`), decide whose
   * logs coverage says are missing and which computer is a domain controller (outbound-rdp).
   */
  readonly role?: Machine;
  /**
   * The fields a person reads first, in reading order (Hayabusa's `Details`, EvtxECmd's `PayloadData`): every
   * report's evidence and the timeline's `Details` show them first and whole, the rest after them or on request.
   * `[]`: no field says more than the event itself (its message, or its fields in record order).
   */
  readonly salient?: readonly string[];
  /**
   * It proves a logon of its connection's session, and so a success (src/correlate/attempt-builder.ts derives the
   * outcome rules from this column): the conditions under which it does. RCM 1149 has none: NLA passed is no logon.
   */
  readonly logonProof?: LogonProof;
  /**
   * It records one connection on the computer that logs it, naming the client by the field `address`: a log of the
   * host itself read as a source of attempts (src/correlate/host-connections.ts). The record joins the host's attempt
   * of that client at that moment (the join key: computer, client address, time), names the client of an
   * address-less listener connection of the same moment, else is an attempt of its own (`unknown`). The correlator
   * keeps such events (`mayBelongToAttempt`), and the client's address is read from this field (`rawClientAddress`).
   */
  readonly hostConnection?: { readonly address: string };
}

/** When an event proves a logon of its connection's session (`EventRow.logonProof`); every condition set must hold. */
export interface LogonProof {
  /** Only these Security logon types (10: remote interactive). */
  readonly logonTypes?: readonly number[];
  /** These logon types too, when a remote client is named (7: a reconnect to the session, not the console's unlock). */
  readonly remoteLogonTypes?: readonly number[];
  /** Only when this field matches; with `session`, its first group is the session the connection was given (RdpCoreTS 66). */
  readonly match?: { readonly field: string; readonly re: RegExp; readonly session?: true };
  /** Only when it names a user (the session's logoff or disconnect of a user, where its logon rolled over). */
  readonly namesUser?: true;
  /**
   * Not when the connection's records hold its session's beginning (these LSM events naming the same session, the
   * arbitration that precedes a logon or reconnect): there Windows would have written the logon itself (LSM 21, 25),
   * so a logoff or disconnect without it ends a session nobody signed in to.
   */
  readonly unlessSessionBegan?: readonly number[];
  /**
   * Inferred, not written: only after event `after` of the same connection and with `field` one of `values` (the
   * client's 1026 of the user's own disconnect or logoff after its 1025, on a client that writes no 1027).
   */
  readonly inferred?: { readonly after: number; readonly field: string; readonly values: readonly number[] };
}

const LOGON_4624 = [
  'SubjectUserSid',
  'SubjectUserName',
  'SubjectDomainName',
  'SubjectLogonId',
  'TargetUserSid',
  'TargetUserName',
  'TargetDomainName',
  'TargetLogonId',
  'LogonType',
  'LogonProcessName',
  'AuthenticationPackageName',
  'WorkstationName',
  'LogonGuid',
  'TransmittedServices',
  'LmPackageName',
  'KeyLength',
  'ProcessId',
  'ProcessName',
  'IpAddress',
  'IpPort',
  'ImpersonationLevel',
  'RestrictedAdminMode',
  'TargetOutboundUserName',
  'TargetOutboundDomainName',
  'VirtualAccount',
  'TargetLinkedLogonId',
  'ElevatedToken',
];
const LOGON_4625 = [
  'SubjectUserSid',
  'SubjectUserName',
  'SubjectDomainName',
  'SubjectLogonId',
  'TargetUserSid',
  'TargetUserName',
  'TargetDomainName',
  'Status',
  'FailureReason',
  'SubStatus',
  'LogonType',
  'LogonProcessName',
  'AuthenticationPackageName',
  'WorkstationName',
  'TransmittedServices',
  'LmPackageName',
  'KeyLength',
  'ProcessId',
  'ProcessName',
  'IpAddress',
  'IpPort',
];
/** 4740 and 4767: an account locked out or unlocked, and the account that did it (Microsoft Learn lists the same). */
const ACCOUNT_CHANGED = [
  'TargetUserName',
  'TargetDomainName',
  'TargetSid',
  'SubjectUserSid',
  'SubjectUserName',
  'SubjectDomainName',
  'SubjectLogonId',
];
const LOGON_IDS = ['SubjectLogonId', 'TargetLogonId', 'TargetLinkedLogonId', 'LogonID', 'ProcessId'];
const SESSION_RECONNECT = ['AccountName', 'AccountDomain', 'LogonID', 'SessionName', 'ClientName', 'ClientAddress'];
/** 4778/4779 name their subject `AccountName`, `AccountDomain`, `LogonID`. */
const SESSION_RECONNECT_LABELS: MessageLabels = {
  Subject: { 'Account Name': 'AccountName', 'Account Domain': 'AccountDomain', 'Logon ID': 'LogonID' },
};
/** 4634/4647 name their subject `Target…`. */
const LOGOFF_LABELS: MessageLabels = {
  Subject: {
    'Security ID': 'TargetUserSid',
    'Account Name': 'TargetUserName',
    'Account Domain': 'TargetDomainName',
    'Logon ID': 'TargetLogonId',
  },
};
const LSM_SESSION = ['User', 'SessionID', 'Address'];
/**
 * 4778/4779's en-US message (the Security-Auditing message table; Event Viewer and `Get-WinEvent` render it so,
 * with its closing explanation).
 */
const sessionStationMessage = (what: string, when: string) =>
  `A session was ${what} a Window Station.\r\n\r\nSubject:\r\n\tAccount Name:\t\t%1\r\n\tAccount Domain:\t\t%2\r\n\tLogon ID:\t\t%3\r\n\r\nSession:\r\n\tSession Name:\t\t%4\r\n\r\nAdditional Information:\r\n\tClient Name:\t\t%5\r\n\tClient Address:\t\t%6\r\n\r\n\r\nThis event is generated when a user ${when} using Fast User Switching.`;
/** 4768/4771 (a domain controller's Kerberos): the message's sections; `Failure Code` (4771) and `Result Code` (4768). */
const KERBEROS_LABELS: MessageLabels = {
  'Account Information': {
    'Security ID': 'TargetSid',
    'Account Name': 'TargetUserName',
    'Supplied Realm Name': 'TargetDomainName',
    'User ID': 'TargetSid',
  },
  'Service Information': { 'Service Name': 'ServiceName', 'Service ID': 'ServiceSid' },
  'Network Information': { 'Client Address': 'IpAddress', 'Client Port': 'IpPort' },
  'Additional Information': {
    'Ticket Options': 'TicketOptions',
    'Failure Code': 'Status',
    'Result Code': 'Status',
    'Ticket Encryption Type': 'TicketEncryptionType',
    'Pre-Authentication Type': 'PreAuthType',
  },
  'Certificate Information': {
    'Certificate Issuer Name': 'CertIssuerName',
    'Certificate Serial Number': 'CertSerialNumber',
    'Certificate Thumbprint': 'CertThumbprint',
  },
};
/** 4769 (a service ticket): the same sections, with the account's domain, its logon GUID and the transited services. */
const KERBEROS_SERVICE_LABELS: MessageLabels = {
  ...KERBEROS_LABELS,
  'Account Information': {
    'Account Name': 'TargetUserName',
    'Account Domain': 'TargetDomainName',
    'Logon GUID': 'LogonGuid',
  },
  'Additional Information': {
    ...KERBEROS_LABELS['Additional Information'],
    'Transited Services': 'TransmittedServices',
  },
};
const KERBEROS_CERTIFICATE = ['CertIssuerName', 'CertSerialNumber', 'CertThumbprint'];
const CLIENT_VALUE = ['Name', 'Value', 'CustomLevel'];
/** RCM 1149 and 1151: three parameters (their order differs). */
const RCM_PARAMS = ['Param1', 'Param2', 'Param3'];

/**
 * Labels every English message of a log shares, by the log `messageLogOf` (parsers/siem/message.ts) tells:
 * LSM's session lines, the Security sections (the same label means a different field under `Subject:` and
 * `New Logon:`; `*` holds labels valid in any section). An event's own labels (`EventRow.labels`) come first.
 */
export const LOG_MESSAGE_LABELS: Readonly<Record<'lsm' | 'rcm' | 'security', MessageLabels>> = {
  /** LSM 21–25 (`User:`, `Session ID:`, `Source Network Address:`), 41/42 (`User:`, `Session ID:`). */
  lsm: { '': { User: 'User', 'Session ID': 'SessionID', 'Source Network Address': 'Address' } },
  rcm: {},
  security: {
    Subject: {
      'Security ID': 'SubjectUserSid',
      'Account Name': 'SubjectUserName',
      'Account Domain': 'SubjectDomainName',
      'Logon ID': 'SubjectLogonId',
    },
    'New Logon': {
      'Security ID': 'TargetUserSid',
      'Account Name': 'TargetUserName',
      'Account Domain': 'TargetDomainName',
      'Logon ID': 'TargetLogonId',
      'Linked Logon ID': 'TargetLinkedLogonId',
      'Logon GUID': 'LogonGuid',
    },
    'Account For Which Logon Failed': {
      'Security ID': 'TargetUserSid',
      'Account Name': 'TargetUserName',
      'Account Domain': 'TargetDomainName',
    },
    'Failure Information': { 'Failure Reason': 'FailureReason', Status: 'Status', 'Sub Status': 'SubStatus' },
    'Network Information': {
      'Workstation Name': 'WorkstationName',
      'Source Network Address': 'IpAddress',
      'Source Port': 'IpPort',
    },
    'Detailed Authentication Information': {
      'Logon Process': 'LogonProcessName',
      'Authentication Package': 'AuthenticationPackageName',
      'Package Name (NTLM only)': 'LmPackageName',
    },
    'Process Information': {
      'Caller Process ID': 'ProcessId',
      'Caller Process Name': 'ProcessName',
      'Process ID': 'ProcessId',
      'Process Name': 'ProcessName',
      // 4688: the new process, and its creator (the parent).
      'New Process ID': 'NewProcessId',
      'New Process Name': 'NewProcessName',
      'Token Elevation Type': 'TokenElevationType',
      'Mandatory Label': 'MandatoryLabel',
      'Creator Process ID': 'ProcessId',
      'Creator Process Name': 'ParentProcessName',
      'Process Command Line': 'CommandLine',
    },
    // 4688 names its subject `Creator Subject`, and the account the process runs as `Target Subject`.
    'Creator Subject': {
      'Security ID': 'SubjectUserSid',
      'Account Name': 'SubjectUserName',
      'Account Domain': 'SubjectDomainName',
      'Logon ID': 'SubjectLogonId',
    },
    'Target Subject': {
      'Security ID': 'TargetUserSid',
      'Account Name': 'TargetUserName',
      'Account Domain': 'TargetDomainName',
      'Logon ID': 'TargetLogonId',
    },
    // 4732 (and the other group-membership events): the member added and the group.
    Member: { 'Security ID': 'MemberSid', 'Account Name': 'MemberName' },
    Group: { 'Security ID': 'TargetSid', 'Group Name': 'TargetUserName', 'Group Domain': 'TargetDomainName' },
    // 4657: the registry value and its change.
    Object: { 'Object Name': 'ObjectName', 'Object Value Name': 'ObjectValueName', 'Operation Type': 'OperationType' },
    'Change Information': {
      'Old Value Type': 'OldValueType',
      'Old Value': 'OldValue',
      'New Value Type': 'NewValueType',
      'New Value': 'NewValue',
    },
    // 4697: a service installed.
    'Service Information': {
      'Service Name': 'ServiceName',
      'Service File Name': 'ServiceFileName',
      'Service Type': 'ServiceType',
      'Service Start Type': 'ServiceStartType',
      'Service Account': 'ServiceAccount',
    },
    Session: { 'Session Name': 'SessionName' },
    'Additional Information': { 'Client Name': 'ClientName', 'Client Address': 'ClientAddress' },
    '*': { 'Logon Type': 'LogonType', 'Restricted Admin Mode': 'RestrictedAdminMode' },
  },
};

/** Rows of one provider: the same fields apart from id and meaning. */
function rows(
  base: Omit<EventRow, 'id' | 'meaning'>,
  meanings: Readonly<Record<number, string>>,
  messages: Readonly<Record<number, string>> = {},
): EventRow[] {
  return Object.entries(meanings).map(([id, meaning]) => {
    const message = messages[Number(id)];
    return { ...base, id: Number(id), meaning, ...(message ? { message } : {}) };
  });
}

/**
 * LSM's session messages (21–25): the en-US text of the LocalSessionManager manifest, as Event Viewer and
 * `Get-WinEvent` render it (rdp-events.md §1.2 names them; Microsoft Learn's RDS troubleshooting pages quote them).
 */
const lsmMessage = (what: string, address = true) =>
  `Remote Desktop Services: ${what}:\r\n\r\nUser: %1\r\nSession ID: %2${address ? '\r\nSource Network Address: %3' : ''}`;

/**
 * 4732, 4728 and 4756, a member added to a security-enabled local, global or universal group: one set of fields
 * (Microsoft Learn's page for each event lists the same).
 */
const GROUP_MEMBER_ADDED: Omit<EventRow, 'id' | 'meaning'> = {
  provider: SECURITY,
  channel: 'Security',
  salient: ['MemberName', 'MemberSid', 'TargetUserName', 'SubjectUserName'],
  fields: [
    'MemberName',
    'MemberSid',
    'TargetUserName',
    'TargetDomainName',
    'TargetSid',
    'SubjectUserSid',
    'SubjectUserName',
    'SubjectDomainName',
    'SubjectLogonId',
    'PrivilegeList',
  ],
  hex64: ['SubjectLogonId'],
};

export const EVENTS: readonly EventRow[] = [
  // RdpCoreTS/Operational: the RDP stack, one ActivityID per connection (rdp-events.md §1.1).
  {
    provider: RDPCORE,
    id: 65,
    message: 'Connection %1 created ',
    channel: 'RdpCoreTS',
    salient: ['ConnectionName'],
    meaning: 'Connection object created.',
    fields: ['ConnectionName'],
  },
  {
    provider: RDPCORE,
    id: 66,
    message: 'The connection %1 was assigned to session %2',
    channel: 'RdpCoreTS',
    salient: ['ConnectionName', 'SessionID'],
    meaning: 'The connection was assigned to a session.',
    fields: ['ConnectionName', 'SessionID'],
  },
  { provider: RDPCORE, id: 67, channel: 'RdpCoreTS', salient: [], meaning: 'The connection hit an error.' },
  {
    provider: RDPCORE,
    id: 68,
    message:
      'TMT: ConnectionName=%1, PromptForCredentials=%2, PromptForCredentialsDone=%3, GfxChannelOpened=%4, FirstGraphicsReceived=%5 [ms]',
    channel: 'RdpCoreTS',
    meaning: 'Connection timings: credentials prompt, graphics channel, first graphics.',
    fields: [
      'ConnectionName',
      'PromptForCredentials',
      'PromptForCredentialsDone',
      'GfxChannelOpened',
      'FirstGraphicsReceived',
    ],
  },
  {
    provider: RDPCORE,
    id: 70,
    message: 'The listener listens with display driver %1 available.',
    channel: 'RdpCoreTS',
    meaning: 'Display driver loaded.',
    fields: ['DisplayDriverName'],
  },
  {
    provider: RDPCORE,
    id: 71,
    message: 'The connection %1 uses display driver %2.',
    channel: 'RdpCoreTS',
    meaning: 'The connection uses a display driver.',
    fields: ['ConnectionName', 'DisplayDriverName'],
  },
  {
    provider: RDPCORE,
    id: 72,
    message: 'Interface method called: %1',
    channel: 'RdpCoreTS',
    salient: ['MethodName'],
    meaning:
      'Interface method called (SetErrorInfo(0xN): the error-info code sent to the client; LogonNotify(SessionId=N): the user logged on to the session).',
    fields: ['MethodName'],
    logonProof: { match: { field: 'MethodName', re: /^LogonNotify\(SessionId=(\d+)\)/, session: true } },
  },
  {
    provider: RDPCORE,
    id: 97,
    message:
      'The RDP protocol component %1 detected an error (%2) in the protocol stream and the client was disconnected.',
    channel: 'RdpCoreTS',
    salient: ['ComponentName', 'ErrorCode'],
    meaning: 'An RDP protocol component found an error in the protocol stream and disconnected the client.',
    fields: ['ComponentName', 'ErrorCode'],
    hex: ['ErrorCode'],
  },
  {
    provider: RDPCORE,
    id: 98,
    message: 'A TCP connection has been successfully established.',
    channel: 'RdpCoreTS',
    salient: [],
    meaning: 'The RDP protocol connection is complete.',
  },
  { provider: RDPCORE, id: 99, channel: 'RdpCoreTS', salient: [], meaning: 'A TCP connection failed.' },
  {
    provider: RDPCORE,
    id: 101,
    message: 'The network characteristics detection function has been disabled because of %1.',
    channel: 'RdpCoreTS',
    salient: ['ReasonString'],
    meaning: 'Network characteristics detection disabled.',
    fields: ['ReasonString'],
  },
  {
    provider: RDPCORE,
    id: 102,
    message: 'The server has terminated main RDP connection with the client.',
    channel: 'RdpCoreTS',
    salient: [],
    meaning: 'The server terminated the main RDP connection.',
  },
  {
    provider: RDPCORE,
    id: 103,
    message: 'The disconnect reason is %1',
    channel: 'RdpCoreTS',
    salient: ['ReasonCode'],
    meaning: 'The disconnect reason.',
    fields: ['ReasonCode'],
  },
  {
    provider: RDPCORE,
    id: 104,
    message: 'Client timezone is %1 hour from UTC; ',
    channel: 'RdpCoreTS',
    meaning: "The client's time-zone bias.",
    fields: ['TimezoneBiasHour'],
  },
  {
    provider: RDPCORE,
    id: 105,
    channel: 'RdpCoreTS-Admin',
    salient: ['ConnectionName'],
    meaning: 'The connection uses native RDP encryption.',
  },
  {
    provider: RDPCORE,
    id: 129,
    message: 'The server is using %1 to bind to port %2.',
    channel: 'RdpCoreTS',
    meaning: 'The server binds a transport to a port.',
    fields: ['TransportProtocolName', 'Port'],
  },
  {
    provider: RDPCORE,
    id: 130,
    message: 'The server has initiated a multi-transport request to the client, for tunnel: %1.',
    channel: 'RdpCoreTS',
    meaning: 'Multi-transport request started.',
    fields: ['TunnelID'],
  },
  {
    provider: RDPCORE,
    id: 131,
    message: 'The server accepted a new %1 connection from client %2.',
    channel: 'RdpCoreTS',
    salient: ['ClientIP', 'ConnType'],
    meaning: 'The server accepted a new TCP or UDP connection from a client.',
    fields: ['ConnType', 'ClientIP'],
    marker: { kind: 'rdpcore-accept', rdp: true },
    role: 'server',
  },
  {
    provider: RDPCORE,
    id: 132,
    message: 'A channel %1 has been connected between the server and the client using transport tunnel: %2.',
    channel: 'RdpCoreTS',
    meaning: 'A channel opened.',
    fields: ['ChannelName', 'TunnelID'],
  },
  {
    provider: RDPCORE,
    id: 133,
    message:
      'The following network characteristics have been detected for tunnel %1; Link latency : %2 milliseconds and Bandwidth: %3 kbps.',
    channel: 'RdpCoreTS',
    meaning: 'UDP tunnel RTT and bandwidth.',
    fields: ['TunnelID', 'RTT', 'Bandwidth'],
  },
  {
    provider: RDPCORE,
    id: 134,
    channel: 'RdpCoreTS',
    salient: ['ResultCode'],
    meaning: 'A multi-transport (UDP) tunnel failed.',
  },
  {
    provider: RDPCORE,
    id: 135,
    message: 'The multi-transport connection finished for tunnel: %1, its transport type set to %2.',
    channel: 'RdpCoreTS',
    meaning: 'The tunnel transport type.',
    fields: ['TunnelID', 'TransportType'],
  },
  {
    provider: RDPCORE,
    id: 136,
    channel: 'RdpCoreTS',
    salient: ['ResultCode'],
    meaning: 'Multi-transport failed; falling back to TCP.',
  },
  {
    provider: RDPCORE,
    id: 138,
    channel: 'RdpCoreTS',
    salient: ['ResultCode'],
    meaning: 'DTLS (UDP security) initialisation failed.',
  },
  {
    provider: RDPCORE,
    id: 139,
    message:
      'The server security layer detected an error (%1) in the protocol stream and the client (Client IP:%2) has been disconnected.',
    channel: 'RdpCoreTS',
    salient: ['IPString', 'ResultCode'],
    meaning: 'The security layer found an error in the protocol stream and disconnected the client.',
    fields: ['ResultCode', 'IPString'],
  },
  {
    provider: RDPCORE,
    id: 140,
    message:
      'A connection from the client computer with an IP address of %1 failed because the user name or password is not correct.',
    channel: 'RdpCoreTS',
    salient: ['IPString'],
    meaning: 'A connection failed: user name or password incorrect (NLA).',
    fields: ['IPString'],
  },
  {
    provider: RDPCORE,
    id: 141,
    message: 'PerfCounter session started with instance ID %1',
    channel: 'RdpCoreTS',
    meaning: 'Performance counter session started.',
    fields: ['InstanceID'],
  },
  {
    provider: RDPCORE,
    id: 142,
    message: 'TCP socket READ operation failed, error %1',
    channel: 'RdpCoreTS',
    salient: ['error'],
    meaning: 'A TCP socket read failed.',
    fields: ['error'],
  },
  {
    provider: RDPCORE,
    id: 143,
    message: 'TCP socket WRITE operation failed, error %1',
    channel: 'RdpCoreTS',
    salient: ['error'],
    meaning: 'A TCP socket write failed.',
    fields: ['error'],
  },
  {
    provider: RDPCORE,
    id: 145,
    message:
      'During this connection, server has not sent data or graphics update for %1 seconds (Idle1: %2, Idle2: %3).',
    channel: 'RdpCoreTS',
    meaning: 'Idle statistics at disconnect.',
    fields: ['IdleSeconds', 'IdleSeconds1', 'IdleSeconds2'],
  },
  { provider: RDPCORE, id: 146, channel: 'RdpCoreTS', salient: ['ErrorCode'], meaning: 'Auto-reconnect failed.' },
  { provider: RDPCORE, id: 147, channel: 'RdpCoreTS', salient: [], meaning: 'LogonUserExEx failed.' },
  {
    provider: RDPCORE,
    id: 148,
    message: 'Channel %1 has been closed between the server and the client on transport tunnel: %2.',
    channel: 'RdpCoreTS',
    meaning: 'A channel closed.',
    fields: ['ChannelName', 'TunnelID'],
  },
  { provider: RDPCORE, id: 149, channel: 'RdpCoreTS', salient: [], meaning: 'Logon certificate validation failed.' },
  {
    provider: RDPCORE,
    id: 162,
    message:
      'The client supports version %1 of the RDP graphics protocol, client mode: %2, AVC available: %3, Initial profile: %4. Server: %5',
    channel: 'RdpCoreTS',
    meaning: 'Graphics codec capabilities.',
    fields: ['Version', 'ClientMode', 'AvcEnabled', 'ProfileIdNum', 'ServerName'],
    hex: ['Version'],
  },
  {
    provider: RDPCORE,
    id: 163,
    message: 'The client supports RDP 7.1 or lower protocol. Server: %1',
    channel: 'RdpCoreTS',
    meaning: 'Graphics codec capabilities.',
    fields: ['ServerName'],
  },
  {
    provider: RDPCORE,
    id: 168,
    message: 'The resolution requested by the client: Monitor %1: (%2, %3), origin: (%4, %5). Server: %6',
    channel: 'RdpCoreTS',
    meaning: "The client's monitor layout.",
    fields: ['MonitorNum', 'MonitorWidth', 'MonitorHeight', 'MonitorX', 'MonitorY', 'ServerName'],
  },
  {
    provider: RDPCORE,
    id: 169,
    message: 'The client operating system type is (%1, %2).  Server: %3',
    channel: 'RdpCoreTS',
    meaning: "The client's OS type.",
    fields: ['MajorType', 'MinorType', 'ServerName'],
  },
  {
    provider: RDPCORE,
    id: 226,
    message: '%1: An error was encountered when transitioning from %3 in response to %7 (error code %8).',
    channel: 'RdpCoreTS',
    salient: ['PreviousStateName', 'NewStateName', 'EventName', 'ErrorCode'],
    meaning: 'A state transition failed (error code).',
    fields: [
      'StateTransition',
      'PreviousState',
      'PreviousStateName',
      'NewState',
      'NewStateName',
      'Event',
      'EventName',
      'ErrorCode',
    ],
    hex: ['ErrorCode'],
  },
  {
    provider: RDPCORE,
    id: 227,
    message: '%3',
    channel: 'RdpCoreTS',
    meaning: 'A trace string (mostly noise).',
    fields: CLIENT_VALUE,
  },
  {
    provider: RDPCORE,
    id: 228,
    message: 'Disconnect trace:%1 %2, Error code:%3',
    channel: 'RdpCoreTS',
    salient: ['ComponentName', 'Message', 'ErrorCode'],
    meaning: 'A disconnect trace with its error code.',
    fields: ['ComponentName', 'Message', 'ErrorCode'],
    hex: ['ErrorCode'],
  },
  {
    provider: RDPCORE,
    id: 229,
    message: '%2',
    channel: 'RdpCoreTS',
    meaning: 'A trace string.',
    fields: ['Name', 'CustomLevel'],
  },

  // LocalSessionManager/Operational: sessions (§1.2); fields in UserData/EventXML.
  {
    provider: LSM,
    id: 16,
    channel: 'LSM',
    salient: [],
    meaning: 'The local multi-user session manager failed to start.',
  },
  { provider: LSM, id: 17, channel: 'LSM', salient: ['Status'], meaning: 'Remote Desktop Services failed to start.' },
  ...rows(
    {
      provider: LSM,
      channel: 'LSM',
      fields: LSM_SESSION,
      userData: 'EventXML',
      salient: ['User', 'Address', 'SessionID'],
      logonProof: {},
    },
    {
      21: 'Session logon succeeded.',
      22: 'Shell start notification received.',
      25: 'Session reconnection succeeded.',
    },
    {
      21: lsmMessage('Session logon succeeded'),
      22: lsmMessage('Shell start notification received'),
      25: lsmMessage('Session reconnection succeeded'),
    },
  ),
  {
    provider: LSM,
    id: 24,
    channel: 'LSM',
    meaning: 'The session has been disconnected.',
    fields: LSM_SESSION,
    message: lsmMessage('Session has been disconnected'),
    userData: 'EventXML',
    logonProof: { namesUser: true, unlessSessionBegan: [41, 42] },
  },
  {
    provider: LSM,
    id: 23,
    channel: 'LSM',
    salient: ['User', 'SessionID'],
    meaning: 'Session logoff succeeded.',
    fields: ['User', 'SessionID'],
    message: lsmMessage('Session logoff succeeded', false),
    userData: 'EventXML',
    logonProof: { namesUser: true, unlessSessionBegan: [41, 42] },
  },
  {
    provider: LSM,
    id: 39,
    channel: 'LSM',
    salient: ['TargetSession', 'Source'],
    meaning: 'A session was disconnected by another session.',
    fields: ['TargetSession', 'Source'],
    userData: 'EventXML',
    message: 'Session %1 has been disconnected by session %2',
  },
  {
    provider: LSM,
    id: 40,
    channel: 'LSM',
    salient: ['Session', 'Reason'],
    meaning: 'A session was disconnected, with a reason code.',
    fields: ['Session', 'Reason'],
    userData: 'EventXML',
    message: 'Session %1 has been disconnected, reason code %2',
  },
  ...rows(
    {
      provider: LSM,
      channel: 'LSM',
      fields: ['User', 'SessionID'],
      userData: 'EventXML',
      salient: ['User', 'SessionID'],
    },
    { 41: 'Begin session arbitration.', 42: 'End session arbitration.' },
  ),

  // RemoteConnectionManager/Operational and /Admin (§1.3); fields in UserData/EventXML.
  { provider: RCM, id: 258, channel: 'RCM', salient: ['listenerName'], meaning: 'A listener started listening.' },
  { provider: RCM, id: 259, channel: 'RCM', salient: ['listenerName'], meaning: 'A listener stopped listening.' },
  {
    provider: RCM,
    id: 261,
    channel: 'RCM',
    salient: ['listenerName'],
    meaning: 'A listener received a connection.',
    fields: ['listenerName'],
    userData: 'EventXML',
    message: 'Listener %1 received a connection',
    marker: { kind: 'listener', rdp: true },
    role: 'server',
  },
  {
    provider: RCM,
    id: 1149,
    channel: 'RCM',
    salient: ['Param1', 'Param2', 'Param3'],
    meaning: 'User authentication succeeded (network-level): user, domain, source address.',
    fields: RCM_PARAMS,
    userData: 'EventXML',
    labels: { '': { User: 'Param1', Domain: 'Param2', 'Source Network Address': 'Param3' } },
    // The en-US text as Get-WinEvent renders it (rdp-events.md quotes it in its PowerShell export sample).
    message:
      'Remote Desktop Services: User authentication succeeded:\r\n\r\nUser: %1\r\nDomain: %2\r\nSource Network Address: %3',
    authenticates: true,
    role: 'server',
  },
  {
    provider: RCM,
    id: 1151,
    channel: 'RCM',
    salient: ['Param1', 'Param2', 'Param3'],
    meaning: "The remote user's connection was declined by the logged-on user.",
  },
  {
    provider: RCM,
    id: 1158,
    channel: 'RCM-Admin',
    salient: ['Param1'],
    meaning: 'Remote Desktop Services accepted a connection from an address.',
    fields: ['Param1'],
    userData: 'EventXML',
    message: 'Remote Desktop Services accepted a connection from IP address %1.',
    hostConnection: { address: 'Param1' },
  },
  ...rows(
    { provider: RCM, channel: 'RCM-Admin', salient: ['Param1'] },
    {
      20515: 'A session time limit was reached (idle, active or disconnected).',
      20516: 'A session time limit was reached (idle, active or disconnected).',
      20517: 'A session time limit was reached (idle, active or disconnected).',
      20518: 'A session time limit was reached (idle, active or disconnected).',
      20519: 'A session time limit was reached (idle, active or disconnected).',
    },
  ),
  // Shadowing (mstsc /shadow; woshub's list of RCM shadow events). rdp-events.md gives no layout: `Param1` (the
  // account shadowing) and `Param2` (the session shadowed) are inferred, and the readers also take named fields.
  ...rows(
    {
      provider: RCM,
      channel: 'RCM',
      salient: ['Param1', 'Param2'],
      fields: ['Param1', 'Param2'],
      userData: 'EventXML',
    },
    {
      20503: 'A shadow view session started (someone watches a session).',
      20506: 'A shadow control session started (someone controls a session).',
      20508: 'The user granted permission to view their session (shadow).',
      20510: 'The user granted permission to control their session (shadow).',
    },
  ),
  // RCM's classic events (TermService), in System; the licensing ones in RCM-Admin on newer builds (§1.4).
  ...rows(
    { provider: RCM, channel: 'RCM', alsoIn: ['System'], salient: ['Param1', 'Data[0]'] },
    {
      1003: 'A client presented an invalid client licence.',
      1004: 'The server cannot issue a client licence.',
      1011: 'A client was refused: its temporary licence expired.',
      1012: 'A client exceeded the maximum failed logon attempts; its session was ended.',
    },
  ),
  ...rows(
    { provider: RCM, channel: 'System', alsoIn: ['RCM', 'RCM-Admin'], salient: [] },
    {
      1070: 'Logon denied: the server is in drain mode.',
      1071: 'Connection denied: the server does not accept new connections.',
    },
  ),
  ...rows(
    { provider: RCM, channel: 'System', salient: ['Data[0]', 'Data[1]', 'Data[2]'] },
    {
      1035: 'The listener stack was down.',
      1050: "The listener's security layer and encryption level do not fit; corrected automatically.",
      1051: 'No usable user-selected TLS certificate; falling back to the default.',
      1052: 'The configured certificate expires soon.',
      1053: 'The configured certificate has expired.',
      1054: 'The configured certificate lacks the Server Authentication EKU.',
      1055: "The configured certificate's private key cannot be accessed.",
      1056: 'A new self-signed certificate was generated.',
      1057: 'Creating a new self-signed certificate failed.',
      1058: 'Replacing the expired self-signed certificate failed.',
      1059: 'The certificate configuration was invalid and was reset to the default certificate.',
      1066: 'A session arbitration request failed.',
      1067: 'The TERMSRV service principal name could not be registered.',
    },
    // Microsoft's event page for Windows Server 2008 ("Event ID 1059 — Terminal Services Authentication and
    // Encryption", cc775255), its "Message:" line.
    {
      1059: 'The Terminal Server authentication certificate configuration data was invalid and the service reset it. If the computer was configured to use a specific certificate, please verify it is available in the certificate store and use the administrative tools to select it again.',
    },
  ),
  // Microsoft's event page for Windows Server 2008 ("Event ID 1065 — Terminal Services Authentication and
  // Encryption", cc775174), its "Message:" line; its one insertion is the error.
  {
    provider: RCM,
    id: 1065,
    channel: 'System',
    salient: ['Data[0]'],
    meaning: 'The template-based certificate has expired and could not be replaced.',
    fields: ['Data[0]'],
    message:
      'The template-based certificate that is being used by the terminal server for Transport Layer Security (TLS) 1.0\\Secure Sockets Layer (SSL) authentication and encryption has expired and cannot be replaced by the terminal server. The following error occurred: %1.',
  },
  ...rows(
    { provider: RCM, channel: 'RCM-Admin', alsoIn: ['System'], salient: ['Param1', 'Data[0]'] },
    {
      1028: 'A client was refused: its licence could not be renewed.',
      1043: 'The license server cannot be communicated with.',
      1061: "The user's licensing information could not be read from Active Directory.",
      1068: 'The RD licensing mode is not configured.',
      1069: 'The grace period expired and the licensing mode is not configured.',
      1128: 'The licensing grace period has expired and no license server with licences is registered.',
      1129: 'The licensing grace period is about to expire.',
      1130: 'No license server is specified.',
      1131: 'The license server could not be contacted.',
      1132: 'The license server does not support this Windows version.',
      1133: 'The certificate the license server issued to this server is invalid.',
      50180: 'A client was refused: its licence could not be renewed (newer builds).',
      50195: 'The license server cannot be communicated with (newer builds).',
      50213: "The user's licensing information could not be read (newer builds).",
      50280: 'The licensing grace period has expired (1128 on newer builds).',
      50281: 'The licensing grace period is about to expire (1129 on newer builds).',
      50282: 'No license server is specified (1130 on newer builds).',
      50283: 'The license server could not be contacted (1131 on newer builds).',
      50284: 'The license server does not support this Windows version (1132 on newer builds).',
      50285: 'The certificate the license server issued is invalid (1133 on newer builds).',
    },
    // Microsoft's event page for Windows Server 2008 R2 ("Event ID 1069 — Remote Desktop Services Client Access
    // License (RDS CAL) Availability", ee891144), its "Message:" line; 1068's as public event references quote it
    // (https://detection-wiki-dev.pages.dev/microsoft-windows-terminalservices-remoteconnectionmanager/; "TS" for
    // "RD" on Windows Server 2008: EventTracker's page for 1068).
    {
      1068: 'The RD Licensing mode has not been configured.',
      1069: 'The RD Licensing grace period has expired and Licensing mode for the Remote Desktop Session Host server has not been configured. Licensing mode must be configured for continuous operation.',
    },
  ),

  // The RD License Server's own events (§1.5), in its System log (TermServLicensing) or its Licensing logs.
  ...rows(
    {
      provider: LICENSING,
      channel: 'System',
      machines: ['license-server'],
      role: 'license-server',
      salient: ['Data[0]', 'Data[1]', 'Data[2]'],
    },
    {
      17: "The license server's certificates are corrupt; only temporary licences are issued.",
      18: 'The license server is not activated; only temporary licences are issued.',
      20: 'Not enough permanent licences of the requested type.',
      21: 'No permanent licences of the requested type remain.',
      22: 'No licences are installed for the product.',
      37: 'The licensing service cannot start.',
      38: 'The licensing service cannot issue a licence.',
    },
  ),

  // RDPClient/Operational: the client's view (§1.7).
  {
    provider: CLIENT,
    id: 1024,
    message: 'RDP ClientActiveX is trying to connect to the server (%2)',
    channel: 'RDPClient',
    salient: ['Name', 'Value'],
    meaning: 'The client is trying to connect to a server.',
    fields: CLIENT_VALUE,
    role: 'client',
  },
  {
    provider: CLIENT,
    id: 1025,
    message: 'RDP ClientActiveX has connected to the server',
    channel: 'RDPClient',
    salient: ['Name', 'Value'],
    meaning: 'The client connected to the server.',
  },
  {
    provider: CLIENT,
    id: 1026,
    message: 'RDP ClientActiveX has been disconnected (Reason= %2)',
    channel: 'RDPClient',
    salient: ['Name', 'Value'],
    meaning: 'The client was disconnected (the reason in decimal).',
    fields: CLIENT_VALUE,
    // Reasons 1 (the user closed the client) and 2 (the user disconnected or logged off in the session).
    logonProof: { inferred: { after: 1025, field: 'Value', values: [1, 2] } },
  },
  {
    provider: CLIENT,
    id: 1027,
    message: 'Connected to domain (%1) with session %2.',
    channel: 'RDPClient',
    salient: ['DomainName', 'SessionId'],
    meaning: 'The client connected to a domain and session.',
    fields: ['DomainName', 'SessionId'],
    logonProof: {},
  },
  {
    provider: CLIENT,
    id: 1028,
    message: 'Server supports SSL = %1',
    channel: 'RDPClient',
    salient: ['TraceMessage'],
    meaning: 'Whether the server supports SSL.',
    fields: ['TraceMessage'],
  },
  {
    provider: CLIENT,
    id: 1029,
    message: 'Base64(SHA256(UserName)) is = %1',
    channel: 'RDPClient',
    salient: ['TraceMessage'],
    meaning: 'A hash of the user name sent (NLA).',
    fields: ['TraceMessage'],
  },
  {
    provider: CLIENT,
    id: 1102,
    message: 'The client has initiated a multi-transport connection to the server %2.',
    channel: 'RDPClient',
    salient: ['Name', 'Value'],
    meaning: 'The client started a multi-transport connection to the server.',
    fields: CLIENT_VALUE,
  },

  // RD Gateway/Operational.
  ...rows(
    {
      provider: GATEWAY,
      channel: 'Gateway',
      role: 'gateway',
      salient: ['Username', 'IpAddress', 'Resource', 'ErrorCode', 'AuthType', 'SessionDuration'],
    },
    {
      200: 'The user met the connection authorization policy.',
      201: 'The user did not meet the connection authorization policy.',
      300: 'The user met the resource authorization policy.',
      301: 'The user did not meet the resource authorization policy.',
      302: 'The user connected to a session host through the gateway.',
      303: 'The user disconnected from a session host.',
      304: 'The gateway could not reach the session host.',
    },
  ),

  // Security (§1.8).
  {
    provider: SECURITY,
    id: 4624,
    channel: 'Security',
    salient: [
      'TargetUserName',
      'TargetDomainName',
      'IpAddress',
      'LogonType',
      'WorkstationName',
      'AuthenticationPackageName',
    ],
    meaning: 'An account was successfully logged on.',
    fields: LOGON_4624,
    hex64: LOGON_IDS,
    logonProof: { logonTypes: [10], remoteLogonTypes: [7] },
  },
  {
    provider: SECURITY,
    id: 4625,
    channel: 'Security',
    salient: ['TargetUserName', 'IpAddress', 'Status', 'SubStatus', 'LogonType'],
    meaning:
      'An account failed to log on; Status, SubStatus and FailureReason say why, LogonType 3 (NLA) or 10 (logon screen) where.',
    fields: LOGON_4625,
    hex: ['Status', 'SubStatus'],
    hex64: LOGON_IDS,
    marker: { kind: 'logon-failure', rdp: false },
  },
  {
    provider: SECURITY,
    id: 4634,
    channel: 'Security',
    salient: ['TargetUserName', 'TargetDomainName', 'LogonType'],
    meaning: 'An account was logged off.',
    fields: ['TargetUserSid', 'TargetUserName', 'TargetDomainName', 'TargetLogonId', 'LogonType'],
    hex64: LOGON_IDS,
    labels: LOGOFF_LABELS,
  },
  {
    provider: SECURITY,
    id: 4647,
    channel: 'Security',
    salient: ['TargetUserName', 'TargetDomainName'],
    meaning: 'A user initiated logoff.',
    fields: ['TargetUserSid', 'TargetUserName', 'TargetDomainName', 'TargetLogonId'],
    hex64: LOGON_IDS,
    labels: LOGOFF_LABELS,
  },
  {
    provider: SECURITY,
    id: 4648,
    channel: 'Security',
    salient: ['SubjectUserName', 'TargetUserName', 'TargetDomainName', 'TargetServerName', 'ProcessName', 'IpAddress'],
    // Logged where the credentials were given: the computer a Remote Desktop connection was made from.
    machines: ['client'],
    meaning: 'A logon was attempted using explicit credentials.',
    fields: [
      'SubjectUserSid',
      'SubjectUserName',
      'SubjectDomainName',
      'SubjectLogonId',
      'LogonGuid',
      'TargetUserName',
      'TargetDomainName',
      'TargetLogonGuid',
      'TargetServerName',
      'TargetInfo',
      'ProcessId',
      'ProcessName',
      'IpAddress',
      'IpPort',
    ],
    hex64: LOGON_IDS,
    // Its `Network Address` and `Port` are its caller's.
    labels: {
      'Account Whose Credentials Were Used': {
        'Account Name': 'TargetUserName',
        'Account Domain': 'TargetDomainName',
        'Logon GUID': 'TargetLogonGuid',
      },
      'Target Server': { 'Target Server Name': 'TargetServerName', 'Additional Information': 'TargetInfo' },
      'Network Information': { 'Network Address': 'IpAddress', Port: 'IpPort' },
    },
  },
  {
    provider: SECURITY,
    id: 4657,
    channel: 'Security',
    salient: ['ObjectName', 'ObjectValueName', 'NewValue', 'ProcessName'],
    meaning: 'A registry value was modified (object access auditing).',
    fields: [
      'SubjectUserSid',
      'SubjectUserName',
      'SubjectDomainName',
      'SubjectLogonId',
      'ObjectName',
      'ObjectValueName',
      'HandleId',
      'OperationType',
      'OldValueType',
      'OldValue',
      'NewValueType',
      'NewValue',
      'ProcessId',
      'ProcessName',
    ],
    hex64: ['SubjectLogonId', 'HandleId', 'ProcessId'],
  },
  {
    provider: SECURITY,
    id: 4670,
    channel: 'Security',
    salient: ['ObjectName', 'SubjectUserName', 'NewSd', 'ProcessName'],
    meaning: "An object's permissions were changed (object access auditing): a file's owner or ACL, termsrv.dll's.",
    fields: [
      'SubjectUserSid',
      'SubjectUserName',
      'SubjectDomainName',
      'SubjectLogonId',
      'ObjectServer',
      'ObjectType',
      'ObjectName',
      'HandleId',
      'OldSd',
      'NewSd',
      'ProcessId',
      'ProcessName',
    ],
    hex64: ['SubjectLogonId', 'HandleId', 'ProcessId'],
  },
  {
    provider: SECURITY,
    id: 4688,
    channel: 'Security',
    salient: ['NewProcessName', 'CommandLine', 'SubjectUserName', 'ParentProcessName'],
    meaning: 'A new process has been created (version 2, Windows 10 / Server 2016 on).',
    fields: [
      'SubjectUserSid',
      'SubjectUserName',
      'SubjectDomainName',
      'SubjectLogonId',
      'NewProcessId',
      'NewProcessName',
      'TokenElevationType',
      'ProcessId',
      'CommandLine',
      'TargetUserSid',
      'TargetUserName',
      'TargetDomainName',
      'TargetLogonId',
      'ParentProcessName',
      'MandatoryLabel',
    ],
    hex64: ['SubjectLogonId', 'TargetLogonId', 'NewProcessId', 'ProcessId'],
  },
  {
    provider: SECURITY,
    id: 4697,
    channel: 'Security',
    salient: ['ServiceName', 'ServiceFileName', 'ServiceAccount', 'SubjectUserName'],
    meaning: 'A service was installed in the system.',
    fields: [
      'SubjectUserSid',
      'SubjectUserName',
      'SubjectDomainName',
      'SubjectLogonId',
      'ServiceName',
      'ServiceFileName',
      'ServiceType',
      'ServiceStartType',
      'ServiceAccount',
      'ClientProcessStartKey',
      'ClientProcessId',
      'ParentProcessId',
    ],
    hex64: ['SubjectLogonId'],
  },
  { ...GROUP_MEMBER_ADDED, id: 4732, meaning: 'A member was added to a security-enabled local group.' },
  {
    provider: SECURITY,
    id: 4663,
    channel: 'Security',
    salient: ['ObjectName', 'AccessList', 'ProcessName', 'SubjectUserName'],
    meaning: 'An attempt was made to access an object (a file written, when object access is audited).',
    fields: [
      'SubjectUserSid',
      'SubjectUserName',
      'SubjectDomainName',
      'SubjectLogonId',
      'ObjectServer',
      'ObjectType',
      'ObjectName',
      'HandleId',
      'AccessList',
      'AccessMask',
      'ProcessId',
      'ProcessName',
      'ResourceAttributes',
    ],
    hex: ['AccessMask'],
    hex64: ['SubjectLogonId', 'HandleId', 'ProcessId'],
    labels: {
      Object: {
        'Object Server': 'ObjectServer',
        'Object Type': 'ObjectType',
        'Object Name': 'ObjectName',
        'Handle ID': 'HandleId',
        'Resource Attributes': 'ResourceAttributes',
      },
      'Access Request Information': { Accesses: 'AccessList', 'Access Mask': 'AccessMask' },
    },
  },
  {
    provider: SECURITY,
    id: 4720,
    channel: 'Security',
    salient: ['TargetUserName', 'TargetDomainName', 'SubjectUserName'],
    meaning: 'A user account was created.',
    fields: [
      'TargetUserName',
      'TargetDomainName',
      'TargetSid',
      'SubjectUserSid',
      'SubjectUserName',
      'SubjectDomainName',
      'SubjectLogonId',
      'PrivilegeList',
      'SamAccountName',
      'DisplayName',
      'UserPrincipalName',
      'HomeDirectory',
      'HomePath',
      'ScriptPath',
      'ProfilePath',
      'UserWorkstations',
      'PasswordLastSet',
      'AccountExpires',
      'PrimaryGroupId',
      'AllowedToDelegateTo',
      'OldUacValue',
      'NewUacValue',
      'UserAccountControl',
      'UserParameters',
      'SidHistory',
      'LogonHours',
    ],
    hex64: ['SubjectLogonId'],
    labels: {
      'New Account': {
        'Security ID': 'TargetSid',
        'Account Name': 'TargetUserName',
        'Account Domain': 'TargetDomainName',
      },
    },
  },
  ...rows(
    { ...GROUP_MEMBER_ADDED, machines: ['domain-controller'] },
    {
      4728: 'A member was added to a security-enabled global group.',
      4756: 'A member was added to a security-enabled universal group.',
    },
  ),
  {
    provider: SECURITY,
    id: 4740,
    channel: 'Security',
    machines: ['server', 'domain-controller'],
    salient: ['TargetUserName', 'TargetDomainName', 'SubjectUserName'],
    meaning:
      'A user account was locked out; TargetDomainName is the Caller Computer Name, the computer whose failed sign-ins did it.',
    fields: ACCOUNT_CHANGED,
    hex64: ['SubjectLogonId'],
    labels: {
      'Account That Was Locked Out': { 'Security ID': 'TargetSid', 'Account Name': 'TargetUserName' },
      'Additional Information': { 'Caller Computer Name': 'TargetDomainName' },
    },
  },
  {
    provider: SECURITY,
    id: 4767,
    channel: 'Security',
    machines: ['server', 'domain-controller'],
    salient: ['TargetUserName', 'SubjectUserName'],
    meaning: 'A user account was unlocked, by the account named as its subject.',
    fields: ACCOUNT_CHANGED,
    hex64: ['SubjectLogonId'],
    labels: {
      'Target Account': {
        'Security ID': 'TargetSid',
        'Account Name': 'TargetUserName',
        'Account Domain': 'TargetDomainName',
      },
    },
  },
  {
    provider: SECURITY,
    id: 4768,
    channel: 'Security',
    salient: ['TargetUserName', 'IpAddress', 'Status', 'ServiceName'],
    machines: ['domain-controller'],
    role: 'domain-controller',
    meaning:
      'A Kerberos authentication ticket (TGT) was requested; a failure names the user, the client address and the code (0x12 revoked: disabled, locked out, expired, logon hours; 0x6 unknown user).',
    fields: [
      'TargetUserName',
      'TargetDomainName',
      'TargetSid',
      'ServiceName',
      'ServiceSid',
      'TicketOptions',
      'Status',
      'TicketEncryptionType',
      'PreAuthType',
      'IpAddress',
      'IpPort',
      ...KERBEROS_CERTIFICATE,
    ],
    hex: ['Status', 'TicketOptions', 'TicketEncryptionType'],
    labels: KERBEROS_LABELS,
  },
  {
    provider: SECURITY,
    id: 4771,
    channel: 'Security',
    salient: ['TargetUserName', 'IpAddress', 'Status', 'ServiceName'],
    machines: ['domain-controller'],
    role: 'domain-controller',
    meaning:
      'Kerberos pre-authentication failed: user, client address, failure code (0x18 bad password, 0x12 revoked, 0x17 password expired, 0x25 clock skew).',
    fields: [
      'TargetUserName',
      'TargetSid',
      'ServiceName',
      'TicketOptions',
      'Status',
      'PreAuthType',
      'IpAddress',
      'IpPort',
      ...KERBEROS_CERTIFICATE,
    ],
    hex: ['Status', 'TicketOptions'],
    labels: KERBEROS_LABELS,
  },
  {
    provider: SECURITY,
    id: 4769,
    channel: 'Security',
    salient: ['TargetUserName', 'IpAddress', 'Status', 'ServiceName'],
    machines: ['domain-controller'],
    role: 'domain-controller',
    meaning:
      'A Kerberos service ticket was requested (for Remote Desktop: TERMSRV/<host>); a failure names the user, the client address and the code (0x12 revoked, 0x17 password expired, 0x25 clock skew).',
    fields: [
      'TargetUserName',
      'TargetDomainName',
      'ServiceName',
      'ServiceSid',
      'TicketOptions',
      'TicketEncryptionType',
      'IpAddress',
      'IpPort',
      'Status',
      'LogonGuid',
      'TransmittedServices',
    ],
    hex: ['Status', 'TicketOptions', 'TicketEncryptionType'],
    labels: KERBEROS_SERVICE_LABELS,
  },
  {
    provider: SECURITY,
    id: 4776,
    channel: 'Security',
    salient: ['TargetUserName', 'Workstation', 'Status'],
    // Logged where the account lives: a domain controller for domain accounts, the server for its local ones.
    machines: ['domain-controller', 'server'],
    meaning: 'The computer attempted to validate the credentials for an account (NTLM).',
    fields: ['PackageName', 'TargetUserName', 'Workstation', 'Status'],
    hex: ['Status'],
  },
  {
    provider: SECURITY,
    id: 4822,
    channel: 'Security',
    salient: ['TargetUserName', 'Workstation', 'Status'],
    machines: ['domain-controller'],
    meaning: 'NTLM authentication failed because the account is a member of the Protected Users group.',
    fields: ['TargetUserName', 'Workstation', 'Status'],
    hex: ['Status'],
    labels: { '': { 'Account Name': 'TargetUserName', 'Device Name': 'Workstation', 'Error Code': 'Status' } },
  },
  {
    provider: SECURITY,
    id: 4823,
    channel: 'Security',
    salient: ['TargetUserName', 'Workstation', 'Status'],
    machines: ['domain-controller'],
    meaning: 'NTLM authentication failed because access control restrictions (an authentication policy) are required.',
    fields: ['TargetUserName', 'Workstation', 'Status', 'SiloName', 'PolicyName'],
    hex: ['Status'],
    labels: {
      '': { 'Account Name': 'TargetUserName', 'Device Name': 'Workstation', 'Error Code': 'Status' },
      'Authentication Policy Information': { 'Silo Name': 'SiloName', PolicyName: 'PolicyName' },
    },
  },
  {
    provider: SECURITY,
    id: 4778,
    channel: 'Security',
    salient: ['AccountName', 'AccountDomain', 'ClientName', 'ClientAddress', 'SessionName'],
    meaning: 'A session was reconnected to a window station.',
    fields: SESSION_RECONNECT,
    message: sessionStationMessage(
      'reconnected to',
      'reconnects to an existing Terminal Services session, or when a user switches to an existing desktop',
    ),
    hex64: LOGON_IDS,
    labels: SESSION_RECONNECT_LABELS,
    logonProof: {},
  },
  {
    provider: SECURITY,
    id: 4779,
    channel: 'Security',
    salient: ['AccountName', 'AccountDomain', 'ClientName', 'ClientAddress', 'SessionName'],
    meaning: 'A session was disconnected from a window station.',
    fields: SESSION_RECONNECT,
    message: sessionStationMessage(
      'disconnected from',
      'disconnects from an existing Terminal Services session, or when a user switches away from an existing desktop',
    ),
    hex64: LOGON_IDS,
    labels: SESSION_RECONNECT_LABELS,
  },
  {
    provider: SECURITY,
    id: 4825,
    channel: 'Security',
    salient: ['AccountName', 'AccountDomain', 'ClientAddress'],
    meaning:
      'A user was denied access to Remote Desktop: not a member of Remote Desktop Users or Administrators (or denied by policy).',
    fields: ['AccountName', 'AccountDomain', 'LogonID', 'ClientAddress'],
    // The Security-Auditing message table (winevt-kb style dump of its en-US messages); the SIEM readers keep their
    // label reading of it (its `User Name:` / `Domain:` labels name other fields there).
    message:
      'A user was denied the access to Remote Desktop. By default, users are allowed to connect only if they are members of the Remote Desktop Users group or Administrators group.\r\n\r\nSubject:\r\n\tUser Name:\t%1\r\n\tDomain:\t\t%2\r\n\tLogon ID:\t%3\r\n\r\nAdditional Information:\r\n\tClient Address:\t%4\r\n\r\n\r\nThis event is generated when an authenticated user who is not allowed to log on remotely attempts to connect to this computer through Remote Desktop.',
    messageUse: 'paste',
  },
  {
    provider: SECURITY,
    id: 5156,
    channel: 'Security',
    salient: ['Application', 'Direction', 'SourceAddress', 'SourcePort', 'DestAddress', 'DestPort'],
    meaning: 'The Windows Filtering Platform allowed a connection.',
    fields: [
      'ProcessID',
      'Application',
      'Direction',
      'SourceAddress',
      'SourcePort',
      'DestAddress',
      'DestPort',
      'Protocol',
      'FilterRTID',
      'LayerName',
      'LayerRTID',
      'RemoteUserID',
      'RemoteMachineID',
    ],
    // Its `Source Port` is the connection's own (4625's is the client's `IpPort`), its application the process.
    labels: {
      'Application Information': { 'Process ID': 'ProcessID', 'Application Name': 'Application' },
      'Network Information': {
        Direction: 'Direction',
        'Source Address': 'SourceAddress',
        'Source Port': 'SourcePort',
        'Destination Address': 'DestAddress',
        'Destination Port': 'DestPort',
        Protocol: 'Protocol',
      },
    },
  },
  {
    provider: 'Microsoft-Windows-Eventlog',
    id: 1102,
    channel: 'Security',
    salient: ['SubjectUserName', 'SubjectDomainName'],
    meaning: 'The audit log was cleared.',
    fields: ['SubjectUserSid', 'SubjectUserName', 'SubjectDomainName', 'SubjectLogonId'],
    userData: 'LogFileCleared',
    hex64: LOGON_IDS,
  },
  {
    provider: 'Microsoft-Windows-Eventlog',
    id: 104,
    channel: 'System',
    salient: ['Channel', 'SubjectUserName', 'SubjectDomainName'],
    meaning: 'An event log (Channel) was cleared, by the account named.',
    fields: ['SubjectUserName', 'SubjectDomainName', 'Channel', 'BackupPath'],
    userData: 'LogFileCleared',
  },

  // System: Schannel (§1.6), TermDD, CredSSP (LsaSrv, §1.9), services.
  {
    provider: 'TermDD',
    id: 50,
    channel: 'System',
    salient: [],
    meaning:
      'The RDP protocol component X.224 detected an error in the protocol stream and disconnected the client: what reached port 3389 was not a valid RDP connection request.',
  },
  {
    provider: 'TermDD',
    id: 56,
    channel: 'System',
    salient: [],
    meaning:
      'The Terminal Server security layer detected an error in the protocol stream and disconnected the client (the client address is in the event data): the TLS or CredSSP exchange failed.',
  },
  {
    provider: 'Schannel',
    id: 36870,
    channel: 'System',
    salient: ['ErrorCode', 'ErrorStatus', 'Type'],
    meaning:
      "A fatal error occurred while accessing the TLS server credential's private key: the RDP certificate's key cannot be used.",
  },
  {
    provider: 'Schannel',
    id: 36871,
    channel: 'System',
    salient: ['Type', 'ErrorState'],
    meaning: 'A fatal error occurred while creating a TLS credential (client or server, named in the event).',
    fields: ['Type', 'ErrorState'],
  },
  {
    provider: 'Schannel',
    id: 36872,
    channel: 'System',
    salient: ['Type', 'ErrorCode'],
    meaning: 'The server certificate chain cannot be retrieved.',
  },
  {
    provider: 'Schannel',
    id: 36874,
    channel: 'System',
    salient: ['Protocol'],
    meaning:
      'A TLS connection request arrived, but none of the cipher suites the client offers is enabled on the server.',
    fields: ['Protocol'],
    marker: { kind: 'schannel-suite', rdp: false },
  },
  {
    provider: 'Schannel',
    id: 36887,
    channel: 'System',
    salient: ['AlertDesc'],
    machines: ['server', 'client'],
    meaning: 'A fatal TLS alert was received from the other end (AlertDesc is the TLS alert number).',
    fields: ['AlertDesc'],
  },
  {
    provider: 'Schannel',
    id: 36888,
    channel: 'System',
    salient: ['AlertDesc', 'ErrorState'],
    meaning:
      'A fatal TLS alert was generated on this computer and sent to the other end (AlertDesc is the TLS alert number).',
    fields: ['AlertDesc', 'ErrorState'],
    marker: { kind: 'schannel-alert', rdp: false },
  },
  {
    provider: 'LsaSrv',
    id: 6041,
    channel: 'System',
    salient: ['Data[0]', 'Data[1]'],
    machines: ['client'],
    meaning: 'A CredSSP authentication failed to negotiate a common protocol version (Encryption Oracle Remediation).',
  },
  ...rows(
    { provider: 'LsaSrv', channel: 'System', machines: ['server', 'client'], salient: ['Target', 'Protocol', 'Error'] },
    {
      40960: 'The security system detected an authentication error.',
      40961: 'The security system could not establish a secured connection (no authentication protocol available).',
    },
  ),
  {
    provider: 'Service Control Manager',
    id: 7045,
    channel: 'System',
    salient: ['ServiceName', 'ImagePath', 'AccountName', 'StartType'],
    meaning: "A service was installed in the system (the installer is the event's UserID).",
    fields: ['ServiceName', 'ImagePath', 'ServiceType', 'StartType', 'AccountName'],
  },

  // Sysmon (its schema 4.x), where it is installed.
  {
    provider: SYSMON,
    id: 1,
    channel: 'Microsoft-Windows-Sysmon/Operational',
    salient: ['Image', 'CommandLine', 'User', 'ParentImage'],
    machines: ['server'],
    meaning: 'Process creation.',
    fields: [
      'RuleName',
      'UtcTime',
      'ProcessGuid',
      'ProcessId',
      'Image',
      'FileVersion',
      'Description',
      'Product',
      'Company',
      'OriginalFileName',
      'CommandLine',
      'CurrentDirectory',
      'User',
      'LogonGuid',
      'LogonId',
      'TerminalSessionId',
      'IntegrityLevel',
      'Hashes',
      'ParentProcessGuid',
      'ParentProcessId',
      'ParentImage',
      'ParentCommandLine',
      'ParentUser',
    ],
    hex64: ['LogonId'],
  },
  {
    provider: SYSMON,
    id: 3,
    channel: 'Microsoft-Windows-Sysmon/Operational',
    salient: ['Image', 'SourceIp', 'DestinationIp', 'DestinationPort', 'Initiated'],
    machines: ['server'],
    meaning: 'Network connection.',
    fields: [
      'RuleName',
      'UtcTime',
      'ProcessGuid',
      'ProcessId',
      'Image',
      'User',
      'Protocol',
      'Initiated',
      'SourceIsIpv6',
      'SourceIp',
      'SourceHostname',
      'SourcePort',
      'SourcePortName',
      'DestinationIsIpv6',
      'DestinationIp',
      'DestinationHostname',
      'DestinationPort',
      'DestinationPortName',
    ],
  },
  {
    provider: SYSMON,
    id: 7,
    channel: 'Microsoft-Windows-Sysmon/Operational',
    salient: ['Image', 'ImageLoaded', 'User', 'Signed'],
    machines: ['client', 'server'],
    meaning: 'Image loaded (a DLL into a process: mstscax.dll into a program that is no Remote Desktop client).',
    fields: [
      'RuleName',
      'UtcTime',
      'ProcessGuid',
      'ProcessId',
      'Image',
      'ImageLoaded',
      'FileVersion',
      'Description',
      'Product',
      'Company',
      'OriginalFileName',
      'Hashes',
      'Signed',
      'Signature',
      'SignatureStatus',
      'User',
    ],
  },
  {
    provider: SYSMON,
    id: 11,
    channel: 'Microsoft-Windows-Sysmon/Operational',
    salient: ['Image', 'TargetFilename', 'User'],
    machines: ['client', 'server'],
    meaning: 'File created (mstsc.exe writing into the Startup folder, termsrv.dll replaced).',
    fields: ['RuleName', 'UtcTime', 'ProcessGuid', 'ProcessId', 'Image', 'TargetFilename', 'CreationUtcTime', 'User'],
  },
  {
    provider: SYSMON,
    id: 13,
    channel: 'Microsoft-Windows-Sysmon/Operational',
    salient: ['TargetObject', 'Details', 'Image'],
    machines: ['server'],
    meaning: 'Registry value set.',
    fields: [
      'RuleName',
      'EventType',
      'UtcTime',
      'ProcessGuid',
      'ProcessId',
      'Image',
      'TargetObject',
      'Details',
      'User',
    ],
  },
];

const key = (provider: string, id: number) => `${provider.toLowerCase()}\u0000${id}`;
const byProvider = new Map(EVENTS.map((r) => [key(r.provider, r.id), r]));

/** The row of an event by its provider (any case) and id. */
export function eventRow(provider: string, id: number): EventRow | undefined {
  return byProvider.get(key(provider, id));
}

/** The channel row an event row is logged in; undefined for a channel `CHANNELS` has no row of. */
export function channelOfRow(row: EventRow): ChannelInfo | undefined {
  return findChannel(row.channel);
}

/** The machines that log an event: its own, else its channel's. */
export function machinesOf(row: EventRow): readonly [Machine, ...Machine[]] {
  const machines = row.machines ?? channelOfRow(row)?.machines;
  if (!machines) throw new Error(`event ${row.provider} ${row.id}: no machines, and its channel is not in CHANNELS`);
  return machines;
}

/** The rows of these ids, of these providers (any when none are named). */
export function eventRowsOf(ids: readonly number[], providers: readonly string[] = []): EventRow[] {
  const wanted = new Set(providers.map((p) => p.toLowerCase()));
  return EVENTS.filter((r) => ids.includes(r.id) && (wanted.size === 0 || wanted.has(r.provider.toLowerCase())));
}

/** Ids of the rows that record a connection on their host (`hostConnection`): a cheap test before the row's. */
const HOST_CONNECTION_IDS: ReadonlySet<number> = new Set(EVENTS.filter((r) => r.hostConnection).map((r) => r.id));

/** The row of an event that records a connection on its host (`EventRow.hostConnection`), if it is one. */
export function hostConnectionRow(provider: string, id: number): EventRow | undefined {
  if (!HOST_CONNECTION_IDS.has(id)) return undefined;
  const row = eventRow(provider, id);
  return row?.hostConnection ? row : undefined;
}

/** The rows that stand for one connection, with the channel each is logged in. */
export function connectionMarkerRows(): {
  row: EventRow;
  channel: ChannelInfo;
  kind: ConnectionMarker;
  rdp: boolean;
}[] {
  return EVENTS.flatMap((row) => {
    const channel = channelOfRow(row);
    return row.marker && channel ? [{ row, channel, kind: row.marker.kind, rdp: row.marker.rdp }] : [];
  });
}

/** The rows whose presence tells a computer's role (`EventRow.role`), with the channel each is logged in. */
export function roleRows(): { row: EventRow; channel: ChannelInfo; role: Machine }[] {
  return EVENTS.flatMap((row) => {
    const channel = channelOfRow(row);
    return row.role && channel ? [{ row, channel, role: row.role }] : [];
  });
}

/** A short name for an event as users quote it: `Security 4625`, `Schannel 36870` (System events by provider). */
export function eventName(row: EventRow): string {
  const channel = channelOfRow(row);
  const by = channel?.kind === 'system' ? row.provider : (channel?.short ?? row.provider);
  return `${by} ${row.id}`;
}

/** The log an event is in as users name it: `Security`, `System, Schannel` (System events with their provider). */
export function eventLog(row: EventRow): string {
  const channel = channelOfRow(row);
  return channel?.kind === 'system' ? `${channel.short}, ${row.provider}` : (channel?.short ?? row.channel);
}
