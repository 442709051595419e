// Writes samples/dfir/<format>/: the server logs of samples/auth-bad-credentials (fictional names, documentation
// addresses) as the responders' tools write them (scripts/dfir-renditions.mjs: Velociraptor's
// Windows.EventLogs.Evtx rows as JSON and CSV and EvtxHunter rows, EvtxECmd CSV and JSON, Chainsaw dump and hunt
// JSON), and the logs of samples/two-servers-mixed (two servers) as a Velociraptor hunt's export of many clients.
// Run after `npm run build`: node scripts/make-dfir-samples.mjs
import { join } from 'node:path';
import { DFIR_RENDITIONS } from './dfir-renditions.mjs';
import { buildTimeline, eventRow, root, sampleWriter, scenarioEvents } from './sample-scenario.mjs';

const events = await scenarioEvents();
const fleet = (await buildTimeline([join(root, 'samples/two-servers-mixed')])).events;
const write = sampleWriter('dfir');
for (const r of DFIR_RENDITIONS)
  write(r.dir, r.file, r.render(r.dir === 'velociraptor-hunt' ? fleet : events, { eventRow }));
