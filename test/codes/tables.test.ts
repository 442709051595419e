import { describe, expect, it } from 'vitest';
import {
  CODE_COMBINATIONS,
  DISCONNECT_REASONS,
  EXTENDED_REASONS,
  EXTENDED_REASON_RANGES,
  FAILURE_REASONS,
  LSM_40_REASONS,
  NTSTATUS_CODES,
  SCHANNEL_ERROR_STATES,
  SSPI_STATUS_CODES,
  TLS_ALERTS,
  WIN32_ERRORS,
  findChannel,
  lookupDisconnectReason,
  lookupExtendedReason,
  lookupFailureReason,
  lookupLsm40Reason,
  lookupNtStatus,
  lookupSchannelErrorState,
  lookupSspiStatus,
  lookupTlsAlert,
  lookupWin32Error,
  type CodeEntry,
} from '../../patterns/codes/index.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE } from '../helpers/corpus.js';
import { evidenceLogs } from '../../patterns/evidence.js';
import { CAUSE_IDS, isCauseId, PATTERNS } from '../../patterns/index.js';

const CAUSES_MD = join(REFERENCE, 'causes.md');

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

describe('every code table', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: unique codes, a meaning, a valid confidence and valid cause ids`, () => {
      const codes = table.map((e) => e.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const e of table) {
        expect(Number.isInteger(e.code) && e.code >= 0 && e.code <= 0xffffffff, `${name} ${e.code}`).toBe(true);
        expect(e.name.length).toBeGreaterThan(0);
        expect(e.meaning.length).toBeGreaterThan(5);
        expect(['MS', 'WR', 'SP']).toContain(e.confidence);
        if (e.causeConfidence) expect(['MS', 'WR', 'SP']).toContain(e.causeConfidence);
        for (const c of e.causeIds) expect(isCauseId(c), `${name} ${e.code} → ${c}`).toBe(true);
      }
    });
  }

  it.skipIf(!existsSync(CAUSES_MD))('cause ids are exactly the ids of causes.md', () => {
    // The first table lists the cause ids; the security findings have a table of their own further down.
    const doc = readFileSync(CAUSES_MD, 'utf8').split('## JSON shape')[0] ?? '';
    const documented = [...doc.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect([...CAUSE_IDS].sort()).toEqual([...documented].sort());
  });

  it('every pattern names evidence logs on known channels (explain-code and coverage advice derive from them)', () => {
    for (const p of PATTERNS) {
      const logs = evidenceLogs(p);
      expect(logs.length, p.id).toBeGreaterThan(0);
      for (const l of logs) expect(findChannel(l.channel.name), `${p.id} → ${l.channel.name}`).toBeDefined();
    }
  });

  it('combinations reference codes that exist in the right tables', () => {
    for (const c of CODE_COMBINATIONS) {
      expect(lookupDisconnectReason(c.primary)).toBeDefined();
      expect(lookupExtendedReason(c.extended)).toBeDefined();
      for (const cause of c.causes) expect(isCauseId(cause.causeId)).toBe(true);
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
      causeIds: ['auth-bad-credentials'],
    });
    expect(lookupDisconnectReason('0xD07')?.name).toBe('SSL_ERR_ACCOUNT_LOCKED_OUT');
    expect(lookupDisconnectReason('0x1807')?.causeIds).toContain('credssp-nla');
    expect(lookupDisconnectReason('516')?.causeIds).toEqual(['network-unreachable']);
    expect(lookupDisconnectReason('2056')?.causeIds).toContain('licensing-client-cache');
  });

  it('marks the not-an-error codes', () => {
    expect(lookupDisconnectReason(1)?.notAnError).toBe(true);
    expect(lookupDisconnectReason(2)?.notAnError).toBe(true);
    expect(lookupDisconnectReason(2308)?.notAnError).toBeUndefined();
  });

  it('tags the TechNet-only extras WR, never MS', () => {
    expect(lookupDisconnectReason(2825)?.confidence).toBe('WR');
    expect(lookupDisconnectReason(7431)).toMatchObject({ confidence: 'WR', causeIds: ['credssp-nla'] });
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
    expect(lookupExtendedReason('7')?.causeIds).toContain('server-denied');
  });

  it('keeps exDiscReasonLogoffByUser at 12, not the doc typo 2', () => {
    expect(lookupExtendedReason(12)?.name).toBe('exDiscReasonLogoffByUser');
    expect(lookupExtendedReason(2)?.name).toBe('exDiscReasonAPIInitiatedLogoff');
  });

  it('has the licensing block 0x100–0x10B', () => {
    for (let c = 0x100; c <= 0x10b; c++)
      expect(lookupExtendedReason(c)?.name, String(c)).toMatch(/^exDiscReasonLicense/);
    expect(lookupExtendedReason('0x101')?.causeIds).toContain('licensing-server-unavailable');
    expect(lookupExtendedReason('0x102')?.causeIds).toContain('licensing-cal-unavailable');
  });

  it('falls back to ranges, exact entries first', () => {
    const ranged = lookupExtendedReason('0x10D3');
    expect(ranged?.range).toEqual({ from: 0x10c9, to: 0x1196 });
    expect(ranged?.code).toBe(0x10d3);
    expect(lookupExtendedReason('0x1194')).toMatchObject({ name: 'ERRINFO_ENCRYPTION_PACKAGE_MISMATCH' });
    expect(lookupExtendedReason('0x1194')?.range).toBeUndefined();
    expect(lookupExtendedReason('0x2000')?.range).toEqual({ from: 0x1000, to: 0x7fff });
    expect(lookupExtendedReason('0x405')?.range).toEqual({ from: 0x400, to: 0x412 });
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
    expect(lookupDisconnectReason(264)?.causeIds).toEqual(['network-unreachable']);
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
  it('decodes the session-limit and denial codes', () => {
    expect(lookupLsm40Reason('5')).toMatchObject({ name: 'ReplacedByOtherConnection', causeIds: ['session-limit'] });
    expect(lookupLsm40Reason(7)?.causeIds).toEqual(['server-denied']);
    expect(lookupLsm40Reason('0x9')?.causeIds).toEqual(['auth-logon-right']);
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
    expect(lookupNtStatus('0xC000006A')?.causeIds).toEqual(['auth-bad-credentials']);
    expect(lookupNtStatus('0xC0000064')?.causeIds).toEqual(['auth-bad-credentials']);
    expect(lookupNtStatus('0xC000015B')?.causeIds).toEqual(['auth-logon-right']);
    for (const c of [
      '0xC0000072',
      '0xC0000234',
      '0xC0000193',
      '0xC0000071',
      '0xC0000224',
      '0xC000006F',
      '0xC0000070',
      '0xC000006E',
    ]) {
      expect(lookupNtStatus(c)?.causeIds, c).toEqual(['auth-account-state']);
    }
    expect(lookupNtStatus('0xC0000133')).toMatchObject({
      name: 'STATUS_TIME_DIFFERENCE_AT_DC',
      causeIds: ['credssp-nla'],
    });
    expect(lookupNtStatus('0xC000005E')?.name).toBe('STATUS_NO_LOGON_SERVERS');
    expect(lookupNtStatus('0xC0000413')?.name).toBe('STATUS_AUTHENTICATION_FIREWALL_FAILED');
    expect(lookupNtStatus('0x0')?.name).toBe('STATUS_SUCCESS');
  });

  it('keeps FailureReason message ids separate from NTSTATUS', () => {
    expect(lookupFailureReason('%%2313')?.causeIds).toEqual(['auth-bad-credentials']);
    expect(lookupFailureReason('%%2308')?.causeIds).toEqual(['auth-logon-right']);
    expect(lookupFailureReason('2310')?.text).toMatch(/disabled/);
    expect(lookupFailureReason('%%9999')).toBeUndefined();
    expect(lookupFailureReason('0xC000006D')).toBeUndefined();
    expect(lookupNtStatus('%%2313')).toBeUndefined();
    expect(FAILURE_REASONS.length).toBe(9);
  });
});

describe('SSPI / HRESULT / Win32', () => {
  it('decodes the SEC_E codes RdpCoreTS 139 and Schannel log', () => {
    expect(lookupSspiStatus('0x8009030D')).toMatchObject({
      name: 'SEC_E_UNKNOWN_CREDENTIALS',
      causeIds: ['tls-certificate'],
    });
    expect(lookupSspiStatus('0x80090326')?.causeIds).toEqual(['tls-protocol-mismatch']);
    expect(lookupSspiStatus('0x80090331')?.name).toBe('SEC_E_ALGORITHM_MISMATCH');
    expect(lookupSspiStatus('0x80090304')?.name).toBe('SEC_E_INTERNAL_ERROR');
    expect(lookupSspiStatus('0x80090302')?.causeIds).toEqual(['credssp-nla']);
    expect(lookupSspiStatus('0x80090308')?.name).toBe('SEC_E_INVALID_TOKEN');
    expect(lookupSspiStatus('0x8009030c')?.name).toBe('SEC_E_LOGON_DENIED');
    expect(lookupSspiStatus('0x80090350')?.name).toBe('SEC_E_DOWNGRADE_DETECTED');
    expect(lookupSspiStatus('-2146893043')?.name).toBe('SEC_E_UNKNOWN_CREDENTIALS');
    expect(lookupSspiStatus('0x00090312')?.name).toBe('SEC_I_CONTINUE_NEEDED');
  });

  it('decodes HRESULT_FROM_WIN32 values through the Win32 table', () => {
    const e = lookupSspiStatus('0x80070040');
    expect(e).toMatchObject({ code: 0x80070040, name: 'HRESULT_FROM_WIN32(ERROR_NETNAME_DELETED)' });
    expect(e?.causeIds).toContain('network-dropped');
    expect(lookupSspiStatus('0x80070079')?.name).toBe('HRESULT_FROM_WIN32(ERROR_SEM_TIMEOUT)');
    expect(lookupSspiStatus('0x8007139f')?.name).toBe('HRESULT_FROM_WIN32(ERROR_INVALID_STATE)');
    expect(lookupSspiStatus('0x80070102')?.name).toBe('HRESULT_FROM_WIN32(WAIT_TIMEOUT)');
    expect(lookupSspiStatus('0x80070032')?.causeIds).toEqual([]);
    expect(lookupSspiStatus('0x80071234')).toBeUndefined();
  });

  it('decodes the plain Win32 codes of RdpCoreTS 142/143', () => {
    expect(lookupWin32Error('64')?.name).toBe('ERROR_NETNAME_DELETED');
    expect(lookupWin32Error(121)?.name).toBe('ERROR_SEM_TIMEOUT');
  });
});

describe('TLS alerts (Schannel 36887/36888 AlertDesc)', () => {
  it('decodes the alerts that matter for RDP', () => {
    expect(lookupTlsAlert('40')).toMatchObject({ name: 'handshake_failure', causeIds: ['tls-protocol-mismatch'] });
    expect(lookupTlsAlert(70)?.name).toBe('protocol_version');
    expect(lookupTlsAlert(45)?.causeIds).toEqual(['tls-certificate']);
    expect(lookupTlsAlert(0)?.causeIds).toEqual([]);
    expect(lookupTlsAlert(116)?.name).toBe('no_application_protocol');
  });

  it('covers the RFC numbers listed in the reference and nothing invented', () => {
    const expected = [
      0, 10, 20, 21, 22, 30, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 60, 70, 71, 80, 86, 90, 100, 109, 110, 112,
      113, 114, 115, 116,
    ];
    expect(TLS_ALERTS.map((a) => a.code)).toEqual(expected);
  });
});

describe('Schannel internal error states', () => {
  it('decodes the documented states, scoped by event', () => {
    expect(lookupSchannelErrorState(10001)?.causeIds).toEqual(['tls-certificate']);
    expect(lookupSchannelErrorState('10013', 36871)?.causeIds).toEqual(['tls-protocol-mismatch']);
    expect(lookupSchannelErrorState('10013', 36888)).toBeUndefined();
    expect(lookupSchannelErrorState(960, 36888)?.confidence).toBe('WR');
    expect(lookupSchannelErrorState(1205)).toBeUndefined();
  });
});

describe('cause id list', () => {
  it('is derived from the patterns: one id each, and unexplained', () => {
    expect(CAUSE_IDS).toEqual([...PATTERNS.map((p) => p.id), 'unexplained']);
    expect(new Set(CAUSE_IDS).size).toBe(CAUSE_IDS.length);
    expect(isCauseId('tls-certificate')).toBe(true);
    expect(isCauseId('no-such-cause')).toBe(false);
  });
});
