// Writes samples/dfir/<format>/: the server logs of samples/auth-bad-credentials (fictional names, documentation
// addresses) as the responders' tools write them (scripts/dfir-renditions.mjs: Velociraptor's
// Windows.EventLogs.Evtx and EvtxHunter rows, EvtxECmd CSV and JSON, Chainsaw dump and hunt JSON), and the logs of
// samples/two-servers-mixed (two servers) as a Velociraptor hunt's export of many clients.
// Run after `npm run build`: node scripts/make-dfir-samples.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DFIR_RENDITIONS } from './dfir-renditions.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const { buildTimeline } = await import(join(root, 'dist/src/platform/node/files.js'));
const { eventRow } = await import(join(root, 'dist/src/model/events.js'));

const scenario = join(root, 'samples/auth-bad-credentials');
const files = [
  'LocalSessionManager-Operational.xml',
  'RdpCoreTS-Operational.xml',
  'RemoteConnectionManager-Operational.xml',
  'Security.xml',
];
const { events } = await buildTimeline(files.map((f) => join(scenario, f)));
const fleet = (await buildTimeline([join(root, 'samples/two-servers-mixed')])).events;
const out = join(root, 'samples/dfir');
for (const r of DFIR_RENDITIONS) {
  mkdirSync(join(out, r.dir), { recursive: true });
  const from = r.dir === 'velociraptor-hunt' ? fleet : events;
  writeFileSync(join(out, r.dir, r.file), `${r.render(from, { eventRow })}\n`);
}
