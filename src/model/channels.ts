/**
 * The event-log channels rdpdiag reads: the one table every channel rule derives from (which log an
 * event is from, its short name and timeline label, what `--channel` and a pattern's `channel` match,
 * which machine logs it, the command that exports it). A channel named in code or in a pattern must be
 * a row here: `channelNamed` fails loudly on any other. Events of other channels (Application…) are
 * read and shown by their own name. A row read by event id (Sysmon) is exported and pulled only for the
 * events the findings read. Exports use `wevtutil epl`
 * (learn.microsoft.com/windows-server/administration/windows-commands/wevtutil). RdpCoreTS 105 is in
 * RdpCoreTS/Admin; 1068/1069 and the 1128–1133 (50280–50285) licensing events are in RCM/Admin;
 * 1003/1004/1011 are in RCM/Operational.
 */

/** A computer on the path of a Remote Desktop connection, as the logs to read are found on it. */
export type Machine = 'server' | 'client' | 'license-server' | 'gateway' | 'domain-controller';

/**
 * How each machine is named, the one word table: `short` in tables, `long` where the reader must find the
 * computer (explain-code's logs to check), `on` in advice sentences.
 */
export const MACHINE_WORDS: Readonly<Record<Machine, { short: string; long: string; on: string }>> = {
  server: { short: 'server', long: 'RDP server', on: 'on the server' },
  client: { short: 'client', long: 'client (the PC running mstsc)', on: 'on the client computer' },
  'license-server': { short: 'license server', long: 'RD License Server', on: 'on the license server' },
  gateway: { short: 'RD Gateway', long: 'RD Gateway', on: 'on the RD Gateway' },
  // Each DC logs only the Kerberos and NTLM requests it answered (lockouts also reach the PDC emulator).
  'domain-controller': {
    short: 'domain controller',
    long: 'domain controllers (each logs only the requests it answered)',
    on: 'on each domain controller',
  },
};

/** Which log an event is from, as the correlator and the patterns tell logs apart. */
export type LogKind =
  | 'rdpcore'
  | 'rdpcore-admin'
  | 'lsm'
  | 'rcm'
  | 'rcm-admin'
  | 'security'
  | 'system'
  | 'rdpclient'
  | 'licensing'
  | 'gateway'
  | 'sysmon'
  | 'other';

export interface ChannelInfo {
  /** The channel name exactly as Windows spells it (`LogName`, `<Channel>`). */
  readonly name: string;
  /** Compact name for coverage advice, `explain-code`, `--channel` and `--live-channel`. Unique. */
  readonly short: string;
  /**
   * The name timelines, evidence and patterns use: the full name without `Microsoft-Windows-` and the
   * `TerminalServices-` / `RemoteDesktopServices-` family (`RdpCoreTS/Operational`, `System`).
   */
  readonly label: string;
  readonly kind: LogKind;
  /** The machines that log it, the usual one first (System is read from the server and the client). */
  readonly machines: readonly [Machine, ...Machine[]];
  /** Suggested file name for the export from the first machine. */
  readonly fileName: string;
  /** Providers whose events rdpdiag reads from this channel. */
  readonly providers: readonly string[];
  /**
   * Read by event id, never whole (a large log of which the findings read a few events): `collect`, `pull` and
   * the SIEM queries select the ids the findings read (`exportSelection().channelIds`); its export command is
   * `exportCommandFor` with those ids.
   */
  readonly byEventId?: true;
  /**
   * Present only where an administrator installed it (Sysmon): its absence is no gap in the RDP logs, and
   * advice names it only where a finding would have said more with it.
   */
  readonly optional?: true;
  /** What the channel tells rdpdiag, in one line. */
  readonly purpose: string;
  /** Disabled or absent unless a role/feature or logging setting is present. */
  readonly note?: string;
  /**
   * Its events are part of connections: `all` (a log that sees connections: the correlator makes attempts of it,
   * and holes in it hide connections), `some` (Security: logons of an RDP type, reconnects).
   */
  readonly connections?: 'all' | 'some';
}

