import { RCM_PROVIDERS } from '../clauses.js';
import type { FindingPattern } from '../types.js';
import { authBadCredentials } from '../auth-bad-credentials.js';

/** RDS logs 1012 when a client exceeds the failed-logon limit; 1012 naming the client `Console` is benign. */
export const failedLogonFlood: FindingPattern = {
  id: 'failed-logon-flood',
  cause: authBadCredentials.id,
  title: 'A client exceeded the maximum number of failed logon attempts (possible password guessing)',
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4625',
    'https://ponderthebits.com/2018/02/windows-rdp-related-event-logs-identification-tracking-and-investigation/',
  ],
  match: {
    channel: ['System', 'RemoteConnectionManager/Operational'],
    provider: RCM_PROVIDERS,
    eventId: 1012,
    // The client is the first insertion string (classic System event) or Param1 (RCM/Operational);
    // `Console` is logged on benign machines and is no brute-force signal.
    fields: { 'Data[0]': { notIn: ['Console'] }, Param1: { notIn: ['Console'] } },
  },
  confidence: 0.5,
  explanation: [
    'Remote Desktop Services on {event.computer} ended a connection at {event.time} because a client exceeded the maximum number of failed logon attempts (event {event.eventId}).',
    'The client named is {event.Data[0]}.',
    'The client named is {event.Param1}.',
    'Repeated failures from one address usually mean password guessing; from a known user, a stale saved password.',
  ],
  remediation: [
    'Look at Security 4625 around these times for the user names and source addresses (`Get-WinEvent -FilterHashtable @{LogName="Security"; Id=4625}`).',
    'Do not expose TCP 3389 to the internet: publish Remote Desktop through RD Gateway or a VPN, or restrict the firewall rule "Remote Desktop - User Mode (TCP-In)" to known address ranges; keep Network Level Authentication on and an account lockout policy in place.',
  ],
  sample: {
    description: 'System 1012 naming 203.0.113.77 after repeated failed logons.',
    file: 'samples/findings/failed-logon-flood/sample.xml',
  },
};
