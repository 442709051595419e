/**
 * Violations of the metamorphic rules (harness.ts `RULES`) that today's code still makes, each with why. Every entry
 * below is one of issue 48's items 1–5 (the logon proof as data, a connection's identity, the cause from tries,
 * every connection an attempt, saying only what the records carry), built on another branch (48a): the lead prunes
 * this list after merging it. A violation not listed fails the suite, and so does an entry that no longer occurs (the
 * list only shrinks). Generated from a run of the suite, then each reason checked against the violation it names.
 */
import type { Rule } from './harness.js';

export interface KnownViolation {
  folder: string;
  transformation: string;
  /** The attempt's identity as the harness names it (first record, start, client), or `(findings)`. */
  attempt: string;
  rule: Rule;
  reason: string;
}

const R1 =
  'item 1: RCM 1149 (NLA passed) or a session assigned (RdpCoreTS 66) is taken for a logon; with the logon proof as data (48a) it stays unknown until a logon record joins it';
const R2 =
  "item 1: a gateway-only connection that carried data is called a success, though the gateway logs no logon; the logon proof as data (48a) leaves it unknown until the host's logon joins it";
const R3 =
  "item 1: on the client, 1025 then the user's own 1026 is the best an older client shows; 48a marks that 1026 as an inferred logon (and says so in the attempt)";
const R4 =
  'item 1: without the log that held the failure, NLA passed (1149) or a session assigned (66) alone is called a success (48a: 1149 alone is not a logon)';
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
const R10 =
  "item 2: the connection's logon was joined to it through RdpCoreTS; without that log the logon, still logged, is no longer joined and the RCM connection is left unknown (48a: a connection's identity from listener/session/user/order)";
const R11 =
  "item 2: with NXLog's whole seconds the connections of a burst within one second are told apart by time, and the logon of one is joined to another from the same client (48a: a connection's identity, never proximity alone)";
const R12 =
  "item 2: with its first RdpCoreTS records cut out, the connection's logon records (LSM 21, 4624), still logged, are no longer joined to it, and it is failed at the logon screen (48a: a connection's identity from session and user, not only its ActivityID)";
const R13 =
  "item 2: with the next connection's first RdpCoreTS records cut out, this connection's logon try (4625) is joined by proximity to the other, and its cause is lost (48a: a connection's identity, never proximity alone)";
const R14 =
  "item 2: without ActivityIDs two connections from one client are cross-wired and the logon of one is joined to the other (48a: a connection's identity)";
const R15 =
  "item 2: without the log whose ActivityIDs kept them apart, two connections from one client are joined into one attempt by proximity (48a: a connection's identity)";
const R16 =
  "item 4: a record-id hole after the attempt's last record is read as silence, so the attempt is failed instead of unknown (48a: unknown with its reason where nothing decides)";
const R17 =
  "item 4: the RCM connections that RdpCoreTS (with its record-id gap) does not cover are unknown; without RdpCoreTS the same connections are failed by silence, though no log shows how they ended (48a: never 'failed' where nothing decides)";
const R18 =
  'items 1 and 4: with the log that held its logon removed the connection should be unknown; it is failed by the end of its RdpCoreTS connection instead (48a)';
const R19 =
  "items 2 and 4: Splunk classic WinEventLog text carries no ActivityID and no RdpCoreTS fields, so the session's logon is not joined to its connection (identity without ActivityID, 48a) and the connection is then failed by silence instead of unknown";

