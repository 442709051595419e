import { clientLicenceEvent, DAY, inClient, inHistory, inWindow, RDSH_LICENSING_LOG } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

/** 1004 and 1011 are logged in RemoteConnectionManager/Operational. */
export const licensingCalUnavailable = {
  id: 'licensing-cal-unavailable',
  title: 'No client access licence of the needed type could be issued',
  summary:
    'No client access licence of the needed type: exhausted, wrong Per User / Per Device mode, or the temporary licence expired.',
  status: 'test',
  phase: 'licensing',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/cannot-connect-rds-no-license-server',
    'https://technet.microsoft.com/en-us/library/ee890984(v=ws.10).aspx',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/license-attributes-not-updated-rdsh-server',
  ],
  falsePositives: [
    'License server 21/22 about another session host that shares the license server, around an attempt that failed for another reason.',
  ],
  when: {
    outcome: ['failed'],
    progress: { session: false },
  },
  clauses: [
    // [MS] 1011: the client's temporary licence has expired
    inWindow('temporaryExpired', clientLicenceEvent(1011), 0.8, { before: 30, after: 30 }),
    // [MS] 1028 (50180): the client's licence could not be renewed (EVENT_EXPIRED_PERMANENT_LICENSE)
    inWindow('notRenewed', { ...RDSH_LICENSING_LOG, eventId: [1028, 50180] }, 0.7, { before: 30, after: 30 }),
    // [MS] 1004: the server cannot issue a client licence
    inWindow('cannotIssue', clientLicenceEvent(1004), 0.6, { before: 30, after: 30 }),
    // [MS] meaning; [WR] mapping: license server reports insufficient / no permanent licences of the type
    // (a Per User / Per Device mismatch looks like 21). Only seen when the license server is this computer.
    inHistory(
      'noCals',
      {
        channel: 'System',
        provider: ['TermServLicensing', 'Microsoft-Windows-TerminalServices-Licensing'],
        eventId: [20, 21, 22],
      },
      0.5,
      { before: 7 * DAY },
    ),
    inClient('clientLicensing', { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: 2056 } }, 0.15),
  ],
  codes: {
    mstsc: explained({ WR: [2056] }, { 2056: 3 }),
    mstscExtended: explained({ WR: [258, 265] }, { 258: 1, 265: 2 }),
    mstscPair: [
      {
        code: 2308,
        extended: 7,
        confidence: 'SP',
        rank: 3,
        why: "No CAL of the needed type. Confirm with RCM/Operational 1004/1011 and the license server's 20/21/22.",
      },
    ],
  },
  explanation: [
    'Remote Desktop Services refused the client because its temporary licence has expired (event 1011 at {temporaryExpired.time}), and no permanent client access licence could be issued in its place.',
    'The client named in the event is {temporaryExpired.Param1}.',
    'The client named in the event is {temporaryExpired.Data[0]}.',
    "The client's licence could not be renewed (event {notRenewed.eventId} at {notRenewed.time}).",
    'Remote Desktop Services could not issue a client licence (event 1004 at {cannotIssue.time}).',
    'The license server logged TermServLicensing {noCals.eventId} at {noCals.time}: it has no (or not enough) permanent licences of the requested type.',
    'The connection from {attempt.client} stopped during licensing and never reached a session.',
    'The client reported {clientLicensing.Value|mstsc}.',
  ],
  remediation: [
    "Open RD Licensing Manager on the license server and check the installed CALs: type (Per User / Per Device), version (must be at least the RD Session Host's Windows Server version) and how many are issued.",
    'Make the RD Session Host\'s licensing mode match the CALs you own: Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Licensing → "Set the Remote Desktop licensing mode" (`LicensingMode` 2 = Per Device, 4 = Per User). In a workgroup, use Per Device CALs: Per User is neither tracked nor enforced there.',
    'If Per Device CALs are exhausted, revoke CALs of retired devices in RD Licensing Manager (right-click the licence → Revoke) or install more CALs.',
    'Check with the RD Licensing Diagnoser (lsdiag.msc) on the RD Session Host that it sees the license server and the CAL type.',
  ],
  sample: {
    description:
      "Per Device CALs are exhausted: WS-BOB's temporary licence expired and RCM/Operational logs 1011 when it connects; WS-CAROL's licence cannot be renewed (50180 = 1028); on RDSH06, its own license server, none of the requested type is left (TermServLicensing 21), it cannot issue a client licence (1004) and mstsc gives up in licensing (2056).",
    file: 'samples/patterns/licensing-cal-unavailable/sample.xml',
  },
} as const satisfies Pattern;