/** The XPath condition on `System` of events by id: `(EventID=1 or EventID=3)`. */
export function eventIdCondition(ids: readonly number[]): string {
  return `(${ids.map((id) => `EventID=${id}`).join(' or ')})`;
}

/** The XPath query of events by id (wevtutil `/q:`): `*[System[(EventID=1 or EventID=3)]]`. */
export function eventIdQuery(ids: readonly number[]): string {
  return `*[System[${eventIdCondition(ids)}]]`;
}

function epl(name: string, fileName: string, ids?: readonly number[]): string {
  const quoted = /[\s/]/.test(name) ? `"${name}"` : name;
  return `wevtutil epl ${quoted} ${fileName}${ids ? ` /q:"${eventIdQuery(ids)}"` : ''}`;
}

/** The label rule, also for channels the table does not know (shown by their own name). */
function labelOf(name: string): string {
  return name.replace(/^Microsoft-Windows-/, '').replace(/^(TerminalServices|RemoteDesktopServices)-/, '');
}

function channel(c: Omit<ChannelInfo, 'label'>): ChannelInfo {
  return { ...c, label: labelOf(c.name) };
}

export const CHANNELS: readonly ChannelInfo[] = [
  channel({
    name: 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational',
    short: 'RdpCoreTS',
    kind: 'rdpcore',
    connections: 'all',
    machines: ['server'],
    fileName: 'RdpCoreTS.evtx',
    providers: ['Microsoft-Windows-RemoteDesktopServices-RdpCoreTS'],
    purpose:
      'Per-connection RDP stack events: accept (131), security-layer errors (139), bad NLA credentials (140), socket errors (142/143/226), session assignment (66), disconnect reason (103).',
  }),
  channel({
    name: 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Admin',
    short: 'RdpCoreTS-Admin',
    kind: 'rdpcore-admin',
    machines: ['server'],
    fileName: 'RdpCoreTS-Admin.evtx',
    providers: ['Microsoft-Windows-RemoteDesktopServices-RdpCoreTS'],
    purpose: 'Native RDP encryption in use (105): the security-layer picture.',
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
    short: 'LSM',
    kind: 'lsm',
    connections: 'all',
    machines: ['server'],
    fileName: 'LSM.evtx',
    providers: ['Microsoft-Windows-TerminalServices-LocalSessionManager'],
    purpose:
      'Session logon/logoff/disconnect/reconnect (21–25), disconnect reason codes (40), arbitration (41/42), kicked sessions (39).',
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
    short: 'RCM',
    kind: 'rcm',
    connections: 'all',
    machines: ['server'],
    fileName: 'RCM-Operational.evtx',
    providers: ['Microsoft-Windows-TerminalServices-RemoteConnectionManager'],
    purpose:
      'Listener state (258/259/261), network authentication succeeded (1149), declined by the logged-on user (1151), client licence problems (1003/1004/1011).',
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin',
    short: 'RCM-Admin',
    kind: 'rcm-admin',
    machines: ['server'],
    fileName: 'RCM-Admin.evtx',
    providers: ['Microsoft-Windows-TerminalServices-RemoteConnectionManager'],
    purpose:
      'RD licensing mode and grace period (1068/1069, 1128–1133 logged as 50280–50285 on newer builds), session time limits (20515–20519).',
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-RDPClient/Operational',
    short: 'RDPClient',
    kind: 'rdpclient',
    connections: 'all',
    machines: ['client'],
    fileName: 'RDPClient.evtx',
    providers: ['Microsoft-Windows-TerminalServices-ClientActiveXCore'],
    purpose:
      "The client's view: connection attempt (1024), connected (1025), disconnect reason in decimal (1026), logged on (1027).",
    note: 'Export it on the computer that ran mstsc.',
  }),
  channel({
    name: 'System',
    short: 'System',
    kind: 'system',
    machines: ['server', 'client'],
    fileName: 'System.evtx',
    providers: [
      'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
      'TermService',
      'Schannel',
      'LsaSrv',
      'TermServLicensing',
    ],
    purpose:
      'Server: RDP certificate (1050–1058), drain/logons disabled (1070/1071), Schannel TLS errors (36870–36888), a service installed to run tscon (7045). Client: CredSSP oracle mismatch (LsaSrv 6041), Schannel alerts received (36887).',
    note: 'Useful from both ends; name the exports apart (System-server.evtx, System-client.evtx) when collecting both.',
  }),
  channel({
    name: 'Security',
    short: 'Security',
    kind: 'security',
    connections: 'some',
    machines: ['server', 'domain-controller'],
    fileName: 'Security.evtx',
    providers: ['Microsoft-Windows-Security-Auditing'],
    purpose:
      "Logon success/failure (4624/4625 with Status/SubStatus), reconnect/disconnect (4778/4779); tscon and service commands (4688) and services installed (4697) for a session hijack; connections to 3389 allowed by the firewall (5156) and, on the computer a connection was made from, explicit credentials to TERMSRV/<host> (4648). A domain controller's: Kerberos and NTLM validation of domain accounts (4768/4771/4776).",
    note: 'Needs an elevated prompt; logon failures are logged only when failure auditing is enabled (it is by default on servers).',
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-Licensing/Admin',
    short: 'Licensing-Admin',
    kind: 'licensing',
    machines: ['license-server'],
    fileName: 'Licensing-Admin.evtx',
    providers: ['Microsoft-Windows-TerminalServices-Licensing'],
    purpose: 'RD License Server: licences issued (4143/4147).',
    note: "Exists only on an RD License Server; its other licensing events (17, 18, 20–22, 37, 38) are in that server's System log.",
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-Licensing/Operational',
    short: 'Licensing',
    kind: 'licensing',
    machines: ['license-server'],
    fileName: 'Licensing-Operational.evtx',
    providers: ['Microsoft-Windows-TerminalServices-Licensing'],
    purpose: 'RD License Server operational events.',
    note: 'Exists only on an RD License Server.',
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-Gateway/Operational',
    short: 'Gateway',
    kind: 'gateway',
    connections: 'all',
    machines: ['gateway'],
    fileName: 'Gateway.evtx',
    providers: ['Microsoft-Windows-TerminalServices-Gateway'],
    purpose:
      "RD Gateway: connection and resource authorization met or refused (200/201, 300/301), connected to and disconnected from a session host (302/303), could not reach it (304); each with the user and the client's own address.",
    note: 'Exists only on an RD Gateway server.',
  }),
  channel({
    name: 'Microsoft-Windows-Sysmon/Operational',
    short: 'Sysmon',
    kind: 'sysmon',
    machines: ['server', 'client'],
    fileName: 'Sysmon.evtx',
    providers: ['Microsoft-Windows-Sysmon'],
    byEventId: true,
    optional: true,
    purpose:
      "Where Sysmon is installed: process creation (1) and network connections (3) name a tunnel's tool and far end and a program opening Remote Desktop elsewhere; registry values set (13) show Remote Desktop switched on.",
    note: 'Exists only where Sysmon is installed; only the events rdpdiag reads are exported (the log is large).',
  }),
];

