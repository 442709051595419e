/**
 * The event-log channels rdpdiag reads: full name, the short name used in timelines and advice, where
 * the log lives, and the command that exports it (`wevtutil epl`: learn.microsoft.com/windows-server/
 * administration/windows-commands/wevtutil). RdpCoreTS 105 is in RdpCoreTS/Admin; 1068/1069 and the
 * 1128–1133 (50280–50285) licensing events are in RCM/Admin; 1003/1004/1011 are in RCM/Operational.
 */

/** Where the log has to be exported from. */
export type ChannelSide = 'server' | 'client' | 'both' | 'license-server';

export interface ChannelInfo {
  /** The channel name exactly as Windows spells it (`LogName`, `<Channel>`). */
  readonly name: string;
  /** Short name for timelines, coverage advice and `--channel` style options. Unique. */
  readonly short: string;
  readonly side: ChannelSide;
  /** Suggested file name for the export. */
  readonly fileName: string;
  /** The exact command that exports the channel to `fileName` (run elevated). */
  readonly exportCommand: string;
  /** Providers whose events rdpdiag reads from this channel. */
  readonly providers: readonly string[];
  /** What the channel tells rdpdiag, in one line. */
  readonly purpose: string;
  /** Disabled or absent unless a role/feature or logging setting is present. */
  readonly note?: string;
}

function epl(name: string, fileName: string): string {
  const quoted = /[\s/]/.test(name) ? `"${name}"` : name;
  return `wevtutil epl ${quoted} ${fileName}`;
}

function channel(c: Omit<ChannelInfo, 'exportCommand'>): ChannelInfo {
  return { ...c, exportCommand: epl(c.name, c.fileName) };
}

export const CHANNELS: readonly ChannelInfo[] = [
  channel({
    name: 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational',
    short: 'RdpCoreTS',
    side: 'server',
    fileName: 'RdpCoreTS.evtx',
    providers: ['Microsoft-Windows-RemoteDesktopServices-RdpCoreTS'],
    purpose:
      'Per-connection RDP stack events: accept (131), security-layer errors (139), bad NLA credentials (140), socket errors (142/143/226), session assignment (66), disconnect reason (103).',
  }),
  channel({
    name: 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Admin',
    short: 'RdpCoreTS-Admin',
    side: 'server',
    fileName: 'RdpCoreTS-Admin.evtx',
    providers: ['Microsoft-Windows-RemoteDesktopServices-RdpCoreTS'],
    purpose: 'Native RDP encryption in use (105): the security-layer picture.',
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
    short: 'LSM',
    side: 'server',
    fileName: 'LSM.evtx',
    providers: ['Microsoft-Windows-TerminalServices-LocalSessionManager'],
    purpose:
      'Session logon/logoff/disconnect/reconnect (21–25), disconnect reason codes (40), arbitration (41/42), kicked sessions (39).',
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
    short: 'RCM',
    side: 'server',
    fileName: 'RCM-Operational.evtx',
    providers: ['Microsoft-Windows-TerminalServices-RemoteConnectionManager'],
    purpose:
      'Listener state (258/259/261), network authentication succeeded (1149), declined by the logged-on user (1151), client licence problems (1003/1004/1011).',
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin',
    short: 'RCM-Admin',
    side: 'server',
    fileName: 'RCM-Admin.evtx',
    providers: ['Microsoft-Windows-TerminalServices-RemoteConnectionManager'],
    purpose:
      'RD licensing mode and grace period (1068/1069, 1128–1133 logged as 50280–50285 on newer builds), session time limits (20515–20519).',
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-RDPClient/Operational',
    short: 'RDPClient',
    side: 'client',
    fileName: 'RDPClient.evtx',
    providers: ['Microsoft-Windows-TerminalServices-ClientActiveXCore'],
    purpose:
      "The client's view: connection attempt (1024), connected (1025), disconnect reason in decimal (1026), logged on (1027).",
    note: 'Export it on the computer that ran mstsc.',
  }),
  channel({
    name: 'System',
    short: 'System',
    side: 'both',
    fileName: 'System.evtx',
    providers: [
      'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
      'TermService',
      'Schannel',
      'LsaSrv',
      'TermServLicensing',
    ],
    purpose:
      'Server: RDP certificate (1050–1058), drain/logons disabled (1070/1071), Schannel TLS errors (36870–36888). Client: CredSSP oracle mismatch (LsaSrv 6041), Schannel alerts received (36887).',
    note: 'Useful from both ends; name the exports apart (System-server.evtx, System-client.evtx) when collecting both.',
  }),
  channel({
    name: 'Security',
    short: 'Security',
    side: 'server',
    fileName: 'Security.evtx',
    providers: ['Microsoft-Windows-Security-Auditing'],
    purpose: 'Logon success/failure (4624/4625 with Status/SubStatus), reconnect/disconnect (4778/4779).',
    note: 'Needs an elevated prompt; logon failures are logged only when failure auditing is enabled (it is by default on servers).',
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-Licensing/Admin',
    short: 'Licensing-Admin',
    side: 'license-server',
    fileName: 'Licensing-Admin.evtx',
    providers: ['Microsoft-Windows-TerminalServices-Licensing'],
    purpose: 'RD License Server: licences issued (4143/4147).',
    note: "Exists only on an RD License Server; its other licensing events (17, 18, 20–22, 37, 38) are in that server's System log.",
  }),
  channel({
    name: 'Microsoft-Windows-TerminalServices-Licensing/Operational',
    short: 'Licensing',
    side: 'license-server',
    fileName: 'Licensing-Operational.evtx',
    providers: ['Microsoft-Windows-TerminalServices-Licensing'],
    purpose: 'RD License Server operational events.',
    note: 'Exists only on an RD License Server.',
  }),
];

