/**
 * RD Gateway `E_PROXY_*` status codes (MS-TSGU 2.2.6 and the return-value tables of its methods, 3.2.6.x / 3.3.x).
 * The gateway returns them to the client as HRESULTs (`0x800759DB`) or as their HRESULT_CODE (`0x59DB`); the
 * gateway's own events (TerminalServices-Gateway 201, 304…) log the HRESULT_CODE in decimal ("error 23003"), and
 * third-party clients (FreeRDP, Remmina) print the HRESULT. Every form reads back the same entry.
 *
 * Source: [MS-TSGU] Terminal Services Gateway Server Protocol, section 2.2.6 (error codes) and the return-value
 * tables of TsProxyCreateTunnel, TsProxyAuthorizeTunnel, TsProxyCreateChannel and TsProxySetupReceivePipe; the
 * meanings restate the spec's descriptions.
 */
import { parseCodeValue } from '../../../../patterns/codes/parse.js';
import { indexByCode } from '../../../../patterns/codes/table.js';
import type { CodeEntry, RowKind } from '../../../../patterns/codes/types.js';

const SRC_TSGU = 'MS-TSGU 2.2.6 error codes, with the return-value tables of the TsProxy* methods';

/** [HRESULT, name, meaning, note?] */
const ROWS: readonly (readonly [number, string, string, string?])[] = [
  [0x800759d8, 'E_PROXY_INTERNALERROR', 'An unexpected error occurred on the RD Gateway server.'],
  [
    0x800759da,
    'E_PROXY_RAP_ACCESSDENIED',
    'The RD Gateway refused the connection to the target computer: its resource authorization policy (RAP) does not let this user reach that computer.',
    "Check the RD Gateway RAP: the target must be in a computer group the user's RAP allows, under the name the client used (FQDN vs. short name vs. address). The gateway logs 304-style RAP refusals in TerminalServices-Gateway/Operational.",
  ],
  [
    0x800759db,
    'E_PROXY_NAP_ACCESSDENIED',
    'The RD Gateway denied the client access by policy: the connection authorization policy (CAP) was not met (user or computer group, authentication method, device redirection or health requirements).',
    'The gateway logs it as TerminalServices-Gateway 201 with error 23003 (the same code in decimal). Check the CAP in RD Gateway Manager (or NPS when a central NPS server holds the policies): the user must be in a user group the CAP allows.',
  ],
  [
    0x800759dd,
    'E_PROXY_TS_CONNECTFAILED',
    'The RD Gateway could not connect to the target server (the RD Session Host or desktop).',
    'Check from the gateway itself: name resolution of the target, TCP 3389 through the firewall between gateway and host, the host running and listening. Gateway event 304 carries it when both policies were met.',
  ],
  [0x800759df, 'E_PROXY_ALREADYDISCONNECTED', 'The tunnel or channel through the RD Gateway was already disconnected.'],
  [
    0x800759e6,
    'E_PROXY_MAXCONNECTIONSREACHED',
    'The RD Gateway has reached the maximum number of connections it allows.',
    'RD Gateway Manager > Properties > General: the connection limit; the spec returns it as HRESULT_CODE 0x59E6.',
  ],
  [
    0x800759e8,
    'E_PROXY_NOTSUPPORTED',
    'The RD Gateway does not support the request: the client sent a tunnel authorization packet of a type other than the quarantine request the server expects.',
    'Returned as HRESULT_CODE 0x59E8: usually a client the gateway does not support (update the client).',
  ],
  [
    0x800759e9,
    'E_PROXY_CAPABILITYMISMATCH',
    'The client and the RD Gateway do not share the capabilities the gateway requires (for example health statements, consent or service messages).',
  ],
  [
    0x800759ed,
    'E_PROXY_QUARANTINE_ACCESSDENIED',
    "The RD Gateway rejected the connection because of its quarantine (health) policy: the client computer's health statement was not accepted.",
  ],
  [
    0x800759ee,
    'E_PROXY_NOCERTAVAILABLE',
    'The RD Gateway server has no certificate available for the connection.',
    'RD Gateway Manager > Properties > SSL Certificate: a valid certificate with its private key, bound to the gateway.',
  ],
  [
    0x800759f6,
    'E_PROXY_SESSIONTIMEOUT',
    'The RD Gateway session timeout was reached and the gateway is configured to disconnect on session timeout.',
    "Returned as HRESULT_CODE 0x59F6; the timeout is part of the gateway's CAP/device settings, not of the session host.",
  ],
  [0x800759f7, 'E_PROXY_COOKIE_BADPACKET', 'The pluggable-authentication (PAA) cookie the client sent was malformed.'],
  [
    0x800759f8,
    'E_PROXY_COOKIE_AUTHENTICATION_ACCESS_DENIED',
    'The RD Gateway rejected the pluggable-authentication (PAA) cookie: the user was not authenticated.',
  ],
  [
    0x800759f9,
    'E_PROXY_UNSUPPORTED_AUTHENTICATION_METHOD',
    "The RD Gateway does not accept the client's authentication method (the CAP requires password, smart card or another method than the one offered).",
  ],
  [
    0x800759fa,
    'E_PROXY_REAUTH_AUTHN_FAILED',
    "A periodic reauthentication through the RD Gateway failed: the user's credentials are no longer valid.",
    'Returned as HRESULT_CODE 0x59FA when the idle-timeout capability was negotiated; otherwise the client gets E_PROXY_CONNECTIONABORTED.',
  ],
  [
    0x800759fb,
    'E_PROXY_REAUTH_CAP_FAILED',
    'A periodic reauthentication failed: the user is no longer authorized to connect through the RD Gateway (CAP).',
  ],
  [
    0x800759fc,
    'E_PROXY_REAUTH_RAP_FAILED',
    'A periodic reauthentication failed: the user is no longer authorized to connect to this target computer (RAP).',
  ],
  [
    0x800759fd,
    'E_PROXY_SDR_NOT_SUPPORTED_BY_TS',
    'The RD Gateway allows only target servers that can exchange policies with it, and this target server cannot.',
  ],
  [
    0x80075a00,
    'E_PROXY_REAUTH_NAP_FAILED',
    "A periodic reauthentication failed: the client computer's health no longer complies with the RD Gateway's configuration.",
  ],
  [
    0x800704d4,
    'E_PROXY_CONNECTIONABORTED',
    'The RD Gateway ended the connection: an administrator disconnected it at the gateway, or the session timeout or a reauthentication (credentials, CAP, RAP, health) failed.',
    'Returned as HRESULT_CODE 0x4D4 (1236, also Win32 ERROR_CONNECTION_ABORTED); TerminalServices-Gateway/Operational on the gateway says which.',
  ],
];