const byName = new Map(CHANNELS.map((c) => [c.name.toLowerCase(), c]));
const byShort = new Map(CHANNELS.map((c) => [c.short.toLowerCase(), c]));
const byLabel = new Map(CHANNELS.map((c) => [c.label.toLowerCase(), c]));

/**
 * The row of a name as code, patterns and users write it (any case): full name, short name, label, or
 * another tail of the full name after a `-` or `/` that only one row has (`TerminalServices-Licensing/Admin`).
 */
export function findChannel(name: string): ChannelInfo | undefined {
  const key = name.trim().toLowerCase();
  const known = byName.get(key) ?? byShort.get(key) ?? byLabel.get(key);
  if (known) return known;
  const tails = CHANNELS.filter((c) => {
    const full = c.name.toLowerCase();
    return full.endsWith(`-${key}`) || full.endsWith(`/${key}`);
  });
  return tails.length === 1 ? tails[0] : undefined;
}

/** The row a channel named in code or a pattern stands for; an unknown name is a bug, said loudly. */
export function channelNamed(name: string): ChannelInfo {
  const info = findChannel(name);
  if (!info) {
    throw new Error(
      `unknown or ambiguous channel "${name}": every channel rdpdiag names needs its row in CHANNELS (src/model/channels.ts)`,
    );
  }
  return info;
}

