/**
 * NTSTATUS codes in Security 4625 `Status` / `SubStatus`, and the 4625 `FailureReason` message ids
 * (`%%2313`). Sources: the event-4625 page (MicrosoftDocs windows-itpro-docs
 * windows/security/threat-protection/auditing/event-4625.md) and [MS-ERREF] §2.3 (NTSTATUS values).
 */
import { makeLookup } from './table.js';
import type { CodeEntry } from './types.js';

const SRC_NTSTATUS = 'MS-ERREF 2.3.1 NTSTATUS values (ntstatus.h); the Security 4625 page of Microsoft Learn';
const SRC_FAILURE_REASON =
  "The FailureReason insertion strings of msobjs.dll, as Microsoft Learn's Security 4625 page and real 4625 records show them";

export const NTSTATUS_CODES: readonly CodeEntry[] = [
  {
    code: 0x00000000,
    name: 'STATUS_SUCCESS',
    meaning: 'Status OK; as a SubStatus it means "no further detail", so read Status.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc000005e,
    name: 'STATUS_NO_LOGON_SERVERS',
    meaning: 'No logon servers (domain controllers) are available to service the logon request.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Possibly what the client shows as 6151 (0x1807).',
  },
  {
    code: 0xc0000064,
    name: 'STATUS_NO_SUCH_USER',
    meaning: 'The user name does not exist.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 2567 (0xA07).',
  },
  {
    code: 0xc000006a,
    name: 'STATUS_WRONG_PASSWORD',
    meaning: 'Wrong password (as SubStatus under 0xC000006D).',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 2055 (0x807).',
  },
  {
    code: 0xc0000418,
    name: 'STATUS_NTLM_BLOCKED',
    meaning:
      'The authentication failed because NTLM authentication has been blocked (a "Restrict NTLM" policy on the server or the domain); the client could not use Kerberos.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Typical when mstsc connects by IP address (no Kerberos ticket for an address) or reaches no domain controller.',
  },
  {
    code: 0xc000006d,
    name: 'STATUS_LOGON_FAILURE',
    meaning: 'Logon failure: bad user name or authentication information. SubStatus says which.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'With NLA this shows as LogonType 3 from the client, often with IpAddress "-" on 2012 R2.',
  },
  {
    code: 0xc000006e,
    name: 'STATUS_ACCOUNT_RESTRICTION',
    meaning:
      'The credentials are valid but an account restriction blocked the logon (for example a time-of-day restriction, or a blank password over the network).',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'The event-4625 page\'s table captions this code "Unknown user name or bad password"; ntstatus.h and observed samples (LogonType 10, FailureReason %%2313) support the account-restriction reading. Client side: 3079 (0xC07).',
  },
  {
    code: 0xc000006f,
    name: 'STATUS_INVALID_LOGON_HOURS',
    meaning: 'Logon outside the allowed hours.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 4103 / 3079.',
  },
  {
    code: 0xc0000070,
    name: 'STATUS_INVALID_WORKSTATION',
    meaning: 'Logon from a workstation the account may not use.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 4359.',
  },
  {
    code: 0xc0000071,
    name: 'STATUS_PASSWORD_EXPIRED',
    meaning: 'The password has expired.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 3847 (0xF07).',
  },
  {
    code: 0xc0000072,
    name: 'STATUS_ACCOUNT_DISABLED',
    meaning: 'The account is disabled by an administrator.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 2823 (0xB07).',
  },
  {
    code: 0xc00000dc,
    name: 'STATUS_INVALID_SERVER_STATE',
    meaning: 'The SAM server was in the wrong state to perform the operation.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000133,
    name: 'STATUS_TIME_DIFFERENCE_AT_DC',
    meaning: 'Clock skew: the clocks of the domain controller and this computer are too far apart.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 7431.',
  },
  {
    code: 0xc000015b,
    name: 'STATUS_LOGON_TYPE_NOT_GRANTED',
    meaning:
      'The user has not been granted the requested logon type here: not in Remote Desktop Users, no "Allow log on through Remote Desktop Services", or listed in "Deny log on through Remote Desktop Services".',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'FailureReason %%2308. Usually LogonType 10 after NLA succeeded. Client side: 4871, extended 0x9.',
  },
  {
    code: 0xc000018c,
    name: 'STATUS_TRUSTED_DOMAIN_FAILURE',
    meaning: 'The trust relationship between the primary domain and the trusted domain failed.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000192,
    name: 'STATUS_NETLOGON_NOT_STARTED',
    meaning: 'A logon was attempted but the Netlogon service was not started.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000193,
    name: 'STATUS_ACCOUNT_EXPIRED',
    meaning: 'The account has expired.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 3591 (0xE07).',
  },
  {
    code: 0xc0000224,
    name: 'STATUS_PASSWORD_MUST_CHANGE',
    meaning: 'The user must change the password at next logon.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 4615 (0x1207).',
  },
  {
    code: 0xc0000234,
    name: 'STATUS_ACCOUNT_LOCKED_OUT',
    meaning: 'The account is locked out.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Repeated bad passwords lead here. Client side: 3335 (0xD07).',
  },
  {
    code: 0xc00002ee,
    name: 'STATUS_UNFINISHED_CONTEXT_DELETED',
    meaning:
      'A security context was deleted before the context was completed: the authentication exchange was cut off part-way (a logon failure of the exchange, not a wrong password).',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: '4625 shows it with FailureReason %%2304 "An Error occurred during Logon"; seen with NTLM exchanges that scanners or clients abandon, and with broken Kerberos/NTLM trust paths.',
  },
  {
    code: 0xc0000225,
    name: 'STATUS_NOT_FOUND',
    meaning: 'The object was not found.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'In 4625 often with FailureReason %%2306 ("The NetLogon component is not active"): the server could not reach the Netlogon service or a domain controller to validate the account.',
  },
  {
    code: 0xc0000413,
    name: 'STATUS_AUTHENTICATION_FIREWALL_FAILED',
    meaning: 'The machine is protected by an authentication firewall and the account may not authenticate to it.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc000035b,
    name: 'STATUS_BAD_BINDINGS',
    meaning: "The client's supplied SSPI channel bindings were incorrect.",
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Channel binding (Extended Protection for Authentication) failed: something between client and server re-encrypts TLS (a TLS-inspecting proxy or load balancer), or the client is too old to send bindings the server requires.',
  },
  {
    code: 0xc000018d,
    name: 'STATUS_TRUSTED_RELATIONSHIP_FAILURE',
    meaning: 'The trust relationship between this workstation and the primary domain failed.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: "The computer's secure channel to the domain is broken: repair it (Test-ComputerSecureChannel -Repair) or rejoin the domain.",
  },
  {
    code: 0xc000005f,
    name: 'STATUS_NO_SUCH_LOGON_SESSION',
    meaning: 'A specified logon session does not exist. It may already have been terminated.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000022,
    name: 'STATUS_ACCESS_DENIED',
    meaning: 'A process has requested access to an object but has not been granted those access rights.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc000009a,
    name: 'STATUS_INSUFFICIENT_RESOURCES',
    meaning: 'Insufficient system resources exist to complete the API.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000073,
    name: 'STATUS_NONE_MAPPED',
    meaning:
      'None of the information to be translated has been translated (an account name or SID could not be mapped).',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc000018b,
    name: 'STATUS_NO_TRUST_SAM_ACCOUNT',
    meaning:
      "The SAM database on the domain controller does not have a computer account for this workstation's trust relationship.",
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000199,
    name: 'STATUS_NOLOGON_WORKSTATION_TRUST_ACCOUNT',
    meaning:
      'The account used is a computer account; use your global user account or local user account to access this server.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000380,
    name: 'STATUS_SMARTCARD_WRONG_PIN',
    meaning: 'An incorrect PIN was presented to the smart card.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000371,
    name: 'STATUS_LOCAL_USER_SESSION_KEY',
    meaning: 'The local account store does not contain secret material for the specified account.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc00002fd,
    name: 'STATUS_KDC_UNKNOWN_ETYPE',
    meaning: 'The encryption type requested is not supported by the KDC.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
];

export const lookupNtStatus = makeLookup(NTSTATUS_CODES);

/** A 4625 `FailureReason` insertion string from msobjs.dll, e.g. `%%2313`. */
export interface FailureReasonEntry {
  /** The message id without the `%%`: 2313. */
  readonly id: number;
  readonly text: string;
  readonly confidence: CodeEntry['confidence'];
  readonly source: string;
  readonly note?: string;
}

/** [message id, text, note?]: each quoted from msobjs.dll (SRC_FAILURE_REASON). */
const FAILURE_REASON_ROWS: readonly (readonly [id: number, text: string, note?: string])[] = [
  [2304, 'An error occurred during logon.'],
  [2305, 'The specified user account has expired.'],
  [
    2306,
    'The NetLogon component is not active.',
    'The server could not pass the logon to Netlogon: the Netlogon service is stopped or still starting, or no domain controller answered. Usually with Status 0xC0000225 or 0xC000005E.',
  ],
  [2307, 'Account locked out.'],
  [2308, 'The user has not been granted the requested logon type at this machine.'],
  [2309, "The specified account's password has expired."],
  [2310, 'Account currently disabled.'],
  [2311, 'Account logon time restriction violation.'],
  [2312, 'User not allowed to logon at this computer.'],
  [
    2313,
    'Unknown user name or bad password.',
    'Also seen with Status 0xC000006E (account restriction) in a public sample: read Status/SubStatus, not only this text.',
  ],
];

export const FAILURE_REASONS: readonly FailureReasonEntry[] = FAILURE_REASON_ROWS.map(([id, text, note]) => ({
  id,
  text,
  confidence: 'MS',
  source: SRC_FAILURE_REASON,
  ...(note ? { note } : {}),
}));

/** Accepts `%%2313`, `2313` or the number. */
export function lookupFailureReason(id: string | number): FailureReasonEntry | undefined {
  const text = String(id).trim().replace(/^%%/, '');
  if (!/^[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return FAILURE_REASONS.find((e) => e.id === n);
}
