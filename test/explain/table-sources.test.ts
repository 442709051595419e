/**
 * Every code table entry says where its meaning comes from and how sure it is; no table gives one value two
 * meanings; every value reads back the same from its hex and decimal spellings. And the values issue #24 found
 * wrong stay right.
 */
import { describe, expect, it } from 'vitest';
import * as codes from '../../patterns/codes/index.js';
import * as pasteTables from '../../src/explain/tables/index.js';
import {
  DISCONNECT_REASONS,
  EXTENDED_REASON_RANGES,
  EXTENDED_REASONS,
  FAILURE_REASONS,
  formatHex,
  LSM_40_REASONS,
  lookupDisconnectReason,
  lookupExtendedReason,
  lookupFailureReason,
  lookupNtStatus,
  lookupSspiStatus,
  lookupTlsAlert,
  NTSTATUS_CODES,
  PROTOCOL_PHASES,
  parseCodeValue,
  SSPI_STATUS_CODES,
  TLS_ALERTS,
  WIN32_ERRORS,
  WIN32_SERVICE_ERRORS,
} from '../../patterns/codes/index.js';
import {
  AVD_ERRORS,
  CODE_COMBINATIONS,
  CLIENT_APP_CODES,
  GATEWAY_CODES,
  KERBEROS_ERRORS,
  KNOWN_SENTENCES,
  lookupCodeName,
  lookupGatewayCode,
  RDP_EVENTS,
  lookupRdpEvent,
  SCHANNEL_ERROR_STATES,
} from '../../src/explain/tables/index.js';
import { Misses } from '../helpers/sweep.js';

interface Sourced {
  readonly code?: number;
  readonly id?: number | string;
  readonly name?: string;
  readonly meaning?: string;
  readonly text?: string;
  readonly confidence: string;
  readonly source: string;
  readonly phases?: readonly string[];
  readonly eventId?: number;
}

const TABLES: Record<string, readonly Sourced[]> = {
  DISCONNECT_REASONS,
  EXTENDED_REASONS,
  EXTENDED_REASON_RANGES,
  LSM_40_REASONS,
  NTSTATUS_CODES,
  FAILURE_REASONS,
  SSPI_STATUS_CODES,
  WIN32_ERRORS,
  WIN32_SERVICE_ERRORS,
  TLS_ALERTS,
  SCHANNEL_ERROR_STATES,
  CODE_COMBINATIONS,
  RDP_EVENTS,
  GATEWAY_CODES,
  AVD_ERRORS,
  KERBEROS_ERRORS,
  KNOWN_SENTENCES,
  CLIENT_APP_CODES,
};

describe('the tables the test reads', () => {
  it('are every table patterns/codes and src/explain/tables export: a new table without a source fails here', () => {
    const exported = Object.entries({ ...codes, ...pasteTables })
      .filter(([name, v]) => Array.isArray(v) && typeof v[0] === 'object' && /^[A-Z0-9_]+$/.test(name))
      .map(([name]) => name)
      .sort();
    expect(exported).toEqual(Object.keys(TABLES).sort());
  });
});

const keyOf = (e: Sourced & { primary?: number; extended?: number; from?: number; to?: number }) =>
  e.code === undefined && e.id === undefined && e.name !== undefined && e.primary === undefined && e.from === undefined
    ? e.name
    : e.primary !== undefined
      ? `${e.primary}/${e.extended}`
      : e.from !== undefined
        ? `${e.from}-${e.to}`
        : `${e.eventId ?? ''}:${e.code ?? e.id}`;