/**
 * A cache of a pure lookup: the row of each channel string seen in events (a few distinct strings,
 * repeated on every event). Bounded, so a log of ever-new channel names cannot grow it.
 * @cache a pure function of the channel string; bounded.
 */
const ofEvents = new Map<string, ChannelInfo | null>();

/**
 * The row of an event's channel: its full name, or a reader's shorter spelling that ends with a row's
 * label (`RdpCoreTS/Operational`, `…-TerminalServices-LocalSessionManager/Operational`); undefined for
 * channels rdpdiag does not read.
 */
export function channelOf(channelName: string): ChannelInfo | undefined {
  let info = ofEvents.get(channelName);
  if (info === undefined) {
    const c = channelName.trim().toLowerCase();
    info =
      byName.get(c) ??
      byLabel.get(c) ??
      CHANNELS.find((row) => {
        const label = row.label.toLowerCase();
        return c.endsWith(`-${label}`) || c.endsWith(`/${label}`);
      }) ??
      null;
    if (ofEvents.size >= 1000) ofEvents.clear();
    ofEvents.set(channelName, info);
  }
  return info ?? undefined;
}

/** Which log an event's channel is (`other` for channels rdpdiag does not read). */
export function kindOfChannel(channelName: string): LogKind {
  return channelOf(channelName)?.kind ?? 'other';
}

/** The name timelines and evidence show for an event's channel (`RdpCoreTS/Operational`, `Application`). */
export function channelLabel(channelName: string): string {
  return channelOf(channelName)?.label ?? labelOf(channelName);
}

/**
 * Does an event's channel fit a `--channel` choice (lower-cased): part of its full name
 * (`rdpcorets`, `localsessionmanager/operational`, `security`) or its row's short name (`lsm`, `rcm`)?
 */
export function channelChosen(channelName: string, chosen: string): boolean {
  return channelName.toLowerCase().includes(chosen) || channelOf(channelName)?.short.toLowerCase() === chosen;
}

/**
 * The exact command that exports a channel taken on a given machine (run elevated). A channel logged on several
 * machines (System) gets a suffixed file name off its usual machine, so exports from two machines do not collide:
 * `wevtutil epl System System-client.evtx`. A channel read by event id (`byEventId`) needs its ids (the export
 * selection's): `wevtutil epl Microsoft-Windows-Sysmon/Operational Sysmon.evtx /q:"*[System[(EventID=1 or …)]]"`.
 */
export function exportCommandFor(
  info: ChannelInfo,
  machine: Machine = info.machines[0],
  ids?: readonly number[],
): string {
  if (info.byEventId && !ids?.length)
    throw new Error(`${info.name} is read by event id, never whole: give exportCommandFor its ids`);
  const fileName = machine === info.machines[0] ? info.fileName : info.fileName.replace(/\.evtx$/, `-${machine}.evtx`);
  return epl(info.name, fileName, info.byEventId ? ids : undefined);
}

/** The channels logged on a machine. */
export function channelsOn(machine: Machine): readonly ChannelInfo[] {
  return CHANNELS.filter((c) => c.machines.includes(machine));
}

/** The logs whose events are part of connections (`all`: every event; `any`: also Security's some). */
export function connectionLogKinds(which: 'all' | 'any'): ReadonlySet<LogKind> {
  return new Set(
    CHANNELS.filter((c) => c.connections === 'all' || (which === 'any' && c.connections)).map((c) => c.kind),
  );
}
