/**
 * Issue #60: no answer may describe causes in words and carry no cause ids. Every row of the tables an answer reads
 * (the known sentences, the dialog's code tables, the RD Gateway's statuses, the Windows App's codes) either points to
 * at least one cause id of the catalogue or says on itself what it is instead (`kind`: informational, unspecific,
 * uncatalogued) — and then points to none. The rows come from the registries, never from a list restated here.
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { licensingClientCache } from '../../patterns/licensing-client-cache.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { explainCode, sentenceCauseIds, sentenceKind } from '../../src/explain/explain-code.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/sentences/sentences.js';
import { GATEWAY_CODES } from '../../src/explain/tables/codes/gateway-proxy.js';
import { CLIENT_APP_CODES } from '../../src/explain/tables/codes/client-apps.js';
import { DISCONNECT_REASONS } from '../../patterns/codes/mstsc-disconnect-reasons.js';
import { EXTENDED_REASONS } from '../../patterns/codes/mstsc-extended-reasons.js';
import type { CodeEntry } from '../../patterns/codes/types.js';
import { causesOfCode, type SingleCodeTable } from '../../patterns/code-causes.js';
import { PATTERNS } from '../../patterns/index.js';

const CATALOGUE = new Set<string>(PATTERNS.map((p) => p.id));

/** A sentence of another product or a command's output: not a Remote Desktop failure of its own. */
const notOurs = (s: (typeof KNOWN_SENTENCES)[number]) => s.commandOutput || s.otherProduct || s.numbers;

describe('every table row points to a cause id or says why not', () => {
  it('each known sentence: at least one cause id of the catalogue, or its kind and none', () => {
    const wrong: string[] = [];
    for (const s of KNOWN_SENTENCES) {
      if (notOurs(s)) continue;
      const ids = sentenceCauseIds(s);
      const kind = sentenceKind(s);
      if (ids.some((id) => !CATALOGUE.has(id))) wrong.push(`${s.id}: ${ids.join(',')} not all in the catalogue`);
      if (kind && ids.length > 0) wrong.push(`${s.id}: kind ${kind} but causes ${ids.join(',')}`);
      if (!kind && ids.length === 0) wrong.push(`${s.id}: no cause id and no kind`);
    }
    expect(wrong).toEqual([]);
  });

  const TABLES: readonly (readonly [SingleCodeTable, readonly (CodeEntry & { notAnError?: boolean })[]])[] = [
    ['mstsc', DISCONNECT_REASONS],
    ['mstscExtended', EXTENDED_REASONS],
    ['gateway', GATEWAY_CODES],
    ['clientApp', CLIENT_APP_CODES],
  ];
  it.each(TABLES)('each row of the %s table: a cause id, or its kind and none', (table, rows) => {
    const wrong: string[] = [];
    for (const row of rows) {
      const ids = causesOfCode(table, row.code).map((c) => c.causeId);
      if (row.kind && ids.length > 0) wrong.push(`${row.name}: kind ${row.kind} but causes ${ids.join(',')}`);
      // Microsoft's "not an error code" (0x1, 0x2) is informational by its own mark.
      if (!row.kind && !row.notAnError && ids.length === 0) wrong.push(`${row.name}: no cause id and no kind`);
    }
    expect(wrong).toEqual([]);
  });
});

/** The ranked cause ids of what a user pasted. */
const causes = (text: string) => explainCode(text).likelyCauses.map((c) => c.causeId);

