/**
 * The fleet-wide pass (`judgeFleet`) over what `diagnoseComputers` gave: numbering, health probes, attacks across
 * computers, incidents, lower bounds and coverage; and which of an attempt's events it reads (`eventsFleetReads`).
 */
import { PATTERNS } from '../../patterns/index.js';
import { type HostNames, inTimeOrder, numberAttempts } from '../correlate/index.js';
import type { LogReach } from '../ingest/log-reach.js';
import { compareEvents } from '../ingest/timeline.js';
import type { Attempt } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { UNMARKED } from '../model/value-marks.js';
import type { Analysis, AnalyzeOptions, ComputersDiagnosed } from './analyze.js';
import { backdoorFinding } from './attacks/accessibility-backdoor.js';
import { attackPathReads, findAttackPath } from './attacks/attack-path.js';
import { explicitCredentialFindings } from './attacks/explicit-credentials.js';
import { internetLogonFindings } from './attacks/internet-logons.js';
import { INBOUND_LOGS, outboundRdpFindings } from './attacks/outbound-rdp.js';
import { rdpEnabledFinding } from './attacks/rdp-enabled.js';
import { findSecurityBursts, showsLogon } from './attacks/security.js';
import { hijackFinding } from './attacks/session-hijack.js';
import { computeCoverage, presenceByMachine } from './coverage.js';
import { findHealthProbes } from './health-probes.js';
import { groupIncidents } from './incidents.js';
import { connectionLogsCoverBefore, credentialsUnknown, logGivenAt } from './log-given.js';
import { addLowerBounds } from './lower-bound.js';
import { pointUpstream } from './upstream.js';

/**
 * Lets go of the events of a diagnosed attempt that the fleet pass (`judgeFleet`) never reads, for a report that
 * names no event of an attempt beyond its first `leading` ones: kept are those first ones (the fleet pass reads
 * the first: a silent attempt's evidence, a health probe's, lateral movement's), the logons (the security lens,
 * attack paths) and MS_T120 opens (BlueKeep probes), in their order; the probe connections' go. Evidence keeps
 * its own events. Its lists are made to fit.
 */
export function keepWhatFleetReads(a: Attempt, leading: number): void {
  a.events = eventsFleetReads(a, leading);
  a.activityIds = a.activityIds.slice();
  a.probeEvents = [];
}

/**
 * The events of an attempt `keepWhatFleetReads` keeps (and those `also` says), in their order, in an array made to
 * fit (copied by slice: one grown by push has room for 17).
 */
export function eventsFleetReads(
  a: Attempt,
  leading: number,
  also: (e: NormalizedEvent) => boolean = () => false,
): NormalizedEvent[] {
  return a.events.filter((e, i) => i < Math.max(1, leading) || showsLogon(e) || attackPathReads(e) || also(e)).slice();
}

/** Host findings computer by computer, in the order the whole timeline indexes them (see HostIndex). */
function inIndexOrder(parts: readonly ComputersDiagnosed[]): ComputersDiagnosed[] {
  return [...parts].sort((x, y) =>
    x.firstIndexed && y.firstIndexed
      ? compareEvents(x.firstIndexed, y.firstIndexed)
      : x.firstIndexed
        ? -1
        : y.firstIndexed
          ? 1
          : 0,
  );
}

/**
 * The fleet-wide pass over what `diagnoseComputers` gave, one part or one per computer: attempts numbered
 * in time order over all of them (as `correlate` numbers them), health probes, attacks across computers,
 * incidents, lateral movement, lower bounds and coverage.
 */
export function judgeFleet(
  parts: readonly ComputersDiagnosed[],
  options: Pick<AnalyzeOptions, 'patterns' | 'marks'> & {
    reach: LogReach;
    channelCounts: Record<string, number>;
    names: HostNames;
  },
): Analysis {
  const patterns = options.patterns ?? PATTERNS;
  const marks = options.marks ?? UNMARKED;
  const attempts = numberAttempts(parts.flatMap((p) => p.attempts).sort(inTimeOrder));
  // Health probes are one benign finding: neither incidents nor an attack.
  const health = findHealthProbes(attempts, marks);
  for (const a of attempts) if (health.probes.has(a.id)) a.healthProbe = true;
  const counted = health.probes.size ? attempts.filter((a) => !a.healthProbe) : attempts;
  const names = options.names;
  const security = findSecurityBursts(counted, marks, connectionLogsCoverBefore(options.reach, names));
  for (const f of security.findings) credentialsUnknown(f, options.reach, names, marks);
  const incidents = groupIncidents(
    counted,
    security.attackOf,
    marks,
    (id) => patterns.find((p) => p.id === id)?.remediation,
  );
  addLowerBounds(options.reach, attempts, security.findings, incidents, (x, y) => names.key(x) === names.key(y));
  const indexed = inIndexOrder(parts);
  // Each computer's roles as its own events tell them (marked while reading: `LogReach`).
  const computers = options.reach.computers();
  const dcs = new Set(computers.filter((c) => c.roles.includes('domain-controller')).map((c) => names.key(c.computer)));
  const isDomainController = (c: string) => dcs.has(names.key(c));
  const path = findAttackPath(
    attempts,
    security.findings,
    marks,
    parts.flatMap((p) => p.tunnelTools),
    names,
    isDomainController,
  );
  const given = logGivenAt(options.reach, names);
  // The attacker's moves, told as lateral movement: not told again as Remote Desktop from a domain controller.
  const lateral = new Set(security.findings.flatMap((f) => (f.burst.lateralMovement ?? []).map((m) => m.attempt)));
  const findings = [
    ...security.findings,
    ...path,
    ...internetLogonFindings(counted, security.findings, marks),
    ...parts.flatMap((p) => p.hijacks).map((h) => hijackFinding(h, marks)),
    ...parts.flatMap((p) => p.rdpChanges).map((c) => rdpEnabledFinding(c, attempts, names, marks)),
    ...parts.flatMap((p) => p.backdoors ?? []).map((b) => backdoorFinding(b, attempts, names, marks)),
    ...outboundRdpFindings(
      parts.flatMap((p) => p.outboundRdp),
      attempts,
      marks,
      {
        isDomainController,
        lateral,
        sameComputer: (x, y) => names.key(x) === names.key(y),
        // A session that led out of the computer began before: a log that begins before the moment would hold it.
        inboundLogsMissing: (computer, ms) => INBOUND_LOGS.filter((channel) => !given(computer, channel, ms, false)),
      },
    ),
    ...explicitCredentialFindings(
      parts.flatMap((p) => p.explicitCredentials),
      attempts,
      security.findings,
      names,
      marks,
      (computer, ms) => given(computer, 'Microsoft-Windows-TerminalServices-RDPClient/Operational', ms),
    ),
    ...indexed.flatMap((p) => p.hostFindings),
    ...health.findings,
  ];
  pointUpstream(attempts, incidents, findings, names, marks);
  const coverage = computeCoverage(
    options.channelCounts,
    attempts,
    patterns,
    presenceByMachine(computers, attempts, (c) => names.key(c)),
  );
  coverage.logs = options.reach.spans();
  return { attempts, findings, incidents, coverage };
}
