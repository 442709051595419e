/**
 * `analyze` of a fleet one computer at a time, so memory follows the busiest computer, not the fleet: while
 * reading, each finished computer (the input grouped by computer, as `pull elastic` sorts it) is correlated and
 * diagnosed alone and its events let go, keeping its diagnosed attempts and host findings; one fleet-wide pass
 * (`judgeFleet`) then numbers the attempts and finds what spans computers from them (attacks on many hosts,
 * incidents, lateral movement, coverage).
 *
 * That equals the analysis of the whole run exactly when nothing of one computer's analysis reads another's
 * events. The only rules that do are the client↔server join (a client's RDPClient log), Connection Broker
 * folding (a leg that authenticated and left without a session), path scopes and `via` (an RD Gateway's log),
 * and host names (a short name joined to an FQDN): a computer showing any of them (a broker's leg only when its
 * client shows up on another computer in time, known after the last: `finish`), or a computer whose events come
 * back after another's, ends the passes (`crossing`) and the caller analyzes the run whole.
 */
import { PATTERNS } from '../../patterns/index.js';
import { firstLabel, HostNames, hostKey, mayFoldAcrossComputers } from '../correlate/index.js';
import {
  type AnalyzeOptions,
  type ComputersDiagnosed,
  diagnoseComputers,
  keepWhatFleetReads,
} from '../diagnose/analyze.js';
import { pathIds } from '../diagnose/scope.js';
import type { ContextStore } from '../ingest/context-store.js';
import type { ByComputer } from '../ingest/timeline.js';
import type { NormalizedEvent } from '../model/event.js';

export class ComputerPasses {
  /** Per computer finished, what the fleet-wide pass needs. */
  readonly parts: ComputersDiagnosed[] = [];
  /** Each computer's first event in timeline order: every computer, named as the whole timeline names it. */
  readonly firsts: NormalizedEvent[] = [];
  /** Why the run must be analyzed whole, once something read says so. */
  crossing?: string;
  private readonly labels = new Set<string>();
  private readonly path = pathIds(PATTERNS);
  private lastName?: string;
  private lastKey = '';

  /**
   * `eventsShown`: how many of an attempt's first events the report names (JSON, CSV and the table none, the SIEM
   * formats' ids a few): each computer's attempts then keep only those and the events the fleet pass reads
   * (`keepWhatFleetReads`), so the fleet's memory is its attempts, not their events. Undefined: all kept.
   * `failedWhole`: a failed attempt keeps all its events (the report shows them: Markdown's appendix).
   */
  constructor(
    private readonly options: Pick<AnalyzeOptions, 'marks'> & { eventsShown?: number; failedWhole?: boolean } = {},
  ) {}

  readonly reading: ByComputer = {
    key: (e) => {
      if (e.computer !== this.lastName) {
        this.lastName = e.computer;
        this.lastKey = hostKey(e.computer);
      }
      return this.lastKey;
    },
    done: (events, context) => this.done(events, context),
    ungrouped: (key) => {
      this.crossing ??= `the events of ${key} come back after another computer's`;
    },
  };

  private done(events: NormalizedEvent[], context: ContextStore | undefined): boolean {
    if (this.crossing) return false;
    const hop = events.find((e) => this.path.has(e.eventId));
    if (hop) {
      this.crossing = `${hop.computer} logged event ${hop.eventId}, read for connections to other computers`;
      return false;
    }
    const diagnosed = diagnoseComputers(events, {
      ...(this.options.marks ? { marks: this.options.marks } : {}),
      ...(context ? { context } : {}),
    });
    const { attempts } = diagnosed.result;
    const first = diagnosed.firsts[0];
    if (!first) return true;
    // A short name stands for the one FQDN of that first label (HostNames): two names sharing one may be one computer.
    const label = firstLabel(first.computer);
    if (this.labels.has(label)) this.crossing = `${first.computer} shares its first label with another computer`;
    else if (attempts.some((a) => a.side !== 'server' || a.clientEvents.length > 0))
      this.crossing = `${first.computer} logged a client's side (RDPClient), joined to servers across computers`;
    if (this.crossing) return false;
    this.labels.add(label);
    const { eventsShown, failedWhole } = this.options;
    if (eventsShown !== undefined)
      for (const a of attempts) if (!(failedWhole && a.outcome === 'failed')) keepWhatFleetReads(a, eventsShown);
    this.parts.push(diagnosed.result);
    this.firsts.push(first);
    return true;
  }

  /**
   * After the last computer: a Connection Broker's leg on one computer that may have led its client to
   * another (`correlate` would fold them) also reaches across computers.
   */
  finish(): void {
    if (this.crossing) return;
    const attempts = this.parts.flatMap((p) => p.attempts);
    if (mayFoldAcrossComputers(attempts, HostNames.fromEvents(this.firsts)))
      this.crossing =
        "a connection that may be a Connection Broker's redirection is followed by its client on another computer";
  }
}