describe('answers that describe causes carry their ids (each rule with a near miss)', () => {
  it('an RD Gateway code in decimal, as RDPClient 1026 logs it, names the gateway refusal', () => {
    expect(causes('mstsc logged Error code 50331676 when we went through the RD Gateway')[0]).toBe(gatewayDenied.id);
    expect(causes('Error code: 0x300000D Extended error: 0x0')[0]).toBe(networkUnreachable.id);
    // Near miss: a gateway certificate code names no cause id (the catalogue has none for the gateway's certificate).
    expect(causes('Error code: 0x3000005')).toEqual([]);
  });

  it('guacd\'s "wrong security type" is a refused security negotiation, not a transport failure', () => {
    const ids = causes(
      'guacd[4242]: RDP server closed/refused connection: Server refused connection (wrong security type?)',
    );
    expect(ids.slice(0, 2)).toEqual([securityLayerMismatch.id, credsspNla.id]);
    // The guac protocol's own form of the same message, as a browser console shows it.
    expect(causes('5.error,48.Server refused connection (wrong security type?),3.519;')[0]).toBe(
      securityLayerMismatch.id,
    );
    // Near miss: FreeRDP's own name for the error leads with the network (its log lines before it say which).
    expect(causes('[ERROR][com.freerdp.core] - ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]')[0]).toBe(
      networkDropped.id,
    );
  });

  it('the Windows client\'s "Because of a security error" names the security layer (FIPS, KB 811770), then the licence cache', () => {
    expect(
      causes('Remote Desktop: Because of a security error, the client could not connect to the remote computer.'),
    ).toEqual([securityLayerMismatch.id, licensingClientCache.id]);
    // Near miss: the web client's message of almost the same words is Microsoft's Conditional Access reading.
    expect(
      causes(
        'Oops, we couldn\'t connect to "Lab PC". We couldn\'t connect to the remote PC because of a security error.',
      ),
    ).toEqual([]);
  });

  it('"This computer can\'t connect to the remote computer." names reachability first, the certificate after', () => {
    const ids = causes("This computer can't connect to the remote computer. Try connecting again.");
    expect(ids[0]).toBe(networkUnreachable.id);
    expect(ids).toContain(tlsCertificate.id);
    expect(ids.indexOf(sessionLimit.id)).toBeLessThan(ids.indexOf(tlsCertificate.id));
    // Near miss: the longer dialog that goes on with its own reason is read by that reason alone.
    expect(
      causes(
        "This computer can't connect to the remote computer because the Remote Desktop Gateway server's certificate has expired or has been revoked.",
      ),
    ).not.toContain(tlsProtocolMismatch.id);
    // Nor when the reason follows in a sentence of its own: the gateway's text decides, and names no cause id.
    expect(
      causes(
        "This computer can't connect to the remote computer. The Remote Desktop Gateway server has ended the connection. Try reconnecting later.",
      ),
    ).toEqual([]);
  });

  it("the RD Gateway's connection limit (event 203) is the session limit", () => {
    expect(
      causes(
        'The number of simultaneous connections to the RD Gateway server has reached the maximum number that was configured by the administrator.',
      )[0],
    ).toBe(sessionLimit.id);
    // Near miss: an administrator's disconnect through the gateway (event 202) is no limit.
    expect(
      causes(
        'The administrator disconnected the user "CORP\\dana", on client computer "10.0.0.7", from the following network resource: "rdsh01".',
      ),
    ).not.toContain(sessionLimit.id);
  });

  const QWINSTA = [
    ' SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE',
    ' services                                    0  Disc',
    ' rdp-tcp#3         carol                     2  Active',
    '                   dave                      4  Disc',
    ' rdp-tcp                                 65536  Listen',
  ].join('\n');

  it('a sentence beside command output: the sentence leads, the output is its evidence', () => {
    const e = explainCode(`The terminal server has exceeded the maximum number of allowed connections.\n\n${QWINSTA}`);
    expect(e.likelyCauses[0]?.causeId).toBe(sessionLimit.id);
    expect(e.summary).toMatch(/^The server refused the session because its connection limit is reached/);
    expect(e.summary).toMatch(/disconnected session/);
    // Near miss: the same output alone says what it shows and names no cause.
    expect(explainCode(QWINSTA).likelyCauses).toEqual([]);
  });

  it('the Windows App\'s "Your session ended because of an error" 0x4 is its own code, not mstsc\'s internal error', () => {
    const e = explainCode(
      'Your session ended because of an error. If this keeps happening, contact your network administrator for assistance.\nError code: 0x4',
    );
    expect(e.other?.name).toBe('WindowsApp 0x4');
    expect(e.likelyCauses[0]?.causeId).toBe(networkDropped.id);
    // The app's "… because of a network error" with the same 0x4 is the same connection lost.
    expect(causes('Your session ended because of a network error.\nError code: 0x4')[0]).toBe(networkDropped.id);
    // Near miss: the Windows client's internal error with the same number keeps mstsc's reading.
    const mstsc = explainCode('An internal error has occurred.\nError code: 0x4');
    expect(mstsc.primary?.name).toBe('InternalErrorHasOccurred');
    expect(mstsc.likelyCauses.map((c) => c.causeId)).not.toContain(networkDropped.id);
  });
});
