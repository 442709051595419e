/**
 * Violations of the metamorphic rules (harness.ts `RULES`) that today's code still makes, each with why: rules of
 * issue 48 not yet met (Hyper-V enhanced sessions that name no client; a burst's logon and refusal without Security;
 * two scanner connections without RCM). A violation not
 * listed fails the suite, and so does an entry that no longer occurs (the list only shrinks).
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

const R8 =
  "item 2: in a burst from one client a second apart, the logon and the refusal of different connections are joined into one; without the log of the logon the refusal decides (48a: a connection's identity)";
const R14 =
  "item 2: without ActivityIDs two connections from one client are cross-wired and the logon of one is joined to the other (48a: a connection's identity)";

const R23 =
  "items 2 and 4: a Hyper-V enhanced session's logon names no client; RCM/Admin 1158 names the client of the listener's 261, and without LSM (whose session records join the two) nothing ties that connection to its logon 8 s later, so the listener's connection is unknown beside a logon of its own (48a: one connection, one attempt)";

export const KNOWN_VIOLATIONS: readonly KnownViolation[] = [
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat',
    transformation: 'remove Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx',
    attempt:
      'DESKTOP-23PS6ES.praivacymatrix.com RemoteConnectionManager/Operational #62 @2020-08-01T22:37:26.4911734Z from -',
    rule: 'no-flip',
    reason: R14,
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'remove Security.evtx',
    attempt: 'CITADEL-DC01.C137.local RdpCoreTS/Operational #175759 @2020-09-19T03:21:46.6748106Z from 194.61.24.102',
    rule: 'no-flip',
    reason: R8,
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'remove Security.evtx',
    attempt: 'CITADEL-DC01.C137.local RdpCoreTS/Operational #175781 @2020-09-19T03:22:07.8154856Z from 194.61.24.102',
    rule: 'no-flip',
    reason: R8,
  },
  {
    folder: 'corpus/omerbenamram__evtx/samples',
    transformation: 'remove 2-vss_0-Microsoft-Windows-TerminalServices-RemoteConnectionManager%4Operational.evtx',
    attempt: 'DESKTOP-1N4R894 RemoteConnectionManager/Operational #422420 @2018-08-05T10:43:11.8470294Z from -',
    rule: 'one-connection-one-attempt',
    reason:
      'item 2 left open: without the RCM file, two RdpCoreTS connections 0.6 s apart from one scanner address, the first with no ActivityID-bearing 131 of its own, are joined by proximity into one attempt',
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat',
    transformation: 'remove Microsoft-Windows-TerminalServices-LocalSessionManager%4Operational.evtx',
    attempt: 'DESKTOP-23PS6ES RemoteConnectionManager/Operational #16 @2021-02-13T19:52:39.3423713Z from -',
    rule: 'unknown-only-without-proof',
    reason: R23,
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat',
    transformation: 'remove Microsoft-Windows-TerminalServices-LocalSessionManager%4Operational.evtx',
    attempt: 'DESKTOP-23PS6ES RemoteConnectionManager/Operational #29 @2021-02-13T19:56:38.3321160Z from -',
    rule: 'unknown-only-without-proof',
    reason: R23,
  },
];
