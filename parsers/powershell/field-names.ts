/**
 * Get-WinEvent hands an event's values as `Properties`, in manifest order and without their names
 * (rdp-events.md §5.3–5.4). The names, by provider and event id, for the events rdpdiag reads: each list is
 * the manifest's order (a later version appends fields, so the longest list serves every version). An
 * event not listed keeps its values as `Data[0]`, `Data[1]`…, as the XML and .evtx readers name unnamed
 * values. `userData`: the manifest puts the fields in UserData under this element (dumps write it back so).
 */
export interface FieldNames {
  names: readonly string[];
  userData?: string;
  /**
   * Fields Windows renders in hexadecimal, which Get-WinEvent gives as numbers: `hex` 32-bit ones
   * (NTSTATUS, HRESULT: eight digits, `0x0000000a`), `hex64` 64-bit ones and pointers (`0x3e7`).
   */
  hex?: readonly string[];
  hex64?: readonly string[];
}

const SECURITY = 'Microsoft-Windows-Security-Auditing';
const LSM = 'Microsoft-Windows-TerminalServices-LocalSessionManager';
const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';
const RDPCORE = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS';
const CLIENT = 'Microsoft-Windows-TerminalServices-ClientActiveXCore';

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
const LOGON_IDS = ['SubjectLogonId', 'TargetLogonId', 'TargetLinkedLogonId', 'LogonID', 'ProcessId'];
const SESSION_RECONNECT = ['AccountName', 'AccountDomain', 'LogonID', 'SessionName', 'ClientName', 'ClientAddress'];
const LSM_SESSION = ['User', 'SessionID', 'Address'];
const CLIENT_VALUE = ['Name', 'Value', 'CustomLevel'];