describe('every code table entry', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: has a source and a confidence`, () => {
      expect(table.length).toBeGreaterThan(0);
      const misses = new Misses();
      for (const e of table) {
        const at = `${name} ${keyOf(e)}`;
        misses.that(['MS', 'WR', 'SP'].includes(e.confidence), `${at}: confidence ${e.confidence}`);
        misses.that(typeof e.source === 'string' && e.source.length > 15, `${at}: source ${e.source}`);
        // A source names a document, or says it is widely reported / our own inference.
        misses.match(e.source, /Microsoft|MS-|RFC|IANA|TechNet|Widely reported|inference|ntstatus|winerror/, at);
        if (e.confidence === 'WR') misses.match(e.source, /Widely reported|TechNet|wiki/i, at);
        if (e.confidence === 'SP') misses.match(e.source, /inference|Widely reported/i, at);
        for (const p of e.phases ?? [])
          misses.that((PROTOCOL_PHASES as readonly string[]).includes(p), `${at}: phase ${p}`);
      }
      misses.done();
    });

    it(`${name}: lists no value twice with different meanings`, () => {
      const seen = new Map<string, string>();
      const misses = new Misses();
      for (const e of table) {
        const key = keyOf(e);
        const meaning = 'summary' in e ? String(e.summary) : (e.meaning ?? e.text ?? '');
        const before = seen.get(key);
        misses.that(before === undefined || before === meaning, `${name} ${key}: "${before}" / "${meaning}"`);
        seen.set(key, meaning);
      }
      misses.done();
      expect(seen.size, `${name} lists a value twice`).toBe(table.length);
    });
  }

  it('every numeric code reads back the same from its hex, decimal and padded spellings', () => {
    const lookups: [string, readonly Sourced[], (c: string) => { code?: number } | undefined][] = [
      ['primary', DISCONNECT_REASONS, lookupDisconnectReason],
      ['extended', EXTENDED_REASONS, lookupExtendedReason],
      ['ntstatus', NTSTATUS_CODES, lookupNtStatus],
      ['sspi', SSPI_STATUS_CODES, lookupSspiStatus],
      ['tls', TLS_ALERTS, lookupTlsAlert],
      ['event', RDP_EVENTS, lookupRdpEvent],
    ];
    let checked = 0;
    const misses = new Misses();
    for (const [name, table, lookup] of lookups) {
      for (const e of table) {
        const code = e.code as number;
        const hex = formatHex(code);
        misses.equal(parseCodeValue(hex), code, `${name} ${hex}`);
        misses.equal(parseCodeValue(String(code)), code, `${name} ${code}`);
        misses.equal(parseCodeValue(`0x${code.toString(16).padStart(16, '0')}`), code, `${name} ${hex} 64-bit`);
        if (code >= 0x80000000) misses.equal(parseCodeValue(String(code | 0)), code, `${name} ${hex} signed`);
        for (const form of [hex, String(code), hex.toLowerCase()])
          misses.equal(lookup(form)?.code, code, `${name} ${form}`);
        checked++;
      }
    }
    for (const f of FAILURE_REASONS) misses.equal(lookupFailureReason(`%%${f.id}`)?.id, f.id, `%%${f.id}`);
    misses.done();
    expect(checked).toBeGreaterThan(300);
  });
});

describe('the values issue #24 found wrong', () => {
  it('TLS alerts 114–116 and 120 (IANA registry)', () => {
    expect(lookupTlsAlert(114)?.meaning).toMatch(/Reserved/);
    expect(lookupTlsAlert(115)?.name).toBe('unknown_psk_identity');
    expect(lookupTlsAlert(116)?.name).toBe('certificate_required');
    expect(lookupTlsAlert(120)?.name).toBe('no_application_protocol');
  });

  it('the protocol-error block ends at 0x1195 and names its members', () => {
    const protocolRange = EXTENDED_REASON_RANGES.find((r) => r.from === 0x10c9);
    expect(protocolRange?.to).toBe(0x1195);
    expect(lookupExtendedReason(0x112f)).toMatchObject({ name: 'ERRINFO_GRAPHICS_SUBSYSTEM_FAILED', confidence: 'MS' });
    expect(lookupExtendedReason(0x112f)?.range).toBeUndefined();
    expect(lookupExtendedReason(0x112d)?.name).toBe('ERRINFO_GRAPHICS_MODE_NOT_SUPPORTED');
    expect(lookupExtendedReason(0x112e)?.name).toBe('ERRINFO_GRAPHICS_SUBSYSTEM_RESET_FAILED');
    expect(lookupExtendedReason(0x1133)?.name).toBe('ERRINFO_VC_DECODING_ERROR');
    for (const c of [0x1134, 0x1135, 0x1136]) expect(lookupExtendedReason(c)?.meaning, formatHex(c)).toMatch(/monitor/);
    expect(lookupExtendedReason(0x10ea)?.name).toBe('ERRINFO_BAD_CAPABILITIES');
    expect(lookupExtendedReason(0x1195)?.name).toBe('ERRINFO_DECRYPT_FAILED2');
    expect(lookupExtendedReason(0x1196)?.name).not.toMatch(/PEER_DISCONNECTED/);
  });

  it('0x19 and 0x1A are MS-RDPBCGR shutdown and reboot', () => {
    expect(lookupExtendedReason(0x19)).toMatchObject({ name: 'ERRINFO_SERVER_SHUTDOWN', confidence: 'MS' });
    expect(lookupExtendedReason(0x1a)).toMatchObject({ name: 'ERRINFO_SERVER_REBOOT', confidence: 'MS' });
    expect(lookupExtendedReason(0x19)?.source).toMatch(/MS-RDPBCGR/);
  });

  it('0xC00002EE, 1800 and 1032', () => {
    expect(lookupNtStatus('0xC00002EE')?.name).toBe('STATUS_UNFINISHED_CONTEXT_DELETED');
    expect(lookupDisconnectReason(1800)?.meaning).toMatch(/console session/);
    expect(lookupDisconnectReason(1800)?.meaning).not.toMatch(/limit reached/);
    expect(lookupDisconnectReason(1800)?.meaning).toMatch(/not a server-side session limit/i);
    expect(lookupDisconnectReason(1032)?.meaning).toMatch(/computer name contains invalid characters/);
  });

  it('4498 is the same number as extended 0x1192', () => {
    expect(4498).toBe(0x1192);
    expect(lookupDisconnectReason(4498)?.note).toMatch(/0x1192/);
  });
});

describe('issue #37: every family complete, each entry with its source', () => {
  it('SSPI: the SEC_E_/SEC_I_ block of winerror.h, the CredSSP delegation codes among them', () => {
    const sec = SSPI_STATUS_CODES.filter((e) => /^SEC_[EI]_/.test(e.name));
    expect(sec.length).toBeGreaterThanOrEqual(90);
    for (const name of [
      'SEC_E_DELEGATION_POLICY',
      'SEC_E_POLICY_NLTM_ONLY',
      'SEC_E_KDC_UNKNOWN_ETYPE',
      'SEC_I_CONTEXT_EXPIRED',
    ])
      expect(lookupCodeName(name)?.table, name).toBe('sspi');
  });

  it('RD Gateway: every E_PROXY_* of MS-TSGU, by HRESULT, by its low word and by name', () => {
    expect(GATEWAY_CODES.length).toBe(20);
    expect(lookupGatewayCode('0x800759DB')?.name).toBe('E_PROXY_NAP_ACCESSDENIED');
    expect(lookupGatewayCode(23003)?.name).toBe('E_PROXY_NAP_ACCESSDENIED');
    expect(lookupGatewayCode('0x59E6')?.name).toBe('E_PROXY_MAXCONNECTIONSREACHED');
    expect(lookupCodeName('e_proxy_rap_accessdenied')).toMatchObject({ table: 'gateway', code: 0x800759da });
    for (const e of GATEWAY_CODES) expect(e.source, e.name).toMatch(/MS-TSGU/);
  });

  it('Azure Virtual Desktop / Windows 365: error names read by name', () => {
    expect(AVD_ERRORS.length).toBeGreaterThanOrEqual(15);
    for (const e of AVD_ERRORS) expect(e.source, e.name).toMatch(/Microsoft Learn/);
    expect(lookupCodeName('ConnectionFailedNoHealthyRdshAvailable')?.table).toBe('avd');
  });

  it('the protocol range says what MS-RDPBCGR 2.2.5.1.1 says', () => {
    // ERRINFO_SECURITY_DATA_TOO_SHORT16 is a length that is too long (more than 128 bytes).
    expect(lookupExtendedReason(0x111f)?.meaning).toMatch(/larger than the 128-byte maximum/);
    expect(lookupExtendedReason(0x111f)?.meaning).not.toMatch(/^There is not enough/);
    // RemoteApp only: the server hosts only remote applications and the client asked for a desktop.
    expect(lookupExtendedReason(0x10f3)?.meaning).toMatch(/can only host remote applications/);
    expect(lookupExtendedReason(0x10f0)?.meaning).toMatch(/31 static virtual channels/);
    expect(lookupExtendedReason(0x10dc)?.meaning).toMatch(/262144/);
    const names = new Set<string>();
    for (let c = 0x1111; c <= 0x1126; c++) {
      const e = lookupExtendedReason(c);
      expect(e?.range, formatHex(c)).toBeUndefined();
      names.add(e?.meaning ?? '');
    }
    expect(names.size).toBeGreaterThan(10);
  });

  it('STATUS_NTLM_BLOCKED is in the NTSTATUS table', () => {
    expect(lookupNtStatus('0xC0000418')).toMatchObject({ name: 'STATUS_NTLM_BLOCKED', confidence: 'MS' });
  });
});
