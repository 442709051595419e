import { attackTechnique } from '../attack-techniques.js';
import type { AttackFindingDefinition } from '../types.js';

/**
 * A log cleared (Security 1102, System 104 naming the log): which log, when, by whom, and what its loss hides: every
 * record of it before the clearing is gone, so the attempts and findings before then that rest on that log are a
 * lower bound. Told in every input format (a SIEM export keeps the record as the host wrote it). The detector is
 * src/diagnose/log-cleared.ts.
 */
export const logCleared: AttackFindingDefinition = {
  id: 'log-cleared',
  title: 'A log was cleared',
  summary:
    'Security 1102 or System 104: which log was cleared, when and by whom; what it held before then is gone, so what rdpdiag counts before it is a lower bound.',
  status: 'test',
  techniques: [attackTechnique('TA0005', 'T1070.001')],
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-1102',
    'https://attack.mitre.org/techniques/T1070/001/',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/builtin/security/win_security_event_log_cleared.yml',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/builtin/system/microsoft_windows_eventlog/win_system_eventlog_cleared.yml',
  ],
  reads: [
    { channel: 'Security', provider: 'Microsoft-Windows-Eventlog', eventId: 1102 },
    { channel: 'System', provider: 'Microsoft-Windows-Eventlog', eventId: 104 },
  ],
  falsePositives: [
    'A new machine or a lab image cleared once by its builder before use (the clearing is the log’s first record, before any sign-in).',
    'An administrator clearing a full log by hand where archiving is not set up: ask who did it and why.',
  ],
  remediation: [
    'Ask the account named whether it cleared the log, and why. If no one did it on purpose, treat it as an intruder hiding their tracks: review what the account did before and after (Security 4624/4688, new services and scheduled tasks), and reset its password.',
    'Look for the lost records elsewhere: a SIEM or Windows Event Forwarding collector, a backup of the log (wevtutil cl with /bu, the BackupPath of System 104), the other computers’ logs of the same connections.',
    'Forward the logs off the host (Windows Event Forwarding or a SIEM agent) and limit who may clear them (Manage auditing and security log, SeSecurityPrivilege).',
  ],
  samples: [
    {
      description:
        'An administrator clears the Security log (1102) and the System log (System 104) of an RD Session Host after signing in.',
      file: 'samples/findings/log-cleared/sample.xml',
    },
  ],
  nearMisses: [
    {
      file: 'samples/findings/log-cleared/near-miss.xml',
      why: 'Security 1100: the event logging service shut down (a restart), which clears nothing.',
    },
  ],
};
