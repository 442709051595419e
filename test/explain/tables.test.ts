import { describe, expect, it } from 'vitest';
import { exportCommandFor, findChannel } from '../../src/model/channels.js';
import {
  DISCONNECT_REASONS,
  EXTENDED_REASONS,
  EXTENDED_REASON_RANGES,
  FAILURE_REASONS,
  LSM_40_REASONS,
  NTSTATUS_CODES,
  SSPI_STATUS_CODES,
  TLS_ALERTS,
  WIN32_ERRORS,
  lookupDisconnectReason,
  lookupExtendedReason,
  lookupFailureReason,
  lookupLsm40Reason,
  lookupNtStatus,
  lookupSspiStatus,
  lookupTlsAlert,
  lookupWin32Error,
  parseCodeValue,
  type CodeEntry,
} from '../../patterns/codes/index.js';
import {
  CODE_COMBINATIONS,
  GATEWAY_CODES,
  SCHANNEL_ERROR_STATES,
  lookupClientAppCode,
  lookupSchannelErrorState,
} from '../../src/explain/tables/index.js';
import { evidenceLogs } from '../../patterns/evidence.js';
import { byPhase, causesOfCode, causesOfPair, type SingleCodeTable } from '../../patterns/code-causes.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { CAUSE_IDS, isCauseId, PATTERNS, UNEXPLAINED } from '../../patterns/index.js';
import { ACCOUNT_STATUSES, authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight, LOGON_TYPE_NOT_GRANTED } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingClientCache } from '../../patterns/licensing-client-cache.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { serverDenied } from '../../patterns/server-denied.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import type { CodeTableName, Pattern } from '../../patterns/types.js';

const TABLES: Record<string, readonly CodeEntry[]> = {
  DISCONNECT_REASONS,
  EXTENDED_REASONS,
  LSM_40_REASONS,
  NTSTATUS_CODES,
  SSPI_STATUS_CODES,
  WIN32_ERRORS,
  TLS_ALERTS,
  SCHANNEL_ERROR_STATES,
};

/** The cause ids a code points to (derived from the patterns' `codes`), in explain-code's order. */
function causes(table: SingleCodeTable, code: string | number): string[] {
  const value = parseCodeValue(String(code).replace(/^%%/, ''));
  if (value === undefined) throw new Error(`not a code: ${code}`);
  return causesOfCode(table, value).map((c) => c.causeId);
}

/** Whether the table a pattern's `codes` names has the code (a pair: both codes and the pair's reading). */
const DECLARED_CODE_EXISTS: Record<
  CodeTableName,
  (code: number, extra: { eventId?: number; extended?: number }) => boolean
> = {
  mstsc: (c) => lookupDisconnectReason(c) !== undefined,
  mstscExtended: (c) => EXTENDED_REASONS.some((e) => e.code === c),
  mstscPair: (c, x) => CODE_COMBINATIONS.some((p) => p.primary === c && p.extended === x.extended),
  lsm40: (c) => lookupLsm40Reason(c) !== undefined,
  ntstatus: (c) => lookupNtStatus(c) !== undefined,
  failureReason: (c) => lookupFailureReason(c) !== undefined,
  sspi: (c) => SSPI_STATUS_CODES.some((e) => e.code === c),
  win32: (c) => lookupWin32Error(c) !== undefined,
  gateway: (c) => GATEWAY_CODES.some((e) => e.code === c),
  tlsAlert: (c) => lookupTlsAlert(c) !== undefined,
  schannel: (c, x) => lookupSchannelErrorState(c, x.eventId) !== undefined,
  clientApp: (c) => lookupClientAppCode(c) !== undefined,
};

