/**
 * The event providers of the logs rdpdiag reads, named once: the event table (events.ts) keys its rows by them, and
 * the tests write events of them. The channel each writes to is in channels.ts.
 */
export const SECURITY = 'Microsoft-Windows-Security-Auditing';
export const LSM = 'Microsoft-Windows-TerminalServices-LocalSessionManager';
export const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';
export const RDPCORE = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS';
export const CLIENT = 'Microsoft-Windows-TerminalServices-ClientActiveXCore';
export const GATEWAY = 'Microsoft-Windows-TerminalServices-Gateway';
export const LICENSING = 'TermServLicensing';
export const SYSMON = 'Microsoft-Windows-Sysmon';