export const KNOWN_VIOLATIONS: readonly KnownViolation[] = [
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
    folder:
      'corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    transformation: 'baseline',
    attempt:
      'CITADEL-DC01.C137.local RDPClient/Operational #1 @2020-09-19T03:35:54.7665154Z from CITADEL-DC01.C137.local',
    rule: 'success-names-proof',
    reason: R3,
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
    folder: 'corpus/Yamato-Security__hayabusa-sample-evtx/YamatoSecurity/IntialAccess/ValidAccounts',
    transformation: 'baseline',
    attempt: 'EC2AMAZ-6C3C9U6 Gateway/Operational #74 @2024-11-04T13:53:32.6570000Z from 219.100.37.243',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'corpus/Yamato-Security__hayabusa-sample-evtx/YamatoSecurity/IntialAccess/ValidAccounts',
    transformation: 'baseline',
    attempt: 'EC2AMAZ-6C3C9U6 Gateway/Operational #75 @2024-11-04T13:58:08.6464861Z from 219.100.37.243',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'corpus/mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts',
    transformation: 'baseline',
    attempt: 'FS03.offsec.lan RemoteConnectionManager/Operational #318 @2021-12-16T10:25:32.6481991Z from 10.23.123.11',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts',
    transformation: 'baseline',
    attempt:
      'adfs01.offsec.lan RemoteConnectionManager/Operational #1801 @2021-12-16T10:25:32.6732145Z from 10.23.123.11',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts',
    transformation: 'baseline',
    attempt:
      'dhcp01.offsec.lan RemoteConnectionManager/Operational #6067 @2021-12-16T10:25:32.4073206Z from 10.23.123.11',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts',
    transformation: 'baseline',
    attempt:
      'fs03vuln.offsec.lan RemoteConnectionManager/Operational #99456 @2021-12-16T10:25:30.4156379Z from 10.23.123.11',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts',
    transformation: 'baseline',
    attempt:
      'mssql01.offsec.lan RemoteConnectionManager/Operational #2858 @2021-12-16T10:25:32.3675180Z from 10.23.123.11',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts',
    transformation: 'baseline',
    attempt:
      'pki01.offsec.lan RemoteConnectionManager/Operational #1831 @2021-12-16T10:25:32.7946839Z from 10.23.123.11',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts',
    transformation: 'baseline',
    attempt:
      'prtg-mon.offsec.lan RemoteConnectionManager/Operational #1813 @2021-12-16T10:25:32.7823760Z from 10.23.123.11',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts',
    transformation: 'baseline',
    attempt:
      'rootdc1.offsec.lan RemoteConnectionManager/Operational #6433 @2021-12-16T10:25:32.3518358Z from 10.23.123.11',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts',
    transformation: 'baseline',
    attempt:
      'webiis01.offsec.lan RemoteConnectionManager/Operational #1860 @2021-12-16T10:25:32.4731205Z from 10.23.123.11',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts',
    transformation: 'baseline',
    attempt:
      'wsus01.offsec.lan RemoteConnectionManager/Operational #6126 @2021-12-16T10:25:32.7267188Z from 10.23.123.11',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/omerbenamram__evtx/samples',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'DESKTOP-1N4R894 RemoteConnectionManager/Operational #462938 @2018-08-07T18:37:11.0000000Z from 174.127.93.2',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/omerbenamram__evtx/samples',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'DESKTOP-1N4R894 RemoteConnectionManager/Operational #462984 @2018-08-07T18:41:48.0000000Z from 174.127.93.2',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/omerbenamram__evtx/samples',
    transformation: 'baseline',
    attempt:
      'DESKTOP-1N4R894 RemoteConnectionManager/Operational #462937 @2018-08-07T18:37:11.1544717Z from 174.127.93.2',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/omerbenamram__evtx/samples',
    transformation: 'baseline',
    attempt:
      'DESKTOP-1N4R894 RemoteConnectionManager/Operational #462983 @2018-08-07T18:41:48.2740576Z from 174.127.93.2',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/omerbenamram__evtx/samples',
    transformation: 'baseline',
    attempt:
      'DESKTOP-1N4R894 RemoteConnectionManager/Operational #463229 @2018-08-07T19:12:01.9470873Z from 31.14.75.59',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/omerbenamram__evtx/samples',
    transformation: 'baseline',
    attempt:
      'DESKTOP-1N4R894 RemoteConnectionManager/Operational #463256 @2018-08-07T19:14:50.8767459Z from 103.11.244.223',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/omerbenamram__evtx/samples',
    transformation: 'baseline',
    attempt:
      'DESKTOP-1N4R894 RemoteConnectionManager/Operational #463300 @2018-08-07T19:19:42.9348779Z from 31.14.75.59',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/omerbenamram__evtx/samples',
    transformation: 'remove 2-vss_0-Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx',
    attempt:
      'DESKTOP-1N4R894 RemoteConnectionManager/Operational #463229 @2018-08-07T19:12:01.9470873Z from 31.14.75.59',
    rule: 'unknown-only-without-proof',
    reason: R10,
  },
  {
    folder: 'corpus/omerbenamram__evtx/samples',
    transformation: 'remove 2-vss_0-Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx',
    attempt:
      'DESKTOP-1N4R894 RemoteConnectionManager/Operational #463256 @2018-08-07T19:14:50.8767459Z from 103.11.244.223',
    rule: 'unknown-only-without-proof',
    reason: R10,
  },
  {
    folder: 'corpus/sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control',
    transformation: 'baseline',
    attempt: 'IEWIN7 RemoteConnectionManager/Operational #4 @2018-11-06T21:45:34.8789297Z from 10.0.2.16',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control',
    transformation: 'baseline',
    attempt: 'IEWIN7 RemoteConnectionManager/Operational #7 @2018-11-06T21:48:54.9818544Z from 10.0.2.16',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control',
    transformation: 'baseline',
    attempt: 'PC01.example.corp RemoteConnectionManager/Operational #124 @2019-01-29T22:58:34.9950928Z from 10.0.2.15',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control',
    transformation: 'baseline',
    attempt: 'PC01.example.corp RemoteConnectionManager/Operational #127 @2019-01-29T23:15:24.1642354Z from 10.0.2.15',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control',
    transformation: 'baseline',
    attempt: 'PC01.example.corp RemoteConnectionManager/Operational #135 @2019-01-29T23:56:17.8512883Z from 10.0.2.15',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control',
    transformation: 'baseline',
    attempt: 'PC01.example.corp RemoteConnectionManager/Operational #138 @2019-01-30T00:00:50.8438323Z from 10.0.2.15',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control',
    transformation: 'baseline',
    attempt: 'PC01.example.corp RemoteConnectionManager/Operational #159 @2019-02-02T22:39:00.4972138Z from 10.0.2.15',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control',
    transformation: 'baseline',
    attempt: 'PC01.example.corp RemoteConnectionManager/Operational #162 @2019-02-02T22:42:54.7282394Z from 10.0.2.15',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control',
    transformation: 'baseline',
    attempt: 'PC01.example.corp RemoteConnectionManager/Operational #211 @2019-02-13T12:23:42.1782960Z from 10.0.2.16',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control',
    transformation: 'baseline',
    attempt:
      'PC01.example.corp RemoteConnectionManager/Operational #223 @2019-02-13T17:50:15.7410198Z from fe80::80ac:4126:fa58:1b81',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'corpus/sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control',
    transformation: 'remove DE_RDP_Tunnel_5156.evtx',
    attempt: 'PC01.example.corp RemoteConnectionManager/Operational #226 @2019-02-13T18:04:01.6321208Z from 127.0.0.1',
    rule: 'success-names-proof',
    reason: R1,
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
    folder: 'samples/07-drain-mode-farm',
    transformation: 'remove rdsh06-LSM-Operational.xml',
    attempt:
      'rdsh06.branch.example.com RemoteConnectionManager/Operational #1377 @2024-07-02T11:21:12.0296586Z from 192.0.2.33',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/broker-farm-five-users',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDCB01.corp.example.test RdpCoreTS/Operational #88222 @2024-09-17T07:59:40.4780000Z from 192.0.2.52',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/clause-logon-status-variants',
    transformation: 'remove Security.xml',
    attempt: 'WS-K47.corp.example.test RDPClient/Operational #68156 @2024-10-14T08:20:44.1000000Z from 192.0.2.92',
    rule: 'no-flip',
    reason: R4,
  },
  {
    folder: 'samples/clause-logon-status-variants',
    transformation: 'remove Security.xml',
    attempt: 'WS-K47.corp.example.test RDPClient/Operational #68156 @2024-10-14T08:20:44.1000000Z from 192.0.2.92',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/clause-udp-and-reconnect-failure',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'LT-K48.corp.example.test RDPClient/Operational #70600 @2024-10-15T13:05:02.0000000Z from 198.51.100.48',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/clause-udp-and-reconnect-failure',
    transformation: 'remove LocalSessionManager-Operational.xml',
    attempt: 'LT-K48.corp.example.test RDPClient/Operational #70600 @2024-10-15T13:05:02.0000000Z from 198.51.100.48',
    rule: 'success-names-proof',
    reason: R1,
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
    folder: 'samples/gateway-slow-spray',
    transformation: 'baseline',
    attempt: 'RDGW03.corp.example.test Gateway/Operational #5136 @2025-03-08T04:14:52.1200000Z from 203.0.113.62',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'samples/gateway-slow-spray',
    transformation: 'baseline',
    attempt: 'RDGW03.corp.example.test Gateway/Operational #5154 @2025-03-08T08:33:05.2200000Z from 192.0.2.101',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'samples/gateway-slow-spray',
    transformation: 'baseline',
    attempt: 'RDGW03.corp.example.test Gateway/Operational #5158 @2025-03-08T08:34:09.2200000Z from 192.0.2.102',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'samples/gateway-slow-spray',
    transformation: 'baseline',
    attempt: 'RDGW03.corp.example.test Gateway/Operational #5162 @2025-03-08T08:35:13.2200000Z from 192.0.2.103',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'samples/gateway-slow-spray',
    transformation: 'baseline',
    attempt: 'RDGW03.corp.example.test Gateway/Operational #5166 @2025-03-08T08:36:17.2200000Z from 192.0.2.104',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'samples/gateway-slow-spray',
    transformation: 'baseline',
    attempt: 'RDGW03.corp.example.test Gateway/Operational #5170 @2025-03-08T08:37:21.2200000Z from 192.0.2.105',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'samples/gateway-slow-spray',
    transformation: 'baseline',
    attempt: 'RDGW03.corp.example.test Gateway/Operational #5174 @2025-03-08T08:38:25.2200000Z from 192.0.2.106',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'samples/gateway-slow-spray',
    transformation: 'baseline',
    attempt: 'RDGW03.corp.example.test Gateway/Operational #5178 @2025-03-08T08:39:29.2200000Z from 192.0.2.107',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'samples/gateway-slow-spray',
    transformation: 'baseline',
    attempt: 'RDGW03.corp.example.test Gateway/Operational #5182 @2025-03-08T08:40:33.2200000Z from 192.0.2.108',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'samples/gateway-slow-spray',
    transformation: 'baseline',
    attempt: 'RDGW03.corp.example.test Gateway/Operational #5186 @2025-03-08T08:41:37.2200000Z from 192.0.2.109',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'samples/gateway-slow-spray',
    transformation: 'baseline',
    attempt: 'RDGW03.corp.example.test Gateway/Operational #5190 @2025-03-08T08:42:41.2200000Z from 192.0.2.110',
    rule: 'success-names-proof',
    reason: R2,
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
    folder: 'samples/heldout-04-broker-farm-five-users-2019',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'cb01.heldout.example.com RemoteConnectionManager/Operational #15422 @2024-11-26T08:01:07.0000000Z from 192.0.2.41',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout-04-broker-farm-five-users-2019',
    transformation: 'remove cb01-RdpCoreTS-Operational.xml',
    attempt:
      'cb01.heldout.example.com RemoteConnectionManager/Operational #15422 @2024-11-26T08:01:07.3321076Z from 192.0.2.41',
    rule: 'success-names-proof',
    reason: R1,
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
    folder: 'samples/heldout-06-boot-license-server-unreachable-2019',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'rdsh31.heldout.example.com RdpCoreTS/Operational #54462 @2025-02-03T08:40:03.8807262Z from 198.51.100.63',
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
    folder: 'samples/heldout-08-de-de-grace-expired-50280-2019',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'rdsh-muc01.heldout.example.com RemoteConnectionManager/Operational #5024 @2024-09-09T08:02:14.0000000Z from 192.0.2.101',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout-08-de-de-grace-expired-50280-2019',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rdsh-muc01.heldout.example.com RdpCoreTS/Operational #66120 @2024-09-09T08:02:14.3308716Z from 192.0.2.101',
    rule: 'no-flip',
    reason: R4,
  },
  {
    folder: 'samples/heldout-08-de-de-grace-expired-50280-2019',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rdsh-muc01.heldout.example.com RemoteConnectionManager/Operational #5024 @2024-09-09T08:02:14.3314878Z from 192.0.2.101',
    rule: 'success-names-proof',
    reason: R1,
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
      'ts-lager02.north.example.net RemoteConnectionManager/Operational #1893 @2025-06-03T07:31:08.9124008Z from 192.0.2.61',
    rule: 'no-flip',
    reason: R4,
  },
  {
    folder: 'samples/heldout2-02-mistype-once-and-expired-account-security-rcm-only-2016',
    transformation: 'remove Security.xml',
    attempt:
      'ts-lager02.north.example.net RemoteConnectionManager/Operational #1893 @2025-06-03T07:31:08.9124008Z from 192.0.2.61',
    rule: 'success-names-proof',
    reason: R1,
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
    folder: 'samples/heldout2-02-mistype-once-and-expired-account-security-rcm-only-2016',
    transformation: 'remove Security.xml',
    attempt:
      'ts-lager02.north.example.net RemoteConnectionManager/Operational #1898 @2025-06-03T10:02:40.0514000Z from 192.0.2.90',
    rule: 'success-names-proof',
    reason: R1,
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
    folder: 'samples/heldout2-11-win10-remote-user-declines-rcm-lsm-only',
    transformation: 'remove LocalSessionManager-Operational.xml',
    attempt:
      'WS-LAB04.north.example.net RemoteConnectionManager/Operational #388 @2025-01-28T09:00:41.6604001Z from 192.0.2.55',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout2-11-win10-remote-user-declines-rcm-lsm-only',
    transformation: 'remove LocalSessionManager-Operational.xml',
    attempt:
      'WS-LAB04.north.example.net RemoteConnectionManager/Operational #396 @2025-01-28T11:32:48.0224008Z from 192.0.2.72',
    rule: 'success-names-proof',
    reason: R1,
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
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18842 @2022-09-14T10:21:07.0917352Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18843 @2022-09-14T10:21:29.4085369Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18844 @2022-09-14T10:21:39.9456818Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18845 @2022-09-14T10:22:02.3919007Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18846 @2022-09-14T10:22:12.8896712Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18847 @2022-09-14T10:22:13.8021388Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18848 @2022-09-14T10:22:15.5425986Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18849 @2022-09-14T10:22:36.1564949Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18850 @2022-09-14T10:22:38.0391553Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18851 @2022-09-14T10:23:03.5203406Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18852 @2022-09-14T10:23:18.1355043Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18853 @2022-09-14T10:23:38.0918272Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18854 @2022-09-14T10:24:05.8794132Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18855 @2022-09-14T10:24:07.4785142Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18856 @2022-09-14T10:24:32.8157757Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18857 @2022-09-14T10:24:59.1804311Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18858 @2022-09-14T10:25:00.5208482Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18859 @2022-09-14T10:25:26.1570258Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18860 @2022-09-14T10:25:46.4780407Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18861 @2022-09-14T10:26:05.8087572Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18862 @2022-09-14T10:26:16.9565452Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18863 @2022-09-14T10:26:18.9839335Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18864 @2022-09-14T10:26:20.1466171Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18865 @2022-09-14T10:26:37.0870780Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18866 @2022-09-14T10:26:55.9256430Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18867 @2022-09-14T10:27:09.6577127Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18868 @2022-09-14T10:27:22.9462684Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18869 @2022-09-14T10:27:48.4703077Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18870 @2022-09-14T10:28:00.7029406Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18871 @2022-09-14T10:28:31.2217085Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18872 @2022-09-14T10:28:31.6668909Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18873 @2022-09-14T10:28:48.0223646Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18874 @2022-09-14T10:29:13.4381599Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18875 @2022-09-14T10:29:15.1634934Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18876 @2022-09-14T10:29:16.2253645Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18877 @2022-09-14T10:29:17.9807342Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18878 @2022-09-14T10:29:36.7042830Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18879 @2022-09-14T10:30:03.9890040Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18880 @2022-09-14T10:30:33.7888243Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
  },
  {
    folder: 'samples/heldout3-04-rdpcorets-gap-rcm-connections-inside-2022',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'rds-ext4.fjord.example.test RemoteConnectionManager/Operational #18881 @2022-09-14T10:30:52.6003981Z from -',
    rule: 'no-verdict-from-less',
    reason: R17,
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
    folder: 'samples/heldout3-05-rolled-over-rdpcorets-lsm-24-25-after-1149-2025',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'rdsh-ops5.fjord.example.test RemoteConnectionManager/Operational #60418 @2025-06-02T07:52:10.0000000Z from 192.0.2.57',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout3-05-rolled-over-rdpcorets-lsm-24-25-after-1149-2025',
    transformation: 'remove LocalSessionManager-Operational.xml',
    attempt: 'rdsh-ops5.fjord.example.test RdpCoreTS/Operational #412890 @2025-06-02T13:40:05.3390584Z from 192.0.2.57',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout3-05-rolled-over-rdpcorets-lsm-24-25-after-1149-2025',
    transformation: 'remove LocalSessionManager-Operational.xml',
    attempt:
      'rdsh-ops5.fjord.example.test RdpCoreTS/Operational #412918 @2025-06-02T14:05:30.9027455Z from 198.51.100.77',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout3-05-rolled-over-rdpcorets-lsm-24-25-after-1149-2025',
    transformation: 'remove LocalSessionManager-Operational.xml',
    attempt:
      'rdsh-ops5.fjord.example.test RemoteConnectionManager/Operational #60418 @2025-06-02T07:52:10.1007316Z from 192.0.2.57',
    rule: 'no-flip',
    reason: R18,
  },
  {
    folder: 'samples/heldout3-05-rolled-over-rdpcorets-lsm-24-25-after-1149-2025',
    transformation: 'remove LocalSessionManager-Operational.xml',
    attempt:
      'rdsh-ops5.fjord.example.test RemoteConnectionManager/Operational #60420 @2025-06-02T09:30:05.7745920Z from 192.0.2.61',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout3-06-rcm-only-burst-then-new-address-logon-2024',
    transformation: 'baseline',
    attempt:
      'app-jump2.fjord.example.test RemoteConnectionManager/Operational #33950 @2024-02-19T08:05:12.4471903Z from 192.0.2.20',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout3-06-rcm-only-burst-then-new-address-logon-2024',
    transformation: 'baseline',
    attempt:
      'app-jump2.fjord.example.test RemoteConnectionManager/Operational #33952 @2024-02-19T13:31:40.0928145Z from 192.0.2.20',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout3-06-rcm-only-burst-then-new-address-logon-2024',
    transformation: 'baseline',
    attempt:
      'app-jump2.fjord.example.test RemoteConnectionManager/Operational #33954 @2024-02-20T07:58:03.7716254Z from 192.0.2.20',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout3-06-rcm-only-burst-then-new-address-logon-2024',
    transformation: 'baseline',
    attempt:
      'app-jump2.fjord.example.test RemoteConnectionManager/Operational #33956 @2024-02-20T10:12:55.2310478Z from 192.0.2.21',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout3-06-rcm-only-burst-then-new-address-logon-2024',
    transformation: 'baseline',
    attempt:
      'app-jump2.fjord.example.test RemoteConnectionManager/Operational #33958 @2024-02-20T16:40:27.6694011Z from 192.0.2.20',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout3-06-rcm-only-burst-then-new-address-logon-2024',
    transformation: 'baseline',
    attempt:
      'app-jump2.fjord.example.test RemoteConnectionManager/Operational #34080 @2024-02-21T03:10:41.3069527Z from 203.0.113.141',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/heldout3-06-rcm-only-burst-then-new-address-logon-2024',
    transformation: 'baseline',
    attempt:
      'app-jump2.fjord.example.test RemoteConnectionManager/Operational #34082 @2024-02-21T07:55:20.8813396Z from 192.0.2.20',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/licensing-grace-2019-50280-admin-ok',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'RDSH19.lab.example.net RemoteConnectionManager/Operational #1404 @2024-06-03T08:14:02.0000000Z from 198.51.100.23',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/licensing-grace-2019-50280-admin-ok',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'RDSH19.lab.example.net RemoteConnectionManager/Operational #1406 @2024-06-03T08:15:20.0000000Z from 198.51.100.23',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/licensing-grace-2019-50280-admin-ok',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'RDSH19.lab.example.net RemoteConnectionManager/Operational #1408 @2024-06-03T08:21:47.0296523Z from 192.0.2.10',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/licensing-grace-2019-50280-admin-ok',
    transformation: 'remove LSM.xml',
    attempt:
      'RDSH19.lab.example.net RemoteConnectionManager/Operational #1408 @2024-06-03T08:21:47.0296523Z from 192.0.2.10',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/licensing-grace-2019-50280-admin-ok',
    transformation: 'remove RdpCoreTS.xml',
    attempt:
      'RDSH19.lab.example.net RemoteConnectionManager/Operational #1404 @2024-06-03T08:14:02.2062164Z from 198.51.100.23',
    rule: 'no-flip',
    reason: R4,
  },
  {
    folder: 'samples/licensing-grace-2019-50280-admin-ok',
    transformation: 'remove RdpCoreTS.xml',
    attempt:
      'RDSH19.lab.example.net RemoteConnectionManager/Operational #1404 @2024-06-03T08:14:02.2062164Z from 198.51.100.23',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/licensing-grace-2019-50280-admin-ok',
    transformation: 'remove RdpCoreTS.xml',
    attempt:
      'RDSH19.lab.example.net RemoteConnectionManager/Operational #1406 @2024-06-03T08:15:20.6599481Z from 198.51.100.23',
    rule: 'no-flip',
    reason: R4,
  },
  {
    folder: 'samples/licensing-grace-2019-50280-admin-ok',
    transformation: 'remove RdpCoreTS.xml',
    attempt:
      'RDSH19.lab.example.net RemoteConnectionManager/Operational #1406 @2024-06-03T08:15:20.6599481Z from 198.51.100.23',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/licensing-grace-expired',
    transformation: 'as Splunk classic WinEventLog',
    attempt:
      'TS-PILOT01.corp.example.test RemoteConnectionManager/Operational #1386 @2024-05-20T07:41:09.0000000Z from 192.0.2.10',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/licensing-grace-expired',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt: 'TS-PILOT01.corp.example.test RdpCoreTS/Operational #56702 @2024-05-20T07:41:09.8220003Z from 192.0.2.10',
    rule: 'no-flip',
    reason: R4,
  },
  {
    folder: 'samples/licensing-grace-expired',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'TS-PILOT01.corp.example.test RemoteConnectionManager/Operational #1386 @2024-05-20T07:41:09.8220004Z from 192.0.2.10',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/licensing-server-unavailable',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt: 'RDSH05.corp.example.test RdpCoreTS/Operational #54115 @2024-05-21T07:26:48.1500000Z from 198.51.100.23',
    rule: 'no-flip',
    reason: R4,
  },
  {
    folder: 'samples/licensing-server-unavailable',
    transformation: 'remove RdpCoreTS-Operational.xml',
    attempt:
      'RDSH05.corp.example.test RemoteConnectionManager/Operational #8236 @2024-05-21T07:26:48.1500006Z from 198.51.100.23',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/mstsc-retries-then-success',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH02.corp.example.test RdpCoreTS/Operational #56773 @2024-05-07T09:47:55.1180003Z from 198.51.100.40',
    rule: 'no-flip',
    reason: R19,
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
    folder: 'samples/no-nla-logon-screen',
    transformation: 'remove Security.xml',
    attempt:
      'FS12.corp.example.test RemoteConnectionManager/Operational #930 @2024-11-04T08:40:05.3100000Z from 198.51.100.62',
    rule: 'no-flip',
    reason: R4,
  },
  {
    folder: 'samples/no-nla-logon-screen',
    transformation: 'remove Security.xml',
    attempt:
      'FS12.corp.example.test RemoteConnectionManager/Operational #930 @2024-11-04T08:40:05.3100000Z from 198.51.100.62',
    rule: 'success-names-proof',
    reason: R1,
  },
  {
    folder: 'samples/no-nla-logon-screen',
    transformation: 'remove Security.xml',
    attempt:
      'FS12.corp.example.test RemoteConnectionManager/Operational #931 @2024-11-04T09:15:12.6600000Z from 198.51.100.63',
    rule: 'no-flip',
    reason: R4,
  },
  {
    folder: 'samples/no-nla-logon-screen',
    transformation: 'remove Security.xml',
    attempt:
      'FS12.corp.example.test RemoteConnectionManager/Operational #931 @2024-11-04T09:15:12.6600000Z from 198.51.100.63',
    rule: 'success-names-proof',
    reason: R1,
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
    attempt: 'WS-ALICE.corp.example.test RDPClient/Operational #3001 @2024-05-02T09:00:00.0120000Z from 192.0.2.10',
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
    folder: 'samples/patterns',
    transformation: 'baseline',
    attempt: 'RDGW03.corp.example.test Gateway/Operational #5105 @2024-09-16T08:10:00.2000000Z from 198.51.100.23',
    rule: 'success-names-proof',
    reason: R2,
  },
  {
    folder: 'samples/powershell',
    transformation: 'as Splunk classic WinEventLog',
    attempt: 'RDSH01.corp.example.test RdpCoreTS/Operational #12448 @2024-05-10T08:03:46.6020007Z from 192.0.2.10',
    rule: 'no-flip',
    reason: R19,
  },
  {
    folder: 'samples/powershell',
    transformation: 'cut record ids 12448–12463 of RdpCoreTS-ps7.json',
    attempt: 'RDSH01.corp.example.test RdpCoreTS/Operational #12432 @2024-05-10T08:03:32.0020007Z from 192.0.2.10',
    rule: 'cut-moves-only-touched',
    reason: R13,
  },
  {
    folder: 'samples/powershell',
    transformation: 'cut record ids 12448–12463 of RdpCoreTS-ps7.json',
    attempt: 'RDSH01.corp.example.test RdpCoreTS/Operational #12448 @2024-05-10T08:03:46.6020007Z from 192.0.2.10',
    rule: 'no-flip',
    reason: R12,
  },
  {
    folder: 'samples/probe-then-success-plus-scanner-burst',
    transformation: 'remove LSM.xml',
    attempt:
      'RDSH05.lab.example.net RemoteConnectionManager/Operational #40815 @2024-07-19T08:41:22.0484630Z from 192.0.2.15',
    rule: 'success-names-proof',
    reason: R1,
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
    folder: 'samples/s06-wifi-drop-autoreconnect',
    transformation: 'remove RdpCoreTS.xml',
    attempt: 'RDSH06.corp.example.org RdpCoreTS/Operational #910501 @2025-02-12T11:08:05.2330002Z from 192.0.2.130',
    rule: 'one-connection-one-attempt',
    reason: R15,
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
    folder: 'samples/tls-cert-system-and-client-only',
    transformation: 'cut record ids 309–311 of client/RDPClient.xml',
    attempt:
      'MIRA-LT.lab.example.net RDPClient/Operational #303 @2024-03-11T16:12:03.5120044Z from MIRA-LT.lab.example.net',
    rule: 'no-flip',
    reason: R16,
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
    folder: 'samples/win11-console-user-declines-then-accepts',
    transformation: 'remove LSM.xml',
    attempt:
      'WS-K11.lab.example.net RemoteConnectionManager/Operational #416 @2024-10-08T11:04:50.1171453Z from 192.0.2.77',
    rule: 'success-names-proof',
    reason: R1,
  },
];
