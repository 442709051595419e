import { CLIENT_LICENSING_FAILED, clientLicenceEvent, inClient, inWindow } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

/** 1003 is logged in RemoteConnectionManager/Operational. */
export const licensingClientCache = {
  id: 'licensing-client-cache',
  title: "The client's cached Remote Desktop licence is corrupt or cannot be stored",
  summary: "The client's cached licence (HKLM\\SOFTWARE\\Microsoft\\MSLicensing) is corrupt or cannot be written.",
  status: 'test',
  phase: 'licensing',
  references: [
    'https://learn.microsoft.com/en-us/windows/win32/termserv/imstscaxevents-ondisconnected',
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37874.rds-session-host-server-disconnect-codes',
  ],
  falsePositives: [
    'RCM 1003 names the client by computer name: two clients behind one address at the same time may be confused.',
  ],
  when: {
    outcome: ['failed'],
    progress: { session: false },
  },
  clauses: [
    // [MS] 1003: the client presented an invalid licence (TechNet cc775262)
    inWindow('invalidLicense', clientLicenceEvent(1003), 0.75, { before: 30, after: 30 }),
    // [WR] TechNet client list: 261 invalid licence format, 265 cannot upgrade/renew, 267 licence store access denied
    inClient(
      'clientStore',
      { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: { in: [261, 265, 267] } } },
      0.6,
    ),
    // [MS] meanings (licensing failed / licensing timeout); [WR] link to the client cache
    inClient('clientLicensing', CLIENT_LICENSING_FAILED, 0.3),
  ],
  codes: {
    mstsc: explained({ WR: [261, 265, 267, 2056, 2312] }, { 2056: 1, 2312: 1 }),
    mstscExtended: explained({ WR: [261, 265, 267], SP: [7, 259, 260, 264] }, { 7: 3, 265: 1 }),
    mstscPair: [
      {
        code: 2308,
        extended: 7,
        confidence: 'WR',
        rank: 4,
        why: 'A corrupt client licence cache (MSLicensing). Confirm with RCM/Operational 1003 naming the client.',
      },
    ],
  },
  explanation: [
    'Remote Desktop Services reported that the client presented an invalid licence (event 1003 at {invalidLicense.time}).',
    'The client named in the event is {invalidLicense.Param1}.',
    'The client named in the event is {invalidLicense.Data[0]}.',
    'The client disconnected with {clientStore.Value|mstsc}.',
    'The client disconnected with {clientLicensing.Value|mstsc}.',
    'The connection from {attempt.client} stopped during licensing and never reached a session; the licence cached on the client (HKLM\\SOFTWARE\\Microsoft\\MSLicensing) is the likely culprit when other clients connect normally.',
  ],
  remediation: [
    'On the CLIENT computer, back up and delete the licence cache: `reg export HKLM\\SOFTWARE\\Microsoft\\MSLicensing %TEMP%\\MSLicensing.reg` then `reg delete HKLM\\SOFTWARE\\Microsoft\\MSLicensing /f`.',
    'Start Remote Desktop Connection once with "Run as administrator" so it can recreate the MSLicensing key (client code 267 means the key could not be created: access denied).',
    'If many different clients fail the same way, the problem is on the server side instead: check the licensing events there (1128/1130/1131, 50280–50283) and the license server.',
  ],
  sample: {
    description:
      'WS-ALICE presents a corrupt cached licence: RCM/Operational 1003 names it and mstsc disconnects with 2056. After deleting the MSLicensing key she connects from a mstsc that is not elevated, which cannot recreate the store (267).',
    file: 'samples/patterns/licensing-client-cache/sample.xml',
  },
} as const satisfies Pattern;
