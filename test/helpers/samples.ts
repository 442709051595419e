import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { type Analysis, analyzeEvents } from '../../src/diagnose/analyze.js';
import { buildTimeline, type PathTimeline } from '../../src/platform/node/files.js';
import { ROOT } from './cli.js';
import { tempDir, writeTemp } from './collect.js';

export const SAMPLES = join(ROOT, 'samples');

/**
 * The scenario folders of samples/ (each with an expected.json), sorted. samples/patterns and
 * samples/findings hold one small export per pattern instead: the pattern tests read those.
 */
export const SCENARIOS: readonly string[] = readdirSync(SAMPLES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(SAMPLES, d.name, 'expected.json')))
  .map((d) => d.name)
  .sort();

/** The folder of a sample under samples/ (`name` may be a path below it); one that does not exist is an error naming it. */
export function sampleFolder(name: string): string {
  const folder = join(SAMPLES, name);
  if (!existsSync(folder)) throw new Error(`no sample "${name}": there is no ${folder}`);
  return folder;
}

/**
 * The scenario the SIEM and responders' samples render (samples/siem/, samples/dfir/: scripts/make-siem-samples.mjs,
 * scripts/make-dfir-samples.mjs), and its server's logs: each `.xml` of its folder, by name.
 */
export const RENDERED_SCENARIO = join(SAMPLES, authBadCredentials.id);
export const RENDERED_SERVER_LOGS: readonly string[] = readdirSync(RENDERED_SCENARIO)
  .filter((f) => f.endsWith('.xml'))
  .sort()
  .map((f) => join(RENDERED_SCENARIO, f));

/**
 * A temporary copy of `RENDERED_SCENARIO`'s server logs (its top-level `.xml` files) but its RdpCoreTS log (four
 * fifths of its events, none naming the client's computer or the account): the same attempts, outcomes, causes and
 * users, at a fifth of the events. `edit` changes each log's text as it is copied.
 */
export function renderedScenarioWithoutRdpCoreTs(edit: (text: string) => string = (t) => t): string {
  const dir = tempDir();
  for (const f of RENDERED_SERVER_LOGS.filter((path) => !/[\\/]RdpCoreTS[^\\/]*$/.test(path)))
    writeTemp(dir, f.slice(RENDERED_SCENARIO.length + 1), edit(readFileSync(f, 'utf8')));
  return dir;
}

/**
 * A scenario folder read (`buildTimeline`) and analyzed with the defaults (`analyzeEvents`), once per test worker:
 * the checks of every scenario (test/scenarios/scenarios.test.ts: keep them in that one file, so one worker, not
 * each, analyzes every scenario) and the files that read one share the work where they run in the same worker
 * (`isolate: false`, vitest.config.ts). The result is read, never changed, by its callers.
 */
const analyzed = new Map<string, Promise<{ timeline: PathTimeline; analysis: Analysis }>>();
export function analyzedScenario(name: string): Promise<{ timeline: PathTimeline; analysis: Analysis }> {
  let run = analyzed.get(name);
  if (!run) {
    run = scenarioTimeline(name).then((timeline) => ({
      timeline,
      analysis: analyzeEvents(timeline.events),
    }));
    analyzed.set(name, run);
  }
  return run;
}

/** A scenario folder read (`buildTimeline`), once per test worker, shared as `analyzedScenario`'s is. */
const timelines = new Map<string, Promise<PathTimeline>>();
export function scenarioTimeline(name: string): Promise<PathTimeline> {
  let read = timelines.get(name);
  if (!read) {
    read = buildTimeline([sampleFolder(name)]);
    timelines.set(name, read);
  }
  return read;
}

/**
 * The scenarios the fast tier draws its metamorphic and renditions' scenarios from (the fewest of these that hold
 * every event kind: test/helpers/dfir-renditions.ts `everyEventKind`; the others are changed in the slow tier):
 * chosen so that together they hold every kind of log file, reading (UTF-16, SIEM),
 * outcome, connection kind, side, RD Gateway hop, broker redirection and number of computers the scenarios have,
 * with the fewest bytes (a greedy cover; about an eighth of the scenarios' bytes). Written as folders (`samples/<scenario>`,
 * the metamorphic suite's labels): a scenario may bear a cause's name (test/patterns/cause-ids.test.ts).
 */
export const METAMORPHIC_FAST: readonly string[] = [
  'samples/04-utf16-wevtutil-lockout',
  'samples/06-rdpwrap-after-update',
  'samples/07-drain-mode-farm',
  'samples/broker-farm-five-users',
  'samples/clause-udp-and-reconnect-failure',
  'samples/gateway-cap-refusal-host-logs',
  'samples/healthy-day',
  'samples/heldout2-04-per-device-mode-per-user-cals-temporary-licences-expire-2022',
  'samples/heldout2-05-nla-required-thin-clients-2825-client-logs-only',
  'samples/heldout3-01-enhanced-session-logon-screen-only-2024',
  'samples/host-log-rcm-admin-accepted',
  'samples/licensing-cal-unavailable',
  'samples/s05-0x904-ext7-no-specific-cause',
  'samples/s08-two-rdsh-account-disabled',
  'samples/two-servers-mixed',
];