const TABLE: Record<string, Record<number, FieldNames>> = {
  [SECURITY]: {
    4624: { names: LOGON_4624, hex64: LOGON_IDS },
    4625: { names: LOGON_4625, hex: ['Status', 'SubStatus'], hex64: LOGON_IDS },
    4634: {
      names: ['TargetUserSid', 'TargetUserName', 'TargetDomainName', 'TargetLogonId', 'LogonType'],
      hex64: LOGON_IDS,
    },
    4647: { names: ['TargetUserSid', 'TargetUserName', 'TargetDomainName', 'TargetLogonId'], hex64: LOGON_IDS },
    4648: {
      names: [
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
    },
    // Process creation (version 2, Windows 10 / Server 2016 on).
    4688: {
      names: [
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
    // The Windows Filtering Platform allowed a connection.
    5156: {
      names: [
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
    },
    // A registry value was modified (object access auditing).
    4657: {
      names: [
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
    // A member was added to a security-enabled local group.
    4732: {
      names: [
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
    },
    // A service was installed in the system.
    4697: {
      names: [
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
    4776: { names: ['PackageName', 'TargetUserName', 'Workstation', 'Status'], hex: ['Status'] },
    4778: { names: SESSION_RECONNECT, hex64: LOGON_IDS },
    4779: { names: SESSION_RECONNECT, hex64: LOGON_IDS },
  },
  'Microsoft-Windows-Eventlog': {
    1102: {
      names: ['SubjectUserSid', 'SubjectUserName', 'SubjectDomainName', 'SubjectLogonId'],
      userData: 'LogFileCleared',
      hex64: LOGON_IDS,
    },
  },
  [LSM]: {
    21: { names: LSM_SESSION, userData: 'EventXML' },
    22: { names: LSM_SESSION, userData: 'EventXML' },
    23: { names: ['User', 'SessionID'], userData: 'EventXML' },
    24: { names: LSM_SESSION, userData: 'EventXML' },
    25: { names: LSM_SESSION, userData: 'EventXML' },
    39: { names: ['TargetSession', 'Source'], userData: 'EventXML' },
    40: { names: ['Session', 'Reason'], userData: 'EventXML' },
    41: { names: ['User', 'SessionID'], userData: 'EventXML' },
    42: { names: ['User', 'SessionID'], userData: 'EventXML' },
  },
  [RCM]: {
    261: { names: ['listenerName'], userData: 'EventXML' },
    1149: { names: ['Param1', 'Param2', 'Param3'], userData: 'EventXML' },
    1158: { names: ['Param1'], userData: 'EventXML' },
  },
  [RDPCORE]: {
    65: { names: ['ConnectionName'] },
    66: { names: ['ConnectionName', 'SessionID'] },
    68: {
      names: [
        'ConnectionName',
        'PromptForCredentials',
        'PromptForCredentialsDone',
        'GfxChannelOpened',
        'FirstGraphicsReceived',
      ],
    },
    70: { names: ['DisplayDriverName'] },
    71: { names: ['ConnectionName', 'DisplayDriverName'] },
    72: { names: ['MethodName'] },
    97: { names: ['ComponentName', 'ErrorCode'], hex: ['ErrorCode'] },
    101: { names: ['ReasonString'] },
    103: { names: ['ReasonCode'] },
    104: { names: ['TimezoneBiasHour'] },
    129: { names: ['TransportProtocolName', 'Port'] },
    130: { names: ['TunnelID'] },
    131: { names: ['ConnType', 'ClientIP'] },
    132: { names: ['ChannelName', 'TunnelID'] },
    133: { names: ['TunnelID', 'RTT', 'Bandwidth'] },
    135: { names: ['TunnelID', 'TransportType'] },
    139: { names: ['ResultCode', 'IPString'] },
    140: { names: ['IPString'] },
    141: { names: ['InstanceID'] },
    142: { names: ['error'] },
    143: { names: ['error'] },
    145: { names: ['IdleSeconds', 'IdleSeconds1', 'IdleSeconds2'] },
    148: { names: ['ChannelName', 'TunnelID'] },
    162: { names: ['Version', 'ClientMode', 'AvcEnabled', 'ProfileIdNum', 'ServerName'], hex: ['Version'] },
    163: { names: ['ServerName'] },
    168: { names: ['MonitorNum', 'MonitorWidth', 'MonitorHeight', 'MonitorX', 'MonitorY', 'ServerName'] },
    169: { names: ['MajorType', 'MinorType', 'ServerName'] },
    226: {
      names: [
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
    227: { names: CLIENT_VALUE },
    228: { names: ['ComponentName', 'Message', 'ErrorCode'], hex: ['ErrorCode'] },
    229: { names: ['Name', 'CustomLevel'] },
  },
  // Sysmon (its schema 4.x): process creation, registry value set.
  'Microsoft-Windows-Sysmon': {
    1: {
      names: [
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
    3: {
      names: [
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
    13: {
      names: [
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
  },
  // A service was installed in the system (the installer is the event's UserID).
  'Service Control Manager': {
    7045: { names: ['ServiceName', 'ImagePath', 'ServiceType', 'StartType', 'AccountName'] },
  },
  [CLIENT]: {
    1024: { names: CLIENT_VALUE },
    1026: { names: CLIENT_VALUE },
    1027: { names: ['DomainName', 'SessionId'] },
    1028: { names: ['TraceMessage'] },
    1029: { names: ['TraceMessage'] },
    1102: { names: CLIENT_VALUE },
  },
  Schannel: {
    36871: { names: ['Type', 'ErrorState'] },
    36874: { names: ['Protocol'] },
    36887: { names: ['AlertDesc'] },
    36888: { names: ['AlertDesc', 'ErrorState'] },
  },
};

const byLowerProvider = new Map(Object.entries(TABLE).map(([p, ids]) => [p.toLowerCase(), ids]));

export function fieldNames(provider: string, eventId: number): FieldNames | undefined {
  return byLowerProvider.get(provider.toLowerCase())?.[eventId];
}