const byName = new Map(CHANNELS.map((c) => [c.name.toLowerCase(), c]));
const byShort = new Map(CHANNELS.map((c) => [c.short.toLowerCase(), c]));

/** Find a channel by its full name or its short name (case-insensitive). */
export function findChannel(nameOrShort: string): ChannelInfo | undefined {
  const key = nameOrShort.trim().toLowerCase();
  return byName.get(key) ?? byShort.get(key);
}

/**
 * Does a channel name fit a channel as patterns and options name it: the full name, `System` /
 * `Security`, or a suffix after `-` or `/` such as `RdpCoreTS/Operational` (case-insensitive)?
 */
export function channelMatches(channel: string, wanted: string): boolean {
  const c = channel.toLowerCase();
  const w = wanted.toLowerCase();
  return c === w || c.endsWith('-' + w) || c.endsWith('/' + w);
}

/** The known channel a pattern's channel (full name, short name or suffix) names. */
export function resolveChannel(nameShortOrSuffix: string): ChannelInfo | undefined {
  return findChannel(nameShortOrSuffix) ?? CHANNELS.find((c) => channelMatches(c.name, nameShortOrSuffix));
}

/** Short name for a full channel name; unknown channels are returned unchanged. */
export function channelShortName(name: string): string {
  return byName.get(name.trim().toLowerCase())?.short ?? name;
}

/**
 * The export command for a channel taken on a given machine. A channel logged on several machines
 * (System) gets a suffixed file name off its main side, so exports from two machines do not collide:
 * `wevtutil epl System System-client.evtx`.
 */
export function exportCommandFor(
  nameOrShort: string,
  where?: 'server' | 'client' | 'license-server',
): string | undefined {
  const info = findChannel(nameOrShort);
  if (!info) return undefined;
  const mainSide = info.side === 'both' ? 'server' : info.side;
  if (where === undefined || where === mainSide) return info.exportCommand;
  return epl(info.name, info.fileName.replace(/\.evtx$/, `-${where}.evtx`));
}

/** The channels that live on a given side (`both` counts for server and client). */
export function channelsForSide(side: 'server' | 'client' | 'license-server'): readonly ChannelInfo[] {
  return CHANNELS.filter((c) => c.side === side || (c.side === 'both' && side !== 'license-server'));
}
