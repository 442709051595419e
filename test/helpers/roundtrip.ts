/**
 * The .evtx files of the shared corpus that test/cli/roundtrip.test.ts (the fast tier: the smallest) and
 * roundtrip-rest.test.ts (slow: the others) read natively and back from their `dump --format xml`.
 */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rdpdiag } from './cli.js';
import { tempDir, writeTemp } from './collect.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from './corpus.js';

export const FILES = [
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat/Microsoft-Windows-TerminalServices-LocalSessionManager%4Operational.evtx',
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs/Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx',
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs/Microsoft-Windows-TerminalServices-RDPClient%4Operational.evtx',
  'omerbenamram__evtx/samples/Security_short_selected.evtx',
  'mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts/ID1149-RDP success logins to multiple hosts.evtx',
];

/** The smallest of `FILES` (the first without the corpus: no test runs then). */
export const SMALLEST: string = HAVE_CORPUS
  ? FILES.reduce((a, b) => (statSync(corpusPath(b)).size < statSync(corpusPath(a)).size ? b : a))
  : FILES[0]!;

/** Each of `files` read natively and from its `dump --format xml` gives the same records. */
export function roundtrips(files: readonly string[]): void {
  describe.skipIf(!HAVE_CORPUS)(`evtx → XML → same records${HAVE_CORPUS ? '' : ` (${NO_CORPUS_REASON})`}`, () => {
    for (const f of files) {
      it(f.split('/').pop()!, async () => {
        const native = await rdpdiag(['dump', corpusPath(f)]);
        expect(native.code).toBe(0);
        const xml = await rdpdiag(['dump', corpusPath(f), '--format', 'xml']);
        const back = await rdpdiag(['dump', writeTemp(tempDir(), 'export.xml', xml.stdout)]);
        expect(back.code).toBe(0);
        expect(back.stdout.split('\n').length).toBeGreaterThan(1);
        expect(back.stdout).toBe(native.stdout);
      });
    }
  });
}
