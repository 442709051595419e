/**
 * Issue 60 (r22-h60w): codes as client apps and libraries print them. A hex code typed with a digit twice, a disconnect
 * reason printed by its name with its number, an RDP library's error by its name. Each rule with its near miss; the
 * pastes are written here in the programs' forms, not taken from any list.
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { RDP_LIBRARY_ERRORS } from '../../src/explain/tables/program-logs/rdp-library-errors.js';
import { answerOrRefused, causeIds, expectRefused, sentenceIds } from '../helpers/explain.js';
import { networkDropped } from '../../patterns/network-dropped.js';

const nameOf = (paste: string) => {
  const e = answerOrRefused(paste);
  return (e?.primary ?? e?.extended ?? e?.other)?.name;
};

describe('a hex code typed with a digit twice (nine digits)', () => {
  it('is read as the one code of our tables it makes with the digit once, the assumption said', () => {
    const e = explainCode('An authentication error has occurred (Code: 0x800004005).');
    expect((e.primary ?? e.other)?.name).toBe('E_FAIL');
    expect(e.paste?.slips.join(' ')).toMatch(/0x800004005 as 0x80004005: .*typed twice.*an assumption/);
    expect(nameOf('Status: 0xC0000006D')).toBe('STATUS_LOGON_FAILURE');
  });
  it('near miss: a nine-digit number no doubled digit makes a code of, or two codes, is not read', () => {
    // An address, and a number whose doubled digits make two different codes (0x80090312 and 0x80090321).
    expectRefused('the faulting module at address 0x7ff6a1b2c');
    expectRefused('Code: 0x800903212');
  });
});

describe('a disconnect reason printed by its name with its number', () => {
  it("the Mac client's form reads as the extended code the name and number agree on", () => {
    const paste =
      'Another device has connected to this session, disconnecting you (code DisconnectedByOtherConnection(5))';
    expect(causeIds(paste)).toEqual(causeIds('Extended error code: 0x5'));
    expect(explainCode(paste).notes.join(' ')).toMatch(/DisconnectedByOtherConnection\(5\) is ERRINFO_/);
    // Each family's name without its prefix, the number in decimal or hex.
    expect(nameOf('(code LogoffByUser(12))')).toBe('exDiscReasonLogoffByUser');
    expect(nameOf('(code IdleTimeout(0x3))')).toBe('exDiscReasonServerIdleTimeout');
  });
  it('near miss: a name with another number, a word and a number of another program, a name alone', () => {
    expectRefused('(code DisconnectedByOtherConnection(7))');
    expectRefused('Disconnected(5) from the printer queue');
    expectRefused('(code ServerDeniedConnection)');
  });
});

describe('mRemoteNG\'s "RDP disconnected!" notification: the decimal after it is a disconnect reason', () => {
  it('on its own line, or after a dash in an issue title', () => {
    const e = explainCode('WarningMsg\n03/13/2019 08:02:10\nRDP disconnected!\n516 Er kan geen verbinding');
    expect(e.primary?.name).toBe('disconnectReasonSocketConnectFailed');
    expect(e.paste?.parts[0]?.from).toMatch(/RDP disconnected!/);
    expect(nameOf('RDP Disconnected 6151')).toBe('SSL_ERR_NO_AUTHENTICATING_AUTHORITY');
    expect(explainCode('RDP disconnected - 2308!').primary?.name).toBe('disconnectReasonAtClientWinsockFDCLOSE');
  });
  it('near miss: a count or a time after the words is no code', () => {
    // Round 25 (h60f): "disconnected 3 times today" is the user telling drops (described-symptoms.ts `said`): read
    // as that description, its count never a code.
    const drops = explainCode('RDP disconnected 3 times today');
    expect([drops.input.code, drops.primary, drops.likelyCauses[0]?.causeId]).toEqual([
      'description',
      undefined,
      networkDropped.id,
    ]);
    expectRefused('RDP disconnected 20 minutes after logon');
  });
});

describe("an RDP library's error by its name (node-rdpjs, grdp)", () => {
  it('each name reads as its row, the numbers beside it set aside', () => {
    for (const row of RDP_LIBRARY_ERRORS) {
      const name = row.id
        .replace(/^node-rdpjs-/, 'NODE_RDP_PROTOCOL_')
        .replace(/-/g, '_')
        .toUpperCase();
      expect(sentenceIds(`[node-rdpjs] ERROR:\t${name}()\n    at x224.js:221:9`), name).toEqual([row.id]);
    }
  });
  it('the negotiation failure is a server requiring NLA or refusing TLS; the NLA ones, NLA', () => {
    expect(causeIds('[WebRDP] error : NODE_RDP_PROTOCOL_X224_NEG_FAILURE()')[0]).toBe(credsspNla.id);
    expect(causeIds('NODE_RDP_PROTOCOL_X224_NLA_NOT_SUPPORTED')).toEqual([credsspNla.id]);
  });
  it("near miss: Node's own names are not the library's errors", () => {
    expectRefused('NODE_TLS_REJECT_UNAUTHORIZED=0 node server.js');
  });
});

describe("IronRDP's negotiation failure: FailureCode(N) and its text for the code", () => {
  it('reads as the RDP_NEG_FAILURE code it names, the CredSSP text apart from the TLS one', () => {
    const log = 'ERROR connection.rs:279: Received connection failure code code=FailureCode(2)';
    expect(sentenceIds(log)).toEqual(['rdp-neg-failure-ssl-not-allowed-by-server']);
    expect(sentenceIds('Connection error: [Initiation] reason: enhanced RDP security not allowed by server')).toEqual([
      'rdp-neg-failure-ssl-not-allowed-by-server',
    ]);
    expect(sentenceIds('reason: CredSSP enhanced RDP security required by server')).toEqual([
      'rdp-neg-failure-hybrid-required-by-server',
    ]);
    expect(sentenceIds('reason: enhanced RDP security required by server')).toEqual([
      'rdp-neg-failure-ssl-required-by-server',
    ]);
  });
  it('near miss: a FailureCode no table has is none of them', () => {
    expect(sentenceIds('Received connection failure code code=FailureCode(9)')).toEqual([]);
  });
});
