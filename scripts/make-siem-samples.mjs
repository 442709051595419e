// Writes samples/siem/<format>/: the server logs of samples/auth-bad-credentials (fictional names,
// documentation addresses) as each SIEM would export them: Elastic ECS hits (Winlogbeat 8), a Splunk JSON
// export (XmlWinEventLog `_raw`), Sentinel WindowsEvent rows (JSON), NXLog im_msvistalog JSON (local time
// UTC+2 of whole seconds, LSM/RCM UserData only in the English message, Security channel lower-case), and
// Splunk classic WinEventLog text. Run after `npm run build`: node scripts/make-siem-samples.mjs
import { eventRow, sampleWriter, scenarioEvents, toEventXml } from './sample-scenario.mjs';
import { SIEM_RENDITIONS } from './siem-renditions.mjs';

const events = await scenarioEvents();
const write = sampleWriter('siem');

// Each rendition as scripts/siem-renditions.mjs writes it (the metamorphic suite's too): Elastic hits as elasticdump
// writes them (one a line), Splunk's `search/jobs/export` JSON (output_mode=json), Sentinel rows as
// `az monitor log-analytics query -o json` prints them, NXLog im_msvistalog through Logstash; Splunk classic
// (renderXml=false) with each event's message as its template renders it.
for (const r of SIEM_RENDITIONS)
  write(r.dir, r.file, r.render(events, { idPrefix: 'rdpdiag-sample', toEventXml, eventRow }));
