/**
 * Fields read back from an event's English message text, for exports that lost them: NXLog leaves the
 * UserData of LocalSessionManager and RemoteConnectionManager events unparsed (user, session and address
 * are only in `Message`), and Splunk's classic WinEventLog has no field names at all. The labels are those
 * of the en-US message templates; a localized message yields nothing (the event keeps what it had).
 * Knowledge as data: one table per log, label → field name as the event's XML names it.
 */

/** LSM 21–25 (`User:`, `Session ID:`, `Source Network Address:`), 41/42 (`User:`, `Session ID:`). */
const LSM_LABELS: Record<string, string> = {
  User: 'User',
  'Session ID': 'SessionID',
  'Source Network Address': 'Address',
};

/** RCM 1149 (`User:`, `Domain:`, `Source Network Address:` are its Param1–3). */
const RCM_1149_LABELS: Record<string, string> = {
  User: 'Param1',
  Domain: 'Param2',
  'Source Network Address': 'Param3',
};

/** Sentences whose numbers or names are the fields. */
const SENTENCES: { log: 'lsm' | 'rcm'; id: number; re: RegExp; names: string[] }[] = [
  { log: 'lsm', id: 40, re: /Session (\d+) has been disconnected, reason code (\d+)/, names: ['Session', 'Reason'] },
  {
    log: 'lsm',
    id: 39,
    re: /Session (\d+) has been disconnected by session (\d+)/,
    names: ['TargetSession', 'Source'],
  },
  { log: 'rcm', id: 261, re: /Listener (\S+) received a connection/, names: ['listenerName'] },
];

/**
 * Security events by section: the same label means a different field under `Subject:` and `New Logon:`.
 * `*` holds labels valid in any section.
 */
const SECURITY_SECTIONS: Record<string, Record<string, string>> = {
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
  // 4732: the member added and the group.
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
};

/** 4778/4779 name their subject `AccountName`, `AccountDomain`, `LogonID`; 4634/4647 theirs `Target…`. */
const SUBJECT_AS: Record<number, Record<string, string>> = {
  4778: { 'Account Name': 'AccountName', 'Account Domain': 'AccountDomain', 'Logon ID': 'LogonID' },
  4779: { 'Account Name': 'AccountName', 'Account Domain': 'AccountDomain', 'Logon ID': 'LogonID' },
  4634: {
    'Security ID': 'TargetUserSid',
    'Account Name': 'TargetUserName',
    'Account Domain': 'TargetDomainName',
    'Logon ID': 'TargetLogonId',
  },
  4647: {
    'Security ID': 'TargetUserSid',
    'Account Name': 'TargetUserName',
    'Account Domain': 'TargetDomainName',
    'Logon ID': 'TargetLogonId',
  },
};

/**
 * Sections whose labels mean other fields in one event: 4648's `Network Address` and `Port` are its caller's;
 * 5156's `Source Port` is the connection's own (4625's is the client's `IpPort`), its application the process.
 */
const SECTIONS_OF: Record<number, Record<string, Record<string, string>>> = {
  4648: {
    'Account Whose Credentials Were Used': {
      'Account Name': 'TargetUserName',
      'Account Domain': 'TargetDomainName',
      'Logon GUID': 'TargetLogonGuid',
    },
    'Target Server': { 'Target Server Name': 'TargetServerName', 'Additional Information': 'TargetInfo' },
    'Network Information': { 'Network Address': 'IpAddress', Port: 'IpPort' },
  },
  5156: {
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
};

export type MessageLog = 'lsm' | 'rcm' | 'security';

/** Which of the logs this module reads a channel is. */
export function messageLogOf(channel: string): MessageLog | undefined {
  const c = channel.toLowerCase();
  if (c === 'security') return 'security';
  if (c.includes('localsessionmanager')) return 'lsm';
  if (c.includes('remoteconnectionmanager')) return 'rcm';
  return undefined;
}

const LINE = /^\s*([A-Za-z][A-Za-z0-9 ()]*?):[ \t]*(.*?)\s*$/;

/** The fields an English message carries, by the field names of the event's XML; empty when none. */
export function fieldsFromMessage(log: MessageLog, eventId: number, message: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of SENTENCES) {
    if (s.log !== log || s.id !== eventId) continue;
    const m = s.re.exec(message);
    if (m) for (const [i, n] of s.names.entries()) out[n] = m[i + 1]!;
  }
  if (log === 'lsm' || (log === 'rcm' && eventId === 1149)) {
    const labels = log === 'lsm' ? LSM_LABELS : RCM_1149_LABELS;
    for (const line of message.split(/\r?\n/)) {
      const m = LINE.exec(line);
      const name = m && labels[m[1]!];
      if (name && m[2] !== '' && out[name] === undefined) out[name] = m[2]!;
    }
    return out;
  }
  if (log !== 'security') return out;
  let section = '';
  for (const line of message.split(/\r?\n/)) {
    const m = LINE.exec(line);
    if (!m) continue;
    const label = m[1]!;
    const value = m[2]!;
    if (value === '') {
      section = label;
      continue;
    }
    const own = SECTIONS_OF[eventId]?.[section];
    if (own && !own[label]) continue;
    const name =
      own?.[label] ??
      (section === 'Subject' ? SUBJECT_AS[eventId]?.[label] : undefined) ??
      SECURITY_SECTIONS[section]?.[label] ??
      SECURITY_SECTIONS['*']![label];
    if (name && out[name] === undefined) out[name] = value;
  }
  return out;
}
