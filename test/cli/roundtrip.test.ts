/** The two readers agree: an .evtx read natively and its `dump --format xml` read back give the same records. */
import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';

const FILES = [
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat/Microsoft-Windows-TerminalServices-LocalSessionManager%4Operational.evtx',
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs/Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx',
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs/Microsoft-Windows-TerminalServices-RDPClient%4Operational.evtx',
  'omerbenamram__evtx/samples/Security_short_selected.evtx',
  'mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts/ID1149-RDP success logins to multiple hosts.evtx',
];

describe.skipIf(!HAVE_CORPUS)(`evtx → XML → same records${HAVE_CORPUS ? '' : ` (${NO_CORPUS_REASON})`}`, () => {
  for (const f of FILES) {
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
