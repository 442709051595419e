/**
 * Violations of the metamorphic rules (harness.ts `RULES`) that today's code still makes, each with why. A violation
 * not listed fails the suite, and so does an entry that no longer occurs (the list only shrinks).
 */
import type { Rule } from './harness.js';

export interface KnownViolation {
  folder: string;
  transformation: string;
  /**
   * The attempt's identity as the harness names it (first record, start, client), `(findings)`, or `*`: every attempt
   * of the folder that breaks the rule under that change, for one cause said in `reason`.
   */
  attempt: string;
  rule: Rule;
  reason: string;
}

export const KNOWN_VIOLATIONS: readonly KnownViolation[] = [
  // Issue 66's removal rule found these in the attack detectors (src/diagnose/attacks, owned apart): each tells, once
  // a log is removed, what that log's records had tied to a connection, without saying the log is missing.
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'remove Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx',
    attempt: '(findings)',
    rule: 'no-finding-from-less',
    reason:
      'outbound-rdp on the DC: without RdpCoreTS the inbound connection it came through is not held, so the outbound one is told as a program of its own; it should say the inbound log is not given',
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'remove Microsoft-Windows-TerminalServices-RDPClient%4Operational.evtx',
    attempt: '(findings)',
    rule: 'no-finding-from-less',
    reason:
      'explicit-credentials on the DC: without RDPClient no client attempt holds the 4648 to TERMSRV, so it is told alone; it should say the client log is not given',
  },
  {
    folder: 'samples/findings',
    transformation: 'remove failed-logon-flood/sample.xml',
    attempt: '(findings)',
    rule: 'no-finding-from-less',
    reason:
      "security-layer-corrected on RDSH01: the collection joins unrelated stories on one fictional host, and that file's later records on RDSH01 end the condition; without them the condition is told as standing, where it should say the later records are not given",
  },
];
