/**
 * Schannel internal error states: 36870 `ErrorStatus`, 36871 `ErrorState` and (on builds before 1803)
 * 36888 `ErrorState`. Microsoft does not publish a full list; only the entries below are sourced.
 * Sources: learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/event-id-troubleshoot-vm-rdp-connecton
 * (36870 state 10001, 36871 state 10013) [MS]; a Microsoft support-engineer blog for 36888 state 960 [WR].
 */
import { parseCodeValue } from '../../../../patterns/codes/parse.js';
import type { CodeEntry } from '../../../../patterns/codes/types.js';

export interface SchannelStateEntry extends CodeEntry {
  /** The Schannel event this state is documented with. */
  readonly eventId: 36870 | 36871 | 36888;
}

export const SCHANNEL_ERROR_STATES: readonly SchannelStateEntry[] = [
  {
    eventId: 36870,
    code: 10001,
    name: 'PrivateKeyAccessFailure',
    meaning:
      "A fatal error occurred while accessing the TLS server credential private key (Microsoft's example comes with ErrorCode 0x8009030D).",
    confidence: 'MS',
    source:
      'Microsoft Learn: troubleshoot Schannel events on an Azure VM for RDP (event-id-troubleshoot-vm-rdp-connecton)',
    note: 'MachineKeys permissions or a corrupt RDP certificate key: see System TermService 1057/1058.',
  },
  {
    eventId: 36871,
    code: 10013,
    name: 'CredentialCreationFailure',
    meaning:
      'A fatal error occurred while creating a TLS credential: the TLS versions or cipher suites the server needs are disabled.',
    note: "Evidence for the RDP listener only when the event's Type is server: unrelated programs log the same 36871 for client credentials whenever TLS 1.0/1.1 is turned off.",
    confidence: 'MS',
    source:
      'Microsoft Learn: troubleshoot Schannel events on an Azure VM for RDP (event-id-troubleshoot-vm-rdp-connecton)',
  },
  {
    eventId: 36888,
    code: 960,
    name: 'Unwrap_DecryptFailure',
    meaning: 'Decrypting a received record failed (reported together with alert 20 bad_record_mac).',
    confidence: 'WR',
    source: "Widely reported: a Microsoft support engineer's blog tracing alert 20 with state 960 to DHE cipher suites",
    note: 'A Microsoft support blog traced 20/960 to DHE cipher suites negotiated with third-party TLS stacks.',
  },
];

/** Look up an internal error state, optionally restricted to one event id. */
export function lookupSchannelErrorState(state: string | number, eventId?: number): SchannelStateEntry | undefined {
  const v = parseCodeValue(state);
  if (v === undefined) return undefined;
  return SCHANNEL_ERROR_STATES.find((e) => e.code === v && (eventId === undefined || e.eventId === eventId));
}