/**
 * The statuses no pattern explains, and what each is (`RowKind`): the gateway's cookie policies, its certificate and
 * its capabilities have no cause id in the catalogue; the others (the health (NAP) refusals are the CAP's, gateway-denied)
 * point to theirs (patterns' `codes`).
 */
const KINDS: Readonly<Record<string, RowKind>> = {
  E_PROXY_INTERNALERROR: 'unspecific',
  E_PROXY_ALREADYDISCONNECTED: 'informational',
  E_PROXY_NOTSUPPORTED: 'uncatalogued',
  E_PROXY_CAPABILITYMISMATCH: 'uncatalogued',
  E_PROXY_NOCERTAVAILABLE: 'uncatalogued',
  E_PROXY_SESSIONTIMEOUT: 'uncatalogued',
  E_PROXY_COOKIE_BADPACKET: 'uncatalogued',
  E_PROXY_COOKIE_AUTHENTICATION_ACCESS_DENIED: 'uncatalogued',
  E_PROXY_SDR_NOT_SUPPORTED_BY_TS: 'uncatalogued',
  E_PROXY_CONNECTIONABORTED: 'unspecific',
};

export const GATEWAY_CODES: readonly CodeEntry[] = ROWS.map(([code, name, meaning, note]): CodeEntry => {
  const kind = KINDS[name];
  return {
    code,
    name,
    meaning,
    confidence: 'MS',
    source: SRC_TSGU,
    phases: ['connection'],
    ...(note ? { note } : {}),
    ...(kind ? { kind } : {}),
  };
});

const byHresult = indexByCode(GATEWAY_CODES);
const byLowWord = indexByCode(GATEWAY_CODES.map((e) => ({ ...e, code: e.code & 0xffff })));

/**
 * Look up an RD Gateway status by its HRESULT (`0x800759DB`), its HRESULT_CODE (`0x59DB`) or the decimal the gateway
 * logs (`23003`). The entry comes back with the value as given.
 */
export function lookupGatewayCode(code: string | number): CodeEntry | undefined {
  const v = parseCodeValue(code);
  if (v === undefined) return undefined;
  const direct = byHresult.get(v);
  if (direct) return direct;
  if (v > 0xffff) return undefined;
  const low = byLowWord.get(v);
  return low && { ...low, code: v };
}
