/** Evidence clauses several patterns share, written once. */
import type { EvidenceClause, FieldTest } from './types.js';

/**
 * A Security 4625 (failed logon) with `fields`, for the attempt's client, from 5 s before the attempt to
 * `after` seconds after it: Windows logs the logon failure of an RDP sign-in (NLA's network logon, or the
 * interactive logon type 10 after it) beside the connection, not in it.
 */
export function failedLogon(
  name: string,
  fields: Readonly<Record<string, FieldTest>>,
  o: { readonly weight: number; readonly after: number },
): EvidenceClause {
  return {
    name,
    match: { channel: 'Security', eventId: 4625, fields },
    scope: 'window',
    before: 5,
    after: o.after,
    sameClient: true,
    weight: o.weight,
  };
}

/**
 * Where an RD Session Host logs its licensing state (grace period, licensing mode, license server, CALs it
 * was refused): RemoteConnectionManager/Admin on current builds, System (source TermService) on older ones.
 */
export const RDSH_LICENSING_LOG = {
  channel: ['RemoteConnectionManager/Admin', 'System'],
  provider: ['Microsoft-Windows-TerminalServices-RemoteConnectionManager', 'TermService', 'TermServLicensing'],
} as const;
