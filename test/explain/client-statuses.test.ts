/**
 * Issue 60 (r21-h60p): client apps' numbered statuses and a number beside its own text. Apache Guacamole's protocol
 * statuses, the "Microsoft Remote Desktop … Error Code" form read by that app's table, FreeRDP 1.0's lines, and the
 * rule that a program's text decides what the number beside it is. Each rule with a near miss; the pastes are written
 * here in the programs' own forms, not taken from any list.
 */
import { describe, expect, it } from 'vitest';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { serverDenied } from '../../patterns/server-denied.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { GUACAMOLE_STATUS_SENTENCES } from '../../src/explain/tables/program-logs/guacamole-statuses.js';
import { answerOrRefused, causeIds, mainReading, sentenceIds } from '../helpers/explain.js';

const idOf = (name: string) => `guacamole-status-${name.toLowerCase().replace(/_/g, '-')}`;
/** Each row's status as its `what` says it: "… status SERVER_ERROR (0x0200, 512)". */
const STATUSES = GUACAMOLE_STATUS_SENTENCES.map((row) => {
  const m = /status (\w+) \(0x([0-9A-F]+), (\d+)\)/.exec(row.what);
  if (!m) throw new Error(row.what);
  return { name: m[1], hex: `0x${m[2]}`, code: Number(m[3]) };
});

describe("Apache Guacamole's protocol statuses", () => {
  it('the first and last status, by its number and name in either order, never as a dialog code', () => {
    for (const s of [STATUSES[0], STATUSES[STATUSES.length - 1]]) {
      for (const paste of [`Session ended: ${s.code} (${s.name})`, `guacd error ${s.name} (${s.hex.toLowerCase()})`]) {
        expect(sentenceIds(paste), paste).toEqual([idOf(s.name)]);
        const answer = explainCode(paste);
        expect(answer.primary, paste).toBeUndefined();
        expect(
          answer.paste?.parts.map((p) => p.table),
          paste,
        ).toEqual(['sentence']);
      }
    }
  });
  it("an RDP connection's status reads as guacd sets it from the server's error or FreeRDP's", () => {
    expect(causeIds('Session ended: 519 (UPSTREAM_NOT_FOUND)')).toEqual([networkUnreachable.id]);
    expect(causeIds('tunnel closed, status UPSTREAM_UNAVAILABLE (0x0208)')).toEqual([serverDenied.id]);
    expect(causeIds('Error 771 CLIENT_FORBIDDEN: insufficient privileges')).toEqual([authLogonRight.id]);
    expect(causeIds('GUAC_PROTOCOL_STATUS_CLIENT_UNAUTHORIZED')).toContain(credsspNla.id);
    // SESSION_CONFLICT is error info 5, another connection took the session: that code's reading.
    expect(causeIds('Session ended: 521 (SESSION_CONFLICT)')).toEqual(causeIds('Extended error code: 0x5'));
  });
  it("a status only Guacamole names is read alone; another program's word only with its number", () => {
    expect(sentenceIds('UPSTREAM_NOT_FOUND')).toEqual([idOf('UPSTREAM_NOT_FOUND')]);
    expect(sentenceIds('HTTP 500 SERVER_ERROR while saving the form')).not.toContain(idOf('SERVER_ERROR'));
    expect(sentenceIds('oauth: CLIENT_UNAUTHORIZED, check the client id')).not.toContain(idOf('CLIENT_UNAUTHORIZED'));
  });
  it("near miss: another product's 521, and a status's number with another status's name, are not read as it", () => {
    expect(sentenceIds('Error 521 Web server is down (Cloudflare)')).toEqual([]);
    expect(sentenceIds('519 (SESSION_CONFLICT)')).toEqual([idOf('SESSION_CONFLICT')]);
    expect(sentenceIds('519 (SESSION_CONFLICT)')).not.toContain(idOf('UPSTREAM_NOT_FOUND'));
  });
});

describe('"Microsoft Remote Desktop … Error Code": the app\'s own table', () => {
  it("its 0x4 is the app's (the session ended), not mstsc's internal error", () => {
    const paste = 'Microsoft Remote Desktop Error Code 0x4 Extended Error Code 0x0';
    expect(mainReading(paste)?.table).toBe('clientApp');
    expect(causeIds(paste)[0]).toBe(networkDropped.id);
  });
  it("near miss: Windows' Remote Desktop Connection names keep mstsc's 0x4", () => {
    for (const name of ['Microsoft Remote Desktop Connection', 'Microsoft Remote Desktop Services'])
      expect(causeIds(`${name} Error Code 0x4 Extended Error Code 0x0`), name).toContain(tlsCertificate.id);
  });
});

describe("FreeRDP 1.0's lines: the name lookup decides over the negotiation failure after it", () => {
  it('getaddrinfo, its reason in any language, then the negotiation failure: the name did not resolve', () => {
    for (const reason of ['Name or service not known', 'Errore temporaneo nella risoluzione del nome']) {
      const paste = `transport_connect: getaddrinfo (${reason})\nError: protocol security negotiation failure`;
      expect(causeIds(paste), reason).toEqual([networkUnreachable.id]);
      expect(sentenceIds(paste), reason).toEqual(['freerdp1-getaddrinfo']);
    }
  });
  it("near miss: xrdp's own getaddrinfo line and another program's lookup failure are not FreeRDP's", () => {
    expect(sentenceIds('g_tcp_connect: getaddrinfo() failed: Name or service not known')).not.toContain(
      'freerdp1-getaddrinfo',
    );
    expect(answerOrRefused('ssh: Could not resolve hostname box: Name or service not known')).toBeUndefined();
  });
});

describe('a number beside the text its program printed for it: the text decides', () => {
  const limit = 'The remote session ended because the total login time limit was reached.';
  it("NETworkManager's reason 4 beside mstsc's extended-reason text is extended reason 4", () => {
    const paste = `Disconnet reason 4 not foud in resources!\nExtended Reason: ${limit}`;
    expect(mainReading(paste)?.table).toBe('mstscExtended');
    expect(causeIds(paste)[0]).toBe(sessionLimit.id);
  });
  it("near miss: the dialog's labelled Error code keeps its table; a number the text is not stays as read", () => {
    expect(mainReading(`${limit}\nError code: 0x4`)?.table).toBe('mstsc');
    expect(mainReading(`Disconnect reason 516\n${limit}`)?.table).toBe('mstsc');
  });
});

describe('qwinsta with every user session active over Remote Desktop', () => {
  const header =
    ' SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE\n services                                    0  Disc\n';
  const row = (n: number, user: string) => ` rdp-tcp#${n}         ${user}                     ${n + 2}  Active\n`;
  const listen = ' rdp-tcp                                 65536  Listen\n';
  it('names the sessions in use and blames nothing', () => {
    const e = explainCode(`${header}${row(0, 'alice')}${row(1, 'bob')}${row(2, 'carol')}${listen}`);
    expect(e.summary).toMatch(/3 Remote Desktop sessions active/);
    expect(causeIds(e)).toEqual([]);
  });
  it('near miss: one user, or a disconnected session beside them, is said as before', () => {
    expect(explainCode(`${header}${row(0, 'alice')}${listen}`).summary).not.toMatch(/sessions active/);
    const disc = ' rdp-tcp#9         dave                     11  Disc\n';
    expect(explainCode(`${header}${row(0, 'alice')}${row(1, 'bob')}${disc}${listen}`).summary).not.toMatch(
      /sessions active/,
    );
  });
});
