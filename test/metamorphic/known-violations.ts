/**
 * Violations of the metamorphic rules (harness.ts `RULES`) that today's code still makes, each with why: rules of
 * issue 48 not yet met (listener-only connections failed by host-wide Schannel errors of the same seconds, a session
 * that dropped read as failed without LSM, connections told apart by time alone). A violation not
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

const R6 =
  "item 2: a client attempt typed as an address is joined to the only server of the run by time alone; the unrelated server's session becomes this client's (48a: never proximity alone)";
const R7 =
  "item 2: a client attempt typed as an address was joined to the run's only server by time alone; a second (unrelated) server undoes the join (48a: never proximity alone)";
const R8 =
  "item 2: in a burst from one client a second apart, the logon and the refusal of different connections are joined into one; without the log of the logon the refusal decides (48a: a connection's identity)";
const R9 =
  "item 2: the RCM 261 whose RdpCoreTS records were cut out is joined by proximity into the next connection from the same client (48a: a connection's identity, never proximity alone)";
const R14 =
  "item 2: without ActivityIDs two connections from one client are cross-wired and the logon of one is joined to the other (48a: a connection's identity)";
const R15 =
  "item 2: without the log whose ActivityIDs kept them apart, two connections from one client are joined into one attempt by proximity (48a: a connection's identity)";
const R16 =
  "item 4: a record-id hole after the attempt's last record is read as silence, so the attempt is failed instead of unknown (48a: unknown with its reason where nothing decides)";

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
    folder: 'samples/01-nat-shared-address',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rdsh01.branch.example.com RemoteConnectionManager/Operational #7705 @2024-03-11T08:01:35.4102276Z from 203.0.113.7',
    rule: 'no-flip',
    reason: R14,
  },
  {
    folder: 'samples/01-nat-shared-address',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rdsh01.branch.example.com RemoteConnectionManager/Operational #7706 @2024-03-11T08:01:38.9018111Z from 203.0.113.7',
    rule: 'one-connection-one-attempt',
    reason: R15,
  },
  {
    folder: 'samples/client-only-unreachable-name-then-ip',
    transformation: "add an unrelated computer's logs",
    attempt:
      'MIRA-LT.lab.example.net RDPClient/Operational #1191 @2024-04-22T10:06:02.0388712Z from MIRA-LT.lab.example.net',
    rule: 'no-flip',
    reason: R6,
  },
  {
    folder: 'samples/heldout-12-near-miss-mistyped-twice-2012r2',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt: 'DMITRI-PC.heldout.example.com RDPClient/Operational #515 @2024-05-14T09:02:31.2656328Z from 192.0.2.58',
    rule: 'no-flip',
    reason: R14,
  },
  {
    folder: 'samples/heldout2-02-mistype-once-and-expired-account-security-rcm-only-2016',
    transformation: 'remove Security.xml',
    attempt:
      'ts-lager02.north.example.net RemoteConnectionManager/Operational #1894 @2025-06-03T07:31:47.3064007Z from 192.0.2.61',
    rule: 'one-connection-one-attempt',
    reason: R15,
  },
  {
    folder: 'samples/network-unreachable',
    transformation: "add an unrelated computer's logs",
    attempt:
      'LT-CAROL.corp.example.test RDPClient/Operational #403 @2024-05-29T19:03:02.7710000Z from LT-CAROL.corp.example.test',
    rule: 'no-flip',
    reason: R6,
  },
  {
    folder: 'samples/s06-wifi-drop-autoreconnect',
    transformation: 'remove RdpCoreTS.xml',
    attempt: 'RDSH06.corp.example.org RdpCoreTS/Operational #910501 @2025-02-12T11:08:05.2330002Z from 192.0.2.130',
    rule: 'one-connection-one-attempt',
    reason: R15,
  },
  {
    folder: 'samples/scanner-noise',
    transformation: 'cut record ids 49943–49956 of RdpCoreTS-Operational.xml',
    attempt: 'EDGE01 RdpCoreTS/Operational #49957 @2024-05-08T02:31:41.2500000Z from 203.0.113.77',
    rule: 'cut-moves-only-touched',
    reason: R9,
  },
  {
    folder: 'samples/scanner-noise',
    transformation: 'cut record ids 49943–49956 of RdpCoreTS-Operational.xml',
    attempt: 'EDGE01 RdpCoreTS/Operational #49957 @2024-05-08T02:31:41.2500000Z from 203.0.113.77',
    rule: 'one-connection-one-attempt',
    reason: R15,
  },
  {
    folder: 'samples/security-layer-mismatch',
    transformation: "add an unrelated computer's logs",
    attempt:
      'TC-LOBBY02.corp.example.test RDPClient/Operational #300 @2024-05-16T07:00:05.3820005Z from TC-LOBBY02.corp.example.test',
    rule: 'unrelated-computer',
    reason: R7,
  },
  {
    folder: 'samples/security-layer-mismatch',
    transformation: "add an unrelated computer's logs",
    attempt:
      'TC-LOBBY02.corp.example.test RDPClient/Operational #302 @2024-05-16T07:00:41.0470000Z from TC-LOBBY02.corp.example.test',
    rule: 'unrelated-computer',
    reason: R7,
  },
  {
    folder: 'samples/security-layer-mismatch',
    transformation: "add an unrelated computer's logs",
    attempt:
      'TC-LOBBY02.corp.example.test RDPClient/Operational #304 @2024-05-16T07:01:17.5000003Z from TC-LOBBY02.corp.example.test',
    rule: 'unrelated-computer',
    reason: R7,
  },
  {
    folder: 'samples/tls-cert-system-and-client-only',
    transformation: 'cut record ids 309–311 of client/RDPClient.xml',
    attempt:
      'MIRA-LT.lab.example.net RDPClient/Operational #303 @2024-03-11T16:12:03.5120044Z from MIRA-LT.lab.example.net',
    rule: 'no-flip',
    reason: R16,
  },
  {
    folder: 'samples/clause-udp-and-reconnect-failure',
    transformation: 'remove LocalSessionManager-Operational.xml',
    attempt: 'LT-K48.corp.example.test RDPClient/Operational #70600 @2024-10-15T13:05:02.0000000Z from 198.51.100.48',
    rule: 'no-flip',
    reason:
      "item 1 left open: the client's connection ran (1025) and later dropped on the network; with LSM its logon is on record (succeeded), without it the server side is unknown (session given, no logon logged) and the client's drop reason is read as a failure. A drop after a session ran is no failed logon",
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'remove Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx',
    attempt: '*',
    rule: 'no-verdict-from-less',
    reason:
      "item 4 left open: without RdpCoreTS, a connection only the listener logged (RCM 261) in Stolen Szechuan's flood takes a confident TLS cause from the host's Schannel 36874 refusals of the same seconds (which name no client) and is failed; with RdpCoreTS given, which was logging then and never saw it, no TLS event is its and it stays unknown. Whether a listener-only connection may be failed by host-wide Schannel errors by time alone is the open rule",
  },
  {
    folder: 'corpus/omerbenamram__evtx/samples',
    transformation: 'remove 2-vss_0-Microsoft-Windows-TerminalServices-RemoteConnectionManager%4Operational.evtx',
    attempt: 'DESKTOP-1N4R894 RemoteConnectionManager/Operational #422420 @2018-08-05T10:43:11.8470294Z from -',
    rule: 'one-connection-one-attempt',
    reason:
      'item 2 left open: without the RCM file, two RdpCoreTS connections 0.6 s apart from one scanner address, the first with no ActivityID-bearing 131 of its own, are joined by proximity into one attempt',
  },
];
