// Writes samples/siem/<format>/: the server logs of samples/auth-bad-credentials (fictional names,
// documentation addresses) as each SIEM would export them: Elastic ECS hits (Winlogbeat 8), a Splunk JSON
// export (XmlWinEventLog `_raw`), Sentinel WindowsEvent rows (JSON), NXLog im_msvistalog JSON (local time
// UTC+2 of whole seconds, LSM/RCM UserData only in the English message, Security channel lower-case), and
// Splunk classic WinEventLog text. Run after `npm run build`: node scripts/make-siem-samples.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIEM_RENDITIONS } from './siem-renditions.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const { buildTimeline } = await import(join(root, 'dist/src/platform/node/files.js'));
const { toEventXml } = await import(join(root, 'dist/src/report/event-dump.js'));
const { eventRow } = await import(join(root, 'dist/src/model/events.js'));

const scenario = join(root, 'samples/auth-bad-credentials');
const files = [
  'LocalSessionManager-Operational.xml',
  'RdpCoreTS-Operational.xml',
  'RemoteConnectionManager-Operational.xml',
  'Security.xml',
];
const { events } = await buildTimeline(files.map((f) => join(scenario, f)));
const out = join(root, 'samples/siem');
const write = (dir, name, text) => {
  mkdirSync(join(out, dir), { recursive: true });
  writeFileSync(join(out, dir, name), text);
};

// Each rendition as scripts/siem-renditions.mjs writes it (the metamorphic suite's too): Elastic hits as elasticdump
// writes them (one a line), Splunk's `search/jobs/export` JSON (output_mode=json), Sentinel rows as
// `az monitor log-analytics query -o json` prints them, NXLog im_msvistalog through Logstash; Splunk classic
// (renderXml=false) with each event's message as its template renders it.
for (const r of SIEM_RENDITIONS)
  write(r.dir, r.file, `${r.render(events, { idPrefix: 'rdpdiag-sample', toEventXml, eventRow })}\n`);
