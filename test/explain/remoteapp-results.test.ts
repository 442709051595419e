/**
 * A RemoteApp program's launch result (remoteapp-results.ts): each row read by its MS-RDPERP constant as FreeRDP
 * prints it, the ActiveX control's name where it has one, the numbers beside it set aside (FreeRDP's NtError is no
 * disconnect code); the success result and a locked screen outside RemoteApp are not read as them.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { REMOTEAPP_RESULTS } from '../../src/explain/tables/program-logs/remoteapp-results.js';
import { answerOrRefused, sentenceIds } from '../helpers/explain.js';

const constantOf = (id: string) =>
  `RAIL_EXEC_E_${id
    .replace(/^remoteapp-/, '')
    .replace(/-/g, '_')
    .toUpperCase()}`;

describe('RemoteApp launch results', () => {
  it.each(REMOTEAPP_RESULTS.map((r) => [r.id] as const))(
    "%s: read from FreeRDP's line, its NtError set aside",
    (id) => {
      const e = explainCode(`connected to 192.0.2.3:3389\nRAIL exec error: execResult=${constantOf(id)} NtError=0x15`);
      expect(sentenceIds(`RAIL exec error: execResult=${constantOf(id)} NtError=0x15`)).toContain(id);
      expect(e.likelyCauses).toEqual([]);
      expect(e.summary).toMatch(/RemoteApp program did not start/);
      expect(JSON.stringify(e)).not.toMatch(/Decryption failed/);
    },
  );

  it("the ActiveX control's result name reads the same row", () => {
    expect(sentenceIds('OnRemoteProgramResult: remoteAppResultLocked')).toContain('remoteapp-session-locked');
    expect(sentenceIds('OnRemoteProgramResult lError=remoteAppResultNotInWhitelist')).toContain(
      'remoteapp-not-in-allowlist',
    );
  });

  it('near misses: the success result, a locked screen, a name inside another word', () => {
    expect(answerOrRefused('RAIL exec result: RAIL_EXEC_S_OK')?.input.code).not.toBe('remoteapp-session-locked');
    expect(sentenceIds('Remote Desktop: the remote session is locked, press Ctrl+Alt+End')).not.toContain(
      'remoteapp-session-locked',
    );
    expect(sentenceIds('MY_RAIL_EXEC_E_FAILURE_COUNT=3')).toEqual([]);
  });
});
