/**
 * Violations of the metamorphic rules (harness.ts `RULES`) that today's code still makes, each with why: rules of
 * issue 48 not yet met (identity without ActivityIDs in NXLog's whole seconds and Splunk's classic text, Hyper-V
 * enhanced sessions that name no client). A violation not
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

const R5 =
  "item 2: Splunk classic WinEventLog text carries no ActivityID, so a logon is joined by time to another connection of the same client (48a: a connection's identity)";
const R6 =
  "item 2: a client attempt typed as an address is joined to the only server of the run by time alone; the unrelated server's session becomes this client's (48a: never proximity alone)";
const R7 =
  "item 2: a client attempt typed as an address was joined to the run's only server by time alone; a second (unrelated) server undoes the join (48a: never proximity alone)";
const R8 =
  "item 2: in a burst from one client a second apart, the logon and the refusal of different connections are joined into one; without the log of the logon the refusal decides (48a: a connection's identity)";
const R9 =
  "item 2: the RCM 261 whose RdpCoreTS records were cut out is joined by proximity into the next connection from the same client (48a: a connection's identity, never proximity alone)";
const R11 =
  "item 2: with NXLog's whole seconds the connections of a burst within one second are told apart by time, and the logon of one is joined to another from the same client (48a: a connection's identity, never proximity alone)";
const R14 =
  "item 2: without ActivityIDs two connections from one client are cross-wired and the logon of one is joined to the other (48a: a connection's identity)";
const R15 =
  "item 2: without the log whose ActivityIDs kept them apart, two connections from one client are joined into one attempt by proximity (48a: a connection's identity)";
const R16 =
  "item 4: a record-id hole after the attempt's last record is read as silence, so the attempt is failed instead of unknown (48a: unknown with its reason where nothing decides)";
const R19 =
  "items 2 and 4: Splunk classic WinEventLog text carries no ActivityID and no RdpCoreTS fields, so the session's logon is not joined to its connection (identity without ActivityID, 48a) and the connection is then failed by silence instead of unknown";
const R19C =
  "items 2 and 4, as R19: the server's side is failed by silence in Splunk classic text; its client's view, whose target (RDPClient 1024 Server Name) that text does not give back either, no longer joins it by time alone (48a: never proximity alone) to lend it its 1027";

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
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'DESKTOP-23PS6ES.praivacymatrix.com RemoteConnectionManager/Operational #62 @2020-08-01T22:37:26.4911734Z from -',
    rule: 'no-flip',
    reason: R5,
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'as NXLog im_msvistalog',
    attempt: 'CITADEL-DC01.C137.local RdpCoreTS/Operational #175744 @2020-09-19T03:21:46.0024927Z from 194.61.24.102',
    rule: 'no-flip',
    reason: R11,
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'as NXLog im_msvistalog',
    attempt: 'CITADEL-DC01.C137.local RdpCoreTS/Operational #175749 @2020-09-19T03:21:46.2192217Z from 194.61.24.102',
    rule: 'no-flip',
    reason: R11,
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'as NXLog im_msvistalog',
    attempt: 'CITADEL-DC01.C137.local RdpCoreTS/Operational #175754 @2020-09-19T03:21:46.4557416Z from 194.61.24.102',
    rule: 'no-flip',
    reason: R11,
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'CITADEL-DC01.C137.local RDPClient/Operational #1 @2020-09-19T03:35:54.7665154Z from CITADEL-DC01.C137.local',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'CITADEL-DC01.C137.local RdpCoreTS/Operational #175759 @2020-09-19T03:21:46.6748106Z from 194.61.24.102',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'CITADEL-DC01.C137.local RdpCoreTS/Operational #175781 @2020-09-19T03:22:07.8154856Z from 194.61.24.102',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'CITADEL-DC01.C137.local RdpCoreTS/Operational #175811 @2020-09-19T03:22:36.1729710Z from 194.61.24.102',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'CITADEL-DC01.C137.local RdpCoreTS/Operational #175847 @2020-09-19T03:56:03.0440087Z from 194.61.24.102',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/01-nat-shared-address',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'rdsh01.branch.example.com RemoteConnectionManager/Operational #7706 @2024-03-11T08:01:38.9018111Z from 203.0.113.7',
    rule: 'no-flip',
    reason: R8,
  },
  {
    folder: 'samples/03-newest-first-admin-disconnect',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'app01.branch.example.com RdpCoreTS/Operational #5120 @2024-02-20T09:12:05.3304711Z from 192.0.2.44',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/03-newest-first-admin-disconnect',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'app01.branch.example.com RdpCoreTS/Operational #5150 @2024-02-20T13:20:02.7189044Z from 192.0.2.44',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/broker-farm-five-users',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDCB01.corp.example.test RdpCoreTS/Operational #88222 @2024-09-17T07:59:40.4780000Z from 192.0.2.52',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/healthy-day',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH01.corp.example.test RdpCoreTS/Operational #82863 @2024-05-06T09:31:02.5170006Z from 198.51.100.23',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/healthy-day',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'RDSH01.corp.example.test RemoteConnectionManager/Operational #1358 @2024-05-06T08:15:40.8840002Z from 192.0.2.11',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/healthy-disconnect-reconnect-other-client',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'RDSH07.lab.example.net RemoteConnectionManager/Operational #9117 @2024-05-14T13:31:02.7732304Z from 198.51.100.52',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout-01-drain-mode-after-session-2016',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'rdsh11.heldout.example.com RdpCoreTS/Operational #48211 @2024-10-15T08:55:12.4107385Z from 192.0.2.21',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout-04-broker-farm-five-users-2019',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'cb01.heldout.example.com RdpCoreTS/Operational #77120 @2024-11-26T08:01:10.3206697Z from 192.0.2.41',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout-04-broker-farm-five-users-2019',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'cb01.heldout.example.com RdpCoreTS/Operational #77177 @2024-11-26T08:12:05.3035317Z from 192.0.2.44',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout-05-boot-security-layer-corrected-2012r2',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'ts-legacy01.heldout.example.com RdpCoreTS/Operational #310246 @2024-06-12T07:58:03.2031302Z from 192.0.2.71',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout-05-boot-security-layer-corrected-2012r2',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'ts-legacy01.heldout.example.com RdpCoreTS/Operational #310272 @2024-06-12T08:15:40.6093776Z from 192.0.2.72',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout-06-boot-license-server-unreachable-2019',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'rdsh31.heldout.example.com RdpCoreTS/Operational #54410 @2025-02-03T08:05:12.0935620Z from 198.51.100.61',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout-07-cert-expired-self-signed-2022',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'app05.heldout.example.com RdpCoreTS/Operational #91870 @2025-05-27T08:02:44.5518902Z from 192.0.2.91',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout-11-password-guessing-then-success-2019',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'rds-edge.heldout.example.com RdpCoreTS/Operational #880772 @2024-12-02T02:16:11.8941511Z from 203.0.113.66',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout2-08-one-host-one-day-four-causes-2019',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'rdsh-hr01.north.example.net RdpCoreTS/Operational #250001 @2025-11-04T07:55:20.3180000Z from 192.0.2.21',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout2-08-one-host-one-day-four-causes-2019',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'rdsh-hr01.north.example.net RdpCoreTS/Operational #250080 @2025-11-04T10:41:33.8710003Z from 192.0.2.34',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout2-10-grace-period-ending-warning-all-succeed-fr-FR-2022',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'rdsh-new05.north.example.net RdpCoreTS/Operational #3021 @2025-04-08T07:42:11.3900001Z from 192.0.2.140',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout2-10-grace-period-ending-warning-all-succeed-fr-FR-2022',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'rdsh-new05.north.example.net RdpCoreTS/Operational #3048 @2025-04-08T08:03:57.8120007Z from 192.0.2.141',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout2-10-grace-period-ending-warning-all-succeed-fr-FR-2022',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'rdsh-new05.north.example.net RdpCoreTS/Operational #3075 @2025-04-08T08:17:20.0260000Z from 198.51.100.88',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'rds-ext4.fjord.example.test RdpCoreTS/Operational #240118 @2022-09-14T07:41:15.3308126Z from 198.51.100.31',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'rds-ext4.fjord.example.test RdpCoreTS/Operational #240792 @2022-09-14T12:03:10.0527713Z from 192.0.2.140',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout3-05-rolled-over-rdpcorets-lsm-24-25-after-1149-2025',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'rdsh-ops5.fjord.example.test RdpCoreTS/Operational #412890 @2025-06-02T13:40:05.3390584Z from 192.0.2.57',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/heldout3-05-rolled-over-rdpcorets-lsm-24-25-after-1149-2025',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'rdsh-ops5.fjord.example.test RdpCoreTS/Operational #412918 @2025-06-02T14:05:30.9027455Z from 198.51.100.77',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/mstsc-retries-then-success',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH02.corp.example.test RdpCoreTS/Operational #56773 @2024-05-07T09:47:55.1180003Z from 198.51.100.40',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/patterns',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'BR-BOB.corp.example.test RDPClient/Operational #5103 @2024-05-02T14:05:20.2400000Z from 198.51.100.23',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/patterns',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'RDSH03.corp.example.test RemoteConnectionManager/Operational #641 @2024-05-02T15:20:41.0770000Z from 203.0.113.66',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/patterns',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'WS-ALICE.corp.example.test RDPClient/Operational #3601 @2024-05-02T12:30:10.0120000Z from 192.0.2.10',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/powershell',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH01.corp.example.test RdpCoreTS/Operational #12448 @2024-05-10T08:03:46.6020007Z from 192.0.2.10',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/s01-thinclient-rdp-layer-vs-fips',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH01.corp.example.org RdpCoreTS/Operational #48213 @2024-06-11T08:12:40.3100001Z from 192.0.2.55',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/s03-per-device-cals-exhausted',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH03.corp.example.org RdpCoreTS/Operational #77120 @2025-01-20T07:48:19.0040007Z from 203.0.113.20',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/s06-wifi-drop-autoreconnect',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH06.corp.example.org RdpCoreTS/Operational #910455 @2025-02-12T10:02:11.4060004Z from 192.0.2.130',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/s06-wifi-drop-autoreconnect',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH06.corp.example.org RdpCoreTS/Operational #910501 @2025-02-12T11:08:05.2330002Z from 192.0.2.130',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/s08-two-rdsh-account-disabled',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH-A.corp.example.org RdpCoreTS/Operational #622010 @2024-10-07T08:58:12.2070003Z from 198.51.100.80',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/s08-two-rdsh-account-disabled',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH-B.corp.example.org RdpCoreTS/Operational #618774 @2024-10-07T07:55:48.5120002Z from 198.51.100.81',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/s09-ipv6-tls-cipher-mismatch',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH09.corp.example.org RdpCoreTS/Operational #77001 @2025-05-06T12:58:03.0210005Z from 2001:db8:10::25',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/session-limit',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'WS-FINANCE07.corp.example.test RdpCoreTS/Operational #57682 @2024-05-24T10:20:44.5900003Z from 192.0.2.11',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/siem',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH01.corp.example.test RdpCoreTS/Operational #12448 @2024-05-10T08:03:46.6020007Z from 192.0.2.10',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/two-users-badpw-then-ok-and-no-rdp-right',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'TERM01.lab.example.net RemoteConnectionManager/Operational #5124 @2024-09-17T09:03:40.5509902Z from 192.0.2.44',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/08-idle-limit-then-reconnect',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'OMAR-PC.branch.example.com RDPClient/Operational #7720 @2024-06-04T08:30:02.2439135Z from 198.51.100.77',
    rule: 'no-flip',
    reason: R19C,
  },
  {
    folder: 'samples/auth-bad-credentials',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'WS-ALICE.corp.example.test RDPClient/Operational #102 @2024-05-10T08:03:46.6020007Z from 192.0.2.10',
    rule: 'no-flip',
    reason: R19C,
  },
  {
    folder: 'samples/healthy-day',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'WS-ALICE.corp.example.test RDPClient/Operational #171 @2024-05-06T07:58:12.2310006Z from 192.0.2.10',
    rule: 'no-flip',
    reason: R19C,
  },
  {
    folder: 'samples/healthy-day',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'WS-ALICE.corp.example.test RDPClient/Operational #180 @2024-05-06T12:31:47.0900005Z from 192.0.2.10',
    rule: 'no-flip',
    reason: R19C,
  },
  {
    folder: 'samples/heldout2-07-rdp-port-moved-to-3390-client-clock-behind-2022',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'WS-NILS.north.example.net RDPClient/Operational #737 @2025-10-14T08:21:59.7690009Z from 192.0.2.66',
    rule: 'no-flip',
    reason: R19C,
  },
  {
    folder: 'samples/ipv6-clients',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'WS-LENA.corp.example.test RDPClient/Operational #194 @2024-06-05T08:30:12.5540008Z from 2001:db8::15',
    rule: 'no-flip',
    reason: R19C,
  },
  {
    folder: 'samples/mstsc-retries-then-success',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'WS-DAVE.corp.example.test RDPClient/Operational #473 @2024-05-07T09:12:03.5060001Z from 192.0.2.14',
    rule: 'no-flip',
    reason: R19C,
  },
  {
    folder: 'samples/network-dropped',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'LT-FRANK.corp.example.test RDPClient/Operational #461 @2024-05-30T13:02:20.9050004Z from 198.51.100.61',
    rule: 'no-flip',
    reason: R19C,
  },
];
