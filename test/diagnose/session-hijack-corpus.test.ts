/**
 * `session-hijack` on the three real hijack logs of the shared corpus (session-hijack.test.ts tests it on the
 * samples): slow tier, with the other tests of the corpus of real logs.
 */
import { describe, expect, it } from 'vitest';
import type { SessionHijackFinding } from '../../src/model/attempt.js';
import { CORPUS, corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';
import { analyzeJson as analyzeReport } from '../helpers/findings.js';

interface JsonReport {
  attempts: { id: string; user?: string; takeover?: { victim: string } }[];
  findings: SessionHijackFinding[];
}

const analyzeJson = (...files: string[]) => analyzeReport<JsonReport>(...files);

const hijacks = (f: { findings: { id: string }[] }) =>
  f.findings.filter((x) => x.id === 'session-hijack') as SessionHijackFinding[];

const CORPUS_FILES: [string, { actor: string; victim: string; how: string; client: string; service?: string }][] = [
  [
    'mdecrevoisier__EVTX-to-MITRE-Attack/TA0008-Lateral Movement/T1021.001-Remote Desktop Protocol/ID4688,4778,4779 RDP hijack direct.evtx',
    { actor: 'OFFSEC\\admmig', victim: 'OFFSEC\\admmarsid', how: 'tscon', client: 'JUMP01' },
  ],
  [
    'mdecrevoisier__EVTX-to-MITRE-Attack/TA0008-Lateral Movement/T1021.001-Remote Desktop Protocol/ID4688-4778 RDP hijack command execution.evtx',
    {
      actor: 'OFFSEC\\admmig',
      victim: 'OFFSEC\\admmarsid',
      how: 'service',
      client: 'JUMP01',
      service: 'hijackservice',
    },
  ],
  [
    'Yamato-Security__hayabusa-sample-evtx/YamatoSecurity/LateralMovement/T1563.002_RDP-Hijacking_Security.evtx',
    {
      actor: 'WINDOMAIN\\user',
      victim: 'WINDOMAIN\\Administrator',
      how: 'service',
      client: 'DESKTOP-RKEBDDR',
      service: 'rdphijack2',
    },
  ],
];

describe.skipIf(!HAVE_CORPUS)(
  `session-hijack on the real hijack logs (${HAVE_CORPUS ? CORPUS : NO_CORPUS_REASON})`,
  () => {
    it.each(CORPUS_FILES)('%s names the actor and the victim', async (file, want) => {
      const { json } = await analyzeJson(corpusPath(file));
      const [f, ...more] = hijacks(json);
      expect(more).toEqual([]);
      expect(f.hijack).toMatchObject({
        how: want.how,
        victim: { user: want.victim },
        session: { id: '2' },
        actor: { user: want.actor, ranAs: 'SYSTEM', client: { name: want.client } },
      });
      if (want.service) expect(f.hijack.service?.name).toBe(want.service);
      const a = json.attempts.find((x) => x.id === f.hijack.attempt)!;
      expect(a.user).toBe(want.actor);
      expect(a.takeover?.victim).toBe(want.victim);
    });
  },
);