describe("the patterns' codes (which causes a code points to)", () => {
  // As the Pattern type: a pattern that explains no code (no `codes`) is a pattern too.
  const declared = (PATTERNS as readonly Pattern[]).flatMap((p) =>
    Object.entries(p.codes ?? {}).flatMap(([table, list]) =>
      (list as readonly { code: number; confidence: string; rank?: number; eventId?: number; extended?: number }[]).map(
        (d) => ({ id: p.id, table: table as CodeTableName, ...d }),
      ),
    ),
  );

  it('name codes that exist in their tables, with a valid confidence, each once per pattern', () => {
    expect(declared.length).toBeGreaterThan(100);
    for (const d of declared) {
      const at = `${d.id} ${d.table} ${d.code}${d.extended === undefined ? '' : `/${d.extended}`}`;
      expect(DECLARED_CODE_EXISTS[d.table](d.code, d), at).toBe(true);
      expect(['MS', 'WR', 'SP'], at).toContain(d.confidence);
      const same = declared.filter(
        (x) => x.id === d.id && x.table === d.table && x.code === d.code && x.extended === d.extended,
      );
      expect(same.length, at).toBe(1);
    }
  });

  it('rank every cause of a code that several patterns explain, each rank once', () => {
    const byCode = new Map<string, typeof declared>();
    for (const d of declared) {
      const key = `${d.table} ${d.code}/${d.extended ?? ''}`;
      byCode.set(key, [...(byCode.get(key) ?? []), d]);
    }
    for (const [code, list] of byCode) {
      if (list.length === 1) continue;
      const ranks = list.map((d) => d.rank);
      expect(
        ranks.every((r) => r !== undefined && Number.isInteger(r) && r > 0),
        `${code}: ${list.map((d) => d.id)}`,
      ).toBe(true);
      expect(new Set(ranks).size, `${code} ranks ${ranks}`).toBe(ranks.length);
    }
  });

  it('are looked up in rank order, with their confidence', () => {
    expect(causes('mstsc', 3)).toEqual([serverDenied.id, sessionLimit.id]);
    expect(causesOfCode('mstsc', 3).map((c) => c.confidence)).toEqual(['SP', 'SP']);
    expect(causesOfPair(2308, 0).map((c) => c.causeId)[0]).toBe(networkDropped.id);
    expect(causesOfPair(2308, 7)[6]).toMatchObject({ causeId: serverDenied.id, confidence: 'MS', phase: 'logon' });
    expect(causesOfPair(2308, 7).at(-1)).toMatchObject({ causeId: credsspNla.id, phase: 'nla' });
    const split = byPhase(causesOfPair(2308, 7), ['licensing', 'logon', 'session']);
    expect(split.outside.map((c) => c.causeId)).toEqual([tlsCertificate.id, securityLayerMismatch.id, credsspNla.id]);
    expect(byPhase(causesOfCode('mstsc', 3), undefined).outside).toEqual([]);
    expect(causesOfPair(2308, 1)).toEqual([]);
    expect(causes('mstsc', 0)).toEqual([]);
  });
});

