/**
 * `explicit-credentials` on real logs of the shared corpus whose 4648s are none of its (explicit-credentials.test.ts
 * tests it on its samples): slow tier, with the other tests of the corpus of real logs.
 */
import { explicitCredentials } from '../../patterns/findings/explicit-credentials.js';
import { analyzeFinding, noneOnRealLogs } from '../helpers/findings.js';

const analyzeFound = (...files: string[]) => analyzeFinding(explicitCredentials.id, '-q', ...files);

noneOnRealLogs(
  'explicit-credentials',
  '4648s to localhost, cifs/ and machine accounts: none told',
  [
    'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat/Security.evtx',
    'omerbenamram__evtx/samples/security_bad_string_cache.evtx',
    'sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control/DE_RDP_Tunnel_5156.evtx',
  ],
  analyzeFound,
);
