/**
 * Issue 60, round 31: RDP Wrapper's installer finding TermService's ServiceDll empty
 * (src/explain/tables/command-output/rdp-wrapper-output.ts). Its two lines written for these tests as
 * src-installer/RDPWInst.dpr prints them: an empty value is TermService with no library (nothing listens); a value
 * naming another DLL is no reading of the listener (near miss).
 */
import { describe, expect, it } from 'vitest';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';

const RUN = '[*] Installing...\n[*] Terminal Services version: 10.0.19045.3570\n';

describe('RDPWInst: another TermService library, its ServiceDll printed', () => {
  it('the value empty: TermService has nothing to load, nothing listens', () => {
    const e = explainCode(`${RUN}[-] Another third-party TermService library is installed.\n[*] ServiceDll: "".`);
    expect(e.likelyCauses.map((c) => c.causeId)[0]).toBe(networkUnreachable.id);
    expect(e.summary).toMatch(/ServiceDll/);
  });
  it('near miss: a value naming another DLL says nothing of the listener', () => {
    let ids: string[] = [];
    try {
      ids = explainCode(
        `${RUN}[-] Another third-party TermService library is installed.\n[*] ServiceDll: "C:\\Tools\\termwrap64.dll".`,
      ).likelyCauses.map((c) => c.causeId);
    } catch {
      ids = [];
    }
    expect(ids).not.toContain(networkUnreachable.id);
  });
});