describe('every code table', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: unique codes, a meaning and a valid confidence`, () => {
      const codes = table.map((e) => e.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const e of table) {
        expect(Number.isInteger(e.code) && e.code >= 0 && e.code <= 0xffffffff, `${name} ${e.code}`).toBe(true);
        expect(e.name.length).toBeGreaterThan(0);
        expect(e.meaning.length).toBeGreaterThan(5);
        expect(['MS', 'WR', 'SP']).toContain(e.confidence);
      }
    });
  }

  it('advises Security 4648 on the client: it is logged where the credentials were given', () => {
    const clause = { ...authBadCredentials.clauses[0]!, match: { channel: 'Security', eventId: 4648 } };
    const p: Pattern = { ...authBadCredentials, clauses: [clause] };
    const [log] = evidenceLogs(p);
    expect(log).toMatchObject({ where: 'client', events: [4648] });
    expect(exportCommandFor(log!.channel, log!.where)).toBe('wevtutil epl Security Security-client.evtx');
  });

  it('every pattern names evidence logs on known channels (explain-code and coverage advice derive from them)', () => {
    for (const p of PATTERNS) {
      const logs = evidenceLogs(p);
      expect(logs.length, p.id).toBeGreaterThan(0);
      for (const l of logs) expect(findChannel(l.channel.name), `${p.id} → ${l.channel.name}`).toBeDefined();
    }
  });

  it('combinations reference codes that exist in the right tables, and say where to look', () => {
    for (const c of CODE_COMBINATIONS) {
      expect(lookupDisconnectReason(c.primary)).toBeDefined();
      expect(lookupExtendedReason(c.extended)).toBeDefined();
      // A pair no failure pattern covers (a shutdown, a crash) says in its notes which log shows it.
      if (causesOfPair(c.primary, c.extended).length === 0)
        expect(c.notes.join(' '), `${c.primary}/${c.extended}`).toMatch(/log/);
    }
  });
});

describe('primary disconnect reasons (mstsc "Error code", RDPClient 1026 Value)', () => {
  it('finds 0x904 in hex, decimal and padded forms', () => {
    for (const form of ['0x904', '0X904', '2308', '0x00000904', 2308]) {
      const e = lookupDisconnectReason(form);
      expect(e?.name, String(form)).toBe('disconnectReasonAtClientWinsockFDCLOSE');
    }
    expect(lookupDisconnectReason('0x904')?.confidence).toBe('MS');
    expect(lookupDisconnectReason('0x904')?.extendedMatters).toBe(true);
  });

  it('decodes the SSL_ERR account codes and links them to causes', () => {
    expect(lookupDisconnectReason('0x807')).toMatchObject({
      code: 2055,
      name: 'SSL_ERR_LOGON_FAILURE',
    });
    expect(causes('mstsc', '0x807')).toEqual([authBadCredentials.id]);
    expect(lookupDisconnectReason('0xD07')?.name).toBe('SSL_ERR_ACCOUNT_LOCKED_OUT');
    expect(causes('mstsc', '0x1807')).toContain(credsspNla.id);
    expect(causes('mstsc', '516')).toEqual([networkUnreachable.id]);
    expect(causes('mstsc', '2056')).toContain(licensingClientCache.id);
  });

  it('marks the not-an-error codes', () => {
    expect(lookupDisconnectReason(1)?.notAnError).toBe(true);
    expect(lookupDisconnectReason(2)?.notAnError).toBe(true);
    expect(lookupDisconnectReason(2308)?.notAnError).toBeUndefined();
  });

  it('tags the TechNet-only extras WR, never MS', () => {
    expect(lookupDisconnectReason(2825)?.confidence).toBe('WR');
    expect(lookupDisconnectReason(7431)).toMatchObject({ confidence: 'WR' });
    expect(causes('mstsc', 7431)).toEqual([credsspNla.id]);
  });

  it('returns undefined for unknown or unparseable codes', () => {
    expect(lookupDisconnectReason('0x12345')).toBeUndefined();
    expect(lookupDisconnectReason('nonsense')).toBeUndefined();
  });
});

describe('extended disconnect reasons (mstsc "Extended error code")', () => {
  it('decodes 0x7 as server denied connection', () => {
    expect(lookupExtendedReason('0x7')).toMatchObject({
      code: 7,
      name: 'exDiscReasonServerDeniedConnection',
      confidence: 'MS',
    });
    expect(causes('mstscExtended', '7')).toContain(serverDenied.id);
  });

  it('keeps exDiscReasonLogoffByUser at 12, not the doc typo 2', () => {
    expect(lookupExtendedReason(12)?.name).toBe('exDiscReasonLogoffByUser');
    expect(lookupExtendedReason(2)?.name).toBe('exDiscReasonAPIInitiatedLogoff');
  });

  it('has the licensing block 0x100–0x10B', () => {
    for (let c = 0x100; c <= 0x10b; c++)
      expect(lookupExtendedReason(c)?.name, String(c)).toMatch(/^exDiscReasonLicense/);
    expect(causes('mstscExtended', '0x101')).toContain(licensingServerUnavailable.id);
    expect(causes('mstscExtended', '0x102')).toContain(licensingCalUnavailable.id);
  });

  it('falls back to ranges, exact entries first', () => {
    const ranged = lookupExtendedReason('0x10CC');
    expect(ranged?.range).toEqual({ from: 0x10c9, to: 0x1195 });
    expect(ranged?.code).toBe(0x10cc);
    expect(lookupExtendedReason('0x1196')?.range).toEqual({ from: 0x1000, to: 0x7fff });
    expect(lookupExtendedReason('0x1194')).toMatchObject({ name: 'ERRINFO_ENCRYPTION_PACKAGE_MISMATCH' });
    expect(lookupExtendedReason('0x1194')?.range).toBeUndefined();
    expect(lookupExtendedReason('0x2000')?.range).toEqual({ from: 0x1000, to: 0x7fff });
    expect(lookupExtendedReason('0x401')?.range).toEqual({ from: 0x400, to: 0x412 });
    expect(lookupExtendedReason('0x8000')).toBeUndefined();
    expect(EXTENDED_REASON_RANGES.length).toBe(3);
  });
});

describe('primary and extended are kept apart', () => {
  it('the same number means different things in the two tables', () => {
    expect(lookupDisconnectReason(3)?.name).toBe('disconnectReasonByServer');
    expect(lookupExtendedReason(3)?.name).toBe('exDiscReasonServerIdleTimeout');
    expect(lookupDisconnectReason(260)?.name).toBe('disconnectReasonDNSLookupFailed');
    expect(lookupExtendedReason(260)?.name).toBe('exDiscReasonLicenseHwidDoesntMatchLicense');
    expect(causes('mstsc', 264)).toEqual([networkUnreachable.id]);
    expect(lookupExtendedReason(264)?.name).toBe('exDiscReasonLicenseErrClientEncryption');
  });

  it('0x7 is only an extended code, 0x904 only a primary code', () => {
    expect(lookupDisconnectReason(7)).toBeUndefined();
    expect(lookupExtendedReason(0x904)).toBeUndefined();
  });

  it('the tables are distinct arrays with no shared entry objects', () => {
    const primary = new Set<object>(DISCONNECT_REASONS);
    for (const e of EXTENDED_REASONS) expect(primary.has(e)).toBe(false);
  });
});

describe('LSM 40 reasons', () => {
  it('decodes the session rule and denial reasons', () => {
    expect(lookupLsm40Reason('5')).toMatchObject({ name: 'ReplacedByOtherConnection' });
    expect(causes('lsm40', '5')).toEqual([sessionLimit.id]);
    expect(causes('lsm40', 7)).toEqual([serverDenied.id]);
    expect(causes('lsm40', '0x9')).toEqual([authLogonRight.id]);
    expect(lookupLsm40Reason(12)?.meaning).toMatch(/logged off/);
  });

  it("tags the reasons outside Microsoft's LSM list as speculative", () => {
    expect(lookupLsm40Reason(8)?.confidence).toBe('SP');
    expect(lookupLsm40Reason(23)?.confidence).toBe('SP');
    expect(lookupLsm40Reason(13)).toBeUndefined();
  });
});

describe('NTSTATUS (Security 4625 Status/SubStatus)', () => {
  it('accepts every casing and 64-bit padding', () => {
    for (const form of ['0xc000006d', '0xC000006D', '0x00000000c000006d', 'C000006D', '-1073741715']) {
      expect(lookupNtStatus(form)?.name, form).toBe('STATUS_LOGON_FAILURE');
    }
  });

  it('links statuses to causes', () => {
    expect(causes('ntstatus', '0xC000006A')).toEqual([authBadCredentials.id]);
    expect(causes('ntstatus', '0xC0000064')).toEqual([authBadCredentials.id]);
    // The statuses the auth patterns' 4625 clauses read are the ones they declare.
    expect(causes('ntstatus', LOGON_TYPE_NOT_GRANTED)).toEqual([authLogonRight.id]);
    expect(ACCOUNT_STATUSES).toHaveLength(8);
    for (const c of ACCOUNT_STATUSES) expect(causes('ntstatus', c), c).toEqual([authAccountState.id]);
    expect(lookupNtStatus('0xC0000133')?.name).toBe('STATUS_TIME_DIFFERENCE_AT_DC');
    expect(causes('ntstatus', '0xC0000133')).toEqual([credsspNla.id]);
    expect(lookupNtStatus('0xC000005E')?.name).toBe('STATUS_NO_LOGON_SERVERS');
    expect(lookupNtStatus('0xC0000413')?.name).toBe('STATUS_AUTHENTICATION_FIREWALL_FAILED');
    expect(lookupNtStatus('0x0')?.name).toBe('STATUS_SUCCESS');
  });

  it('keeps FailureReason message ids separate from NTSTATUS', () => {
    expect(causes('failureReason', '%%2313')).toEqual([authBadCredentials.id]);
    expect(causes('failureReason', '%%2308')).toEqual([authLogonRight.id]);
    expect(lookupFailureReason('2310')?.text).toMatch(/disabled/);
    expect(lookupFailureReason('%%9999')).toBeUndefined();
    expect(lookupFailureReason('0xC000006D')).toBeUndefined();
    expect(lookupNtStatus('%%2313')).toBeUndefined();
    expect(FAILURE_REASONS.length).toBe(10);
  });
});

describe('SSPI / HRESULT / Win32', () => {
  it('decodes the SEC_E codes RdpCoreTS 139 and Schannel log', () => {
    expect(lookupSspiStatus('0x8009030D')?.name).toBe('SEC_E_UNKNOWN_CREDENTIALS');
    expect(causes('sspi', '0x8009030D')).toEqual([tlsCertificate.id]);
    expect(causes('sspi', '0x80090326')).toEqual([tlsProtocolMismatch.id]);
    expect(lookupSspiStatus('0x80090331')?.name).toBe('SEC_E_ALGORITHM_MISMATCH');
    expect(lookupSspiStatus('0x80090304')?.name).toBe('SEC_E_INTERNAL_ERROR');
    expect(causes('sspi', '0x80090302')).toEqual([credsspNla.id]);
    expect(lookupSspiStatus('0x80090308')?.name).toBe('SEC_E_INVALID_TOKEN');
    expect(lookupSspiStatus('0x8009030c')?.name).toBe('SEC_E_LOGON_DENIED');
    expect(lookupSspiStatus('0x80090350')?.name).toBe('SEC_E_DOWNGRADE_DETECTED');
    expect(lookupSspiStatus('-2146893043')?.name).toBe('SEC_E_UNKNOWN_CREDENTIALS');
    expect(lookupSspiStatus('0x00090312')?.name).toBe('SEC_I_CONTINUE_NEEDED');
  });

  it('decodes HRESULT_FROM_WIN32 values through the Win32 table', () => {
    const e = lookupSspiStatus('0x80070040');
    expect(e).toMatchObject({ code: 0x80070040, name: 'HRESULT_FROM_WIN32(ERROR_NETNAME_DELETED)' });
    expect(causes('win32', 0x40)).toContain(networkDropped.id);
    expect(lookupSspiStatus('0x80070079')?.name).toBe('HRESULT_FROM_WIN32(ERROR_SEM_TIMEOUT)');
    expect(lookupSspiStatus('0x8007139f')?.name).toBe('HRESULT_FROM_WIN32(ERROR_INVALID_STATE)');
    expect(lookupSspiStatus('0x80070102')?.name).toBe('HRESULT_FROM_WIN32(WAIT_TIMEOUT)');
    expect(causes('win32', 0x32)).toEqual([]);
    expect(lookupSspiStatus('0x80071234')).toBeUndefined();
  });

  it('decodes the plain Win32 codes of RdpCoreTS 142/143', () => {
    expect(lookupWin32Error('64')?.name).toBe('ERROR_NETNAME_DELETED');
    expect(lookupWin32Error(121)?.name).toBe('ERROR_SEM_TIMEOUT');
  });
});

describe('TLS alerts (Schannel 36887/36888 AlertDesc)', () => {
  it('decodes the alerts that matter for RDP', () => {
    expect(lookupTlsAlert('40')?.name).toBe('handshake_failure');
    expect(causes('tlsAlert', '40')).toEqual([tlsProtocolMismatch.id]);
    expect(lookupTlsAlert(70)?.name).toBe('protocol_version');
    expect(causes('tlsAlert', 45)).toEqual([tlsCertificate.id]);
    expect(causes('tlsAlert', 0)).toEqual([]);
    expect(lookupTlsAlert(114)?.name).toBe('bad_certificate_hash_value');
    expect(lookupTlsAlert(115)?.name).toBe('unknown_psk_identity');
    expect(lookupTlsAlert(116)?.name).toBe('certificate_required');
    expect(lookupTlsAlert(120)?.name).toBe('no_application_protocol');
  });

  it('covers the RFC numbers listed in the reference and nothing invented', () => {
    const expected = [
      0, 10, 20, 21, 22, 30, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 60, 70, 71, 80, 86, 90, 100, 109, 110, 112,
      113, 114, 115, 116, 120,
    ];
    expect(TLS_ALERTS.map((a) => a.code)).toEqual(expected);
  });
});

describe('Schannel internal error states', () => {
  it('decodes the documented states, scoped by event', () => {
    expect(lookupSchannelErrorState(10001)?.name).toBe('PrivateKeyAccessFailure');
    expect(causes('schannel', 10001)).toEqual([tlsCertificate.id]);
    expect(lookupSchannelErrorState('10013', 36871)?.name).toBe('CredentialCreationFailure');
    expect(causes('schannel', '10013')).toEqual([tlsProtocolMismatch.id]);
    expect(lookupSchannelErrorState('10013', 36888)).toBeUndefined();
    expect(lookupSchannelErrorState(960, 36888)?.confidence).toBe('WR');
    expect(lookupSchannelErrorState(1205)).toBeUndefined();
  });
});

describe('cause id list', () => {
  it('is derived from the patterns: one id each, and UNEXPLAINED', () => {
    expect(CAUSE_IDS).toEqual([...PATTERNS.map((p) => p.id), UNEXPLAINED]);
    expect(new Set(CAUSE_IDS).size).toBe(CAUSE_IDS.length);
    expect(isCauseId(tlsCertificate.id)).toBe(true);
    expect(isCauseId('no-such-cause')).toBe(false);
  });
});
