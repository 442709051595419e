// What scripts/make-siem-samples.mjs and scripts/make-dfir-samples.mjs share: the built modules they render with,
// the scenario they render (the server logs of samples/auth-bad-credentials: fictional names, documentation
// addresses) read as events, and the writer of samples/<kind>/<format>/<file>. Run after `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(fileURLToPath(import.meta.url), '..', '..');

const built = (path) => import(join(root, 'dist/src', path));
export const { buildTimeline } = await built('platform/node/files.js');
export const { toEventXml } = await built('report/event-dump.js');
export const { eventRow } = await built('model/events.js');

/** The server logs of samples/auth-bad-credentials, as events. */
export async function scenarioEvents() {
  const scenario = join(root, 'samples/auth-bad-credentials');
  const files = [
    'LocalSessionManager-Operational.xml',
    'RdpCoreTS-Operational.xml',
    'RemoteConnectionManager-Operational.xml',
    'Security.xml',
  ];
  return (await buildTimeline(files.map((f) => join(scenario, f)))).events;
}

/** Writes `text` (and a final line break) to samples/<kind>/<dir>/<name>. */
export function sampleWriter(kind) {
  const out = join(root, 'samples', kind);
  return (dir, name, text) => {
    mkdirSync(join(out, dir), { recursive: true });
    writeFileSync(join(out, dir, name), `${text}\n`);
  };
}
